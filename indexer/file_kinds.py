"""What a source that is neither the survey nor a case file probably is, said as advice.

Files come from Excel: a workbook renamed .csv, a sheet saved as Unicode テキスト (UTF-16) or a case
file named .txt were refused with the bytes at fault (an admin's trial: `byte 0x87 at offset 12`),
which says nothing of what to do. Each kind is recognised by its first bytes or first line only.
"""

from __future__ import annotations

SAVE_AS_CSV = "save it from Excel as 「CSV UTF-8 (コンマ区切り)」 (名前を付けて保存 → ファイルの種類)"

# first bytes → what the file is
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "an Excel workbook (.xlsx) or another zipped document, not text"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Excel workbook (.xls) or another Office document, not text"),
    (b"\xff\xfe", "UTF-16 text (what Excel saves as 「Unicode テキスト」), not UTF-8"),
    (b"\xfe\xff", "UTF-16 text (big-endian), not UTF-8"),
)
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def other_format(data: bytes) -> str | None:
    """What `data` is when its first bytes say it is not UTF-8 or Shift_JIS text, with the advice
    that fixes it; None for anything else."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"{kind}; {SAVE_AS_CSV}"
    return None


def excel_file_advice(suffix: str) -> str | None:
    """Advice for a source named as a spreadsheet (book.xlsx): dxsearch reads CSV, not workbooks."""
    if suffix.lower() in EXCEL_SUFFIXES:
        return f"a spreadsheet file ({suffix}), which dxsearch does not read; {SAVE_AS_CSV} and give that .csv file"
    return None


def looks_like_case_header(first_line: str, columns: frozenset[str] | set[str]) -> bool:
    """Whether a text's first line heads case columns, comma-separated (番号,名称,導入状況… or
    number,name,status…): a case file named otherwise than .csv or .jsonl. Not tabs: a survey
    extraction's own header row (手続・事務の名称 内容 導入状況 … 都道府県) is tab-separated."""
    cells = {c.strip().strip('"').lstrip("\ufeff") for c in first_line.split(",")}
    return len(cells & columns) >= 3
