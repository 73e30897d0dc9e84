"""Relevance of dxsearch against four peers, measured in one run on the bundled survey.

    .venv/bin/python bench/relevance.py [--split dev|test|all] [--per-query]
    .venv/bin/python bench/relevance.py --heldout     # the independent held-out sets (bench/heldout*.py)

Peers (none of them uses dxsearch code; none understands place or status words):
- fts5-trigram: SQLite FTS5 with the trigram tokenizer over name, description, reason, prefecture
  and status, searched the way Datasette does (each word quoted, words ANDed, ordered by rank).
- bigram-bm25: character bigrams of the same text, BM25 (k1 1.2, b 0.75), words ORed.
- morpheme-bm25: BM25 over Janome base forms of the nouns, verbs and adjectives of the same text
  (NFKC-normalised, lower-cased), query terms ORed.
- fused-bm25: reciprocal-rank fusion (k 60) of bigram-bm25's and morpheme-bm25's top 100: the
  strong classical baseline.
Every system returns its top 20. Prints nDCG@10 and recall@20 (relevant = grade ≥ 1, out of
min(relevant, 20)) per query kind, for the dev split (the 32 queries the engine was tuned on and
half of those added later: free to tune on), the test split (held out: do not tune on it; a test
query whose text a later batch judged again in dev counts as dev, `_seen_in_dev`) and
both; a query with no relevant case (absent kind) scores 1 on both when the system returns no hit
and 0 otherwise. dxsearch is measured three times: its matching set alone (`hits`); as the first page
shows a search with few matches (`dxsearch+related`: the matches, then the labelled list of cases
like them); and as the first page shows any search (`dxsearch as shown`: also the partial matches
shown when no case contains every word, which count against an absent word). Under each table:
each one's nDCG@10 minus the best peer's.

The queries: bench/judgments.py (dev and test), then three later batches, all dev
(bench/judgments_more.py, bench/judgments_third.py, bench/judgments_fourth.py), and a fifth
(bench/judgments_fifth.py: task descriptions in a clerk's everyday words, and particle-joined
queries), a sixth (bench/judgments_sixth.py: task descriptions of tasks no earlier batch asked
about, and notation variants) and a seventh (bench/judgments_seventh.py: notation variants in words
no earlier batch used, and short keyword queries on new topics) and an eighth (bench/judgments_eighth.py: task descriptions
written by someone who had read neither any engine's output nor the earlier batches' queries) and a
ninth (bench/judgments_where.py: task descriptions asking which prefectures already do the task,
graded 2 only for cases in use), a tenth (bench/judgments_tenth.py: a municipal clerk's requests, half
of them one short sentence) and an eleventh (bench/judgments_eleventh.py: requests for digital-talent
roles, DX organisations and shared systems, and short keyword queries) and a twelfth
(bench/judgments_twelfth.py: task descriptions in everyday words, place and status words with a
topic, and notation variants), a thirteenth (bench/judgments_thirteenth.py: task descriptions of
one to four sentences, and short keyword queries), a fourteenth (bench/judgments_fourteenth.py:
task descriptions in several registers, questions of who already does a task among them, and
notation variants), a fifteenth (bench/judgments_fifteenth.py: task descriptions of tasks the
twelfth to fourteenth did not ask about, and a topic with places, a status or shareability written
as people type them), a sixteenth (bench/judgments_sixteenth.py: task descriptions by writers of
several trades, as notes and questions too, some saying a word of another topic), a seventeenth
(bench/judgments_seventeenth.py: task descriptions of tasks no earlier batch named, short keywords
and notation variants) and an eighteenth (bench/judgments_eighteenth.py: the same kinds, a fifth of its
descriptions asking for roles or organisations), half test, half dev; each written and graded before any engine ran on it.

`--heldout` measures bench/heldout.py and bench/heldout_second.py together instead: queries written
and graded by someone who had seen neither any engine's output nor the queries of bench/judgments.py
(the second set was also written without reading the first's queries). Their figures are reported,
never tuned on, and their queries are never printed (no `--per-query`).
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import tempfile
import unicodedata
from dataclasses import replace
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dxsearch.indexer.records import CaseRecord
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source

from bench.judgments import KINDS, SPLITS
from bench.judgments import QUERIES as FIRST_QUERIES
from bench.judgments_more import MORE
from bench.judgments_fifth import FIFTH
from bench.judgments_sixth import SIXTH
from bench.judgments_seventh import SEVENTH
from bench.judgments_eighth import EIGHTH
from bench.judgments_where import WHERE
from bench.judgments_tenth import TENTH
from bench.judgments_eleventh import ELEVENTH
from bench.judgments_twelfth import TWELFTH
from bench.judgments_thirteenth import THIRTEENTH
from bench.judgments_fourteenth import FOURTEENTH
from bench.judgments_fifteenth import FIFTEENTH
from bench.judgments_sixteenth import SIXTEENTH
from bench.judgments_seventeenth import SEVENTEENTH
from bench.judgments_eighteenth import EIGHTEENTH
from bench.judgments_nineteenth import NINETEENTH
from bench.judgments_twentieth import TWENTIETH
from bench.judgments_twentyfirst import TWENTYFIRST
from bench.judgments_twentysecond import TWENTYSECOND
from bench.judgments_twentythird import TWENTYTHIRD
from bench.judgments_twentyfourth import TWENTYFOURTH
from bench.judgments_twentyfifth import TWENTYFIFTH
from bench.judgments_twentysixth import TWENTYSIXTH
from bench.judgments_twentyseventh import TWENTYSEVENTH
from bench.judgments_twentyeighth import TWENTYEIGHTH
from bench.judgments_twentyninth import TWENTYNINTH
from bench.judgments_fourth import FOURTH
from bench.judgments_third import THIRD
from dxsearch import SearchIndex, build

N = 20          # hits asked of every system
FUSE_DEPTH = 100
RRF_K = 60
# bench/judgments_more.py, _third.py, _fourth.py: later batches, all dev; _fifth.py: half of it test
ALL_JUDGED = FIRST_QUERIES + MORE + THIRD + FOURTH + FIFTH + SIXTH + SEVENTH + EIGHTH + WHERE + TENTH + ELEVENTH + TWELFTH + THIRTEENTH + FOURTEENTH + FIFTEENTH + SIXTEENTH + SEVENTEENTH + EIGHTEENTH + NINETEENTH + TWENTIETH + TWENTYFIRST + TWENTYSECOND + TWENTYTHIRD + TWENTYFOURTH + TWENTYFIFTH + TWENTYSIXTH + TWENTYSEVENTH + TWENTYEIGHTH + TWENTYNINTH



def _said(query: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", query).split())


def _seen_in_dev(queries: list) -> list:
    """A test query whose text a later batch judged again in dev (統合型GIS, CDO, ふるさと納税: 12
    of them) has been tuned on through its twin: it counts as dev, so the test split stays unseen."""
    dev = {_said(q.query) for q in queries if q.split == "dev"}
    return [replace(q, split="dev") if q.split == "test" and _said(q.query) in dev else q for q in queries]


QUERIES = _seen_in_dev(ALL_JUDGED)


def counts() -> dict[tuple[str, str], int]:
    """Queries per (kind, split)."""
    out: dict[tuple[str, str], int] = {}
    for q in QUERIES:
        out[(q.kind, q.split)] = out.get((q.kind, q.split), 0) + 1
    return out


def peer_text(r: CaseRecord) -> str:
    return " ".join(t for t in (r.name, r.description, r.shared_use_reason, r.skill_area, r.overview,
                                r.prefecture, r.status) if t)


class Fts5Trigram:
    name = "fts5-trigram"

    def __init__(self, records: list[CaseRecord]):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("create virtual table cases using fts5(id unindexed, name, body, tokenize='trigram')")
        self.db.executemany("insert into cases values (?, ?, ?)",
                            [(r.id, r.name, peer_text(r)) for r in records])

    def search(self, query: str, n: int) -> list[str]:
        escaped = " ".join('"' + w.replace('"', '""') + '"' for w in query.split())  # Datasette's escape_fts
        try:
            rows = self.db.execute("select id from cases where cases match ? order by rank limit ?", (escaped, n))
            return [row[0] for row in rows]
        except sqlite3.OperationalError:
            return []


class BM25:
    """Okapi BM25 over bags of terms, with an inverted index; terms of the query are ORed."""

    def __init__(self, ids: list[str], docs: list[Counter], k1: float = 1.2, b: float = 0.75):
        self.ids = ids
        lengths = [sum(d.values()) for d in docs]
        avg = sum(lengths) / len(lengths)
        n = len(docs)
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for i, d in enumerate(docs):
            norm = k1 * (1 - b + b * lengths[i] / avg)
            for t, tf in d.items():
                self.postings.setdefault(t, []).append((i, tf * (k1 + 1) / (tf + norm)))
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    def rank(self, terms: Counter, n: int) -> list[str]:
        scores: dict[int, float] = {}
        for t in terms:
            for i, w in self.postings.get(t, ()):
                scores[i] = scores.get(i, 0.0) + self.idf[t] * w
        ranked = sorted(scores.items(), key=lambda x: (-x[1], x[0]))
        return [self.ids[i] for i, s in ranked[:n] if s > 0]


def bigrams(text: str) -> list[str]:
    text = "".join(text.lower().split())
    return [text[i:i + 2] for i in range(len(text) - 1)] or ([text] if text else [])


class BigramBM25:
    name = "bigram-bm25"

    def __init__(self, records: list[CaseRecord]):
        self.bm25 = BM25([r.id for r in records], [Counter(bigrams(peer_text(r))) for r in records])

    def search(self, query: str, n: int) -> list[str]:
        return self.bm25.rank(Counter(t for w in query.split() for t in bigrams(w)), n)


CONTENT_POS = ("名詞", "動詞", "形容詞")
SKIPPED_POS = {("名詞", "非自立"), ("名詞", "代名詞"), ("動詞", "非自立")}


class MorphemeBM25:
    name = "morpheme-bm25"

    def __init__(self, records: list[CaseRecord]):
        import re

        from janome.tokenizer import Tokenizer

        self.tokenizer = Tokenizer()  # one tokenizer, reused: Janome is slow to start
        self.wordlike = re.compile(r"[0-9a-z\u3041-\u30ff\u3400-\u9fff々〆ー]")
        self.bm25 = BM25([r.id for r in records], [Counter(self.terms(peer_text(r))) for r in records])

    def terms(self, text: str) -> list[str]:
        out = []
        for token in self.tokenizer.tokenize(unicodedata.normalize("NFKC", text).lower()):
            pos = token.part_of_speech.split(",")
            if pos[0] not in CONTENT_POS or (pos[0], pos[1]) in SKIPPED_POS:
                continue
            base = token.base_form if token.base_form != "*" else token.surface
            if self.wordlike.search(base):
                out.append(base)
        return out

    def search(self, query: str, n: int) -> list[str]:
        terms = Counter(self.terms(query))
        return self.bm25.rank(terms, n) if terms else []


class FusedBM25:
    name = "fused-bm25"

    def __init__(self, bigram: BigramBM25, morpheme: MorphemeBM25):
        self.parts = (bigram, morpheme)

    def search(self, query: str, n: int) -> list[str]:
        scores: dict[str, float] = {}
        first_seen: dict[str, int] = {}
        for part in self.parts:
            for rank, doc in enumerate(part.search(query, FUSE_DEPTH), start=1):
                scores[doc] = scores.get(doc, 0.0) + 1 / (RRF_K + rank)
                first_seen.setdefault(doc, len(first_seen))
        return sorted(scores, key=lambda d: (-scores[d], first_seen[d]))[:n]


class Dxsearch:
    name = "dxsearch"
    peer = False

    def __init__(self, index: SearchIndex):
        self.index = index

    def search(self, query: str, n: int) -> list[str]:
        """The matching set (`hits`) only: partial matches are a second, labelled list and do not
        count here (an absent word must give nothing)."""
        return [h.record.id for h in self.index.search(query, per_page=n, highlight_hits=False).hits]


class DxsearchWithRelated(Dxsearch):
    name = "dxsearch+related"

    def search(self, query: str, n: int) -> list[str]:
        """The first page as a user sees it when few cases contain every word: the matches, then
        the labelled lists of cases like them (`related`) and of the matches outside the places
        chosen (`elsewhere`). Partial matches, shown only when no case matches, still do not count."""
        result = self.index.search(query, per_page=n, highlight_hits=False)
        elsewhere = result.elsewhere.hits if result.elsewhere else []
        related = result.related.hits if result.related else []
        return [h.record.id for h in [*result.hits, *related, *elsewhere]][:n]


class DxsearchAsShown(Dxsearch):
    name = "dxsearch as shown"

    def search(self, query: str, n: int) -> list[str]:
        """The first page as a user sees it: the matches, or when none, the search that kana typed
        read as (ぎじろく → 議事録) and the partial matches; then the related cases and the
        matches outside the places chosen. An absent
        word's partial matches count against it here."""
        result = self.index.search(query, per_page=n, highlight_hits=False)
        read_as = result.read_as.hits if result.read_as else []
        partial = result.partial_matches.hits if result.partial_matches else []
        elsewhere = result.elsewhere.hits if result.elsewhere else []
        related = result.related.hits if result.related else []
        return [h.record.id for h in [*result.hits, *read_as, *partial, *related, *elsewhere]][:n]


