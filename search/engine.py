"""The search library: one `SearchIndex` serves the CLI, scripts and the web front end.

    from dxsearch import SearchIndex
    index = SearchIndex()                       # the default index; SearchIndex(path) for another
    result = index.search("通勤手当 RPA", filters={"prefecture": ["三重県"]}, per_page=10)
    for hit in result.hits: print(hit.record.id, hit.record.name, hit.score)
    for hit in index.iter_hits("RPA"): ...      # every hit, streamed; index.iter_records(): every case
    index.similar(case_id="ai_rpa-001"); index.similar(text="会議の音声を自動で文字にしたい")
    index.get("ai_rpa-001"); index.facet_values("prefecture"); index.stats()

A query is planned by `search.planner` (words → terms, readings, bigrams, synonyms; long texts →
key terms), scored over the impact arrays (`search.scoring`), filtered and counted with facet codes held in
memory (`search.facets`): several values of one facet combine with OR, facets with AND, and each
facet's counts are computed as if its own selection were removed, so a user sees the alternatives.
A pasted description is ranked by `search.describe`; only the page's hits are made and marked
(`search.hit_maker`, from token offsets stored at build time); what one opened index generation
holds is `search.generation`.

Every search, export, stream and similar-case call takes `timeout=` (seconds,
or a `search.budget.Budget` shared by the calls of one request; None, the default, is no limit:
scripts may want everything). Past it the call returns what it has, `partial=True` (fewer
matches, or no facet counts or highlights), or raises `SearchTimeout` when it has nothing yet.
"""

from __future__ import annotations

import difflib
import functools
import logging
import math
import re
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from whoosh.query import Query as WhooshQuery

from ..errors import CaseNotFound
from ..indexer.prefectures import BY_NAME, PREFECTURES
from ..indexer.records import SECTIONS, SHAREABLE, CaseRecord
from .analysis import KANA_ONLY, KANJI, katakana_letter, morphemes, normalize, stem_katakana, to_hiragana, to_katakana
from .asked import READ_IN_EVERY_CASE
from .budget import Budget, SearchTimeout
from .describe import (ASKED_ANSWER_SHARE, CASE_CLOSE_SHARE, DESCRIPTION_CUTOFF, DESCRIPTION_REFERENCE, PastedText, close_mask,
                       description_cut, description_mask, filtered_cut, leading, on_topic, scaled)
from .errors import QueryError
from .fields import extra_text
from .generation import FIXED_ORDER, JIS, Generation, exempt_from_gc, open_generation
from .hit_maker import HitMaker, word_runs
from .legacy_ids import legacy_ids
from .limits import (
    DEFAULT_PER_PAGE,
    DEFAULT_SIMILAR,
    MAX_ALTERNATIVE_SEARCHES,
    MAX_ELSEWHERE,
    MAX_EXPORT,
    MAX_FILTER_VALUES,
    MAX_KEEP_WORDS,
    MAX_PER_PAGE,
    MAX_QUERY_CHARS,
    MAX_QUERY_WORDS,
    MAX_RELATED,
    MAX_RELAXATIONS,
    MAX_SIMILAR,
    MAX_SIMILAR_TEXT_CHARS,
    MAX_SUGGESTIONS,
    MAX_SUGGEST_CHARS,
    NEAR_FIRST,
    RELATED_BELOW,
    REUSE_SHOWN,
    SORTS,
    SPARSE_PLACE,
)
from .matching import Matcher, okurigana_key
from .planner import KeyTerm, QueryPlanner, telling, without_labels, without_what_is_not_wanted
from .query import (DESCRIPTION, DROPPED_SUFFIXES, KEYWORDS, OPERATORS, ParsedQuery, QueryWord, asks_reuse, asks_where, dots_joined, kana_forms, minus_signs, parse_query,
                    without_what_is_done_with_the_cases,
                    query_without, ranking_words)
from .results import (
    Elsewhere,
    FacetValue,
    Hit,
    HitStream,
    PartialMatches,
    PlaceSize,
    PreferredFirst,
    QueryWordCount,
    ReadingMatch,
    RelatedCases,
    Relaxation,
    SearchResult,
    SimilarResult,
    TechnologyTagged,
)
from .schema import FACETS
from .scoring import Plan, top
from .shown_terms import as_written
from .shown_terms import shown as shown_key_terms
from .storage import (
    IndexUnavailable,
    default_index_dir,
    generation_path,
)
from .suggest import (HIRAGANA_RUN, KANA_TYPED_QUERY, Vocabulary, katakana_fold, letters_named, small_kana_folded,
                      within_one_edit, without_particle)
from .synonyms import Synonyms, load_groups
from .technology import RPA_TAG, TAGS, TECHNOLOGY_FACET, named_in_text, named_tag, tag_text
from .understand import (SHARED_NOW_WORDS, KANA_PARTICLES, VERB_CONJUNCTIONS, AppliedFilter, find_filters,
                         place_of_reading, understood_filters)

log = logging.getLogger("dxsearch")

EXPORT_CHUNK = 1000  # hits made at a time by `iter_hits`
PARSED_QUERIES = 1024  # queries kept as read (`parse_query` depends on the query and the synonyms only)
PLACE = "place"  # prefectures and regions selected together: a case in any of them
# The word 共同利用中 (in shared use now) is the AI・RPA table's answer 共同利用中 or any system in use of
# the shared-systems table (② lists systems several governments use together; its own answer
# says whether more can join): a trial's 香川県 共同利用中 and 電子申請 共同利用中 found nothing,
# though 香川県's 電子申請・届出システム is used with its towns. Not the facet's value 共同利用中 ticked
# (2 cases, as its count says): a choice of its own, so each facet counts its part of the matches.
IN_SHARED_USE = ("shared_use", "共同利用中")
IN_SHARED_USE_CHOICE = "in_shared_use"  # its mask's key among a match's facet masks
SHARED_SYSTEMS = "shared_system"
# …in use: a fresh user's check found 6 of ②'s 123 planned, under study or in trial (検討中: 今後検討していく)
SHARED_IN_USE: tuple[tuple[str, str], ...] = (("section", SHARED_SYSTEMS), ("status", "導入(実施)済"))
COMMON_WORD_SHARE = 0.5  # a query word in more than this share of the cases does not filter (see _match)
SENTENCE_WORDS = 3  # a sentence of this many words or more (ParsedQuery.sentence) no case holds together is a description
PARTIAL_FEW = 5  # fewer partial matches than this hold the most words: those holding one fewer follow
FEEDBACK_CASES = 5  # related cases are found by the key terms of this many best matches
RELATED_WORDS_WEIGHT = 0.5  # …and by the query's own words (any of them) at this weight
RELATED_FLOOR = 0.2  # …scoring at least this share of the median score of those matches by those terms
RELATED_BY_WORDS = 0.3  # …or by the query's words at least this share of the best case's score by them
# …and by the words a query word is made of (マイナンバー of マイナンバーカード) at this weight, each by its
# rarity, listing those holding them at least this share of the best case's score by them
RELATED_PARTS_WEIGHT = 1.5
RELATED_BY_PARTS = 0.3
RARER_WORD_RATIO = 3  # a query word in a third of the cases another is in, or fewer, tells more (`_related`)
GLUED_COMMON_SHARE = 0.05  # a word in this share of the cases says nothing of a compound typed with it (`_partial_matches`)



_CASE_ID_TYPED = re.compile(r"([a-z_]+)[-_ ]?0*(\d{1,6})")  # a case id as typed: shared_system-1


def _with_understood_words(queries: list[str], applied: Sequence[AppliedFilter]) -> list[str]:
    """`queries` with the words of the filters read from the query (not those given as filters):
    the places and statuses first, the exclusions last."""
    kept = list(dict.fromkeys(_as_written(f) for f in applied if f.origin == "query" and not f.exclude))
    out = list(dict.fromkeys(f"-{_as_written(f)}" for f in applied if f.origin == "query" and f.exclude))
    if not queries or not (kept or out):
        return queries
    return [" ".join([*(w for w in kept if w not in q.split()), q, *(w for w in out if w not in q.split())])
            for q in queries]


def _as_written(applied: AppliedFilter) -> str:
    """A filter's words as もしかして writes them: a place typed in kana by its name (ちゅうごくちほう
    → 中国地方, おかやま → 岡山県: a trial's もしかして kept the kana beside 施設予約), else as typed."""
    if applied.facet not in ("prefecture", "region") or not KANA_ONLY.fullmatch(applied.text):
        return applied.text
    if applied.facet == "region" and applied.value != "北海道":
        return applied.value + "地方"
    return applied.value


def _actions(match: "_Match") -> list[bool]:
    """Which of a query's words are a verbal noun typed as a word of its own (更新 of ホームページ
    更新, 督促 of 税の督促: Janome's 名詞,サ変接続), not the end of a compound (対策 of ウイルス対策)."""
    typed = normalize(match.query).lower()
    texts = [t.lower() for t in match.clause_texts]
    out = []
    for i, text in enumerate(texts):
        found = morphemes(text) if " " not in text else ()
        glued = (i > 0 and texts[i - 1] + text in typed) or (i + 1 < len(texts) and text + texts[i + 1] in typed)
        out.append(len(found) == 1 and found[0].pos.startswith("名詞,サ変接続") and not glued)
    return out


def _glued_to_an_absent_word(match: "_Match") -> set[int]:
    """The clauses (by index) of common words typed as one piece with a word no case holds, which
    Janome cut: 点群データ is a word in no case, whose データ (in a fifth of the cases) says nothing of
    it (127 cases holding データ were offered as its partial matches). A rarer piece still finds
    them: a kanji variant no case writes leaves the rest of its compound to find the cases
    (キャッシュレス決済: the one case of 決済). Typed apart (点群 データ), each is a word of its own."""
    typed = normalize(match.query).lower()
    live = match.state.live
    common = GLUED_COMMON_SHARE * max(1, int(live.sum()))
    texts = [t.lower() if " " not in t else "" for t in match.clause_texts]  # not A OR B
    absent = {i for i, m in enumerate(match.clause_masks) if texts[i] and not (m & live).any()}
    texts = [t if i in absent or int((m & live).sum()) >= common else ""
             for i, (t, m) in enumerate(zip(texts, match.clause_masks))]
    glued: set[int] = set()
    frontier = list(absent)
    while frontier:
        i = frontier.pop()
        for j in (i - 1, i + 1):
            if 0 <= j < len(texts) and j not in glued and j not in absent and texts[j] \
                    and texts[min(i, j)] + texts[max(i, j)] in typed:
                glued.add(j)
                frontier.append(j)
    return glued


def _place_typed(word: str) -> str | None:
    """The place a word typed in kana reads as (しまね, シマネ → 島根県), or None."""
    return place_of_reading(to_hiragana(word.strip()))


def _places_misspelt(word: str) -> list[str]:
    """The prefectures a word of kanji one character off their name names (鹿児鳥, 鹿児鳥県 → 鹿児島県;
    愛姫県 → 愛知県 and 愛媛県): a clerk's 鹿児鳥 RPA searched 鹿児鳥 in every prefecture, with nothing
    offered. A name of three characters keeps its last (三重県, not 三重奏 nor 岐阜市); a shorter word
    is too near too many."""
    typed = normalize(word).strip()
    if len(typed) < 3 or not all(KANJI.fullmatch(ch) for ch in typed):
        return []
    out = []
    for p in PREFECTURES:
        short = p.name[:-1] if p.name[-1] in "都府県" else ""
        if any(within_one_edit(typed, name) for name in (p.name, short)
               if len(name) >= 4 or len(name) == 3 and (name == short or typed[-1] == name[-1])):
            out.append(p.name)
    return out


def _apart(matcher: Matcher, word: QueryWord, mask: np.ndarray, budget: Budget) -> list[str]:
    """The words a word no case writes whole was found as (知事, 会見 for 知事会見), for the
    result to say so; none for a word found whole or not at all, or matched by its parts."""
    found = matcher.read_apart(word, budget) if mask.any() and not word.phrase and not word.parts else []
    return list(found[0]) if found else []


# a run of kana mixing hiragana and katakana (ちゃっとボット: the input method converted half of it)
_MIXED_KANA = re.compile(r"(?=[ぁ-ゖァ-ヺー]*[ぁ-ゖ])(?=[ぁ-ゖァ-ヺー]*[ァ-ヺ])[ぁ-ゖァ-ヺー]+")


def _katakana_meant(vocabulary: Vocabulary, kana: str) -> str:
    """`kana` in katakana when the cases write it so (ちゃっとボット → チャットボット; Janome read ちゃっと
    as a verb and the query as a description), else as typed."""
    last = max(i for i, ch in enumerate(kana) if "ァ" <= ch <= "ヺ" or ch == "ー")
    head, tail = kana[:last + 1], kana[last + 1:]  # the particle after it stays (ちゃっとボットの事例)
    katakana = to_katakana(head)
    return katakana + tail if vocabulary.holds(stem_katakana(katakana)) else kana


def _word_mask(state: Generation, word: QueryWord, budget: Budget) -> tuple[np.ndarray, bool]:
    """The cases containing a word; a compound typed beside OR or after NOT (`QueryWord.parts`):
    those containing each of its words, as when it is searched alone: a word only ranking there
    (システム of 施設予約システム, in most cases; 業務) is no condition, unless all are."""
    if not word.parts:
        mask, complete = state.matcher.word_mask(word, budget)
        tags = [] if word.phrase else [t for t in {named_tag(f) for f in (word.text, *word.forms)} if t]
        if tags:  # a technology's name (or a synonym's, Q&A = FAQ): the cases its tag is on too (`named_tag`)
            mask = mask | state.table.mask(TECHNOLOGY_FACET, tags)
        return mask, complete
    found = [(state.matcher.word_mask(p, budget), p) for p in word.parts]
    live_count = max(int(state.live.sum()), 1)
    soft = ranking_words()
    firm = [m for (m, _), p in found if p.phrase or not (p.ranks_only or p.text.lower() in soft
                                                         or int((m & state.live).sum()) > COMMON_WORD_SHARE * live_count)]
    mask = np.logical_and.reduce(firm or [m for (m, _), _ in found])
    return mask, all(complete for (_, complete), _ in found)



