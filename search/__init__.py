"""dxsearch's search library: ranked, faceted Japanese search over the case records.

See `search.engine` for the API; `SearchIndex` is the entry point.
"""

from .engine import MAX_EXPORT, MAX_PER_PAGE, MAX_QUERY_CHARS, SORTS, QueryError, SearchIndex
from .results import FacetValue, Hit, SearchResult, SimilarResult
from .schema import FACETS
from .storage import BuildInProgress, IndexIncompatible, IndexMissing, IndexUnavailable, build, default_index_dir

__all__ = ["SearchIndex", "QueryError", "SearchResult", "SimilarResult", "Hit", "FacetValue", "FACETS",
           "SORTS", "MAX_PER_PAGE", "MAX_EXPORT", "MAX_QUERY_CHARS", "build", "default_index_dir",
           "IndexUnavailable", "IndexMissing", "IndexIncompatible", "BuildInProgress"]
