"""The Flask front end and JSON API. `create_app` opens the index once and wires up the
blueprints (`views`: HTML pages, `api`: their JSON twins and the CSV download), the error pages,
the security headers and the pick-up of a rebuilt index; the routes themselves only read
parameters, call `search.SearchIndex` (through `calls`) and render."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from collections.abc import Callable, Iterable
from typing import Any
from pathlib import Path
from urllib.parse import unquote

from flask import Flask, Response, request
from flask.json.provider import DefaultJSONProvider
from flask_compress import Compress

from ..indexer.prefectures import REGIONS
from ..search.engine import SearchIndex
from ..search.budget import Gate, expensive_after
from ..search.limits import EXPENSIVE_SLOTS, MAX_QUERY_CHARS, WEB_EXPORT_TIMEOUT, WEB_TIMEOUT
from ..search.describe import ASKED_ANSWER_SHARE
from ..search.shown_terms import cut_word, listed_apart, outermost

from . import api, error_pages, shortlist, views
from .calls import EXPORT_TIMEOUT_KEY, GATE_KEY, INDEX_KEY, TIMEOUT_KEY, release_budget
from .labels import (CASE_CLOSE_MEANING, CLOSE_MEANING, CLOSE_PLAIN, EXTRA_LABELS, FACET_LABELS, FIELD_LABELS, JST, SECTION_LABELS, SECTION_SHORT, SHAREABLE_ALL, SORT_LABELS, SURVEY, UNTOLD_TAG, COMPARING_WORDS, LISTING_WORDS, case_citation, case_title, item_lines, told_apart, japanese_date, percent,
                     shared_use_tag,
                     value_label)
from .links import link
from .params import PER_PAGE_CHOICES, query_string_is_utf8

REFRESH_EVERY = 2.0  # seconds between checks for a rebuilt index
# Responses compressed when the client accepts it (flask-compress: zstd, br, gzip, deflate, by the
# client's preference). The CSV download is compressed as it streams (flask-compress ≥ 1.23
# compresses a streamed response chunk by chunk), never gathered first; gzip too, which
# flask-compress leaves out of streams by default: a client asking only for gzip (a trial's
# script) got the CSV uncompressed.
COMPRESSION = {
    "COMPRESS_MIMETYPES": ["text/html", "text/css", "text/plain", "text/javascript", "application/javascript",
                           "application/json", "image/svg+xml", "text/csv"],
    "COMPRESS_STREAMS": True,
    "COMPRESS_ALGORITHM_STREAMING": ["zstd", "br", "gzip", "deflate"],
    "COMPRESS_MIN_SIZE": 500,
}
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # within the site only (a case page's link back to the list it was opened from); never to another
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
}


class _JapaneseJSON(DefaultJSONProvider):
    """JSON as people read it: Japanese as characters, keys in the order the library gives."""

    ensure_ascii = False
    sort_keys = False


LOOPBACK_HOSTS: tuple[str, ...] = ("localhost", "127.0.0.1")


def create_app(index_dir: str | Path | None = None, index: SearchIndex | None = None,
               refresh_every: float = REFRESH_EVERY, allowed_hosts: Iterable[str] = (),
               timeout: float | None = WEB_TIMEOUT, export_timeout: float | None = WEB_EXPORT_TIMEOUT,
               watch: bool = False) -> Flask:
    """The app over one `SearchIndex` (`index`, else opened at `index_dir`), shared by all
    requests; every `refresh_every` seconds a request checks (one readlink) whether a rebuild
    was swapped in. Requests must name this machine (`localhost`, `127.0.0.1`) or one of
    `allowed_hosts` in their Host header: a page of another site cannot reach the server through
    DNS rebinding, and no redirect is built from a forged Host. Each request searches for at most
    `timeout` seconds (a CSV download `export_timeout`), then answers with what it has, marked
    partial, or 503 (see `search.budget`); None lifts the limit. At most `EXPENSIVE_SLOTS`
    requests at a time do expensive work, so cheap ones stay fast while expensive ones run.
    With `watch` (`dxsearch serve`), a thread also checks every `refresh_every` seconds, so a
    rebuilt index is open before the next request comes, however long after the build."""
    app = Flask(__name__)
    app.debug = False  # never, whatever FLASK_DEBUG says: the debugger runs code from the browser
    app.config.update(DEBUG=False, PROPAGATE_EXCEPTIONS=False, TRAP_HTTP_EXCEPTIONS=False,
                      TRUSTED_HOSTS=[*LOOPBACK_HOSTS, *(h.lower() for h in allowed_hosts)],
                      **{TIMEOUT_KEY: timeout, EXPORT_TIMEOUT_KEY: export_timeout}, **COMPRESSION)
    app.url_map.merge_slashes = False  # `//x` is a 404, not a redirect to wherever Host says
    app.json = _JapaneseJSON(app)
    index = index or SearchIndex(index_dir, warm=True)  # the first user does not wait for readings
    app.extensions[INDEX_KEY] = index
    gate = app.extensions[GATE_KEY] = Gate(EXPENSIVE_SLOTS, expensive_after(index.size))
    app.before_request(_parameters_are_utf8)
    app.before_request(_index_refresher(index, refresh_every, gate))
    if watch and refresh_every > 0:
        watch_index(index, refresh_every)
    app.after_request(_add_security_headers)
    Compress(app)
    app.teardown_request(release_budget)
    error_pages.register(app)
    app.jinja_env.globals.update(FACET_LABELS=FACET_LABELS, FIELD_LABELS=FIELD_LABELS,
                                 SECTION_LABELS=SECTION_LABELS, SECTION_SHORT=SECTION_SHORT, SORT_LABELS=SORT_LABELS,
                                 EXTRA_LABELS=EXTRA_LABELS, UNTOLD_TAG=UNTOLD_TAG, SHAREABLE_ALL=SHAREABLE_ALL,
                                 value_label=value_label, REGIONS=REGIONS, MAX_QUERY_CHARS=MAX_QUERY_CHARS,
                                 link=link, cite=case_citation, SURVEY=SURVEY, PER_PAGE_CHOICES=PER_PAGE_CHOICES,
                                 CLOSE_MEANING=CLOSE_MEANING, CLOSE_PLAIN=CLOSE_PLAIN, CASE_CLOSE_MEANING=CASE_CLOSE_MEANING,
                                 ASKED_ANSWER_SHARE=ASKED_ANSWER_SHARE, percent=percent,
                                 COMPARING_WORDS=COMPARING_WORDS, LISTING_WORDS=LISTING_WORDS,
                                 now=lambda: datetime.now(JST))  # a printed page says when it was shown
    app.jinja_env.filters["japanese_date"] = japanese_date
    app.jinja_env.filters["case_title"] = case_title  # a case's name, never a bare 「-」
    app.jinja_env.filters["told_apart"] = told_apart  # what tells apart cases a list names alike
    app.jinja_env.filters["shared_use_tag"] = shared_use_tag  # その他 says of what: 共同利用: その他
    app.jinja_env.filters["listed_apart"] = listed_apart  # key terms listed once, not also their parts
    app.jinja_env.filters["outermost"] = outermost  # the words related cases were found by, not also their parts
    app.jinja_env.filters["item_lines"] = item_lines  # a numbered list written inline, an item a line
    app.jinja_env.filters["cut_word"] = cut_word  # a query word cut where it would fill the page
    app.jinja_env.filters["readable_url"] = unquote  # a printed page's address as read, not %E8%AD…
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(shortlist.bp)
    app.add_url_rule("/favicon.ico", "favicon", lambda: app.send_static_file("favicon.svg"))
    app.wsgi_app = _host_in_lower_case(app.wsgi_app)  # type: ignore[method-assign]
    return app


def _host_in_lower_case(wsgi_app: Callable[..., Any]) -> Callable[..., Any]:
    """Host names are the same in any case (RFC 3986), and Werkzeug compares them as written: an
    operator's `--allow-host DX.Example.LG.JP` refused every browser, which sends lower case."""

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        host = environ.get("HTTP_HOST")
        if host:
            environ["HTTP_HOST"] = host.lower()
        return wsgi_app(environ, start_response)

    return app