class SearchIndex:
    """A search index opened for reading: search, export, similar cases, lookups and counts.

    Opening reads the index once (records and facet codes into memory, the text arrays
    memory-mapped); after that every call is answered from memory and is safe from several
    threads. A rebuilt index is picked up by `refresh()`. Every error raised on purpose is a
    `dxsearch.DxsearchError`: `QueryError` for a request refused, `CaseNotFound` for an unknown
    case id, `IndexUnavailable` (`IndexMissing`, `IndexIncompatible`) when the index cannot be
    opened.

        index = SearchIndex()                  # the default index; SearchIndex(path) for another
        index.search("通勤手当 RPA", {"prefecture": ["三重県"]})
    """

    def __init__(self, index_dir: str | Path | None = None, synonyms: Synonyms | None = None, *,
                 warm: bool = False):
        self.index_dir = Path(index_dir) if index_dir else default_index_dir()
        self.synonyms = synonyms or Synonyms(load_groups())
        # the synonyms' katakana words by their spelling folded (`katakana_fold`; small kana alone in
        # a word of katakana and kanji): ウエブサイト is the group's ウェブサイト, which no case writes
        # (they write HP, ホームページ), ウエブ会議 its ウェブ会議
        self._synonym_folds: dict[str, list[str]] = {}
        for members, _ in self.synonyms.groups:
            for member in members:
                if (folded := _synonym_fold(member)) is not None:
                    self._synonym_folds.setdefault(folded, []).append(member)
        self.planner = QueryPlanner(self.synonyms)
        self.pasted = PastedText(self.planner, self.synonyms)
        # a query comes back as its user pages and filters, and as its page's JSON, CSV and map:
        # reading a pasted text's words is a tenth of its search
        self._parse = functools.lru_cache(maxsize=PARSED_QUERIES)(parse_query)
        self.hit_maker = HitMaker(self.planner.ja)
        self._reload_lock = threading.Lock()  # held while a reload is being started
        self._loader: threading.Thread | None = None  # the background reload, if one was started
        self._failed: Path | None = None  # the generation that failed to open, not retried
        self.reload_error: str | None = None  # why the last reload did not swap a new index in
        self._legacy: tuple[Generation, dict[str, str]] | None = None  # old ids of one generation
        self.warm = warm  # make everything a first request would (readings for もしかして) when opening
        if warm:
            self.planner.read_word_lists()
        self._state = self._load()
        exempt_from_gc()

    def __repr__(self) -> str:
        return f"<SearchIndex {str(self.index_dir)!r}: {int(self._state.live.sum())} cases>"

    # --- opening and reloading ------------------------------------------------------------
    def _load(self) -> Generation:
        state = open_generation(self.index_dir, self.planner.ja, self.planner.reading, self.warm)
        if self.warm:  # …and which cases say what a text's rules look for (`search.asked`)
            for pattern in READ_IN_EVERY_CASE:
                state.cases_saying(pattern)
        return state

    def forget(self) -> None:
        """Drop what was worked out from queries and texts (queries as read, a text's and a case's
        key terms), so the next ones are worked out again: after a tuning constant changed, as
        tests patching one do."""
        self._parse.cache_clear()
        self._state.forget()

    def refresh(self, wait: bool = False) -> bool:
        """Pick up a rebuilt index; True when this call swapped one in. Cheap: one readlink. The
        new generation is checked and opened on a background thread (seconds at 100,000 cases)
        while every request keeps answering from the current one; `wait=True` (scripts, tests)
        waits for it and says whether it was swapped in. A generation that is refused or cannot
        be opened is not swapped in and not tried again until `CURRENT` changes
        (`reload_error` says why)."""
        try:
            target = generation_path(self.index_dir)
        except IndexUnavailable as e:
            self.reload_error = str(e)
            return False  # keep serving the index we have
        if target in (self._state.generation, self._failed):
            return False
        if not self._reload_lock.acquire(blocking=False):
            return False  # another thread is starting the reload
        try:
            loader = self._loader
            if loader is None or not loader.is_alive():
                if target in (self._state.generation, self._failed):
                    return False
                loader = self._loader = threading.Thread(target=self._reload, args=(target,),
                                                         name="dxsearch-reload", daemon=True)
                loader.start()
        finally:
            self._reload_lock.release()
        if not wait:
            return False
        loader.join()
        if self._state.generation == target:
            return True
        # the thread was opening an earlier generation: open this one too
        return target != self._failed and self.refresh(wait=True)

    def health(self) -> dict:
        """For a monitor: the index answering (cases, build time, generation), all of one
        generation, and `status`: `loading` while `CURRENT` names a rebuild not swapped in yet (a
        monitor asking straight after a build saw the old figures as `ok` for the seconds between
        checks; this starts opening it), `stale` when a rebuild was refused (`reload_error`), else
        `ok`. One readlink."""
        self.refresh()
        state, failed, error = self._state, self._failed, self.reload_error
        try:
            target: Path | None = generation_path(self.index_dir)
        except IndexUnavailable:
            target = None
        loading = target is not None and target not in (state.generation, failed)
        return {"status": "loading" if loading else "ok" if error is None else "stale",
                "total": int(state.live.sum()), "built": state.meta.get("built"),
                "generation": state.generation.name, "reload_error": error}

    def _reload(self, target: Path) -> None:
        """The background half of `refresh`: open the generation `CURRENT` names and swap it in
        whole, or remember that `target` failed."""
        try:
            state = self._load()
        except Exception as e:  # IndexUnavailable, or whatever else a damaged file raises
            self._failed = target
            self.reload_error = str(e)
            log.warning("dxsearch: not switching to the rebuilt index (%s); still serving %s", e,
                        self._state.generation.name)
            return
        self._state = state
        self.reload_error = None
        exempt_from_gc()
        # a server's log says when its answers changed (an admin's trial could not tell)
        log.info("dxsearch: serving the rebuilt index %s (%d case%s)", state.generation.name, self.size,
                 "" if self.size == 1 else "s")

    @property
    def size(self) -> int:
        """The number of cases in the index."""
        return int(self._state.live.sum())

    @property
    def generation(self) -> str:
        """The name of the index generation answering now: it changes when a rebuilt index is
        picked up, so it keys anything worked out from the whole index (the web's overview)."""
        return self._state.generation.name

    @property
    def meta(self) -> dict:
        """What the build recorded about the index (when, from which sources, how many cases)."""
        return dict(self._state.meta)

    def whoosh_query(self, text: str) -> WhooshQuery | None:
        """The Whoosh query that ranks `text` as this index's generation ranks it (its ranking plan:
        synonyms, readings, partial matches; `search.whoosh_query`), for a script searching the
        Whoosh index itself with `searcher(weighting=scoring.BM25F())`; None when `text` has nothing
        to search. A researcher could not follow the README's `to_whoosh_query(plan, text_index)`:
        nothing documented gave the text index. Filter words are searched as words here."""
        from .whoosh_query import to_whoosh_query  # Whoosh only when asked for

        state = self._state
        plan = self.planner.plan(state.text, text) if text.strip() else None
        return None if plan is None else to_whoosh_query(plan, state.text)

    # --- lookups --------------------------------------------------------------------------
    def get(self, case_id: str) -> CaseRecord | None:
        """The case with this id, or None when there is none: a lookup like `dict.get`, not an
        error (`similar(case_id=…)` raises `CaseNotFound` instead, having nothing to return). The
        id as the cases have it (ai_rpa-001); one typed otherwise (AI_RPA-1) or saved from dxsearch
        0.1 is read by `current_id` first: `index.get(index.current_id(typed) or typed)`."""
        state = self._state
        docnum = state.by_id.get(case_id)
        return state.records[docnum] if docnum is not None else None

    def current_id(self, case_id: str) -> str | None:
        """The id the case has now: `case_id` itself when a case has it, else the case an id saved
        from dxsearch 0.1 named (`survey-r2.ai_rpa-001` → `ai_rpa-001`, see
        `search.legacy_ids`); None when no case has or had it. For redirecting old links."""
        state = self._state
        if case_id in state.by_id:
            return case_id
        typed = _CASE_ID_TYPED.fullmatch(normalize(case_id).strip().lower())
        if typed:  # shared_system-1, AI_RPA-007: the id written otherwise (a trial typed the first)
            padded = f"{typed.group(1)}-{int(typed.group(2)):03d}"
            if padded in state.by_id:
                return padded
        cached = self._legacy
        if cached is None or cached[0] is not state:
            cached = self._legacy = (state, legacy_ids(r for r in state.records if r is not None))
        return cached[1].get(case_id)

    def technology_of(self, case_id: str) -> list[str]:
        """The technology tags of a case (AI, RPA, AI-OCR, …; see `search.technology`); [] for an
        unknown id."""
        state = self._state
        docnum = state.by_id.get(case_id)
        return list(state.technology[docnum]) if docnum is not None else []

    def iter_records(self) -> Iterator[CaseRecord]:
        """Every case record of the index in table order (source, table, number), as the survey
        prints them. Holds the index generation it started with, so a rebuild swapped in meanwhile
        does not mix two generations."""
        state = self._state
        for docnum in state.table_order.tolist():
            record = state.records[docnum]
            if record is not None:
                yield record

    def facet_values(self, facet: str) -> list[FacetValue]:
        """Every value of `facet` with its count over all cases, in the facet's natural order
        (JIS for prefectures, the survey's order for statuses) or by count."""
        if facet not in FACETS:
            raise QueryError(f"unknown facet {facet!r}; facets are {', '.join(FACETS)}", "facet")
        values = self._facet_list(facet, self._state.all_counts[facet], set())
        for fv in values:  # of no search every case is a match (/api/facets said `matched` 0 for each)
            fv.matched = fv.count
        return values

    def near_values(self, facet: str, value: str, limit: int = 3) -> list[str]:
        """What a filter value no case has probably meant: values of `facet` that are `value` in
        other case or width (rpa → RPA), that contain it or that it contains (三重 → 三重県), that
        the query reads it as (導入済 → 導入(実施)済), or spelled nearly alike (九洲 → 九州, 茨木県 → 茨城県)."""
        value = value.strip()
        if not value:
            return []
        values = [v.value for v in self.facet_values(facet)]
        # rpa, ＲＰＡ: RPA first (a script's case slip got no hint), as `read_values` folds it
        near = self.read_values(facet, value)
        near += [v for v in values if value in v or v in value]
        other = {"prefecture": "region", "region": "prefecture"}.get(facet)
        if not near and other and self.read_values(other, value):
            return []  # a word of the other place facet, read whole (東海 as a region: its four prefectures), is
            # no slip of this one's (関東, 東北: an admin's trial)
        # …never its opposite: a trial's 共同利用OK was offered 共同利用不可, two characters apart
        near += [v for v in difflib.get_close_matches(value, values, n=limit, cutoff=0.5)
                 if _spelled_alike(value, v) and _denies(v) == _denies(value)]
        return list(dict.fromkeys(near))[:limit]

    def value_elsewhere(self, facet: str, value: str) -> tuple[str, list[str]] | None:
        """(the place facet, its values) that a value no case has of `facet` probably meant, when
        `near_values` finds none in `facet` itself: 九州 given as a prefecture is a region (a
        trial's `--pref 九洲` got the list of prefectures, and no word of 九州), 香川 as a
        region is 香川県."""
        other = {"prefecture": "region", "region": "prefecture"}.get(facet)
        if other is None or self.near_values(facet, value):
            return None
        meant = self.read_values(other, value) or self.near_values(other, value)  # …all a word reads as (東海: 4)
        return (other, meant) if meant else None

    def read_values(self, facet: str, value: str) -> list[str]:
        """The values of `facet` a query reads `value` as, whole (香川 → 香川県, 導入済み →
        導入(実施)済, 共同利用可 → both 共同利用可能 values); [] when it reads it otherwise or not at
        all. What `dxsearch search --pref 香川` searches for. A value written in another case or
        width (rpa, ＲＰＡ, ai-ocr) is the value it folds to, when one does."""
        values = {v.value for v in self.facet_values(facet)}
        text = normalize(value.strip())
        found = [(start, end, f, vs) for start, end, f, vs in find_filters(text)]
        if len(found) == 1 and found[0][:3] == (0, len(text), facet) and all(v in values for v in found[0][3]):
            return list(found[0][3])
        folded = [v for v in values if normalize(v).casefold() == text.casefold()]
        return folded if len(folded) == 1 and folded != [value] else []

    def stats(self) -> dict:
        """The whole index at a glance: total, when and from what it was built, and every facet's
        non-zero counts (the JSON of `/api/stats` and `dxsearch stats --json`)."""
        state = self._state
        return {
            "total": int(state.live.sum()),
            "built": state.meta.get("built"),
            "sources": state.meta.get("sources"),
            "facets": {f: {v.value: v.count for v in self._facet_list(f, state.all_counts[f], set())
                           if v.count} for f in FACETS},
        }

    # --- search ---------------------------------------------------------------------------
    def search(self, query: str = "", filters: Mapping[str, Iterable[str]] | None = None, *, page: int = 1,
               per_page: int = DEFAULT_PER_PAGE, sort: str = "relevance", understand_query: bool = True,
               keep: Iterable[str] = (), highlight_hits: bool = True, count_facets: bool = True,
               timeout: float | Budget | None = None) -> SearchResult:
        """Ranked (or sorted) cases for `query` within `filters` (facet → values), one page of
        them, with facet counts. Values of one facet combine with OR, facets with AND, but the
        places: prefecture and region values together combine with OR ({"prefecture": ["三重県"],
        "region": ["中部"]} is 三重県 or 中部). Words that name a prefecture, region, status… become
        filters unless `understand_query` is off or they are listed in `keep`. Scripts that need neither
        highlighting nor counts can turn them off. Past `timeout` (seconds or a `Budget`) the
        result is `partial`: matches of the words scored so far, then no facet counts, no
        highlights; `SearchTimeout` when no word could be scored."""
        result = self._search(query, filters, page=page, per_page=per_page, sort=sort, understand_query=understand_query,
                              keep=keep, highlight_hits=highlight_hits, count_facets=count_facets, timeout=timeout)
        if count_facets and not result.partial:  # beside the facet counts it explains
            result.technology_tagged = self.technology_tagged(result)
        return result

    def _search(self, query: str, filters: Mapping[str, Iterable[str]] | None, *, page: int = 1,
                per_page: int = DEFAULT_PER_PAGE, sort: str = "relevance", understand_query: bool = True,
                keep: Iterable[str] = (), highlight_hits: bool = True, count_facets: bool = True,
                timeout: float | Budget | None = None, in_shared_use: bool = False) -> SearchResult:
        """`search`, also within the word 共同利用中's choice (`IN_SHARED_USE`) when `in_shared_use`:
        a search made again of another search's words and filters (もしかして's, a reading's) keeps it."""
        if not isinstance(per_page, int) or isinstance(per_page, bool):  # "10" is no range's fault (a trial)
            raise QueryError(f"per_page must be a whole number (an int), not {type(per_page).__name__} "
                             f"{per_page!r}", "per_page")
        if not 1 <= per_page <= MAX_PER_PAGE:
            raise QueryError(f"per_page must be between 1 and {MAX_PER_PAGE}", "per_page")
        if not isinstance(page, int) or isinstance(page, bool):
            raise QueryError(f"page must be a whole number (an int), not {type(page).__name__} {page!r}", "page")
        if page < 1:
            raise QueryError("page must be a whole number of 1 or more", "page")
        started = time.perf_counter()
        budget = Budget.of(timeout)
        match = self._match(query, filters, sort, understand_query, keep, budget, in_shared_use=in_shared_use)
        facets: dict[str, list[FacetValue]] = {}
        if count_facets:
            if budget.expired():
                match.partial = True  # the counts are left out, not made up
            else:
                facets = self._count_facets(match)
        start = (page - 1) * per_page
        page_docs = self._ordered(match, sort, start + per_page)[start:].tolist()
        hits = self._hits(match, page_docs, highlight_hits, budget)
        result = match.result(page, per_page, sort, hits, facets, started)
        if not match.total and len(match.clause_masks) > 1 and not match.base.any():
            # some words but not all, in no case; not when cases hold every word outside the filters
            # (通勤手当 RPA 共同利用できるもの: 13 do, none shareable; a trial was told none held both)
            result.partial_matches = self._partial_matches(match, page, per_page, highlight_hits, budget)
        if result.asks_reuse and match.total and not match.selected.get("shared_use") and not budget.expired():
            # 流用できるものがあれば知りたい: the first matches that can be shared, named beside the counts
            # (a trial read 共同利用可能 2 件 as two reusable 通勤手当 tools; they were other tasks)
            shareable = match.final & match.state.table.mask("shared_use", SHAREABLE)
            result.shareable = self._hits(match, self._in_order(match, shareable, sort, REUSE_SHOWN).tolist(), False)
        few = 0 < match.total < RELATED_BELOW and start + per_page >= match.total  # on the last match's page
        # …not when only a status or shared use left them out: a case of it like them shares little but
        # the technology (通勤手当 RPA 共同利用できるもの listed 和歌山's shareable budget RPA cases); its
        # relaxation and the reuse answer are what the page offers
        outside = not match.total and bool(match.masks) and result.partial_matches is None and bool(match.base.any()) \
            and not set(match.masks) <= {"status", "shared_use"}
        if (few or outside) and not budget.expired():  # outside: the words are found, only not within the filters
            result.related = self._related(match, highlight_hits, budget, limit=per_page)
        pm = result.partial_matches
        if pm is not None and pm.total < RELATED_BELOW and pm.most >= 2 and start + per_page >= pm.total \
                and not budget.expired() and all((m & match.state.live).any() for m in match.clause_masks):
            # few of them, holding two words or more, each word in some case (never all together): the
            # cases like them; not for a word in no case (ブロックチェーン), nor like cases holding one word
            result.related = self._related(match, highlight_hits, budget, partial=pm, limit=per_page)
        if match.total:
            result.did_you_mean = self._as_read(match)
        if not match.total and not budget.expired():
            result.did_you_mean = self._did_you_mean(match, budget)
            for word in result.words:
                if not word.count and not word.excluded:
                    word.suggestions = self.suggest_words(word.text, limit=3, each_word=True)
                    word.related = self.related_words(word.text)
                    word.inside = [self._as_the_cases_write(t) for t in self._vocabulary().holding(word.text)]
            if result.did_you_mean and page == 1 and not budget.expired():
                result.read_as = self._read_as(match, result.did_you_mean[0], per_page, sort, highlight_hits, budget)
        # the words read as filters stay in もしかして's queries, as they were counted (三重県のぎじろぐ:
        # 三重県 議事録; 議事碌 -三重県: 議事録 -三重県), so a link or a script searching one keeps them
        result.did_you_mean = _with_understood_words(result.did_you_mean, match.applied)
        if (not match.total or match.total < RELATED_BELOW and match.mode == KEYWORDS) and match.applied \
                and not budget.expired():
            # nothing or few: what each filter keeps out (北海道と東北のチャットボット: 1 case, 23 without the places)
            result.relaxations = self.relaxations(result, filters, keep=keep, understand_query=understand_query,
                                                  timeout=budget)
            # …and how many cases its places hold at all: every place of an empty search, those of
            # fewer than SPARSE_PLACE cases of a few-match one
            result.place_sizes = [p for p in self.place_sizes(result.applied_filters)
                                  if not result.total or p.total < SPARSE_PLACE]
        elif match.applied and not budget.expired():
            given = {facet: list(values) for facet, values in (filters or {}).items()}
            in_use = self._in_use_instead(result, given, keep, understand_query, budget)
            result.relaxations = [in_use] if in_use is not None else []
        if match.total < RELATED_BELOW and start + per_page >= match.total and not budget.expired():
            # the places chosen hold few matches: those of the rest of the country follow (北陸の県で残業時間の
            # 集計を自動化している例: 富山県's one case, then 三重県's and 広島県's)
            result.elsewhere = self._elsewhere(match, result, filters, keep=keep, understand_query=understand_query,
                                               highlight=highlight_hits, budget=budget)
        if match.mode == KEYWORDS and match.clause_masks and not budget.expired():
            result.technology_untold = self._technology_untold(match)
        result.took_ms = (time.perf_counter() - started) * 1000
        return result

    @staticmethod
    def _technology_untold(match: _Match) -> int:
        """How many AI・RPA cases naming no technology (`Generation.technology_untold`) a search
        for RPA leaves out that meet its other words, filters and exclusions: 長野県のRPA found
        one case (a DX organisation's), and a trial read it as 長野県 automating nothing; its
        five AI・RPA cases in use say no technology. 0 when no word names RPA."""
        # a clause naming RPA, every alternative of it a technology (RPA, RPA OR AI-OCR): not 議事録
        # OR RPA OR 電子申請, whose untold cases a user could not tell from the rest (a trial asked)
        # …nor a phrase of several words ("RPA 茨城": the untold cases do not meet the rest of it)
        tags = [[tag_text(word) if len(word.split()) == 1 else [] for word in text.split(" OR ")]
                for text in match.clause_texts]
        naming = [all(named) and any(RPA_TAG in t for t in named) for named in tags]
        if not any(naming):
            return 0
        scope = match.state.technology_untold & ~match.final
        for names_rpa, clause_mask in zip(naming, match.clause_masks):
            if not names_rpa:
                scope &= clause_mask
        for m in match.masks.values():
            scope &= m
        if match.excluded is not None:
            scope &= ~match.excluded
        return int(scope.sum())

    def technology_tagged(self, result: SearchResult) -> TechnologyTagged | None:
        """A search for a technology's name alone, with no filter, whose count differs from the
        technology facet's count of that name (`TechnologyTagged`); None otherwise. The page and
        the CLI say both counts: a trial saw them differ with nothing to say why."""
        words = [w for w in result.words if not w.excluded]
        if result.mode != KEYWORDS or len(words) != 1 or result.applied_filters:
            return None
        # the name as typed or in another of its spellings (AIOCR, ＯＣＲ: a trial's AIOCR said nothing)
        said = {words[0].text.lower(), *(f.lower() for f in words[0].forms)}
        for value in self.facet_values(TECHNOLOGY_FACET):
            # the word's own count: an exclusion (RPA -児童手当) narrows the result, not the word
            if value.value.lower() in said and value.count != words[0].count:
                # the word's own share of the tag, as its count is: not narrowed by an exclusion (a
                # trial's 「"音声認識" -議事録」 was said to hold 1 of the 26 for being quoted; -議事録 did that)
                held = value.count if not words[0].phrase else self.search(
                    f'"{words[0].text}"', {TECHNOLOGY_FACET: [value.value]}, per_page=1, count_facets=False,
                    highlight_hits=False).total
                rest = query_without(result.query, words[0].text) if len(result.words) > 1 else ""
                return TechnologyTagged(value.value, value.count, held, words[0].phrase, rest)
        return None

    def technology_untold_counts(self, facet: str = "prefecture") -> dict[str, int]:
        """How many AI・RPA cases name no technology (`Generation.technology_untold`), by the
        values of `facet` that have some: they are under no technology in the facet counts, so a
        prefecture's RPA 1 may hide 9 such cases (a trial compared 広島県 with 岡山県 so)."""
        state = self._state
        untold = state.technology_untold
        return {v.value: n for v in self.facet_values(facet)
                if (n := int(np.count_nonzero(untold & state.table.mask(facet, [v.value]))))}

    def place_sizes(self, chosen: Iterable[AppliedFilter]) -> list[PlaceSize]:
        """Each place (prefecture or region) of `chosen` that is not left out, with how many cases
        of it the index holds, in all and by table (`PlaceSize`)."""
        state = self._state
        out: list[PlaceSize] = []
        for f in chosen:
            if f.facet not in ("prefecture", "region") or f.exclude or any(p.value == f.value for p in out):
                continue
            place = state.table.mask(f.facet, [f.value]) & state.live
            by_section = {s: int(np.count_nonzero(place & state.table.mask("section", [s]))) for s in SECTIONS}
            out.append(PlaceSize(f.facet, f.value, int(np.count_nonzero(place)), by_section))
        return out

    def relaxations(self, result: SearchResult, filters: Mapping[str, Iterable[str]] | None = None, *,
                    keep: Iterable[str] = (), understand_query: bool = True, limit: int = MAX_RELAXATIONS,
                    timeout: float | Budget | None = None) -> list[Relaxation]:
        """For a search that found nothing or few (`result`, made with these `filters`, `keep` and
        `understand_query`): each of its first `limit` filters, given or understood from the
        words, and how many cases the search finds without it alone; places named together
        (北海道と東北: any of them) also all at once, since taking one away keeps the others. Only
        those that find more than the search did, most first. `search` gives them to such a
        result as `result.relaxations`. Counted within `timeout`: what was not counted in time is
        left out, never a count cut short."""
        budget = Budget.of(timeout)
        given = {facet: list(values) for facet, values in (filters or {}).items()}
        keep = list(keep)
        out: list[Relaxation] = []
        tried: set[str] = set()
        chosen = result.applied_filters[:limit]
        places = [f for f in chosen if f.facet in ("prefecture", "region") and not f.exclude]
        groups = [[f] for f in chosen] + ([places] if len(places) > 1 else [])
        for group in groups:
            query, changed = _without(result.query, given, group)
            key = repr((query, sorted(changed.items())))
            if key in tried:  # one word that set two filters is taken away once
                continue
            tried.add(key)
            try:
                counted = self._match(query, changed, result.sort, understand_query, keep, budget)
            except SearchTimeout:
                break
            if counted.partial:
                break
            count = counted.total
            if count > result.total:
                out.append(Relaxation(group[0], query, changed, count, also=group[1:]))
        # …and prefectures of one region widened to it: a consultant's 岡山県のDX推進組織 found 0, offered
        # only all 72 without 岡山県, where 中国's are 5
        regions = {BY_NAME[f.value].region for f in places if f.facet == "prefecture" and f.value in BY_NAME}
        if places and len(regions) == 1 and all(f.facet == "prefecture" for f in places) and not budget.expired():
            region = regions.pop()
            query, changed = _without(result.query, given, places)
            changed = {**changed, "region": [*changed.get("region", []), region]}
            try:
                counted = self._match(query, changed, result.sort, understand_query, keep, budget)
                if not counted.partial and counted.total > result.total:
                    out.append(Relaxation(places[0], query, changed, counted.total, also=places[1:],
                                          instead=AppliedFilter("region", region, region, origin="param")))
            except SearchTimeout:
                pass
        # …and a shared-use value given for a table that words it otherwise, as that table words it: a
        # researcher's trial kept the shared systems to 共同利用可能 (the AI・RPA table's) and found 0, told
        # only to drop it, where their さらなる共同利用可能 finds 13
        table = self._state.table
        sections = given.get("section") or [f.value for f in chosen if f.facet == "section" and not f.exclude]
        for f in chosen:
            if f.facet != "shared_use" or f.origin == "query" or f.exclude or budget.expired() or not sections \
                    or (table.mask("section", sections) & table.mask("shared_use", [f.value])).any():
                continue  # …only for tables none of whose cases say it
            for other in self._worded_otherwise(f.value):
                if other in given.get(f.facet, []):
                    continue
                changed = {k: [other if (k, v) == (f.facet, f.value) else v for v in vs] for k, vs in given.items()}
                try:
                    counted = self._match(result.query, changed, result.sort, understand_query, keep, budget)
                except SearchTimeout:
                    break
                if not counted.partial and counted.total > result.total:
                    out.append(Relaxation(f, result.query, changed, counted.total,
                                          instead=AppliedFilter(f.facet, other, other, origin="param")))
        in_use = self._in_use_instead(result, given, keep, understand_query, budget)
        out += [in_use] if in_use is not None else []
        # most first, a value put in place of another before (it keeps what was asked)
        return sorted(out, key=lambda r: (r.instead is None, -r.count))

    def _in_use_instead(self, result: SearchResult, given: dict[str, list[str]], keep: Iterable[str],
                        understand_query: bool, budget: Budget) -> Relaxation | None:
        """The words for cases that can be shared (共同利用できる) as 共同利用中, which also chooses the
        shared systems in use, when that finds more: a 鹿児島県 clerk's 鹿児島県 共同利用できる found 0,
        where its e-application system is used with every town of the prefecture (its answer on more
        joining: さらなる共同利用不可). Offered whatever the count: 共同利用できるシステム 九州 found 13
        without it."""
        asked = [f for f in result.applied_filters if f.facet == "shared_use" and f.origin == "query"
                 and not f.exclude and f.text not in SHARED_NOW_WORDS and f.value == IN_SHARED_USE[1]]
        if not asked or budget.expired():
            return None
        query = f"{query_without(result.query, asked[0].text)} {SHARED_NOW_WORDS[0]}".strip()
        try:
            counted = self._match(query, given, result.sort, understand_query, list(keep), budget)
        except SearchTimeout:
            return None
        if counted.partial or counted.total <= result.total:
            return None
        return Relaxation(asked[0], query, given, counted.total, instead=AppliedFilter(
            "shared_use", IN_SHARED_USE[1], SHARED_NOW_WORDS[0], also=SHARED_IN_USE))

    def _worded_otherwise(self, value: str) -> list[str]:
        """The shared-use values that say `value` in another table's words (共同利用可能 ↔
        さらなる共同利用可能, 共同利用不可 ↔ さらなる共同利用不可)."""
        values = [v.value for v in self.facet_values("shared_use")]
        return [v for v in values if v != value and (v.endswith(value) or value.endswith(v)) and v != "その他"]

    def _elsewhere(self, match: _Match, result: SearchResult, filters: Mapping[str, Iterable[str]] | None, *,
                   keep: Iterable[str], understand_query: bool, highlight: bool,
                   budget: Budget) -> Elsewhere | None:
        """The matches outside the places `result`'s words chose, best first, when they hold few (or
        none): the same search without its places, less the cases in them. None when its words chose
        no place (or a place was also given as a filter), it searched no words, or nothing matches
        outside; left out when not done in time."""
        places = [f for f in result.applied_filters if f.facet in ("prefecture", "region") and not f.exclude]
        # places typed among the words (北陸の県で…: where to look first); not a place chosen in the sidebar
        # or given as an option, a narrowing its relaxation link already counts the rest of
        if not places or any(f.origin != "query" for f in places) or match.scores is None:
            return None
        given = {facet: list(values) for facet, values in (filters or {}).items()}
        query, changed = _without(result.query, given, places)
        try:
            other = self._match(query, changed, result.sort, understand_query, keep, budget,
                                in_shared_use=match.in_shared_use)
        except SearchTimeout:
            return None
        if other.partial:
            return None
        table = match.state.table
        inside = np.zeros_like(match.final)
        for f in places:
            inside |= table.mask(f.facet, [f.value])
        outside = other.final & ~inside & ~match.final
        total = int(outside.sum())
        if not total:
            return None
        # the best of the rest of the places' region first, nearest to who asked (then the best of the others,
        # its region's among them): a 鹿児島県 clerk's search listed ten RPA cases of 千葉県, 岡山県, 茨城県 … while
        # 14 of 九州 matched. Keywords only, each case holding every word: a description's likeness comes first
        # (北陸の…残業時間の集計 put 中部's 集計作業 at a fifth of the score above 三重県's 時間外勤務時間の集計)
        regions = {BY_NAME[f.value].region for f in places if f.facet == "prefecture" and f.value in BY_NAME}
        near, near_total, first = "", 0, []
        if len(regions) == 1 and all(f.facet == "prefecture" for f in places) and result.sort == "relevance" \
                and match.mode == KEYWORDS:
            nearby = outside & table.mask("region", list(regions))
            if nearby.any() and (outside & ~nearby).any():
                near, near_total = regions.pop(), int(nearby.sum())
                first = self._in_order(other, nearby, result.sort, NEAR_FIRST).tolist()
        rest = outside.copy()
        rest[first] = False
        order = first + self._in_order(other, rest, result.sort, MAX_ELSEWHERE - len(first)).tolist()
        return Elsewhere(places, query, changed, total, self._hits(other, order, highlight, budget),
                         near=near, near_total=near_total, near_first=len(first))

    def _partial_matches(self, match: _Match, page: int, per_page: int, highlight: bool,
                         budget: Budget) -> PartialMatches | None:
        """The cases (within the filters) containing the most of the query's clauses, when none
        contains all: best first, each listing the words it lacks; their `page` (a search that
        finds nothing pages through these)."""
        counts = np.zeros(match.state.live.size, dtype=np.int32)
        orphaned = _glued_to_an_absent_word(match)
        # …and a case holding nothing but a bare number of the query is none: <script>alert(1)</script>
        # offered the 29 cases saying (1) (a trial); a number beside a word they hold still counts
        telling = np.zeros(match.state.live.size, dtype=bool)
        for i, m in enumerate(match.clause_masks):
            if i not in orphaned:
                counts += m
                if not normalize(match.clause_texts[i]).isdecimal():
                    telling |= m
        counts[~telling] = 0
        allowed = match.state.live.copy()
        for m in match.masks.values():
            allowed &= m
        if match.excluded is not None:
            allowed &= ~match.excluded
        counts[~allowed] = 0
        best = int(counts.max()) if counts.size else 0
        if best == 0:
            return None
        # a few cases hold the most words: those holding one fewer follow them, while that is
        # still most of the words (通勤手当 旅費 給与 RPA 入力: 1 case holds four, 6 more hold three)
        least = best
        while int((counts >= least).sum()) < PARTIAL_FEW and 2 * (least - 1) > len(match.clause_masks):
            least -= 1
        chosen = counts >= least
        given, match = match, self._without_absent_words(match, budget)
        scores = match.scores if match.scores is not None else np.zeros(counts.size)
        # the cases holding more words first, each tier by score (which weighs a rarer word more,
        # but not above all: 子育て 福祉 AI puts 子育て cases of AI before those without AI); within
        # a tier, those holding a word far rarer than another first, as among related cases
        # (`RARER_WORD_RATIO`: AI-OCR 自動車税 listed two AI-OCR cases before the 自動車税 ones, a trial)
        held = [int(np.count_nonzero(m & allowed)) for m in match.clause_masks]
        rarer = np.zeros(counts.size, dtype=np.int32)
        for i, (m, n) in enumerate(zip(match.clause_masks, held)):
            if i not in orphaned and 0 < n and n * RARER_WORD_RATIO <= max(held, default=0):
                rarer += m
        top_score = float(scores.max(initial=0.0)) + 1.0
        tiered = (counts * (len(match.clause_masks) + 1) + rarer) * top_score + scores
        start = (page - 1) * per_page
        count = int(chosen.sum())
        # all of them, in order, only when few (what `_related` seeds from); else the page's alone
        ranked = top(tiered, chosen, count if count < RELATED_BELOW else start + per_page)
        order = ranked[start:start + per_page].tolist()
        hits = self._hits(match, order, highlight, budget)
        given.partial = given.partial or match.partial  # highlighting cut short by the budget
        for hit, docnum in zip(hits, order):
            hit.missing = [text for text, m in zip(match.clause_texts, match.clause_masks) if not m[docnum]]
        return PartialMatches(count, least, len(match.clause_masks), hits, most=best, page=page,
                              docnums=ranked.tolist() if count < RELATED_BELOW else [])

    def _without_absent_words(self, match: _Match, budget: Budget) -> _Match:
        """`match` ranked and highlighted by the clauses some case holds: the cases lacking a word
        are not ranked by its pieces (愛姫県 RPA listed 県HPの更新作業 first among the RPA cases, its
        県 marked, a clerk's typo scoring every case that says 県)."""
        parsed = match.parsed
        if parsed is None or parsed.mode != KEYWORDS or match.scores is None:
            return match
        held = {w.clause for w in match.words if w.count and not w.excluded}
        kept = [clause for i, clause in enumerate(parsed.clauses) if i in held]
        if not kept or len(kept) == len(parsed.clauses):
            return match
        plan = self.planner.keyword_plan(match.state.text, kept, parsed.together)
        if plan.empty:
            return match
        return replace(match, plan=plan, scores=match.state.scorer.scored_within(plan, budget).score)

    def _related(self, match: _Match, highlight: bool, budget: Budget,
                 partial: PartialMatches | None = None, limit: int = MAX_RELATED) -> RelatedCases | None:
        """Cases like the few matches of a keyword search, for the page's end: scored by the key
        terms of the best `FEEDBACK_CASES` matches, plus `RELATED_WORDS_WEIGHT` × by the query's
        own words (each scaled to its best among the candidates); within the search's filters and
        exclusions; scoring by those terms at least `RELATED_FLOOR` × the median of the matches'
        own scores by them, or holding one of the query's words nearly as well as the best candidate
        holding it does (`RELATED_BY_WORDS`: 補助金の支払 lists cases of 協力金の支払 though they say
        little else the one match says); at most `MAX_RELATED` and `limit` (the page's rows), most
        alike first."""
        state = match.state
        if match.mode != KEYWORDS or match.scores is None or match.plan is None:
            return None
        # the best matches; when the filters leave none, the best matches outside them: 香川県の
        # 新型コロナ対応 lists 香川県's cases like the 新型コロナ cases of other prefectures
        # …and when none holds every word, the few best partial matches: 公共事業 施行状況調査 OR 当初予算
        # 突き合わせ lists the other budget checks beside the one case lacking only 突き合わせ
        seeds = partial.docnums[:FEEDBACK_CASES] if partial is not None else \
            top(match.scores, match.final if match.total else match.base, FEEDBACK_CASES).tolist()
        # one match: the cases like it, found as its own page finds them (with what meets its needs:
        # ドローン操縦人材 → 航空写真, GIS); several: what the matches share
        key_terms = self._case_key_terms(state, seeds[0]) if len(seeds) == 1 else \
            self.planner.feedback_terms(state.text, seeds)
        if not key_terms:
            return None
        plan = self.planner.weighted_plan(key_terms)
        done = state.scorer.within(plan, budget)
        if not done.complete:
            return None  # not shown at all rather than ranked by half its terms
        allowed = state.live & ~match.final
        if partial is not None:
            allowed[partial.docnums] = False  # listed above them
        for m in match.masks.values():
            allowed &= m
        if match.excluded is not None:
            allowed &= ~match.excluded

        if len(seeds) == 1:  # a case scores its own terms far above any other: the cut-off of its similar
            # cases, among all cases as on its page (within the filters, only those of them that are there)
            best = top(done.score, state.live & ~match.final & (done.score > 0), DESCRIPTION_REFERENCE)
            floor = DESCRIPTION_CUTOFF * float(done.score[best[-1]]) if len(best) else 0.0
        else:  # as like the matches as the matches are alike: a share of their own typical score
            floor = RELATED_FLOOR * float(np.median(done.score[seeds]))
        # by the query's whole words only: the pieces of a word (ロー of ドローン, ウイルス of
        # 新型コロナウイルス) say nothing of a case that lacks it
        holding = np.zeros_like(allowed)
        for m in match.clause_masks:
            holding |= m
        by_words = scaled(match.scores * holding, allowed)
        # …and listed when holding one word nearly as well as that word's best holder: LINE 相談's 相談
        # cases (児童相談所 in a name) dwarfed the cases of the rarer LINE, which fell under
        # `RELATED_BY_WORDS` and were not listed (their order stays by the words together)
        by_a_word = by_words
        if len(match.clause_masks) > 1:
            by_a_word = np.zeros(state.live.size)
            for m in match.clause_masks:
                np.maximum(by_a_word, scaled(match.scores * m, allowed), out=by_a_word)
        # …and by the words a query word is made of: a trial's マイナンバーカード, one match (a subsidy
        # notice), listed ten subsidy cases and none of the four saying マイナンバー
        part_terms, by_parts = self._by_parts(state, match.clause_texts)
        by_parts = scaled(by_parts, allowed)
        combined = scaled(done.score, allowed) + RELATED_WORDS_WEIGHT * by_words + RELATED_PARTS_WEIGHT * by_parts
        alike = (done.score >= floor) & (done.score > 0) | (by_a_word >= RELATED_BY_WORDS) | (by_parts >= RELATED_BY_PARTS)
        # those lacking fewer of the words first (a trial's チャットボット 24時間 listed the one match's
        # siblings, lacking both, above the チャットボット cases), and of those, the ones holding a word
        # far rarer than another (in a `RARER_WORD_RATIO`th of the cases or fewer): 重複 チェック lists the
        # cases saying 重複 (3 cases), alike for that, before those saying チェック (15)
        # …a word that tells what a case is about: not 24時間 of チャットボット 24時間, whose cases of
        # 24時間 (a security cloud's watch) went before the chatbots (a README check)
        counts = [int(np.count_nonzero(m)) for m in match.clause_masks]
        says = [all(telling(w.lower(), self.planner.generic, self.planner.one_character) for w in text.split(" OR "))
                for text in match.clause_texts]
        rarer = [0 < n and n * RARER_WORD_RATIO <= max(counts, default=0) and told for n, told in zip(counts, says)]
        # …and, beside a verbal noun typed as a word of its own, the words that say what it is done to
        # (ホームページ of ホームページ 更新: the eLTAX 更新 case came among the ホームページ cases; bench dev
        # short 0.916 → 0.919); not a technology (RPA of ダウンロード RPA), which says how
        actions = _actions(match)
        if any(actions) and not all(actions):
            rarer = [r or (0 < n and told and not act and not named_tag(normalize(t))) for r, n, told, act, t
                     in zip(rarer, counts, says, actions, match.clause_texts)]
        for m, rare in zip(match.clause_masks, rarer):
            if rare:
                alike |= m
        if len(match.clause_masks) > 1:  # …and of several words, holding one of them (`holding`): a trial's
            # マイナンバー カード listed, after the cases saying マイナンバー, subsidy cases saying neither,
            # like its one match (a subsidy notice) but not what was asked (bench dev: short 0.914 → 0.913)
            alike &= holding
        pool = np.flatnonzero(allowed & alike)
        lacking = np.zeros(len(pool), dtype=np.int32)
        lacking_rarer = np.zeros(len(pool), dtype=np.int32)
        for m, rare in zip(match.clause_masks, rarer):
            missing = ~m[pool]
            lacking += missing
            if rare:
                lacking_rarer += missing
        # fewest lacking, then fewest rarer lacking, then most alike, then by document number
        # at most `MAX_RELATED`, nor more than the page's own rows (a trial's --limit 1 listed ten)
        ranked = pool[np.lexsort((pool, -combined[pool], lacking_rarer, lacking))][:min(MAX_RELATED, limit)].tolist()
        if not ranked:
            return None
        marked = (match.plan.text_terms() | plan.text_terms()) if highlight and not budget.expired() else None
        runs = None
        if marked:  # the query words' parts where their words are; the matches' key terms anywhere
            parts, sequences = word_runs(state, match.words)
            runs = (parts - plan.text_terms(), sequences)
        hits = []
        for docnum in ranked:
            # a query word it holds outside its name and description is shown where it is (LINE in
            # a reason: a trial saw no LINE in a related case of LINE 相談)
            hit = self.hit_maker.hit(state, docnum, float(combined[docnum]), marked, runs=runs,
                                     words=match.plan.chunk_text_terms() or None if marked else None)
            hit.missing = [text for text, m in zip(match.clause_texts, match.clause_masks) if not m[docnum]]
            hits.append(hit)
        source = "\n".join(state.case_text(d) for d in seeds)
        # the terms the listed cases hold, most held first: what found them (ドローン's are found by
        # GIS and 航空写真, not by ドローン操縦, which none of them says)
        shown = np.array(ranked)
        held = [int(np.isin(state.text.postings("text", k.term_id)[0], shown).sum()) for k in key_terms]
        # …and only those some of them hold (a trial's 「"Microsoft"」 said its related cases were found by
        # Microsoft, each lacking it)
        order = sorted((i for i in range(len(key_terms)) if held[i]), key=lambda i: -held[i])
        terms = [t for t, _ in shown_key_terms([key_terms[i].term for i in order], source, self.planner.shown_as,
                                                state.followed)]
        # …and the parts of the query's words the listed cases hold, most held first
        parts_held = sorted(((int(np.isin(docs, shown).sum()), word) for word, docs in part_terms), key=lambda p: -p[0])
        found_by_parts = list(dict.fromkeys(word for n, word in parts_held if n))
        return RelatedCases(terms, hits, of_partial_matches=partial is not None, parts=found_by_parts)

    def _by_parts(self, state: Generation, clause_texts: Sequence[str]) -> tuple[list[tuple[str, np.ndarray]], np.ndarray]:
        """The words the query's words are made of, as Janome reads them (マイナンバー and カード of
        マイナンバーカード; 勤務 and 手当 of 特殊勤務手当), each with the cases holding it, and each
        case's score by them: the sum of their rarities (log(1 + cases / cases holding it)). Not a
        word's suffix or prefix (書 of 統計書), a single character, nor a word that says little
        (`telling`), nor one naming another technology than its word does (AI of AI-OCR: a search
        for AI-OCR in 九州, which has none, listed minutes made by AI); a word Janome keeps whole
        (ドローン, in the user dictionary) has none."""
        scores = np.zeros(state.text.size)
        found: list[tuple[str, np.ndarray]] = []
        size = max(state.text.size, 1)
        for text in clause_texts:
            for word in text.split(" OR "):
                whole = normalize(word)
                technology = named_tag(whole)
                for m in morphemes(whole):
                    if len(m.surface) < 2 or m.surface == whole or m.pos.startswith(("名詞,接尾", "接頭詞")):
                        continue
                    if technology and named_tag(m.surface) not in (None, technology):
                        continue
                    term = self.planner.whole_term(m.surface)
                    if not term or not telling(term, self.planner.generic, self.planner.one_character):
                        continue
                    tid = state.text.term_id("text", term)
                    if tid is None:
                        continue
                    docs = state.text.postings("text", tid)[0]
                    scores[docs] += math.log(1 + size / max(len(docs), 1))
                    found.append((m.surface, docs))
        return found, scores

    def export(self, query: str = "", filters: Mapping[str, Iterable[str]] | None = None, *,
               sort: str = "relevance", understand_query: bool = True, keep: Iterable[str] = (),
               limit: int = MAX_EXPORT, timeout: float | Budget | None = None) -> SearchResult:
        """The first `limit` (at most `MAX_EXPORT`, 10,000) matching cases in result order as one
        `SearchResult` (`total` counts them all): one scoring pass, no facet counts or
        highlighting. For every hit of a larger result, stream them with `iter_hits`. Past
        `timeout` the hits made so far, `partial`."""
        if not isinstance(limit, int) or not 1 <= limit <= MAX_EXPORT:
            raise QueryError(f"limit must be between 1 and {MAX_EXPORT}", "limit")
        started = time.perf_counter()
        budget = Budget.of(timeout)
        match = self._match(query, filters, sort, understand_query, keep, budget)
        order = self._ordered(match, sort, limit)
        hits: list[Hit] = []
        for start in range(0, len(order), EXPORT_CHUNK):
            if budget.expired():
                match.partial = True
                break
            hits += self._hits(match, order[start:start + EXPORT_CHUNK].tolist(), False)
        return match.result(1, limit, sort, hits, {}, started)

    def iter_hits(self, query: str = "", filters: Mapping[str, Iterable[str]] | None = None, *,
                  sort: str = "relevance", understand_query: bool = True, keep: Iterable[str] = (),
                  highlight_hits: bool = False, chunk_size: int = EXPORT_CHUNK,
                  timeout: float | Budget | None = None) -> HitStream:
        """Every matching case, in result order, with no cap: the query is checked and scored at
        once (a bad one raises here, not on the first `next`), then hits are made `chunk_size` at
        a time as they are consumed, so 100,000 hits never sit in one list. For `dxsearch export`
        and for analyses over a whole result (`hits_dataframe(index.iter_hits("RPA"))`).

        A stream cannot be marked partial, so past `timeout` it raises `SearchTimeout`: here when
        the scoring did not finish, else from the `next` that would start a chunk too late.
        Closing the iterator (`close()`, as a WSGI server does when the client goes) stops the
        work at once: no further chunk is made. `HitStream.ranked`: a pasted text's ranking by
        relevance, most similar first; `HitStream.total` (and `len()`): how many hits it yields."""
        if not isinstance(chunk_size, int) or chunk_size < 1:
            raise QueryError("chunk_size must be a whole number of 1 or more", "chunk_size")
        budget = Budget.of(timeout)
        match = self._match(query, filters, sort, understand_query, keep, budget)
        if match.partial:
            raise SearchTimeout("the time budget ran out before the search was scored; a stream "
                                "is all or nothing: try again, or narrow the request")
        order = self._ordered(match, sort, match.total)
        return HitStream(self._stream(match, order, highlight_hits, chunk_size, budget),
                         ranked=match.close is not None and sort == "relevance", total=len(order))

    def _stream(self, match: _Match, order: np.ndarray, highlight_hits: bool, chunk_size: int,
                budget: Budget) -> Iterator[Hit]:
        for start in range(0, len(order), chunk_size):
            budget.check(f"every hit was streamed ({start} of {len(order)} were)")
            yield from self._hits(match, order[start:start + chunk_size].tolist(), highlight_hits)

    def _match(self, query: str, filters: Mapping[str, Iterable[str]] | None, sort: str,
               understand_query: bool, keep: Iterable[str], budget: Budget, scored: bool = True,
               in_shared_use: bool = False, describe: bool = False) -> _Match:
        """Check a request, understand its words, score its text (until `budget` expires:
        `SearchTimeout` when no word was scored) and apply its filters. Unless `scored`, keywords
        are matched, not scored: a count alone (a suggestion's, a もしかして's)."""
        state = self._state
        query = query or ""
        if not isinstance(query, str):
            raise QueryError("the query must be a string", "query")
        if len(query) > MAX_QUERY_CHARS:
            raise QueryError(f"the query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}",
                             "query")
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}; sorts are {', '.join(SORTS)}", "sort")
        # control characters go; the input method's U+3000 stays as typed, other spaces are spaces
        query = "".join(ch if ch.isprintable() or ch in " \t\n\u3000" else " " for ch in query
                        if ch.isprintable() or ch.isspace())
        query = minus_signs(query)

        applied, selected = _given_filters(state, filters, self.near_values, self.value_elsewhere)
        keep = tuple(keep)
        if len(keep) > MAX_KEEP_WORDS:
            raise QueryError(f"more than {MAX_KEEP_WORDS} keep words in one request", "keep")
        read = dots_joined(query, lambda w: state.vocabulary.holds(w) or self.synonyms.holds(w))
        read = _MIXED_KANA.sub(lambda m: _katakana_meant(state.vocabulary, m.group()), read)
        parsed = self._parse(read, self.synonyms, keep, understand_query, MAX_QUERY_WORDS, describe=describe)
        spans = []
        if parsed.mode == KEYWORDS and not _QUOTES.search(read):  # not a pasted text: its words are many
            spans = state.vocabulary.kana_typed_words(read)
            if spans:
                typed, whole = _kana_typed_apart(read, spans)
                parsed = self._parse(typed, self.synonyms, keep, understand_query, MAX_QUERY_WORDS, whole)
        if not spans and not describe and not _QUOTES.search(read) and not HIRAGANA_RUN.fullmatch(read.strip()) \
                and (kana_words := _kana_word_spans(state.vocabulary, read, self.planner.generic)):
            # RPAのどうにゅう, 庁内おうだん: kana typed for a word of the cases, which Janome cut into
            # other words (どう + に + ゅう) or read as a verb (おう): set apart, it is one kana word,
            # read as the cases' word it sounds like (`_read_in_kana`) and shown as typed; kana alone
            # are read whole first (つうきんてあてのにんてい: `_kana_phrase`)
            typed, whole = _kana_typed_apart(read, [(start, end) for start, end, _ in kana_words])
            apart = self._parse(typed, self.synonyms, keep, understand_query, MAX_QUERY_WORDS, whole)
            if apart.mode == KEYWORDS:
                parsed = apart
        if parsed.mode == DESCRIPTION and (kana_read := _kana_words_read(state.vocabulary, read, self.planner.generic)) != read:
            # AIでぎじろくを作りたい: a short request's word left in kana is the word of the cases it reads as
            parsed = self._parse(kana_read, self.synonyms, keep, understand_query, MAX_QUERY_WORDS, describe=describe)
        parsed = self._spelled_alike(state, parsed)
        if parsed.mode == KEYWORDS:
            parsed = self._read_in_kana(state, parsed, budget)
        excluded_values: dict[str, set[str]] = {}
        in_shared_use = _add_understood(parsed.filters, selected, excluded_values, applied) or in_shared_use

        text = parsed.text.strip()
        rest = parsed.rest.strip()
        if not parsed.empty:
            budget.check("the query was read")
        scores = None
        partial = False
        plan: Plan | None = None
        clause_masks: list[np.ndarray] = []
        clause_texts: list[str] = []  # the words of each clause a match must contain
        words: list[QueryWordCount] = []
        matcher = state.matcher
        shown_terms: list[tuple[str, bool]] = []  # a pasted text's key terms, and whether it says each
        absent: list[str] = []  # …and the things it names that no case holds
        close: np.ndarray | None = None  # a pasted text's especially close matches
        on = np.zeros(state.live.size, dtype=bool)  # …of those on its topics (`on_topic`)
        for_whom: np.ndarray | None = None  # the cases saying for whom a keyword query asks (住民向け)
        if parsed.mode == DESCRIPTION:
            # not 呼ぶ of 人を呼ぶのではなく, nor 目的 of 目的：RPA等で自動化
            meant = without_what_is_not_wanted(without_labels(text)) or text
            counts, key_terms, shown_terms, absent, plan, respelled = self.pasted.read(state, meant, budget)
            budget.check("the query was planned")
            base = np.zeros(state.live.size, dtype=bool)
            if plan.empty or not key_terms:  # no telling word (語1 語2 …): nothing to be like
                plan = None
            else:
                done = self.pasted.score(state, plan, key_terms, counts, budget, named_in_text(meant))
                base = description_mask(done.score, state.live)
                within = self._within(state, selected, in_shared_use, excluded_values)
                if within is not None:  # …and within filters, the cut-off of the cases there (`filtered_cut`)
                    there = within & state.live & (done.score > 0)
                    base |= there & (done.score >= filtered_cut(done.score, there,
                                                                description_cut(done.score, state.live)))
                scores = self.pasted.ordered(state, done.score, base, meant, text, budget)
                partial = not done.complete
                on = on_topic(state, key_terms, _said(shown_terms, absent, respelled), among=base)
                close = close_mask(scores, on)
        else:
            plan = self.planner.keyword_plan(state.text, parsed.clauses, parsed.together) \
                if parsed.clauses and scored else None
            if plan is not None and not plan.empty:
                done = state.scorer.scored_within(plan, budget)
                scores, partial = done.score, not done.complete
            # text with nothing searchable in it (🙂, *, の) matches nothing; no text, every case
            # (words that were all filters leave particles behind: 四国のデジタル人材 leaves の)
            base = state.live.copy() if parsed.clauses or parsed.excluded or parsed.filters or not rest else \
                np.zeros(state.live.size, dtype=bool)
            live_count = max(int(state.live.sum()), 1)
            found: list[tuple[np.ndarray, list[QueryWordCount]]] = []
            for number, clause in enumerate(parsed.clauses):
                clause_mask = np.zeros(state.live.size, dtype=bool)
                counted = []
                for word in clause:
                    mask, complete = _word_mask(state, word, budget)
                    partial = partial or not complete
                    clause_mask |= mask
                    if word.ranks_only:  # said for whom (住民 of 住民向け): the cases saying it go first
                        for_whom = mask if for_whom is None else for_whom | mask
                    counted.append(QueryWordCount(word.text, list(word.forms), int((mask & state.live).sum()),
                                                  phrase=word.phrase, apart=_apart(matcher, word, mask, budget),
                                                  clause=number, for_whom=word.ranks_only,
                                                  reading_of=list(word.reading_of)))
                found.append((clause_mask & state.live, counted))
            # a word in most cases (システム), or one of what nearly every case does or aims at
            # (自動化, 業務: data/ranking_words.txt), beside rarer ones ranks but does not filter:
            # 施設予約システム finds the 施設予約 cases that never say システム
            soft = ranking_words()
            common = [all(not w.phrase and (w.count > COMMON_WORD_SHARE * live_count or w.text.lower() in soft
                                            or any(r.lower() in soft for r in w.reading_of)  # どうにゅう: 導入
                                            or word.ranks_only) for w, word in zip(counted, clause))
                      for (_, counted), clause in zip(found, parsed.clauses)]
            if all(common):
                common = [False] * len(found)
            for (clause_mask, counted), is_common in zip(found, common):
                for w in counted:
                    w.required = not is_common
                words.extend(counted)
                if not is_common:
                    clause_masks.append(clause_mask)
                    # a word read as the cases' (ちょうてい as 調定): named as read, as a case lacks it
                    clause_texts.append(" OR ".join(w.reading_of[0] if w.reading_of else w.text for w in counted))
                    base &= clause_mask
        excluded = np.zeros(state.live.size, dtype=bool)
        for word in parsed.excluded:
            mask, complete = _word_mask(state, word, budget)
            partial = partial or not complete
            words.append(QueryWordCount(word.text, list(word.forms), int((mask & state.live).sum()),
                                        excluded=True, phrase=word.phrase, apart=_apart(matcher, word, mask, budget),
                                        clause=-1, reading_of=list(word.reading_of)))
            excluded |= mask
        for facet, values in excluded_values.items():
            excluded |= state.table.mask(facet, values)
        base &= ~excluded
        if parsed.sentence and scored and len(clause_masks) >= SENTENCE_WORDS and not base.any():
            # a sentence of several words no case holds together (工事の設計書の積算を、…県はありますか: no
            # case says 設計書): ranked as the description it is, not a page of partial matches
            return self._match(query, filters, sort, understand_query, keep, budget, scored, in_shared_use,
                               describe=True)

        masks = _choice_masks(state, selected, in_shared_use)
        final = base.copy()
        for m in masks.values():
            final &= m
        # 導入している asks for the cases in use first, unless a status is chosen already
        preferred = state.table.mask(parsed.prefer.facet, {parsed.prefer.value}) \
            if parsed.prefer and not selected.get(parsed.prefer.facet) else None
        preferred_technology: list[str] = []  # …kept to the technology a pasted text names (RPAで自動化している県)
        if preferred is not None and parsed.mode == DESCRIPTION and scores is not None:
            first, preferred_technology = self.pasted.asked_first(state, scores, final, meant, key_terms, preferred)
            preferred = preferred & first
        elif preferred is None and for_whom is not None:
            preferred = for_whom  # first, as 導入している puts the cases in use first; no status note
        match = _Match(state, query, text, plan, scores, base, masks, final, selected, applied, partial,
                       mode=parsed.mode, parsed=parsed, words=words, clause_masks=clause_masks, clause_texts=clause_texts,
                       excluded=excluded, key_terms=shown_terms, preferred=preferred, close=close,
                       absent=absent, in_shared_use=in_shared_use, preferred_technology=preferred_technology)
        if close is not None:  # ◎ is the top of the list as 似ている順 shows it
            if preferred is not None and scores is not None and (on & final & preferred).any():
                # …the cases asked for first (導入している) shown first: against the first of those, as shown (a
                # trial's …自動化している県を探している had its in-use cases first and, below the 実証中 best, no ◎)
                close = close_mask(scores, on & final, first=on & final & preferred)
            match.close = leading(self._ordered(match, "relevance", int(np.count_nonzero(close & final))), close)
        return match

    @staticmethod
    def _within(state: Generation, selected: Mapping[str, set[str]], in_shared_use: bool,
                excluded_values: Mapping[str, set[str]]) -> np.ndarray | None:
        """The cases the filters keep (chosen values, values excluded), or None without filters."""
        within = None
        for mask in _choice_masks(state, selected, in_shared_use).values():
            within = mask if within is None else within & mask
        if excluded_values:
            outside = np.zeros(state.live.size, dtype=bool)
            for facet, values in excluded_values.items():
                outside |= state.table.mask(facet, values)
            within = ~outside if within is None else within & ~outside
        return within

    def _spelled_alike(self, state: Generation, parsed: ParsedQuery) -> ParsedQuery:
        """The query with each word's other spellings in the index among its forms: a katakana
        word's (ケアマネージャー finds the cases that write ケアマネジャー: long vowels, small kana
        and ヴ are written more than one way), a word's with kana for some of its kanji or kanji
        for its kana (罹災 finds り災, たん吸引 痰吸引: `Vocabulary.mixed_spellings`), and those the
        match rule finds already (取り込み for 取込, とりまとめる for 取りまとめ:
        `Matcher.other_spellings`), so the hits mark them and rank by them; and a katakana word
        spelled as a synonym is spelled otherwise (ウエブサイト: ウェブサイト, and so HP …)."""
        vocabulary, matcher = state.vocabulary, state.matcher

        def synonym_spelled(form: str) -> list[str]:
            folded = _synonym_fold(form)
            members = self._synonym_folds.get(folded, []) if folded is not None else []
            return [v for m in members if m != form for v in self.synonyms.variants(m)]

        def alike(word: QueryWord) -> QueryWord:
            if word.phrase:
                return word
            if word.parts:
                return replace(word, parts=tuple(alike(p) for p in word.parts))
            extra = [t for f in word.forms for t in vocabulary.katakana_spellings(f) + vocabulary.mixed_spellings(f)
                     + matcher.other_spellings(f) + synonym_spelled(f) if t not in word.forms]
            forms = word.forms
            if _HIRAGANA_IN.search(word.text) and KANJI.search(word.text) and not vocabulary.holds(word.text) \
                    and vocabulary.mixed_spellings(word.text):
                # kana typed for part of a word no case writes so (でじたる人材): the kana, read as
                # particles, left 人材 to match alone; the word is its spellings
                forms = tuple(f for f in forms if f != normalize(word.text).lower())
            if not extra:
                return word
            typed = forms[0] if forms else ""
            same_word = matcher.same_word(typed) if typed else []
            itself = set(vocabulary.katakana_spellings(typed) + vocabulary.mixed_spellings(typed)
                         + same_word) if typed else set()
            read = [s for s in same_word if self._reads(s)] if typed and not self._reads(typed) else []
            if read:  # bare kanji Janome has no reading of (読込): the word's spellings are those of
                # the word read so (読み込み, 読み込む), not every word of its kanji (読み込める, which
                # ranked a case saying both higher for 読込 than for 読み込み); it still matches them
                same = {read[0], *matcher.same_word(read[0])}
                extra = [t for t in extra if t in same or t not in itself]
                itself &= same
            forms = forms + tuple(dict.fromkeys(extra))
            spellings = [f for f in forms[1:] if f in itself]
            # …and its kanji alone where Janome reads them apart (取込: 取 + 込), which the match rule
            # finds by their characters: ranked so, not left at 0 (取り込み listed the two cases naming
            # 取込 last) nor by the pieces (取込 put them first by 込); no form of the word, whose
            # matches it would widen (組合 is no 組合せ)
            key = okurigana_key(typed) if typed else None
            if spellings and key and key not in forms and len(matcher.analysed(key).morphemes) > 1:
                spellings.append(key)
            return replace(word, forms=forms, spellings=tuple(spellings))

        # a pasted text is ranked by its key terms, not its words' forms: only what it excludes is matched
        # by them (its words' spellings cost a scan of the vocabulary each: 27 ms a text, first asked)
        clauses = parsed.clauses if parsed.mode == DESCRIPTION else \
            tuple(tuple(alike(w) for w in clause) for clause in parsed.clauses)
        return replace(parsed, clauses=clauses, excluded=tuple(alike(w) for w in parsed.excluded))

    def _said(self, text: str) -> str:
        """How Janome reads `text`, in katakana; "" when it has no reading of some of its kanji."""
        said = self.planner.said_as(text)
        return said if KANA_ONLY.fullmatch(said) else ""

    def _reads(self, text: str) -> bool:
        """Janome reads `text` (a reading of katakana), rather than echoing kanji it has no reading of."""
        return bool(self._said(text))

    def _read_in_kana(self, state: Generation, parsed: ParsedQuery, budget: Budget) -> ParsedQuery:
        """The query with each word typed in kana alone that no case contains in any of its forms,
        but that words of the cases are read as (ぎじろく → 議事録: kana the input method left
        unconverted), found as those words too: a reading is one of a word's forms (the match
        rule), as じどう手当 is 児童手当 and ちゃっとぼっと チャットボット. A particle on the kana is
        left out (のぎじろく of 三重県のぎじろく); kana for words joined by particles are those
        words, each a condition (`_kana_phrase`). Not a place's reading (a filter: しまね,
        `understand.places_in_kana`), not a phrase ("ぎじろく" is those characters)."""
        vocabulary = state.vocabulary
        read: list[QueryWord] = []

        def in_kana(word: QueryWord) -> QueryWord:
            if word.phrase or word.parts or word.reading_of:
                return word
            typed = normalize(word.text)
            if not KANA_ONLY.fullmatch(typed) or _place_typed(typed):
                return word
            meant = vocabulary.read_as(typed) or self._letters_named(state, typed)
            pieces = None if meant else _kana_phrase(vocabulary, typed)
            if not meant and not pieces:
                return word
            mask, complete = _word_mask(state, word, budget)
            if not complete or (mask & state.live).any():
                return word
            if pieces:  # つうきんてあてのにんてい: 通勤手当 and 認定, each a condition
                parts = tuple(QueryWord(piece, tuple(dict.fromkeys(
                    f for m in words for f in kana_forms(m, self.synonyms))) + kana_forms(piece, self.synonyms),
                    reading_of=tuple(self._as_the_cases_write(m) for m in words)) for piece, words in pieces)
                word = replace(word, forms=tuple(dict.fromkeys(f for p in parts for f in p.forms)), parts=parts,
                               reading_of=(" ".join(p.reading_of[0] for p in parts),))
                read.append(word)
                return word
            forms = []  # the words read so first: they rank as the word itself does, the kana after
            for m in meant:
                forms += [f for f in kana_forms(m, self.synonyms) if f not in forms]
            forms += [f for f in word.forms if f not in forms]
            # a word the query would read as several (電子申請システム: 電子申請, and システム only
            # ranking) is those words, each a condition, as when it is typed in kanji
            typed_so = parse_query(meant[0], self.synonyms, understand=False)
            parts = tuple(w for clause in typed_so.clauses for w in clause)
            trimmed = without_particle(typed) if not vocabulary.read_as(typed, trim=False) else None
            word = replace(word, text=trimmed or word.text, forms=tuple(forms),
                           parts=parts if len(meant) == 1 and len(parts) > 1 and not typed_so.excluded else (),
                           reading_of=tuple(self._as_the_cases_write(m) for m in meant))
            read.append(word)
            return word

        kana_read = replace(parsed, clauses=tuple(tuple(in_kana(w) for w in clause) for clause in parsed.clauses),
                            excluded=tuple(in_kana(w) for w in parsed.excluded))
        return self._spelled_alike(state, kana_read) if read else parsed

    def _letters_named(self, state: Generation, typed: str) -> list[str]:
        """The Latin word whose letters' names kana spell, as the cases or the synonyms write it
        (ぴーでぃーえふ → PDF, えーあいおーしーあーる → AIOCR, and so AI-OCR): kana left unconverted
        for an acronym. [] when the kana are not letter names, or no case or synonym has that word."""
        latin = letters_named(to_katakana(typed))
        if latin is None or (state.text.term_id("text", latin) is None and not self.synonyms.holds(latin)):
            return []
        return [latin]

    def _count_facets(self, match: _Match) -> dict[str, list[FacetValue]]:
        """Every facet's counts, each ignoring its own selection (prefecture and region: the place
        chosen, by either): facets are counted in groups sharing a domain."""
        state, masks = match.state, match.masks
        groups: dict[frozenset, list[str]] = {}
        for facet in FACETS:
            # a place is one choice, by prefecture or by region: each is counted without either
            # (東北 chosen alone left every other region's prefectures at 0; with 北海道 beside it, not)
            own = {"prefecture", "region", PLACE} if facet in ("prefecture", "region") else {facet}
            groups.setdefault(frozenset(f for f in masks if f not in own), []).append(facet)
        counted: dict[str, dict[str, int]] = {}
        for others, members in groups.items():
            if match.unfiltered_base and not others:
                counted.update((f, state.all_counts[f]) for f in members)  # counted when the index was opened
                continue
            domain = match.base
            for other in others:
                domain = domain & masks[other]
            # (no filter at all: the domain is the matches)
            counted.update(state.table.counts(members, domain, *_inside_and_out(
                domain, match.final_docs if not masks else None)))
        chosen = match.selected.get("shared_use", set())
        if match.in_shared_use and chosen and "shared_use" in counted:
            # 共同利用中 also admits every shared system in use, whatever its answer: a value not
            # chosen adds only its cases not matched already (さらなる共同利用不可 said +8 beside 8 shown)
            domain = match.base
            for other in masks:
                if other != "shared_use":
                    domain = domain & masks[other]
            left = domain & ~match.final
            counted["shared_use"] = {v: n if v in chosen else int(np.count_nonzero(left & state.table.mask("shared_use", [v])))
                                     for v, n in counted["shared_use"].items()}
        out = {f: self._facet_list(f, counted[f], match.selected.get(f, set())) for f in FACETS if f in counted}
        # …and how many of the matches have each value (`FacetValue.matched`): the counts of a facet not
        # chosen already, else counted within the matches (九州 chosen: 福岡県 holds 1 of the 2 チャットボット
        # cases, while its count says what its tick adds; a script read 0 for every prefecture)
        own_chosen = [f for f in out if any(own in masks for own in
                                            ({"prefecture", "region", PLACE} if f in ("prefecture", "region") else {f}))]
        within = state.table.counts(own_chosen, match.final, *_inside_and_out(match.final, match.final_docs)) \
            if own_chosen else {}
        for f, values in out.items():
            for fv in values:
                fv.matched = within[f].get(fv.value, 0) if f in within else fv.count
        return out

    @staticmethod
    def _ordered(match: _Match, sort: str, k: int) -> np.ndarray:
        """The first `k` matching document numbers in result order: by score (ties by document
        number) for relevance, else table or prefecture order. By relevance, the cases a question
        asks for first (`_Match.preferred`: 導入している) come before the others."""
        if sort == "relevance" and match.preferred is not None:
            first = SearchIndex._in_order(match, match.final & match.preferred, sort, k)
            rest = SearchIndex._in_order(match, match.final & ~match.preferred, sort, k - len(first))
            return np.concatenate([first, rest])
        return SearchIndex._in_order(match, match.final, sort, k)

    @staticmethod
    def _in_order(match: _Match, mask: np.ndarray, sort: str, k: int) -> np.ndarray:
        if k <= 0:
            return np.flatnonzero(mask)[:0]
        if match.scores is not None and sort == "relevance":
            return top(match.scores, mask, k, match.final_docs if mask is match.final else None)
        state = match.state
        order = state.prefecture_order if sort == "prefecture" else state.table_order
        return order[mask[order]][:k]

    def _hits(self, match: _Match, docs: list[int], highlight: bool, budget: Budget | None = None) -> list[Hit]:
        """The hits of `docs`; highlighted when asked, unless the budget has run out (then the
        result is marked partial)."""
        if highlight and budget is not None and budget.expired():
            highlight, match.partial = False, True
        hits = self.hit_maker.hits(match.state, docs, match.scores, match.plan if highlight else None, match.words,
                                   match.key_terms if match.mode == DESCRIPTION else [])
        if match.close is not None:
            for hit, doc in zip(hits, docs):
                hit.close = bool(match.close[doc])
        return hits

    @staticmethod
    def _facet_list(facet: str, counts: dict[str, int], selected: set[str]) -> list[FacetValue]:
        """Every value of `facet` with its count, in the facet's natural order (JIS for
        prefectures) or by count."""
        fixed = FIXED_ORDER.get(facet)
        values = list(fixed) + [v for v in counts if v not in fixed] if fixed else list(counts)
        counted = [FacetValue(v, n := counts.get(v, 0), v in selected, n if v in selected else 0) for v in values]
        if not fixed:
            counted.sort(key=lambda fv: (-fv.count, fv.value))
        return counted

    # --- suggestions --------------------------------------------------------------------------
    def _vocabulary(self) -> Vocabulary:
        return self._state.vocabulary

    def synonyms_written(self, word: QueryWordCount, limit: int = 4) -> list[str]:
        """A query word's other forms as the synonyms file writes them (超勤: 超過勤務, 時間外勤務,
        残業), as the cases write it with kana for kanji or kanji for kana (罹災: り災) and with
        other okurigana (読取: 読み取る): what a page can say was counted beside the word; not its
        kana respelling."""
        written = self.planner.written
        shown = normalize(word.text).lower()
        if word.reading_of:  # ぎじろく: 議事録 first, the word it was read as
            return list(dict.fromkeys([*word.reading_of, *(f for f in self.synonyms_written(
                replace(word, text=word.reading_of[0], reading_of=[]), limit) if f not in word.reading_of)]))[:limit]
        # …and with other okurigana (読取: 読み取る), as the page's help says it shows them
        mixed = set(self._vocabulary().mixed_spellings(shown)) | set(self._state.matcher.same_word(shown))
        said = self._said(shown)
        # …and a word with one of its parts swapped for a synonym, that the cases write (住民税: 県民税, by
        # 住民 => 県民; a trial saw 県民税 marked with no 「＝」 beside 住民税)
        swapped = {f for f in self.synonyms.variants(shown)[1:] if self._vocabulary().holds(f)}
        return list(dict.fromkeys(written.get(f, f) for f in word.forms
                                  if f != shown and (f in written or f in mixed or f in swapped
                                                     or (said and KANJI.search(f) and self._said(f) == said))))[:limit]

    def suggest_words(self, word: str, limit: int = 3, each_word: bool = False) -> list[str]:
        """Words of the cases that `word` may have meant, commonest first: the もしかして of a word
        no case contains. A compound's own words apart come first when they are all of it and
        some case holds them all (業務改善提案 → 業務改善 提案), then its reading typed in kana or a
        word one typo away. `each_word` (a page's 似た語 of a word, not a もしかして): when no case
        holds them all, each of its words that some case holds (介護保険 → 介護, 保険)."""
        if word in OPERATORS:  # NOT typed alone is no typo of IoT
            return []
        places = self._places_meant(word)  # しまね, 九洲, 鹿児鳥: before words of the cases one typo away
        if places:
            return places[:max(limit, 1)]
        own = self.own_words(word)
        corrections = self._vocabulary().corrections(word, limit) or self._plain_meanings(word, limit)
        # as the cases write them (IoT), not as the index holds them (iot)
        corrections = [" ".join(self._as_the_cases_write(w) for w in c.split()) for c in corrections]
        if not own:
            return corrections
        own = " ".join(self._as_the_cases_write(w) for w in own.split())  # 生成 AI, not 生成 ai beside it
        parts = own.lower().split()
        if len(parts) > 1:  # …and not one of its words alone: a word dropped, no typo (生成AI: not 生成, 1 case)
            corrections = [c for c in corrections if c.lower() not in parts]
        if self.synonyms.holds(word):  # a word of the synonyms is one thing, not its words apart:
            # 生成AI is no 生成 and AI (a trial followed 生成 AI to 0 cases and 154 AI cases lacking 生成)
            return [c for c in corrections if c.lower() != own.lower()][:limit]
        # a word read as the typed one is meant before the typed one's own words (住民表: 住民票, then 住民)
        homophones = self._vocabulary().homophones(word)
        alike = [c for c in corrections if c in homophones][:1]
        found = self._own_words_found(own, each_word)
        if own not in found:  # …nor its words together, as a piece of the vocabulary, when no case holds them all
            corrections = [c for c in corrections if c.lower() != own.lower()]
        return list(dict.fromkeys([*alike, *found, *corrections]))[:limit]

    def _places_meant(self, word: str) -> list[str]:
        """The places a word no case writes may mean: typed in kana (しまね: 島根県), kanji of a place's
        reading (九洲, 近機: 九州地方, 近畿地方; a researcher's 九洲のRPA offered nothing) or one character off
        a prefecture's name (鹿児鳥: 鹿児島県, `_places_misspelt`)."""
        place = _place_typed(word)
        if place:
            return [place]
        if self._vocabulary().holds(word):
            return []
        said = self._said(word) if all(KANJI.fullmatch(ch) for ch in word) else ""
        place = place_of_reading(to_hiragana(said)) if said else None
        return [place] if place else _places_misspelt(word)

    def _own_words_found(self, own: str, each_word: bool) -> list[str]:
        """A compound's words apart as a suggestion: together when some case holds them all; else,
        when `each_word`, each that some case holds, the rarer first (a trial's 介護保険 offered 介護
        保険, a page of 0 cases: 介護 is in 2 cases, 保険 in 5, never together)."""
        words = own.split()
        if len(words) < 2:
            return words
        counts = []
        for w in [own, *words] if each_word else [own]:
            try:
                counts.append(self._match(w, None, "relevance", False, (), Budget.of(None), scored=False).total)
            except (SearchTimeout, QueryError):
                return [own]
        if counts[0]:
            return [own]
        # …not a word that says little alone (電子 of 電子決済)
        return [w for _, w in sorted((n, w) for n, w in zip(counts[1:], words)
                                     if n and telling(w.lower(), self.planner.generic, self.planner.one_character))]

    def related_words(self, word: str, limit: int = 5) -> list[str]:
        """For a word no case contains, the cases' words for the need it names (data/concepts.txt:
        スキャン → AI-OCR, OCR), those that some case holds: a trial's `スキャン` found nothing
        and offered nothing, beside some 80 AI-OCR cases about scanning paper."""
        text = self._state.text
        # each a word the index holds as written (ドローン, 手書き; not 紙の, which is 紙)
        return [w for w in self.planner.concept_words(word)
                if (t := self.planner.whole_term(w)) and text.term_id("text", t) is not None
                and (t == normalize(w).lower() or w in self.planner.written.values())][:limit]

    def _plain_meanings(self, word: str, limit: int) -> list[str]:
        """For a verb typed alone that no word of the cases is like (探し, 探す), the words the
        cases write for it (data/plain_words.txt: 探す → 検索) that some case holds."""
        ms = morphemes(normalize(word))
        if len(ms) != 1 or not ms[0].pos.startswith("動詞"):
            return []
        meant = self.planner.plain_words.get(ms[0].base, [])
        text = self._state.text
        return [w for w in meant if (t := self.planner.whole_term(w)) and text.term_id("text", t) is not None][:limit]

    def own_words(self, word: str) -> str:
        """The words a compound no case contains is made of, apart (`Matcher.parts`), when they
        are all of it; else ''. Not for kana alone (はんこ is no compound of は, ん and こ)."""
        if not any(KANJI.match(ch) for ch in word):
            return ""
        parts, whole = self._state.matcher.parts(word)
        return " ".join(parts) if whole else ""

    def suggest(self, prefix: str, limit: int = 8) -> list[tuple[str, int]]:
        """As-you-type suggestions: words of the cases starting with `prefix` (or whose reading
        starts with it, for kana: ぎじ → 議事録), each with how many cases a search for it finds
        (the count its page will say), most first; none that would find nothing."""
        if not isinstance(prefix, str) or len(prefix) > MAX_SUGGEST_CHARS:
            raise QueryError(f"the prefix must be a string of at most {MAX_SUGGEST_CHARS} characters", "prefix")
        if not isinstance(limit, int) or not 1 <= limit <= MAX_SUGGESTIONS:
            raise QueryError(f"limit must be between 1 and {MAX_SUGGESTIONS}", "limit")
        counted: dict[tuple, tuple[str, int]] = {}
        # a technology's name the index holds in pieces (AI-OCR is ai and ocr): no term starts AI-
        typed = normalize(prefix).lower().strip()
        named = [tag for tag in TAGS if typed and normalize(tag).lower().startswith(typed) and not _TERM_LIKE.fullmatch(tag)]
        for term in [*named, *(t for t, _ in self._vocabulary().completions(prefix, limit * 2))]:
            match = self._match(term, None, "relevance", True, (), Budget(), scored=False)
            search = _search_of(match)
            if search is None or not match.total:
                continue  # read as a description, or finds nothing
            if search in counted:  # the same cases as a commoner word above: say a place by its own name
                if term in search[1]:
                    counted[search] = (term, match.total)  # 三重県, not 三重 or 三重県内
                continue
            if match.total == 1 and any(term.startswith(t) for t, _ in counted.values()):
                continue  # a longer word of one case's name (チャットボット住宅宿泊事業 after チャットボット)
            if _two_scripts(term) and term not in self.planner.written:
                continue  # two words side by side (RPA電子 of RPA電子公印), unless the word lists make it one (Web会議)
            counted[search] = (term, match.total)
            if len(counted) == limit:
                break
        return sorted(((self._as_the_cases_write(t), n) for t, n in counted.values()), key=lambda c: -c[1])

    def _as_the_cases_write(self, term: str) -> str:
        """A term (lowercased by the index, a katakana word's long vowel cut from its end) as a case
        holding it writes it: RPAシナリオ, IoT, マイナンバー (もしかして offered マイナンバ)."""
        if not any("a" <= ch <= "z" for ch in term) and not (term and katakana_letter(term[-1])):
            return term
        state = self._state
        term_id = state.text.ids["text"].get(term)
        if term_id is not None:
            for doc in state.text.postings("text", term_id)[0][:8].tolist():
                record = state.records[doc]
                if record is not None:  # the text view: name, description and the other fields
                    return as_written(term, f"{state.case_text(doc)}\n{extra_text(record)}", self.planner.written)
        return self.planner.written.get(term, term)

    @staticmethod
    def _as_read(match: _Match) -> list[str]:
        """A search that found kana by the words read so (ぎじろく) offers its words as the cases
        write them (もしかして: 議事録), the same cases: what to type next time, and what the kana
        were taken for. [] when no word was read so."""
        parsed = match.parsed
        if parsed is None or not any(w.reading_of for clause in parsed.clauses for w in clause):
            return []
        return [" ".join(" OR ".join(w.reading_of[0] if w.reading_of else w.text for w in clause)
                         for clause in parsed.clauses)]

    @staticmethod
    def _side_by_side(parsed: ParsedQuery) -> Iterator[tuple[int, int, str]]:
        """Runs of two or three plain words side by side (no OR, no phrase), longest first, as
        (start, end, the words written together): a word typed apart, or cut by Janome."""
        plain = [len(clause) == 1 and not clause[0].phrase for clause in parsed.clauses]
        for size in range(min(3, len(plain)), 1, -1):
            for start in range(len(plain) - size + 1):
                if all(plain[start:start + size]):
                    yield start, start + size, "".join(c[0].text for c in parsed.clauses[start:start + size])

    def _read_together(self, parsed: ParsedQuery, options: list[list[str]]) -> list[list[str]]:
        """`options` with words typed as one piece that Janome cut into words each some case
        holds, though none all of them (預金紹介: 預金 and 紹介), replaced by the word of the cases
        the piece reads as (預金照会: `Vocabulary.homophones`); [] when no piece reads so."""
        vocabulary = self._vocabulary()
        typed = normalize(parsed.rest).lower()
        for start, end, joined in self._side_by_side(parsed):
            piece = normalize(joined).lower()
            meant = vocabulary.homophones(piece) if piece in typed else []
            if meant:
                return options[:start] + [[self._as_the_cases_write(w) for w in meant[:2]]] + options[end:]
        return []

    def _typed_apart(self, parsed: ParsedQuery) -> list[list[str]]:
        """The words of a query with two or three side by side written together where the cases
        write them so, or the synonyms know them so (チャット ボット: チャットボット; chat bot: chatbot,
        each found nothing): one list of words for each such run, longest first."""
        vocabulary = self._vocabulary()
        texts = [" OR ".join(w.text for w in clause) for clause in parsed.clauses]
        out: list[list[str]] = []
        for start, end, piece in self._side_by_side(parsed):
            if vocabulary.holds(piece):  # as the cases write it (チャットボット)
                out.append(texts[:start] + [self._as_the_cases_write(normalize(piece).lower())] + texts[end:])
            elif self.planner.synonyms.holds(piece):  # as typed, a spelling the synonyms know (chatbot)
                out.append(texts[:start] + [piece] + texts[end:])
        return out

    def _did_you_mean(self, match: _Match, budget: Budget) -> list[str]:
        """Queries that find cases, made by replacing each word no case contains by a word the
        user may have meant (at most `MAX_ALTERNATIVE_SEARCHES` searches)."""
        parsed = match.parsed
        if parsed is None or not parsed.clauses or parsed.mode != KEYWORDS:
            return []
        unknown = {w.text for w in match.words if not w.count and not w.excluded}
        options: list[list[str]] = []
        for clause in parsed.clauses:
            text = " OR ".join(w.text for w in clause)
            if len(clause) == 1 and clause[0].text in unknown and clause[0].text.upper() in ("OR", "AND"):
                options.append([clause[0].text.upper()])  # RPA or AI-OCR: RPA OR AI-OCR (a researcher's 0 cases)
            elif len(clause) == 1 and clause[0].text in unknown:
                options.append(self.suggest_words(clause[0].text, limit=2) or [text])
            else:
                options.append([text])
        if not unknown:
            options = self._read_together(parsed, options)
            if not options:
                return []
        places_read = any(self._places_meant(w) for w in unknown)
        out: list[str] = []
        tried = 0
        original = " ".join(" OR ".join(w.text for w in clause) for clause in parsed.clauses)
        apart = self._typed_apart(parsed)
        for i in range(len(apart) + max(len(o) for o in options)):
            words = apart[i] if i < len(apart) else [o[min(i - len(apart), len(o) - 1)] for o in options]
            candidate = " ".join(words)
            if candidate in out:
                continue
            if candidate == original or tried >= MAX_ALTERNATIVE_SEARCHES or budget.expired():
                break  # nothing to replace, or enough tried
            tried += 1
            try:  # a match alone: no counts, no hits, no suggestions of its own; a place read from kana
                # (しまね: 島根県) as a filter, as its link's search will read it
                found = self._match(candidate, match.selected_filters(), "relevance", places_read, (), budget,
                                    scored=False, in_shared_use=match.in_shared_use).total
            except (SearchTimeout, QueryError):
                break
            if found:
                out.append(candidate)
        return out

    def _read_as(self, match: _Match, meant: str, per_page: int, sort: str, highlight: bool,
                 budget: Budget) -> ReadingMatch | None:
        """The first page of `meant` (the first もしかして of a search that found nothing) when it
        guesses nothing: each word no case contains is kana, replaced by the word of the cases it
        is the reading of (ぎじろく → 議事録) or a place (しまね → 島根県), or a word ending in a `DROPPED_SUFFIXES` suffix no
        case writes, replaced by the word before it (電子申請化 → 電子申請); not a guess one typo
        away (議事碌) nor a compound's words apart (電子決済 → 電子 決済 finds cases of 電子申請
        that say 決済)."""
        parsed = match.parsed
        if parsed is None or parsed.excluded or any(f.exclude for f in match.applied):
            return None  # もしかして leaves exclusions out of its words; this page would show them
        unknown = {w.text for w in match.words if not w.count and not w.excluded}
        vocabulary = self._vocabulary()
        words = []
        dropped: dict[str, str] = {}  # a word typed → the suffix left out of it
        read: dict[str, str] = {}  # a word typed → the word of the cases searched for it
        places = False  # a place typed in kana is read as the place, a filter
        for clause in parsed.clauses:
            text = clause[0].text
            if len(clause) == 1 and text in unknown:
                options = self.suggest_words(text, limit=1)
                if not options:
                    return None
                stem = normalize(text)[:-1]
                place = options[0] == _place_typed(text)  # しまね: 島根県, searched as the place
                if options[0] == stem and text.endswith(DROPPED_SUFFIXES) and self.own_words(text) == stem:
                    dropped[text] = text[-1]
                elif place:
                    places = True
                elif options[0] not in vocabulary.read_as(text):
                    return None
                words.append(options[0])
                trimmed = without_particle(text)
                # のぎじろく (三重県のぎじろく) read as 議事録: typed again as の議事録, its particle kept;
                # a place is read whole (とうきょう is 東京都, not と + 東京都)
                read[text] = text.replace(trimmed, options[0], 1) \
                    if trimmed and not place and options[0] not in vocabulary.read_as(text, trim=False) else options[0]
            else:
                words.append(" OR ".join(w.text for w in clause))
        if not unknown or " ".join(words) != meant:
            return None
        try:  # as もしかして counted it: its words as words (a place as the place), within the search's filters
            shown = self._search(meant, match.selected_filters(), per_page=per_page, sort=sort,
                                 understand_query=places, highlight_hits=highlight, count_facets=False,
                                 timeout=budget, in_shared_use=match.in_shared_use)
        except (SearchTimeout, QueryError):
            return None
        return ReadingMatch(meant, shown.total, shown.hits, dropped, read) if shown.total else None

    # --- similar cases ----------------------------------------------------------------------
    def _case_key_terms(self, state: Generation, docnum: int) -> list[KeyTerm]:
        """A case's key terms (`PastedText.case_key_terms`): what finds the cases like it."""
        return self.pasted.case_key_terms(state, docnum)

    def similar(self, case_id: str | None = None, text: str | None = None, *, limit: int = DEFAULT_SIMILAR,
                floor: float = DESCRIPTION_CUTOFF, filters: Mapping[str, Iterable[str]] | None = None,
                timeout: float | Budget | None = None, understand_query: bool = True) -> SimilarResult:
        """Cases like a given case (by id) or like a pasted description. Uses the most telling
        terms (Bo1 model) of the case or text, and what meets the needs it names
        (data/concepts.txt); returns at most `limit` (1 to `MAX_SIMILAR`, 100) cases scoring at
        least `floor` × the score of the `DESCRIPTION_REFERENCE`-th (5th) best, so a weak match
        does not drag in the whole corpus and one case far ahead does not hide the rest. `filters` (as for `search`:
        {"region": ["四国"]}) keeps the cases of those values that pass that cut-off. An
        unknown `case_id` raises `CaseNotFound`, an empty text `QueryError`. Words of a text
        that name a prefecture, region, status… keep the cases to those values, as a search's
        words do (`applied_filters`), unless `understand_query` is off: …中国四国で導入済みのもの
        was matched by 導入済み as a word, in every region. Past `timeout`: the cases found by
        the key terms scored so far, `partial`, or `SearchTimeout` before the first one."""
        started = time.perf_counter()
        budget = Budget.of(timeout)
        state = self._state
        if (case_id is None) == (text is None):
            raise QueryError("give either a case id or a text", "case_id")
        chosen = _given_filters(state, filters, self.near_values, self.value_elsewhere)[1]
        if not isinstance(limit, int) or isinstance(limit, bool):
            raise QueryError(f"limit must be a whole number (an int), not {type(limit).__name__} {limit!r}", "limit")
        if not 1 <= limit <= MAX_SIMILAR:
            raise QueryError(f"limit must be between 1 and {MAX_SIMILAR}", "limit")
        understood: list[AppliedFilter] = []
        left_out: dict[str, set[str]] = {}
        in_shared_use = False
        reuse_asked = text is not None and asks_reuse(text)  # of the text as given (共同利用できるか知りたい)
        if text is not None and understand_query and len(text) <= MAX_SIMILAR_TEXT_CHARS:
            # what the asker does with the cases (…の事例を比べたい) and a whether asked (共同利用できるか)
            # are no key terms, as in a search
            found, rest, asked = understood_filters(without_what_is_done_with_the_cases(text))
            # the words that name values, as a search reads them
            in_shared_use = _add_understood(found, chosen, left_out, understood)
            if (understood or asked or rest != text) and rest.strip():
                text = rest.strip()  # 中国四国, 導入済み are no key terms of the task
        within = self._within(state, {f: vs for f, vs in chosen.items() if vs}, in_shared_use, left_out)
        kept_to = {f: sorted(vs) for f, vs in chosen.items() if vs}
        exclude = None
        absent: list[str] = []  # a text's things no case holds (保育所)
        if case_id is not None:
            exclude = state.by_id.get(case_id)
            if exclude is None:
                raise CaseNotFound(case_id)
            source = state.case_text(exclude)
            key_terms = self._case_key_terms(state, exclude)
            # only what meets a need it names, and synonyms, are added (会議録 for 議事録); a term of
            # the case's own analysis it does not write so ranks and is not shown (取る of 取込: a
            # trial read 「取る」 as a related word that made no sense)
            own = self.planner.case_counts(state.text, [exclude])
            shown = [(t, said) for t, said in
                     shown_key_terms([k.term for k in key_terms if not k.spelling], source, self.planner.shown_as,
                                     state.followed)
                     if said or t.lower() not in own]
            # …those its name says first, each group by weight: what the case is about leads (a
            # trial's 通勤手当認定業務 page listed 計測, twice in its description, before 通勤手当)
            name = normalize(state.record(exclude).name).lower()
            shown.sort(key=lambda ts: ts[0].lower() not in name)
        else:
            assert text is not None
            if not text.strip():
                raise QueryError("the text is empty: give a description of the task to find cases like it", "text")
            if len(text) > MAX_SIMILAR_TEXT_CHARS:
                raise QueryError(f"the text is {len(text)} characters long; the limit is {MAX_SIMILAR_TEXT_CHARS}",
                                 "text")
            source = without_what_is_not_wanted(without_labels(text)) or text
            counts, key_terms, shown, absent, text_plan, respelled = self.pasted.read(state, source, budget)
        if not key_terms:
            budget.check("the text was read")  # its words were not all read: 503, not "nothing like it"
            return SimilarResult(case_id, [], [], (time.perf_counter() - started) * 1000, filters=kept_to,
                                 applied_filters=understood, absent_words=absent)
        if case_id is not None:
            plan = self.planner.weighted_plan(key_terms)
            done = state.scorer.scored_within(plan, budget)
        else:
            plan = text_plan
            done = self.pasted.score(state, plan, key_terms, counts, budget, named_in_text(source))
        # a case the text's topics do not reach scores 0 (`PastedText.score`): matched by no key term
        scores, matched, partial = done.score, done.matched & state.live & (done.score > 0), not done.complete
        if exclude is not None:
            matched[exclude] = False
        marked: set[int] | None = plan.text_terms()
        if budget.expired():
            marked, partial = None, True  # no highlighting past the budget
        hits: list[Hit] = []
        close_beyond = total = in_table = 0
        best = top(scores, matched, DESCRIPTION_REFERENCE)
        if len(best):
            cut = matched & (scores >= floor * scores[best[-1]])
            alike = cut
            if within is not None:  # …and within filters, that of the cases there (`filtered_cut`)
                there = matched & within
                alike = there & (scores >= filtered_cut(scores, there, floor * float(scores[best[-1]])))
                cut = cut | alike
            order = scores if case_id is not None else self.pasted.ordered(state, scores, cut, source, text or "",
                                                                           budget)
            # especially close: for a case, against what the case scores itself (its cases alike are
            # often many, all near the 5th best); for a text, against the first, as a search's
            # description counts them
            close = (scores >= CASE_CLOSE_SHARE * scores[exclude] if exclude is not None
                     else close_mask(order, on_topic(state, key_terms, _said(shown, absent, respelled), among=cut)))
            close = leading(top(order, alike, int(np.count_nonzero(close & alike))), close)
            for d in top(order, alike, limit).tolist():
                hits.append(hit := self.hit_maker.hit(state, d, float(order[d]), marked))
                hit.close = bool(close[d])
            close_beyond = int(np.count_nonzero(close & alike)) - sum(bool(h.close) for h in hits)
            total = int(np.count_nonzero(alike))
            if exclude is not None and "section" not in kept_to:
                in_table = _alike_in_table(state, exclude, scores, matched if within is None else matched & within,
                                           alike, floor * float(scores[best[-1]]))
        return SimilarResult(case_id, [t for t, _ in shown], hits, (time.perf_counter() - started) * 1000,
                             partial=partial, added_terms=[t for t, own in shown if not own], filters=kept_to,
                             asks_reuse=reuse_asked, close_beyond=close_beyond,
                             applied_filters=understood, absent_words=absent, total=total, in_table=in_table,
                             source_table=state.record(exclude).section if exclude is not None else None)


