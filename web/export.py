"""CSV export that Excel opens correctly and that cannot smuggle in a formula."""

from __future__ import annotations

import csv
import io
from typing import Iterable

from ..indexer.records import CaseRecord

from .labels import FIELD_LABELS

COLUMNS = ("id", "section", "number", "field", "group", "name", "description", "status", "prefecture",
           "region", "shared_use", "shared_use_reason", "category", "employment", "skill_area", "overview",
           "source", "page")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """A cell Excel would read as a formula (`=…`, `+…`, `-…`, `@…`) gets a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def to_csv(rows: Iterable[tuple[CaseRecord, list[str]]]) -> str:
    """UTF-8 text with a BOM, Japanese headers, one row per case plus its technology tags."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([FIELD_LABELS.get(c, c) for c in COLUMNS] + ["技術"])
    for record, technology in rows:
        data = record.to_dict()
        writer.writerow([neutralise(data[c]) for c in COLUMNS] + [neutralise("・".join(technology))])
    return "\ufeff" + buf.getvalue()
