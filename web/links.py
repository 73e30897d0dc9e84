"""Internal URLs: the path from `url_for` (so a route can move without breaking a link), the
query string from `urlencode` (the same bytes as before: `(` and `/` percent-encoded)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Iterable, Mapping
from urllib.parse import quote, urlencode

from flask import url_for

Query = Mapping[str, str] | Iterable[tuple[str, str]]


def link(endpoint: str, query: Query = (), **values: Any) -> str:
    """The URL of `endpoint` (its path parameters in `values`) with `query` appended, in order."""
    path = url_for(endpoint, **values)
    encoded = urlencode(list(query.items()) if isinstance(query, Mapping) else list(query))
    return f"{path}?{encoded}" if encoded else path


def case_url_maker() -> Callable[[str], str]:
    """Case id → the absolute URL of its page, made without a request context (the CSV streams
    after the request's context has gone): this request's scheme, host and mount point."""
    prefix = url_for("views.case", case_id="0", _external=True)[:-1]  # …/cases/
    return lambda case_id: prefix + quote(case_id, safe="")