def _alike_in_table(state: Generation, case: int, scores: np.ndarray, matched: np.ndarray, alike: np.ndarray,
                    cut: float) -> int:
    """`SimilarResult.in_table`: of the cases like `case` (`matched`, within any filters), those of
    its own table that a search kept to that table finds (`filtered_cut` of them), when those
    `alike` run into other tables; else 0."""
    own = state.table.mask("section", [state.record(case).section])
    if not (alike & ~own).any():
        return 0
    there = matched & own
    return int(np.count_nonzero(there & (scores >= filtered_cut(scores, there, cut))))


def _without(query: str, given: Mapping[str, list[str]], chosen: Iterable[AppliedFilter]
             ) -> tuple[str, dict[str, list[str]]]:
    """The search (`query`, `given` filters) with the filters `chosen` taken away: the words that
    set them out of the query, the values out of the filters."""
    removed = set()
    for f in chosen:
        if f.origin == "query":
            query = query_without(query, f.text)
        else:
            removed.add((f.facet, f.value))
    rest = {k: [v for v in vs if (k, v) not in removed] for k, vs in given.items()}
    return query, {k: vs for k, vs in rest.items() if vs}


def _given_filters(state: Generation, filters: Mapping[str, Iterable[str]] | None,
                   near: Callable[[str, str], list[str]] | None = None,
                   elsewhere: Callable[[str, str], tuple[str, list[str]] | None] | None = None
                   ) -> tuple[list[AppliedFilter], dict[str, set[str]]]:
    """Filter parameters checked (known facets and values, at most `MAX_FILTER_VALUES`): each
    as applied, and the values chosen per facet. An unknown value's error names what it may
    have meant (`near`: 東京 → 東京都; `elsewhere`: prefecture 九州 → region 九州), as the CLI and
    the web say."""
    applied: list[AppliedFilter] = []
    selected: dict[str, set[str]] = {}
    given = 0
    for facet, values in (filters or {}).items():
        if facet not in FACETS:
            raise QueryError(f"unknown facet {facet!r}; facets are {', '.join(FACETS)}", str(facet))
        if isinstance(values, str):
            raise QueryError(f"the values of facet {facet!r} must be a list of strings, not one string", facet)
        for value in values:
            given += 1
            if given > MAX_FILTER_VALUES:
                raise QueryError(f"more than {MAX_FILTER_VALUES} filter values in one request", facet)
            if state.table.code(facet, value) is None and value not in FIXED_ORDER.get(facet, ()):
                meant = near(facet, value) if near is not None else []
                other = elsewhere(facet, value) if elsewhere is not None and not meant else None
                hint = f"; did you mean {' or '.join(meant)}?" if meant else \
                    f"; {' or '.join(other[1])} is a value of facet {other[0]!r}" if other else ""
                raise QueryError(f"unknown value {value!r} for facet {facet!r}{hint}", facet)
            if value not in selected.setdefault(facet, set()):
                selected[facet].add(value)
                applied.append(AppliedFilter(facet, value, value, origin="param"))
    return applied, selected


