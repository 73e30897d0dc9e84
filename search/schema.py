"""The Whoosh schema: the case records, with their facet and sort values.

Whoosh stores the documents; the text is scored from dxsearch's own BM25F impact arrays
(`search.textindex`), built from the same analysis, which keeps queries fast at 100,000 cases.
"""

from __future__ import annotations

from whoosh.fields import ID, STORED, Schema

FACETS: tuple[str, ...] = ("section", "prefecture", "region", "field", "group", "status", "shared_use",
                           "technology", "source")


def make_schema() -> Schema:
    """Facet and sort values are stored, not indexed: dxsearch counts and sorts them with NumPy
    from the records, and indexing them would only slow the build (Whoosh looks up a length
    column for every posting)."""
    return Schema(
        id=ID(stored=True, unique=True),
        record=STORED(),
        **{facet: STORED() for facet in FACETS},
        section_order=STORED(),
        number=STORED(),
        prefecture_code=STORED(),
    )
