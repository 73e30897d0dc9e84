"""Query and similar-case latency at several corpus sizes, against two peers in the same run.

    .venv/bin/python bench/latency.py [--sizes 594 10000 100000] [--repeat 3] [--keep DIR]

Size 594 is the bundled survey; larger sizes are synthetic (bench/synth.py), indexed once into a
temporary directory. The query mix is what the web page asks for: short keywords and long pasted
descriptions, with and without facet filters, with facet counts and highlighting.
Peers: SQLite FTS5 (trigram) returning the top 20 plus the total and three facet counts, and a
plain Python scan over the records doing the same (substring match, Counter facets).
Prints p50/p95/p99 in milliseconds, dxsearch also without facet counts and without highlighting,
and the ratios the performance targets are stated in. The mix repeats each query (after a warm-up
pass), so its pasted texts are timed as texts seen before; a last table times pasted texts never
seen before (`new_texts`), each once, as a user pasting a new one waits for them. The index is
opened as the server opens it (`warm=True`).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.synth import synthetic_records  # noqa: E402
from dxsearch.indexer.records import CaseRecord  # noqa: E402
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source  # noqa: E402
from dxsearch import SearchIndex, build  # noqa: E402

MIX: list[tuple[str, dict]] = [
    ("RPA", {}), ("議事録", {}), ("通勤手当", {}), ("AI-OCR", {}), ("チャットボット", {}), ("電子申請システム", {}),
    ("RPA", {"prefecture": ["三重県", "香川県"]}), ("議事録", {"status": ["導入(実施)済"]}),
    ("紙の申請書を読み取って業務システムに入力する作業を自動化したい", {}),
    ("職員の通勤手当の認定で、通勤経路や距離を地図で確認する作業を効率化したい", {"section": ["ai_rpa"]}),
    ("", {"prefecture": ["東京都"]}), ("", {}),
]
FACETS3 = ("prefecture", "status", "section")
NEW_TEXTS = 40  # pasted texts each searched once: what a user pasting a new text waits for


def new_texts() -> list[str]:
    """`NEW_TEXTS` task descriptions of the judged queries (bench/relevance.py), none of the mix's:
    the mix repeats its two texts, so from the second time on the analyses a text needs are kept
    (Janome's reading of it, its words' spellings and masks, its first matches' key terms) and
    its timings say nothing of a text seen for the first time."""
    from bench.relevance import QUERIES

    texts = list(dict.fromkeys(j.query for j in QUERIES if j.kind == "natural" and j.query not in dict(MIX)))
    return texts[:: max(1, len(texts) // NEW_TEXTS)][:NEW_TEXTS]


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    s = sorted(samples)
    pick = lambda p: s[min(len(s) - 1, int(len(s) * p))]  # noqa: E731
    return statistics.median(s), pick(0.95), pick(0.99)


class Fts5:
    def __init__(self, records: list[CaseRecord]):
        self.db = sqlite3.connect(":memory:")
        self.db.execute("create table cases (rowid integer primary key, prefecture, status, section)")
        self.db.execute("create virtual table fts using fts5(name, body, tokenize='trigram')")
        for i, r in enumerate(records):
            self.db.execute("insert into cases values (?, ?, ?, ?)", (i, r.prefecture, r.status, r.section))
            self.db.execute("insert into fts(rowid, name, body) values (?, ?, ?)",
                            (i, r.name, f"{r.description} {r.shared_use_reason or ''}"))

    def run(self, query: str, filters: dict) -> None:
        where, params = [], []
        if query:
            where.append("cases.rowid in (select rowid from fts where fts match ?)")
            params.append(" ".join('"' + w.replace('"', '""') + '"' for w in query.split()))
        for f, vals in filters.items():
            where.append(f"{f} in ({','.join('?' * len(vals))})")
            params += vals
        cond = " where " + " and ".join(where) if where else ""
        try:
            if query:
                self.db.execute("select fts.rowid from fts join cases on cases.rowid = fts.rowid "
                                "where fts match ? order by rank limit 20", params[:1]).fetchall()
            self.db.execute(f"select count(*) from cases{cond}", params).fetchall()
            for f in FACETS3:
                self.db.execute(f"select {f}, count(*) from cases{cond} group by {f}", params).fetchall()
        except sqlite3.OperationalError:
            pass


class Scan:
    def __init__(self, records: list[CaseRecord]):
        self.records = records
        self.texts = [f"{r.name} {r.description} {r.shared_use_reason or ''}" for r in records]

    def run(self, query: str, filters: dict) -> None:
        words = query.split()
        hits = []
        for r, text in zip(self.records, self.texts):
            if all(getattr(r, f) in vals for f, vals in filters.items()):
                score = sum(text.count(w) for w in words) if words else 1
                if score:
                    hits.append((score, r))
        hits.sort(key=lambda h: -h[0])
        _ = hits[:20]
        for f in FACETS3:
            Counter(getattr(r, f) for _, r in hits)


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def measure(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        for query, filters in MIX:
            started = time.perf_counter()
            fn(query, filters)
            out.append((time.perf_counter() - started) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[594, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", metavar="DIR", help="build the indexes in DIR/ix<size> and keep them "
                        "(e.g. to serve one for bench/load.py); default: a temporary directory")
    args = parser.parse_args()
    rows = []
    first_seen: list[tuple[int, list[float], list[float], list[float]]] = []
    with tempfile.TemporaryDirectory() as tmp:
        if args.keep:
            tmp = args.keep
        for size in args.sizes:
            records = parse_source(BUNDLED_SURVEY).records if size == 594 else synthetic_records(size)
            started = time.perf_counter()
            build(records, Path(tmp) / f"ix{size}", [f"{size}"])
            built = time.perf_counter() - started
            index = SearchIndex(Path(tmp) / f"ix{size}", warm=True)  # as the server opens it
            fts, scan = Fts5(records), Scan(records)
            for q, f in MIX:  # warm up
                index.search(q, f)
            dx = measure(lambda q, f: index.search(q, f, per_page=20), args.repeat)
            dx_no_facets = measure(lambda q, f: index.search(q, f, per_page=20, count_facets=False), args.repeat)
            dx_no_hl = measure(lambda q, f: index.search(q, f, per_page=20, highlight_hits=False), args.repeat)
            fts_ms = measure(fts.run, args.repeat)
            scan_ms = measure(scan.run, args.repeat)
            ids = [r.id for r in records[:: max(1, len(records) // 20)]]
            sim_id = []
            for case_id in ids:
                t = time.perf_counter()
                index.similar(case_id=case_id)
                sim_id.append((time.perf_counter() - t) * 1000)
            sim_text = measure(lambda q, f: index.similar(text=q or "会議録の作成"), 1)
            rows.append((size, built, dx, dx_no_facets, dx_no_hl, fts_ms, scan_ms, sim_id, sim_text))
            fresh = new_texts()  # each once, the search first, then its similar cases (in the order
            half = len(fresh) // 2  # a user asks them), on texts the other has not seen
            first_seen.append((size, [timed(lambda: index.search(t, per_page=20)) for t in fresh[:half]],
                               [timed(lambda: index.similar(text=t)) for t in fresh[half:]],
                               [timed(lambda: fts.run(t, {})) for t in fresh[:half]]))
    print(f"{'cases':>7} {'build s':>8}  {'dxsearch p50/p95/p99 ms':>24} {'no facet counts':>18} "
          f"{'no highlighting':>18} {'fts5-trigram':>18} {'python scan':>20} {'similar(id)':>16} "
          f"{'similar(text)':>16}")
    for size, built, *series in rows:
        cells = ["{:.1f}/{:.1f}/{:.1f}".format(*percentiles(s)) for s in series]
        print(f"{size:>7} {built:>8.1f}  {cells[0]:>24} {cells[1]:>18} {cells[2]:>18} {cells[3]:>18} "
              f"{cells[4]:>20} {cells[5]:>16} {cells[6]:>16}")
    p95 = lambda s: percentiles(s)[1]  # noqa: E731
    for size, _, dx, no_facets, no_hl, fts_ms, scan_ms, *_ in rows:
        print(f"{size:>7} cases: p95 with facet counts / without {p95(dx) / p95(no_facets):.2f}×, with "
              f"highlighting / without {p95(dx) / p95(no_hl):.2f}×, python scan / dxsearch "
              f"{p95(scan_ms) / p95(dx):.1f}×, fts5 / dxsearch {p95(fts_ms) / p95(dx):.2f}×")
    print(f"\npasted texts never seen before ({NEW_TEXTS // 2} searches, then {NEW_TEXTS - NEW_TEXTS // 2} "
          "similar(text) of other texts, each once), p50/p95/p99 ms:")
    for size, searched, alike, fts_new in first_seen:
        cells = ["{:.1f}/{:.1f}/{:.1f}".format(*percentiles(s)) for s in (searched, alike, fts_new)]
        print(f"{size:>7} cases: search {cells[0]}, similar(text) {cells[1]}, fts5 {cells[2]}")
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        print(f"p95 growth {first[0]} → {last[0]} cases: dxsearch {p95(last[2]) / p95(first[2]):.1f}×, "
              f"fts5 {p95(last[5]) / p95(first[5]):.1f}×, python scan {p95(last[6]) / p95(first[6]):.1f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
