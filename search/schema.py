"""The Whoosh schema of an index generation: the case records, their text fields and facets.

Every generation is an ordinary Whoosh index that a script can open with Whoosh alone
(`whoosh.index.open_dir(<index>/CURRENT)`): the six text fields of `search.fields` are indexed
with dxsearch's own analyzers (pickled in the schema, so `QueryParser` analyses a Japanese query
the way the index was analysed) and boosted as dxsearch boosts them; the facets are ID/KEYWORD
fields with columns, so Whoosh can filter, sort and group by them; `record` stores the record as
JSON. dxsearch itself scores from its NumPy arrays (`search.textindex`), which give the same
BM25F scores as Whoosh's `scoring.BM25F` over these fields.

Text is indexed with term frequencies, without positions (Whoosh writes a third less and a build
does not need them): phrase queries ("…" in `QueryParser`) cannot be run against these fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema
from whoosh.system import pack_uint

from ..indexer.records import CaseRecord

from .analysis import BigramAnalyzer, JapaneseAnalyzer, ReadingAnalyzer
from .fields import FIELDS
from .record_analysis import FieldAnalysis, RecordAnalysis

FACETS: tuple[str, ...] = ("section", "prefecture", "region", "field", "group", "status", "shared_use",
                           "technology", "source")
SINGLE_VALUED: tuple[str, ...] = tuple(f for f in FACETS if f != "technology")

_ANALYZERS = {"text": JapaneseAnalyzer, "reading": ReadingAnalyzer, "bigram": BigramAnalyzer}
_FREQ_BYTES = [pack_uint(n) for n in range(256)]  # the Frequency format's value of a posting


class AnalysedText(TEXT):
    """A TEXT field (frequencies, no positions) that also takes a `FieldAnalysis`: the build has
    analysed every record once already (Janome is most of its cost), so its term counts go to
    Whoosh as they are; the field length Whoosh records is the sum of the counts, as
    `FieldAnalysis.length`. A string is analysed by the field's analyzer as usual."""

    def index(self, value, **kwargs) -> Iterator[tuple[bytes, int, float, bytes]]:
        if isinstance(value, FieldAnalysis):
            boost = self.format.field_boost
            return ((term.encode("utf-8"), n, n * boost, _FREQ_BYTES[n] if n < 256 else pack_uint(n))
                    for term, n in value.counts.items())
        return super().index(value, **kwargs)


def make_schema() -> Schema:
    text = {f.name: AnalysedText(analyzer=_ANALYZERS[f.view](), phrase=False, field_boost=float(f.boost))
            for f in FIELDS}
    facets = {f: ID(sortable=True) for f in SINGLE_VALUED}
    return Schema(id=ID(stored=True, unique=True), record=STORED(),
                  technology=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False, sortable=True),
                  **facets, **text)


def document(record: CaseRecord, analysis: RecordAnalysis, technology: list[str]) -> dict:
    """The Whoosh document of a record: its id, the record as JSON, its facet values (none for an
    empty one) and its analysed text fields."""
    doc = {"id": record.id, "record": json.dumps(record.to_dict(), ensure_ascii=False),
           "technology": ",".join(technology)}
    for facet in SINGLE_VALUED:
        value = getattr(record, facet)
        if value:
            doc[facet] = str(value)
    for field in FIELDS:
        fa = analysis[field.name]
        if fa.length:
            doc[field.name] = fa
    return doc
