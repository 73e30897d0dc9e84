"""`dxsearch export`, `--version`, the facet options, option checks and closed pipes, through the
real command in a subprocess, over the bundled survey's index."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from collections import Counter

import pytest

import dxsearch
from dxsearch.cli import FACET_OPTIONS
from dxsearch.indexer.sources import BUNDLED_SURVEY, SURVEY_TABLES
from dxsearch.search.csvexport import COLUMNS, TECHNOLOGY_HEADER
from dxsearch.search.limits import DEFAULT_SIMILAR, MAX_SIMILAR
from dxsearch.web.labels import FIELD_LABELS

from .cli_helpers import dxsearch_command, run_cli


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"dxsearch {dxsearch.__version__}"



def test_the_untold_note_says_the_search_that_finds_them(index_dir, index):
    """The note beside RPA named the search to run: it said "without the word" for a clause of two."""
    out = run_cli("search", "--index", str(index_dir), "RPA OR AI-OCR 通勤手当")
    assert out.returncode == 0, out.stderr
    assert ("also 1 case of the AI・RPA table meets the rest but names no technology (RPA or not, the survey "
            "does not say): `dxsearch search 通勤手当 --section ai_rpa` lists them among others, marked [no technology], "
            "without 「RPA」「AI-OCR」") in out.stdout
    # …each marked where it is listed, as the page's 技術の記載なし: a verifying check could not tell the 44 of
    # RPAを導入している県 from the table's other 313
    listed = run_cli("search", "--index", str(index_dir), "--section", "ai_rpa", "--limit", "100", "--page", "1").stdout
    lines = [line for line in listed.splitlines() if line.startswith("ai_rpa-")]
    marked = {line.split()[0] for line in lines if "[no technology]" in line}
    assert len(lines) == 100 and marked == {h.record.id for h in index.search("", {"section": ["ai_rpa"]}, per_page=100,
                                                                           sort="number").hits if not h.technology} != set()
    # …with the options given (a re-check trial's --pref 東京都 was left out)
    given = run_cli("search", "--index", str(index_dir), "RPA", "--pref", "長野県", "--status", "導入(実施)済")
    assert "`dxsearch search --prefecture 長野県 --status '導入(実施)済' --section ai_rpa` lists them among others, " \
           "marked [no technology], without 「RPA」" in given.stdout


def test_a_case_without_a_name_is_listed_as_the_pages_list_it(index_dir, index, records_by_id):
    """A trial found digital_talent-015 「特になし」 in `dxsearch search` and 「名称の記載なし(デジタル人材
    15)」 on the page: the listing lines and the similar-cases heading name it as the page does;
    `show` keeps the survey's own 名称 (特になし), a record as it is."""
    from dxsearch.indexer.records import case_title

    case = records_by_id["digital_talent-015"]
    assert case.name == "特になし" and case_title(case) == "名称の記載なし(デジタル人材 15)"
    out = run_cli("search", "--index", str(index_dir), "災害", "--section", "digital_talent")
    line = next(l for l in out.stdout.splitlines() if l.startswith("digital_talent-015"))
    assert line.endswith("名称の記載なし(デジタル人材 15)"), line
    like = run_cli("similar", "--index", str(index_dir), "digital_talent-015")
    assert like.stdout.splitlines()[0] == "cases like digital_talent-015 (和歌山県) 名称の記載なし(デジタル人材 15)"
    shown = run_cli("show", "--index", str(index_dir), "digital_talent-015")
    assert any(l.split() == ["名称", "特になし"] for l in shown.stdout.splitlines())


def test_the_untold_note_leaves_no_operator_without_its_word(index_dir, index):
    """A trial's `RPA OR` was told to run `dxsearch search OR --section ai_rpa` (0 cases: OR searched
    as a word), `RPA AND 給与` `'AND 給与'` and `(RPA OR AI-OCR) 給与` `'( OR ) 給与'`. The command
    named is the search without the technology, and it finds what the note counts."""
    for query, rest in (("RPA OR", ""), ("RPA AND 給与", "給与"), ("(RPA OR AI-OCR) 給与", "給与")):
        out = run_cli("search", "--index", str(index_dir), query)
        assert out.returncode == 0, out.stderr
        named = re.search(r"`dxsearch search (.*?)--section ai_rpa` lists them among others", out.stdout)
        assert named is not None and named.group(1).strip() == rest, (query, out.stdout)
        listed = index.search(rest, {"section": ["ai_rpa"]}).total
        assert listed >= index.search(query).technology_untold > 0, query


def test_export_csv_is_every_hit_in_order_with_the_webs_headers(index_dir, index, tmp_path):
    out = tmp_path / "rpa.csv"
    result = run_cli("export", "RPA", "--index", str(index_dir), "-o", str(out))
    assert result.returncode == 0, result.stderr
    expected = [h.record.id for h in index.iter_hits("RPA")]
    assert f"exported {len(expected)} cases (csv) to {out}" in result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == [FIELD_LABELS[c] for c in COLUMNS] + [TECHNOLOGY_HEADER]
    assert [r[0] for r in rows[1:]] == expected and len(expected) == index.search("RPA").total > 100


def test_export_jsonl_to_stdout_and_by_file_suffix(index_dir, index, tmp_path):
    stdout = run_cli("export", "議事録", "--format", "jsonl", "--index", str(index_dir))
    assert stdout.returncode == 0, stdout.stderr
    lines = [json.loads(line) for line in stdout.stdout.splitlines()]
    assert [d["id"] for d in lines] == [h.record.id for h in index.iter_hits("議事録")]
    assert lines[0] == index.search("議事録", per_page=1, highlight_hits=False).hits[0].to_dict() | {
        "score": lines[0]["score"]}
    out = tmp_path / "all.jsonl"
    whole = run_cli("export", "--index", str(index_dir), "-o", str(out), "--sort", "number")
    assert whole.returncode == 0 and "(jsonl)" in whole.stderr
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == \
        [r.id for r in index.iter_records()]


def test_export_json_is_one_array_json_load_reads(index_dir, index, tmp_path):
    """A trial's `export 議事録 -o hits.json` wrote JSON Lines, which `json.load` cannot read, and
    `--format json` was refused: an OUT ending in .json is one JSON array, as `--format json` is."""
    out = tmp_path / "hits.json"
    result = run_cli("export", "議事録", "-o", str(out), "--index", str(index_dir))
    assert result.returncode == 0 and "exported 25 cases (json)" in result.stderr
    hits = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in hits] == [h.record.id for h in index.iter_hits("議事録")]
    none = run_cli("export", "ブロックチェーン", "--format", "json", "--index", str(index_dir))
    assert none.returncode == 0 and json.loads(none.stdout) == []
    similar = run_cli("similar", "ai_rpa-001", "--format", "json", "--limit", "3", "--index", str(index_dir))
    assert [d["id"] for d in json.loads(similar.stdout)] == [h.record.id for h in index.similar("ai_rpa-001", limit=3).hits]


def _piped(*args: str, data: bytes, tmp_path) -> subprocess.CompletedProcess:
    """The command with `data` on stdin, from a file: there before the command looks (a pipe's
    writer might not have written yet)."""
    source = tmp_path / "stdin.txt"
    source.write_bytes(data)
    with open(source, "rb") as stdin:
        return subprocess.run([*dxsearch_command(), *args], stdin=stdin, capture_output=True, timeout=300,
                              env=dict(os.environ, PYTHONIOENCODING="utf-8"))


def test_text_piped_in_is_read_with_a_hyphen(index_dir, index, tmp_path):
    """`echo … | dxsearch search` listed every case with exit 0 and `search -` searched for a
    hyphen (a trial): `-` reads the query, or similar's --text, from stdin."""
    text = "会議の録音から議事録を自動で作りたい"
    at = ("--index", str(index_dir), "--json")
    found = _piped("search", "-", *at, data=f"\ufeff{text}\n".encode(), tmp_path=tmp_path)
    assert found.returncode == 0, found.stderr
    assert [h["id"] for h in json.loads(found.stdout)["hits"]] == [h.record.id for h in index.search(text).hits]
    alike = _piped("similar", "--text", "-", *at, data=text.encode(), tmp_path=tmp_path)
    assert [h["id"] for h in json.loads(alike.stdout)["hits"]] == [h.record.id for h in index.similar(text=text).hits]
    everything = _piped("search", *at, data=text.encode(), tmp_path=tmp_path)  # no `-`: every case, and a note saying how
    assert json.loads(everything.stdout)["total"] == 594
    assert "text piped in is read with `-` as the query (dxsearch search -)" in everything.stderr.decode()
    for data, said in ((b"", "nothing was piped in"), (b" \n", "only blank text was piped in"),
                       ("議事録".encode("cp932"), "is not UTF-8 (byte 0: b'\\x8b'); convert it first, e.g. `iconv -f CP932"),
                       ("議事録".encode("utf-16"), "e.g. `iconv -f UTF-16 -t UTF-8`")):
        bad = _piped("export", "-", "--index", str(index_dir), data=data, tmp_path=tmp_path)
        assert bad.returncode == 2 and said in bad.stderr.decode() and not bad.stdout


def test_text_waiting_on_stdin_is_seen_without_reading_it_and_never_on_dev_null(tmp_path, monkeypatch):
    """What decides the piped-text note: bytes left in a file or a pipe, not /dev/null even where
    it is a regular file others write to (this machine's is)."""
    import io

    from dxsearch import cli

    def stdin_of(path):
        handle = open(path, "rb")
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(handle))
        return handle

    text, empty, null = tmp_path / "text.txt", tmp_path / "empty.txt", tmp_path / "null"
    text.write_bytes("議事録".encode())
    empty.write_bytes(b"")
    null.write_bytes(b"written by others")
    with stdin_of(text) as handle:
        assert cli._stdin_is_piped() and handle.tell() == 0
    with stdin_of(empty):
        assert not cli._stdin_is_piped()
    monkeypatch.setattr(os, "devnull", str(null))
    with stdin_of(null):
        assert not cli._stdin_is_piped()
    read, write = os.pipe()
    os.write(write, b"x")
    with open(read, "rb") as handle:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(handle))
        assert cli._stdin_is_piped()
    os.close(write)