def _said(shown: Iterable[tuple[str, bool]], absent: Iterable[str] = (),
          respelled: Mapping[str, str] | None = None) -> set[str]:
    """The key terms a text says itself, as the index spells them, of its shown ones: lowercase,
    a katakana word also without its last ー (コールセンター is the index's コールセンタ), and the term
    a spelling of its own stands for (`ReadText.respelled`: chatbot says チャットボット; a trial's
    chatbot had no case ◎, チャットボット 7). Not a part of a thing it names that no case holds
    (`absent`): 選考 of 入所選考 is not what 採用選考 is about, スポーツ of eスポーツ not what a
    sports-hall booking system is."""
    lacking = [a.lower() for a in absent]
    out = {form for term, said in shown if said and not any(term.lower() in a for a in lacking)
           for form in (term.lower(), stem_katakana(term.lower()))}
    return out | {term for term, spelled in (respelled or {}).items() if spelled.lower() in out}


def _add_understood(found: Iterable[AppliedFilter], selected: dict[str, set[str]],
                    excluded: dict[str, set[str]], applied: list[AppliedFilter]) -> bool:
    """The filters a query's words name, added to the values chosen (or excluded) and to
    `applied` (a word given twice, 三重 三重, is one filter, one chip); whether the word 共同利用中
    chose `IN_SHARED_USE`, a choice of its own rather than a tick of the facet's value."""
    in_shared_use = False
    for f in found:
        target = excluded if f.exclude else selected
        if f.value in target.get(f.facet, set()) or in_shared_use and (f.facet, f.value) == IN_SHARED_USE:
            continue
        if not f.exclude and (f.facet, f.value) == IN_SHARED_USE and f.text in SHARED_NOW_WORDS:
            in_shared_use = True
            f = replace(f, also=SHARED_IN_USE)
        else:
            target.setdefault(f.facet, set()).add(f.value)
        applied.append(f)
    return in_shared_use


