"""A municipality's own cases as JSON Lines (the `dxsearch parse` format) or CSV with the same
columns, validated exactly like survey rows."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .builder import make_record
from .parse_result import ParseResult
from .errors import Location, ParseError, ParseErrors
from .records import DECLARED_ID, SECTIONS, case_file_id

REQUIRED = ("section", "number", "name", "status", "prefecture")


def is_case_file(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson", ".csv")


def _rows(path: Path, text: str):
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        for lineno, row in enumerate(reader, start=2):
            yield lineno, {k.strip(): v for k, v in row.items() if k}
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield lineno, ParseError(Location(str(path), line=lineno), f"not a JSON object: {e.msg}")
            continue
        if not isinstance(obj, dict):
            yield lineno, ParseError(Location(str(path), line=lineno), "not a JSON object")
            continue
        yield lineno, obj


def parse_case_file(path: Path) -> ParseResult:
    """Rows become records; a row's id is its `id` column when the file declares one, else
    derived from its content (`case_file_id`), never from the file's name."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ParseError(str(path), f"not UTF-8 text (invalid byte at offset {e.start})") from e
    if not text.strip():
        raise ParseError(str(path), "empty file")
    records, errors = [], []
    seen: set[str] = set()
    for lineno, row in _rows(path, text):
        where = Location(str(path), line=lineno)
        if isinstance(row, ParseError):
            errors.append(row)
            continue
        missing = [k for k in REQUIRED if not str(row.get(k) or "").strip()]
        if missing:
            errors.append(ParseError(where, f"missing {', '.join(missing)}", missing[0]))
            continue
        section = str(row["section"]).strip()
        if section not in SECTIONS:
            errors.append(ParseError(where, f"unknown section {section!r}; expected one of "
                                            f"{', '.join(SECTIONS)}", "section"))
            continue
        try:
            number = int(str(row["number"]).strip())
        except ValueError:
            errors.append(ParseError(where, f"number {row['number']!r} is not a whole number", "number"))
            continue
        raw = {k: (None if v is None else str(v)) for k, v in row.items()}
        declared = str(row.get("id") or "").strip()
        if declared and not DECLARED_ID.fullmatch(declared):
            errors.append(ParseError(where, f"id {declared!r} must be 1–80 letters, digits and . _ ~ -, "
                                            f"starting with a letter or digit", "id"))
            continue
        try:
            record = make_record(section, number, raw, where,
                                 field=(str(row.get("field") or "").strip() or None),
                                 group=(str(row.get("group") or "").strip() or None),
                                 source=path.name)
        except ParseError as e:
            errors.append(e)
            continue
        record.id = declared or case_file_id(section, number, record.name, record.prefecture)
        if record.id in seen:
            what = f"id {record.id!r}" if declared else f"{record.section} number {number} with this name"
            errors.append(ParseError(where, f"{what} appears twice", "id" if declared else "number"))
            continue
        seen.add(record.id)
        records.append(record)
    if errors:
        raise errors[0] if len(errors) == 1 else ParseErrors(errors)
    return ParseResult(str(path), records)