def test_an_excel_workbooks_name_is_refused_with_the_csv_name_to_use(index_dir, tmp_path):
    """`-o out.xlsx` wrote CSV text Excel refuses to open as a workbook, with exit 0 (a trial)."""
    for command in (("export", "議事録"), ("similar", "ai_rpa-001")):
        out = tmp_path / "out.xlsx"
        refused = run_cli(*command, "-o", str(out), "--index", str(index_dir))
        assert refused.returncode == 2 and not out.exists()
        assert f"name it {tmp_path / 'out.csv'} (Excel opens it as is" in refused.stderr
    asked = run_cli("export", "議事録", "--format", "xlsx", "--index", str(index_dir))
    assert asked.returncode == 2 and "argument --format: 'xlsx' is not one of csv, jsonl, json (Excel opens csv " \
        "as is: UTF-8 with a BOM, Japanese headers)" in asked.stderr


def test_export_failure_leaves_an_existing_file_alone(index_dir, tmp_path):
    out = tmp_path / "keep.csv"
    out.write_text("old", encoding="utf-8")
    bad = run_cli("export", "RPA", "--status", "完了", "--index", str(index_dir), "-o", str(out))
    assert bad.returncode == 2 and "--status" in bad.stderr and "Traceback" not in bad.stderr
    assert out.read_text(encoding="utf-8") == "old"
    nowhere = run_cli("export", "RPA", "--index", str(index_dir), "-o", str(out / "x.csv"))  # under a file
    assert nowhere.returncode == 2 and "cannot write" in nowhere.stderr and "Traceback" not in nowhere.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]  # no temporary file left behind
    # a missing folder is a mistyped path, not one to make (a new-user trial's typo made two)
    missing = run_cli("export", "RPA", "--index", str(index_dir), "-o", str(tmp_path / "nwe" / "rpa.csv"))
    assert missing.returncode == 2 and f"cannot write {tmp_path / 'nwe' / 'rpa.csv'}: no such directory" \
        in missing.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["keep.csv"]
    made = tmp_path / "rpa.csv"  # the file gets the umask's mode
    assert run_cli("export", "RPA", "--index", str(index_dir), "-o", str(made)).returncode == 0
    assert made.stat().st_mode & 0o777 == 0o666 & ~_umask()


FACET_ARGS = [
    ("section", ["--section", "shared_system"]), ("prefecture", ["--prefecture", "三重県"]),
    ("prefecture", ["--pref", "三重県", "--pref", "香川県"]), ("region", ["--region", "四国"]),
    ("field", ["--field", "総務分野"]), ("group", ["--group", "会議録作成・テープおこし"]),
    ("status", ["--status", "実証中"]), ("shared_use", ["--shared-use", "共同利用中"]),
    ("technology", ["--technology", "AI-OCR"]), ("source", ["--source", "survey-r2.txt"]),
]


@pytest.mark.parametrize("facet, args", FACET_ARGS)
def test_every_facet_has_an_option_on_search_and_export(index_dir, index, facet, args):
    values = args[1::2]
    expected = index.search("", {facet: values}, per_page=100, sort="number")
    assert 0 < expected.total
    found = run_cli("search", "--index", str(index_dir), "--json", "--sort", "number", "--limit", "100", *args)
    assert found.returncode == 0, found.stderr
    data = json.loads(found.stdout)
    assert data["total"] == expected.total
    assert [h["id"] for h in data["hits"]] == [h.record.id for h in expected.hits]
    tags = "technology"  # a hit's tags are a list; every other facet is one field of the record
    assert all(set(h[facet]) & set(values) if facet == tags else h[facet] in values for h in data["hits"])
    exported = run_cli("export", "--index", str(index_dir), "--format", "jsonl", "--sort", "number", *args)
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == expected.total


@pytest.mark.parametrize("args, option", [
    (["search", "RPA", "--limit", "0"], "--limit"), (["search", "RPA", "--limit", "101"], "--limit"),
    (["search", "RPA", "--limit", "ten"], "--limit"), (["search", "RPA", "--page", "0"], "--page"),
    (["search", "RPA", "--page", "-3"], "--page"), (["similar", "ai_rpa-001", "--limit", "0"], "--limit"),
    (["search", "RPA", "--pref", "大江戸県"], "--prefecture"), (["export", "RPA", "--region", "月"], "--region"),
    (["export", "RPA", "--format", "xlsx"], "--format"),
])
def test_bad_options_are_named_as_the_command_line_names_them(index_dir, args, option):
    result = run_cli(*args, "--index", str(index_dir))
    assert result.returncode == 2
    assert option in result.stderr and "Traceback" not in result.stderr
    assert "per_page" not in result.stderr and "facet" not in result.stderr


def test_unknown_case_for_similar(index_dir):
    result = run_cli("similar", "nope", "--index", str(index_dir))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith("dxsearch similar: error: no case with id 'nope'")  # worded as argparse's errors


@pytest.mark.parametrize("args", [["search", "", "--json", "--limit", "100"],
                                  ["export", "", "--format", "jsonl"], ["export", ""]])
