"""Ids that links saved from dxsearch 0.1 may hold, mapped to today's ids.

dxsearch 0.1 prefixed every id with its file's name when several sources were indexed together
(`survey-r2.ai_rpa-001`, `nagano-city.ai_rpa-002`) and gave a lone case file's rows bare
`ai_rpa-002` ids. Today's ids do not depend on file names (`dxsearch.indexer.sources`), so an old
link is resolved by the file name prefix, table and number it carries.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..indexer.records import CaseRecord, make_id
from ..indexer.sources import legacy_prefix


def legacy_ids(records: Iterable[CaseRecord]) -> dict[str, str]:
    """Old id → current id, for every old id that names exactly one case and is not a current id."""
    records = list(records)
    current = {r.id for r in records}
    out: dict[str, str] = {}
    bare = Counter(make_id(r.section, r.number) for r in records)
    for r in records:
        base = make_id(r.section, r.number)
        if r.source:
            out.setdefault(f"{legacy_prefix(r.source)}.{base}", r.id)
        if base != r.id and bare[base] == 1 and base not in current:
            out[base] = r.id  # a lone case file's row
    return {old: new for old, new in out.items() if old not in current}
