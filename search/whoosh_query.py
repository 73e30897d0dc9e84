"""A query plan (`search.scoring.Plan`) as a plain Whoosh query over the generation's Whoosh index.

Run with `searcher(weighting=scoring.BM25F())`, the query matches the cases `Scorer.evaluate`
matches and scores them alike, because the impact arrays are Whoosh's BM25F (`search.textindex`)
and every part of a plan is a sum of clause scores:

    Clause         Or of Term(field, term) over the fields of its view, boost = its weight
    Loose          AndMaybe(Or(rare clauses), Or(common clauses)): common terms only add to cases
                   a rare one matched (Or(common) when there is no rare term)
    Strict         Or(P, Require(And(grams), And([TextPattern, Not(P)]))), P = Require(And(parts),
                   TextPattern) (And(parts) for one part): all its morphemes where its characters
                   are written, else all its bigrams and its exact characters in the normalised text
                   (each Require keeps the scores of its first query only)
    chunk          BestOf its variants: the best score, and the others at `scoring.SAID_AGAIN`;
                   the variants of one word's spellings a BestOf of their own, by the best alone
    chunks         Or(chunks + [And(chunks)]): a case matching every chunk scores twice
    refine         AndMaybe(the chunks, Or(refine variants)): words that only rank add to the
                   score of cases the chunks match
    weighted plan  Or of its clauses

Boosts (a clause's weight times its variant's boost) sit on the Terms: Whoosh drops the boost of
a compound query with a single subquery.

One thing Whoosh cannot express: the scorer adds common terms to the `scoring.RESCORE` (1,000)
best rare-term matches only; here they add to every rare-term match. The matching cases are the
same; scores differ only beyond the 1,000th rare-term match.

Used by the differential tests, and by scripts that want dxsearch's query semantics in Whoosh.
Search with `limit=None` and rank the hits by score: Whoosh 2.7's top-N collector (`limit=10`)
drops some matches of an Or over an And, in any Whoosh index.
"""

from __future__ import annotations

import json
import re

from whoosh import matching
from whoosh.query import And, AndMaybe, Not, NullQuery, Or, Query, Require, Term

from ..indexer.records import CaseRecord

from .fields import FIELDS
from .scoring import SAID_AGAIN, Clause, Loose, Plan, Strict, Variant, normalised_text
from .textindex import TextIndex


class TextPattern(Query):
    """Cases whose normalised searchable text (`scoring.normalised_text`, from the stored record)
    the regular expression finds; a filter, to be used under `Require` (its score is not used).
    Checks every stored record: for scripts and tests, not for speed."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.pattern!r})"

    def __eq__(self, other) -> bool:
        return type(self) is type(other) and self.pattern == other.pattern

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.pattern))

    def estimate_size(self, ixreader) -> int:
        return ixreader.doc_count()

    def matcher(self, searcher, context=None):
        pattern = re.compile(self.pattern)
        ids = [docnum for docnum, stored in searcher.reader().iter_docs()
               if pattern.search(normalised_text(CaseRecord.from_dict(json.loads(stored["record"]))))]
        return matching.ListMatcher(ids) if ids else matching.NullMatcher()


class BestOf(Query):
    """Cases any subquery matches, scored by the best subquery's score plus `tiebreak` times the
    others' (Lucene's dis_max with a tie breaker; Whoosh 2.7's DisjunctionMax ignores its tiebreak
    and takes the max of two matchers wherever each is). Reads every subquery's matches: for
    scripts and tests, not for speed."""

    def __init__(self, subqueries: list[Query], tiebreak: float) -> None:
        self.subqueries = subqueries
        self.tiebreak = tiebreak

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.subqueries!r}, {self.tiebreak})"

    def __eq__(self, other) -> bool:
        return type(self) is type(other) and (self.subqueries, self.tiebreak) == (other.subqueries, other.tiebreak)

    def __hash__(self) -> int:
        return hash((type(self).__name__, tuple(self.subqueries), self.tiebreak))

    def children(self):
        return iter(self.subqueries)

    def estimate_size(self, ixreader) -> int:
        return sum(q.estimate_size(ixreader) for q in self.subqueries)

    def matcher(self, searcher, context=None):
        scores: dict[int, list[float]] = {}
        for q in self.subqueries:
            m = q.matcher(searcher, context)
            while m.is_active():
                scores.setdefault(m.id(), []).append(m.score())
                m.next()
        if not scores:
            return matching.NullMatcher()
        ids = sorted(scores)
        best = [max(scores[d]) for d in ids]
        return matching.ListMatcher(ids, weights=[b + self.tiebreak * (sum(scores[d]) - b) for d, b in zip(ids, best)])


def _clause(text: TextIndex, c: Clause, boost: float = 1.0) -> Query:
    term = text.terms[c.view][c.term_id]
    weight = c.weight * boost
    return Or([Term(f.name, term, boost=weight) for f in FIELDS if f.view == c.view])


def _any(text: TextIndex, clauses, boost: float) -> Query:
    return Or([_clause(text, c, boost) for c in clauses])


def _every(text: TextIndex, clauses, boost: float) -> Query:
    return And([_clause(text, c, boost) for c in clauses])


def _loose(text: TextIndex, v: Loose) -> Query:
    if v.rare and v.common:
        return AndMaybe(_any(text, v.rare, v.boost), _any(text, v.common, v.boost))
    return _any(text, v.rare or v.common, v.boost)


def _strict(text: TextIndex, v: Strict) -> Query:
    parts = _every(text, v.parts, v.boost) if v.parts else None
    if parts is not None and len(v.parts) > 1:  # its morphemes written in sequence, not each anywhere
        parts = Require(parts, TextPattern(v.pattern))
    if not v.grams:
        return parts if parts is not None else NullQuery
    # the characters count only where the morphemes missed. Not `AndNot(grams, parts)`: Whoosh
    # 2.7's AndNotMatcher keeps its first document when the excluded matcher starts before it
    where = TextPattern(v.pattern) if parts is None else And([TextPattern(v.pattern), Not(parts)])
    grams = Require(_every(text, v.grams, v.boost), where)
    return grams if parts is None else Or([parts, grams])


def to_whoosh_query(plan: Plan, text: TextIndex) -> Query:
    """The Whoosh query equivalent to `plan` (made against `text`, the same generation's arrays)."""
    if plan.weighted:
        return _any(text, plan.weighted, 1.0)
    chunks = [_chunk(text, chunk) for chunk in plan.chunks]
    if len(chunks) <= 1:
        query = chunks[0] if chunks else NullQuery
    else:
        query = Or(chunks + [And(chunks)])
    if plan.refine and chunks:
        return AndMaybe(query, Or([_variant(text, v) for v in plan.refine]))
    return query


def _chunk(text: TextIndex, chunk: list[Variant]) -> Query:
    """A chunk's ways of saying its word, as `Scorer.within` adds them (`Plan`)."""
    ways: list[Query] = []
    spellings: dict[int, list[Query]] = {}
    for v in chunk:
        if v.spelling:
            spellings.setdefault(v.spelling, []).append(_variant(text, v))
        else:
            ways.append(_variant(text, v))
    ways += [BestOf(group, 0.0) if len(group) > 1 else group[0] for group in spellings.values()]
    return BestOf(ways, SAID_AGAIN) if len(ways) > 1 else ways[0]


def _variant(text: TextIndex, v: Loose | Strict) -> Query:
    return _loose(text, v) if isinstance(v, Loose) else _strict(text, v)
