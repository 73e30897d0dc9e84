"""Reading search state from the URL: `q`, one repeatable parameter per facet named after the
record field, `sort`, `page`, `per_page`, `keep`. Everything a page shows is in its URL.

A parameter the web cannot use is a `BadParameter`: a Japanese message for the person reading
it, a stable machine-readable `code` for the JSON API (see `error_pages`) and the parameter's
name (`field`). The web checks what it knows here, before the library is called; what only the
index knows (which facet values exist) is told apart in `calls` when the library refuses it."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

from werkzeug.datastructures import MultiDict

from ..search.limits import (DEFAULT_PER_PAGE, MAX_FILTER_VALUES, MAX_KEEP_WORDS, MAX_PAGE, MAX_PER_PAGE,
                             MAX_QUERY_CHARS, SORTS)
from ..search.schema import FACETS

from .labels import FACET_LABELS, SORT_LABELS
from .links import link

CONTROL = ("q", "sort", "page", "per_page", "keep", "literal")
# what mail and portal sites add to a shared link (utm_source=mail): not ours, never an error; any
# other unknown name is (a mistyped prefecure= must not silently search everything)
TRACKING = re.compile(r"utm_[a-z_]+|fbclid|gclid|dclid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl", re.IGNORECASE)
PER_PAGE_CHOICES = (DEFAULT_PER_PAGE, 50, MAX_PER_PAGE)  # the page's 表示件数 links (any 1..MAX by URL)
PARAM_LABELS = {"q": "キーワード", "sort": "並び順", "page": "ページ番号", "per_page": "1ページの件数",
                "keep": "キーワードとして検索する語", "id": "事例ID", "text": "文章", "limit": "件数",
                "literal": "語をそのまま探す", "facet": "項目", **FACET_LABELS}

# names other calls give a parameter: a mistaken one is answered with this call's name
ALIASES: dict[str, tuple[str, ...]] = {"limit": ("per_page",), "per_page": ("limit",), "size": ("per_page", "limit"),
                                       "query": ("q", "text"), "q": ("text",), "text": ("q",), "offset": ("page",)}

# The `code` of every error the web answers with: stable, for programs (the OpenAPI document lists them).
INVALID_PARAMETER = "invalid_parameter"  # 400: a parameter unknown, malformed or out of range
UNKNOWN_FACET_VALUE = "unknown_facet_value"  # 400: a facet value no case has
QUERY_TOO_LONG = "query_too_long"  # 400: q (or a similar-case text) longer than the limit
PAGE_OUT_OF_RANGE = "page_out_of_range"  # 404: a page past the last page of the results
NOT_FOUND = "not_found"  # 404: no such case, prefecture or URL
METHOD_NOT_ALLOWED = "method_not_allowed"  # 405
BAD_REQUEST = "bad_request"  # 400: a request the server cannot read at all
UNKNOWN_HOST = "unknown_host"  # 400: a Host header naming none of the server's names (--allow-host)
REFUSED_HOST_KEY = "dxsearch.refused_host"  # the WSGI environ's key naming the Host refused, for the access log
TIMEOUT = "timeout"  # 503: the request's time budget ran out before anything was found
BUSY = "busy"  # 503: the server is busy with other expensive work (a CSV download waits its turn)
SERVER_ERROR = "server_error"  # 500
ERROR_CODE_HELP: dict[str, str] = {  # for people: the /api page
    INVALID_PARAMETER: "パラメータの名前・形式・範囲の誤り (400)",
    UNKNOWN_FACET_VALUE: "どの事例にもない絞り込みの値 (400)",
    QUERY_TOO_LONG: "キーワードや文章が長すぎる (400)",
    PAGE_OUT_OF_RANGE: "最後のページより後のページ (404)",
    NOT_FOUND: "事例・都道府県・URLが見つからない (404)",
    METHOD_NOT_ALLOWED: "GET 以外のメソッド (405)",
    BAD_REQUEST: "読み取れないリクエスト (400)",
    UNKNOWN_HOST: "サーバーの名前として認められていないホスト名 (400、管理者が --allow-host で指定)",
    TIMEOUT: "時間内に何も見つけられなかった (503、Retry-After 秒後に再試行)",
    BUSY: "ほかの重い処理で混み合っている (503、Retry-After 秒後に再試行)",
    SERVER_ERROR: "サーバー内部のエラー (500)",
}
ERROR_CODES: tuple[str, ...] = (INVALID_PARAMETER, UNKNOWN_FACET_VALUE, QUERY_TOO_LONG, PAGE_OUT_OF_RANGE,
                                NOT_FOUND, METHOD_NOT_ALLOWED, BAD_REQUEST, UNKNOWN_HOST, TIMEOUT, BUSY, SERVER_ERROR)


class BadParameter(ValueError):
    """A request the web refuses: `message` for people (Japanese), `code` for programs, the
    parameter at fault (`field`) when there is one, and the HTTP status."""

    def __init__(self, message: str, *, code: str = INVALID_PARAMETER, field: str | None = None,
                 status: int = 400, links: list[tuple[str, str]] | None = None, meant: str | None = None) -> None:
        super().__init__(message)
        self.message, self.code, self.field, self.status = message, code, field, status
        self.links = links or []  # (label, url): ways on offered on the error page
        self.meant = meant  # the parameter name a mistyped one stands for (prefecure: prefecture)


class NotFound(BadParameter):
    """No such case, prefecture or page (404)."""

    def __init__(self, message: str, *, code: str = NOT_FOUND, field: str | None = None,
                 links: list[tuple[str, str]] | None = None) -> None:
        super().__init__(message, code=code, field=field, status=404, links=links)


def param_label(name: str) -> str:
    """A parameter as a person knows it: 「page(ページ番号)」."""
    label = PARAM_LABELS.get(name)
    return f"{name}({label})" if label else name


def unknown_parameter(name: str, allowed: tuple[str, ...] | list[str]) -> BadParameter:
    """An unknown parameter, with the one it was likely meant as (prefecure: prefecture; a trial's
    error page dropped the value and suggested nothing, while the CLI did)."""
    shown = name if len(name) <= 40 else name[:40] + "…"
    meant = next(iter(difflib.get_close_matches(name.lower(), list(allowed), n=1, cutoff=0.75)), None)
    if meant is None:  # another call's name for the same thing (/api/similar and the CLI say limit)
        meant = next((a for a in ALIASES.get(name.lower(), ()) if a in allowed), None)
    return BadParameter(f"パラメータ「{shown}」は使えません。" + (f"「{meant}」のことですか? " if meant else "")
                        + f"使えるのは {'、'.join(allowed)} です。", field=name, meant=meant)


def query_string_is_utf8(raw: bytes) -> None:
    """Refuse a URL whose parameters are not UTF-8 (a script sending Shift_JIS, a mangled link):
    werkzeug keeps such bytes as `%FF` text, which searched as words found nothing and said 200."""
    for pair in raw.split(b"&"):
        name, _, value = pair.partition(b"=")
        for part in (name, value):
            try:
                unquote_to_bytes(part.replace(b"+", b" ")).decode("utf-8")
            except UnicodeDecodeError:
                shown = unquote_to_bytes(name).decode("utf-8", "replace")[:40]
                raise BadParameter(f"パラメータ「{shown}」が UTF-8 ではありません(Shift_JIS など別の文字コードで"
                                   "送られたようです)。URL は UTF-8 でエンコードしてください。", field=shown) from None


def query_too_long(name: str, length: int, limit: int) -> BadParameter:
    what = "キーワード" if name == "q" else "文章"
    return BadParameter(f"{what}が長すぎます({length:,} 文字)。{limit:,} 文字以内にしてください。",
                        code=QUERY_TOO_LONG, field=name)


def whole_number(raw: str | None, name: str, default: int, low: int, high: int) -> int:
    """A parameter that is a whole number from `low` to `high` (ASCII digits only), or its default."""
    if raw is None or raw == "":
        return default
    if not (raw.isascii() and raw.lstrip("+-").isdigit()):
        wide = not raw.isascii() and unicodedata.normalize("NFKC", raw).lstrip("+-").isdigit()
        raise BadParameter(f"{param_label(name)}は {low} から {high:,} までの整数で指定してください"
                           + ("(半角数字で)。" if wide else "。"), field=name)
    value = int(raw)
    if not low <= value <= high:
        raise BadParameter(f"{param_label(name)}は {low} から {high:,} までの整数で指定してください"
                           f"({value:,} は範囲外です)。", field=name)
    return value


def literal_flag(value: str) -> bool:
    """`literal=1`: no word of the query or text read as a filter (`--literal`); 0 or absent: read."""
    if value not in ("", "0", "1"):
        raise BadParameter(f"{param_label('literal')}は 1 か 0 で指定してください。", field="literal")
    return value == "1"


@dataclass
class SearchParams:
    q: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    keep: list[str] = field(default_factory=list)
    literal: bool = False  # literal=1: no word read as a filter (`dxsearch search --literal`, /api/similar's literal)

    @classmethod
    def from_args(cls, args: MultiDict, extra: tuple[str, ...] = ()) -> "SearchParams":
        unknown = [k for k in args if k not in CONTROL and k not in FACETS and k not in extra
                   and not TRACKING.fullmatch(k)]
        if unknown:
            raise unknown_parameter(unknown[0], [*CONTROL, *FACETS])
        q = args.get("q", "").strip()  # spaces alone (an IME's U+3000 too) are no query: the start page
        if len(q) > MAX_QUERY_CHARS:  # the library's limit, checked here to say so in Japanese
            raise query_too_long("q", len(q), MAX_QUERY_CHARS)
        sort = args.get("sort", "relevance") or "relevance"
        if sort not in SORTS:
            choices = "、".join(f"{s}({SORT_LABELS.get(s, s)})" for s in SORTS)
            raise BadParameter(f"並び順「{sort[:40]}」は使えません。{choices} のいずれかを指定してください。",
                               field="sort")
        page = whole_number(args.get("page"), "page", 1, 1, MAX_PAGE)
        per_page = whole_number(args.get("per_page"), "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
        filters = {f: [v for v in args.getlist(f) if v] for f in FACETS if args.getlist(f)}
        filters = {f: list(dict.fromkeys(vs)) for f, vs in filters.items() if vs}
        given = sum(len(vs) for vs in filters.values())
        if given > MAX_FILTER_VALUES:
            raise BadParameter(f"絞り込みの値が多すぎます({given:,} 個)。1 回の検索で {MAX_FILTER_VALUES} 個までです。",
                               field=next(iter(filters)))
        keep = [k for k in args.getlist("keep") if k]
        if len(keep) > MAX_KEEP_WORDS:
            raise BadParameter(f"{param_label('keep')}が多すぎます({len(keep):,} 個)。{MAX_KEEP_WORDS} 個までです。",
                               field="keep")
        return cls(q=q, filters=filters, sort=sort, page=page, per_page=per_page, keep=keep,
                   literal=literal_flag(args.get("literal", "")))

    def last_page(self, total: int) -> int:
        """The last page of `total` results at this page size (1 when there are none)."""
        return max(1, -(-total // self.per_page))

    def pairs(self, *, page: int | None = None, drop: tuple[str, str] | None = None,
              add: tuple[str, str] | None = None, keep_more: str | None = None,
              without_paging: bool = False, per_page: int | None = None) -> list[tuple[str, str]]:
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
        if self.literal:
            out.append(("literal", "1"))
        if self.sort != "relevance":
            out.append(("sort", self.sort))
        if not without_paging:
            shown = self.per_page if per_page is None else per_page
            if shown != DEFAULT_PER_PAGE:
                out.append(("per_page", str(shown)))
            p = self.page if page is None else page
            if p != 1:
                out.append(("page", str(p)))
        return out

    def url(self, endpoint: str = "views.search", **kwargs) -> str:
        """This search, changed by `kwargs` (see `pairs`), as a link to `endpoint`."""
        return link(endpoint, self.pairs(**kwargs))