def _parameters_are_utf8() -> None:
    """A before-request hook: a URL in another encoding is a 400 that says so, on every page."""
    query_string_is_utf8(request.query_string)


def _index_refresher(index: SearchIndex, every: float, gate: Gate):
    """A before-request hook: at most once per `every` seconds, swap in a rebuilt index (and
    fit the gate's threshold to its size)."""
    last_check = time.monotonic()

    def pick_up_rebuilt_index() -> None:
        nonlocal last_check
        now = time.monotonic()
        if now - last_check >= every:
            last_check = now
            index.refresh()
            gate.after = expensive_after(index.size)

    return pick_up_rebuilt_index


def watch_index(index: SearchIndex, every: float) -> threading.Thread:
    """Pick up a rebuilt index every `every` seconds without waiting for a request: a request's
    own check only starts the reload, so a trial's first request minutes after a rebuild got the
    old results. A daemon thread: it ends with the server."""
    def check_now_and_then() -> None:
        while True:
            time.sleep(every)
            try:
                index.refresh()
            except Exception:  # never let the watcher die: requests keep checking too
                logging.getLogger("dxsearch").exception("dxsearch: checking for a rebuilt index failed")

    watcher = threading.Thread(target=check_now_and_then, name="dxsearch-watch", daemon=True)
    watcher.start()
    return watcher


def _add_security_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    # pages and data change when the index is rebuilt: revalidate (static files set their own)
    response.headers.setdefault("Cache-Control", "no-cache")
    return response
