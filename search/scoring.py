"""Scoring a query plan over the impact arrays, one NumPy pass per clause group.

A query becomes a plan (built by `search.planner`): whitespace-separated *chunks*, each a set of
*variants* (the words typed, and their synonyms). A variant typed by the user is `Loose`: any of
its terms, readings or bigrams may match, but terms found in more than `COMMON` of the cases only
add to the score of cases that match a rarer one (Lucene's common-terms query), and only for the
`RESCORE` best of those (a rescoring window: the ranking of a page is what matters, and looking
common terms up for those cases alone keeps a query's cost off the commonest postings). A synonym swapped
in is `Strict`: it must match whole — all its morphemes written in sequence, else its exact
characters — or 地理情報システム (standing for GIS) would find every 情報システム, or
森林地理情報クラウドシステム. Chunks add up, and a case matching every chunk
scores twice, so complete matches come first and partial ones stay.

Scores are dense arrays over the document numbers: summing a clause group is one `np.bincount`
of its postings, so the cost grows with the postings touched, not with Python per document.

A request's time budget (`search.budget`) is checked between clause groups (variants, and the
clauses of a weighted plan) and every `REGEX_BATCH` cases of a character check: past it, the
groups scored so far are the result, marked incomplete.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

import numpy as np

from ..indexer.records import CaseRecord

from .analysis import normalize
from .budget import Budget
from .fields import extra_text
from .matching import positions_found
from .textindex import TextIndex

COMMON = 0.2  # a term in more than this share of the cases is "common"
RESCORE = 1000  # common terms add to the score of at most this many of the best rare-term matches
SPARSE_FROM = 2  # a postings list shorter than half the cases is added by indexing, not bincount (indexing
# 30,000 of 100,000 cases takes 0.16 ms, a bincount and an add 0.23 ms)
DENSE_FROM = 8  # lists of every clause: dense passes when the rarest holds over 1/8 of the cases
DENSE_ADD_FROM = 4  # a term in a quarter of the cases or more is added by its kept dense impacts (a
# pass over every case, 45 µs at 100,000), a rarer one where it is (25,000 cases: 45 µs, 12,500: 26)
SAID_AGAIN = 0.5  # a chunk's further ways of saying its word count for half of the best way (`Plan`)
STRICT_KEPT = 1_000_000  # matched cases of whole synonyms remembered per generation (then all forgotten)


@dataclass(frozen=True)
class Clause:
    view: str
    term_id: int
    weight: float


@dataclass(frozen=True)
class Loose:
    rare: tuple[Clause, ...]
    common: tuple[Clause, ...]
    boost: float = 1.0
    spelling: int = 0  # > 0: one spelling of a word, scored by the best of its spellings (`Plan`)


@dataclass(frozen=True)
class Strict:
    parts: tuple[Clause, ...]  # every one must match; empty: this way cannot match
    grams: tuple[Clause, ...]  # every one must match, and then the characters in sequence
    pattern: str  # regular expression over the normalised, lowercased text
    boost: float = 0.8
    spelling: int = 0  # as `Loose.spelling`


Variant = Loose | Strict


@dataclass
class Plan:
    """A chunk's variants are ways of saying one word. Those of one word's spellings (the same
    `spelling` number: 問合せ, 問い合わせ; 読取, 読み取る) count once, by the best: a case writing
    the word one way scores as a case writing it another, and one writing it both ways is not
    counted twice. The other ways (the word as typed, each synonym, each spelling group) count by
    the best of them, and the rest at `SAID_AGAIN` (Lucene's dis_max with a tie breaker): a case
    saying チャットボット and 自動応答 is a little more about chatbots than one saying チャットボット
    alone, not twice as much, so a short description writing both no longer ranks above a case
    whose name is チャットボット."""

    chunks: list[list[Variant]] = field(default_factory=list)
    weighted: tuple[Clause, ...] = ()  # key terms of a long text: a weighted sum
    # words that only rank (業務 of 契約事務): they add to the score of cases matching a chunk,
    # and are no chunk, so a case holding them is not "matching every chunk"
    refine: tuple[Variant, ...] = ()

    def text_terms(self) -> set[int]:
        """Text-view term ids a matching case may contain: what highlighting marks."""
        out = {c.term_id for c in self.weighted if c.view == "text"}
        for v in [v for chunk in self.chunks for v in chunk] + list(self.refine):
            clauses = v.rare + v.common if isinstance(v, Loose) else v.parts
            out.update(c.term_id for c in clauses if c.view == "text")
        return out

    def chunk_text_terms(self) -> list[set[int]]:
        """Each chunk's text-view term ids (a query word with its forms): which words a hit's
        marks show."""
        return [{c.term_id for v in chunk for c in (v.rare + v.common if isinstance(v, Loose) else v.parts)
                 if c.view == "text"} for chunk in self.chunks]

    @property
    def empty(self) -> bool:
        return not self.chunks and not self.weighted


def literal_pattern(runs: list[str]) -> str:
    """The exact characters of a synonym, allowing punctuation between its runs (AI-OCR =
    AI・OCR), as a phrase of bigrams would."""
    return r"\W*".join(re.escape(r) for r in runs)


def normalised_text(record: CaseRecord) -> str:
    """The text a `Strict` pattern or a word's characters are matched against: the searchable
    text as the index normalises it (NFKC, variant characters), lowercased."""
    return normalize(f"{record.name}\n{record.description} {extra_text(record)}").lower()


class Evaluation(NamedTuple):
    """A plan scored: score and matched per document number; `complete` is False when the time
    budget stopped it early, `scored` how many clause groups were scored (0: nothing to show)."""

    score: np.ndarray
    matched: np.ndarray
    complete: bool
    scored: int


_Dense = dict[tuple[str, int], np.ndarray]  # a plan's dense term impacts, by (view, term id)


def _find(postings: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each of `docs` (sorted) sits in sorted `postings`, and whether it is there."""
    at = np.minimum(np.searchsorted(postings, docs), len(postings) - 1)
    return at, postings[at] == docs


class WeightedTerms(Protocol):
    """What `Scorer.coverage` counts a document holding: a topic (`planner.Topic`)."""

    @property
    def weight(self) -> float: ...

    @property
    def term_ids(self) -> Sequence[int]: ...


class Scorer:
    def __init__(self, text: TextIndex, size: int, normalised_text: Callable[[int], str]):
        self.text = text
        self.size = size
        self.normalised_text = normalised_text  # docnum → NFKC, lowercased searchable text
        # a synonym's whole matches (`_strict`), the same for every query of this generation: a
        # character check of 電子申請's cases took 2 ms of each 電子申請システム at 100,000 cases
        self._strict_kept: dict[Strict, tuple[np.ndarray, np.ndarray]] = {}
        self._strict_kept_size = 0

    def _score(self, clauses, dense: _Dense) -> np.ndarray:
        """Weighted impact sum per document; impacts are positive, so > 0 means matched. One
        `bincount` per clause: postings are sorted, so each streams through the output in order
        (one bincount over all postings concatenated jumps around and is several times slower)."""
        out = np.zeros(self.size)
        for c in clauses:
            self._add(out, c, dense)
        return out

    def _add(self, out: np.ndarray, c: Clause, dense: _Dense) -> None:
        """Add a clause's weighted impacts to `out`: a short postings list by indexing (a term's
        documents are distinct), a long one by its dense impacts (`_dense`). A float32 `out` (a
        weighted plan's: `within`) takes the impacts as stored, float32, with no conversion."""
        docs, impacts = self.text.postings(c.view, c.term_id)
        if out.dtype == np.float32:
            weight = np.float32(c.weight)
            if len(docs) * DENSE_ADD_FROM >= self.size and self.text.keeps_dense(c.view, c.term_id):
                spread = self.text.dense_impacts(c.view, c.term_id, np.float32)
                out += spread * weight if c.weight != 1.0 else spread
            else:  # (float32 values into float32: `np.add.at`'s fast loop too)
                np.add.at(out, docs.astype(np.intp), impacts * weight if c.weight != 1.0 else impacts)
            return
        if len(docs) * SPARSE_FROM < self.size:
            if len(docs) * DENSE_ADD_FROM >= self.size and self.text.keeps_dense(c.view, c.term_id):
                # its kept float32 impacts: the same sums
                spread = self.text.dense_impacts(c.view, c.term_id, np.float32)
                out += spread * c.weight if c.weight != 1.0 else spread
            else:
                # a term's documents are distinct: `np.add.at` adds as `out[docs] += …` does, bit for
                # bit, and with np.intp indexes and float64 values takes its fast loop (12,000 of
                # 100,000 cases: 39 → 25 µs; int32 indexes cost a conversion on gather and scatter)
                added = impacts * c.weight if c.weight != 1.0 else impacts
                np.add.at(out, docs.astype(np.intp), added.astype(np.float64))
            return
        counted = self._dense(c, dense)
        out += counted * c.weight if c.weight != 1.0 else counted

    def _dense(self, c: Clause, dense: _Dense) -> np.ndarray:
        """A term's impacts as a dense array (one `bincount` over the whole output), made once per
        plan: AI-OCR's morphemes are scored as typed and again in each of its synonyms."""
        key = (c.view, c.term_id)
        counted = dense.get(key)
        if counted is None:  # kept by the text index for the next query too, when in many cases
            counted = dense[key] = self.text.dense_impacts(c.view, c.term_id)
        return counted

    def _every(self, clauses, dense: _Dense) -> tuple[np.ndarray, np.ndarray]:
        """Documents matching every clause, and their weighted impact sums: the rarest clause's
        postings, narrowed by binary search in the others (postings are sorted), so the cost
        follows the rarest clause, not the commonest."""
        lists = sorted((self.text.postings(c.view, c.term_id) + (c.weight, c) for c in clauses),
                       key=lambda p: len(p[0]))
        if len(lists) == 1:  # one clause: its postings are the answer
            docs, impacts, weight, _ = lists[0]
            return np.asarray(docs), impacts * weight
        if len(lists[0][0]) * DENSE_FROM > self.size:  # long lists: dense passes beat binary searches
            score = np.zeros(self.size)
            every = np.ones(self.size, dtype=bool)
            for _, _, weight, clause in lists:
                counted = self._dense(clause, dense)
                every &= counted > 0
                score += counted * weight
            docs = np.flatnonzero(every)
            return docs, score[docs]
        docs, impacts, weight, _ = lists[0]
        docs, score = np.asarray(docs), impacts * weight
        for other_docs, other_impacts, weight, clause in lists[1:]:
            if not len(docs):
                break
            if self.text.keeps_dense(clause.view, clause.term_id):  # a common term: looked up, not searched
                found = self.text.holding(clause.view, clause.term_id)[docs]
                docs = docs[found]
                score = score[found] + self.text.dense_impacts(clause.view, clause.term_id, np.float32)[docs] * weight
                continue
            at, found = _find(other_docs, docs)
            docs, score = docs[found], score[found] + other_impacts[at[found]] * weight
        return docs, score

    def _loose(self, v: Loose, dense: _Dense) -> tuple[np.ndarray, np.ndarray]:
        score = self._score(v.rare or v.common, dense)
        matched = score > 0
        if v.rare and v.common:  # common terms only refine the best RESCORE cases a rare one matched
            docs = np.flatnonzero(matched)
            if len(docs) > RESCORE:
                docs = np.sort(docs[np.argpartition(-score[docs], RESCORE - 1)[:RESCORE]])
            gains = np.zeros(len(docs))
            for c in v.common:
                c_docs, impacts = self.text.postings(c.view, c.term_id)
                at, found = _find(c_docs, docs)
                gains[found] += impacts[at[found]] * c.weight
            score[docs] += gains
        if v.boost != 1.0:
            score *= v.boost
        return score, matched

    def _strict(self, v: Strict, dense: _Dense, budget: Budget | None = None) -> tuple[np.ndarray, np.ndarray, bool]:
        """(docs, scores, complete): the documents matching (each once) and their scores, boosted;
        complete is False when the budget cut the character check short. Sparse: a chunk's
        synonyms are each a few hundred cases, and dense arrays of every case cost 0.1 ms a
        synonym at 100,000 cases. A complete answer is kept for the next query (read-only arrays),
        up to `STRICT_KEPT` cases in all."""
        kept = self._strict_kept.get(v)
        if kept is not None:
            return kept[0], kept[1], True
        docs, scores, complete = self._strict_matches(v, dense, budget)
        if complete:
            docs.flags.writeable = scores.flags.writeable = False
            if self._strict_kept_size + len(docs) > STRICT_KEPT:
                self._strict_kept, self._strict_kept_size = {}, 0
            self._strict_kept[v] = (docs, scores)
            self._strict_kept_size += len(docs)
        return docs, scores, complete

    def _strict_matches(self, v: Strict, dense: _Dense, budget: Budget | None) -> tuple[np.ndarray, np.ndarray, bool]:
        complete = True
        found: list[np.ndarray] = []
        scores: list[np.ndarray] = []
        pattern = re.compile(v.pattern)
        if v.parts:
            docs, s = self._every(v.parts, dense)
            if len(v.parts) > 1:  # its morphemes in sequence, not each anywhere: 地理情報システム (GIS) is not
                # in 森林地理情報クラウドシステム, which ranked first for GIS by three morphemes (a review)
                docs, s, complete = self._written(docs, s, pattern, budget)
            found.append(np.asarray(docs))
            scores.append(np.asarray(s, dtype=np.float64))
        if v.grams and complete:  # checking the characters costs a regex per case: only where the parts missed
            docs, s = self._every(v.grams, dense)
            if found and len(found[0]):
                matched = np.zeros(self.size, dtype=bool)
                matched[found[0]] = True
                missed = ~matched[docs]
                docs, s = docs[missed], s[missed]
            docs, s, complete = self._written(docs, s, pattern, budget)
            found.append(docs)
            scores.append(np.asarray(s, dtype=np.float64))
        if not found:
            return np.zeros(0, dtype=np.int64), np.zeros(0), complete
        return np.concatenate(found), np.concatenate(scores) * v.boost, complete

    def _written(self, docs: np.ndarray, scores: np.ndarray, pattern: re.Pattern[str],
                 budget: Budget | None) -> tuple[np.ndarray, np.ndarray, bool]:
        """The documents among `docs` whose text `pattern` is found in, with their scores; False
        when the budget cut the check short (those checked so far are kept)."""
        exact, complete = positions_found(np.asarray(docs).tolist(), pattern, self.normalised_text, budget)
        return np.asarray(docs)[exact], np.asarray(scores)[exact], complete

    def coverage(self, topics: Sequence[WeightedTerms], also: Sequence[np.ndarray | None] = ()) -> np.ndarray:
        """Per document, the weighted share of `topics` (weight and text-view term ids each) it
        holds a term of, or is among the documents `also` gives for it: Lucene's classic
        coordination factor, by topic rather than by term. Summed in float32: half the memory
        traffic of float64, a third less time at 100,000 cases."""
        held = np.zeros(self.size, dtype=np.float32)
        has = np.empty(self.size, dtype=bool)
        total = 0.0
        for i, topic in enumerate(topics):
            weight, term_ids = topic.weight, topic.term_ids
            total += weight
            extra = also[i] if i < len(also) else None
            if extra is None and len(term_ids) == 1 and not self.text.keeps_dense("text", term_ids[0]):
                docs = self.text.postings("text", term_ids[0])[0]
                np.add.at(held, docs.astype(np.intp), np.float32(weight))  # one term's distinct cases: add where it is
                continue
            if extra is None:
                has.fill(False)
            else:
                np.copyto(has, extra)
            for term_id in term_ids:
                self.text.mark("text", term_id, has)
            held += np.float32(weight) * has
        return held / np.float32(total) if total > 0 else np.ones(self.size, dtype=np.float32)

    def evaluate(self, plan: Plan) -> tuple[np.ndarray, np.ndarray]:
        """(score, matched) per document number, with no time limit."""
        done = self.within(plan, None)
        return done.score, done.matched

    def scored_within(self, plan: Plan, budget: Budget) -> Evaluation:
        """The plan scored within `budget`; `SearchTimeout` when not one clause group was."""
        done = self.within(plan, budget)
        if not done.scored and not done.complete:
            budget.check("any of the search was scored")
        return done

    def within(self, plan: Plan, budget: Budget | None) -> Evaluation:
        """The plan scored until `budget` expires, checked before each clause group: a budget
        already expired scores nothing (`scored` 0), one expiring midway keeps what was scored.
        A weighted plan (a pasted text's key terms, the cases like one) is summed in float32, as
        its impacts are stored: it adds tens of terms over most cases, and float32 sums take half
        the memory traffic and none of the conversions (a pasted text at 100,000 cases: about
        0.6 ms of 6.4). The order of every judged query's results is the same as in float64."""
        dense: _Dense = {}
        if plan.weighted:
            score = np.zeros(self.size, dtype=np.float32)
            scored = 0
            for clause in plan.weighted:
                if budget is not None and budget.expired():
                    break
                self._add(score, clause, dense)
                scored += 1
            return Evaluation(score, score > 0, scored == len(plan.weighted), scored)
        total = np.zeros(self.size)
        any_chunk = np.zeros(self.size, dtype=bool)
        every_chunk = np.ones(self.size, dtype=bool)
        scored = chunks = 0
        complete = True
        for chunk in plan.chunks:
            summed = np.zeros(self.size)  # the chunk's ways of saying its word, added up
            strongest = np.zeros(self.size)  # and the best of them, per case
            ways = 0
            chunk_matched = np.zeros(self.size, dtype=bool)
            best: dict[int, np.ndarray] = {}  # a word's spellings: the best of them (`Plan`)
            for v in chunk:
                if budget is not None and budget.expired():
                    complete = False
                    break
                way: np.ndarray | None  # this way's scores, dense; None: added where its cases are
                if isinstance(v, Loose):
                    way, m = self._loose(v, dense)
                    chunk_matched |= m
                else:  # a synonym's few cases, added where they are
                    docs, s, whole = self._strict(v, dense, budget)
                    complete = complete and whole
                    at = docs.astype(np.intp)
                    chunk_matched[at] = True
                    if v.spelling:
                        way = np.zeros(self.size)
                        np.add.at(way, at, s)  # (distinct documents: as `+=`, faster)
                    else:
                        np.add.at(summed, at, s)
                        np.maximum.at(strongest, at, s)
                        ways += 1
                        way = None
                if v.spelling and way is not None:  # the best of the word's spellings: one way, added below
                    spelled = best.get(v.spelling)
                    if spelled is None:
                        best[v.spelling] = way
                    else:
                        np.maximum(spelled, way, out=spelled)
                elif way is not None:
                    summed += way
                    np.maximum(strongest, way, out=strongest)
                    ways += 1
                scored += 1
            for spelled in best.values():
                summed += spelled
                np.maximum(strongest, spelled, out=strongest)
                ways += 1
            chunk_score = summed if ways < 2 else strongest + SAID_AGAIN * (summed - strongest)
            if not complete and not chunk_matched.any():
                break  # a chunk cut off before it matched anything does not count as a chunk
            total += chunk_score
            any_chunk |= chunk_matched
            every_chunk &= chunk_matched
            chunks += 1
            if not complete:
                break
        if chunks > 1:
            total[np.flatnonzero(every_chunk)] *= 2.0  # cases with every chunk first (by index: a
            # boolean mask's gather and scatter each pass over every case)
        for v in plan.refine if complete else ():
            if budget is not None and budget.expired():
                complete = False
                break
            if isinstance(v, Loose):
                s, _ = self._loose(v, dense)
                total += s * any_chunk  # np.where's branch per case is slower
            else:
                docs, s, complete = self._strict(v, dense, budget)
                keep = any_chunk[docs]
                np.add.at(total, docs[keep].astype(np.intp), s[keep])
            scored += 1
        return Evaluation(total, any_chunk, complete, scored)


def top(scores: np.ndarray, mask: np.ndarray, k: int, candidates: np.ndarray | None = None) -> np.ndarray:
    """The `k` best documents of `mask`, by score, ties by document number (`candidates`: the
    mask's document numbers, when known)."""
    candidates = np.flatnonzero(mask) if candidates is None else candidates
    if k <= 0 or not len(candidates):
        return candidates[:0]
    values = scores[candidates]
    if len(candidates) > k:
        kth = np.partition(values, len(values) - k)[len(values) - k]
        keep = values >= kth
        candidates, values = candidates[keep], values[keep]
    order = np.lexsort((candidates, -values))
    return candidates[order][:k]
