"""A municipality's own cases as CSV or JSON Lines, indexed beside the survey."""

from __future__ import annotations

import csv

import pytest

from dxsearch.indexer.errors import ParseError, ParseErrors
from dxsearch.indexer.output import write_jsonl
from dxsearch.indexer.records import case_file_id
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source, parse_sources
from dxsearch import SearchIndex, build

COLUMNS = ["section", "number", "field", "group", "name", "description", "status", "prefecture",
           "shared_use", "shared_use_reason"]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


CASES = [
    dict(section="ai_rpa", number="1", field="総務分野", group="", name="ふるさと納税受付のRPA化",
         description="寄附申込データの基幹システム入力をＲＰＡで自動化", status="導入(実施)済", prefecture="長野県",
         shared_use="共同利用可能", shared_use_reason="シナリオを提供可能"),
    dict(section="ai_rpa", number="2", field="", group="", name="窓口の多言語対応",
         description="タブレットで機械翻訳を使い外国人住民の窓口対応", status="③実証中", prefecture="長野県",
         shared_use="その他", shared_use_reason=""),
]


def test_csv_cases_are_validated_like_survey_rows(tmp_path):
    result = parse_source(write_csv(tmp_path / "nagano-city.csv", CASES))
    first, second = result.records
    assert first.id == case_file_id("ai_rpa", 1, "ふるさと納税受付のRPA化", "長野県") and first.description == "寄附申込データの基幹システム入力をRPAで自動化"
    assert first.field == "総務分野" and first.group is None and first.region == "中部"
    assert second.status == "実証中" and second.status_order == 3 and second.source == "nagano-city.csv"


def test_only_the_required_columns_make_a_case_of_every_table(tmp_path):
    """Shared use, 区分 and 常勤/非常勤 are optional in a case file of one's own: left out, or an
    empty cell, they are absent; a value given is still checked."""
    path = tmp_path / "mine.csv"
    path.write_text("section,number,name,status,prefecture\n"
                    "ai_rpa,1,申請受付の自動化,導入(実施)済,長野県\n"
                    "shared_system,2,共同の電子申請,検討中,長野県\n"
                    "digital_talent,3,デジタル専門官,導入(実施)済,長野県\n", encoding="utf-8")
    records = parse_source(path).records
    assert [(r.section, r.shared_use, r.category, r.employment) for r in records] == [
        ("ai_rpa", None, None, None), ("shared_system", None, None, None), ("digital_talent", None, None, None)]
    empty = write_csv(tmp_path / "empty.csv", [dict(CASES[0], shared_use="")])
    assert parse_source(empty).records[0].shared_use is None
    bad = write_csv(tmp_path / "bad.csv", [dict(CASES[0], shared_use="たぶん")])
    with pytest.raises(ParseError) as info:
        parse_source(bad)
    assert "line 2" in str(info.value) and "field 'shared_use'" in str(info.value) and "No. 1" in str(info.value)


def test_parse_output_reads_back_as_a_case_file(survey, tmp_path):
    path = tmp_path / "cases.jsonl"
    write_jsonl(survey.records, path)
    again = parse_source(path).records
    # a case file is its own source: the survey's page stays with the survey's records
    assert [r.to_dict() for r in again] == [dict(r.to_dict(), source="cases.jsonl", page=None) for r in survey.records]


@pytest.mark.parametrize("edit, where, field", [
    (dict(prefecture="長野"), "line 2", "prefecture"),
    (dict(status="完了"), "line 2", "status"),
    (dict(section="misc"), "line 2", "section"),
    (dict(number="一"), "line 2", "number"),
    (dict(name=""), "line 2", "name"),
])
def test_bad_case_rows_name_line_and_field(tmp_path, edit, where, field):
    path = write_csv(tmp_path / "bad.csv", [dict(CASES[0], **edit), CASES[1]])
    with pytest.raises(ParseError) as info:
        parse_source(path)
    assert where in str(info.value) and f"field '{field}'" in str(info.value)


