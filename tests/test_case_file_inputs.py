"""Case files as they come from Excel and scripts: every malformed file ends in a message naming
file, line and field (never a traceback), and what is clear is read."""

from __future__ import annotations

import json

import pytest

from dxsearch import SearchIndex, build
from dxsearch.indexer.cleaning import clean_cell
from dxsearch.indexer.errors import ParseError
from dxsearch.indexer.sources import parse_source

from .cli_helpers import run_cli

HEADER = "section,number,name,description,status,prefecture,shared_use"
ROW = "ai_rpa,{n},窓口の翻訳,タブレットで機械翻訳,実証中,長野県,その他"


def _csv(tmp_path, text: str, name: str = "own.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _jsonl(tmp_path, *objects, raw_lines=()):
    path = tmp_path / "own.jsonl"
    lines = [json.dumps(o, ensure_ascii=False) for o in objects] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


CASE = dict(section="ai_rpa", number=1, name="窓口の翻訳", description="機械翻訳", status="実証中",
            prefecture="長野県", shared_use="その他")


def test_cr_only_line_ends_and_a_bare_cr_in_a_cell_are_read(tmp_path):
    text = "\r".join([HEADER, ROW.format(n=1), 'ai_rpa,2,"改行\rのある名称",説明,実証中,長野県,その他']) + "\r"
    records = parse_source(_csv(tmp_path, text)).records
    assert [r.number for r in records] == [1, 2]
    assert records[1].name == "改行のある名称"


def test_shift_jis_from_excel_is_read_with_a_warning(tmp_path):
    path = _csv(tmp_path, "\r\n".join([HEADER, ROW.format(n=1)]) + "\r\n", encoding="cp932")
    result = parse_source(path)
    assert result.records[0].name == "窓口の翻訳" and result.records[0].prefecture == "長野県"
    assert any("Shift_JIS" in str(w) for w in result.warnings)


def test_bytes_that_are_neither_utf8_nor_shift_jis_name_the_line(tmp_path):
    path = tmp_path / "own.csv"
    path.write_bytes((HEADER + "\n" + ROW.format(n=1) + "\n").encode() + b"ai_rpa,2,\xff\xfe\xfd\n")
    with pytest.raises(ParseError, match=r"own\.csv, line 3: neither UTF-8 nor Shift_JIS.*CSV UTF-8"):
        parse_source(path)


def test_what_excel_saves_otherwise_is_read_or_named_with_what_to_do(tmp_path):
    """An admin's trial: a workbook renamed .csv was refused by `byte 0x87 at offset 12`, a sheet saved
    as Unicode テキスト by `byte 0xff at offset 0`, a tab-separated file by a header 'with no column'
    for columns it had, a case file named .txt as not looking like the survey. What is clear is now
    read (UTF-16 with its mark, tabs), the rest named with how to save it."""
    import zipfile

    rows = [HEADER, ROW.format(n=1), ROW.format(n=2)]
    tabbed = "\r\n".join(r.replace(",", "\t") for r in rows) + "\r\n"
    unicode_text = parse_source(_csv(tmp_path, tabbed, "unicode.csv", encoding="utf-16"))  # Excel's, with its BOM
    tabs = parse_source(_csv(tmp_path, tabbed, "tabs.csv"))
    for result in (unicode_text, tabs):
        assert [r.name for r in result.records] == ["窓口の翻訳"] * 2 and result.records[0].prefecture == "長野県"
        assert any("tab-separated" in str(w) for w in result.warnings)
    assert any("UTF-16" in str(w) for w in unicode_text.warnings)

    book = tmp_path / "book.xlsx"
    with zipfile.ZipFile(book, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    renamed = tmp_path / "renamed.csv"
    renamed.write_bytes(book.read_bytes())
    old = tmp_path / "old.csv"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))
    txt = _csv(tmp_path, "\n".join(rows) + "\n", "cases.txt")
    for path, said in ((book, r"book\.xlsx: a spreadsheet file \(\.xlsx\), which dxsearch does not read; save it from "
                              r"Excel as 「CSV UTF-8 \(コンマ区切り\)」"),
                       (renamed, r"renamed\.csv: not a CSV or JSON Lines file: an Excel workbook \(\.xlsx\).*CSV UTF-8"),
                       (old, r"old\.csv: not a CSV or JSON Lines file: an old Excel workbook \(\.xls\).*CSV UTF-8"),
                       (txt, r"cases\.txt, line 1: a case file named \.txt\? its first line heads case "
                             r"columns; name it cases\.csv")):
        with pytest.raises(ParseError, match=said):
            parse_source(path)
    done = run_cli("build", str(renamed), "--index", str(tmp_path / "ix"))
    assert done.returncode == 2 and "renamed.csv: not a CSV or JSON Lines file" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_huge_csv_cell_is_an_error_with_its_line(tmp_path):
    text = "\n".join([HEADER, ROW.format(n=1), f'ai_rpa,2,名称,"{"あ" * 140_000}",実証中,長野県,その他']) + "\n"
    with pytest.raises(ParseError, match=r"line 3: cannot read this row: a cell is longer than"):
        parse_source(_csv(tmp_path, text))


@pytest.mark.parametrize("number", ["-4", "1_000", "0", "12345678901234567890", "1.5", "二"])
def test_numbers_must_be_plain_positive_whole_numbers(tmp_path, number):
    path = _csv(tmp_path, "\n".join([HEADER, ROW.format(n=number)]) + "\n")
    with pytest.raises(ParseError, match=r"line 2, field 'number': number .* must be a whole number"):
        parse_source(path)


