"""Internal URLs: the path from `url_for` (so a route can move without breaking a link), the
query string from `urlencode` (the same bytes as before: `(` and `/` percent-encoded)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Iterable, Mapping
from urllib.parse import quote, urlencode, urlsplit

from flask import current_app, has_request_context, request, url_for

Query = Mapping[str, str] | Iterable[tuple[str, str]]
PATHS_KEY = "dxsearch_paths"  # app.extensions[PATHS_KEY]: (endpoint, mount point) → its path (`link`)


def link(endpoint: str, query: Query = (), **values: Any) -> str:
    """The URL of `endpoint` (its path parameters in `values`) with `query` appended, in order."""
    path = _path(endpoint) if not values and has_request_context() else url_for(endpoint, **values)
    encoded = urlencode(list(query.items()) if isinstance(query, Mapping) else list(query))
    return f"{path}?{encoded}" if encoded else path


def _path(endpoint: str) -> str:
    """`url_for(endpoint)`, worked out once per mount point: the overview links 600 searches, and
    building each path again was a third of its time."""
    paths: dict[tuple[str, str], str] = current_app.extensions.setdefault(PATHS_KEY, {})
    key = (endpoint, request.script_root)
    found = paths.get(key)
    if found is None:
        found = paths[key] = url_for(endpoint)
    return found


def case_url_maker() -> Callable[[str], str]:
    """Case id → the absolute URL of its page, made without a request context (the CSV streams
    after the request's context has gone): this request's scheme, host and mount point."""
    prefix = url_for("views.case", case_id="0", _external=True)[:-1]  # …/cases/
    return lambda case_id: prefix + quote(case_id, safe="")


# the lists a case page is opened from, and how its link back to one reads
_LISTS_BACK = {"views.search": "検索結果に戻る", "views.similar": "似ている事例の一覧に戻る"}


def back_to_list(referrer: str | None, host_url: str) -> tuple[str, str] | None:
    """(URL, label) of the search or similar-cases page a case page was opened from, when the
    browser says so (`Referer`, sent within this site only): a clerk's trial found the case page's
    breadcrumb 検索 led to an empty search. None for any other page, or another site's."""
    if not referrer:
        return None
    came, here = urlsplit(referrer), urlsplit(host_url)
    if (came.scheme, came.netloc) != (here.scheme, here.netloc) or not came.query:
        return None
    for endpoint, label in _LISTS_BACK.items():
        if came.path == url_for(endpoint):
            return f"{came.path}?{came.query}", label
    return None
