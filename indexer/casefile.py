"""A municipality's own cases as JSON Lines (the `dxsearch parse` format) or CSV with the same
columns, validated exactly like survey rows. A CSV may also head its columns in Japanese as an
export writes them (番号, 名称, 導入状況 …; 調査票 by the table's name): an export edited in Excel
reads back.

Files come from Excel and from scripts, so reading is forgiving where the meaning is clear
(Shift_JIS from Japanese Excel, CR-only line ends, extra columns: a warning) and strict where it is
not (a number written `1_000` or `-4`, a list where text belongs): every problem names the file,
the line and the field.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

from .builder import make_record
from .errors import Location, ParseError, ParseErrors
from .file_kinds import other_format
from .parse_result import ParseResult, ParseWarning
from .records import (DECLARED_ID, EXPORT_ONLY_HEADERS, FIELD_LABELS, FORMULA_STARTS, SECTIONS, SURVEY_TABLES,
                      CaseRecord, case_file_id)

REQUIRED = ("section", "number", "name", "status", "prefecture")
INPUT = frozenset((*REQUIRED, "id", "description", "field", "group", "shared_use", "shared_use_reason",
                   "category", "employment", "skill_area", "overview"))
# every record field may appear (a `dxsearch parse` file reads back); derived ones are recomputed
KNOWN = frozenset(f.name for f in fields(CaseRecord))
# a column headed in Japanese (an export's header: 番号, 名称 …) is its field
FIELD_OF_LABEL = {label: name for name, label in FIELD_LABELS.items()}
SECTION_OF_LABEL = {label: name for name, label in SURVEY_TABLES.items()}
MAX_NUMBER = 99_999
MAX_LINE_CHARS = 1_000_000  # a CSV field or JSON line longer than this is not a case


def is_case_file(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson", ".csv")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(path: Path, data: bytes) -> tuple[str, list[ParseWarning]]:
    """UTF-8 (with or without BOM), else Shift_JIS/CP932 — what Japanese Excel saves as "CSV" — or
    UTF-16 with its byte-order mark (Excel's Unicode テキスト)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's 「Unicode テキスト」: UTF-16 with its mark, tab-separated
        try:
            return data.decode("utf-16"), [ParseWarning(str(path), "read as UTF-16 (Excel's Unicode テキスト), not UTF-8")]
        except UnicodeDecodeError:
            pass  # …said below, as the file it then is not
    advice = other_format(data)
    if advice:  # a workbook renamed .csv: said so, not by its bytes (an admin's trial: byte 0x87 at offset 12)
        raise ParseError(str(path), f"not a CSV or JSON Lines file: {advice}")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as utf8:
        try:
            text = data.decode("cp932")
        except UnicodeDecodeError:
            line = _line_of(data, utf8.start)
            raise ParseError(Location(str(path), line=line),
                             f"neither UTF-8 nor Shift_JIS text (byte 0x{data[utf8.start]:02x} at offset "
                             f"{utf8.start}); save the file as 'CSV UTF-8' or UTF-8 text") from None
        return text, [ParseWarning(str(path), "read as Shift_JIS (CP932), not UTF-8")]


def _csv_rows(path: Path, text: str, warnings: list[ParseWarning]) -> Iterator[tuple[Location, dict | ParseError]]:
    # newline="": the csv module sees CR, LF and CRLF line ends and keeps line breaks inside quotes
    # strict: a quote never closed is an error at its row, not the rest of the file read as one cell
    # …tab-separated where the header has tabs and no comma: Excel's 「テキスト (タブ区切り)」 (an admin's
    # trial was told the header had no column for section, number …, each there)
    first = text.split("\n", 1)[0]
    tabs = "\t" in first and "," not in first
    if tabs:
        warnings.append(ParseWarning(str(path), "read as tab-separated (the header has tabs and no comma)"))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True, delimiter="\t" if tabs else ",")
    try:
        header = [FIELD_OF_LABEL.get(h.strip(), h.strip()) for h in next(reader)]
    except StopIteration:
        return
    except csv.Error as e:
        yield Location(str(path), line=1), ParseError(Location(str(path), line=1),
                                                      f"not a CSV header row: {_csv_problem(str(e))}")
        return
    # a column every case needs, absent, is the header's fault, not every row's (a trial was told
    # `line 2, field 'status': missing status, prefecture`)
    absent = [k for k in REQUIRED if k not in header]
    if absent:
        where = Location(str(path), line=1)
        labels = ", ".join(f"{k} ({FIELD_LABELS[k]})" if k in FIELD_LABELS else k for k in absent)
        yield where, ParseError(where, f"the header has no column for {labels}; every case needs "
                                       f"{', '.join(REQUIRED)}", absent[0])
        return
    unknown = [h for h in header if h and h not in KNOWN and h not in EXPORT_ONLY_HEADERS]
    if unknown:
        warnings.append(ParseWarning(str(path), f"column(s) {', '.join(unknown)} are not case fields "
                                                f"and were ignored"))
    line, row = reader.line_num + 1, 1
    while True:
        row += 1  # every record, a blank one too, is a row of the sheet
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            message = _csv_problem(str(e))
            where = Location(str(path), line=line, row=row)
            yield where, ParseError(where, f"cannot read this row: {message}")
            return
        where, line = Location(str(path), line=line, row=row), reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            warnings.append(ParseWarning(where, f"{len(cells) - len(header)} cell(s) beyond the header were ignored"))
        yield where, {h: _exported(c) for h, c in zip(header, cells) if h in INPUT}


