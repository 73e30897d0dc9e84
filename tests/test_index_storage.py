"""Building the index atomically, and clear messages for a missing, old or damaged index."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dxsearch import BuildInProgress, IndexIncompatible, IndexMissing, SearchIndex, build
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source
from dxsearch.search.storage import CURRENT, META, IndexUnavailable, build_lock

from .cli_helpers import run_cli


@pytest.fixture()
def small_index(survey, tmp_path) -> Path:
    build(survey.records[:40], tmp_path / "ix", ["test"])
    return tmp_path / "ix"


def test_an_interrupted_build_leaves_the_old_index_working(survey, small_index):
    def records_then_failure():
        yield from survey.records[:10]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        build(records_then_failure(), small_index, ["test"])
    index = SearchIndex(small_index)
    assert index.stats()["total"] == 40
    assert index.search("会議録").total > 0
    assert len([p for p in small_index.iterdir() if p.name.startswith("gen-")]) == 1


def test_leftovers_of_a_killed_build_are_removed_by_the_next(survey, small_index):
    leftover = small_index / "gen-20000101T000000-000000001"
    leftover.mkdir()
    (leftover / "_MAIN_1.toc").write_bytes(b"half written")
    build(survey.records[:20], small_index, ["test"])
    assert not leftover.exists()
    assert SearchIndex(small_index).stats()["total"] == 20


def test_a_rebuild_swaps_in_and_a_reader_picks_it_up(survey, small_index):
    index = SearchIndex(small_index)
    assert index.stats()["total"] == 40
    assert index.refresh() is False
    build(survey.records[:25], small_index, ["test"])
    assert index.stats()["total"] == 40  # still the generation it opened
    assert index.refresh(wait=True) is True
    assert index.stats()["total"] == 25
    gens = [p for p in small_index.iterdir() if p.name.startswith("gen-")]
    assert len(gens) == 2  # the live one and the previous one, for readers still on it


def test_a_reader_keeps_its_index_when_the_new_one_cannot_be_opened(survey, small_index):
    index = SearchIndex(small_index)
    gen = build(survey.records[:25], small_index, ["test"])
    (gen.path / "text" / "text.docs.npy").write_bytes(b"damaged")
    assert index.refresh(wait=True) is False  # not swapped in, and not tried again
    assert index.stats()["total"] == 40 and index.search("会議録").total > 0
    build(survey.records[:30], small_index, ["test"])
    assert index.refresh(wait=True) is True and index.stats()["total"] == 30


def test_while_one_thread_opens_a_new_index_the_others_keep_answering(survey, small_index):
    index = SearchIndex(small_index)
    build(survey.records[:25], small_index, ["test"])
    with index._reload_lock:  # another thread is opening the new generation
        assert index.refresh() is False
        assert index.stats()["total"] == 40
    assert index.refresh(wait=True) is True


def test_two_builds_at_once_the_second_fails_clearly(survey, small_index):
    with build_lock(small_index):
        with pytest.raises(BuildInProgress, match="another `dxsearch build`"):
            build(survey.records[:5], small_index, ["test"])
    assert SearchIndex(small_index).stats()["total"] == 40


def test_missing_index_says_to_build(tmp_path):
    with pytest.raises(IndexMissing, match="dxsearch build"):
        SearchIndex(tmp_path / "none")


def test_a_file_given_as_the_index_is_said_to_be_one_and_left_alone(tmp_path, survey):
    """A trial gave `--index rpa.csv`: told CURRENT is no symlink and to build there, whose build
    failed with "[Errno 17] File exists". Reading and building both say the path is a file; the file
    is left as it was."""
    csv_file = tmp_path / "rpa.csv"
    csv_file.write_text("id,name\n", encoding="utf-8")
    with pytest.raises(IndexMissing, match="rpa.csv is a file, not an index directory"):
        SearchIndex(csv_file)
    with pytest.raises(IndexMissing, match="is a file"):
        build(survey.records[:5], csv_file, ["test"])
    for command in (("search", "RPA"), ("build",), ("check",)):
        result = run_cli(*command, "--index", str(csv_file))
        assert result.returncode == 2 and "rpa.csv is a file, not an index directory: give --index a directory" \
            in result.stderr and "Errno" not in result.stderr and "Traceback" not in result.stderr, command
    assert csv_file.read_text(encoding="utf-8") == "id,name\n"


def test_an_index_of_another_format_says_to_rebuild(small_index):
    meta_path = (small_index / CURRENT).resolve() / META
    meta = json.loads(meta_path.read_text())
    meta["format"] = 999
    meta_path.write_text(json.dumps(meta))
    with pytest.raises(IndexIncompatible, match="format 999.*dxsearch build"):
        SearchIndex(small_index)


def test_a_damaged_index_says_to_rebuild(small_index):
    live = (small_index / CURRENT).resolve()
    for segment in live.glob("*.seg"):
        segment.write_bytes(segment.read_bytes()[:50])
    for toc in live.glob("*.toc"):
        toc.unlink()
    with pytest.raises(IndexIncompatible, match="dxsearch build"):
        SearchIndex(small_index)


def test_cli_reports_a_missing_index_without_a_traceback(tmp_path):
    result = run_cli("search", "RPA", "--index", str(tmp_path / "none"))
    assert result.returncode == 2
    assert "dxsearch build" in result.stderr and "Traceback" not in result.stderr
    # a folder of other files is not told to take an index in among them (a trial's folder of CSVs)
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "mine.csv").write_text("section,number,name,status,prefecture\n", encoding="utf-8")
    told = run_cli("stats", "--index", str(folder))
    assert told.returncode == 2 and f"build --index {folder}" not in told.stderr
    assert "holds other files (mine.csv) and no index" in told.stderr and "--index NEW_DIR" in told.stderr
    # …nor is an index built in among them, by the CLI or the library (it would tighten the folder's
    # permissions too): a re-check trial's build wrote into its folder of CSVs
    folder.chmod(0o775)
    refused = run_cli("build", "--index", str(folder), str(folder / "mine.csv"))
    assert refused.returncode == 2 and "holds other files (mine.csv) and no index: build the index in a directory " \
        f"of its own (a new one, such as {folder / 'index'}); nothing was written" in refused.stderr
    with pytest.raises(IndexUnavailable, match="holds other files"):
        build(parse_source(BUNDLED_SURVEY).records[:3], folder, ["survey"])
    assert [p.name for p in folder.iterdir()] == ["mine.csv"] and folder.stat().st_mode & 0o777 == 0o775


def test_cli_build_search_similar_stats_json(tmp_path):
    ix = tmp_path / "ix"
    built = run_cli("build", "--index", str(ix))
    assert built.returncode == 0, built.stderr
    assert "indexed 594 records" in built.stderr
    # the bundled survey's two warnings are its own text's, and said so: no "warning:" on a first run
    assert built.stderr.count("note on the survey's own text: ") == 2 and "warning:" not in built.stderr
    result = run_cli("search", "RPA", "--pref", "三重県", "--pref", "香川県", "--index", str(ix), "--json",
                     "--limit", "5")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"total", "hits", "facets", "applied_filters"}
    assert data["total"] >= 2 and len(data["hits"]) <= 5
    hit = data["hits"][0]
    assert {"id", "section", "number", "name", "prefecture", "score", "description", "status"} <= set(hit)
    assert {h["prefecture"] for h in data["hits"]} <= {"三重県", "香川県"}
    assert {(f["facet"], f["value"]) for f in data["applied_filters"]} == {("prefecture", "三重県"),
                                                                           ("prefecture", "香川県")}
    understood = json.loads(run_cli("search", "香川県 AI-OCR", "--index", str(ix), "--json").stdout)
    assert understood["applied_filters"][0]["origin"] == "query"
    similar = json.loads(run_cli("similar", "ai_rpa-001", "--index", str(ix), "--json").stdout)
    assert similar["key_terms"] and similar["hits"][0]["id"] != "ai_rpa-001"
    similar_text = run_cli("similar", "--text", "議事録を音声から自動作成", "--index", str(ix))
    assert similar_text.returncode == 0 and "key terms:" in similar_text.stdout
    stats = json.loads(run_cli("stats", "--index", str(ix), "--json").stdout)
    assert stats["total"] == 594
    bad = run_cli("search", "RPA", "--status", "完了", "--index", str(ix))
    assert bad.returncode == 2 and "unknown value" in bad.stderr


def test_default_index_location_works_from_any_directory(tmp_path, monkeypatch):
    data_home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.delenv("DXSEARCH_INDEX", raising=False)
    assert run_cli("build", "data/survey-r2.txt", cwd=str(Path(__file__).resolve().parent.parent)).returncode == 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = run_cli("stats", "--json", cwd=str(elsewhere))
    assert result.returncode == 0 and json.loads(result.stdout)["total"] == 594
    assert (data_home / "dxsearch" / "index" / CURRENT).exists()


def test_rebuilding_unchanged_sources_is_skipped(survey, tmp_path):
    from dxsearch.indexer.output import write_jsonl

    cases = tmp_path / "cases.jsonl"
    write_jsonl(survey.records[:30], cases)
    ix = tmp_path / "ix"
    assert "indexed 30 records" in run_cli("build", str(cases), "--index", str(ix)).stderr
    generation = (ix / CURRENT).resolve()
    again = run_cli("build", str(cases), "--index", str(ix))
    assert again.returncode == 0 and "up to date" in again.stderr
    assert (ix / CURRENT).resolve() == generation
    write_jsonl(survey.records[:31], cases)  # a changed source is rebuilt
    assert "indexed 31 records" in run_cli("build", str(cases), "--index", str(ix)).stderr
    forced = run_cli("build", str(cases), "--index", str(ix), "--force")
    assert "indexed 31 records" in forced.stderr


def test_an_index_analysed_by_other_code_is_not_up_to_date(survey, tmp_path, monkeypatch, capsys):
    """A development install keeps its version number while its analysis changes: `dxsearch build`
    said an index analysed by the old code was up to date with its sources, and searches kept
    the old tokens (物 + 品等 of (物品等), after Janome was taught ASCII brackets)."""
    from dxsearch.cli import main
    from dxsearch.indexer.output import write_jsonl
    from dxsearch.search import storage

    cases = tmp_path / "cases.jsonl"
    write_jsonl(survey.records[:20], cases)
    ix = tmp_path / "ix"
    assert main(["build", str(cases), "--index", str(ix)]) == 0 and "indexed 20 records" in capsys.readouterr().err
    assert main(["build", str(cases), "--index", str(ix)]) == 0 and "up to date" in capsys.readouterr().err
    monkeypatch.setattr(storage, "_analysis_version", lambda: "dxsearch=same janome=same code=changed")
    assert main(["build", str(cases), "--index", str(ix)]) == 0 and "indexed 20 records" in capsys.readouterr().err


def test_a_build_writes_the_readings_kana_are_matched_by(index, survey, tmp_path):
    """Janome took about half a second for the vocabulary's readings on the first search finding
    nothing: a one-shot `dxsearch search スキャン` paid it every time. The build writes them; a
    generation without them (built before) or with a damaged table makes them on first use."""
    from dxsearch.search.suggest import READINGS_FILE, reading_table, stored_readings

    state = index._state
    stored = stored_readings(state.text)
    assert stored is not None and stored == reading_table(state.vocabulary.terms, state.vocabulary.df)
    assert index.search("ぎじろく").did_you_mean == ["議事録"]
    build(survey.records[:40], tmp_path / "ix", ["test"])
    gen = (tmp_path / "ix" / CURRENT).resolve()
    (gen / "text" / READINGS_FILE).write_text('{"ギジロク": ["x"]}', encoding="utf-8")
    from dxsearch.search.textindex import TextIndex

    assert stored_readings(TextIndex(gen / "text")) is None  # not term ids: not used
