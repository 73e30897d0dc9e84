"""Reading search state from the URL: `q`, one repeatable parameter per facet named after the
record field, `sort`, `page`, `per_page`, `keep`. Everything a page shows is in its URL."""

from __future__ import annotations

from dataclasses import dataclass, field

from werkzeug.datastructures import MultiDict

from ..search.limits import DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE, SORTS
from ..search.schema import FACETS

from .links import link

CONTROL = ("q", "sort", "page", "per_page", "keep")


class BadParameter(ValueError):
    pass


@dataclass
class SearchParams:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    keep: list[str] = field(default_factory=list)

    @classmethod
    def from_args(cls, args: MultiDict, extra: tuple[str, ...] = ()) -> "SearchParams":
        unknown = [k for k in args if k not in CONTROL and k not in FACETS and k not in extra]
        if unknown:
            raise BadParameter(f"unknown parameter {unknown[0]!r}; facets are {', '.join(FACETS)}")
        q = args.get("q", "")  # its length is checked by the library, as for every caller
        sort = args.get("sort", "relevance") or "relevance"
        if sort not in SORTS:
            raise BadParameter(f"unknown sort {sort!r}; sorts are {', '.join(SORTS)}")
        page = _int(args, "page", 1, 1, MAX_PAGE)
        per_page = _int(args, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
        filters = {f: [v for v in args.getlist(f) if v] for f in FACETS if args.getlist(f)}
        filters = {f: list(dict.fromkeys(vs)) for f, vs in filters.items() if vs}
        keep = [k for k in args.getlist("keep") if k]
        return cls(q=q, filters=filters, sort=sort, page=page, per_page=per_page, keep=keep)

    def pairs(self, *, page: int | None = None, drop: tuple[str, str] | None = None,
              add: tuple[str, str] | None = None, keep_more: str | None = None,
              without_paging: bool = False) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        if self.q:
            out.append(("q", self.q))
        for facet in FACETS:
            for value in self.filters.get(facet, []):
                if drop != (facet, value):
                    out.append((facet, value))
            if add and add[0] == facet and add[1] not in self.filters.get(facet, []):
                out.append(add)
        for k in self.keep + ([keep_more] if keep_more else []):
            out.append(("keep", k))
        if self.sort != "relevance":
            out.append(("sort", self.sort))
        if not without_paging:
            if self.per_page != DEFAULT_PER_PAGE:
                out.append(("per_page", str(self.per_page)))
            p = self.page if page is None else page
            if p != 1:
                out.append(("page", str(p)))
        return out

    def url(self, endpoint: str = "views.search", **kwargs) -> str:
        """This search, changed by `kwargs` (see `pairs`), as a link to `endpoint`."""
        return link(endpoint, self.pairs(**kwargs))


def _int(args: MultiDict, name: str, default: int, low: int, high: int) -> int:
    raw = args.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(f"{name} must be a whole number") from None
    if not low <= value <= high:
        raise BadParameter(f"{name} must be between {low} and {high}")
    return value
