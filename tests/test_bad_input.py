"""Bad input: a clear error naming the file and line or page, and never a partial output file."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from dxsearch.indexer.errors import ParseError
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source

from .cli_helpers import run_cli
from .pdfgen import render_fpdf, render_reportlab


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _survey_with_line(tmp_path: Path, lineno: int, edit) -> Path:
    lines = BUNDLED_SURVEY.read_text(encoding="utf-8").split("\n")
    lines[lineno - 1] = edit(lines[lineno - 1])
    return _write(tmp_path, "edited.txt", "\n".join(lines))


def _error(path: Path) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_source(path)
    return info.value


def test_empty_file(tmp_path):
    path = _write(tmp_path, "empty.txt", b"")
    assert "empty file" in str(_error(path)) and str(path) in str(_error(path))


def test_binary_garbage(tmp_path):
    path = _write(tmp_path, "garbage.bin", os.urandom(4096) + b"\x00")
    assert "binary" in str(_error(path))


def test_text_that_is_not_utf8(tmp_path):
    path = _write(tmp_path, "sjis.txt", "手続・事務の名称\n1 会議録\n".encode("shift_jis"))
    err = _error(path)
    assert "not UTF-8" in str(err) and "line 1" in str(err)


def test_text_that_is_not_the_survey(tmp_path):
    path = _write(tmp_path, "notes.txt", "議事録\n\n1 これは調査ではない\t何か\n")
    assert "does not look like the survey" in str(_error(path))


def test_row_missing_a_column_names_line_and_field(tmp_path):
    # line 23 is ai_rpa row 1; drop its description cell
    path = _survey_with_line(tmp_path, 23, lambda l: "\t".join(c for i, c in enumerate(l.split("\t")) if i != 1))
    err = _error(path)
    assert "line 23" in str(err) and "field 'description'" in str(err) and "row 1" in str(err)


def test_unknown_prefecture_names_line_and_field(tmp_path):
    path = _survey_with_line(tmp_path, 42, lambda l: l.replace("和歌山県", "和歌島県"))
    err = _error(path)
    assert "line 42" in str(err) and "field 'prefecture'" in str(err) and "和歌島県" in str(err)


def test_unknown_status_names_line_and_field(tmp_path):
    path = _survey_with_line(tmp_path, 49, lambda l: l.replace("③実証中", "③試行中"))
    err = _error(path)
    assert "line 49" in str(err) and "field 'status'" in str(err)


def test_a_status_under_another_number_is_refused(tmp_path):
    """⑥ numbers no status: a status is the survey's label under its own number (①導入(実施)済 …
    ⑤検討中), or a trial's ⑥導入(実施)済 went live with a status order of 6."""
    path = _survey_with_line(tmp_path, 49, lambda l: l.replace("③実証中", "⑥実証中"))
    err = str(_error(path))
    assert "line 49" in err and "field 'status'" in err and "実証中 is number 3 (③), not 6" in err


@pytest.mark.parametrize("status", ["⑨導入済かも", "導入中"])
def test_a_status_cell_of_an_unknown_value_is_said_to_be_one(tmp_path, status):
    """The cell is there with a value not allowed: it is quoted, not said missing (a trial read
    「no status cell」 for its ⑨導入済かも)."""
    path = _survey_with_line(tmp_path, 49, lambda l: l.replace("③実証中", status))
    err = str(_error(path))
    assert "line 49" in err and "field 'status'" in err and f"unknown status {status!r}" in err
    assert "no status cell" not in err


def test_a_row_whose_prefecture_cell_is_empty_says_so(tmp_path):
    """An empty last cell leaves the shared-use reason last: said as a prefecture cell to look at,
    not as a prefecture named クラウドサービスを利用."""
    path = _survey_with_line(tmp_path, 42, lambda l: l.replace("\t和歌山県", "\t"))
    err = str(_error(path))
    assert "line 42" in err and "field 'prefecture'" in err and "is the prefecture cell empty?" in err


