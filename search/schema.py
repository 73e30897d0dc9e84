"""The Whoosh schema: stored display fields, facet fields, and three views of the text.

Text is indexed three ways and combined at query time (BM25F): morphological (`name`,
`description`; Janome base forms and compounds), readings (`reading`; notation variants) and
character bigrams (`*_bigram`; unknown words, partial compounds). The task name weighs more than
the description.
"""

from __future__ import annotations

from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from .analysis import BigramAnalyzer, JapaneseAnalyzer, ReadingAnalyzer

FORMAT_VERSION = 1

FACETS: tuple[str, ...] = ("section", "prefecture", "region", "field", "group", "status", "shared_use",
                           "technology", "source")

NAME_BOOST = 3.0


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
        # text
        name=TEXT(analyzer=JapaneseAnalyzer(), stored=True, chars=True, field_boost=NAME_BOOST),
        description=TEXT(analyzer=JapaneseAnalyzer(), stored=True, chars=True),
        extra=TEXT(analyzer=JapaneseAnalyzer(), field_boost=0.5),  # reason, overview, skill area
        reading=TEXT(analyzer=ReadingAnalyzer(), field_boost=0.6),
        name_bigram=TEXT(analyzer=BigramAnalyzer(), field_boost=1.0),
        text_bigram=TEXT(analyzer=BigramAnalyzer(), field_boost=0.4),
    )
