"""The Whoosh schema: the case records and their facet and sort values.

Whoosh stores the documents; the text is scored from dxsearch's own BM25F impact arrays
(`search.textindex`), built from the same analysis, which keeps queries fast at 100,000 cases.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, Schema

FORMAT_VERSION = 2

FACETS: tuple[str, ...] = ("section", "prefecture", "region", "field", "group", "status", "shared_use",
                           "technology", "source")


def make_schema() -> Schema:
    return Schema(
        id=ID(stored=True, unique=True),
        record=STORED(),
        # facets
        section=ID(stored=True),
        prefecture=ID(stored=True),
        region=ID(stored=True),
        field=ID(stored=True),
        group=ID(stored=True),
        status=ID(stored=True),
        shared_use=ID(stored=True),
        technology=KEYWORD(stored=True, commas=True, lowercase=False, scorable=False),
        source=ID(stored=True),
        # sorting
        section_order=NUMERIC(stored=True, sortable=True),
        number=NUMERIC(stored=True, sortable=True),
        prefecture_code=NUMERIC(stored=True, sortable=True),
    )