def test_every_field_at_fault_in_a_row_is_told_at_once(tmp_path):
    """A trial fixed a row's prefecture, parsed again and only then was told its status was wrong
    too: each field of a row is checked, every fault reported in one pass."""
    path = write_csv(tmp_path / "bad.csv", [dict(CASES[0], prefecture="東京", status="そのうち", shared_use="たぶん"),
                                            dict(CASES[1], status="完了")])
    with pytest.raises(ParseErrors) as info:
        parse_source(path)
    assert [(e.where.line, e.field) for e in info.value.errors] == [
        (2, "prefecture"), (2, "status"), (2, "shared_use"), (3, "status")]
    assert "4 error(s)" in str(info.value) and "did you mean 東京都?" in str(info.value)
    # …a bad number, section or a missing name no longer hides them (a re-check trial)
    hidden = write_csv(tmp_path / "hidden.csv", [dict(CASES[0], number="2x", status="実証", prefecture="静岡"),
                                                 dict(CASES[1], section="aiRPA", status="実証", prefecture="静岡"),
                                                 dict(CASES[1], name="", prefecture="静岡")])
    with pytest.raises(ParseErrors) as info:
        parse_source(hidden)
    assert [(e.where.line, e.field) for e in info.value.errors] == [
        (2, "number"), (2, "prefecture"), (2, "status"), (3, "section"), (3, "prefecture"), (3, "status"),
        (4, "name"), (4, "prefecture")]
    assert "did you mean 実証中 or 実証予定?" in str(info.value) and "(its number unread)" in str(info.value)


def test_bad_json_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"section": "ai_rpa"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ParseError, match="line 1"):
        parse_source(path)


def test_survey_and_own_cases_in_one_index(tmp_path):
    own = write_csv(tmp_path / "nagano-city.csv", CASES)
    results = parse_sources([BUNDLED_SURVEY, own])
    build([r for res in results for r in res.records], tmp_path / "ix", ["survey", "own"])
    index = SearchIndex(tmp_path / "ix")
    hit = index.search("機械翻訳 窓口").hits[0]
    assert hit.record.id.startswith("ai_rpa-002-") and hit.record.source == "nagano-city.csv"
    sources = {v.value: v.count for v in index.facet_values("source")}
    assert sources == {"survey-r2.txt": 594, "nagano-city.csv": 2}
    assert index.search("", {"source": ["nagano-city.csv"]}).total == 2
    assert index.get("ai_rpa-001").name == parse_source(BUNDLED_SURVEY).records[0].name


def _ids(paths):
    return {r.id: (r.source, r.name) for res in parse_sources(paths) for r in res.records}


def test_survey_ids_do_not_change_when_other_sources_come_or_go(tmp_path):
    alone = _ids([BUNDLED_SURVEY])
    own = write_csv(tmp_path / "nagano-city.csv", CASES)
    with_own = _ids([BUNDLED_SURVEY, own])
    own_first = _ids([own, BUNDLED_SURVEY])
    assert "ai_rpa-001" in alone and len(alone) == 594
    assert {i: v for i, v in with_own.items() if v[0] == "survey-r2.txt"} == alone
    assert with_own == own_first


def test_case_file_ids_survive_a_rename_and_edits_of_other_rows(tmp_path):
    before = [r.id for r in parse_source(write_csv(tmp_path / "nagano-city.csv", CASES)).records]
    renamed = [r.id for r in parse_source(write_csv(tmp_path / "長野市の事例 2024.csv", CASES)).records]
    edited = [dict(CASES[0], description="別の説明", status="検討中"), CASES[1]]
    after_edit = [r.id for r in parse_source(write_csv(tmp_path / "edited.csv", edited)).records]
    assert before == renamed == after_edit and len(set(before)) == 2
    assert all(i not in _ids([BUNDLED_SURVEY]) for i in before)


def test_a_declared_id_column_is_used_and_checked(tmp_path):
    rows = [dict(CASES[0], id="nagano-001"), dict(CASES[1], id="nagano-002")]
    path = tmp_path / "own.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", *COLUMNS])
        writer.writeheader()
        writer.writerows(rows)
    assert [r.id for r in parse_source(path).records] == ["nagano-001", "nagano-002"]
    rows[1]["id"] = "bad id/with slash"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["id", *COLUMNS])
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(ParseError, match=r"line 3, field 'id'"):
        parse_source(path)


def test_the_same_case_id_from_two_sources_is_an_error(tmp_path):
    a = write_csv(tmp_path / "a.csv", CASES)
    b = write_csv(tmp_path / "b.csv", CASES)
    with pytest.raises(ParseErrors) as info:  # each of them, not the first alone (a re-check trial)
        parse_sources([a, b])
    assert [str(e) for e in info.value.errors] == [
        f"{b}, line {i + 2}, field 'id': case id {r.id!r} ({r.name}) is also given by {a}" + (
            "; give each case once (or an id column of your own; an export's ID column names the survey's cases: "
            "empty it to index the rows as your own)" if i == 0 else "")
        for i, r in enumerate(parse_source(a).records)]


def test_a_second_survey_in_one_build_is_told_apart_by_its_content(tmp_path):
    copy = tmp_path / "copy-of-survey.txt"
    copy.write_bytes(BUNDLED_SURVEY.read_bytes())
    first, second = parse_sources([BUNDLED_SURVEY, copy])
    assert first.records[0].id == "ai_rpa-001"
    assert second.records[0].id.endswith(".ai_rpa-001") and second.records[0].id != "ai_rpa-001"
    renamed = tmp_path / "renamed.txt"
    copy.rename(renamed)
    assert parse_sources([BUNDLED_SURVEY, renamed])[1].records[0].id == second.records[0].id