def test_a_closed_pipe_ends_quietly(index_dir, args):
    """`dxsearch search RPA --json | head -1`: the reader goes away after one line. The output is
    far larger than a pipe's buffer, so the command is still writing when it does."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    proc = subprocess.Popen([*dxsearch_command(), *args, "--index", str(index_dir)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read().decode("utf-8")
    assert proc.wait(timeout=120) == 0
    assert first and stderr == ""


@pytest.mark.parametrize("args, option", [(["--port", "70000"], "--port"), (["--port", "0"], "--port"),
                                          (["--threads", "0"], "--threads")])
def test_serve_checks_port_and_threads(index_dir, args, option):
    result = run_cli("serve", "--index", str(index_dir), *args)
    assert result.returncode == 2 and option in result.stderr and "serving" not in result.stderr


def test_serve_on_a_port_in_use_says_so_without_a_traceback(index_dir):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", "--index", str(index_dir), "--port", str(port))
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in result.stderr
    assert "serving" not in result.stderr and "Traceback" not in result.stderr


def test_parse_to_an_unwritable_place_is_a_clear_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = run_cli("parse", "-o", str(blocker / "cases.jsonl"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "nothing written" in result.stderr and str(blocker) in result.stderr


def test_own_cases_beside_the_bundled_survey(tmp_path):
    cases = tmp_path / "mine.csv"
    cases.write_text("section,number,name,description,status,prefecture,shared_use\n"
                     "ai_rpa,1,議事録の自動作成,会議の録音から議事録をAIで作成,実証中,長野県,その他\n", encoding="utf-8")
    alone = run_cli("build", "--index", str(tmp_path / "alone"), str(cases))
    assert alone.returncode == 0 and "indexed 1 record from" in alone.stderr and "--with-survey" in alone.stderr
    both = run_cli("build", "--with-survey", "--index", str(tmp_path / "both"), str(cases))
    assert both.returncode == 0 and "indexed 595 records" in both.stderr and "note:" not in both.stderr
    found = json.loads(run_cli("search", "議事録 長野県", "--json", "--index", str(tmp_path / "both")).stdout)
    assert [h["name"] for h in found["hits"]][:1] == ["議事録の自動作成"]
    assert run_cli("similar", "ai_rpa-001", "--index", str(tmp_path / "both")).returncode == 0


def test_a_rebuild_from_the_same_sources_keeps_your_own_cases(tmp_path):
    """A trial built the survey with its own cases, then ran ./quickstart again: its `dxsearch
    build` indexed the bundled survey alone and the own cases were gone without a word.
    `--same-sources` (what ./quickstart runs) builds from what the index was built from, a
    relative path given from anywhere; a plain build says which sources it leaves out."""
    cases = tmp_path / "mine.csv"
    cases.write_text("section,number,name,description,status,prefecture,shared_use\n"
                     "ai_rpa,1,議事録の自動作成,会議の録音から議事録をAIで作成,実証中,長野県,その他\n", encoding="utf-8")
    at = ("--index", str(tmp_path / "ix"))
    fresh = run_cli("build", "--same-sources", *at)  # no index yet: the bundled survey
    assert fresh.returncode == 0 and "indexed 594 records" in fresh.stderr
    both = run_cli("build", "--with-survey", "mine.csv", *at, cwd=str(tmp_path))
    assert both.returncode == 0 and "indexed 595 records" in both.stderr
    again = run_cli("build", "--same-sources", "--force", *at)  # another directory
    assert again.returncode == 0 and "indexed 595 records from 2 source(s)" in again.stderr
    assert run_cli("build", "--same-sources", *at).stderr.startswith(f"the index at {tmp_path / 'ix'} is up to date")
    refused = run_cli("build", "--same-sources", str(cases), *at)
    assert refused.returncode == 2 and "give it no SOURCE files" in refused.stderr
    # a damaged index names the rebuild that keeps them (a trial ran the plain one it was told)
    for segment in (tmp_path / "ix" / "CURRENT").resolve().glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[:50])
    hint = f"run `dxsearch build --index {tmp_path / 'ix'} --same-sources` (it was built from "
    damaged = run_cli("search", "議事録", *at)
    assert damaged.returncode == 2 and hint in damaged.stderr and str(cases) in damaged.stderr
    checked = run_cli("check", *at)
    assert checked.returncode == 2 and hint in checked.stderr
    repaired = run_cli("build", "--same-sources", *at)
    assert repaired.returncode == 0 and "indexed 595 records from 2 source(s)" in repaired.stderr
    cases.rename(tmp_path / "moved.csv")  # a source gone: said so, the index kept
    gone = run_cli("build", "--same-sources", "--force", *at)
    assert gone.returncode == 2 and f"cannot read {cases}" in gone.stderr and "the index is unchanged" in gone.stderr
    assert "595 cases" in run_cli("stats", *at).stdout
    # a plain build would leave them out: refused, naming both ways (an admin's trial saw 595 become 594
    # with a note among the survey's), the index kept
    (tmp_path / "moved.csv").rename(cases)
    plain = run_cli("build", *at)
    assert plain.returncode == 2 and f"was also built from {cases}" in plain.stderr
    assert "--same-sources" in plain.stderr and "--survey-only" in plain.stderr and "the index is unchanged" in plain.stderr
    assert "595 cases" in run_cli("stats", *at).stdout
    alone = run_cli("build", "--survey-only", *at)
    assert alone.returncode == 0 and "indexed 594 records" in alone.stderr
    assert f"note: the index was also built from {cases}; this build has the bundled survey only" in alone.stderr
    assert run_cli("build", *at).returncode == 0  # nothing else left out: as before
    assert run_cli("build", "--survey-only", str(cases), *at).returncode == 2


def test_a_survey_cut_short_leaves_the_index_as_it_was(tmp_path):
    """An admin's trial built from the first 300 lines of the survey: warnings, exit 0, and the
    server's 594 cases became 221. A table with fewer rows than the contents page prints is refused
    (the index kept); `--allow-short` builds from it all the same."""
    at = ("--index", str(tmp_path / "ix"))
    assert run_cli("build", *at).returncode == 0
    cut = tmp_path / "cut.txt"
    lines = BUNDLED_SURVEY.read_text(encoding="utf-8").splitlines(keepends=True)
    cut.write_text("".join(lines[:300]), encoding="utf-8")
    refused = run_cli("build", str(cut), *at)
    assert refused.returncode == 2 and "the index is unchanged" in refused.stderr
    assert f"{cut}: table organization: the contents page prints 72 entries, 0 were parsed" in refused.stderr
    assert "594 cases" in run_cli("stats", *at).stdout
    allowed = run_cli("build", str(cut), "--allow-short", "--replace", *at)
    assert allowed.returncode == 0 and "the contents page prints 72 entries, 0 were parsed" in allowed.stderr
    assert "594 cases" not in run_cli("stats", *at).stdout


def test_a_case_file_emptied_to_its_header_leaves_the_index_as_it_was(tmp_path):
    """A trial saved its sheet with the header alone and rebuilt: 0 cases, exit 0. Now refused,
    and the index keeps its case."""
    header = "section,number,name,description,status,prefecture,shared_use\n"
    cases = tmp_path / "mine.csv"
    cases.write_text(header + "ai_rpa,1,給与計算のRPA,給与の計算をRPAで自動化,実証中,長野県,その他\n", encoding="utf-8")
    at = ("--index", str(tmp_path / "ix"))
    assert run_cli("build", str(cases), *at).returncode == 0
    cases.write_text(header, encoding="utf-8")
    emptied = run_cli("build", str(cases), *at)
    assert emptied.returncode == 2 and f"{cases}: no cases" in emptied.stderr
    kept = run_cli("search", "給与", *at)
    assert kept.returncode == 0 and "1 case" in kept.stdout


def test_search_says_where_more_hits_are_and_refuses_a_page_past_the_end(index_dir):
    at = ("--index", str(index_dir))
    shown = run_cli("search", "チャットボット", *at)
    assert shown.returncode == 0
    assert "24 cases from 14 prefectures, showing 1–20" in shown.stdout and "more: --page 2" in shown.stdout
    past = run_cli("search", "チャットボット", "--page", "3", *at)
    assert past.returncode == 2 and "--page 3 is past the last page: 24 cases, 2 pages of 20" in past.stderr
    data = json.loads(run_cli("search", "三重県のRPA", "--json", *at).stdout)
    assert data["total"] == 9 and any("<mark" in h for hit in data["hits"] for h in hit["highlights"].values())


def test_words_need_no_quotes_and_filters_are_read_back(index_dir, index):
    unquoted = run_cli("search", "三重県", "RPA", "--index", str(index_dir))
    assert unquoted.returncode == 0, unquoted.stderr
    assert "「三重県」 → prefecture = 三重県" in unquoted.stdout
    assert f"{index.search('三重県 RPA').total} cases" in unquoted.stdout
    given = run_cli("search", "議事録", "--prefecture", "三重県", "--pref", "香川県", "--status", "導入済み",
                    "--index", str(index_dir))
    assert "filters: prefecture = 三重県 or 香川県; status = 導入(実施)済\n" in given.stdout
    # a prefecture and a region given are either, as the search combines them (a trial read `;` as both)
    either = run_cli("search", "RPA", "--pref", "香川県", "--region", "東北", "--status", "導入済み",
                     "--index", str(index_dir)).stdout
    assert "filters: (prefecture = 香川県 or region = 東北); status = 導入(実施)済\n" in either
    assert f"{index.search('RPA', {'prefecture': ['香川県'], 'region': ['東北'], 'status': ['導入(実施)済']}).total} cases" in either
    # one line per choice, as the search combines them (a trial read 共同利用's three lines as all to be met)
    places = run_cli("search", "北海道と東北のRPA", "--index", str(index_dir)).stdout
    assert "「北海道」「東北」 → prefecture = 北海道 or region = 東北\n" in places
    shared = run_cli("search", "島根県 共同利用", "--index", str(index_dir)).stdout.splitlines()
    assert shared[:2] == ["「島根県」 → prefecture = 島根県", "「共同利用」 → shared_use = 共同利用中 or 共同利用可能 or "
                          "さらなる共同利用可能 or section = shared_system and status = 導入(実施)済"]
    assert "「三重県」「香川県」 → prefecture ≠ 三重県 nor 香川県" in run_cli(
        "search", "議事録", "-三重県", "-香川県", "--index", str(index_dir)).stdout


def test_a_near_miss_value_gets_a_suggestion(index_dir, index):
    near = run_cli("search", "議事録", "--prefecture", "三重県庁", "--index", str(index_dir))
    assert near.returncode == 2 and "did you mean 三重県?" in near.stderr and "Traceback" not in near.stderr
    short = run_cli("search", "議事録", "--prefecture", "三重", "--index", str(index_dir))  # as a query reads it
    assert short.returncode == 0 and "note: --prefecture 三重 read as 三重県" in short.stderr
    slip = run_cli("search", "議事録", "--prefecture", "三重剣", "--index", str(index_dir))  # 県 misconverted
    assert slip.returncode == 0 and "note: --prefecture 三重剣 read as 三重県" in slip.stderr
    # a value in another case or width is the one it folds to, as --pref 三重 is (a researcher's
    # --technology rpa and ＲＰＡ were refused with "did you mean RPA?")
    for typed in ("rpa", "ＲＰＡ"):
        folded = run_cli("search", "--technology", typed, "--json", "--index", str(index_dir))
        assert folded.returncode == 0 and f"note: --technology {typed} read as RPA" in folded.stderr
        assert json.loads(folded.stdout)["total"] == index.search("", {"technology": ["RPA"]}).total > 200
    far = run_cli("search", "議事録", "--prefecture", "大江戸", "--index", str(index_dir))
    assert far.returncode == 2 and "did you mean" not in far.stderr and "values are 北海道" in far.stderr
    # …a region given as a prefecture, and the other way round (a trial's --pref 九洲 listed prefectures)
    for option, value, meant in (("--prefecture", "九洲", "--region 九州"), ("--prefecture", "九州", "--region 九州"),
                                 ("--region", "香川", "--prefecture 香川県"),
                                 # a place word of several prefectures, not a slip of 関東 or 東北 (an admin's trial)
                                 ("--region", "東海", "--prefecture 東海 (静岡県, 愛知県, 岐阜県, 三重県)")):
        other = run_cli("search", "議事録", option, value, "--index", str(index_dir))
        assert other.returncode == 2 and f"unknown value '{value}' for {option}; did you mean {meant}?" in other.stderr
    # …and a shared-use value as another table words it, first
    swap = run_cli("search", "--section", "shared_system", "--region", "九州", "--shared-use", "共同利用可能",
                   "--index", str(index_dir))
    assert swap.stdout.splitlines()[1] == "with --shared-use さらなる共同利用可能 instead of 共同利用可能: 13 cases"
    # …and the library says it too
    from dxsearch import QueryError, SearchIndex

    with pytest.raises(QueryError, match="unknown value '九州' for facet 'prefecture'; 九州 is a value of facet 'region'"):
        SearchIndex(index_dir).search("議事録", {"prefecture": ["九州"]})


def test_an_empty_search_says_what_removing_each_filter_finds(index_dir, index):
    out = run_cli("search", "議事録", "--section", "organization", "--index", str(index_dir))
    assert out.returncode == 0
    assert f"without --section organization: {index.search('議事録').total} cases" in out.stdout


def test_an_empty_result_within_filters_lists_cases_like_the_matches_outside_them(index_dir, index):
    related = index.search("香川県の新型コロナ対応").related
    assert related is not None and related.hits
    out = run_cli("search", "香川県の新型コロナ対応", "--index", str(index_dir))
    assert out.returncode == 0, out.stderr
    _, _, rest = out.stdout.partition("no case within the filters contains every word; cases within them like "
                                      "those that do elsewhere (found by ")
    related_part, _, outside = rest.partition("outside 「香川県」: ")
    assert [line.split()[0] for line in related_part.splitlines()[1:]] == [h.record.id for h in related.hits]
    # …and then those matches themselves, outside 香川県
    elsewhere = index.search("香川県の新型コロナ対応").elsewhere
    assert elsewhere is not None and elsewhere.near == "四国" and elsewhere.near_first == elsewhere.near_total == 1
    assert outside.startswith(f"{elsewhere.total} cases matching (四国's 1 first):")  # its region's first
    assert [line.split()[0] for line in outside.splitlines()[1:]] == [h.record.id for h in elsewhere.hits]


def test_a_few_matches_are_followed_by_cases_like_them(index_dir, index):
    related = index.search("超勤").related
    assert related is not None and related.hits
    out = run_cli("search", "超勤", "--index", str(index_dir))
    assert out.returncode == 0, out.stderr
    matches, _, rest = out.stdout.partition("cases like these, lacking some of the words (found by ")
    assert "4 cases" in matches and rest
    lines = rest.splitlines()[1:]
    assert [line.split()[0] for line in lines] == [h.record.id for h in related.hits]
    assert all(line.endswith("(lacks 超勤)") for line in lines)
    data = json.loads(run_cli("search", "超勤", "--json", "--index", str(index_dir)).stdout)
    assert [h["id"] for h in data["related"]["hits"]] == [h.record.id for h in related.hits]
    assert all(h["missing"] == ["超勤"] for h in data["related"]["hits"])
    # no more of them than the page's rows (a trial's --limit 1 listed ten), and of several words,
    # said to come by the words they lack before their score
    short = run_cli("search", "超勤", "--limit", "4", "--index", str(index_dir)).stdout
    few = index.search("超勤", per_page=4).related
    assert few is not None and len(short.partition("(found by ")[2].splitlines()[1:]) == 4 == len(few.hits)
    two = run_cli("search", "チャットボット", "24時間", "--index", str(index_dir)).stdout
    assert "cases like these, lacking some of the words, those lacking fewer first (found by " in two


# --- what a new-user trial tried from the command line --------------------------------------------

def _main(capsys, *args: str) -> tuple[int, str, str]:
    from dxsearch.cli import main

    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_an_excluded_word_needs_no_quotes(index_dir, index, capsys):
    """`dxsearch search 議事録 -三重県` is the query 議事録 -三重県 (argparse took -三重県 for an
    unknown option and printed the top-level usage; the help says quoting does not matter)."""
    expected = [h.record.id for h in index.iter_hits("議事録 -三重県")]
    assert len(expected) == 24
    for args in (["議事録", "-三重県"], ["-三重県", "議事録"], ["議事録 -三重県"], ["--", "議事録", "-三重県"]):
        code, out, err = _main(capsys, "search", "--index", str(index_dir), "--json", "--limit", "100", *args)
        assert code == 0, (args, err)
        assert [h["id"] for h in json.loads(out)["hits"]] == expected, args
    code, out, _ = _main(capsys, "search", "議事録", "-RPA", "--index", str(index_dir), "--json")
    assert json.loads(out)["total"] == index.search("議事録 -RPA").total < 25
    code, out, _ = _main(capsys, "export", "議事録", "-三重県", "--format", "jsonl", "--index", str(index_dir))
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == expected
    # an option's value stays its value: a dash there is a wrong value, said so
    code, _, err = _main(capsys, "search", "RPA", "--prefecture", "-三重県", "--index", str(index_dir))
    assert code == 2 and "unknown value '-三重県' for --prefecture; did you mean 三重県?" in err


def test_kana_read_as_a_word_say_so_and_export_its_cases(index_dir, index, capsys):
    """ぎじろく matches the cases writing 議事録 (read so): the CLI says what the kana were read as,
    and its export is those cases."""
    code, out, _ = _main(capsys, "search", "ぎじろく", "--index", str(index_dir))
    assert code == 0 and "「ぎじろく」 in 25 cases (read as 議事録: the kana typed are its reading)" in out
    assert "did you mean" not in out and "25 cases from" in out
    code, out, _ = _main(capsys, "export", "ぎじろく", "--format", "jsonl", "--index", str(index_dir))
    assert code == 0 and [json.loads(line)["id"] for line in out.splitlines()] == \
        [h.record.id for h in index.iter_hits("議事録")]


def test_a_mistyped_option_gets_the_command_s_usage_and_the_option_meant(index_dir):
    result = run_cli("search", "RPA", "--limt", "5", "--index", str(index_dir))
    assert result.returncode == 2 and result.stderr.startswith("usage: dxsearch search ")
    assert "unrecognized arguments: --limt 5 (--limt: did you mean --limit?)" in result.stderr
    # export has no --limit (it writes every match): it said "did you mean --literal?" (a trial)
    result = run_cli("export", "RPA", "--limt", "3", "--index", str(index_dir))
    assert result.returncode == 2 and result.stderr.startswith("usage: dxsearch export ")
    assert "(--limt: --limit is an option of `dxsearch search` and `dxsearch similar`, not of this command)" \
        in result.stderr and "--literal" not in result.stderr.splitlines()[-1]
    # one letter after - is an option's shape, never a word to exclude: `search 議事録 -o res.csv`
    # searched 議事録 res csv without 「o」, exit 0 and no file (a trial)
    out = run_cli("search", "議事録", "-o", "res.csv", "--index", str(index_dir))
    assert out.returncode == 2 and not out.stdout
    assert "(-o (--output) is an option of `dxsearch parse` and `dxsearch export` and `dxsearch similar`, not of " \
        "this command)" in out.stderr
    assert run_cli("search", "議事録", "-n", "5", "--index", str(index_dir)).returncode == 2
    assert "「三重県」 → prefecture ≠ 三重県" in run_cli("search", "議事録", "-三重県", "--index", str(index_dir)).stdout


def test_an_option_before_the_command_is_named(index_dir, capsys):
    """A trial's `dxsearch --bogus` was told only "the following arguments are required: command";
    an option before the command is named, with the commands it belongs to. Giving similar both a
    case and a text says "not both"."""
    result = run_cli("--bogus")
    assert result.returncode == 2 and "unrecognized option --bogus before the command: options come after the command" \
        in result.stderr and "commands: parse, build, search" in result.stderr
    result = run_cli("--index", str(index_dir), "search", "RPA")
    assert result.returncode == 2 and "--index before the command: it is an option of build, search," in result.stderr
    assert "parse," not in result.stderr.split("it is an option of")[1].split(";")[0]
    assert run_cli("--version").returncode == 0
    code, _, err = _main(capsys, "similar", "ai_rpa-001", "--text", "議事録", "--index", str(index_dir))
    assert code == 2 and err.strip() == "dxsearch similar: error: give a case ID or --text TEXT, not both"


def test_show_prints_one_case_as_the_case_page_has_it(index_dir, index, capsys):
    code, out, _ = _main(capsys, "show", "ai_rpa-173", "--index", str(index_dir))
    record = index.get("ai_rpa-173")
    assert code == 0
    lines = dict(line.split(None, 1) for line in out.splitlines())
    assert lines["名称"] == record.name and lines["内容"] == record.description
    assert lines["都道府県"] == "香川県" and lines[TECHNOLOGY_HEADER] == "・".join(index.technology_of("ai_rpa-173"))
    assert lines["調査票"] == SURVEY_TABLES["ai_rpa"] and lines["出典"].startswith("「都道府県における")
    code, out, _ = _main(capsys, "show", "ai_rpa-173", "--json", "--index", str(index_dir))
    # the case of /api/cases/<id>, citation included (a trial found it missing)
    from dxsearch.web.app import create_app

    api = create_app(index=index).test_client().get("/api/cases/ai_rpa-173").get_json()["case"]
    assert json.loads(out) == api and api["citation"].endswith("番号 173")
    code, _, err = _main(capsys, "show", "ai_rpa-9999", "--index", str(index_dir))
    assert code == 2 and "no case with id 'ai_rpa-9999'" in err
    # an id saved from dxsearch 0.1 is the case it named, said so (a trial: "no case with id")
    code, old_out, err = _main(capsys, "show", "survey-r2.ai_rpa-173", "--index", str(index_dir))
    assert code == 0 and "note: survey-r2.ai_rpa-173 is read as ai_rpa-173 (the id the case has now)" in err
    code, out, _ = _main(capsys, "show", "ai_rpa-173", "--index", str(index_dir))
    assert old_out == out
    code, out, err = _main(capsys, "similar", "survey-r2.ai_rpa-007", "--limit", "3", "--index", str(index_dir))
    assert code == 0 and out.splitlines()[0].startswith("cases like ai_rpa-007 ") and "is read as ai_rpa-007" in err


def test_similar_says_what_it_compares_and_refuses_an_empty_text(index_dir, capsys):
    code, out, _ = _main(capsys, "similar", "ai_rpa-007", "--limit", "3", "--index", str(index_dir))
    assert code == 0 and out.splitlines()[0] == "cases like ai_rpa-007 (茨城県) 議事録作成支援システム"
    assert len([line for line in out.splitlines() if line.startswith("ai_rpa-")]) == 3
    code, _, err = _main(capsys, "similar", "--text", " ", "--index", str(index_dir))
    assert code == 2 and "--text is empty" in err
    code, out, _ = _main(capsys, "similar", "--text", "あ", "--index", str(index_dir))
    assert code == 0 and out.startswith("no word of the text to compare the cases by")


def test_stats_lists_every_value_a_filter_option_takes(index_dir, index, capsys):
    code, out, _ = _main(capsys, "stats", "--index", str(index_dir))
    lines = {line.split(":", 1)[0]: line for line in out.splitlines()[1:] if not line.startswith("(")}
    assert code == 0 and set(lines) == set(FACET_OPTIONS)
    # a researcher counted RPA 225 as the AI・RPA table's (223) and AI 57 as every AI
    assert out.splitlines()[-1] == "(technology: tags of the cases of every table, from their text; AI is AI " \
        "other than AI-OCR; --section ai_rpa counts the AI・RPA table's cases alone)"
    for facet in FACET_OPTIONS:
        for v in index.facet_values(facet):
            assert f"{v.value} {v.count}" in lines[facet]


def test_stats_of_an_index_of_ones_own_cases_says_which_facets_none_has(tmp_path):
    """An index of one case printed `1 cases` and `field: ` with nothing after it (a re-check trial)."""
    cases = tmp_path / "mine.csv"
    cases.write_text("section,number,name,status,prefecture\nai_rpa,1,申請受付の自動化,導入(実施)済,長野県\n",
                     encoding="utf-8")
    at = ("--index", str(tmp_path / "ix"))
    assert run_cli("build", *at, str(cases)).returncode == 0
    lines = run_cli("stats", *at).stdout.splitlines()
    assert lines[0].startswith("1 case, built ") and "prefecture: 長野県 1" in lines
    assert {"field: (no case has one)", "shared_use: (no case has one)", "technology: (no case has one)"} <= set(lines)


def test_stats_of_the_cases_of_filters_counts_them_by_hand(index_dir, index, capsys):
    """A trial wanted the shared systems by region from the CLI (stats --section answered "did you
    mean --json?"). The counts are of the cases chosen: a place's by the places chosen."""
    records = list(index.iter_records())
    code, out, _ = _main(capsys, "stats", "--section", "shared_system", "--json", "--index", str(index_dir))
    data = json.loads(out)
    shared = [r for r in records if r.section == "shared_system"]
    assert code == 0 and data["total"] == len(shared) and "section" not in data["facets"]
    assert data["facets"]["region"] == {g: n for g in dict.fromkeys(r.region for r in records)
                                        if (n := sum(r.region == g for r in shared))}
    code, out, _ = _main(capsys, "stats", "--section", "shared_system", "--region", "九州", "--pref", "香川県",
                         "--json", "--index", str(index_dir))
    data = json.loads(out)
    chosen = [r for r in shared if r.region == "九州" or r.prefecture == "香川県"]
    assert data["total"] == len(chosen) == sum(data["facets"]["prefecture"].values())
    assert data["facets"]["region"] == {"四国": sum(r.prefecture == "香川県" for r in chosen),
                                        "九州": sum(r.region == "九州" for r in chosen)}
    code, out, _ = _main(capsys, "stats", "--section", "shared_system", "--index", str(index_dir))
    assert out.splitlines()[0] == f"{len(shared)} cases with --section shared_system"


def test_stats_of_a_query_counts_its_matches_by_hand(index_dir, index, capsys):
    """A trial's `dxsearch stats RPA` was refused (unrecognized arguments). The matches of a search,
    as `dxsearch search` reads it (三重県 a filter, -word excluded), by every facet."""
    for words, filters in ((["RPA"], {}), (["三重県のRPA"], {}), (["議事録", "-三重県"], {}),
                           (["チャットボット"], {"region": ["九州"]})):
        options = [a for facet, values in filters.items() for v in values for a in (FACET_OPTIONS[facet][0], v)]
        code, out, _ = _main(capsys, "stats", *words, *options, "--json", "--index", str(index_dir))
        data = json.loads(out)
        matches = [h.record for h in index.iter_hits(" ".join(words), filters)]
        assert code == 0 and data["total"] == len(matches) > 0 and data["query"] == " ".join(words)
        for facet in ("section", "prefecture", "region", "status"):
            assert data["facets"][facet] == dict(Counter(getattr(r, facet) for r in matches)), (words, facet)
    # a script can tell 三重県 was read as a filter, as `search --json` tells it
    code, out, _ = _main(capsys, "stats", "三重県のRPA", "--json", "--index", str(index_dir))
    read = json.loads(out)["applied_filters"]
    assert read == [f.to_dict() for f in index.search("三重県のRPA").applied_filters]
    assert [(f["facet"], f["value"], f["origin"]) for f in read] == [("prefecture", "三重県", "query")]
    # a technology given as an option still counts the others its cases have (a case has several)
    code, out, _ = _main(capsys, "stats", "--technology", "RPA", "--json", "--index", str(index_dir))
    data = json.loads(out)
    rpa = [h.record for h in index.iter_hits("", {"technology": ["RPA"]})]
    assert data["total"] == len(rpa) == data["facets"]["technology"]["RPA"]
    assert data["facets"]["technology"]["AI-OCR"] == sum("AI-OCR" in index.technology_of(r.id) for r in rpa) > 0
    code, out, _ = _main(capsys, "stats", "三重県のRPA", "--index", str(index_dir))
    lines = out.splitlines()
    assert lines[0] == f"{index.search('三重県のRPA').total} cases matching 「三重県のRPA」"
    assert lines[1] == "「三重県」 → prefecture = 三重県" and "prefecture: 三重県 9" in lines


def test_search_snippets_say_where_the_words_are(index_dir, index, capsys):
    """A researcher's `search AI-OCR --pref 鹿児島県` listed three cases whose names and descriptions
    say only RPA: their shared-use reason says AI-OCR, which the page marks and the command line did
    not show. With --snippets each case's description and other fields holding the words follow
    it, marked as the page marks them; without, one line a case."""
    code, out, _ = _main(capsys, "search", "AI-OCR", "--pref", "鹿児島県", "--snippets", "--index", str(index_dir))
    lines = out.splitlines()
    hits = index.search("AI-OCR", {"prefecture": ["鹿児島県"]}).hits
    assert code == 0 and len(hits) == 3
    for hit in hits:
        at = next(i for i, line in enumerate(lines) if line.startswith(hit.record.id + " "))
        assert lines[at + 1] == "    other fields: " + hit.snippets["extra"] and "«AI-OCR»" in lines[at + 1]
        assert "AI-OCR" not in hit.record.name + hit.record.description and "AI-OCR" in hit.record.shared_use_reason
    code, out, _ = _main(capsys, "search", "議事録", "--limit", "3", "--snippets", "--index", str(index_dir))
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines if line.startswith("    ")] == ["    description"] * 3
    assert all("«議事録»" in line for line in lines if line.startswith("    description: "))
    code, out, _ = _main(capsys, "search", "AI-OCR", "--pref", "鹿児島県", "--index", str(index_dir))
    assert not [line for line in out.splitlines() if line.startswith("    ")]
    # a case matched by the technology tag the word names, holding no word of it, says what the tag
    # was read from (a check saw three GIS cases at 0.00 and nothing to say why)
    code, out, _ = _main(capsys, "search", "GIS", "--snippets", "--index", str(index_dir))
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("shared_system-072 "))
    assert lines[at + 1] == "    technology GIS: 福岡県森林«地理情報»クラウドシステム"


