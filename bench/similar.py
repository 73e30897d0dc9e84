"""Relevance of the cases like a case (`SearchIndex.similar(case_id)`, the case page's 似ている事例
and /similar?id=…) against classical peers, measured in one run on the bundled survey.

    .venv/bin/python bench/similar.py [--split dev|test|all] [--per-query]

The judged sources: bench/judgments_similar.py (40 cases, each with a grading rule over the other
cases, written and graded before any engine's similar cases were looked at; half dev, half test).
Peers take the source case's own text (name, description, reason, skill area, overview) as a query
and return their top 20 but the source itself: bigram-bm25, morpheme-bm25 and fused-bm25 of
bench/relevance.py. Prints nDCG@10 and recall@20 per split and section of the source, then
dxsearch's margin over the best peer. `--per-query` is for the dev split only: a test source's
figures are never printed one by one (it is not tuned on).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dxsearch import SearchIndex, build  # noqa: E402
from dxsearch.indexer.records import CaseRecord  # noqa: E402
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source  # noqa: E402

from bench.judgments_similar import SIMILAR  # noqa: E402
from bench.relevance import N, BigramBM25, FusedBM25, MorphemeBM25, ndcg, recall  # noqa: E402


def source_text(r: CaseRecord) -> str:
    """What a peer searches for the cases like `r`: its own words, not its place or status."""
    return " ".join(t for t in (r.name, r.description, r.shared_use_reason, r.skill_area, r.overview) if t)


class Peer:
    """A peer of bench/relevance.py asked for the cases like a case: its text as the query."""

    def __init__(self, name: str, engine, records: dict[str, CaseRecord]):
        self.name, self.engine, self.records = name, engine, records

    def similar(self, case_id: str, n: int) -> list[str]:
        found = self.engine.search(source_text(self.records[case_id]), n + 1)
        return [d for d in found if d != case_id][:n]


class Dxsearch:
    name = "dxsearch"

    def __init__(self, index: SearchIndex):
        self.index = index

    def similar(self, case_id: str, n: int) -> list[str]:
        return [h.record.id for h in self.index.similar(case_id, limit=n).hits]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--per-query", action="store_true", help="each dev source's figures")
    parser.add_argument("--index", help="an index of the bundled survey to use (default: one built now)")
    args = parser.parse_args()
    records = parse_source(BUNDLED_SURVEY).records
    by_id = {r.id: r for r in records}
    bigram, morpheme = BigramBM25(records), MorphemeBM25(records)
    peers = [Peer("bigram-bm25", bigram, by_id), Peer("morpheme-bm25", morpheme, by_id),
             Peer("fused-bm25", FusedBM25(bigram, morpheme), by_id)]
    with tempfile.TemporaryDirectory() as tmp:
        if args.index:
            index = SearchIndex(Path(args.index))
        else:
            build(records, Path(tmp) / "ix", [str(BUNDLED_SURVEY)])
            index = SearchIndex(Path(tmp) / "ix")
        systems = [Dxsearch(index), *peers]
        splits = ("dev", "test") if args.split == "all" else (args.split,)
        for split in splits:
            sources = [(cid, judge) for cid, s, judge in SIMILAR if s == split]
            rows: dict[str, list[tuple[float, float]]] = {s.name: [] for s in systems}
            by_section: dict[tuple[str, str], list[float]] = {}
            for cid, judge in sources:
                grades = {r.id: g for r in records if r.id != cid and (g := judge(r)) > 0}
                for system in systems:
                    ranked = system.similar(cid, N)
                    score = ndcg(ranked, grades)
                    rows[system.name].append((score, recall(ranked, grades)))
                    by_section.setdefault((system.name, by_id[cid].section), []).append(score)
                if args.per_query and split == "dev":
                    figures = "  ".join(f"{s.name} {rows[s.name][-1][0]:.3f}" for s in systems)
                    print(f"  {cid} {by_id[cid].name[:30]}: {figures}")
            print(f"\n[{split}] {len(sources)} sources; nDCG@10 / recall@20, mean")
            sections = sorted({by_id[cid].section for cid, _ in sources})
            print(f"{'system':16}{'all':>16}" + "".join(f"{s:>16}" for s in sections))
            for system in systems:
                got = rows[system.name]
                mean = (sum(a for a, _ in got) / len(got), sum(b for _, b in got) / len(got))
                cells = "".join(f"{sum(v) / len(v):16.3f}" for s in sections
                                if (v := by_section[(system.name, s)]))
                print(f"{system.name:16}{mean[0]:9.3f} / {mean[1]:.3f}" + cells)
            ours = sum(a for a, _ in rows["dxsearch"]) / len(sources)
            best = max(peers, key=lambda p: sum(a for a, _ in rows[p.name]))
            theirs = sum(a for a, _ in rows[best.name]) / len(sources)
            print(f"margin over the best peer ({best.name}), nDCG@10 [{split}]: {ours - theirs:+.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
