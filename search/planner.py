"""From query text to a scoring plan (`search.scoring.Plan`), kept apart from the engine so the
planning can be tested, compared and replaced on its own.

    planner = QueryPlanner(Synonyms(load_groups()))
    plan = planner.plan(text_index, "通勤手当 RPA")       # None: nothing searchable in the text

A short query is planned word by word: each whitespace-separated chunk is searched loosely as
typed (morphemes, readings, bigrams; common terms only refine) and strictly as each of its
synonyms. A pasted description (more than `LONG_QUERY_TERMS` content words) is planned by its most
telling terms (Bo1), as similar cases are, so a long text does not become hundreds of clauses.
Plans are made against a `TextIndex`: a term the index does not hold has no clause.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from whoosh.analysis import Analyzer, Token

from ..data import data_path
from ..errors import DxsearchError
from ..indexer.prefectures import PREFECTURES
from .analysis import (
    BigramAnalyzer,
    JapaneseAnalyzer,
    ReadingAnalyzer,
    _runs,
    normalize,
)
from .budget import Budget
from .datafiles import word_list_lines
from .limits import MAX_QUERY_WORDS
from .query import QueryWord, filler_words, ranking_words
from .scoring import COMMON, Clause, Loose, Plan, Strict, literal_pattern
from .matching import load_one_character_words, okurigana_key
from .synonyms import Synonyms, written_forms
from .technology import named_tag
from .textindex import TextIndex

LONG_QUERY_TERMS = 8  # more content words than this: plan by key terms, not word by word
GENERIC_WORDS_FILE = data_path("generic_words.txt")
CONCEPTS_FILE = data_path("concepts.txt")
PLAIN_WORDS_FILE = data_path("plain_words.txt")
CONCEPT_WEIGHT = 1.0  # the weight of a concept's words, the best key term weighing 1
PLAIN_WORD_WEIGHT = 0.5  # a case word read for an everyday verb or adjective (育成 for 育てる, 専門 for 詳しい), against its weight as a key term; one read for a thing (喫煙 for たばこ) weighs in full
# …for a case: it names its solution already (地図ソフト in a 旅費 case is not a call for GIS systems)
CASE_CONCEPT_WEIGHT = 0.4
DESCRIPTION_READING_WEIGHT = 0.3  # a rarer reading of a pasted text, against 1 for its best key term
DESCRIPTION_BIGRAM_WEIGHT = 0.15  # a rarer character bigram of a pasted text
MAX_WIDE_CLAUSES = 400  # readings and bigrams of one text (a 10,000-character paste has thousands)
EVERY_WORD_SHARE = 0.1  # a pasted text's every word, but for those in more than this share of the cases
WIDE_SHARE = 0.05  # only readings and bigrams in at most this share of the cases: the rare ones tell, and cost little
PART_WEIGHT = 0.7  # a key term that is part of another key term (操縦 of ドローン操縦) weighs less
SYNONYM_WEIGHT = 0.8  # a synonym of a key term weighs this much of the term
# …divided by the square root of how many it has: 県税's 13 kinds of tax (自動車税, 法人県民税 …) each
# weighed 0.8 of it, eight of them 4.6 times 県税 in all, and the cases like 県税事務所窓口支援事務
# (voice recognition and translation for foreigners at the counter) were seven tax cases of its first
# eight. Said in n ways, a word's synonyms weigh √n times one of them, not n times (bench/relevance.py
# and bench/similar.py dev: the same to 0.001)
CONCEPT_SYNONYM_WEIGHT = 0.6  # a synonym of a need's word (TV会議 of Web会議): two steps from the text, below a key term's (0.8)
FOR_WHOM_WEIGHT = 3.0  # a word said for whom (住民 of 住民向け), which ranks and does not filter, against 1
RANKING_WORD_WEIGHT = 0.5  # a keyword that only ranks (業務 of 契約事務), against 1 for the others
CHARACTERS_WEIGHT = 0.5  # a word's kanji found as characters where no spelling of it is a term, against 1
TOGETHER_WEIGHT = 2.0  # a compound a synonym cut (エクセルファイル) written whole, beside its words' scores
NOT_KEY_POS = ("名詞,数", "名詞,接尾,助数詞")  # numbers and counters: 24, 時間 of 24時間
THING_POS = ("名詞,一般", "名詞,サ変接続", "名詞,固有名詞", "名詞,複合")  # nouns that name a thing (`TermCounts`)
RELATED_FIRST = 3  # a word no case holds: the cases' words for its need offered before the words alike (空撮: 航空写真 … ドローン)
KEY_TERMS = 12  # key terms of a long text or a case
WHOLE_TERMS_KEPT = 50_000  # words whose `whole_term` is remembered (the word lists' are 1,100)
COMPOUND_REACH = 16  # how far a compound reaches around a word of it, in characters
TEXT_PIECE = 1000  # a long text is analysed this many characters at a time, the budget checked between

Analyzer = Callable[[str], Iterable[Any]]  # text → Whoosh tokens (`.text`, `.morph_pos`)


def load_generic_words(path: Path | None = None) -> frozenset[str]:
    """Words that set a task's scene but are not its point (data/generic_words.txt, and the file
    DXSEARCH_GENERIC_WORDS names): never key terms."""
    lines = word_list_lines(path or GENERIC_WORDS_FILE, "DXSEARCH_GENERIC_WORDS", "the generic words file")
    return frozenset(normalize(line).lower() for _, _, line in lines)


def load_concepts(path: Path | None = None, keep_case: bool = False) -> list[tuple[list[str], list[str]]]:
    """(words a description may use, words of the cases that meet that need): data/concepts.txt,
    and the file DXSEARCH_CONCEPTS names; lowercased unless `keep_case`."""
    return _arrow_lines(path or CONCEPTS_FILE, "DXSEARCH_CONCEPTS", "the concepts file", keep_case)


def load_plain_words(path: Path | None = None) -> dict[str, list[str]]:
    """Everyday words → the words the cases write for them (育てる → 育成, 知らせる → 通知, 連絡,
    周知): data/plain_words.txt, and the file DXSEARCH_PLAIN_WORDS names; lowercased."""
    out: dict[str, list[str]] = {}
    for words, related in _arrow_lines(path or PLAIN_WORDS_FILE, "DXSEARCH_PLAIN_WORDS", "the plain words file"):
        for word in words:
            out[word] = list(dict.fromkeys(out.get(word, []) + related))
    return out


def _arrow_lines(bundled: Path, variable: str, what: str, keep_case: bool = False
                 ) -> list[tuple[list[str], list[str]]]:
    """The `words => related words` lines of a word list, normalised, lowercased unless `keep_case`."""
    def norm(word: str) -> str:
        word = normalize(word).strip()
        return word if keep_case else word.lower()

    out = []
    for p, number, line in word_list_lines(bundled, variable, what):
        left, arrow, right = line.partition("=>")
        words = [norm(w) for w in left.split(",") if w.strip()]
        related = [norm(w) for w in right.split(",") if w.strip()]
        if not arrow or not words or not related:
            raise DxsearchError(f"{p}, line {number}: expected `words => related words`, got {line!r}")
        out.append((words, related))
    return out


# prefecture names, whole and short (茨城県, 茨城): where a case is, not what it does
PLACE_NAMES = frozenset({p.name for p in PREFECTURES}
                        | {p.name[:-1] for p in PREFECTURES if p.name != "北海道" and len(p.name) > 2})


_PLACE_PATTERN = re.compile("|".join(sorted(map(re.escape, PLACE_NAMES), key=len, reverse=True)))


_SHORT_HIRAGANA = re.compile(r"[\u3041-\u309f]{1,3}")
_FOR_WHOM = ("向け", "向き")  # 職員向け: for whom, not what (one case writes it, so it outweighed パソコン)
_ONE_KANA = re.compile(r"[\u3041-\u309f\u30a1-\u30ff]")


_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_ENDING = re.compile(r"[\u3041-\u309f]+$")  # a verb's or adjective's kana ending (出る: 出)
_ORDINAL = re.compile(r"第?[0-9]+")  # what a compound leaves out before its first noun (第5 of 第5世代…)
_LETTERED_NUMBER = re.compile(r"[0-9]+[a-z](?![a-z])")  # 5g, 3dプリンタ (`analysis._lettered_numbers`); not 10gb


def _within(context: list[int], token: Token) -> bool:
    """Whether `token` lies inside one generic word of its piece (`QueryPlanner._context`)."""
    return token.startchar < len(context) and context[token.startchar] >= token.endchar


def telling(term: str, generic: frozenset[str], single: frozenset[str] = frozenset()) -> bool:
    """Whether a term can be a key term: two characters or more (one Latin word may be
    shorter; or a word of `single`, data/one_character_words.txt: 税, 橋), not a number (but a
    number with a letter: 5G, 3D), not a generic word, not "each …" (各校, 各課, 各所属: where the work
    comes from, not what it is), not holding a prefecture's name (茨城県警 and 茨城県警給与 of a case
    named RPA 茨城県警給与…: its similar cases are not the other cases of 茨城県; the case page lists
    those apart), not a short word in hiragana alone (ない, ごと, あと, よく, づくり: what Janome
    leaves of grammar, not a topic)."""
    if term in generic or not any(ch.isalnum() for ch in term) \
            or any(ch.isdigit() for ch in term) and not _LETTERED_NUMBER.match(term):
        return False
    if term.startswith("各") and len(term) > 1 or _SHORT_HIRAGANA.fullmatch(term) \
            or term.endswith(_FOR_WHOM) and len(term) > 2:
        return False
    return (len(term) >= 2 or term in single) and not _PLACE_PATTERN.search(term)


def _read_otherwise(term: str, word: str) -> bool:
    """Whether `term`, the term a synonym `word` is searched by, is not written in it: a piece in
    another form (合わせる of 問合わせ対応), searched but shown as no related word (a clerk's trial
    saw 合わせる among the words a text about 問い合わせ was compared by)."""
    return term.lower() not in normalize(word).lower()


class KeyTerm(NamedTuple):
    """A telling term of a text, its weight (the best of a text is 1) and its text-view id.
    `topic`: the key term it stands with (see `QueryPlanner.topics`); empty, itself. `spelling`:
    the topic's word as the cases spell it otherwise (とりまとめる for 取りまとめる), searched but
    not shown as a term of its own."""

    term: str
    weight: float
    term_id: int
    topic: str = ""
    spelling: bool = False


class Topic(NamedTuple):
    """One thing a text speaks of (a compound with its parts, a word with its synonyms), its
    weight and the text-view term ids that say it: a case holding any of them speaks of it too,
    and, when the text names the technology, so does a case its tag is on (録音から自動で会議録を作る
    says 音声認識 in other words: `technology.named_tag`, as a keyword search for the word finds it)."""

    weight: float
    term_ids: tuple[int, ...]
    tags: frozenset[str] = frozenset()  # technology tags its words name (音声認識): their cases speak of it too


class QueryPlanner:
    """Plans queries: holds the analyzers (each Janome tokenizer is ~80 MB, so one per planner)
    and the synonyms; holds no index, so one planner serves every index generation."""

    LONG_QUERY_TERMS = LONG_QUERY_TERMS

    def __init__(self, synonyms: Synonyms, ja: Analyzer | None = None, reading: Analyzer | None = None,
                 bigram: Analyzer | None = None) -> None:
        self.synonyms = synonyms
        # a filler word (事例, 取組, 関連: what kind of thing is looked for) is no key term either:
        # 議事録を自動で作っている事例を知りたい is about 議事録, not the three cases saying 事例
        self.generic = load_generic_words() | frozenset(filler_words())
        # what a term must hold for a morpheme of it to be a generic word, bar hiragana (`generic_parts`)
        self._generic_stems = re.compile("|".join(sorted({re.escape(stem) for g in self.generic
                                                           if (stem := _ENDING.sub("", g))})))
        self.one_character = load_one_character_words()
        as_written = load_concepts(keep_case=True)
        self.concepts = [([w.lower() for w in words], [w.lower() for w in related]) for words, related in as_written]
        self.concepts_written = as_written  # as the file writes them: what is shown
        # each need's word with the lines naming it: a text is checked once per word, not per line
        self._concept_lines: dict[str, list[int]] = {}
        for line, (words, _) in enumerate(self.concepts):
            for w in words:
                self._concept_lines.setdefault(w, []).append(line)
        # per line, the other lines' words for what meets a need that hold one of its needs' words
        # (航空写真 holds 写真): not that need where they stand (`concept_terms`)
        self._hiding = [[r for other, (_, meets) in enumerate(self.concepts) if other != line for r in meets
                         if r not in words and r not in related and any(w in r and w != r for w in words)]
                        for line, (words, related) in enumerate(self.concepts)]
        self.plain_words = load_plain_words()
        # words of the word lists as written (terms are lowercased): how key terms are shown
        self.written = {**{w.lower(): w for _, related in as_written for w in related}, **written_forms()}
        # …and of the plain words too: how key terms are shown (リーダー, read for 推進役)
        self.shown_as = {**{w.lower(): w for ws in self.plain_words.values() for w in ws}, **self.written}
        self.ja = ja or JapaneseAnalyzer()
        self.reading = reading or ReadingAnalyzer()
        self.bigram = bigram or BigramAnalyzer()
        self._whole: dict[str, str | None] = {}  # `whole_term` of each word-list word asked about

    def plan(self, index: TextIndex, text: str, budget: Budget | None = None) -> Plan | None:
        """A short query is searched word by word; a pasted description (more than
        `LONG_QUERY_TERMS` content words) by its most telling terms, as for similar cases, so a
        long text does not become a disjunction of hundreds of clauses (the engine adds
        `every_word_plan` to a description's ranking). None: nothing to search. `budget` can stop
        the reading of a long text between pieces (see `term_counts`)."""
        terms = {t.text for t in self.ja(pieces(text, TEXT_PIECE)[0]) if getattr(t, "morph_pos", "") != "名詞,複合"}
        if len(terms) > self.LONG_QUERY_TERMS:
            plan = self.description_plan(index, text, self.text_key_terms(index, text, self.term_counts(text, budget),
                                                                          typed=True))
        else:
            plan = self.words_plan(index, text, budget)
        return None if plan.empty else plan

    def description_plan(self, index: TextIndex, text: str, key_terms: list[KeyTerm]) -> Plan:
        """A pasted text's key terms, plus its rarer readings (at `DESCRIPTION_READING_WEIGHT`:
        文字に起こす meets 文字起こし) and character bigrams (at `DESCRIPTION_BIGRAM_WEIGHT`: words
        Janome cuts differently in the cases) as a weaker, wider net."""
        plan = self.weighted_plan(key_terms)
        extra: list[Clause] = []
        read = [(piece, self._context(index, piece)) for piece in pieces(text, TEXT_PIECE)[:2]]
        for view, analyzer, weight in (("reading", self.reading, DESCRIPTION_READING_WEIGHT),
                                       ("bigram", self.bigram, DESCRIPTION_BIGRAM_WEIGHT)):
            # the first pieces only, each as `term_counts` read it (its analysis is cached)
            for term in dict.fromkeys(t.text for piece, context in read
                                      for t in analyzer(piece, chars=True) if not _within(context, t)):
                tid = index.term_id(view, term)
                if tid is not None and index.share(view, tid) <= WIDE_SHARE:
                    extra.append(Clause(view, tid, weight))
        return Plan(weighted=plan.weighted + tuple(extra[:MAX_WIDE_CLAUSES]))

    def _context(self, index: TextIndex, piece: str) -> list[int]:
        """For each character of `piece`, the end of the generic word it is in (0 if none): 時間 of
        毎回時間がかかる is context, no key term, and its reading (ジカン) and bigram must not rank
        the cases saying 時間外 either; unless it is part of a compound the cases write (残業時間)."""
        tokens = sorted((t.startchar, t.endchar, t.text) for t in self.ja(piece, chars=True))
        starts = [a for a, _, _ in tokens]
        ends = [0] * len(piece)
        for s, e, word in tokens:
            if word not in self.generic:
                continue
            near = tokens[bisect.bisect_left(starts, s - COMPOUND_REACH):bisect.bisect_right(starts, s)]
            if any(a <= s and e <= b and (a, b) != (s, e) and x not in self.generic
                   and index.term_id("text", x) is not None for a, b, x in near):
                continue  # 時間 of 残業時間
            for i in range(s, e):
                ends[i] = max(ends[i], e)
        return ends

    def text_key_terms(self, index: TextIndex, text: str, counts: Mapping[str, float],
                       concept_weight: float = CONCEPT_WEIGHT, typed: bool = False) -> list[KeyTerm]:
        """The key terms of a text (`counts`: its `term_counts`, or a case's stored ones), then
        the words of the cases that meet the needs it names (data/concepts.txt) at
        `concept_weight`: what a pasted description or a case is ranked by. `typed`: a person's
        text, whose one-character words may be key terms (税 of 税や福祉の窓口業務); a case says
        such a word inside its own compounds (県税, 自動車税), which tell more."""
        key_terms = self.key_terms(index, counts, single=self.one_character if typed else frozenset())
        seen = {k.term for k in key_terms}
        for term in self.concept_terms(text):  # what meets the need, beside how it was put
            tid = index.term_id("text", term)
            if tid is not None and term not in seen:
                seen.add(term)
                key_terms.append(KeyTerm(term, concept_weight, tid))
            # …and its synonyms, as a key term's: テレワーク brings Web会議, and the cases saying TV会議
            for variant in self.synonyms.variants(term)[1:]:
                whole = self.whole_term(variant)
                vid = index.term_id("text", whole) if whole else None
                if whole and vid is not None and whole not in seen:
                    seen.add(whole)
                    key_terms.append(KeyTerm(whole, concept_weight * CONCEPT_SYNONYM_WEIGHT, vid, term,
                                             spelling=_read_otherwise(whole, variant)))
        return key_terms

    @staticmethod
    def topics(key_terms: Iterable[KeyTerm]) -> list[Topic]:
        """Key terms grouped by what they speak of: 財務会計システム with 財務会計, 会計システム, 財務
        and 会計; a word with its synonyms. Each weighs as its heaviest term. What a case covers
        of these (`search.scoring.Scorer.coverage`) ranks a pasted description: several
        key terms saying one thing must not outweigh a case that meets the text on several."""
        groups: dict[str, list[KeyTerm]] = {}
        for k in key_terms:
            groups.setdefault(k.topic or k.term, []).append(k)
        return [Topic(max(k.weight for k in ks), tuple(k.term_id for k in ks),
                      frozenset(t for k in ks if (t := named_tag(k.term)))) for ks in groups.values()]

    def term_counts(self, text: str, budget: Budget | None = None) -> TermCounts:
        """How often each morpheme (and compound) occurs in `text`: the input of `key_terms`. A
        long text is analysed a piece at a time (cut after a sentence or line where one ends
        near the cut), so a request's budget can stop it between pieces: Janome takes about a
        second for 10,000 characters."""
        counts = TermCounts()
        for piece in pieces(text, TEXT_PIECE):
            if budget is not None and budget.expired():
                break  # the pieces read so far give the key terms
            for t in self.ja(piece):
                pos = getattr(t, "morph_pos", "")
                if not pos.startswith(NOT_KEY_POS) and not _kana_suffix(t.text, pos):
                    counts[t.text] += 1
                    if pos.startswith(THING_POS):
                        counts.things.add(t.text)
        return counts

    def concept_words(self, word: str) -> list[str]:
        """The words of the cases, as written, for the needs a word names (data/concepts.txt:
        スキャン → AI-OCR, OCR; 空撮 → 航空写真 …), then the other words naming the same need
        (空撮 → ドローン): what a keyword no case holds is offered instead."""
        normalised = normalize(word).lower()
        related: list[str] = []
        alike: list[str] = []
        for (words, _), (written, meets) in zip(self.concepts, self.concepts_written):
            if any(w in normalised for w in words):
                related.extend(r for r in meets if r not in related)
                alike.extend(w for w in written if w not in alike and w.lower() not in normalised)
        alike = [w for w in alike if w not in related]
        return related[:RELATED_FIRST] + alike + related[RELATED_FIRST:]

    def concept_terms(self, text: str) -> list[str]:
        """The words of the cases that meet the needs a description names (data/concepts.txt):
        `手書きの申請書` brings OCR, `録音を文字に起こす` brings 議事録. A need's word inside
        another line's word for what meets a need is not that need: 写真 of 航空写真 (a
        drone's work) brought 画像解析 and AI to 水土里情報システム, a map system."""
        normalised = normalize(text).lower()
        out: list[str] = []
        # most lines name no need of the text (hiding words only take matches away)
        named = sorted({line for w, lines in self._concept_lines.items() if w in normalised for line in lines})
        for line in named:
            (words, related), hiding = self.concepts[line], self._hiding[line]
            seen = normalised
            for r in hiding:
                seen = seen.replace(r, "\0" * len(r))
            if any(w in seen for w in words):
                out.extend(t for t in (self.whole_term(w) for w in related) if t and t not in out)
        return out

    @staticmethod
    def case_counts(index: TextIndex, docnums: Iterable[int]) -> Counter[str]:
        """The stored term counts of cases, each case's name counting twice (a name says what
        the case is about): what similar cases and related cases take key terms from."""
        counts: Counter[str] = Counter()
        for docnum in docnums:
            analysis = index.analysis(docnum)
            counts.update(analysis["description"].counts)
            for term, n in analysis["name"].counts.items():
                counts[term] += 2 * n
        return counts

    def case_key_terms(self, index: TextIndex, case_text: str, docnum: int) -> list[KeyTerm]:
        """A case's key terms (from its stored analysis, its name counting twice) and, at
        `CASE_CONCEPT_WEIGHT`, what meets the needs it names: what finds the cases like it."""
        return self.text_key_terms(index, case_text, self.case_counts(index, [docnum]), CASE_CONCEPT_WEIGHT)

    def feedback_terms(self, index: TextIndex, docnums: Iterable[int]) -> list[KeyTerm]:
        """The key terms of the best matches of a search (relevance feedback): they find the
        cases about the same thing in other words (超勤 matches 超過勤務 cases, which say
        時間外勤務; those are found by it). A term counts by the share of the matches that hold
        it, so what they share outweighs what one of them happens to say; what nearly every case
        says (業務, 自動化: `search.query.ranking_words`) is no key term of theirs."""
        per_case = [self.case_counts(index, [d]) for d in docnums]
        holding = Counter(term for counts in per_case for term in counts)
        total = sum(per_case, Counter())
        common = ranking_words()
        return self.key_terms(index, Counter({term: n * holding[term] / len(per_case) for term, n in total.items()
                                              if term not in common}))

    @staticmethod
    def every_word_plan(index: TextIndex, counts: Mapping[str, float]) -> Plan:
        """Every word of a text (`counts`: its `term_counts`) weighted by how often the text says
        it: BM25 over all of it, single characters (紙, 税) and plain words included, but for words
        in more than `EVERY_WORD_SHARE` of the cases (業務, システム), which say little and cost the
        most. Key terms alone miss what a text says in words too plain to be key; this is the other
        half of a pasted description's ranking (see `search.describe.PastedText.score`)."""
        clauses = []
        for term, n in counts.items():
            tid = index.term_id("text", term)
            if tid is not None and index.share("text", tid) <= EVERY_WORD_SHARE:
                clauses.append(Clause("text", tid, float(n)))
        return Plan(weighted=tuple(clauses))

    @staticmethod
    def weighted_plan(key_terms: Iterable[KeyTerm]) -> Plan:
        """A weighted sum of key terms (a long query, or cases similar to a case or text)."""
        return Plan(weighted=tuple(Clause("text", k.term_id, k.weight) for k in key_terms))

    def key_terms(self, index: TextIndex, counts: Mapping[str, float], numterms: int = KEY_TERMS,
                  single: frozenset[str] = frozenset()) -> list[KeyTerm]:
        """The most telling terms of a text against the descriptions of all cases (Bo1), with
        their weights (the best is 1) and term ids, then the synonyms of each (data/synonyms.txt)
        at `SYNONYM_WEIGHT` of its weight. No generic words, numbers or single characters (but `single`)."""
        size = max(index.size, 1)
        scored = []
        for term, tf in counts.items():
            tid = index.term_id("text", term)
            if tid is None or not telling(term, self.generic, single):
                continue
            cf = float(index.document_frequency("text", tid))
            if cf <= 0:
                continue
            f = cf / size
            scored.append((tf * math.log2((1 + f) / f) + math.log2(1 + f), term, tid))
        if not scored:
            return []
        # a compound weighs more than its parts: a part of another key term weighs PART_WEIGHT
        scored.sort(key=lambda x: (-x[0], x[1]))
        kept = scored[:numterms]
        kept = [(w * (PART_WEIGHT if any(term in other and term != other for _, other, _ in kept) else 1.0),
                 term, tid) for w, term, tid in kept]
        kept.sort(key=lambda x: (-x[0], x[1]))
        best = kept[0][0]
        hosts = _outermost([term for _, term, _ in kept])
        chosen = [KeyTerm(term, w / best, tid, hosts[term]) for w, term, tid in kept]
        seen = {k.term for k in chosen}

        def add_synonyms(k: KeyTerm, word: str, weight: float) -> None:
            added = []
            for variant in self.synonyms.variants(word)[1:]:
                whole = self.whole_term(variant)
                tid = index.term_id("text", whole) if whole else None
                if whole and tid is not None and whole not in seen:
                    seen.add(whole)
                    added.append((whole, tid, variant))
            share = weight / math.sqrt(max(1, len(added)))  # (`SYNONYM_WEIGHT`)
            for whole, tid, variant in added:
                chosen.append(KeyTerm(whole, share, tid, k.topic or k.term, spelling=_read_otherwise(whole, variant)))

        for k in chosen[:len(kept)]:
            add_synonyms(k, k.term, k.weight * SYNONYM_WEIGHT)
        # …and of a generic word that is a part of one, at `PART_WEIGHT` of that: 残業 (said of a task's
        # pains: 残業が多い) is what 残業時間の集計 is about, and the cases say 超過勤務 (a trial's text
        # put a travel-expense check first, over 富山県's 職員の超過勤務実態調査業務)
        for k in chosen[:len(kept)]:
            for part in self.generic_parts(k.term):
                add_synonyms(k, part, k.weight * SYNONYM_WEIGHT * PART_WEIGHT)
        return chosen

    def generic_parts(self, term: str) -> list[str]:
        """The generic words among a term's morphemes, in order (残業 of 残業時間). Analysed only
        when one can be there: the term holds hiragana (an ending: かかる) or a generic word's stem
        (出 of 出る, whose 連用形 出 is in 出作成): most key terms hold neither, and Janome's 0.3 ms a
        new term was most of the first search for cases like a text (13 ms, 4 ms again)."""
        if not (_HIRAGANA.search(term) or self._generic_stems.search(term)):
            return []
        return list(dict.fromkeys(t.text for t in self.ja(term) if t.text in self.generic))

    def read_word_lists(self) -> None:
        """Work out `whole_term` for every word of the synonyms and the concepts (about 1,100
        words, 0.3 s): what a server does when it starts, so that the first texts to name them
        do not analyse them (2 ms of a pasted text's first search)."""
        for members, _ in self.synonyms.groups:
            for member in members:
                for variant in self.synonyms.variants(member):
                    self.whole_term(variant)
        for words, related in self.concepts:
            for word in (*words, *related):
                self.whole_term(word)

    def whole_term(self, word: str) -> str | None:
        """The text-view term of a whole word (its compound when it has several morphemes; of a
        phrase, its longest telling word: 質問 of よくある質問, not よく). Asked of the word lists'
        words and of the synonym variants of key terms (人工知能会議録 of ai会議録), so kept once worked
        out, up to `WHOLE_TERMS_KEPT` words (then all are forgotten at once: a server meets new key
        terms for as long as it runs)."""
        try:
            return self._whole[word]
        except KeyError:
            tokens = [t.text for t in self.ja(word)]
            tokens = [t for t in tokens if telling(t, self.generic, self.one_character)] or tokens
            whole = max(tokens, key=len) if tokens else None
            if len(self._whole) >= WHOLE_TERMS_KEPT:
                self._whole.clear()
            self._whole[word] = whole
            written = normalize(word).lower()
            if whole and written != whole and written.endswith(whole) \
                    and _ORDINAL.fullmatch(written[:-len(whole)]):
                self.shown_as.setdefault(whole, word)  # shown 第5世代移動通信システム, not 世代移動通信システム
            return whole

    def words_plan(self, index: TextIndex, text: str, budget: Budget | None = None) -> Plan:
        """Each whitespace-separated chunk with its synonym variants (see `search.scoring`);
        chunks after `budget` has expired are left out (the search is then marked partial)."""
        chunks = []
        for chunk in text.split()[:MAX_QUERY_WORDS]:
            if budget is not None and budget.expired():
                break
            variants: dict[tuple, Loose | Strict] = {}
            for i, variant in enumerate(self.synonyms.variants(chunk)):
                v = self.loose(index, variant) if i == 0 else self.strict(index, variant)
                if v is not None:
                    key = (v.rare, v.common) if isinstance(v, Loose) else (v.parts, v.grams, v.pattern)
                    variants.setdefault(key, v)  # 'AI-OCR' and 'AI・OCR' are one
            if variants:
                chunks.append(list(variants.values()))
        return Plan(chunks)

    def together_plan(self, index: TextIndex, pieces: Iterable[str]) -> list[Strict]:
        """Each piece typed as one compound that a synonym cut into words (エクセルファイル), in each
        of its spellings (Excelファイル), as characters in sequence: a ranking-only clause at
        `TOGETHER_WEIGHT`, so the cases writing it whole come before those holding its words apart."""
        out: list[Strict] = []
        for piece in pieces:
            for spelling in self.synonyms.variants(piece):
                grams = list(dict.fromkeys(t.text for t in self.bigram(spelling)))
                gram_clauses = self.clauses(index, "bigram", grams, 1.0)
                if grams and len(gram_clauses) == len(grams):
                    normalised = unicodedata.normalize("NFKC", spelling).lower()
                    out.append(Strict((), tuple(gram_clauses),
                                      literal_pattern([normalised[a:b] for a, b in _runs(normalised)]),
                                      boost=TOGETHER_WEIGHT))
        return out

    def keyword_plan(self, index: TextIndex, clauses: Iterable[Iterable[QueryWord]],
                     together: Iterable[str] = ()) -> Plan:
        """How the cases matching a keyword query are ranked: per clause, each word's forms (the
        word as typed loosely: morphemes, readings, bigrams; synonyms and phrases strictly). A
        clause of words that only rank (data/ranking_words.txt: 業務, 自動化 …), beside others,
        only refines the score of the cases the others match, at `RANKING_WORD_WEIGHT`: 契約事務
        ranks the 契約 cases by 契約, not by how often their names say 事務."""
        clauses = [tuple(clause) for clause in clauses]
        soft = ranking_words()
        only_rank = [all(not w.phrase and (w.text.lower() in soft or w.ranks_only
                                           or any(r.lower() in soft for r in w.reading_of))  # どうにゅう: 導入
                         for w in clause) for clause in clauses]
        if all(only_rank):
            only_rank = [False] * len(clauses)
        chunks: list[list[Loose | Strict]] = []
        refine: list[Loose | Strict] = []
        spelling = 0
        for clause, ranks_only in zip(clauses, only_rank):
            variants: dict[tuple, Loose | Strict] = {}
            for word in clause:
                spelled = set() if ranks_only else self.spelled_otherwise(word)  # (refine adds up)
                spelling += 1
                bare = {k for f in spelled | {word.forms[0]} if (k := okurigana_key(f)) and k != f} if spelled else set()
                bare = {k for k in bare if len(list(self.ja(k))) > 1}  # read apart: 取込 (取 + 込), not 申込
                ranked = [*word.forms, *(f for f in word.spellings if f not in word.forms and spelled)]
                for i, form in enumerate(ranked):
                    v: Loose | Strict | None
                    if form in bare:  # its kanji alone, read apart (取込: 取 + 込)
                        v = self.characters(index, form, spelling)
                    elif spelled and (i == 0 or form in spelled):  # scored alike, the best counting (`Plan`)
                        alike = self.loose(index, form, grams=False)
                        if alike is not None and i > 0 and not any(c.view == "text" for c in alike.rare + alike.common):
                            alike = None  # no case writes it so (まいなんばー): its reading's pieces (マイ) are no spelling
                        v = replace(alike, spelling=spelling) if alike is not None else None
                    else:
                        v = self.loose(index, form) if i == 0 and not word.phrase else self.strict(index, form)
                    if v is not None:
                        key = (v.rare, v.common, v.spelling) if isinstance(v, Loose) else (v.parts, v.grams, v.pattern)
                        variants.setdefault(key, v)
                # …and the word's kanji as characters, below its spellings: a case Janome reads otherwise
                # there (申請・申込みを) is matched by them and scored 0 by every spelling; the same kanji
                # (the okurigana key) whichever spelling is typed
                kanji = next((k for f in (word.forms[0], *sorted(spelled)) if (k := okurigana_key(f))), None) if spelled else None
                if kanji and kanji not in bare:
                    fallback = self.characters(index, kanji, spelling, CHARACTERS_WEIGHT)
                    if fallback is not None:
                        variants.setdefault((fallback.parts, fallback.grams, fallback.pattern), fallback)
            if ranks_only and not all(w.ranks_only for w in clause):
                refine.extend(replace(v, boost=v.boost * RANKING_WORD_WEIGHT) for v in variants.values())
            elif ranks_only:  # said for whom (住民 of 住民向け): no commonplace; those saying it come first
                chunks.append([replace(v, boost=v.boost * FOR_WHOM_WEIGHT) for v in variants.values()])
            else:
                chunks.append(list(variants.values()))
        refine.extend(self.together_plan(index, together))
        return Plan(chunks, refine=tuple(refine))

    def characters(self, index: TextIndex, form: str, spelling: int, boost: float = 1.0) -> Strict | None:
        """A spelling matched by its characters alone (its bigrams, then the characters in sequence),
        scored by its bigrams as a word by its term: the kanji of a word Janome reads apart (取込),
        and at `CHARACTERS_WEIGHT` a word's kanji where Janome reads a case otherwise."""
        grams = list(dict.fromkeys(t.text for t in self.bigram(form)))
        gram_clauses = self.clauses(index, "bigram", grams, 1.0)
        if not grams or len(gram_clauses) != len(grams):
            return None
        normalised = unicodedata.normalize("NFKC", form).lower()
        return Strict((), tuple(gram_clauses), literal_pattern([normalised[a:b] for a, b in _runs(normalised)]),
                      boost=boost, spelling=spelling)

    def spelled_otherwise(self, word: QueryWord) -> set[str]:
        """The forms of `word` that are the word itself written otherwise: those the query found so
        (`QueryWord.spellings`) and its synonyms read alike (問合せ, 問い合わせ, 問い合せ). They
        score as the typed word does (`SYNONYM_WEIGHT` is for other words), and the typed word
        leaves out its character bigrams, which only one spelling has: 問合せ and 問い合わせ give
        the same order."""
        if word.phrase or not word.forms:
            return set()
        out = {f for f in word.spellings if f != word.forms[0]}
        said = self.said_as(word.forms[0])
        if said:
            out.update(f for f in word.forms[1:] if self.said_as(f) == said)
        return out

    def said_as(self, text: str) -> str:
        """`text` as Janome reads it, its readings joined (問合せ and 問い合わせ: トイアワセ)."""
        return "".join(t.text for t in self.reading(text))

    @staticmethod
    def clauses(index: TextIndex, view: str, terms: Iterable[str], weight: float) -> list[Clause]:
        """One clause per distinct term of `terms` that the index holds in `view`."""
        out = []
        for term in dict.fromkeys(terms):
            tid = index.term_id(view, term)
            if tid is not None:
                out.append(Clause(view, tid, weight))
        return out

    def loose(self, index: TextIndex, text: str, grams: bool = True) -> Loose | None:
        """The user's own words match partially: any morpheme (or compound), reading or bigram;
        not a kana alone (め of めーる, which Janome cuts め + ー + る: it ranked and marked the め
        of 糸め in あかい糸めーる)."""
        morphemes = [t.text for t in self.ja(text) if not _ONE_KANA.fullmatch(t.text)]
        clauses = (self.clauses(index, "text", morphemes[:48], 1.0)
                   + self.clauses(index, "reading", [t.text for t in self.reading(text)][:32], 0.5)
                   + (self.clauses(index, "bigram", [t.text for t in self.bigram(text)][:64], 0.25) if grams else []))
        if not clauses:
            return None
        clauses = _without_echoes(index, clauses)
        rare = tuple(c for c in clauses if index.share(c.view, c.term_id) <= COMMON)
        common = tuple(c for c in clauses if index.share(c.view, c.term_id) > COMMON)
        if not rare:  # a common word alone (システム): its morphemes say it, its bigrams only repeat them
            common = tuple(c for c in common if c.view == "text") or common
        return Loose(rare, common)

    def strict(self, index: TextIndex, text: str) -> Strict | None:
        """A synonym swapped in matches whole: all its morphemes (in sequence), or its exact characters inside a
        longer word (エクセル in エクセルファイル)."""
        parts = list(dict.fromkeys(t.text for t in self.ja(text) if getattr(t, "morph_pos", "") != "名詞,複合"
                                   and not _ONE_KANA.fullmatch(t.text)))  # not め of めーる (see `loose`)
        part_clauses = self.clauses(index, "text", parts, 1.0)
        grams = list(dict.fromkeys(t.text for t in self.bigram(text)))
        gram_clauses = self.clauses(index, "bigram", grams, 0.5)
        if part_clauses and len(part_clauses) == len(parts) and gram_clauses \
                and not _without_echoes(index, part_clauses + gram_clauses)[len(part_clauses):]:
            gram_clauses = []  # OCR's bigram is OCR: the parts find every case the characters would
        normalised = unicodedata.normalize("NFKC", text).lower()
        strict = Strict(tuple(part_clauses) if parts and len(part_clauses) == len(parts) else (),
                        tuple(gram_clauses) if gram_clauses and len(gram_clauses) == len(grams) else (),
                        literal_pattern([normalised[a:b] for a, b in _runs(normalised)]))
        return strict if strict.parts or strict.grams else None


def _outermost(terms: list[str]) -> dict[str, str]:
    """Each term's outermost host among `terms`: the longest term containing it, then the longest
    containing that, and so on (会計 → 財務会計 → 財務会計システム); a term no other contains is its own."""
    def host(term: str) -> str | None:
        around = [t for t in terms if t != term and term in t]
        return max(around, key=lambda t: (len(t), t)) if around else None

    out = {}
    for term in terms:
        top, up = term, host(term)
        while up is not None:
            top, up = up, host(up)
        out[term] = top
    return out


def _without_echoes(index: TextIndex, clauses: list[Clause]) -> list[Clause]:
    """A word's reading and bigram clauses less those held by exactly as many cases as one of
    its morphemes (RPA's reading and bigram are RPA again; 電子申請's reading is 電子申請's): the
    same cases, scored again at a lower weight, cost a pass over the postings and change no
    order worth it. What Janome cuts differently (a reading or bigram of its own) stays."""
    counts = {index.document_frequency("text", c.term_id) for c in clauses if c.view == "text"}
    return [c for c in clauses if c.view == "text" or index.document_frequency(c.view, c.term_id) not in counts]


# "A ではなく B" (not A but B): what the clause says before ではなく is what the writer does not
# want; "A だけではなく B" (not only A) keeps A, and ではなくなる (no longer) is no wish
_CLAUSE_END = re.compile(r"([、。，．！？!?\n])")
_NOT_THIS = re.compile(r"(?:で|じゃ)(?:は|も)?なく(?!な)て?")
_NOT_ONLY = ("だけ", "のみ", "ばかり")


# the headings of a memo-like request (課題：…／目的：…, 【背景】…【知りたいこと】…): they set out its parts, and
# none is what it asks for (a blind batch's 課題：アンケートの自由記述が… had 目的 and 課題 among its key terms)
_LABEL_WORDS = ("課題", "目的", "背景", "現状", "要望", "概要", "内容", "備考", "補足", "質問", "相談", "依頼", "目標",
                "期待", "希望", "問題", "問題点", "状況", "経緯", "前提", "今後", "理由", "参考", "その他", "件名",
                "知りたいこと", "知りたい事", "困りごと", "困っていること", "やりたいこと", "お願い")
_LABEL = re.compile(r"[【［\[〔](?:%s)[】］\]〕]\s*|(?:(?<=[\s、。／/】])|^)(?:%s)\s*[：:]\s*"
                    % ("|".join(_LABEL_WORDS), "|".join(_LABEL_WORDS)))


def without_labels(text: str) -> str:
    """`text` without the headings of its parts (課題：, 【知りたいこと】), each at the start of a
    part; a word of them inside a sentence (地域の課題を解決する) stays."""
    return _LABEL.sub(" ", text).strip()


def without_what_is_not_wanted(text: str) -> str:
    """`text` without what its clauses say is not wanted (外から人を呼ぶのではなく、職員を育てたい:
    呼ぶ is not a key term of it); 紙だけではなく keeps 紙. Each clause is searched for its last
    ではなく, in time linear in the text (a pasted text may be 10,000 characters long)."""
    parts = _CLAUSE_END.split(text)  # clause, its end, clause, its end, …
    out: list[str] = []
    for i in range(0, len(parts), 2):
        clause, end = parts[i], parts[i + 1] if i + 1 < len(parts) else ""
        last = None
        for last in _NOT_THIS.finditer(clause):
            pass
        head = clause[:last.start()].rstrip("のん") if last else ""
        if last and head and not head.endswith(_NOT_ONLY):
            clause = clause[last.end():]
            if not clause and end in "、，":  # a clause all not wanted (〜ではなく、) goes with its comma
                end = ""
        out.append(clause + end)
    return "".join(out)


class TermCounts(Counter[str]):
    """A text's terms and how often each occurs, with those that name a thing (`things`: nouns
    and compounds, not 大変 or 毎年): what a text may ask for that no case holds (保育所)."""

    def __init__(self) -> None:
        super().__init__()
        self.things: set[str] = set()


def _kana_suffix(text: str, pos: str) -> bool:
    """A suffix written with kana (付け of 点数付け, 向け of 県民向け): no word a person would
    underline, unlike 書 of 申請書 or 所 of 保育所, which tell a kind of thing."""
    return pos.startswith("名詞,接尾") and any("\u3041" <= ch <= "\u309f" for ch in text)


def pieces(text: str, size: int) -> list[str]:
    """`text` in pieces of at most about `size` characters, each cut just after 。, ！, ？ or a
    line end in its last quarter when there is one (else at `size`): short texts are one piece."""
    out = []
    while len(text) > size:
        cut = max(text.rfind(mark, size * 3 // 4, size) for mark in ("。", "！", "？", "\n"))
        cut = cut + 1 if cut > 0 else size
        out.append(text[:cut])
        text = text[cut:]
    return out + [text] if text else out