def test_hit_columns_line_up_in_a_terminal(index_dir, index, capsys):
    """Padding counts terminal columns (a kanji takes two), so 名称 starts in one column."""
    from dxsearch.cli import _width

    code, out, _ = _main(capsys, "search", "通勤手当", "RPA", "--index", str(index_dir))
    rows = [line for line in out.splitlines() if line.startswith("ai_rpa-")]
    names = [index.get(row.split()[0]).name for row in rows]
    starts = {_width(row[:row.rindex(name)]) for row, name in zip(rows, names)}
    assert code == 0 and len(rows) == 13 and len(starts) == 1


def test_similar_takes_the_facet_options(index_dir, index, capsys):
    code, out, _ = _main(capsys, "similar", "ai_rpa-007", "--region", "九州", "--json", "--index", str(index_dir))
    data = json.loads(out)
    assert code == 0 and data["filters"] == {"region": ["九州"]}
    assert [h["id"] for h in data["hits"]] == [h.record.id for h in index.similar("ai_rpa-007", filters={"region": ["九州"]}).hits]
    code, out, _ = _main(capsys, "similar", "ai_rpa-007", "--region", "九州", "--index", str(index_dir))
    assert out.splitlines()[0] == "cases like ai_rpa-007 (茨城県) 議事録作成支援システム, within region 九州"
    code, out, _ = _main(capsys, "similar", "ai_rpa-173", "--region", "四国", "--index", str(index_dir))
    assert code == 0 and out.splitlines()[-1] == "no case like it within the filters"
    code, _, err = _main(capsys, "similar", "ai_rpa-007", "--region", "九洲", "--index", str(index_dir))
    assert code == 2 and "unknown value '九洲' for --region" in err


