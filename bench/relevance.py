"""Relevance of dxsearch against two peers, measured in one run on the bundled survey.

    .venv/bin/python bench/relevance.py [--per-query]

Peers:
- fts5-trigram: SQLite FTS5 with the trigram tokenizer over name, description, reason, prefecture
  and status, searched the way Datasette does (each word quoted, words ANDed, ordered by rank).
- bigram-bm25: character bigrams of the same text, BM25 (k1 1.2, b 0.75), words ORed.
Prints nDCG@10 and recall@20 (relevant = grade ≥ 1, out of min(relevant, 20)) per query kind.
"""

from __future__ import annotations

import argparse
import math
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.judgments import KINDS, QUERIES  # noqa: E402
from dxsearch.indexer.records import CaseRecord  # noqa: E402
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source  # noqa: E402
from dxsearch import SearchIndex, build  # noqa: E402


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


def bigrams(text: str) -> list[str]:
    text = "".join(text.lower().split())
    return [text[i:i + 2] for i in range(len(text) - 1)] or ([text] if text else [])


class BigramBM25:
    name = "bigram-bm25"

    def __init__(self, records: list[CaseRecord], k1: float = 1.2, b: float = 0.75):
        self.ids = [r.id for r in records]
        self.docs = [Counter(bigrams(peer_text(r))) for r in records]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.lengths) / len(self.lengths)
        df = Counter(t for d in self.docs for t in d)
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - c + 0.5) / (c + 0.5)) for t, c in df.items()}
        self.k1, self.b = k1, b

    def search(self, query: str, n: int) -> list[str]:
        terms = Counter(t for w in query.split() for t in bigrams(w))
        scores = []
        for i, d in enumerate(self.docs):
            s = 0.0
            for t in terms:
                tf = d.get(t)
                if tf:
                    s += self.idf[t] * tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * self.lengths[i] / self.avg))
            if s > 0:
                scores.append((s, i))
        scores.sort(key=lambda x: (-x[0], x[1]))
        return [self.ids[i] for _, i in scores[:n]]


class Dxsearch:
    name = "dxsearch"

    def __init__(self, index: SearchIndex):
        self.index = index

    def search(self, query: str, n: int) -> list[str]:
        return [h.record.id for h in self.index.search(query, per_page=n, highlight_hits=False).hits]


def ndcg(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** grades.get(d, 0) - 1) / math.log2(i + 2) for i, d in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: list[str], grades: dict[str, int], k: int = 20) -> float:
    relevant = {d for d, g in grades.items() if g > 0}
    if not relevant:
        return 0.0
    return len(relevant & set(ranked[:k])) / min(len(relevant), k)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-query", action="store_true", help="also print every query's figures")
    args = parser.parse_args()

    records = parse_source(BUNDLED_SURVEY).records
    with tempfile.TemporaryDirectory() as tmp:
        build(records, Path(tmp) / "ix", [str(BUNDLED_SURVEY)])
        systems = [Dxsearch(SearchIndex(Path(tmp) / "ix")), Fts5Trigram(records), BigramBM25(records)]
        rows: dict[tuple[str, str], list[tuple[float, float]]] = {}
        per_query = []
        for judged in QUERIES:
            grades = {r.id: g for r in records if (g := judged.judge(r)) > 0}
            line = [judged.kind, judged.query, sum(1 for g in grades.values() if g == 2), len(grades)]
            for system in systems:
                started = time.perf_counter()
                ranked = system.search(judged.query, 20)
                _ = time.perf_counter() - started
                n, r = ndcg(ranked, grades), recall(ranked, grades)
                rows.setdefault((judged.kind, system.name), []).append((n, r))
                line += [n, r]
            per_query.append(line)

    names = [s.name for s in systems]
    if args.per_query:
        print(f"{'kind':<8} {'query':<40} {'g2':>3} {'rel':>4} " + " ".join(f"{n:>19}" for n in names))
        for kind, query, g2, rel, *figures in per_query:
            cells = " ".join(f"{figures[i]:>9.3f} {figures[i + 1]:>9.3f}" for i in range(0, len(figures), 2))
            print(f"{kind:<8} {query[:38]:<40} {g2:>3} {rel:>4} {cells}")
        print()
    print(f"{len(QUERIES)} judged queries over {len(records)} cases; nDCG@10 / recall@20, mean per kind")
    print(f"{'kind':<9}{'queries':>8}  " + "  ".join(f"{n:>19}" for n in names))
    for kind in (*KINDS, "all"):
        cells = []
        for name in names:
            values = [v for (k, s), vs in rows.items() if s == name and (kind == "all" or k == kind) for v in vs]
            cells.append(f"{sum(v[0] for v in values) / len(values):.3f} / {sum(v[1] for v in values) / len(values):.3f}")
        count = sum(1 for q in QUERIES if kind == "all" or q.kind == kind)
        print(f"{kind:<9}{count:>8}  " + "  ".join(f"{c:>19}" for c in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