def test_full_width_digits_are_a_plain_number(tmp_path):
    assert parse_source(_csv(tmp_path, "\n".join([HEADER, ROW.format(n="１２")]) + "\n")).records[0].number == 12


def test_extra_csv_columns_are_a_warning(tmp_path):
    text = "\n".join([HEADER + ",担当者", ROW.format(n=1) + ",山田", ROW.format(n=2) + ",田中,余分"]) + "\n"
    result = parse_source(_csv(tmp_path, text))
    assert len(result.records) == 2
    messages = [str(w) for w in result.warnings]
    assert any("担当者" in m and "ignored" in m for m in messages)
    assert any("line 3" in m and "beyond the header" in m for m in messages)


def test_deeply_nested_json_is_an_error_not_a_crash(tmp_path):
    path = _jsonl(tmp_path, CASE, raw_lines=["[" * 100_000 + "]" * 100_000])
    with pytest.raises(ParseError, match=r"line 2: .*nested too deeply"):
        parse_source(path)


def test_a_lone_surrogate_names_line_and_field(tmp_path):
    path = _jsonl(tmp_path, CASE, raw_lines=['{"section": "ai_rpa", "number": 2, "name": "\\ud800", '
                                             '"status": "実証中", "prefecture": "長野県", "shared_use": "その他"}'])
    with pytest.raises(ParseError, match=r"line 2, field 'name': .*surrogate"):
        parse_source(path)


@pytest.mark.parametrize("value, kind", [(["a", "b"], "a list"), ({"ja": "名称"}, "an object"), (True, "true/false"),
                                         (3.5, "a float")])
def test_wrong_json_types_are_errors(tmp_path, value, kind):
    path = _jsonl(tmp_path, dict(CASE, name=value))
    with pytest.raises(ParseError, match=rf"line 1, field 'name': must be text, not {kind}"):
        parse_source(path)


def test_unknown_json_keys_are_a_warning_and_parse_output_reads_back(tmp_path):
    result = parse_source(_jsonl(tmp_path, dict(CASE, memo="社内メモ", status_order=3, region="中部")))
    assert result.records[0].region == "中部"
    assert [str(w) for w in result.warnings] == [f"{tmp_path / 'own.jsonl'}, line 1: key(s) 'memo' are not "
                                                 f"case fields and were ignored"]


def test_text_between_angle_brackets_that_is_not_markup_is_kept():
    assert clean_cell("A<B and C>D") == "A<B and C>D"
    assert clean_cell("AI<OCR>") == "AI<OCR>"
    assert clean_cell('<ul style="list-style-type: none"><li>申請</li><li>審査</li></ul>') == "・申請 ・審査"
    assert clean_cell("<b>太字</b>の説明") == "太字の説明"


def test_entities_are_decoded_once():
    assert clean_cell("&lt;script&gt;") == "<script>"
    assert clean_cell("&amp;lt;") == "&lt;"


def test_control_and_bidi_characters_are_removed_from_display_text(tmp_path):
    assert clean_cell("申請\u202e書\x00の受付\u200b") == "申請書の受付"
    path = _jsonl(tmp_path, dict(CASE, name="窓口\u202eの\u2066翻訳\x07"))
    assert parse_source(path).records[0].name == "窓口の翻訳"


def test_a_bad_case_file_leaves_the_index_as_it_was(tmp_path, survey):
    index_dir = tmp_path / "ix"
    build(survey.records[:30], index_dir, ["test"])
    bad = _jsonl(tmp_path, CASE, raw_lines=["[" * 100_000 + "]" * 100_000])
    result = run_cli("build", "--index", str(index_dir), str(bad))
    assert result.returncode == 2
    assert f"{bad}, line 2" in result.stderr and "Traceback" not in result.stderr
    assert SearchIndex(index_dir).stats()["total"] == 30


def test_parse_output_gets_the_users_permissions(tmp_path, survey):
    from dxsearch.indexer.output import write_jsonl

    out = tmp_path / "cases.jsonl"
    write_jsonl(survey.records[:3], out)
    assert out.stat().st_mode & 0o777 == 0o666 & ~_current_umask()


def _current_umask() -> int:
    import os

    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_a_full_disk_names_the_file_and_the_reason_and_keeps_the_old_file(tmp_path, survey, monkeypatch):
    import errno
    import os

    from dxsearch.indexer import output

    out = tmp_path / "cases.jsonl"
    out.write_text("previous\n", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fsync", full)
    with pytest.raises(OSError, match="No space left on device") as info:
        output.write_jsonl(survey.records[:3], out)
    assert info.value.filename == str(out)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["cases.jsonl"]


@pytest.mark.parametrize("column, value, hint", [("prefecture", "長野", "did you mean 長野県?"),
                                                 ("status", "導入済", "did you mean 導入(実施)済?"),
                                                 ("prefecture", "大江戸県", ""),
                                                 # the name with another of 都道府県 (an admin's trial: no hint)
                                                 ("prefecture", "東京県", "did you mean 東京都?"),
                                                 ("prefecture", "大阪県", "did you mean 大阪府?")])
def test_a_near_miss_value_gets_a_hint(tmp_path, column, value, hint):
    row = dict(zip(HEADER.split(","), ROW.format(n=1).split(",")), **{column: value})
    path = _csv(tmp_path, HEADER + "\n" + ",".join(row.values()) + "\n")
    with pytest.raises(ParseError, match=rf"line 2, field '{column}'") as info:
        parse_source(path)
    assert (hint in str(info.value)) if hint else ("did you mean" not in str(info.value))