def test_similar_offers_the_cases_like_a_role_among_the_roles(index_dir, index, capsys):
    """As the page's デジタル人材の中で似ている事例: the command that lists them, which does."""
    code, out, _ = _main(capsys, "similar", "digital_talent-038", "--index", str(index_dir))
    roles = index.similar("digital_talent-038", filters={"section": ["digital_talent"]})
    line = out.splitlines()[-1]
    assert code == 0 and line == (f"like it in its own table (digital_talent): {roles.total} cases: "
                                  "dxsearch similar digital_talent-038 --section digital_talent")
    code, out, _ = _main(capsys, *line.split(": ")[-1].split()[1:], "--json", "--index", str(index_dir))
    assert [h["id"] for h in json.loads(out)["hits"]] == [h.record.id for h in roles.hits] and roles.hits
    code, out, _ = _main(capsys, "similar", "ai_rpa-007", "--index", str(index_dir))
    assert code == 0 and "own table" not in out


def test_similar_reads_a_text_s_place_and_status_words_as_a_search_does(index_dir, index, capsys):
    text = "手書きの申請書をAI-OCRで読み取ってデータ化したい。中国四国で導入済みのもの"
    code, out, _ = _main(capsys, "similar", "--text", text, "--index", str(index_dir))
    lines = out.splitlines()
    assert code == 0 and lines[:3] == ["「中国」「四国」 → region = 中国 or 四国",
                                       "「導入済み」 → status = 導入(実施)済",
                                       "(--literal compares the cases by those words instead)"]
    expected = index.similar(text=text).hits
    assert expected and all(h.record.id in out for h in expected)
    code, out, _ = _main(capsys, "similar", "--text", text, "--literal", "--json", "--index", str(index_dir))
    data = json.loads(out)
    assert code == 0 and data["applied_filters"] == [] and "導入済み" in data["key_terms"]


