"""The Whoosh schema: the case records.

Whoosh stores the documents; the text is scored from dxsearch's own BM25F impact arrays
(`search.textindex`), built from the same analysis, which keeps queries fast at 100,000 cases.
"""

from __future__ import annotations

from whoosh.fields import STORED, Schema

FACETS: tuple[str, ...] = ("section", "prefecture", "region", "field", "group", "status", "shared_use",
                           "technology", "source")


def make_schema() -> Schema:
    """The record as JSON, its id and its technology tags (derived at build time), all stored and
    none indexed: dxsearch counts facets and sorts with NumPy from the records, and Whoosh's
    indexing of a field costs a length-column lookup per posting (most of a build's Whoosh time)."""
    return Schema(id=STORED(), record=STORED(), technology=STORED())
