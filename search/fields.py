"""The searchable text of a case: six fields in three views, and how much each weighs.

A *view* is one vocabulary with one analysis chain; its fields are scored together (BM25F):

    view     field          text                                   boost   analysis
    text     name           task name                              3.0     Janome base forms + compounds
             description    description                            1.0
             extra          shared-use reason, overview, skills,   0.5
                            the 分野 and 区分 headings it is under
    reading  reading        all of the above                       0.6     katakana readings
    bigram   name_bigram    task name                              1.0     character bigrams
             text_bigram    description and extra                  0.4

The task name weighs more than the description; readings meet notation variants (問合せ =
問い合わせ); bigrams recall unknown words and parts of compounds.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..indexer.records import CaseRecord


@dataclass(frozen=True)
class TextField:
    name: str
    view: str
    boost: float


FIELDS: tuple[TextField, ...] = (
    TextField("name", "text", 3.0),
    TextField("description", "text", 1.0),
    TextField("extra", "text", 0.5),
    TextField("reading", "reading", 0.6),
    TextField("name_bigram", "bigram", 1.0),
    TextField("text_bigram", "bigram", 0.4),
)
VIEWS: tuple[str, ...] = ("text", "reading", "bigram")
HIGHLIGHTED: tuple[str, ...] = ("name", "description")  # fields shown with <mark>ed matches
EXTRA = "extra"  # a hit matched in none of those is marked in its `extra_text`, analysed when shown


EXTRA_SHOWN_SEPARATOR = " ／ "  # between the fields of `extra_text` as a snippet shows them


def extra_text(record: CaseRecord, separator: str = " ") -> str:
    """What else a case says: its reason, skills, overview, category, a talent role's 常勤/非常勤
    (a trial's 外部人材 非常勤 found nothing), and the survey headings it is listed under
    (農林水産分野, 会議録作成・テープおこし; not その他, which says nothing). Shown with
    `EXTRA_SHOWN_SEPARATOR`, so a heading does not read as the end of the reason."""
    group = record.group if record.group != record.category else None  # a role's group is its category
    return separator.join(t for t in (record.shared_use_reason, record.skill_area, record.overview,
                                      record.category, record.employment, record.field, group)
                          if t and t != "その他")


def field_texts(record: CaseRecord) -> dict[str, str]:
    """The text of each field. The reading field joins the texts by newlines so that it reuses
    their cached morphological analyses."""
    extra = extra_text(record)
    return {
        "name": record.name,
        "description": record.description,
        "extra": extra,
        "reading": f"{record.name}\n{record.description}\n{extra}",
        "name_bigram": record.name,
        "text_bigram": f"{record.description} {extra}",
    }