def test_a_case_file_of_a_header_alone_is_refused(tmp_path):
    """A sheet emptied and saved leaves its header: indexed, it emptied a trial's index (exit 0)."""
    path = _write(tmp_path, "mine.csv", "section,number,name,description,status,prefecture,shared_use\r\n")
    err = str(_error(path))
    assert str(path) in err and "no cases" in err


def test_a_quote_never_closed_is_said_at_its_row(tmp_path):
    """A cell opened with a quote and never closed read the rest of the file as that cell: a trial
    was told `line 2, field 'status': missing status, prefecture`, with no word of the quote, and
    the rows after it were never checked."""
    path = _write(tmp_path, "mine.csv", 'section,number,name,status,prefecture\r\n'
                                        'ai_rpa,1,"テスト事例,導入(実施)済,三重県\r\n'
                                        'ai_rpa,2,次の事例,導入(実施)済,三重県\r\n')
    err = str(_error(path))
    assert "line 2" in err and "never closed" in err and "missing" not in err
    after = _write(tmp_path, "after.csv", 'section,number,name,status,prefecture\r\n'
                                          'ai_rpa,1,"テスト"事例,導入(実施)済,三重県\r\n')
    err = str(_error(after))
    assert "line 2" in err and 'written twice ("")' in err


def test_a_column_every_case_needs_missing_from_the_header_is_said_of_the_header(tmp_path):
    """Without status and prefecture columns, each row was said to miss them (a trial)."""
    path = _write(tmp_path, "mine.csv", "section,number,name\r\nai_rpa,1,事例\r\nai_rpa,2,事例二\r\n")
    err = str(_error(path))
    assert "line 1" in err and "the header has no column for status (導入状況), prefecture (都道府県)" in err
    assert "line 2" not in err and "line 3" not in err


def test_several_bad_rows_are_reported_together(tmp_path):
    lines = BUNDLED_SURVEY.read_text(encoding="utf-8").split("\n")
    lines[22] = lines[22].replace("北海道", "蝦夷")
    lines[41] = lines[41].replace("和歌山県", "紀伊")
    path = _write(tmp_path, "two.txt", "\n".join(lines))
    message = str(_error(path))
    assert "2 error(s)" in message and "line 23" in message and "line 42" in message


def test_a_file_cut_within_a_line_says_it_looks_cut_short(tmp_path):
    """An operator's copy cut in the middle of a line said only that row 301 had only a name, and
    one with errors and cut short needed a second pass to learn it was short: beside its errors,
    each table with fewer rows read than the contents page prints."""
    lines = BUNDLED_SURVEY.read_text(encoding="utf-8").split("\n")
    cut = next(i for i, line in enumerate(lines) if line.startswith("301 "))
    lines[22] = lines[22].replace("北海道", "蝦夷")  # and a bad row before the cut
    path = _write(tmp_path, "cut.txt", "\n".join(lines[:cut] + [lines[cut][:12]]))
    message = str(_error(path))
    assert "line 23" in message and f"line {cut + 1}" in message
    assert "table ai_rpa: the contents page prints 357 entries, 300 were read: the file looks cut short" in message
    assert "table organization: the contents page prints 72 entries, 0 were read" in message
    whole = _survey_with_line(tmp_path, 23, lambda line: line.replace("北海道", "蝦夷"))
    assert "cut short" not in str(_error(whole))  # a row at fault is read: no table is short for it