def test_search_pages_through_partial_matches_and_names_words_like_a_missing_one(index_dir):
    """A search that finds nothing pages through its partial matches (--page 2 was an error), and a
    word no case mentions gets the words like it, as on the web (手書き読み取り printed nothing else)."""
    second = run_cli("search", "手書き 読み取り", "--page", "2", "--index", str(index_dir))
    assert second.returncode == 0, second.stderr
    assert "contain 1 of the 2, showing 21–" in second.stdout
    compound = run_cli("search", "手書き読み取り", "--index", str(index_dir))
    assert "no case mentions 「手書き読み取り」 (words like it: 手書き / 読み取り)" in compound.stdout


def test_no_column_label_reads_as_another():
    """Excel users tell columns apart by their labels: 区分 beside 区分・グループ read as one column
    twice (a trial). No label starts another."""
    labels = [*FIELD_LABELS.values(), TECHNOLOGY_HEADER]  # 技術 beside 技術分野 read as one too
    assert len(set(labels)) == len(labels)
    assert not [(a, b) for a in labels for b in labels if a != b and b.startswith(a)]



def test_a_query_with_no_word_to_search_says_so(index_dir, capsys):
    """探す or を使う alone holds no word to search for: 0 cases and nothing else was a dead end.
    The CLI says why, and what to type (the page too: tests/test_web.py); a real word does not get it."""
    for query in ("探す", "を使う"):
        code, out, _ = _main(capsys, "search", query, "--index", str(index_dir))
        assert code == 0 and f"no word to search for in 「{query}」" in out and "0 cases" in out
    code, out, _ = _main(capsys, "search", "議事録", "--index", str(index_dir))
    assert code == 0 and "no word to search for" not in out


def test_the_cli_says_which_synonyms_a_word_was_counted_with(index_dir, capsys):
    """The page says 電決 (＝電子決裁); the CLI said only 「電決」 in 1 case (a trial could not tell why)."""
    code, out, _ = _main(capsys, "search", "電決", "--index", str(index_dir))
    assert code == 0 and "「電決」 in 1 case (also as 電子決裁)" in out
    code, out, _ = _main(capsys, "search", "県税", "--index", str(index_dir))
    assert re.search(r"「県税」 in \d+ cases \(also as 都税 / 府税 / 道税 / [^ ]+ …\)", out)


def test_an_export_of_no_case_says_why(index_dir, index, tmp_path, capsys):
    """An export of a query no case holds every word of wrote a header and 「exported 0 cases」;
    `search` listed 17 cases holding some of the words (a researcher's trial). The export now
    says so, and names a word no case mentions."""
    out = tmp_path / "x.csv"
    code, _, err = _main(capsys, "export", "通勤手当 旅費 給与 RPA 入力", "--index", str(index_dir), "-o", str(out))
    assert code == 0 and "exported 0 cases" in err
    assert re.search(r"no case contains every word; \d+ cases contain some of them", err)
    code, _, err = _main(capsys, "export", "ブロックチェーン", "--index", str(index_dir), "-o", str(out))
    assert code == 0 and "no case mentions 「ブロックチェーン」" in err
    code, _, err = _main(capsys, "export", "RPA", "--index", str(index_dir), "-o", str(out))
    assert "no case" not in err
    # a word written only inside other words says where (川 of 香川), as `search` does
    code, _, err = _main(capsys, "export", "川", "--index", str(index_dir), "-o", str(out))
    assert "no case has 「川」 as a word of its own (written only inside other words: 香川 / 神奈川 / 川柳)" in err
    code, out_text, _ = _main(capsys, "search", "川", "--index", str(index_dir))
    assert "no case has 「川」 as a word of its own (written only inside other words: 香川 / 神奈川 / 川柳)" in out_text
    # the search the words were read as, which `search` lists, is named with its count and command
    # (a researcher's export of 電子申請化 wrote a header alone beside search's 36 cases of 電子申請)
    code, _, err = _main(capsys, "export", "電子申請化", "--index", str(index_dir), "-o", str(out))
    read = index.search("電子申請")
    assert code == 0 and f"read as 「電子申請」: {read.total} cases; to export them: dxsearch export 電子申請 " in err
    code, _, err = _main(capsys, "export", "電子申請", "--index", str(index_dir), "-o", str(out))
    assert f"exported {read.total} cases" in err and read.total > 30
    code, _, err = _main(capsys, "export", "ぎじろぐ", "--index", str(index_dir), "-o", str(out))
    assert "did you mean: 議事録" in err


def test_filters_alone_print_no_column_of_zero_scores(capsys, index_dir):
    """A trial: `search --region 四国 --technology AI-OCR --sort prefecture` printed 0.00 on every
    line; filters alone rank nothing, so the score column says so (-), and a word's search keeps it."""
    code, out, _ = _main(capsys, "search", "--region", "四国", "--technology", "AI-OCR", "--sort", "prefecture",
                         "--index", str(index_dir))
    lines = [line for line in out.splitlines() if line.startswith("ai_rpa-")]
    assert code == 0 and lines and all(line.split()[1] == "-" for line in lines) and "0.00" not in out
    code, out, _ = _main(capsys, "search", "RPA", "--limit", "3", "--index", str(index_dir))
    assert code == 0 and all(float(line.split()[1]) > 0 for line in out.splitlines() if line.startswith("ai_rpa-"))


def test_a_word_in_no_case_points_to_the_cases_like_it(capsys, index_dir):
    """A trial: `dxsearch search テレワーク` printed 0 cases and nothing more, while the web page
    offers the cases like the word; `similar --text テレワーク` printed `key terms:  (and related: …)`."""
    code, out, _ = _main(capsys, "search", "テレワーク", "--index", str(index_dir))
    assert code == 0 and "dxsearch similar --text 'テレワーク'" in out
    code, out, _ = _main(capsys, "similar", "--text", "テレワーク", "--index", str(index_dir))
    assert code == 0 and "key terms: none of the text's own; related: Web会議" in out and "shared_system-120" in out
    code, out, _ = _main(capsys, "search", "zzqx", "--index", str(index_dir))
    assert "similar --text" not in out  # nothing like it either
    # …and then, as the page, the survey's date and other words to try (a researcher's trial:
    # ブロックチェーン printed 0 cases and nothing to do next); the date alone beside a way out
    for word in ("zzqx", "ブロックチェーン"):
        code, out, _ = _main(capsys, "search", word, "--index", str(index_dir))
        assert "the survey is of 2020 (令和2年)" in out and "try a shorter word" in out, word
    code, out, _ = _main(capsys, "search", "テレワーク", "--index", str(index_dir))
    assert "the survey is of 2020 (令和2年)" in out and "try a shorter word" not in out
    code, out, _ = _main(capsys, "search", "ぎじろく", "--index", str(index_dir))  # another word meant: no note
    assert "the survey is of 2020" not in out


def test_filters_leaving_nothing_do_not_say_no_case_holds_the_words(capsys, index_dir):
    """A trial: `search RPA --region 四国 --status 実証中` printed 「cases like the words, though
    none contains them」 under 225 cases holding RPA; the filters left nothing, and the lines
    before it say what each filter keeps out."""
    code, out, _ = _main(capsys, "search", "RPA", "--region", "四国", "--status", "実証中", "--index", str(index_dir))
    assert code == 0 and "0 cases" in out and "without --region 四国:" in out
    assert "similar --text" not in out and "none contains them" not in out


def test_a_word_in_no_case_names_the_words_the_cases_use(capsys, index_dir):
    code, out, _ = _main(capsys, "search", "スキャン", "--index", str(index_dir))
    assert code == 0 and "no case mentions 「スキャン」 (related words the cases use: AI-OCR / OCR / 手書き" in out


def test_a_question_asking_which_prefectures_is_answered_in_a_line(capsys, index_dir, index):
    """A trial: the page answers 通勤手当のチェックを自動化している県はありますか with the prefectures
    holding the cases in use (岐阜県 2 件 · 沖縄県 2 件 …); the CLI printed only the hits."""
    question = "通勤手当のチェックを自動化している県はありますか？流用できるものがあれば知りたい"
    code, out, _ = _main(capsys, "search", question, "--index", str(index_dir))
    where = index.search(question).where()
    # the closest of the cases in use that go first (a trial's line named a prefecture of weak matches)
    assert code == 0 and where and 0 < sum(n for _, n in where) <= index.search(question).preferred.count
    # …counted among the most similar, as the page's よく似ている says, and how many those are
    counted = sum(index.search(question).preferred.by_prefecture.values())
    assert f"prefectures of the {counted} cases of 導入(実施)済 most similar (scoring 40% of the " \
        "first or more): " + " · ".join(f"{p} {n}" for p, n in where) in out
    # …and the cases in use put first are the most similar of them, not all (a trial read 9 as all of 21)
    p = index.search(question).preferred
    every = index.search(question, {"status": ["導入(実施)済"]}).total
    assert f"first: the {p.count} cases most similar whose status is 導入(実施)済 (the query says {p.text}); " \
        f"{every} in all with less similar ones (--status 導入(実施)済 keeps to them)" in out
    # a tie is not cut in two, unless it runs past twice the line's length (22 prefectures of 1 each)
    code, out, _ = _main(capsys, "search", "RPAを導入している県", "--index", str(index_dir))
    line = next(x for x in out.splitlines() if x.startswith("prefectures with the most"))
    assert line.endswith(" more") and len(index.search("RPAを導入している県").where()) <= 16
    code, out, _ = _main(capsys, "search", "LINEでの相談にチャットボットを導入している都道府県はどこですか",
                         "--index", str(index_dir))  # none of its matches in use: said, and no prefectures
    assert code == 0 and "no case of 導入(実施)済 among these" in out and "prefectures with the most" not in out
    code, out, _ = _main(capsys, "search", "通勤手当", "--index", str(index_dir))  # no question: no line
    assert code == 0 and "prefectures with the most" not in out
    code, out, _ = _main(capsys, "search", "RPAを導入している県", "--region", "四国", "--index", str(index_dir))
    assert code == 0 and "prefectures with the most" not in out  # the places chosen: no answer to give


def test_similar_cases_go_to_excel_with_the_columns_of_an_export(tmp_path, index_dir, index):
    """A trial had no way to take similar cases into Excel but to convert the JSON by hand; a later
    one's file held the first 10 where the web's CSV held the 19 similar enough: written out, every
    case similar enough unless --limit says otherwise."""
    out = tmp_path / "similar.csv"
    done = run_cli("similar", "ai_rpa-173", "-o", str(out), "--index", str(index_dir))
    like = index.similar(case_id="ai_rpa-173", limit=MAX_SIMILAR)
    assert len(like.hits) == like.total > DEFAULT_SIMILAR
    assert done.returncode == 0 and f"exported {like.total} similar cases (csv) to" in done.stderr
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    exported = run_cli("export", "通勤手当", "--index", str(index_dir)).stdout.lstrip("\ufeff").splitlines()
    # one header for both, they go in one sheet; then each case's place and ◎
    assert rows[0] == next(csv.reader(exported[:1])) + ["似ている順", "◎特に近い"]
    like = like.hits
    assert [r[0] for r in rows[1:]] == [h.record.id for h in like]
    assert [(r[-2], r[-1]) for r in rows[1:]] == [(str(i), "◎" if h.close else "") for i, h in enumerate(like, 1)]
    lines = run_cli("similar", "--text", "会議の録音から議事録を作りたい", "--format", "jsonl", "--limit", "3",
                    "--index", str(index_dir)).stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == \
        [h.record.id for h in index.similar(text="会議の録音から議事録を作りたい", limit=3).hits]
    both = run_cli("similar", "ai_rpa-173", "--json", "-o", str(tmp_path / "x.csv"), "--index", str(index_dir))
    assert both.returncode == 2 and "give one or the other" in both.stderr and not (tmp_path / "x.csv").exists()


def test_a_facet_option_takes_what_a_query_would_read_as_its_value(capsys, index_dir, index):
    """A trial: `--status 導入済み` was refused while 導入済み in the query is the status filter."""
    code, out, err = _main(capsys, "search", "RPA", "--pref", "香川", "--status", "導入済み", "--json",
                           "--index", str(index_dir))
    data = json.loads(out)
    assert code == 0 and data["total"] == index.search("RPA", {"prefecture": ["香川県"], "status": ["導入(実施)済"]}).total
    assert "note: --prefecture 香川 read as 香川県" in err and "note: --status 導入済み read as 導入(実施)済" in err
    code, out, err = _main(capsys, "search", "RPA", "--shared-use", "共同利用可", "--json", "--index", str(index_dir))
    assert code == 0 and json.loads(out)["total"] == index.search("RPA", {"shared_use": ["共同利用可能", "さらなる共同利用可能"]}).total
    code, _, err = _main(capsys, "search", "RPA", "--status", "導入", "--index", str(index_dir))
    assert code == 2 and "did you mean 導入(実施)済 or 導入(実施)予定?" in err  # two it may be: asked, not guessed
    code, _, err = _main(capsys, "search", "RPA", "--region", "香川", "--index", str(index_dir))
    assert code == 2 and "unknown value '香川' for --region" in err  # a prefecture is no region


def test_a_question_asking_for_reuse_prints_the_shared_use_of_the_matches(capsys, index_dir, index):
    code, out, _ = _main(capsys, "search", "流用できる議事録", "--index", str(index_dir))
    counted = [(v.value, v.count) for v in index.search("議事録").facets["shared_use"] if v.count]
    assert code == 0 and "shared use (共同利用の可否) of these cases: " + " · ".join(f"{v} {n}" for v, n in counted) in out
    shown = index.search("流用できる議事録").shareable
    assert shown and f"  that can be shared: {shown[0].record.id} {shown[0].record.name}" in out
    code, out, _ = _main(capsys, "search", "議事録", "--index", str(index_dir))
    assert code == 0 and "shared use" not in out
    text = "会議の録音から議事録を自動で作りたい。他県で流用できるものがあれば知りたい"
    code, out, _ = _main(capsys, "similar", "--text", text, "--index", str(index_dir))
    similar = index.similar(text=text)
    assert code == 0 and "shared use (共同利用の可否) of these cases: " + " · ".join(
        f"{v} {n}" for v, n in similar.reuse()) in out and similar.shareable
    assert f"  that can be shared: {similar.shareable[0].record.id} {similar.shareable[0].record.name}" in out


def test_a_description_with_none_especially_close_says_so_in_words(capsys, index_dir, index):
    """A trial read 「0 especially close: [close]」 for the 年末調整 text (no ◎) as cryptic."""
    text = "毎年12月は年末調整で人事の係がパンクする。申告書の出力やチェック、結果の通知など、機械的な作業を自動化できないか。"
    code, out, _ = _main(capsys, "search", text, "--index", str(index_dir))
    assert index.search(text).close == 0
    assert code == 0 and "most similar to the text (none especially close), most similar first" in out and "[close]" not in out


def test_a_description_prints_how_many_are_especially_close(capsys, index_dir, index):
    text = "補助金の申請書を紙で受け付けていて審査と入力の負担が大きいので、電子申請にして事務を減らしたい"
    code, out, _ = _main(capsys, "search", text, "--index", str(index_dir))
    result = index.search(text)
    assert result.close and f"{result.total} cases most similar to the text ({result.close} especially close, marked [close])" in out
    assert code == 0
    rows = [line for line in out.splitlines() if line.split(" ", 1)[0] in {h.record.id for h in result.hits}]
    assert [row.endswith("[close]") for row in rows] == [bool(h.close) for h in result.hits]
    code, out, _ = _main(capsys, "similar", "--text", text, "--limit", "40", "--index", str(index_dir))
    similar = index.similar(text=text, limit=40)
    assert 0 < similar.close < len(similar.hits)
    of = f" of the {similar.total} similar enough" if len(similar.hits) < similar.total else ""
    assert code == 0 and f"{len(similar.hits)} most similar{of}, {similar.close} of them especially close ([close])" in out
    # a trial: a case whose listed similar cases were all close printed no such line (the page: すべて◎特に近い)
    code, out, _ = _main(capsys, "similar", "ai_rpa-001", "--limit", "10", "--index", str(index_dir))
    assert index.similar("ai_rpa-001", limit=10).close == 10
    # …all 10 of them, when more beyond them are (a trial read 「all especially close」, then 「13 more」, as odd)
    assert code == 0 and "10 most similar of the 23 similar enough, all 10 especially close ([close])\n" in out
    assert "13 more especially close beyond these (a larger --limit lists them)" in out


def test_similar_says_of_how_many_similar_enough(index_dir, index, capsys):
    """A trial: `similar --text 会議の録音から議事録を自動で作りたい` printed 10 most similar and
    nothing of the 23 above the cut-off, which `search` of the same text lists; the JSON neither."""
    text = "会議の録音から議事録を自動で作りたい"
    similar = index.similar(text=text)
    assert similar.total == index.search(text).total > len(similar.hits) == 10
    assert index.similar(text=text, limit=MAX_SIMILAR).total == similar.total
    code, out, _ = _main(capsys, "similar", "--text", text, "--index", str(index_dir))
    assert code == 0 and f"10 most similar of the {similar.total} similar enough" in out and "a larger --limit lists more" in out
    code, out, _ = _main(capsys, "similar", "--text", text, "--json", "--index", str(index_dir))
    assert json.loads(out)["total"] == similar.total


def test_search_says_the_survey_records_no_contact(index_dir, capsys):
    code, out, _ = _main(capsys, "search", "香川県のAI-OCRの担当課の連絡先", "--index", str(index_dir))
    assert code == 0 and "not searched for: 担当課, 連絡先 (the survey records no contact or section in charge " \
        "of a case; its DX organisations, --section organization, are where to ask)" in out


def test_search_says_how_an_operator_alone_is_used(index_dir, capsys):
    """OR typed alone is searched as the word OR (never every case); a trial was told only that no
    case holds it."""
    code, out, _ = _main(capsys, "search", "OR", "--index", str(index_dir))
    assert code == 0 and "OR has no word to act on: OR goes between two words (RPA OR AI-OCR)" in out
    code, out, _ = _main(capsys, "search", "NOT", "AND", "--index", str(index_dir))
    assert "NOT and AND have no word to act on" in out
    code, out, _ = _main(capsys, "search", "RPA OR", "--index", str(index_dir))
    assert "225 cases" in out and "OR has no word to act on" in out
    code, out, _ = _main(capsys, "search", "RPA OR AI-OCR", "--index", str(index_dir))
    assert "no word to act on" not in out


