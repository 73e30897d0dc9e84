"""Hits as CSV that Excel opens correctly and that cannot smuggle in a formula, written as a
stream: the CLI's `dxsearch export` writes any number of hits without holding them, and the web's
/export.csv can serve the same bytes (UTF-8 with BOM, Japanese headers, CRLF).

It lives in the search layer so the CLI, scripts and the web share one writer without the CLI
importing Flask's package.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TextIO

from ..indexer.records import FIELD_LABELS, CaseRecord

from .results import Hit

COLUMNS: tuple[str, ...] = (
    "id", "section", "number", "field", "group", "name", "description", "status", "prefecture", "region",
    "shared_use", "shared_use_reason", "category", "employment", "skill_area", "overview", "source", "page")
HEADERS: dict[str, str] = FIELD_LABELS
TECHNOLOGY_HEADER = "技術"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
ROWS_PER_CHUNK = 500

Row = Hit | tuple[CaseRecord, list[str]]


def neutralise(value: object) -> str:
    """A cell Excel would read as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def iter_csv(rows: Iterable[Row], rows_per_chunk: int = ROWS_PER_CHUNK) -> Iterator[str]:
    """The CSV as text chunks: the BOM and header first, then `rows_per_chunk` rows at a time.
    A row is a `Hit` or a (record, technology tags) pair."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([HEADERS[c] for c in COLUMNS] + [TECHNOLOGY_HEADER])
    yield BOM + _take(buf)
    pending = 0
    for row in rows:
        record, technology = (row.record, row.technology) if isinstance(row, Hit) else row
        data = record.to_dict()
        writer.writerow([neutralise(data[c]) for c in COLUMNS] + [neutralise("・".join(technology))])
        pending += 1
        if pending >= rows_per_chunk:
            yield _take(buf)
            pending = 0
    if pending:
        yield _take(buf)


def write_csv(rows: Iterable[Row], out: TextIO) -> int:
    """Write the CSV to a text stream opened with encoding="utf-8" and newline="" (the BOM is
    written here); returns the number of rows."""
    count = 0

    def counted() -> Iterator[Row]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    for chunk in iter_csv(counted()):
        out.write(chunk)
    return count


def _take(buf: io.StringIO) -> str:
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text