def _csv_problem(message: str) -> str:
    """The csv module's complaint in the words of a sheet's cells."""
    if "field larger than field limit" in message:
        return f"a cell is longer than {csv.field_size_limit():,} characters"
    if "unexpected end of data" in message:
        return ('a quote (") that opens a cell in this row is never closed: the rest of the file would be '
                'one cell; close the quote, or remove it')
    if "expected after" in message:
        return ('a cell goes on after its closing quote ("): a quote inside a quoted cell is written twice ("")')
    return message


def _exported(cell: str) -> str:
    """A cell as it was before an export kept Excel from reading it as a formula ('=…, '-…)."""
    return cell[1:] if cell[:1] == "'" and cell[1:].startswith(FORMULA_STARTS) else cell


def _jsonl_rows(path: Path, text: str, warnings: list[ParseWarning]) -> Iterator[tuple[Location, dict | ParseError]]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = Location(str(path), line=lineno)
        if len(line) > MAX_LINE_CHARS:
            yield where, ParseError(where, f"the line is longer than {MAX_LINE_CHARS:,} characters")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield where, ParseError(where, f"not a JSON object: {e.msg} (column {e.colno})")
            continue
        except RecursionError:
            yield where, ParseError(where, "not a case: JSON nested too deeply")
            continue
        if not isinstance(obj, dict):
            yield where, ParseError(where, f"not a JSON object but a {type(obj).__name__}")
            continue
        unknown = [k for k in obj if k not in KNOWN]
        if unknown:
            warnings.append(ParseWarning(where, f"key(s) {', '.join(map(repr, unknown))} are not case "
                                                f"fields and were ignored"))
        yield where, {k: v for k, v in obj.items() if k in INPUT}


def _text_value(where: Location, key: str, value: object) -> str | None:
    """A field's text; JSON numbers are accepted for `number` only (see `_number`)."""
    if value is None:
        return None
    if key == "number" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        kind = {list: "a list", dict: "an object", bool: "true/false"}.get(type(value), f"a {type(value).__name__}")
        raise ParseError(where, f"must be text, not {kind}", key)
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise ParseError(where, "holds an unpaired surrogate (\\ud800–\\udfff): not valid text", key)
    return value