def test_links_saved_with_old_ids_resolve(tmp_path):
    from dxsearch.search.legacy_ids import legacy_ids

    own = write_csv(tmp_path / "nagano-city.csv", CASES)
    records = [r for res in parse_sources([BUNDLED_SURVEY, own]) for r in res.records]
    old = legacy_ids(records)
    assert old["survey-r2.ai_rpa-001"] == "ai_rpa-001"
    assert old["nagano-city.ai_rpa-002"] == next(r.id for r in records if r.name == "窓口の多言語対応")
    assert "ai_rpa-001" not in old  # a current id is never redirected


def test_saved_links_with_old_ids_redirect_to_the_case(tmp_path):
    from dxsearch.web.app import create_app

    own = write_csv(tmp_path / "nagano-city.csv", CASES)
    build([r for res in parse_sources([BUNDLED_SURVEY, own]) for r in res.records], tmp_path / "ix", ["s", "o"])
    index = SearchIndex(tmp_path / "ix")
    new_id = index.current_id("nagano-city.ai_rpa-002")
    assert new_id is not None and index.get(new_id).name == "窓口の多言語対応"
    client = create_app(index=index).test_client()
    for old, new in (("survey-r2.ai_rpa-001", "ai_rpa-001"), ("nagano-city.ai_rpa-002", new_id)):
        page = client.get(f"/cases/{old}")
        assert page.status_code == 301 and page.headers["Location"].endswith(f"/cases/{new}")
        api = client.get(f"/api/cases/{old}")
        assert api.status_code == 301 and api.headers["Location"].endswith(f"/api/cases/{new}")
        assert client.get(page.headers["Location"]).status_code == 200
        # the similar cases of an old id too, keeping the other parameters (a trial's 404)
        for path in ("/similar", "/api/similar"):
            moved = client.get(path, query_string=[("id", old), ("limit", "5")])
            assert moved.status_code == 301 and moved.headers["Location"].endswith(f"{path}?id={new}&limit=5")
    assert client.get("/similar?id=other-file.ai_rpa-001").status_code == 404
    assert client.get("/cases/other-file.ai_rpa-001").status_code == 404
    assert client.get("/api/cases/survey-r2.ai_rpa-999").status_code == 404


def test_a_line_break_typed_in_a_cell_stays_a_line_break(tmp_path):
    """An Excel cell's Alt+Enter is a line break a person typed (a new-user trial's
    「…スキャン\\r\\n2行目…」 came out as スキャン2行目). The survey's cells are wrapped by the PDF,
    so theirs are joined; one's own are kept, each line cleaned, blank lines left out, in the
    record, the CSV export and the case page."""
    rows = [dict(CASES[0], description="1. 紙の申請書をスキャン\r\n\r\n2. ＡＩ-ＯＣＲで読み取り、ＲＰＡで入力\n",
                 shared_use_reason="シナリオを提供可能\r\n(要相談)")]
    path = write_csv(tmp_path / "mine.csv", rows)
    record = parse_source(path).records[0]
    assert record.description == "1.紙の申請書をスキャン\n2. AI-OCRで読み取り、RPAで入力"
    assert record.shared_use_reason == "シナリオを提供可能\n(要相談)"
    assert record.name == "ふるさと納税受付のRPA化"
    build([record], tmp_path / "ix", [str(path)])
    index = SearchIndex(tmp_path / "ix")
    assert index.search("スキャン").total == 1 and index.search("読み取り RPA").total == 1
    from dxsearch.search.csvexport import iter_csv
    from dxsearch.web.app import create_app

    exported = list(csv.reader("".join(iter_csv(index.iter_hits("スキャン"))).lstrip("\ufeff").splitlines(True)))
    assert record.description in exported[1]
    page = create_app(tmp_path / "ix").test_client().get(f"/cases/{record.id}").get_data(as_text=True)
    assert "<dd>1.紙の申請書をスキャン\n2. AI-OCRで読み取り、RPAで入力</dd>" in page