def _in_shared_use_mask(state: Generation) -> np.ndarray:
    """The cases the word 共同利用中 chooses (`IN_SHARED_USE`, `SHARED_IN_USE`)."""
    facet, value = IN_SHARED_USE
    also = state.live.copy()
    for other, chosen in SHARED_IN_USE:
        also &= state.table.mask(other, {chosen})
    return state.table.mask(facet, {value}) | also


def _facet_masks(state: Generation, selected: Mapping[str, set[str]]) -> dict[str, np.ndarray]:
    """Per facet chosen, the cases with any of its chosen values; prefectures and regions chosen
    together are one choice of places (`PLACE`: any of them)."""
    masks = {f: state.table.mask(f, vals) for f, vals in selected.items()}
    if "prefecture" in masks and "region" in masks:  # places named together: any of them
        masks[PLACE] = masks.pop("prefecture") | masks.pop("region")
    return masks


def _choice_masks(state: Generation, selected: Mapping[str, set[str]], in_shared_use: bool) -> dict[str, np.ndarray]:
    """`_facet_masks`, and the word 共同利用中's choice (`_in_shared_use_mask`): one more choice, or
    with shared-use values chosen beside it (共同利用できる: 共同利用中 or 可能) any of them, as
    values of one facet are (ANDed, 議事録 共同利用できる found nothing: no case is both)."""
    masks = _facet_masks(state, selected)
    if in_shared_use:
        facet, _ = IN_SHARED_USE
        if facet in masks:
            masks[facet] = masks[facet] | _in_shared_use_mask(state)
        else:
            masks[IN_SHARED_USE_CHOICE] = _in_shared_use_mask(state)
    return masks