def ndcg(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    if not grades:  # nothing is relevant: right only when nothing is returned
        return 0.0 if ranked else 1.0
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg


def recall(ranked: list[str], grades: dict[str, int], k: int = 20) -> float:
    relevant = {d for d, g in grades.items() if g > 0}
    if not relevant:
        return 0.0 if ranked else 1.0
    return len(relevant & set(ranked[:k])) / min(len(relevant), k)


def table(split: str, names: list[str], peers: list[int], results: list[tuple]) -> None:
    chosen = [row for row in results if split == "all" or row[1] == split]
    print(f"\n[{split}] {len(chosen)} queries; nDCG@10 / recall@20, mean per kind")
    print(f"{'kind':<9}{'queries':>8}  " + "  ".join(f"{n:>19}" for n in names))
    margins = []
    for kind in (*KINDS, "all"):
        rows = [row for row in chosen if kind == "all" or row[0] == kind]
        if not rows:
            continue
        cells, ndcgs = [], []
        for s in range(len(names)):
            nd = sum(row[4][s][0] for row in rows) / len(rows)
            rc = sum(row[4][s][1] for row in rows) / len(rows)
            ndcgs.append(nd)
            cells.append(f"{nd:.3f} / {rc:.3f}")
        print(f"{kind:<9}{len(rows):>8}  " + "  ".join(f"{c:>19}" for c in cells))
        best = max(peers, key=lambda s: ndcgs[s])
        margins.append(f"{kind} {ndcgs[0] - ndcgs[best]:+.3f}, {ndcgs[1] - ndcgs[best]:+.3f}, "
                       f"{ndcgs[2] - ndcgs[best]:+.3f} ({names[best]})")
    print(f"margin over best peer, nDCG@10 [{split}], {names[0]}, {names[1]} and {names[2]}: " + ", ".join(margins))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-query", action="store_true", help="also print every query's figures")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all",
                        help="which split's table to print (default all: dev, test and both)")
    parser.add_argument("--heldout", action="store_true",
                        help="measure the independent held-out sets (bench/heldout.py and bench/heldout_second.py) "
                             "instead; their queries are not printed")
    args = parser.parse_args()
    if args.heldout and args.per_query:
        parser.error("--per-query would show the held-out queries: measure them, do not read them")

    if args.heldout:
        from bench.heldout import QUERIES as HELD_OUT_FIRST
        from bench.heldout_second import QUERIES as HELD_OUT_SECOND

        HELD_OUT = [*HELD_OUT_FIRST, *HELD_OUT_SECOND]

        judged_set = [(q.kind, "heldout", q.query, q.judge) for q in HELD_OUT]
        splits: tuple[str, ...] = ("heldout",)
        print("held-out queries per kind: " + ", ".join(
            f"{k} {sum(1 for q in HELD_OUT if q.kind == k)}" for k in KINDS) + f"; total {len(HELD_OUT)}")
    else:
        judged_set = [(j.kind, j.split, j.query, j.judge) for j in QUERIES
                      if args.split == "all" or j.split == args.split]
        splits = (*SPLITS, "all") if args.split == "all" else (args.split,)
        per_split = counts()
        print("judged queries per kind (dev / test): " + ", ".join(
            f"{k} {per_split.get((k, 'dev'), 0)}/{per_split.get((k, 'test'), 0)}" for k in KINDS)
            + f"; total {len(QUERIES)}")

    records = parse_source(BUNDLED_SURVEY).records
    with tempfile.TemporaryDirectory() as tmp:
        build(records, Path(tmp) / "ix", [str(BUNDLED_SURVEY)])
        bigram, morpheme = BigramBM25(records), MorphemeBM25(records)
        index = SearchIndex(Path(tmp) / "ix")
        systems = [Dxsearch(index), DxsearchWithRelated(index), DxsearchAsShown(index), Fts5Trigram(records), bigram,
                   morpheme,
                   FusedBM25(bigram, morpheme)]
        results = []  # (kind, split, query, (grade-2 count, relevant count), [(ndcg, recall) per system])
        for kind, split, query, judge in judged_set:
            grades = {r.id: g for r in records if (g := judge(r)) > 0}
            figures = []
            for system in systems:
                ranked = system.search(query, N)
                figures.append((ndcg(ranked, grades), recall(ranked, grades)))
            results.append((kind, split, query, (sum(1 for g in grades.values() if g == 2), len(grades)), figures))

    names = [s.name for s in systems]
    peers = [i for i, s in enumerate(systems) if getattr(s, "peer", True)]
    if args.per_query:
        print(f"\n{'kind':<8} {'split':<5} {'query':<40} {'g2':>3} {'rel':>4} " + " ".join(f"{n:>15}" for n in names))
        for kind, split, query, (g2, rel), figures in results:
            cells = " ".join(f"{n:>7.3f} {r:>7.3f}" for n, r in figures)
            print(f"{kind:<8} {split:<5} {query[:38]:<40} {g2:>3} {rel:>4} {cells}")
    print(f"\n{len(records)} cases")
    for split in splits:
        table(split, names, peers, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