def _number(where: Location, raw: str) -> int:
    """The number printed in a table: a plain positive whole number (full-width digits allowed)."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_NUMBER:
        raise ParseError(where, f"number {raw!r} must be a whole number from 1 to {MAX_NUMBER}, "
                                f"written plainly (e.g. 12)", "number")
    return int(text)


def parse_case_file(path: Path) -> ParseResult:
    """Rows become records; a row's id is its `id` column when the file declares one, else
    derived from its content (`case_file_id`), never from the file's name."""
    data = path.read_bytes()
    text, warnings = decode(path, data)
    if not text.strip():
        raise ParseError(str(path), "empty file")
    rows = _csv_rows if path.suffix.lower() == ".csv" else _jsonl_rows
    records, errors = [], []
    seen: dict[str, Location] = {}
    for where, row in rows(path, text, warnings):
        if isinstance(row, ParseError):
            errors.append(row)
            continue
        try:
            record = _record(path, where, row)
        except ParseError as e:
            errors.extend(e.errors if isinstance(e, ParseErrors) else [e])
            continue
        if record.id in seen:
            errors.append(ParseError(where, f"case id {record.id!r} appears twice (first at {seen[record.id]})", "id"))
            continue
        seen[record.id] = where
        records.append(record)
    if errors:
        raise errors[0] if len(errors) == 1 else ParseErrors(errors)
    if not records:  # a header saved alone (an emptied sheet) would leave an index of no cases
        raise ParseError(str(path), "no cases: the file has no row of a case, only its header" if rows is _csv_rows
                         else "no cases: the file has no line of a case")
    return ParseResult(str(path), records, warnings, where=seen)


def _record(path: Path, where: Location, row: dict) -> CaseRecord:
    """One row as a case record, or `ParseErrors` naming every field at fault in it: a missing
    or bad number, section or id no longer hides a bad prefecture or status (a trial fixed them
    one parse at a time)."""
    problems: list[ParseError] = []
    raw: dict[str, str | None] = {}
    for k, v in row.items():
        try:
            raw[k] = _text_value(where, k, v)
        except ParseError as e:
            problems.append(e)
            raw[k] = None
    missing = [k for k in REQUIRED if not (raw.get(k) or "").strip()]
    if missing:
        problems.append(ParseError(where, f"missing {', '.join(missing)}", missing[0]))
    section = (raw.get("section") or "").strip()
    section = SECTION_OF_LABEL.get(section, section)  # ① AI・RPA等による業務効率化, as an export writes it
    if section and section not in SECTIONS:
        problems.append(ParseError(where, f"unknown section {section!r}; expected one of {', '.join(SECTIONS)} "
                                          f"(or as an export writes it: {', '.join(SURVEY_TABLES.values())})",
                                   "section"))
    number = 0
    if (raw.get("number") or "").strip():
        try:
            number = _number(where, raw["number"] or "")
        except ParseError as e:
            problems.append(e)
    declared = (raw.get("id") or "").strip()
    if declared and not DECLARED_ID.fullmatch(declared):
        problems.append(ParseError(where, f"id {declared!r} must be 1–80 letters, digits and . _ ~ -, "
                                          f"starting with a letter or digit", "id"))
    # the fields every table has, checked whatever the section (an unknown one: those alone)
    known = section in SECTIONS
    checked = raw if known else {k: raw.get(k) for k in ("name", "status", "prefecture")}
    record = None
    try:
        record = make_record(section if known else SECTIONS[0], number, checked, where,
                             field=(raw.get("field") or "").strip() or None,
                             group=(raw.get("group") or "").strip() or None,
                             source=path.name, optional_choices=True, keep_lines=True)
    except ParseError as e:
        # a field said missing above is not also "unknown" or "empty"
        problems.extend(p for p in (e.errors if isinstance(e, ParseErrors) else [e]) if p.field not in missing)
    if problems:
        raise problems[0] if len(problems) == 1 else ParseErrors(problems)
    assert record is not None
    record.id = declared or case_file_id(section, number, record.name, record.prefecture)
    return record