_QUOTES = re.compile('["“”「」]')  # a phrase is searched as typed
_HIRAGANA_IN = re.compile("[\u3041-\u3096]")
_TERM_LIKE = re.compile(r"\w+")  # a name of one run of letters (RPA, チャットボット) the vocabulary holds whole


def _synonym_fold(word: str) -> str | None:
    """How a word is compared with the synonyms' words, spelled otherwise: a katakana word folded
    (`katakana_fold`), a short one or one of katakana and kanji with its small kana written large."""
    return katakana_fold(word) or small_kana_folded(word)


KANA_PHRASE_MAX = 24  # kana typed unconverted longer than this are not cut into words at particles


def _kana_phrase(vocabulary: Vocabulary, typed: str, pieces: int = 3) -> list[tuple[str, list[str]]] | None:
    """Kana typed unconverted for words joined by particles (つうきんてあてのにんてい: 通勤手当 の 認定),
    cut at the particles into at most `pieces` pieces each read as words of the cases, with
    those words; None when no such cut reads every piece. Janome reads such kana as one unknown
    word, and no word of the cases is read so whole."""
    if len(typed) > KANA_PHRASE_MAX or pieces < 2:
        return None
    for at in range(2, len(typed) - 2):
        for particle in KANA_PARTICLES:
            if not typed.startswith(particle, at) or len(typed) - at - len(particle) < 2:
                continue
            left, right = typed[:at], typed[at + len(particle):]
            meant = vocabulary.read_as(left, trim=False)
            if not meant:
                continue
            rest = vocabulary.read_as(right, trim=False)
            tail = [(right, rest)] if rest else _kana_phrase(vocabulary, right, pieces - 1)
            if tail:
                return [(left, meant), *tail]
    return None


