"""Index build time and peak memory against the floor of this design: Janome tokenising the same
text once, measured in the same run. Also rebuilds with `dxsearch build`: of unchanged input
(skipped by the sources' fingerprint) and after editing 1% of the cases (unchanged analyses are
reused from the live index).

    .venv/bin/python bench/build.py [--sizes 594 10000]

Each measurement runs in a fresh child process, so peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent


def _records(size: int, path: str) -> None:
    from bench.synth import synthetic_records
    from dxsearch.indexer.output import write_jsonl
    from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source

    records = parse_source(BUNDLED_SURVEY).records if size == 594 else synthetic_records(size)
    write_jsonl(records, Path(path))


def _edit_one_percent(path: str, out_path: str) -> None:
    """The same cases with every hundredth description changed."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for i in range(0, len(lines), 100):
        case = json.loads(lines[i])
        case["description"] += "(令和3年度に対象業務を拡大)"
        lines[i] = json.dumps(case, ensure_ascii=False)
    Path(out_path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _janome_floor(path: str, out) -> None:
    from dxsearch.indexer.sources import parse_source
    from dxsearch.search.analysis import janome

    records = parse_source(Path(path)).records
    texts = [t for r in records for t in (r.name, r.description, r.shared_use_reason, r.skill_area,
                                          r.overview, r.category) if t]
    tok = janome()
    started = time.perf_counter()
    for text in texts:
        for _ in tok.tokenize(text):
            pass
    out.put(time.perf_counter() - started)


def _child(target, *args) -> tuple[float, float]:
    queue: mp.Queue = mp.Queue()
    proc = mp.get_context("fork").Process(target=target, args=(*args, queue))
    proc.start()
    value = queue.get()
    proc.join()
    return value, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def _cli_build(jsonl: str, index: str, force: bool) -> tuple[float, float]:
    """Wall time and peak RSS of one `dxsearch build`, both taken by a small wrapper process (so
    the RSS is the build's own, and the wrapper's start-up is not counted)."""
    cmd = [str(Path(sys.executable).with_name("dxsearch")), "build", jsonl, "--index", index]
    if force:
        cmd.append("--force")
    wrapper = ("import resource,subprocess,sys,time; t=time.perf_counter();"
               "subprocess.run(sys.argv[1:],check=True,capture_output=True);"
               "print(time.perf_counter()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", wrapper, *cmd], capture_output=True, text=True, check=True)
    seconds, rss_kb = out.stdout.split()
    return float(seconds), int(rss_kb) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[594, 10000])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            jsonl = str(Path(tmp) / f"cases-{size}.jsonl")
            _records(size, jsonl)
            floor, _ = _child(_janome_floor, jsonl)
            index = str(Path(tmp) / f"ix-{size}")
            cold, cold_rss = _cli_build(jsonl, index, force=True)
            again, _ = _cli_build(jsonl, index, force=False)
            size_mb = sum(p.stat().st_size for p in (Path(index) / "CURRENT").resolve().rglob("*")
                          if p.is_file()) / 2**20
            edited = str(Path(tmp) / f"cases-{size}-edited.jsonl")
            _edit_one_percent(jsonl, edited)
            partial, partial_rss = _cli_build(edited, index, force=False)
            rows.append((size, floor, cold, cold_rss, again, partial, partial_rss, size_mb))
    print(f"{'cases':>7} {'janome floor s':>15} {'cold build s':>13} {'ratio':>6} {'peak RSS MB':>12} "
          f"{'unchanged s':>12} {'speed-up':>9} {'1% edited s':>12} {'speed-up':>9} {'RSS MB':>7} {'index MB':>9}")
    for size, floor, cold, rss, again, partial, partial_rss, size_mb in rows:
        print(f"{size:>7} {floor:>15.1f} {cold:>13.1f} {cold / floor:>6.2f} {rss:>12.0f} {again:>12.2f} "
              f"{cold / again:>9.0f} {partial:>12.2f} {cold / partial:>9.1f} {partial_rss:>7.0f} {size_mb:>9.1f}")
    print(json.dumps({"note": "cold build includes parsing the JSON Lines and process start-up"}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
