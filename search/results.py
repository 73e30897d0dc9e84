"""What the search library returns: dataclasses that convert to JSON (`to_dict`, the shape of the
JSON API and `dxsearch search --json`), to pandas (`to_dataframe`, with the `pandas` extra) and
that print readably in a terminal or notebook."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..indexer.prefectures import PREFECTURES, REGIONS
from ..indexer.records import SECTIONS, SHAREABLE, SHARED_USE, STATUSES, CaseRecord
from ..indexer.sources import case_citation

from .fields import EXTRA, EXTRA_SHOWN_SEPARATOR, extra_text
from .highlight import CLOSE, OPEN, text_fragments
from .limits import RELATED_TERMS_SHOWN, REUSE_SHOWN, WHERE_SHOWN
from .query import query_without, without_dangling
from .shown_terms import listed_apart, outermost
from .technology import RPA_TAG, tag_text
from .understand import AppliedFilter

if TYPE_CHECKING:
    import pandas

PANDAS_HINT = 'to_dataframe() needs pandas: pip install "pandas>=2.0,<3" (in a clone of dxsearch: pip install -e ".[pandas]")'


@dataclass(repr=False)
class Hit:
    """One matching case: its record, its score (0 when the result is not ranked by relevance),
    its technology tags and where the query matched it.

    `highlights` is HTML for the web (escaped, matches in `<mark class="hl">`); `snippets` is the
    same text plain, matches between « and » (the survey uses 【】 itself). Both are empty for a
    field the query did not match, and when highlighting was turned off. A case matched in
    neither its name nor its description has `extra` instead: its other fields (`extra_text`:
    the shared-use reason, overview, skills, headings), where the words are."""

    record: CaseRecord
    score: float
    highlights: dict[str, str] = field(default_factory=dict)  # field → HTML fragment, escaped, <mark>
    technology: list[str] = field(default_factory=list)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # field → matched (start, end)
    missing: list[str] = field(default_factory=list)  # a partial match: the query words it lacks
    close: bool | None = None  # a pasted description's match or a similar case: especially close (`SearchResult.close`)

    @property
    def snippets(self) -> dict[str, str]:
        """Field → plain-text fragments with the matches between « and »."""
        return self.text_highlights()

    def text_highlights(self, start: str = OPEN, end: str = CLOSE) -> dict[str, str]:
        """Field → plain-text fragments with the matches between `start` and `end` of your choice
        (`hit.text_highlights("【", "】")`, or `("**", "**")` for Markdown)."""
        out = {}
        for name, spans in self.spans.items():
            whole = extra_text(self.record, EXTRA_SHOWN_SEPARATOR) if name == EXTRA else getattr(self.record, name) or ""
            text = text_fragments(whole, spans, start, end)
            if text:
                out[name] = text
        return out

    def to_dict(self) -> dict[str, Any]:
        """The record's fields plus its citation (a researcher's JSON had only ids to cite by),
        score, technology and the HTML highlights."""
        out = self.record.to_dict()
        out["citation"] = case_citation(out)
        out["score"] = round(self.score, 4)
        out["technology"] = self.technology
        out["highlights"] = self.highlights
        if self.missing:
            out["missing"] = self.missing
        if self.close is not None:
            out["close"] = self.close
        return out

    def __str__(self) -> str:
        r = self.record
        return f"{r.id}  {r.prefecture}  {r.name}" + ("  ◎" if self.close else "")  # ◎ as the page and the CSV mark it

    def __repr__(self) -> str:
        r = self.record
        return f"<Hit {r.id} {r.prefecture} {_short(r.name)!r} score={self.score:.2f}>"


class HitStream(Iterator[Hit]):
    """Every hit of a search, made as they are consumed (`SearchIndex.iter_hits`). `ranked`: they
    come most similar first, a pasted text's ranking by relevance, so a CSV of them says each one's
    place and ◎ (a clerk's sheet of such a search had neither), known before the first hit is made.
    `close()` stops the work: no further hit is made. `total`: how many it yields in all, known
    before the first (a script needed a second search for its count, a trial), as `len()`."""

    def __init__(self, hits: Iterator[Hit], ranked: bool = False, total: int = 0) -> None:
        self._hits, self.ranked, self.total = hits, ranked, total
        self.yielded = 0  # how many it has given so far

    def __len__(self) -> int:
        return self.total

    def __iter__(self) -> HitStream:
        return self

    def __next__(self) -> Hit:
        hit = next(self._hits)
        self.yielded += 1
        return hit

    def __repr__(self) -> str:
        # a researcher's print showed <…HitStream object at 0x…>, and len() the total after it was used up
        return f"<HitStream {self.total} cases, {self.yielded} yielded{', ranked' if self.ranked else ''}>"

    def close(self) -> None:
        close = getattr(self._hits, "close", None)
        if close is not None:
            close()


@dataclass(repr=False)
class FacetValue:
    """One value of a facet, how many cases have it, and whether the request selected it.
    `count` of a value not selected beside one that is: how many its tick would add. `matched`:
    how many of the matching cases have it, whatever is selected: a script's per-prefecture counts
    within a region chosen (九州: 福岡県 matched 1 of 2, its count 1 what a tick of it would add),
    and the values the word 共同利用中 admits unticked (the shared systems in use whatever their
    answer; a trial saw 共同利用可能 28 and さらなる共同利用可能 42 ticked beside 120 matches)."""

    value: str
    count: int
    selected: bool
    matched: int = 0

    def to_dict(self) -> dict[str, Any]:
        """{"value", "count", "selected", "matched"} (by hand: `asdict` copies deeply, and a search's
        JSON has a hundred of these, a seventh of its time)."""
        return {"value": self.value, "count": self.count, "selected": self.selected, "matched": self.matched}

    def __str__(self) -> str:
        return f"{self.value} {self.count}" + (" (selected)" if self.selected else "")

    def __repr__(self) -> str:
        # …and how many matches hold it, where that is not its count: a researcher's print of a status
        # facet with 導入(実施)済 ticked read 導入(実施)予定 6 as six of the 17 matches (it is what a tick adds)
        matched = f" (matched {self.matched})" if self.matched != self.count else ""
        return f"<FacetValue {self}{matched}>"


@dataclass(repr=False)
class QueryWordCount:
    """A word of the query as the search read it: the forms that find it (itself, synonyms,
    notation variants), how many cases contain it (before filters; 0: no case mentions it),
    whether the query excludes it, what it might have meant when no case does (`suggestions`,
    spellings; `related`, the cases' words for what it names: スキャン → AI-OCR), whether a
    match must contain it (a word in more than half the cases, beside rarer words, only ranks),
    the words it was found as when no case writes it whole (`apart`: 知事, 会見 for 知事会見,
    found in 知事定例会見), and which clause of the query it is in (`clause`: the words of one clause
    are alternatives, any of them enough: 予算や決算, A OR B)."""

    text: str
    forms: list[str]
    count: int
    excluded: bool = False
    phrase: bool = False
    suggestions: list[str] = field(default_factory=list)
    required: bool = True  # False: a word in most cases beside rarer ones, that ranks but does not filter
    apart: list[str] = field(default_factory=list)  # 知事, 会見: found as these words close together
    clause: int = 0  # words of one clause are alternatives (福祉と子育て: 福祉 OR 子育て); -1 excluded
    # a word no case contains: the cases' words for the need it names (スキャン: AI-OCR, OCR; data/concepts.txt)
    related: list[str] = field(default_factory=list)
    for_whom: bool = False  # said for whom (住民 of 住民向け): why it only ranks (`required` False)
    # kana typed that no case writes, found as the words of the cases read so (ぎじろく: 議事録)
    reading_of: list[str] = field(default_factory=list)
    # a word no case contains as a word: the cases' words it is written inside (川: 香川, 川柳)
    inside: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """{"text", "forms", "count", "excluded", "phrase", "suggestions", "required", "apart", "clause",
        "related", "for_whom", "reading_of", "inside"}."""
        return asdict(self)

    def __repr__(self) -> str:  # print(result.words[0]) showed an object address (a trial)
        how = "excluded" if self.excluded else "ranks only" if not self.required else f"clause {self.clause}"
        forms = f", {len(self.forms)} forms (synonyms, variants)" if len(self.forms) > 1 else ""
        return f"<QueryWordCount 「{self.text}」 in {_cases(self.count)}{forms}, {how}>"


@dataclass(repr=False)
class PartialMatches:
    """When no case contains every word: the cases containing the most of them (`matched` of
    the query's clauses, or, when only a few contain the most, `most` and then one fewer), the
    most first, each hit listing the words it lacks (`Hit.missing`). `hits` is the search's
    `page` of them."""

    total: int
    matched: int  # clauses each of these cases matches, at least
    clauses: int  # clauses of the query
    hits: list[Hit]
    most: int = 0  # clauses the best of them match (more than `matched` when a few match the most)
    page: int = 1  # the search's page: one that finds nothing pages through these
    docnums: list[int] = field(default_factory=list)  # all of them in order when few (index numbers; not in JSON)

    def to_dict(self) -> dict[str, Any]:
        """{"total", "matched", "most", "clauses", "page", "hits"}."""
        return {"total": self.total, "matched": self.matched, "most": self.most or self.matched,
                "clauses": self.clauses, "page": self.page, "hits": [h.to_dict() for h in self.hits]}

    def __repr__(self) -> str:
        return f"<PartialMatches {_cases(self.total)} holding at least {self.matched} of the {self.clauses} words>"


@dataclass(repr=False)
class ReadingMatch:
    """When no case contains a word typed in kana but the cases hold a word read that way
    (ぎじろく → 議事録: kana the input method left unconverted), or a word ending in 化, 等, 系
    or 用 but the cases hold the word before it (電子申請化 → 電子申請; `dropped`: each such word typed
    and the suffix left out): the first page of the search with those words (`query`), shown in
    place of an empty page. Its `total` is its own, not the result's."""

    query: str
    total: int
    hits: list[Hit]
    dropped: dict[str, str] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)  # each word typed → it as read (のぎじろく → の議事録)

    def to_dict(self) -> dict[str, Any]:
        """{"query", "total", "hits", "dropped", "words"}."""
        return {"query": self.query, "total": self.total, "hits": [h.to_dict() for h in self.hits],
                "dropped": dict(self.dropped), "words": dict(self.words)}

    def __repr__(self) -> str:
        return f"<ReadingMatch {self.query!r}: {_cases(self.total)}>"


@dataclass(repr=False)
class RelatedCases:
    """When few cases contain every word: other cases like those (found by the key terms of
    the matches, and by any of the query's words), within the same filters, most alike first;
    each hit lists the query words it lacks (`Hit.missing`). When the filters leave no match
    but other cases contain every word: the cases within the filters like those. They are not
    in `total`."""

    terms: list[str]  # the key terms of the matches they were found by, as written, those most of them hold first
    hits: list[Hit]
    of_partial_matches: bool = False  # no case holds every word: like the few partial matches instead
    # the words the query's words are made of that they were found by too (マイナンバー of マイナンバーカード)
    parts: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """{"terms", "parts", "hits", "of_partial_matches"}."""
        return {"terms": self.terms, "parts": self.parts, "hits": [h.to_dict() for h in self.hits],
                "of_partial_matches": self.of_partial_matches}

    def __repr__(self) -> str:
        return f"<RelatedCases {_cases(len(self.hits))} found by {' '.join([*self.parts, *self.found_by()])}>"

    def found_by(self, limit: int = RELATED_TERMS_SHOWN) -> list[str]:
        """The key terms said beside the parts (`parts`), as the CLI and the page say them: the
        outermost (電子申請システム, not also 電子 and 申請), none a part already named (a trial read
        「found by the words' parts AI and AI, 電子化 …」), at most `limit`."""
        named = {p.lower() for p in self.parts}
        return [t for t in outermost(self.terms) if t.lower() not in named][:limit]


@dataclass
class TechnologyTagged:
    """A technology's name searched alone beside the technology facet's count of it
    (`SearchIndex.technology_tagged`): the word also finds the cases the facet tags, but where the
    cases say it beyond its tag (クラウド: 37 against the tag's 23) the two counts differ, and a
    quoted word (「"音声認識"」: 9 of the tag's 26) holds only those of them that say it."""

    tag: str  # the technology facet's value (音声認識, クラウド)
    count: int  # cases the facet tags so
    held: int  # of those, how many the word finds: all of them, but for a quoted word (exclusions aside)
    phrase: bool  # the word was quoted
    # the search's other words (its exclusions: -議事録), which the tag's cases are listed with
    rest: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(repr=False)
class Elsewhere:
    """When the places a search's words chose (not those given as filters) hold few of its
    matches, or none: the cases outside them that match it all the same, best first (北陸の県で残業時間の
    集計を自動化している例 finds 富山県's one case; 三重県 and 広島県 automate the same). `query` and
    `filters` are the search without the places, `total` how many cases it finds outside them.
    They are not in the result's `total`."""

    places: list[AppliedFilter]  # the places taken away
    query: str
    filters: dict[str, list[str]]
    total: int
    hits: list[Hit]
    # the region of the prefectures taken away: the best `near_first` of its other prefectures' cases
    # (`near_total` of them) are listed first, then the best of the rest; "" when all are in order
    near: str = ""
    near_total: int = 0
    near_first: int = 0

    def to_dict(self) -> dict[str, Any]:
        """{"places", "query", "filters", "total", "hits", "near", "near_total", "near_first"}."""
        return {"places": [f.to_dict() for f in self.places], "query": self.query, "filters": self.filters,
                "total": self.total, "hits": [h.to_dict() for h in self.hits], "near": self.near,
                "near_total": self.near_total, "near_first": self.near_first}

    def __repr__(self) -> str:
        return f"<Elsewhere {_cases(self.total)} outside {'・'.join(dict.fromkeys(f.text for f in self.places))}: {self.query!r}>"


@dataclass(frozen=True)
class Relaxation:
    """A search that found nothing or few with one of its filters taken away (or all its places
    at once: `also`), and how many cases that finds: what a "remove 実証中: 32 cases" link
    offers. `query` and `filters` are the search to run instead."""

    filter: AppliedFilter  # the filter taken away (given, or understood from the query's words)
    query: str
    filters: dict[str, list[str]]
    count: int
    also: list[AppliedFilter] = field(default_factory=list)  # taken away with it: the other places
    # put in its place, when one table's word for it is another's (共同利用可能 of the AI・RPA table is the
    # shared systems' さらなる共同利用可能): the search keeps to that instead of dropping it
    instead: AppliedFilter | None = None

    def to_dict(self) -> dict[str, Any]:
        """{"facet", "value", "text", "origin", "exclude", "query", "filters", "count", "also", "instead"}."""
        return {**self.filter.to_dict(), "query": self.query, "filters": self.filters, "count": self.count,
                "also": [f.to_dict() for f in self.also],
                "instead": self.instead.to_dict() if self.instead is not None else None}


@dataclass(frozen=True)
class PlaceSize:
    """How many cases the whole index holds of a place a search that found nothing or few chose,
    in all and by table: 島根県 holds 2 (AI・RPA等 1, デジタル人材 1) and no shared system, which
    a trial's empty `島根県 共同利用` never said (it read as the search failing)."""

    facet: str  # "prefecture" or "region"
    value: str
    total: int
    by_section: dict[str, int]  # table → cases, in the tables' order; every table, 0 included

    def to_dict(self) -> dict[str, Any]:
        """{"facet", "value", "total", "by_section"}."""
        return {"facet": self.facet, "value": self.value, "total": self.total, "by_section": dict(self.by_section)}


@dataclass
class PreferredFirst:
    """Matches of a facet value listed first because the query asks for them: `RPAを導入している県`
    puts the RPA cases whose status is 導入(実施)済 first (`text` 導入している). Only an order:
    the other matches follow, and `count` says how many come first, `by_prefecture` how many in
    each prefecture (what "which prefectures use RPA" is answered by; for a pasted text, of those
    scoring `describe.ASKED_ANSWER_SHARE` of the first or more). `applies` is False when the results
    are sorted otherwise than by relevance."""

    facet: str
    value: str
    text: str  # the query's words that asked for it
    count: int  # matches with this value
    applies: bool = True
    by_prefecture: dict[str, int] = field(default_factory=dict)  # those matches (a text: the closest) per prefecture
    # a pasted text naming a technology (…をRPAで自動化している県): the first are those using it (or, for RPA,
    # an AI・RPA case saying no technology); empty when the first are not kept to one
    technology: list[str] = field(default_factory=list)
    # …of which, kept to RPA, the AI・RPA cases that name no technology (RPA or not, the survey does not
    # say): a trial read 「RPAを使う事例」 and found one of them saying nothing of RPA
    untold: int = 0

    def to_dict(self) -> dict[str, Any]:
        """{"facet", "value", "text", "count", "applies", "by_prefecture", "technology", "untold"}."""
        return asdict(self)


@dataclass(repr=False)
class SearchResult:
    """One page of a search: the hits in result order, the total, facet counts (each facet
    counted as if its own selection were removed) and the filters applied, including those
    understood from the query's words."""

    query: str
    text: str  # what was searched as text after query understanding
    total: int
    page: int
    per_page: int
    sort: str
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]
    applied_filters: list[AppliedFilter]
    took_ms: float
    partial: bool = False  # the time budget ran out: matches, counts or highlights are missing
    # "keywords": `total` cases contain every word; "description": a pasted task description,
    # `total` cases ranked by similarity above the cut-off (most similar first)
    mode: str = "keywords"
    words: list[QueryWordCount] = field(default_factory=list)
    partial_matches: PartialMatches | None = None  # when no case contains every word
    related: RelatedCases | None = None  # when fewer than RELATED_BELOW cases contain every word
    elsewhere: Elsewhere | None = None  # when the places chosen hold fewer than RELATED_BELOW matches
    did_you_mean: list[str] = field(default_factory=list)  # もしかして: queries that find cases
    read_as: ReadingMatch | None = None  # the first もしかして's results, when it reads kana typed as its words
    ignored_words: int = 0  # distinct words past the first MAX_QUERY_WORDS, not searched
    filler_words: list[str] = field(default_factory=list)  # 事例, 分野 …: left out (data/filler_words.txt)
    # 連絡先, 担当課 …: what the survey does not record of a case (`query.NOT_RECORDED`), left out
    unrecorded_words: list[str] = field(default_factory=list)
    # OR, NOT, AND typed with no word to act on: alone (`OR`, searched as the word typed), or with no word
    # after them (`RPA OR`) or before an OR (`OR RPA`), where they do nothing; how they are used is said
    # beside the result (a trial's OR alone was told only that no case holds 「OR」; RPA OR, nothing)
    lone_operators: list[str] = field(default_factory=list)
    # a pasted text (`mode` "description"): the things it names that no case holds, nor any word of
    # them (保育所): the cases are like it by its other words
    absent_words: list[str] = field(default_factory=list)
    # a search for RPA: the AI・RPA cases that name no technology but meet its other words and
    # filters (長野県のRPA: 5), which it does not list (`SearchIndex._technology_untold`)
    technology_untold: int = 0
    # a technology's name searched alone, beside the facet's count of its tag, when the two differ
    # (AI-OCR: 81 cases hold the word, the tag counts 78; `SearchIndex.technology_tagged`): a
    # researcher's JSON had 81 and the facet 78 with nothing to say why, where the page and CLI say it
    technology_tagged: TechnologyTagged | None = None
    # how many prefectures the `total` matching cases come from (78 AI-OCR cases: 17 prefectures)
    prefecture_count: int = 0
    # a pasted text (`mode` "description"): the key terms it was ranked by, as it writes them (and
    # the synonyms and concept words added to them)
    key_terms: list[str] = field(default_factory=list)
    # those of `key_terms` the text does not say: synonyms of its words and what meets the needs it
    # names (as `SimilarResult.added_terms`)
    added_terms: list[str] = field(default_factory=list)
    # an empty or few-match result: its filters, each with what the search finds without it (more
    # than it did; `SearchIndex.relaxations`); any result: 共同利用できる with 共同利用中 instead, when more
    relaxations: list[Relaxation] = field(default_factory=list)
    # …and the places it chose, each with how many cases of it the index holds (`PlaceSize`): every
    # place of an empty result, those of fewer than `limits.SPARSE_PLACE` cases of a few-match one
    place_sizes: list[PlaceSize] = field(default_factory=list)
    preferred: PreferredFirst | None = None  # matches listed first, as the query asked (導入している)
    # words asking for cases *not* of a status (導入していない): the survey lists what was done, so
    # no search of it can take them; the matches are the other words', and a page says so
    denied: str = ""
    # status words said of the writer's own work (RPAを実証中で、他県の…): no condition, and a page says so
    own_status: list[str] = field(default_factory=list)
    # the query asks which prefectures do it (RPAを導入している県, …自動化している県を探している):
    # a page answers with the prefectures holding the most matches (`search.query.asks_where`)
    asks_where: bool = False
    # the query asks whether the cases can be reused (流用できるものがあれば知りたい): a page answers
    # with the matches' 共同利用の可否 (`reuse`)
    asks_reuse: bool = False
    shareable: list[Hit] = field(default_factory=list)  # …and its first matches that can be shared, by name
    # a pasted text: how many of the `total` score at least `describe.CLOSE_SHARE` of the first case's
    # score, in the order shown (`describe.close_mask`) — "especially close", against the cut-off's
    # `DESCRIPTION_CUTOFF` of the 5th best's; None otherwise
    close: int | None = None

    @property
    def unknown_words(self) -> list[str]:
        """Words of the query that no case contains."""
        return [w.text for w in self.words if not w.count and not w.excluded]

    def where(self, shown: int = WHERE_SHOWN) -> list[tuple[str, int]]:
        """A question asking which prefectures (…している県) answered: the prefectures with the
        most matches, most first (JIS order among equals), `shown` of them and those tied with the
        last; when it asks for cases in use (RPAを導入している県), the most of those. None for other
        searches, or with a prefecture or region chosen. The page's line and the CLI's say it (a
        trial read page 1, all of one prefecture, as the answer). None either when it asks for cases in
        use and no match is."""
        if not self.asks_where or not self.total or any(f.facet in ("prefecture", "region") for f in self.applied_filters):
            return []
        p = self.preferred
        if p is not None and p.applies:
            if not p.count:
                return []  # none of the matches is in use: no prefecture does it (a trial read the line as who does)
            counted = list(p.by_prefecture.items())
        else:
            counted = [(v.value, v.count) for v in self.facets.get("prefecture", []) if v.count]
        order = {v.value: i for i, v in enumerate(self.facets.get("prefecture", []))}
        counted.sort(key=lambda c: (-c[1], order.get(c[0], 0)))
        if len(counted) > shown:  # a tie is not cut in two…
            tied = [c for c in counted if c[1] >= counted[shown - 1][1]]
            # …unless it runs on: a trial read 22 prefectures of 1 件 each, 多い順, as a wall saying nothing
            counted = tied if len(tied) <= 2 * shown else counted[:shown]
        return counted

    def where_cases(self) -> int:
        """How many cases the answer to "which prefectures" counts: those asked for first (of a pasted
        text, the closest of them), else every match."""
        p = self.preferred
        if p is not None and p.applies and p.count:
            return sum(p.by_prefecture.values())
        return sum(v.count for v in self.facets.get("prefecture", []))

    def where_count(self) -> int:
        """How many prefectures the answer to "which prefectures" counts, named in `where()` or not."""
        if not self.where():
            return 0
        p = self.preferred
        if p is not None and p.applies:
            return sum(1 for n in p.by_prefecture.values() if n)
        return sum(1 for v in self.facets.get("prefecture", []) if v.count)

    def reuse(self) -> list[tuple[str, int]]:
        """A query asking whether the cases can be reused answered: the matches' 共同利用の可否,
        each value with its count, in the survey's order (a trial's 流用できるものがあれば知りたい
        listed 17 cases, none shareable, and nothing said so). None for other searches, or with
        shared use chosen, unless that left nothing: then the cases holding every word, each answer
        with its count (通勤手当 RPA 共同利用できるもの: 共同利用不可 12, その他 1, none shareable; a
        researcher's trial read the answer only from the sidebar's +12)."""
        chosen = [f for f in self.applied_filters if f.facet == "shared_use"]
        if chosen:  # …a shared use the words asked for that left nothing: the answer is no
            if self.total or not any(f.origin == "query" and not f.exclude for f in chosen):
                return []
        elif not self.asks_reuse or not self.total:
            return []
        return [(v.value, v.count) for v in self.facets.get("shared_use", []) if v.count]

    def any_words_query(self) -> str | None:
        """A keyword search of two words or more typed apart: the same search for any one of its
        words (e-Gov 法令検索's いずれかを含む beside すべてを含む), the place and status words and the
        exclusions kept (香川県 ドローン 議事録 → 香川県 ドローン OR 議事録). A trial pasted ten keywords
        from her notes and found nothing, with no way to ask for either; a consultant's 給与 手当 found
        the 4 cases saying both where she meant either (35). None for one word (or one list of
        alternatives), a description, and when no case matches whole but cases hold every word
        outside the filters (no `partial_matches`): the filters left them out, and any one word
        within them finds other tasks (通勤手当 RPA 共同利用できるもの: 26 shareable cases of RPA,
        none of 通勤手当; a re-check trial)."""
        # …not an operator typed in lower case, a word no case holds (RPA or AI-OCR offered RPA OR or OR AI-OCR)
        required = [w for w in self.words if w.required and not w.excluded
                    and not (w.text.upper() in ("OR", "AND", "NOT") and not w.count)]
        if self.mode != "keywords" or len({w.clause for w in required}) < 2 \
                or (not self.total and self.partial_matches is None):
            return None

        def written(text: str, phrase: bool) -> str:
            return f'"{text}"' if phrase or " " in text else text

        understood = [f"-{f.text}" if f.exclude else f.text for f in self.applied_filters if f.origin == "query"]
        excluded = [f"-{written(w.text, w.phrase)}" for w in self.words if w.excluded]
        return " ".join(dict.fromkeys([*understood, " OR ".join(written(w.text, w.phrase) for w in required),
                                       *excluded]))

    def without_technology_word(self) -> tuple[str, list[str]] | None:
        """Where the `technology_untold` cases are found: the query without the clause naming RPA
        (to search in the AI・RPA table) and the words that takes out. The whole clause goes, `RPA
        OR AI-OCR` both (a trial's link searched `OR AI-OCR`), and the particle left dangling with
        it (長野県のRPA: 長野県). None when there are no such cases.
        The words searched only beside it go too: with no other word they would be searched, and the
        cases counted not be those listed (a trial's RPAを導入している県 linked to を導入している県,
        which searched 県: 105 cases holding 9 of the 44). Those are the words saying what kind of
        thing is looked for (県), the words the survey does not record (担当課), and the status asked
        first (導入している) when no other word is left."""
        if not self.technology_untold:
            return None
        naming = {w.clause for w in self.words if w.required and not w.excluded and RPA_TAG in tag_text(w.text)}
        q, dropped = self.query, []
        for w in self.words:
            if w.clause in naming and not w.excluded:
                q = query_without(q, w.text)
                dropped.append(w.text)
        # …and the words the survey does not record, left out too (RPAの担当課 linked to a search for 担当課)
        unsearched = [*self.filler_words, *self.unrecorded_words]
        if self.preferred is not None and not any(not w.excluded and w.clause not in naming for w in self.words):
            unsearched.append(self.preferred.text)
        for text in unsearched:
            q = query_without(q, text)
        return without_dangling(q), dropped

    @property
    def _first_group(self) -> PreferredFirst | None:
        """The cases put first (`preferred`), when they are put first and others follow them."""
        p = self.preferred
        return p if p is not None and p.applies and 0 < p.count < self.total else None

    @property
    def first_group_end(self) -> int | None:
        """After how many hits of this page the cases put first (`preferred`) end, when the other
        matches follow on the same page; else None. The CLI prints a line there and the page
        starts a second list: a trial read the scores rising again below them as a fault."""
        p = self._first_group
        if p is None:
            return None
        ends = p.count - (self.page - 1) * self.per_page
        return ends if 0 < ends < len(self.hits) else None

    @property
    def first_group_pages(self) -> int | None:
        """How many pages of `per_page` the cases put first (`preferred`) take, when others follow
        them; else None. A later page lists the others alone, and the page and the CLI say so (a
        trial's page 7 said 「118 件を先に表示しています」 over none of them)."""
        p = self._first_group
        return math.ceil(p.count / self.per_page) if p is not None else None

    @property
    def pages(self) -> int:
        """How many pages of `per_page` the total makes (at least 1); for a search that finds
        nothing, those of its partial matches, which its pages go through."""
        shown = self.total or (self.partial_matches.total if self.partial_matches is not None else 0)
        return max(1, math.ceil(shown / self.per_page))

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `/api/search` and `dxsearch search --json`."""
        return {
            "query": self.query, "text": self.text, "total": self.total, "page": self.page,
            "pages": self.pages, "per_page": self.per_page, "sort": self.sort, "took_ms": round(self.took_ms, 2),
            "partial": self.partial, "hits": [h.to_dict() for h in self.hits],
            "facets": {k: [v.to_dict() for v in vs] for k, vs in self.facets.items()},
            "applied_filters": [f.to_dict() for f in self.applied_filters],
            "mode": self.mode, "words": [w.to_dict() for w in self.words],
            "partial_matches": self.partial_matches.to_dict() if self.partial_matches else None,
            "related": self.related.to_dict() if self.related else None,
            "elsewhere": self.elsewhere.to_dict() if self.elsewhere else None,
            "did_you_mean": self.did_you_mean,
            "read_as": self.read_as.to_dict() if self.read_as else None,
            "relaxations": [r.to_dict() for r in self.relaxations],
            "place_sizes": [p.to_dict() for p in self.place_sizes],
            "any_words_query": self.any_words_query(),
            "ignored_words": self.ignored_words,
            "filler_words": self.filler_words, "unrecorded_words": self.unrecorded_words,
            "lone_operators": self.lone_operators,
            "absent_words": self.absent_words, "technology_untold": self.technology_untold,
            "technology_tagged": self.technology_tagged.to_dict() if self.technology_tagged else None,
            "prefecture_count": self.prefecture_count,
            "key_terms": self.key_terms,
            "added_terms": self.added_terms,
            "preferred": self.preferred.to_dict() if self.preferred else None,
            "first_group_end": self.first_group_end,
            "denied": self.denied, "own_status": self.own_status,
            "asks_where": self.asks_where,
            "asks_reuse": self.asks_reuse, "close": self.close,
            "shareable": [h.to_dict() for h in self.shareable],
        }

    def to_dataframe(self) -> pandas.DataFrame:
        """This page's hits as a pandas DataFrame, one row per hit in result order (needs the
        `pandas` extra). See `hits_dataframe` for the columns."""
        return hits_dataframe(self.hits)

    def __repr__(self) -> str:
        cut = ", partial" if self.partial else ""
        pm = self.partial_matches
        some = f", {pm.total} with some of the words" if not self.total and pm is not None and pm.total else ""
        # …whose pages those are, when no case has every word (a trial read 「0 cases, …, page 1/2」 as odd)
        return f"<SearchResult {self.query!r}: {_cases(self.total)}{some}, {'their ' if some else ''}page " \
               f"{self.page}/{self.pages}{cut}>"

    def __str__(self) -> str:
        return "\n".join([repr(self), *(f"  {h}" for h in self.hits)])


@dataclass(repr=False)
class SimilarResult:
    """Cases similar to a case (`source_id`) or to a pasted text (`source_id` None), best first,
    and the key terms of the case or text that found them."""

    source_id: str | None
    key_terms: list[str]
    hits: list[Hit]
    took_ms: float
    partial: bool = False  # the time budget ran out: fewer key terms scored, or no highlights
    # the key terms the case or text does not itself say: synonyms of its words (会議録 for 議事録)
    # and what meets the needs it names (data/concepts.txt: 航空写真 for ドローン)
    added_terms: list[str] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)  # the facet values the cases were kept to
    asks_reuse: bool = False  # a text asking whether cases like it can be reused (…流用できる仕組みがあれば)
    # the especially close cases past the `limit` listed (a trial read すべて◎特に近い of 10 as all of them)
    close_beyond: int = 0
    # filters understood from the text's words (中国四国, 導入済み), in `filters` too; `exclude` set: left out
    applied_filters: list[AppliedFilter] = field(default_factory=list)
    absent_words: list[str] = field(default_factory=list)  # a text's things no case holds (保育所)
    # how many cases are similar enough (above the cut-off, within the filters): `hits` are the first
    # `limit` of them (a trial saw 10 most similar and no hint that 23 were)
    total: int = 0
    # like a case, when the cases similar enough run into other tables: how many of its own table are
    # similar enough by that table's own cut-off, as `filters={"section": [its table]}` lists them
    # (0 when they do not, or a table is chosen). A data scientist's role found data-entry
    # automations first, and the two roles like it only past the 40th case
    in_table: int = 0
    source_table: str | None = None  # like a case: the case's table (section)

    @property
    def offers_in_table(self) -> bool:
        """Whether the cases like it in its own table are worth a link of their own: some are
        (`in_table`) that this list does not show, and fewer than half of those it lists are of it
        (on the bundled survey 21 of the 42 roles' pages, 3 of 72 organisations', 15 of 123 shared
        systems', 4 of 357 AI・RPA cases', at 8 listed)."""
        own = sum(1 for h in self.hits if h.record.section == self.source_table)
        return self.in_table > own and own * 2 < len(self.hits)

    @property
    def close(self) -> int:
        """How many of the cases listed are especially close (`Hit.close`): like a text, scoring
        at least `describe.CLOSE_SHARE` of the first case, as a search's description counts
        them; like a case, at least `describe.CASE_CLOSE_SHARE` of the case's own score."""
        return sum(1 for h in self.hits if h.close)

    def reuse(self) -> list[tuple[str, int]]:
        """A text asking whether the cases can be reused answered, as a search's `reuse` is: the
        listed cases' 共同利用の可否, each value with its count, in the survey's order (a trial got
        the answer from `search` and not from `similar --text` for the same ten cases). Empty
        for other texts, or with shared use chosen."""
        if not self.asks_reuse or not self.hits or self.filters.get("shared_use"):
            return []
        counts = Counter(h.record.shared_use for h in self.hits if h.record.shared_use)
        return [(v, counts[v]) for v in _ORDERED["shared_use"] if counts[v]]

    @property
    def shareable(self) -> list[Hit]:
        """Of the listed cases, the first `REUSE_SHOWN` that can be shared, when `reuse` applies."""
        return [h for h in self.hits if h.record.shared_use in SHAREABLE][:REUSE_SHOWN] if self.reuse() else []

    @property
    def own_terms(self) -> list[str]:
        """The key terms the case or text says itself."""
        added = set(self.added_terms)
        return [t for t in self.key_terms if t not in added]

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `/api/similar` and `dxsearch similar --json`."""
        return {"id": self.source_id, "key_terms": self.key_terms, "added_terms": self.added_terms,
                "took_ms": round(self.took_ms, 2), "partial": self.partial, "filters": self.filters,
                "applied_filters": [f.to_dict() for f in self.applied_filters], "absent_words": self.absent_words,
                "total": self.total, "hits": [h.to_dict() for h in self.hits], "close": self.close,
                "close_beyond": self.close_beyond, "in_table": self.in_table,
                "offers_in_table": self.offers_in_table,
                "asks_reuse": self.asks_reuse,
                "shareable": [h.to_dict() for h in self.shareable]}

    def to_dataframe(self) -> pandas.DataFrame:
        """The similar cases as a pandas DataFrame, best first (needs the `pandas` extra)."""
        return hits_dataframe(self.hits)

    def __repr__(self) -> str:
        like = self.source_id if self.source_id is not None else "text"
        # the terms as the CLI and the page list them, not also their parts (会議 and 作成 of 会議録等作成:
        # a trial saw them differ)
        own, more = listed_apart(self.key_terms, self.added_terms)
        return f"<SimilarResult like {like}: {_cases(len(self.hits))} of {self.total}, key terms {' '.join((own or more)[:5])}>"

    def __str__(self) -> str:
        return "\n".join([repr(self), *(f"  {h}" for h in self.hits)])


def hits_dataframe(hits: Iterable[Hit]) -> pandas.DataFrame:
    """Hits as a DataFrame: the case record's fields (`id`, `section`, …, `page`), `score`,
    `technology` (a list per row: `df.explode("technology")` counts by tag) and `snippet`
    (plain-text description fragments, « » around matches; "" without highlighting). Works on
    `SearchIndex.iter_hits(...)` too, so a whole export becomes one frame.

    The closed sets are ordered categoricals, so a pivot table or `groupby` lists prefectures in JIS
    order (北海道 first), statuses as the survey numbers them (導入(実施)済 first), and every value
    of the set, counted 0 where no hit has it; numbers that may be missing (`page`,
    `shared_use_order`) are nullable integers, not floats."""
    try:
        import pandas
    except ImportError as e:
        raise ImportError(PANDAS_HINT) from e
    columns = [*CaseRecord.__dataclass_fields__, "score", "technology", "snippet"]
    rows = []
    for h in hits:
        row = h.record.to_dict()
        row.update(score=h.score, technology=list(h.technology), snippet=h.snippets.get("description", ""))
        rows.append(row)
    frame = pandas.DataFrame(rows, columns=columns)
    for name, values in _ORDERED.items():
        frame[name] = pandas.Categorical(frame[name], categories=list(values), ordered=True)
    for name in ("shared_use_order", "page"):
        frame[name] = frame[name].astype("Int64")
    return frame


# each closed set in its own order: JIS for places, the survey's numbering for choices
_ORDERED: dict[str, tuple[str, ...]] = {
    "section": SECTIONS, "prefecture": tuple(p.name for p in PREFECTURES), "region": REGIONS, "status": STATUSES,
    "shared_use": tuple(dict.fromkeys(v for values in SHARED_USE.values() for v in values if v != "その他")) + ("その他",),
}


def _cases(n: int) -> str:
    return f"{n} case" if n == 1 else f"{n} cases"


def _short(text: str, width: int = 30) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"