_BEFORE_A_WORD = tuple("でをにのがはとやへもた")  # a particle or a verb's た (使った) may end what comes before a word
_AFTER_A_WORD = tuple("でをにのがはとやへも")  # …and a particle follows it


def _kana_word_spans(vocabulary: Vocabulary, text: str,
                     generic: Collection[str] = frozenset()) -> list[tuple[int, int, str]]:
    """In a short text (up to `KANA_TYPED_QUERY` characters), each word typed in kana that no case
    writes so, but that words of the cases are read as, as (start, end, the first of them): the
    longest stretch of 3+ kana between particles (or a verb's た) in a run of kana. A run written
    onto kanji starts a word only where Janome ends a noun there (庁内おうだん: 庁内 横断), not inside
    a verb or an adjective (りたい of 作りたい is its verb's). Not a `generic` word: できる of
    データ分析ができる人 read as 出来る was a key term the cases' 出来る held."""
    if len(text) > KANA_TYPED_QUERY:
        return []
    spans: list[tuple[int, int, str]] = []
    understood = [(a, b) for a, b, _, _ in find_filters(normalize(text))] if len(normalize(text)) == len(text) else []
    for run in HIRAGANA_RUN.finditer(text):
        a, b = run.span()
        if any(x < b and a < y for x, y in understood):
            continue  # a filter's (中国ちほう: 中国地方)
        onto_kanji = a > 0 and KANJI.match(text[a - 1]) is not None and not _noun_ends_at(text, a)
        found = None
        for size in range(b - a, 2, -1):  # the longest first
            for start in range(a, b - size + 1):
                end = start + size
                if (start == a and onto_kanji) or (start > a and text[start - 1] not in _BEFORE_A_WORD) \
                        or (end < b and text[end] not in _AFTER_A_WORD):
                    continue
                word = text[start:end]
                # a place's kana are read as the place, a filter, elsewhere (`_place_typed`); before
                # ので or のに they are a verb's (あきたので: 飽きたので)
                if vocabulary.holds(word) or word in generic or _place_typed(word) \
                        or text.startswith(VERB_CONJUNCTIONS, end):
                    continue
                meant = vocabulary.read_as(word, trim=False)
                if meant and KANJI.search(meant[0]):
                    found = (start, end, meant[0])
                    break
            if found:
                break
        if found:
            spans.append(found)
    return spans


