"""The waitress server of `dxsearch serve`, hardened against clients that hold connections.

waitress closes a connection only after `channel_timeout` seconds with no byte at all, so a
slowloris client sending one header byte every few seconds keeps its connection forever, and
`connection_limit` of them lock everyone else out. Here every request must complete its headers
(and any body: the app takes none) within `header_timeout` seconds of its first byte (the first
request: of the connection's opening), however slowly it trickles, and a connection idle that
long between requests is closed too. The limit of open connections is raised as far as the process may open files.

Cheap requests stay fast beside expensive ones through the gate of `search.budget` and a
shorter GIL switch interval (`SWITCH_INTERVAL`): measured with bench/attack.py.

A client that goes while its request is worked on is not looked for: waitress would have to
read ahead on every connection (`channel_request_lookahead`), which made every quiet request
slower here (p95 3 → 12 ms); the request's time budget bounds that work instead. A streamed
CSV stops at the next write after the client has gone (waitress then closes the iterator).
"""

from __future__ import annotations

import logging
import re
import resource
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any

import waitress
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer

from ..search.limits import CONNECTION_LIMIT, HEADER_TIMEOUT, MAX_LOGGED_CHARS
from .params import REFUSED_HOST_KEY

SPARE_FILES = 64  # descriptors kept for the index, logs and the listening socket
# seconds a thread may hold the GIL while others wait (Python's default: 0.005); bench/attack.py at
# 594 cases: 1 ms → 0.5 ms took a normal query's p95 under attack from ~22 to 18 ms
SWITCH_INTERVAL = 0.0005


class DeadlineChannel(HTTPChannel):
    """An HTTP connection whose requests must arrive in time: whole within `header_timeout` s of
    the request's first byte, and a connection doing nothing is closed after as long. Checked on
    every turn of waitress's loop (at least once a second). Wall-clock time, as waitress's own
    `last_activity`."""

    header_timeout = HEADER_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.waiting_since: float | None = time.time()  # the first request is due from now

    def received(self, data: bytes) -> bool:
        if self.waiting_since is None and self.request is None:
            self.waiting_since = time.time()  # the first byte of a new request
        done = super().received(data)
        if self.request is None:
            self.waiting_since = None  # the request arrived whole: it is being answered
        return done

    def readable(self) -> bool:
        # called by the loop for every connection on every turn: close the late ones here
        if not self.requests and self.total_outbufs_len == 0:
            since = self.waiting_since if self.waiting_since is not None else self.last_activity
            if time.time() - since > self.header_timeout:
                self.will_close = True
        return super().readable()


def connection_limit(wanted: int = CONNECTION_LIMIT) -> int:
    """`wanted` connections, or as many as the process may open files for: the soft limit of
    open files is raised towards the hard one first."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = wanted + SPARE_FILES
    if soft != resource.RLIM_INFINITY and soft < need:
        target = need if hard == resource.RLIM_INFINITY else min(need, hard)
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    if soft == resource.RLIM_INFINITY:
        return wanted
    return max(16, min(wanted, soft - SPARE_FILES))


def create_server(app: Any, host: str, port: int, threads: int, header_timeout: float = HEADER_TIMEOUT,
                  connections: int = CONNECTION_LIMIT, trusted_proxy: str | None = None) -> Any:
    """A waitress server for `app` (bound, not yet running) whose connections are
    `DeadlineChannel`s with this `header_timeout`. Requests from `trusted_proxy` (the reverse
    proxy's address) are taken at the word of their X-Forwarded-Proto and X-Forwarded-For (one
    proxy): behind a TLS proxy the links of pages and CSVs said http://, and the log named every
    client 127.0.0.1 (an operator's trial). From any other address those headers are dropped."""
    behind = {} if trusted_proxy is None else {
        "trusted_proxy": trusted_proxy, "trusted_proxy_count": 1,
        "trusted_proxy_headers": {"x-forwarded-proto", "x-forwarded-for"}, "clear_untrusted_proxy_headers": True}
    # a cheap request waits for Python's GIL after each of its socket calls; with an expensive
    # request computing, the default 5 ms a switch made it many times slower under load
    sys.setswitchinterval(SWITCH_INTERVAL)
    server = waitress.create_server(app, host=host, port=port, threads=threads, ident="dxsearch",
                                    channel_timeout=max(1, int(header_timeout) * 3),
                                    cleanup_interval=max(1, int(header_timeout)),
                                    connection_limit=connection_limit(connections),
                                    max_request_body_size=1_048_576, asyncore_use_poll=True, **behind)
    channel = type("DxsearchChannel", (DeadlineChannel,), {"header_timeout": header_timeout})
    # one listening socket, or several (a name with IPv4 and IPv6 addresses) in a MultiSocketServer
    for listener in [server, *getattr(server, "map", {}).values()]:
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = channel
    return server


access_log = logging.getLogger("dxsearch.access")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]")  # a path's own line breaks would forge lines of the log


class AccessLog:
    """One line per request on the `dxsearch.access` logger: client, request line, status and the
    milliseconds until the answer began (a streamed CSV goes on after). An admin's trial found the
    server's log held nothing but waitress's queue warnings. Local only, as every log: nothing is
    sent anywhere."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        started = time.perf_counter()
        status = ["-"]

        def starting(code: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            status[0] = code.split(" ", 1)[0]
            return start_response(code, headers, exc_info) if exc_info else start_response(code, headers)

        try:
            return self.app(environ, starting)
        finally:
            path = environ.get("PATH_INFO", "").encode("latin-1", "replace").decode("utf-8", "replace")
            query = environ.get("QUERY_STRING", "")
            line = _UNPRINTABLE.sub("?", f"{environ.get('REQUEST_METHOD', '-')} {path}{'?' + query if query else ''}")
            if len(line) > MAX_LOGGED_CHARS:  # a pasted text of 2,000 characters made a line of 18 KB
                cut = MAX_LOGGED_CHARS
                escape = line.rfind("%", cut - 2, cut)  # not inside a %XX escape
                cut = escape if escape >= 0 else cut
                line = f"{line[:cut]}…({len(line):,} characters in all)"
            refused = environ.get(REFUSED_HOST_KEY)
            host = _UNPRINTABLE.sub("?", f" refused host {refused!r}") if refused is not None else ""
            access_log.info('%s "%s" %s %.1f ms%s', environ.get("REMOTE_ADDR", "-"), line, status[0],
                            (time.perf_counter() - started) * 1000, host)


def configure_logging(access: bool = True) -> None:
    """What `dxsearch serve` logs to stderr, with the time: each request (unless `access` is off),
    a rebuilt index picked up or refused, errors. waitress's 「Task queue depth」 warnings, one per
    request waiting for a thread (925 of them after 1,000 requests in a trial), are left out: a
    request waiting its turn is no fault (`--threads` sets how many are answered at once)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    for name in ("dxsearch", "waitress"):
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if getattr(h, "dxsearch_serve", False)]:
            logger.removeHandler(old)  # configured once, however often a process serves
        handler.dxsearch_serve = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    access_log.disabled = not access
