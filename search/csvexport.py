"""Hits as CSV that Excel opens correctly and that cannot smuggle in a formula, written as a
stream: the CLI's `dxsearch export` writes any number of hits without holding them, and the web's
/export.csv can serve the same bytes (UTF-8 with BOM, Japanese headers, CRLF).

Cells are for people: the table (調査票) by its Japanese name, 出典 as the survey is cited (a case
file by its own name), not the file's name. The web adds a last column (URL) with each case's
page (`case_url`).

It lives in the search layer so the CLI, scripts and the web share one writer without the CLI
importing Flask's package.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import TextIO
from urllib.parse import quote

from ..indexer.records import EXPORT_ONLY_HEADERS, FIELD_LABELS, FORMULA_STARTS, SURVEY_TABLES, CaseRecord
from ..indexer.sources import citation

from .limits import MAX_SIMILAR
from .results import Hit, HitStream, SearchResult, SimilarResult

COLUMNS: tuple[str, ...] = (
    "id", "section", "number", "field", "group", "name", "description", "status", "prefecture", "region",
    "shared_use", "shared_use_reason", "category", "employment", "skill_area", "overview", "source", "page")
HEADERS: dict[str, str] = FIELD_LABELS
# 技術の種類 beside 技術分野 (a talent's skills), not read as it; a similar-case list's rank and ◎
TECHNOLOGY_HEADER, URL_HEADER, RANK_HEADER, CLOSE_HEADER = EXPORT_ONLY_HEADERS
BOM = "\ufeff"
ROWS_PER_CHUNK = 500
FILE_NAME_WORDS = 40  # characters of the search in a download's file name (a longer one is cut at a clause)

Row = Hit | tuple[CaseRecord, list[str]]


def neutralise(value: object) -> str:
    """A cell Excel would read as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading apostrophe;
    a dash alone (the survey's "none", `-`) is no formula and is kept as it is."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and text.strip("-") != "":
        return "'" + text
    return text


def cells(data: Mapping[str, object]) -> dict[str, object]:
    """A record's fields as a person reads them in the CSV: the table's Japanese name, 出典 cited."""
    out = dict(data)
    out["section"] = SURVEY_TABLES.get(str(data["section"]), data["section"])
    page = data.get("page")
    out["source"] = citation(str(data.get("source") or ""), page if isinstance(page, int) else None)
    return out


def iter_csv(rows: Iterable[Row], rows_per_chunk: int = ROWS_PER_CHUNK,
             case_url: Callable[[str], str] | None = None, ranked: bool = False) -> Iterator[str]:
    """The CSV as text chunks: the BOM and header first, then `rows_per_chunk` rows at a time.
    A row is a `Hit` or a (record, technology tags) pair. With `case_url` (case id → absolute
    URL of its page) a column, URL, links each row to its case; with `ranked` (cases most similar
    first) two last columns say each one's place and ◎ (a trial's sheet of similar cases had lost
    both), after a search's columns, so the two still go in one sheet: also a pasted text's search
    ranked by similarity (`HitStream.ranked`; a trial's sheet of one had neither column)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([HEADERS[c] for c in COLUMNS] + [TECHNOLOGY_HEADER] + ([URL_HEADER] if case_url else [])
                    + ([RANK_HEADER, CLOSE_HEADER] if ranked else []))
    yield BOM + _take(buf)
    pending = 0
    for rank, row in enumerate(rows, 1):
        record, technology = (row.record, row.technology) if isinstance(row, Hit) else row
        data = cells(record.to_dict())
        close = "◎" if isinstance(row, Hit) and row.close else ""
        writer.writerow([neutralise(data[c]) for c in COLUMNS] + [neutralise("・".join(technology))]
                        + ([neutralise(case_url(record.id))] if case_url else [])
                        + ([str(rank), close] if ranked else []))
        pending += 1
        if pending >= rows_per_chunk:
            yield _take(buf)
            pending = 0
    if pending:
        yield _take(buf)


class PageOnlyWarning(UserWarning):
    """`write_csv` was given part of a search's cases, not all of them: one page of a
    `SearchResult`, or a `HitStream` already read from."""


def write_csv(rows: Iterable[Row] | SearchResult | SimilarResult, out: TextIO | str | os.PathLike[str]) -> int:
    """Write the CSV of `rows` (hits: `SearchIndex.iter_hits(…)`, a `SearchResult`'s page, or a
    `SimilarResult`: with its 似ている順 and ◎ columns, as `dxsearch similar -o` writes it) to a file
    path, or to a text stream opened with newline="" (with encoding="utf-8" the BOM is written
    here; a "utf-8-sig" stream writes its own, so not twice); returns the number of rows. Anything
    else is a TypeError before a file is opened (a trial's wrong argument left a header-only file).
    A `SearchResult` holding one page of more cases, a `SimilarResult` holding fewer than are similar
    enough, or a `HitStream` already read from, is written as it is, with a `PageOnlyWarning`."""
    ranked = isinstance(rows, SimilarResult) or (isinstance(rows, HitStream) and rows.ranked) or (
        isinstance(rows, SearchResult) and rows.mode == "description" and rows.sort == "relevance")
    source: Iterable[Row] = rows.hits if isinstance(rows, (SearchResult, SimilarResult)) else rows
    if isinstance(source, (str, bytes, Mapping)) or not isinstance(source, Iterable):
        raise TypeError(f"write_csv takes hits (SearchIndex.iter_hits(…)), a SearchResult or a SimilarResult, "
                        f"not {type(rows).__name__}")
    if isinstance(rows, SearchResult) and len(rows.hits) < rows.total:
        # a researcher's table of RPA cases held the first page's 20 of 225, and nothing said so
        warnings.warn(f"write_csv: this SearchResult holds {len(rows.hits)} of its {rows.total} cases (page "
                      f"{rows.page}); to write them all, pass SearchIndex.iter_hits() with the same query and "
                      f"filters", PageOnlyWarning, stacklevel=2)
    elif isinstance(rows, SimilarResult) and len(rows.hits) < rows.total:
        # a researcher's write_csv(index.similar(case_id=…)) wrote the 10 listed of 19 similar enough, silently,
        # where `dxsearch similar -o` writes all 19
        warnings.warn(f"write_csv: this SimilarResult holds {len(rows.hits)} of the {rows.total} cases similar "
                      f"enough (its limit); to write them all, ask SearchIndex.similar(…, limit={MAX_SIMILAR})",
                      PageOnlyWarning, stacklevel=2)
    elif isinstance(rows, HitStream) and rows.yielded:
        # a check's `next(it)` to look at the first hit, then write_csv(it): 224 rows of 225, silently
        warnings.warn(f"write_csv: this HitStream has already given {rows.yielded} of its {rows.total} cases; "
                      f"the {rows.total - rows.yielded} left are written (a new SearchIndex.iter_hits() has them "
                      f"all)", PageOnlyWarning, stacklevel=2)
    if isinstance(out, (str, os.PathLike)):
        with open(out, "w", encoding="utf-8", newline="") as stream:
            return _write_rows(source, ranked, stream)
    return _write_rows(source, ranked, out)


def _write_rows(source: Iterable[Row], ranked: bool, out: TextIO) -> int:
    count = 0
    own_bom = str(getattr(out, "encoding", "") or "").lower().replace("_", "-") == "utf-8-sig"

    def counted() -> Iterator[Row]:
        nonlocal count
        for row in source:
            count += 1
            yield row

    for i, chunk in enumerate(iter_csv(counted(), ranked=ranked)):
        out.write(chunk[len(BOM):] if i == 0 and own_bom else chunk)
    return count


def file_name(words: Iterable[str], day: date, prefix: str = "dxsearch", suffix: str = ".csv") -> tuple[str, str]:
    """A download's file name from the search's words and the day: (the name, an ASCII-only
    fallback for clients without RFC 6266 `filename*`), e.g. ("dxsearch_香川県_RPA_2026-11-29.csv",
    "dxsearch_RPA_2026-11-29.csv"). Characters no file system takes are dropped."""
    text = _shortened("_".join(w for w in (_file_safe(w) for w in words) if w), FILE_NAME_WORDS)
    stamp = day.isoformat()
    name = "_".join(p for p in (prefix, text, stamp) if p) + suffix
    # …of the words' ASCII letters and digits: not the - of 議事録_-三重県 (a trial's dxsearch_-_2026-12-04.csv),
    # nor a number without its Japanese (毎年4月… gave dxsearch_4_…; 5G, AI-OCR stay)
    ascii_text = "_".join(q for p in re.split(r"[^A-Za-z0-9.-]+", text)
                          if (q := p.strip(".-")) and re.search("[A-Za-z]", q))
    fallback = "_".join(p for p in (prefix, ascii_text, stamp) if p) + suffix
    return name, fallback


def content_disposition(name: str, fallback: str) -> str:
    """`attachment` with both file names (RFC 6266, RFC 5987): `filename*` for clients that
    read UTF-8, `filename` (ASCII) for the rest."""
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _shortened(text: str, limit: int) -> str:
    """At most `limit` characters and a …, cut after the last clause that fits (、 。 or a word's
    end) when one ends past a third of it: a pasted description's file name reads as its opening
    words, not as a word cut in two."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    end = max(head.rfind(mark) for mark in "、。_")
    if end >= limit // 3:
        head = head[:end]
    return head.rstrip("、。_") + "…"


def _file_safe(word: str) -> str:
    word = unicodedata.normalize("NFKC", word)
    word = "".join(ch for ch in word if ch.isprintable() and ch not in '\\/:*?"<>|%;,')
    return "_".join(word.split()).strip("._")


def _take(buf: io.StringIO) -> str:
    text = buf.getvalue()
    buf.seek(0)
    buf.truncate()
    return text