def test_an_error_after_cells_with_line_breaks_names_the_row_excel_shows(tmp_path):
    """A cell's line breaks put a row on a later line of the file: a trial's error said line 5 of
    a row Excel shows as row 3. The row is said beside the line where the two differ."""
    rows = [dict(CASES[0], description="一行目\r\n二行目\r\n三行目"), dict(CASES[1], status="実証"),
            dict(CASES[1], name="", number="3")]
    path = write_csv(tmp_path / "mine.csv", rows)
    with pytest.raises(ParseErrors) as info:
        parse_source(path)
    assert [str(e).split(", field")[0] for e in info.value.errors] == [
        f"{path}, line 5 (row 3 in Excel)", f"{path}, line 6 (row 4 in Excel)"]
    plain = write_csv(tmp_path / "plain.csv", [CASES[0], dict(CASES[1], status="実証")])
    with pytest.raises(ParseError, match=r"plain\.csv, line 3, field 'status'"):  # no row where they agree
        parse_source(plain)


def test_an_export_edited_in_excel_reads_back_as_the_same_cases(index, tmp_path):
    """A trial: `dxsearch parse rpa.csv`, on the file `dxsearch export` wrote, gave 225 errors
    (missing section, number …): an export heads its columns in Japanese, names the table
    (① AI・RPA等による業務効率化) and guards formula-like cells with an apostrophe. Every case of
    the survey, exported, reads back with the same fields; the export's own columns (地方, 出典,
    技術の種類, URL) are passed over without a warning."""
    from dxsearch.search.csvexport import iter_csv

    path = tmp_path / "export.csv"
    path.write_text("".join(iter_csv(index.iter_hits(""), case_url=lambda i: f"http://127.0.0.1:8000/cases/{i}")),
                    encoding="utf-8", newline="")
    back = parse_source(path)
    assert back.warnings == []
    originals = {r.id: r for r in parse_source(BUNDLED_SURVEY).records}
    assert sorted(r.id for r in back.records) == sorted(originals)
    for record in back.records:
        original = originals[record.id]
        for name in ("section", "number", "field", "group", "name", "description", "status", "prefecture",
                     "region", "shared_use", "shared_use_reason", "category", "employment", "skill_area", "overview"):
            assert getattr(record, name) == getattr(original, name), (record.id, name)
    # a guarded cell is the value typed, not the apostrophe Excel hides
    guarded = tmp_path / "guarded.csv"
    guarded.write_text("番号,調査票,名称,内容,導入状況,都道府県\n"
                       "1,① AI・RPA等による業務効率化,'=集計の自動化,'-RPAで入力,導入(実施)済,長野県\n", encoding="utf-8")
    (record,) = parse_source(guarded).records
    assert record.section == "ai_rpa" and record.name == "=集計の自動化" and record.description == "-RPAで入力"
    # beside the survey, the export's ids are the survey's: said so, and how to add the rows as one's own
    with pytest.raises(ParseError, match="empty it to index the rows as your own"):
        parse_sources([BUNDLED_SURVEY, path])


def test_a_build_that_would_leave_out_a_source_of_the_index_is_refused(tmp_path):
    """An admin's trial: `dxsearch build office.csv` (without --with-survey) replaced the office's 599
    cases by 5, the server picking them up seconds later, with a note; `--with-survey new.csv` dropped
    an earlier case file without a word. Each is refused, naming what would be left out and the
    command that keeps it, the index unchanged; `--replace` builds from the files given alone."""
    from .cli_helpers import run_cli

    ix = tmp_path / "ix"
    survey_records = parse_source(BUNDLED_SURVEY).records
    build(survey_records[:30], ix, [str(BUNDLED_SURVEY)])
    own = write_csv(tmp_path / "own.csv", CASES)
    other = write_csv(tmp_path / "other.csv", [dict(CASES[0], number="7", name="議事録のAI作成")])

    left_out = run_cli("build", str(own), "--index", str(ix))
    assert left_out.returncode == 2 and "Traceback" not in left_out.stderr
    assert f"the index at {ix} was built from the bundled survey too, which this build would leave out; " \
           f"`dxsearch build --with-survey {own}` keeps them, `--replace` builds from the files given alone; " \
           "the index is unchanged" in left_out.stderr
    assert SearchIndex(ix).stats()["total"] == 30

    assert run_cli("build", "--with-survey", str(own), "--index", str(ix)).returncode == 0
    assert SearchIndex(ix).stats()["total"] == len(survey_records) + 2
    dropped = run_cli("build", "--with-survey", str(other), "--index", str(ix))
    assert dropped.returncode == 2 and f"was built from {own} too" in dropped.stderr
    assert f"`dxsearch build --with-survey {own} {other}` keeps them" in dropped.stderr
    assert SearchIndex(ix).stats()["total"] == len(survey_records) + 2

    replaced = run_cli("build", "--replace", str(other), "--index", str(ix))
    assert replaced.returncode == 0 and SearchIndex(ix).stats()["total"] == 1
    alone = run_cli("build", "--replace", "--index", str(ix))
    assert alone.returncode == 2 and "--replace builds from the SOURCE files given alone" in alone.stderr