def _noun_ends_at(text: str, at: int) -> bool:
    """Whether Janome ends a noun at `at` of `text` (庁内|おうだん), so that kana after it may be a
    word of their own rather than the okurigana of a verb or an adjective (作り|たい)."""
    return any(m.end == at and m.pos.startswith("名詞") for m in morphemes(text))


def _kana_words_read(vocabulary: Vocabulary, text: str, generic: Collection[str] = frozenset()) -> str:
    """`text` with each word typed in kana that the cases write in kanji (`_kana_word_spans`)
    written as the first word it reads as (AIでぎじろくを作りたい: AIで議事録を作りたい). Janome reads
    such kana as other words (ぎ + じ + ろく), and a description search drops them."""
    out, at = [], 0
    for start, end, meant in _kana_word_spans(vocabulary, text, generic):
        out += [text[at:start], meant]
        at = end
    return "".join(out) + text[at:]


def _kana_typed_apart(query: str, spans: list[tuple[int, int]]) -> tuple[str, frozenset[str]]:
    """The query with each word typed partly in kana (`Vocabulary.kana_typed_words`) set apart
    by spaces, and those words: each is then one word to the parser, which particles around it
    still separate from the next. A minus before one stays with it: -じどう手当 excludes it."""
    if not spans:
        return query, frozenset()
    pieces, at = [], 0
    for start, end in spans:
        negated = query[start - 1:start] == "-" and (start == 1 or query[start - 2].isspace())
        pieces += [query[at:start], "" if negated else " ", query[start:end], " "]
        at = end
    pieces.append(query[at:])
    return "".join(pieces), frozenset(query[start:end] for start, end in spans)


def _two_scripts(term: str) -> bool:
    """Whether a term runs from Latin letters into Japanese or back: two words to a query."""
    return any(a.isascii() != b.isascii() for a, b in zip(term, term[1:]) if a.isalnum() and b.isalnum())


def _search_of(match: _Match) -> tuple | None:
    """The cases a one-word search finds and the places it names, so that suggestions finding
    the same cases are one: 三重 and 三重県 (the 三重県 filter), チャットボット and チャットボット導入
    (導入 only ranks), 通勤 and 通勤手当. None when the word is read as a description or leaves a
    piece of itself beside a filter (三重県公共工事…: no word to complete to)."""
    parsed = match.parsed
    if parsed is None or parsed.mode != KEYWORDS or (parsed.filters and parsed.clauses):
        return None
    return np.packbits(match.final).tobytes(), frozenset(f.value for f in parsed.filters)


@dataclass
class _Match:
    """A request checked and scored: what paging, streaming and facet counting start from."""

    state: Generation
    query: str
    text: str  # what is searched as text after query understanding
    plan: Plan | None
    scores: np.ndarray | None  # per document number; None when nothing is searched as text
    base: np.ndarray  # matches of the text alone (every live case when there is no text)
    masks: dict[str, np.ndarray]  # facet → cases with a selected value
    final: np.ndarray  # base and every facet's mask
    selected: dict[str, set[str]]
    applied: list[AppliedFilter]
    partial: bool = False  # the time budget left something out (matches, counts or highlights)
    mode: str = KEYWORDS
    parsed: ParsedQuery | None = None
    words: list[QueryWordCount] = field(default_factory=list)
    clause_masks: list[np.ndarray] = field(default_factory=list)  # per clause: the cases matching it
    clause_texts: list[str] = field(default_factory=list)  # the words of each of `clause_masks`
    excluded: np.ndarray | None = None  # cases an excluded word or value removes
    key_terms: list[tuple[str, bool]] = field(default_factory=list)  # a pasted text's, as written; said by it
    preferred: np.ndarray | None = None  # cases the question asks for first (導入している: 導入(実施)済; 住民向け)
    close: np.ndarray | None = None  # a pasted text: the matches scoring CLOSE_SHARE of the first or more (`close_mask`)
    absent: list[str] = field(default_factory=list)  # a pasted text's things no case holds (保育所)
    in_shared_use: bool = False  # within the word 共同利用中's choice (`IN_SHARED_USE`), not in `selected`
    preferred_technology: list[str] = field(default_factory=list)  # what `preferred` cases use, when kept to it

    @cached_property
    def total(self) -> int:
        """How many cases match (`final` is never changed once made: asked several times a search)."""
        return int(np.count_nonzero(self.final))

    @cached_property
    def final_docs(self) -> np.ndarray:
        """The matching cases' document numbers: the page, ◎ and the facet counts each need them
        (finding them is 30–60 µs at 100,000 cases)."""
        return np.flatnonzero(self.final)

    def selected_filters(self) -> dict[str, list[str]]:
        """The facet values this search selected (given or understood), as `filters=`."""
        return {f: sorted(v) for f, v in self.selected.items() if v}

    @property
    def unfiltered_base(self) -> bool:
        """Whether `base` is every live case (no words, no exclusions): counts made at opening hold."""
        return self.parsed is None or (self.parsed.empty and not self.parsed.rest.strip()
                                       and not any(f.exclude for f in self.parsed.filters))

    def result(self, page: int, per_page: int, sort: str, hits: list[Hit],
               facets: dict[str, list[FacetValue]], started: float) -> SearchResult:
        return SearchResult(query=self.query, text=self.text, total=self.total, page=page, per_page=per_page,
                            sort=sort, hits=hits, facets=facets, applied_filters=self.applied,
                            took_ms=(time.perf_counter() - started) * 1000, partial=self.partial,
                            mode=self.mode, words=self.words,
                            ignored_words=self.parsed.ignored if self.parsed is not None else 0,
                            filler_words=list(self.parsed.fillers) if self.parsed is not None else [],
                            unrecorded_words=list(self.parsed.unrecorded) if self.parsed is not None else [],
                            lone_operators=list(self.parsed.lone_operators) if self.parsed is not None else [],
                            absent_words=self.absent,
                            key_terms=[t for t, _ in self.key_terms],
                            added_terms=[t for t, own in self.key_terms if not own], preferred=self._preferred(sort),
                            denied=self.parsed.denied if self.parsed is not None else "",
                            own_status=list(self.parsed.own_status) if self.parsed is not None else [],
                            asks_where=self.parsed is not None and asks_where(self.query, self.mode, self.parsed.fillers),
                            asks_reuse=asks_reuse(self._words_asked()),
                            close=int((self.close & self.final).sum()) if self.close is not None else None,
                            prefecture_count=self.prefecture_count(facets))

    def prefecture_count(self, facets: Mapping[str, list[FacetValue]] | None = None) -> int:
        """How many prefectures the matching cases come from (a briefing counted them by hand):
        from the prefecture facet's counts within the matches when they were made."""
        if facets and "prefecture" in facets:
            return sum(1 for fv in facets["prefecture"] if fv.matched)
        codes = self.state.table.codes.get("prefecture")
        if codes is None or not self.final.any():
            return 0
        return int(np.count_nonzero(np.bincount(codes[self.final])[1:]))

    def _words_asked(self) -> str:
        """The query without the words read as filters: 共同利用システム names table ②, and asks
        nothing of whether its cases can be reused."""
        asked = self.query
        for f in self.applied:
            if f.origin == "query":
                asked = query_without(asked, f.text)
        return asked

    def _preferred(self, sort: str) -> PreferredFirst | None:
        if self.preferred is None or self.parsed is None or self.parsed.prefer is None:
            return None
        p = self.parsed.prefer
        first = self.final & self.preferred
        answer = first  # …and who does it, by prefecture: for a pasted text, the closest of them
        if self.mode == DESCRIPTION and self.scores is not None and first.any():
            answer = first & (self.scores >= ASKED_ANSWER_SHARE * float(self.scores[np.flatnonzero(first)].max(initial=0.0)))
        counted = self.state.table.counts(["prefecture"], answer)["prefecture"] if answer.any() else {}
        return PreferredFirst(p.facet, p.value, p.text, int(first.sum()), applies=sort == "relevance",
                              technology=list(self.preferred_technology),
                              untold=int((first & self.state.technology_untold).sum()) if self.preferred_technology else 0,
                              by_prefecture=dict(sorted(((name, n) for name, n in counted.items() if n),
                                                        key=lambda c: (-c[1], JIS.get(c[0], 0)))))


def _inside_and_out(domain: np.ndarray, inside: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray | None]:
    """A mask's document numbers (`inside`, when known), and those outside it when fewer
    (`FacetTable.counts` then counts all minus them); not listed when more, as counting would not
    use them."""
    inside = np.flatnonzero(domain) if inside is None else inside
    return inside, np.flatnonzero(~domain) if 2 * len(inside) > domain.size else None


_DENIAL = re.compile(r"不|否|無|ない|NG|ng|×|✕")


def _denies(value: str) -> bool:
    """Whether a value says no (共同利用不可, 利用NG): a slip never turns yes into no."""
    return bool(_DENIAL.search(normalize(value)))


def _spelled_alike(a: str, b: str) -> bool:
    """Whether `b` is `a` with a slip: at most one character apart on each side (two in words
    longer than four). A ratio alone is not it: ブロックチェーン shares ロ, ー and ン with ドローン."""
    matcher = difflib.SequenceMatcher(None, a, b)
    same = sum(block.size for block in matcher.get_matching_blocks())
    slack = 1 if max(len(a), len(b)) <= 4 else 2
    return len(a) - same <= slack and len(b) - same <= slack
