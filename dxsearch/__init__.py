"""dxsearch: search the prefectural digital-government (DX) case survey from Python.

    from dxsearch import SearchIndex, write_csv
    index = SearchIndex()                      # the default index; SearchIndex(path) for another
    result = index.search("通勤手当 RPA", filters={"prefecture": ["三重県"]})
    for hit in result.hits:
        print(hit.record.id, hit.record.name, hit.snippets.get("description", ""))
    write_csv(index.iter_hits("RPA"), "rpa.csv")              # UTF-8 with BOM: Excel opens it
    write_csv(index.similar(case_id="ai_rpa-173", limit=100), "like-173.csv")  # all similar enough, 似ている順, ◎

Every error raised on purpose is a `DxsearchError` (`QueryError`, `CaseNotFound`,
`IndexUnavailable`, `ParseError`, …).

Layers, bottom-up: `dxsearch.indexer` (case records and survey parsing) → `dxsearch.search`
(analysis, the Whoosh index, ranked and faceted search) → `dxsearch.web` (Flask) and
`dxsearch.cli` (the `dxsearch` command). The names below are imported on first use, so a command
that only checks whether the index is up to date starts without NumPy and Whoosh; type checkers
and `dir()` see them all.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

# Python run in a clone's top folder imports this folder, not the installed package; its parts are
# the card's folders beside it (search/, indexer/, web/, data/), as pyproject.toml maps them. A
# trial's README example there failed with "No module named 'dxsearch.search'".
_CLONE = Path(__file__).resolve().parent.parent
if not (Path(__file__).resolve().parent / "search").is_dir() and (_CLONE / "search" / "__init__.py").is_file() \
        and (_CLONE / "pyproject.toml").is_file():
    __path__.append(str(_CLONE))

if TYPE_CHECKING:  # the same names, eagerly, for type checkers
    from .errors import CaseNotFound as CaseNotFound
    from .errors import DxsearchError as DxsearchError
    from .indexer.errors import ParseError as ParseError
    from .indexer.records import CaseRecord as CaseRecord
    from .indexer.sources import bundled_survey as bundled_survey
    from .indexer.sources import parse_sources as parse_sources
    from .search.csvexport import iter_csv as iter_csv
    from .search.csvexport import write_csv as write_csv
    from .search.csvexport import PageOnlyWarning as PageOnlyWarning
    from .search.engine import SearchIndex as SearchIndex
    from .search.errors import QueryError as QueryError
    from .search.results import FacetValue as FacetValue
    from .search.results import Hit as Hit
    from .search.results import HitStream as HitStream
    from .search.results import SearchResult as SearchResult
    from .search.results import SimilarResult as SimilarResult
    from .search.results import hits_dataframe as hits_dataframe
    from .search.schema import FACETS as FACETS
    from .search.budget import SearchTimeout as SearchTimeout
    from .search.storage import BuildInProgress as BuildInProgress
    from .search.storage import IndexUntrusted as IndexUntrusted
    from .search.storage import IndexIncompatible as IndexIncompatible
    from .search.storage import IndexMissing as IndexMissing
    from .search.storage import IndexUnavailable as IndexUnavailable
    from .search.storage import build as build
    from .search.storage import default_index_dir as default_index_dir
    from .search.understand import AppliedFilter as AppliedFilter

_EXPORTS: dict[str, str] = {
    "DxsearchError": "errors", "CaseNotFound": "errors",
    "ParseError": "indexer.errors", "CaseRecord": "indexer.records",
    "bundled_survey": "indexer.sources", "parse_sources": "indexer.sources",
    "SearchIndex": "search.engine", "QueryError": "search.errors",
    "SearchResult": "search.results", "SimilarResult": "search.results", "Hit": "search.results",
    "HitStream": "search.results",
    "FacetValue": "search.results", "hits_dataframe": "search.results", "AppliedFilter": "search.understand",
    "iter_csv": "search.csvexport", "write_csv": "search.csvexport", "PageOnlyWarning": "search.csvexport",
    "FACETS": "search.schema",
    "build": "search.storage", "default_index_dir": "search.storage",
    "IndexUnavailable": "search.storage", "IndexMissing": "search.storage",
    "IndexIncompatible": "search.storage", "BuildInProgress": "search.storage",
    "IndexUntrusted": "search.storage", "SearchTimeout": "search.budget",
}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'dxsearch' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
