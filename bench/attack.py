"""How a normal query fares while the server is attacked: the figures of README's "Reliability
and security" table. Starts `dxsearch serve` on an index, measures a normal query alone, then
while `--clients` clients send the most expensive requests we could craft and a slowloris set
holds connections, and prints figures (no pass or fail: a bench, not a test).

    .venv/bin/python bench/attack.py --index DIR [--clients 8] [--seconds 30] [--slow 200]
    .venv/bin/python bench/attack.py --index DIR --server-path /tmp/old-layout   # another version

The worst requests: a no-hit, synonym-heavy 2,000-character query on the page (which then
looks for "try instead" queries), 64 synonym-heavy words with 200 filter values or 64 keep words,
20,000 keep words, a 10,000-character pasted text to /api/similar, distinct 2,000-character
pasted texts (no cache helps), the deepest page, and CSV exports of everything. The slowloris
connections each send one header byte every `--slow-interval` seconds and reconnect when closed.

Prints: the normal query's p50/p95 quiet and under attack and their ratio, the worst single
request (and which), status counts, how many normal queries got no answer, what happened to
the slow connections, and the server's CPU time in the seconds after the attack stopped (work
left running for clients that are gone). Loopback only.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import select
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
NORMAL = "/api/search?" + urlencode({"q": "通勤手当"})
PREFECTURES = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
               "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
               "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
               "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
               "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"]
SYNONYM_WORDS = ["テープ起こし", "web会議", "問合せ", "ホームページ", "ai-ocr", "チャットボット", "申込", "電子申請",
                 "マイナンバー", "地理情報システム", "クラウド", "エクセル", "文字おこし", "オンライン会議"]


@dataclass
class Sample:
    seconds: float
    status: int | str  # an HTTP status, or the name of the error
    what: str


@dataclass
class Phase:
    normal: list[Sample] = field(default_factory=list)
    attack: list[Sample] = field(default_factory=list)


def percentile(values: list[float], p: float) -> float:
    data = sorted(values)
    return data[min(len(data) - 1, int(len(data) * p))] if data else float("nan")


class Client:
    """One keep-alive connection; a failed request reconnects. `close()` from another thread
    cuts a request in flight (the bench's end)."""

    def __init__(self, port: int, timeout: float) -> None:
        self.port, self.timeout = port, timeout
        self.conn: http.client.HTTPConnection | None = None
        self.started: float | None = None  # when the request in flight began

    def get(self, path: str, what: str) -> Sample:
        if self.conn is None:
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        self.started = time.perf_counter()
        try:
            self.conn.request("GET", path)
            response = self.conn.getresponse()
            while response.read(65536):
                pass
            status: int | str = response.status
        except Exception as e:  # noqa: BLE001 - counted by kind
            status = type(e).__name__
            self.close()
        elapsed = time.perf_counter() - self.started
        self.started = None
        return Sample(elapsed, status, what)

    def close(self) -> None:
        conn, self.conn = self.conn, None
        if conn is not None:
            try:
                if conn.sock is not None:
                    conn.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()


def worst_requests(port: int, rng: random.Random) -> list[tuple[str, str]]:
    """(what, path) of the expensive requests, texts taken from the index being served."""
    with urllib_get(port, "/api/search?" + urlencode({"per_page": 100})) as data:
        texts = [h["description"] for h in data["hits"]]
    corpus = "".join(texts) * 20
    pasted = corpus[:10_000]
    words = (SYNONYM_WORDS * 5)[:63] + ["zq"]
    heavy = " ".join(words)[:2000]
    filters = [("prefecture", p) for p in PREFECTURES * 4][:200]
    keep64 = [("keep", p[:2]) for p in PREFECTURES][:64]
    out = [
        ("page: no-hit synonym query (issue 13)", "/?" + urlencode({"q": "zq " * 64 + "hp " * 598})),
        ("page: 64 synonym-heavy words", "/?" + urlencode({"q": heavy})),
        ("api: synonym-heavy + 200 filters", "/api/search?" + urlencode([("q", heavy)] + filters)),
        ("api: 64 keep words", "/api/search?" + urlencode([("q", " ".join(p[:2] for p in PREFECTURES))] + keep64)),
        ("page: 20,000 keep words", "/?" + urlencode([("q", "RPA")] + [("keep", "三重")] * 20_000)),
        ("similar: 10,000-char text", "/api/similar?" + urlencode({"text": pasted, "limit": 100})),
        ("page: deepest page", "/?" + urlencode({"q": "の", "page": 10_000, "per_page": 100})),
        ("api: deepest page", "/api/search?" + urlencode({"page": 10_000, "per_page": 100})),
        ("csv: every case", "/export.csv"),
        ("csv: synonym-heavy", "/export.csv?" + urlencode({"q": heavy})),
    ]

    def distinct_text() -> tuple[str, str]:  # a pasted 2,000-character text no cache has seen
        start = rng.randrange(max(1, len(corpus) - 2000))
        chars = list(corpus[start:start + 2000])
        rng.shuffle(chars)
        return "api: distinct 2,000-char text", "/api/search?" + urlencode({"q": "".join(chars)[:2000]})

    return out + [distinct_text() for _ in range(6)]


class urllib_get:
    """`with urllib_get(port, path) as data:` the JSON of one GET."""

    def __init__(self, port: int, path: str) -> None:
        self.port, self.path = port, path

    def __enter__(self) -> dict:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        conn.request("GET", self.path)
        self.data = json.loads(conn.getresponse().read())
        conn.close()
        return self.data

    def __exit__(self, *exc: object) -> None:
        return None


def slowloris(port: int, n: int, interval: float, stop: threading.Event, stats: Counter) -> None:
    """`n` connections each sending one byte of an endless header every `interval` s; a closed
    one is counted and reopened (an attacker reconnects)."""
    header = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-a: b\r\n" * 100_000
    socks: dict[socket.socket, int] = {}

    def open_one() -> None:
        try:
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            s.setblocking(False)
            socks[s] = 0
            stats["opened"] += 1
        except OSError:
            stats["refused or timed out"] += 1

    for _ in range(n):
        open_one()
    next_send = time.monotonic()
    while not stop.is_set():
        if time.monotonic() >= next_send:
            next_send += interval
            for s in list(socks):
                try:
                    s.send(header[socks[s]:socks[s] + 1])
                    socks[s] += 1
                except OSError:
                    socks.pop(s)
                    s.close()
                    stats["closed by server"] += 1
        readable, _, _ = select.select(list(socks), [], [], 0.2) if socks else ([], [], [])
        for s in readable:
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:
                socks.pop(s, None)
                s.close()
                stats["closed by server"] += 1
        while len(socks) < n and not stop.is_set():
            open_one()
            if stats["refused or timed out"] > 10 * n:
                break
    stats["held at the end"] = len(socks)
    for s in socks:
        s.close()


def run_normal(port: int, stop: threading.Event, out: list[Sample], timeout: float, pause: float) -> None:
    client = Client(port, timeout)
    while not stop.is_set():
        out.append(client.get(NORMAL, "normal"))
        time.sleep(pause)
    client.close()


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start_server(index: str, port: int, server_path: str | None, extra: list[str]) -> subprocess.Popen:
    env = dict(os.environ)
    if server_path:  # another version of dxsearch laid out as installed (see --server-path)
        env["PYTHONPATH"] = server_path
    log = tempfile.TemporaryFile()  # not a pipe: nobody reads it while the server runs, so it must not fill
    proc = subprocess.Popen([sys.executable, "-m", "dxsearch", "serve", "--index", index, "--port", str(port), *extra],
                            cwd="/", env=env, stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log.seek(0)
            raise SystemExit(f"dxsearch serve exited: {log.read().decode(errors='replace')}")
        try:
            with urllib_get(port, "/api/stats"):
                return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("dxsearch serve did not start")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_attack(port: int, pid: int | None = None, clients: int = 8, seconds: float = 30, quiet_requests: int = 200,
               slow: int = 200, slow_interval: float = 5, timeout: float = 60, settle: float = 10) -> dict:
    """Attack the server listening on `port` (its process `pid`, for CPU and memory figures)
    and return the figures: see the module's docstring."""
    rng = random.Random(13)
    with urllib_get(port, "/api/stats") as stats:
        cases = stats["total"]
    requests = worst_requests(port, rng)
    warm = Client(port, timeout)
    for _ in range(20):  # every thread's tokenizer and the caches of the normal query
        warm.get(NORMAL, "warm-up")
    warm.close()

    quiet = Client(port, timeout)
    quiet_samples = [quiet.get(NORMAL, "normal") for _ in range(quiet_requests)]
    quiet.close()

    phase = Phase()
    stop = threading.Event()
    slow_stats: Counter = Counter()
    attackers: list[Client] = []
    lock = threading.Lock()

    def attack(n: int) -> None:
        client = Client(port, timeout)
        attackers.append(client)
        local = random.Random(n)
        while not stop.is_set():
            what, path = local.choice(requests)
            sample = client.get(path, what)
            if not stop.is_set():
                with lock:
                    phase.attack.append(sample)

    threads = [threading.Thread(target=slowloris, args=(port, slow, slow_interval, stop, slow_stats),
                                daemon=True)] if slow else []
    threads += [threading.Thread(target=attack, args=(i,), daemon=True) for i in range(clients)]
    threads.append(threading.Thread(target=run_normal, args=(port, stop, phase.normal, timeout, 0.05), daemon=True))
    rss = [rss_mb(pid)] if pid else []
    for t in threads:
        t.start()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(min(1.0, seconds))
        if pid:
            rss.append(rss_mb(pid))
    stop.set()
    now = time.perf_counter()
    in_flight = [Sample(now - c.started, "cut by the bench", "in flight at the end")
                 for c in attackers if c.started is not None]
    for c in attackers:
        c.close()  # the clients go; the server should stop working for them
    cpu_before = cpu_seconds(pid) if pid else 0.0
    time.sleep(settle)
    cpu_after_clients_left = cpu_seconds(pid) - cpu_before if pid else None
    for t in threads:
        t.join(timeout=timeout)
    after = Client(port, timeout)
    recovered = after.get(NORMAL, "normal")
    after.close()

    quiet_ms = [s.seconds * 1000 for s in quiet_samples]
    under_ms = [s.seconds * 1000 for s in phase.normal]  # a failure counts with the time it took
    worst = max(phase.attack + phase.normal + in_flight, key=lambda s: s.seconds, default=None)
    by_kind: dict[str, list[float]] = {}
    for s in phase.attack:
        by_kind.setdefault(s.what, []).append(s.seconds)
    return {
        "cases": cases, "attackers": clients, "attack_seconds": seconds, "slow_connections": slow,
        "quiet_p50_ms": round(statistics.median(quiet_ms), 1) if quiet_ms else None,
        "quiet_p95_ms": round(percentile(quiet_ms, 0.95), 1) if quiet_ms else None,
        "attack_normal_requests": len(phase.normal),
        "attack_normal_statuses": dict(Counter(str(s.status) for s in phase.normal)),
        "attack_p50_ms": round(statistics.median(under_ms), 1) if under_ms else None,
        "attack_p95_ms": round(percentile(under_ms, 0.95), 1) if under_ms else None,
        "ratio_p95": (round(percentile(under_ms, 0.95) / percentile(quiet_ms, 0.95), 1)
                      if under_ms and quiet_ms else None),
        "worst_single_request_s": round(worst.seconds, 2) if worst else None,
        "worst_single_request": f"{worst.what} ({worst.status})" if worst else None,
        "attack_requests": len(phase.attack),
        "attack_statuses": dict(Counter(str(s.status) for s in phase.attack)),
        "attack_max_s_by_kind": {k: round(max(v), 2) for k, v in sorted(by_kind.items())},
        "in_flight_at_end": len(in_flight),
        "slowloris": dict(slow_stats),
        f"server_cpu_s_in_{settle:g}_s_after_clients_left": (round(cpu_after_clients_left, 2)
                                                              if cpu_after_clients_left is not None else None),
        "normal_query_after": f"{recovered.seconds * 1000:.1f} ms ({recovered.status})",
        "rss_mb_first_max": [round(rss[0]), round(max(rss))] if rss else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", required=True, help="the index directory to serve")
    parser.add_argument("--clients", type=int, default=8, help="attacking clients (default 8)")
    parser.add_argument("--seconds", type=float, default=30, help="length of the attack (default 30)")
    parser.add_argument("--quiet-requests", type=int, default=200, help="normal queries measured alone (200)")
    parser.add_argument("--slow", type=int, default=200, help="slowloris connections (default 200)")
    parser.add_argument("--slow-interval", type=float, default=5, help="seconds between their bytes (5)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds a client waits for an answer (60)")
    parser.add_argument("--server-path", help="PYTHONPATH for the server: a directory holding another "
                        "version's dxsearch/ package laid out as installed (for before/after figures)")
    parser.add_argument("--server-arg", action="append", default=[], help="passed to dxsearch serve")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    port = free_port()
    proc = start_server(args.index, port, args.server_path, args.server_arg)
    try:
        figures = run_attack(port, proc.pid, args.clients, args.seconds, args.quiet_requests, args.slow,
                             args.slow_interval, args.timeout)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=1))
    else:
        for k, v in figures.items():
            print(f"{k:42} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
