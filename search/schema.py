"""The Whoosh schema of an index generation: the case records, their text fields and facets.

Every generation is an ordinary Whoosh index that a script can open with Whoosh alone
(`whoosh.index.open_dir(<index>/CURRENT)`): the six text fields of `search.fields` are indexed
with dxsearch's own analyzers (pickled in the schema, so `QueryParser` analyses a Japanese query
the way the index was analysed) and boosted as dxsearch boosts them; the facets are ID/KEYWORD
fields with columns, so Whoosh can filter, sort and group by them; `record` stores the record as
JSON. dxsearch itself scores from its NumPy arrays (`search.textindex`), which give the same
BM25F scores as Whoosh's `scoring.BM25F` over these fields.

Text is indexed with term frequencies, without positions (dxsearch's analysis keeps none, and
writing them would cost the build more): phrase queries ("…" in `QueryParser`) cannot be run
against these fields.
"""

from __future__ import annotations

import json

from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from ..indexer.records import CaseRecord

from .analysis import BigramAnalyzer, JapaneseAnalyzer, ReadingAnalyzer
from .fields import FIELDS

FACETS: tuple[str, ...] = ("section", "prefecture", "region", "field", "group", "employment", "status",
                           "shared_use", "technology", "source")
SINGLE_VALUED: tuple[str, ...] = tuple(f for f in FACETS if f != "technology")

_ANALYZERS = {"text": JapaneseAnalyzer, "reading": ReadingAnalyzer, "bigram": BigramAnalyzer}


def make_schema() -> Schema:
    text = {f.name: TEXT(analyzer=_ANALYZERS[f.view](), phrase=False, field_boost=float(f.boost)) for f in FIELDS}
    facets = {f: ID(sortable=True) for f in SINGLE_VALUED}
    return Schema(id=ID(stored=True, unique=True), record=STORED(),
                  technology=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False, sortable=True),
                  **facets, **text)


def facet_value(record: CaseRecord, facet: str) -> str | None:
    """A record's value of a single-valued facet. 区分・グループ (`group`) is a table's sub-heading
    or, for a digital-talent role, its 区分 (`CaseRecord` fills it), so 外部人材 chooses those roles,
    not the whole table (a trial found all 42 for it)."""
    value = getattr(record, facet)
    return str(value) if value else None


def document(record: CaseRecord, technology: list[str]) -> dict:
    """The stored and facet fields of a record's Whoosh document (none for an empty facet). The
    text fields' postings are written from the build's analyses (`search.whoosh_index`); a script
    adding documents itself gives the text fields strings, which their analyzers analyse."""
    doc = {"id": record.id, "record": json.dumps(record.to_dict(), ensure_ascii=False),
           "technology": ",".join(technology)}
    for facet in SINGLE_VALUED:
        value = facet_value(record, facet)
        if value:
            doc[facet] = value
    return doc
