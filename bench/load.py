"""A bounded loopback load of a running `dxsearch serve`: mixed search, facet, case, similar and
export requests, some of them malformed, from N concurrent clients for S seconds.

    .venv/bin/python bench/load.py --url http://127.0.0.1:8000 --clients 32 --seconds 60

Prints throughput, latency percentiles, status counts and the server's memory (when --pid is
given). Only loopback addresses are accepted.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

QUERIES = ["RPA", "通勤手当", "議事録", "テープ起こし", "AI-OCR", "チャットボット 問い合わせ", "電子申請システム",
           "三重県 RPA", "九州 チャットボット 実証中", "紙の申請書を読み取って業務システムに入力する作業を自動化したい",
           "ｶﾀｶﾅ", "ＡＩ－ＯＣＲ", "", "GIS", "共同利用可能 施設予約"]
CASES = ["ai_rpa-001", "ai_rpa-141", "shared_system-001", "digital_talent-035", "organization-072"]
MALFORMED = ["/api/search?page=-1", "/api/search?colour=red", "/api/search?per_page=100000", "/cases/../../etc/passwd",
             "/api/cases/%00", "/api/search?q=" + quote("AND ( \"*"), "/api/search?q=" + "x" * 2100,
             "/api/similar", "/?sort=random", "/api/search?prefecture=" + quote("大江戸県"), "/cases/" + quote("<script>")]


def mixed_path(rng: random.Random) -> str:
    roll = rng.random()
    q = rng.choice(QUERIES)
    if roll < 0.40:
        params = [("q", q)] + ([("prefecture", rng.choice(["三重県", "香川県", "東京都"]))] if rng.random() < 0.3 else [])
        return "/api/search?" + urlencode(params)
    if roll < 0.55:
        return "/?" + urlencode({"q": q})
    if roll < 0.65:
        return "/api/cases/" + rng.choice(CASES)
    if roll < 0.72:
        return "/api/similar?" + urlencode({"text": q or "会議録の作成"})
    if roll < 0.77:
        return "/api/facets"
    if roll < 0.80:
        return "/export.csv?" + urlencode({"q": q})
    if roll < 0.83:
        return "/overview"
    return rng.choice(MALFORMED)


@dataclass
class LoadResult:
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    errors: Counter = field(default_factory=Counter)  # connection errors by kind
    rss_mb: list[float] = field(default_factory=list)  # server memory samples

    @property
    def requests(self) -> int:
        return len(self.latencies_ms)

    def percentile(self, p: float) -> float:
        data = sorted(self.latencies_ms)
        return data[min(len(data) - 1, int(len(data) * p))] if data else 0.0

    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)

    def summary(self) -> dict:
        return {"requests": self.requests, "seconds": round(self.seconds, 1),
                "throughput_rps": round(self.requests / self.seconds, 1),
                "p50_ms": round(statistics.median(self.latencies_ms), 1) if self.latencies_ms else None,
                "p95_ms": round(self.percentile(0.95), 1), "p99_ms": round(self.percentile(0.99), 1),
                "statuses": dict(sorted(self.statuses.items())), "connection_errors": dict(self.errors),
                "rss_mb_first_last_max": [round(self.rss_mb[0], 1), round(self.rss_mb[-1], 1),
                                          round(max(self.rss_mb), 1)] if self.rss_mb else None}


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_load(url: str, clients: int, seconds: float, pid: int | None = None, seed: int = 7) -> LoadResult:
    parts = urlsplit(url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1") and not (parts.hostname or "").startswith("127."):
        raise ValueError("load is only sent to loopback addresses")
    host, port = parts.hostname, parts.port or 80
    result = LoadResult(seconds=seconds)
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(n: int) -> None:
        rng = random.Random(seed * 1000 + n)
        conn = http.client.HTTPConnection(host, port, timeout=30)
        while time.monotonic() < stop_at:
            path = mixed_path(rng)
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                status = response.status
            except Exception as e:  # noqa: BLE001 - a failed request is counted, the client goes on
                with lock:
                    result.errors[type(e).__name__] += 1
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
                continue
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                result.latencies_ms.append(elapsed)
                result.statuses[status] += 1
        conn.close()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads):
        if pid is not None:
            result.rss_mb.append(rss_mb(pid))
        time.sleep(min(1.0, max(0.1, seconds / 20)))
    for t in threads:
        t.join()
    result.seconds = time.monotonic() - started
    if pid is not None:
        result.rss_mb.append(rss_mb(pid))
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--pid", type=int, help="the server's process id, to sample its memory")
    parser.add_argument("--warmup", type=float, default=5, help="seconds of load before measuring, so every "
                        "worker thread has built its tokenizer and searcher (default 5)")
    args = parser.parse_args()
    if args.warmup > 0:
        run_load(args.url, args.clients, args.warmup)
    result = run_load(args.url, args.clients, args.seconds, args.pid)
    print(json.dumps(result.summary(), ensure_ascii=False, indent=1))
    return 1 if result.server_errors() else 0


if __name__ == "__main__":
    sys.exit(main())
