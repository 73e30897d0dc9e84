"""dxsearch's search library: ranked, faceted Japanese search over the case records.

See `search.engine` for the API; `SearchIndex` is the entry point. Names are imported on first
use, so a command that only checks whether the index is up to date starts without NumPy and Whoosh.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "SearchIndex": "engine", "QueryError": "errors", "SORTS": "engine", "MAX_PER_PAGE": "engine",
    "MAX_EXPORT": "engine", "MAX_QUERY_CHARS": "engine",
    "SearchResult": "results", "SimilarResult": "results", "Hit": "results", "FacetValue": "results",
    "FACETS": "schema",
    "build": "storage", "default_index_dir": "storage", "IndexUnavailable": "storage",
    "IndexMissing": "storage", "IndexIncompatible": "storage", "BuildInProgress": "storage",
}
__all__ = list(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'search' has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)
