"""Scoring a query plan over the impact arrays, one NumPy pass per clause group.

A query becomes a plan (built by `search.engine`): whitespace-separated *chunks*, each a set of
*variants* (the words typed, and their synonyms). A variant typed by the user is `Loose`: any of
its terms, readings or bigrams may match, but terms found in more than `COMMON` of the cases only
add to the score of cases that match a rarer one (Lucene's common-terms query). A synonym swapped
in is `Strict`: it must match whole — all its morphemes, else its exact characters — or 地理情報システム
(standing for GIS) would find every 情報システム. Chunks add up, and a case matching every chunk
scores twice, so complete matches come first and partial ones stay.

Scores are dense arrays over the document numbers: summing a clause group is one `np.bincount`
of its postings, so the cost grows with the postings touched, not with Python per document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from .textindex import TextIndex

COMMON = 0.2  # a term in more than this share of the cases is "common"


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


@dataclass(frozen=True)
class Strict:
    parts: tuple[Clause, ...]  # every one must match; empty: this way cannot match
    grams: tuple[Clause, ...]  # every one must match, and then the characters in sequence
    pattern: str  # regular expression over the normalised, lowercased text
    boost: float = 0.8


Variant = Loose | Strict


@dataclass
class Plan:
    chunks: list[list[Variant]] = field(default_factory=list)
    weighted: tuple[Clause, ...] = ()  # key terms of a long text: a weighted sum

    def text_terms(self) -> set[int]:
        """Text-view term ids a matching case may contain: what highlighting marks."""
        out = {c.term_id for c in self.weighted if c.view == "text"}
        for chunk in self.chunks:
            for v in chunk:
                clauses = v.rare + v.common if isinstance(v, Loose) else v.parts
                out.update(c.term_id for c in clauses if c.view == "text")
        return out

    @property
    def empty(self) -> bool:
        return not self.chunks and not self.weighted


def literal_pattern(runs: list[str]) -> str:
    """The exact characters of a synonym, allowing punctuation between its runs (AI-OCR =
    AI・OCR), as a phrase of bigrams would."""
    return r"\W*".join(re.escape(r) for r in runs)


class Scorer:
    def __init__(self, text: TextIndex, size: int, normalised_text: Callable[[int], str]):
        self.text = text
        self.size = size
        self.normalised_text = normalised_text  # docnum → NFKC, lowercased searchable text

    def _sum(self, clauses) -> tuple[np.ndarray, np.ndarray]:
        """Weighted impact sum and the number of clauses matched, per document."""
        if not clauses:
            return np.zeros(self.size), np.zeros(self.size, dtype=np.int64)
        docs, weights = [], []
        for c in clauses:
            d, w = self.text.postings(c.view, c.term_id)
            docs.append(d)
            weights.append(w * c.weight if c.weight != 1.0 else w)
        d = np.concatenate(docs)
        return (np.bincount(d, weights=np.concatenate(weights), minlength=self.size),
                np.bincount(d, minlength=self.size))

    def _loose(self, v: Loose) -> tuple[np.ndarray, np.ndarray]:
        rare_score, rare_count = self._sum(v.rare)
        common_score, common_count = self._sum(v.common)
        matched = rare_count > 0 if v.rare else common_count > 0
        score = rare_score + common_score
        score[~matched] = 0.0
        return score * v.boost, matched

    def _strict(self, v: Strict) -> tuple[np.ndarray, np.ndarray]:
        score = np.zeros(self.size)
        matched = np.zeros(self.size, dtype=bool)
        if v.parts:
            s, n = self._sum(v.parts)
            every = n == len(v.parts)
            score[every] += s[every]
            matched |= every
        if v.grams:  # checking the characters costs a regex per case: only where the parts missed
            s, n = self._sum(v.grams)
            pattern = re.compile(v.pattern)
            exact = [d for d in np.flatnonzero((n == len(v.grams)) & ~matched).tolist()
                     if pattern.search(self.normalised_text(d))]
            score[exact] += s[exact]
            matched[exact] = True
        return score * v.boost, matched

    def evaluate(self, plan: Plan) -> tuple[np.ndarray, np.ndarray]:
        """(score, matched) per document number."""
        if plan.weighted:
            score, count = self._sum(plan.weighted)
            return score, count > 0
        total = np.zeros(self.size)
        any_chunk = np.zeros(self.size, dtype=bool)
        every_chunk = np.ones(self.size, dtype=bool)
        for chunk in plan.chunks:
            chunk_score = np.zeros(self.size)
            chunk_matched = np.zeros(self.size, dtype=bool)
            for v in chunk:
                s, m = self._loose(v) if isinstance(v, Loose) else self._strict(v)
                chunk_score += s
                chunk_matched |= m
            total += chunk_score
            any_chunk |= chunk_matched
            every_chunk &= chunk_matched
        if len(plan.chunks) > 1:
            total[every_chunk] *= 2.0  # cases with every chunk first
        return total, any_chunk


def top(scores: np.ndarray, mask: np.ndarray, k: int) -> np.ndarray:
    """The `k` best documents of `mask`, by score, ties by document number."""
    candidates = np.flatnonzero(mask)
    if k <= 0 or not len(candidates):
        return candidates[:0]
    values = scores[candidates]
    if len(candidates) > k:
        kth = np.partition(values, len(values) - k)[len(values) - k]
        keep = values >= kth
        candidates, values = candidates[keep], values[keep]
    order = np.lexsort((candidates, -values))
    return candidates[order][:k]