def test_a_line_of_junk_is_quoted_whole_and_a_row_by_its_number(tmp_path):
    """An operator's tab-separated junk line was quoted by its first cell alone ('foo'); and the
    rows' messages said No. 6 of one and row 7 of another."""
    lines = BUNDLED_SURVEY.read_text(encoding="utf-8").split("\n")
    row = next(i for i, line in enumerate(lines) if line.startswith("7 "))
    lines[row] = lines[row].split("\t")[0]  # a name alone
    path = _write(tmp_path, "junk.txt", "\n".join(lines[:30] + ["foo\tbar\tbaz"] + lines[30:]))
    message = str(_error(path))
    assert "unrecognised line (expected a numbered row of table ai_rpa): 'foo\\tbar\\tbaz'" in message
    assert f"line {row + 1}, field 'description': only a name (No. 7)" in message


def test_a_file_cut_within_a_character_says_it_looks_cut_short(tmp_path):
    """A download that stopped inside a three-byte character said only `not UTF-8 text (invalid
    byte at offset …)` (a check)."""
    data = BUNDLED_SURVEY.read_bytes()
    cut = data.index("三重県".encode("utf-8"), len(data) // 2) + 1  # inside 三
    message = str(_error(_write(tmp_path, "cut.txt", data[:cut])))
    assert "the file ends in the middle of a character: it looks cut short" in message
    assert "line " in message
    flipped = data[:cut] + b"\xff" + data[cut + 1:]  # a bad byte inside the file stays a bad byte
    assert "not UTF-8 text (invalid byte at offset" in str(_error(_write(tmp_path, "bad.txt", flipped)))


def test_missing_file_and_directory(tmp_path):
    assert "no such file" in str(_error(tmp_path / "nope.pdf"))
    assert "directory" in str(_error(tmp_path))


@pytest.fixture(scope="module")
def small_pdf(survey, tmp_path_factory) -> Path:
    return render_fpdf(survey.records[:30], tmp_path_factory.mktemp("pdf") / "small.pdf")


def test_truncated_pdf(tmp_path, small_pdf):
    data = small_pdf.read_bytes()
    path = _write(tmp_path, "truncated.pdf", data[: len(data) // 2])
    assert "truncated" in str(_error(path))


def test_damaged_pdf_with_an_end_marker(tmp_path, small_pdf):
    data = bytearray(small_pdf.read_bytes())
    data[200:-200] = os.urandom(len(data) - 400)
    path = _write(tmp_path, "damaged.pdf", bytes(data))
    err = _error(path)
    assert str(path) in str(err)


def test_encrypted_pdf(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="secret")
    pdf.set_encryption(owner_password="owner", user_password="user")
    path = tmp_path / "encrypted.pdf"
    pdf.output(str(path))
    assert "encrypted" in str(_error(path))


def test_pdf_that_is_not_the_survey(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Quarterly report")
    pdf.rect(20, 30, 100, 40)
    path = tmp_path / "report.pdf"
    pdf.output(str(path))
    assert "does not look like the survey" in str(_error(path))


def test_pdf_row_with_unknown_prefecture_names_the_page(tmp_path, survey):
    records = [dataclasses.replace(r) for r in survey.records[:40]]
    records[35].prefecture = "大江戸県"
    path = render_reportlab(records, tmp_path / "bad-pref.pdf")
    err = _error(path)
    assert "page " in str(err) and "field 'prefecture'" in str(err) and "大江戸県" in str(err)


def test_cli_error_leaves_no_output_and_keeps_an_existing_file(tmp_path):
    out = tmp_path / "cases.jsonl"
    out.write_text("previous content\n", encoding="utf-8")
    bad = _write(tmp_path, "bad.txt", b"")
    result = run_cli("parse", str(bad), "-o", str(out))
    assert result.returncode == 2
    assert "empty file" in result.stderr and str(bad) in result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "previous content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "cases.jsonl"]


def test_cli_strict_fails_on_the_surveys_own_warnings_and_writes_nothing(tmp_path):
    out = tmp_path / "cases.jsonl"
    result = run_cli("parse", str(BUNDLED_SURVEY), "-o", str(out), "--strict")
    assert result.returncode == 3
    assert "「総務分野」 prints 25, 26 rows parsed" in result.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == []
