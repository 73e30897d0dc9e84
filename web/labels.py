"""Japanese labels for the UI: field, facet, table and sort names, where a case came from (出典)
as people cite it, and dates as Japanese write them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from ..indexer.cleaning import numbered_items
from ..indexer.records import FIELD_LABELS, SECTION_SHORT, CaseRecord, case_title
from ..indexer.sources import SURVEY, SURVEY_TABLES, is_survey_source
from ..indexer.sources import case_citation as entry_citation
from ..search.describe import CASE_CLOSE_SHARE, CLOSE_MIN_TOPICS, CLOSE_PART_SHARE, CLOSE_TOPIC_SHARE, CLOSE_TOPICS

__all__ = ["CLOSE_MEANING", "CLOSE_PLAIN", "CASE_CLOSE_MEANING", "EXTRA_LABELS", "FACET_LABELS", "FIELD_LABELS", "SECTION_LABELS", "SECTION_SHORT", "SORT_LABELS", "value_label", "case_title",
           "case_citation", "japanese_date", "SURVEY"]

FACET_LABELS = {
    "section": "調査票", "prefecture": "都道府県", "region": "地方", "field": "分野", "group": "区分・グループ",
    "employment": "常勤・非常勤",
    "status": "導入状況", "shared_use": "共同利用", "technology": "技術", "source": "出典",
}
SECTION_LABELS = SURVEY_TABLES
SORT_LABELS = {"relevance": "関連度順", "prefecture": "都道府県順", "number": "調査票・番号順"}
# what a card's 「ほかの項目」 line holds, by table (`search.fields.extra_text`): an organisation's members
# were shown under 共同利用の理由・分野・区分など, which it has none of (a DX manager's trial)
EXTRA_LABELS = {"ai_rpa": "ほかの項目(共同利用の理由・分野・区分など)に:",
                "shared_system": "ほかの項目(共同利用の理由・分野・区分など)に:",
                "digital_talent": "ほかの項目(技術分野・区分・常勤/非常勤など)に:",
                "organization": "ほかの項目(組織の概要・区分など)に:"}
# what ◎特に近い means (`Hit.close`), said once for each label's title and each page's note: for a
# pasted text against the first case listed (describe.CLOSE_SHARE), for a case against the case itself
CLOSE_MEANING = (f"文章の主な手がかりの語(最初の{CLOSE_TOPICS}つ)を"
                 f"重みで{CLOSE_TOPIC_SHARE:.0%}以上(語の一部だけの一致は{CLOSE_PART_SHARE:.0%}に数えて)、語そのものを{CLOSE_MIN_TOPICS}つ以上、"
                 "文章にある語(同義語・関連語でなく)を1つ以上含み、似ている度合いが、絞り込む前の一覧でそうした事例の"
                 "いちばん上の半分以上ある、一覧の先頭から続く事例")
# the same in plain words, said in the page's note (a trial's clerk could not tell what ◎ promised
# from the exact rule above, which the note's 「基準」 and each label's title keep)
CLOSE_PLAIN = "文章の主な語を多く含み、似ている度合いが1位の事例の半分以上ある上位の事例"
CASE_CLOSE_MEANING = f"元の事例と手がかりの語を多く共有し、似ている度合いが、元の事例自身を100としたときに{CASE_CLOSE_SHARE * 100:.0f}以上ある事例"  # no brackets: similar.html shows it inside ( … )
SHAREABLE_ALL = "共同利用できるもの(利用中・可能)すべて"  # every value a case can be reused by (`SHAREABLE`): a link, a chip
UNTOLD_TAG = "技術の記載なし"  # a card's tag on an AI・RPA case naming no technology (`SearchResult.technology_untold`)
JST = timezone(timedelta(hours=9), "JST")  # Japan keeps no daylight saving time
REIWA_FROM = datetime(2019, 5, 1, tzinfo=JST)


TOLD_APART_CHARS = 24  # of a description, beside a name the list repeats


def told_apart(cases: list[Mapping[str, Any]]) -> list[str]:
    """For each case of a list, what tells it from another of the same name in the list ('' for a
    name said once): its technical area, else the start of its description, else its table and
    number. 愛媛県's three 「デジタルコーディネーター」 were three identical links on its cases' pages (a
    consultant's trial)."""
    titles = [case_title(c) for c in cases]
    out = []
    for case, title in zip(cases, titles):
        if titles.count(title) < 2:
            out.append("")
            continue
        description = " ".join(str(case.get("description") or "").split())
        out.append(str(case.get("skill_area") or "") or (description[:TOLD_APART_CHARS] + ("…" if len(description) > TOLD_APART_CHARS else ""))
                   or f"{SECTION_SHORT.get(str(case.get('section')), case.get('section'))} {case.get('number')}")
    return out


def item_lines(text: str) -> str:
    """A numbered list written inline (ai_rpa-051: `… 1精神… 2非常勤講師の報酬支払 3県立図書館…`)
    with each item on a line of its own, for a page that keeps line breaks (`white-space:
    pre-line`); any other text as it is."""
    items = numbered_items(text)
    return "".join("\n" if i in items else ch for i, ch in enumerate(text)) if items else text


def value_label(facet: str, value: str) -> str:
    """A facet value as a person reads it: a table's Japanese name, the survey's title for a
    survey source (not its file name)."""
    if facet == "section":
        return SECTION_SHORT.get(value, value)
    if facet == "source" and is_survey_source(value):
        return f"「{SURVEY.title}」"
    if facet == "technology" and value == "AI":
        return "AI(AI-OCR以外)"  # AI-OCR is a tag of its own; the word AI finds both (a trial)
    return value


def shared_use_tag(value: str) -> str:
    """A case's 共同利用 answer as a tag beside its status: その他 alone said nothing of what it
    answers (a trial), the other answers name 共同利用 themselves."""
    return value if "共同利用" in value else f"共同利用: {value}"


def case_citation(case: CaseRecord | Mapping[str, Any], with_entry: bool = True) -> str:
    """出典 of a case (`indexer.sources.case_citation`), of a record or its `to_dict()`."""
    return entry_citation(case if isinstance(case, Mapping) else case.to_dict(), with_entry)


# filler words (data/filler_words.txt) that ask how results are shown, which the page answers in a line of its own
COMPARING_WORDS = ["比較", "対比", "違い", "vs"]
LISTING_WORDS = ["一覧", "一覧表", "リスト", "まとめ", "件数", "何件", "何人", "どこ", "都道府県別", "県別", "地方別"]


def percent(count: int, base: int) -> str:
    """`count` of `base` as a percentage to one decimal, rounded half up from the counts themselves
    (13 of 42 is 31.0 %, not the 30.9 % a share rounded twice gave, beside 常勤's 69.0 %); — of none."""
    if not base:
        return "—"
    return f"{(Decimal(100 * count) / Decimal(base)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def japanese_date(value: str | datetime | None, with_time: bool = True) -> str:
    """An ISO timestamp (`2026-11-29T00:12:52+0000`) as Japanese write it, in Japan's time:
    令和8年(2026年)11月29日 9時12分. Anything unreadable is returned as it is."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        when = value
    else:
        try:
            when = datetime.fromisoformat(value)
        except ValueError:
            try:
                when = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
            except ValueError:
                return str(value)
    when = when.astimezone(JST) if when.tzinfo else when
    era = f"令和{'元' if when.year == 2019 else when.year - 2018}年({when.year}年)" \
        if when.replace(tzinfo=JST) >= REIWA_FROM else f"{when.year}年"
    out = f"{era}{when.month}月{when.day}日"
    return f"{out} {when.hour}時{when.minute:02d}分" if with_time else out
