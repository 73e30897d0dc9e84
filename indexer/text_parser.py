"""Parser for the survey's text extraction: tab-separated cells, one table row per line, with the
PDF's page furniture (table titles and header rows repeated on every page).

The cells do not line up with the header: the printed number is sometimes its own cell and
sometimes glued to the name, a shared-use choice and its reason may share a cell, and in table ②
the reason and the prefecture sometimes do. So a row is read by what its cells hold: the
prefecture is the last cell, the status is the cell that is one of the survey's status choices,
and the columns between them follow the table's order.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import prefectures
from .builder import SurveyBuilder, did_you_mean, split_shared_use
from .parse_result import ParseResult
from .cleaning import clean_cell, label_number
from .errors import Location, ParseError
from .file_kinds import looks_like_case_header, other_format
from .layout import SECTION_FIELDS, read_header, read_heading, read_toc_line, split_number
from .records import SHARED_USE, STATUSES

_CIRCLED = re.compile(r"^[\u2460-\u2473]")
_PAGE_NUMBER = re.compile(r"^[-‐－―\s]*\d{1,4}[-‐－―\s]*$")


def read_text_file(path: Path) -> str:
    """Read a survey text file, refusing what is clearly not text."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ParseError(str(path), f"cannot read: {e.strerror or e}") from e
    if not data.strip():
        raise ParseError(str(path), "empty file")
    advice = other_format(data)
    if advice:
        raise ParseError(str(path), f"not a text extraction of the survey: {advice}")
    if b"\x00" in data[:65536]:
        raise ParseError(str(path), "binary data (NUL bytes), not a text extraction of the survey")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        if e.reason == "unexpected end of data":  # a character cut by the file's end: a copy cut short
            raise ParseError(Location(str(path), line=line), "the file ends in the middle of a character: "
                             "it looks cut short (a download or copy that stopped?)") from e
        raise ParseError(Location(str(path), line=line),
                         f"not UTF-8 text (invalid byte at offset {e.start})") from e


def parse_text(text: str, source: str, id_prefix: str = "", record_source: str | None = None) -> ParseResult:
    """Parse a text extraction; `source` names it in errors, `record_source` in the records.

    The extraction has no page breaks, but every page of a table repeats its header row: the
    n-th header row is on page n of the survey's own numbering when the contents list (目次) says
    so of each table's first page (① 1, ② 29, ③-1 40, ③-2 45 in the bundled survey). Records then
    carry their page, and errors name it; where the two disagree, or there is no contents list,
    no page is given rather than a wrong one."""
    builder = SurveyBuilder(source, id_prefix, record_source)
    in_tables = False
    headers = 0  # header rows so far: the page, where the contents list agrees
    paged = True
    for lineno, line in enumerate(text.splitlines(), start=1):
        cells = [c.strip() for c in line.split("\t")]
        while cells and not cells[-1]:
            cells.pop()
        while cells and not cells[0]:
            cells.pop(0)
        if not cells:
            continue

        header = read_header(cells)
        if header is not None:
            headers += 1
            if header.section != builder.section:
                listed = builder.toc.get(header.section)
                paged = paged and listed is not None and listed.page == headers
            builder.table(header.section)
            in_tables = True
            continue
        where = Location(source, line=lineno, page=headers if in_tables and paged else None)
        if not in_tables:
            toc = read_toc_line(line)
            if toc is not None:
                builder.toc_entry(toc)
            continue  # cover page and contents before the first table

        if len(cells) == 1:
            heading = read_heading(cells[0])
            if heading is not None:
                builder.heading(heading, where)
                continue
            if _CIRCLED.match(cells[0]) or _PAGE_NUMBER.match(cells[0]):
                continue  # a table title or a page number printed on every page

        _read_row(builder, cells, where)
    if not paged:  # the header rows do not count the contents list's pages: none is known
        for record in builder.records:
            record.page = None
    return builder.finish()