def test_search_says_the_technology_facet_s_count_beside_a_technology_s_name(index, index_dir, capsys):
    """The page said クラウド's 37 beside the facet's 23, and a quoted 「"音声認識"」's 9 of the tag's 26;
    the CLI said neither (a re-check trial). One library call serves both."""
    tagged = {v.value: v.count for v in index.facet_values("technology")}
    cloud = index.technology_tagged(index.search("クラウド"))
    assert cloud is not None and (cloud.tag, cloud.count, cloud.held, cloud.phrase) == ("クラウド", tagged["クラウド"],
                                                                                       tagged["クラウド"], False)
    voice = index.technology_tagged(index.search('"音声認識"'))
    quoted = {h.record.id for h in index.iter_hits('"音声認識"')}
    in_tag = {h.record.id for h in index.iter_hits("", {"technology": ["音声認識"]})}
    assert voice is not None and voice.phrase and voice.held == len(quoted & in_tag) < voice.count == len(in_tag)
    assert index.technology_tagged(index.search("音声認識")) is None  # the word finds its tag's 26: one count
    assert index.technology_tagged(index.search("クラウド", {"prefecture": ["三重県"]})) is None
    code, out, _ = _main(capsys, "search", '"音声認識"', "--index", str(index_dir))
    assert code == 0 and (f"the technology facet tags {len(in_tag)} cases 「音声認識」 by their descriptions: a quoted "
                          f"word finds the cases writing it as typed, {voice.held} of them (`dxsearch search --technology 音声認識` "
                          "lists those)") in out
    code, out, _ = _main(capsys, "search", '"音声認識" -議事録', "--index", str(index_dir))
    assert code == 0 and (f"{voice.held} of them (`dxsearch search '-議事録' --technology 音声認識` lists those within -議事録)") in out
    assert index.technology_tagged(index.search('"音声認識" -議事録')).held == voice.held  # the word's share
    code, out, _ = _main(capsys, "search", "クラウド", "--index", str(index_dir))
    assert f"the technology facet tags {tagged['クラウド']} cases 「クラウド」 by their descriptions: the word finds all" in out
    code, out, _ = _main(capsys, "search", "クラウド", "--pref", "三重県", "--index", str(index_dir))
    assert "the technology facet tags" not in out
    # …and the JSON says it too (a researcher's JSON had AI-OCR's 81 beside the facet's 78, unexplained)
    code, out, _ = _main(capsys, "search", "AI-OCR", "--json", "--index", str(index_dir))
    said = json.loads(out)
    assert said["technology_tagged"] == {"tag": "AI-OCR", "count": tagged["AI-OCR"], "held": tagged["AI-OCR"],
                                         "phrase": False, "rest": ""} and said["total"] > tagged["AI-OCR"]
    assert index.search("AI-OCR").to_dict()["technology_tagged"] == said["technology_tagged"]
    assert index.search("議事録").to_dict()["technology_tagged"] is None
    # …and the name in another of its spellings (a trial's AIOCR said nothing)
    assert index.search("AIOCR").to_dict()["technology_tagged"] == said["technology_tagged"]


def test_a_long_word_is_said_back_cut(index_dir, capsys):
    """A trial's 2,000-character word was printed whole on one line; it is cut with …, as on the page."""
    code, out, _ = _main(capsys, "search", "あ" * 2000, "--index", str(index_dir))
    assert code == 0 and "「" + "あ" * 39 + "…」" in out and "あ" * 41 not in out
    code, out, _ = _main(capsys, "search", "ア" * 100, "--index", str(index_dir))
    assert "no case mentions 「" + "ア" * 39 + "…」" in out


def test_search_says_a_status_of_the_writer_s_own_work_is_no_condition(index_dir, capsys):
    code, out, _ = _main(capsys, "search", "RPAを実証中で、他県の状況を知りたい", "--index", str(index_dir))
    assert code == 0 and "not a condition: 実証中 (read as where the writer's own work stands; the cases below " \
        "are of any status: --status keeps to one)" in out
    code, out, _ = _main(capsys, "search", "RPAを実証中で、他県の状況を知りたい", "--status", "実証中",
                         "--index", str(index_dir))
    assert code == 0 and "32 cases" in out


def test_search_says_how_many_cases_a_place_of_an_empty_search_holds(index_dir, capsys, survey):
    shimane = Counter(r.section for r in survey.records if r.prefecture == "島根県")
    code, out, _ = _main(capsys, "search", "島根県 共同利用", "--index", str(index_dir))
    held = ", ".join(f"{s} {shimane[s]}" for s in ("ai_rpa", "shared_system", "digital_talent", "organization") if shimane[s])
    assert code == 0 and f"島根県 holds {sum(shimane.values())} cases in all ({held})" in out
    code, out, _ = _main(capsys, "search", "しまね", "--index", str(index_dir))  # the place, typed in kana
    assert code == 0 and "「しまね」 → prefecture = 島根県" in out and f"島根県 holds {sum(shimane.values())} cases" in out


def test_a_text_s_subject_in_no_case_is_said(index_dir, capsys):
    code, out, _ = _main(capsys, "similar", "--text", "保育所の入所選考を毎年手作業でやっている", "--index", str(index_dir))
    assert code == 0 and "in no case: 「保育所」 「入所選考」 (the cases below are like the text by its other words)" in out


def test_search_says_why_a_word_only_ranks(index_dir, capsys):
    code, out, _ = _main(capsys, "search", "住民向けチャットボット", "--index", str(index_dir))
    assert code == 0 and "「住民」 in 28 cases" in out and "(only ranks: said for whom, which few cases say)" in out
    code, out, _ = _main(capsys, "search", "通勤手当の自動化", "--index", str(index_dir))
    assert "(only ranks: a common word, or what nearly every case does)" in out


def test_ways_to_more_after_a_few_matches_say_so(index_dir, index, capsys):
    """search --pref 香川 --section shared_system found 4 cases, then printed `without --prefecture
    香川県: 123 cases`, which a trial read as a search that had found nothing."""
    code, out, _ = _main(capsys, "search", "--pref", "香川県", "--section", "shared_system", "--index", str(index_dir))
    found = index.search("", {"prefecture": ["香川県"], "section": ["shared_system"]}).total
    assert code == 0 and f"{found} cases" in out and 0 < found
    assert "for more: without --prefecture 香川県: 123 cases" in out.splitlines()


def test_a_search_no_case_matches_whole_offers_any_of_its_words(index_dir, index, capsys):
    """As the page offers it: the search for any one of the words, the place kept a filter."""
    code, out, _ = _main(capsys, "search", "香川県", "ドローン", "議事録", "--index", str(index_dir))
    any_words = index.search("香川県 ドローン OR 議事録").total
    assert code == 0 and any_words and f"any of the words: {any_words} case" in out
    assert "dxsearch search '香川県 ドローン OR 議事録'" in out
    # …and beside the cases holding every word, when any one finds more (a consultant's 給与 手当: 4, either 35)
    code, out, _ = _main(capsys, "search", "給与", "手当", "--index", str(index_dir))
    assert code == 0 and index.search("給与 手当").total == 4
    lines = out.splitlines()
    line = lines.index("any of the words: 35 cases: dxsearch search '給与 OR 手当'")
    assert line < min(i for i, text in enumerate(lines) if text.startswith("ai_rpa-"))  # above the hits, where seen
    code, out, _ = _main(capsys, "search", "給与・手当", "--index", str(index_dir))
    assert code == 0 and "any of the words" not in out


def test_search_lists_the_matches_outside_a_place_that_holds_few(index_dir, index):
    found = run_cli("search", "九州 チャットボット", "--index", str(index_dir))
    assert found.returncode == 0
    lines = found.stdout.splitlines()
    at = lines.index("outside 「九州」: 22 cases matching, the first 10:")
    listed = [line.split()[0] for line in lines[at + 1:at + 11]]
    assert listed == [h.record.id for h in index.search("九州 チャットボット").elsewhere.hits]


def test_a_line_divides_the_cases_put_first_from_the_rest(capsys, index_dir, index):
    """A trial read the scores rising again below the cases in use put first as a fault: a line
    says where they end and the other cases begin, on the page where that happens only."""
    question = "通勤手当の認定をRPAで自動化している県は？"
    result = index.search(question)
    p = result.preferred
    assert p is not None and 0 < p.count < min(result.total, 20)
    code, out, _ = _main(capsys, "search", question, "--index", str(index_dir))
    lines = out.splitlines()
    divider = lines.index("-- then the other cases, most similar first --")
    # the line falls after the last case put first, and every case above it is in use
    above = [line.split()[0] for line in lines[divider - p.count:divider]]
    assert above == [h.record.id for h in result.hits[:p.count]]
    assert all(h.record.status == "導入(実施)済" for h in result.hits[:p.count])
    assert lines[divider + 1].split()[0] == result.hits[p.count].record.id
    # a later page the group does not reach has no line; a keyword query says "best first"
    code, out, _ = _main(capsys, "search", question, "--limit", "5", "--page", "3", "--index", str(index_dir))
    assert code == 0 and "-- then the other cases" not in out
    code, out, _ = _main(capsys, "search", "議事録 導入している", "--limit", "30", "--index", str(index_dir))
    assert "-- then the other cases, best first --" in out
    code, out, _ = _main(capsys, "search", "議事録", "--index", str(index_dir))  # nothing put first: no line
    assert "-- then the other cases" not in out
    # a page past them says where they were, as the web page does; the pages holding them do not
    asked = index.search("RPAを導入している県", per_page=20).preferred
    last = -(-asked.count // 20)
    code, out, _ = _main(capsys, "search", "RPAを導入している県", "--limit", "20", "--page", str(last + 1),
                         "--index", str(index_dir))
    assert code == 0 and f"(they were on pages 1–{last}; this page lists the others)" in out
    code, out, _ = _main(capsys, "search", "RPAを導入している県", "--limit", "20", "--page", str(last),
                         "--index", str(index_dir))
    assert code == 0 and "they were on" not in out


def test_a_build_says_which_old_index_copy_it_could_not_remove(capsys, tmp_path, monkeypatch):
    """An admin's trial: a build run once as root left its generation behind the service user's
    builds (7 MB each), unsaid. A copy a build cannot remove is named, with its owner."""
    import shutil
    from pathlib import Path

    from dxsearch.search import storage

    ix = str(tmp_path / "ix")
    assert _main(capsys, "build", "--index", ix)[0] == 0
    assert _main(capsys, "build", "--index", ix, "--force")[0] == 0  # the first is kept for its readers
    first = sorted(p.name for p in (tmp_path / "ix").glob("gen-*"))[0]
    real = shutil.rmtree

    def refused(path, *args, **kwargs):  # as a copy of another user's is, to a build that is not root
        if Path(path).name != first:
            real(path, *args, **kwargs)

    monkeypatch.setattr(storage.shutil, "rmtree", refused)
    code, _, err = _main(capsys, "build", "--index", ix, "--force")
    assert code == 0 and f"note: could not remove the old index copy {tmp_path / 'ix' / first} (owned by " in err
    assert "remove it as its owner" in err and (tmp_path / "ix" / first).is_dir()
    monkeypatch.setattr(storage.shutil, "rmtree", real)
    code, _, err = _main(capsys, "build", "--index", ix, "--force")
    assert code == 0 and "could not remove" not in err and not (tmp_path / "ix" / first).exists()