def _read_row(builder: SurveyBuilder, cells: list[str], where: Location) -> None:
    section = builder.section
    assert section is not None
    expected = builder.expected_number()
    if cells[0].isascii() and cells[0].isdigit() and len(cells) > 1:
        number, name, rest = int(cells[0]), cells[1], cells[2:]
    else:
        split = split_number(cells[0], expected)
        if split is None:
            line = "\t".join(cells)  # the line as written, not its first cell alone (an operator's 'foo')
            builder.error(where, f"unrecognised line (expected a numbered row of table {section}): "
                                 f"{line[:60]!r}{'…' if len(line) > 60 else ''}")
            return
        number, name = split
        rest = cells[1:]
    if not rest:
        builder.error(where, f"only a name (No. {number}): no description or other cells after it", "description")
        return

    columns = SECTION_FIELDS[section]
    if prefectures.lookup(rest[-1]) is None:
        merged = prefectures.split_trailing_prefecture(rest[-1])
        if merged is not None:
            rest = rest[:-1] + [merged[0], merged[1].name]
    pref = rest[-1]

    between = columns[1:columns.index("status")]
    status_at = next((i for i, c in enumerate(rest[:-1]) if label_number(c)[1] in STATUSES), None)
    if status_at is None:
        # the cell where the status stands, unless it is the next column's (the status left out)
        there = rest[len(between)] if len(rest) > len(between) + 1 else None
        if there is not None and "shared_use" in columns and split_shared_use(there, SHARED_USE[section]) is None:
            builder.error(where, f"unknown status {there[:30]!r} (No. {number})"
                                 f"{did_you_mean(label_number(clean_cell(there))[1], STATUSES)}; "
                                 f"expected one of {', '.join(STATUSES)}", "status")
        else:
            builder.error(where, f"no status cell (No. {number}): expected one of {', '.join(STATUSES)}", "status")
        return
    if prefectures.lookup(pref) is None and not did_you_mean(clean_cell(pref), tuple(prefectures.BY_NAME), fuzzy=False) \
            and len(clean_cell(pref)) > 4:
        # an empty last cell leaves the one before it last (a shared-use reason, a description)
        builder.error(where, f"no prefecture (No. {number}): the row's last cell, {pref[:30]!r}, is not a prefecture; "
                             f"is the prefecture cell empty?", "prefecture")
        return
    middle = rest[:status_at]
    if len(middle) != len(between):
        builder.error(where, f"row {number}: expected {len(between)} cell(s) ({', '.join(between)}) "
                             f"between name and status, found {len(middle)}", between[-1] if between else None)
        return
    raw: dict[str, str | None] = {"name": name, "status": rest[status_at], "prefecture": pref}
    raw.update(zip(between, middle))

    after = rest[status_at + 1:-1]
    if "shared_use" in columns:
        if not after:
            builder.error(where, f"row {number}: the shared-use cell is missing", "shared_use")
            return
        if len(after) > 2:
            builder.error(where, f"row {number}: {len(after)} cells between status and prefecture, "
                                 f"expected shared use and its reason", "shared_use_reason")
            return
        raw["shared_use"] = after[0]
        raw["shared_use_reason"] = after[1] if len(after) > 1 else ""
    elif after:
        builder.error(where, f"row {number}: unexpected cell(s) between status and prefecture: "
                             f"{after[0][:30]!r}", "prefecture")
        return
    builder.row(number, raw, where)


def parse_text_file(path: Path, id_prefix: str = "") -> ParseResult:
    text = read_text_file(path)
    from .casefile import FIELD_OF_LABEL, KNOWN
    if looks_like_case_header(text.split("\n", 1)[0], KNOWN | set(FIELD_OF_LABEL)):
        # a case file named .txt was told it did not look like the survey (an admin's trial)
        raise ParseError(Location(str(path), line=1), f"a case file named {path.suffix or 'without .csv'}? its first "
                         f"line heads case columns; name it {path.stem}.csv (or .jsonl for JSON Lines) to index its "
                         f"cases (a name other than .csv, .jsonl or .pdf is read as a text extraction of the survey)")
    return parse_text(text, str(path), id_prefix, record_source=path.name)
