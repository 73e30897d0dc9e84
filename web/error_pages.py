"""Every error as a clean page or JSON object, never a traceback: JSON for the API blueprint
(and any /api/ URL, even one no route matches), the error page for the rest.

Every message a person reads is Japanese. The JSON body keeps, beside the message (`error`), a
stable machine-readable `code` (see `params.ERROR_CODES`), the HTTP `status` again and, when one
parameter was at fault, its name (`field`):
`{"error": "page(ページ番号)は 1 から 10,000 までの整数で…", "code": "invalid_parameter", "status": 400, "field": "page"}`.
The library's own errors are English (for scripts and the CLI); the web says them in Japanese by
their kind, having checked what it can before calling the library (`params`, `calls`)."""

from __future__ import annotations

import json

from flask import Flask, Response, current_app, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, SecurityError

from ..errors import CaseNotFound
from ..search.budget import SearchTimeout
from ..search.errors import QueryError
from ..search.limits import MAX_QUERY_CHARS, RETRY_AFTER

from .links import link
from .params import (BAD_REQUEST, BUSY, INVALID_PARAMETER, METHOD_NOT_ALLOWED, NOT_FOUND, SERVER_ERROR, TIMEOUT,
                     BadParameter)
from .params import REFUSED_HOST_KEY, UNKNOWN_HOST as UNKNOWN_HOST_CODE

NO_SUCH_CASE = "そのIDの事例はありません。IDを確かめるか、検索からお探しください。"
NO_SUCH_PAGE = "お探しのページは見つかりませんでした。URLをご確認ください。"
SERVER_ERROR_MESSAGE = "サーバー内部でエラーが発生しました。しばらくしてからもう一度お試しください。"
BAD_QUERY = "検索条件に誤りがあります。条件を見直してください。"
TIMED_OUT = "時間内に検索しきれませんでした。しばらくしてからもう一度お試しいただくか、条件を絞ってください。"
BUSY_MESSAGE = "ほかの重い処理(CSVの保存など)で混み合っています。しばらくしてからもう一度お試しください。"
UNKNOWN_HOST = ("このホスト名ではアクセスできません。サーバーの管理者は、利用者が使うホスト名を "
                "--allow-host で指定して dxsearch serve を起動してください。")
HTTP_MESSAGES: dict[int, tuple[str, str]] = {
    400: (BAD_REQUEST, "リクエストを読み取れませんでした。URLをご確認ください。"),
    404: (NOT_FOUND, NO_SUCH_PAGE),
    413: (BAD_REQUEST, "リクエストが大きすぎます。"),
    414: (BAD_REQUEST, "URLが長すぎます。条件を減らしてください。"),
    431: (BAD_REQUEST, "リクエストのヘッダーが大きすぎます。"),
}
TITLES = {400: "指定に誤りがあります", 404: "見つかりません", 405: "この操作はできません", 503: "混み合っています"}


class Busy(SearchTimeout):
    """No slot of the gate for expensive work came free in time (a CSV download): 503 `busy`."""


def register(app: Flask) -> None:
    app.register_error_handler(BadParameter, bad_parameter)
    app.register_error_handler(QueryError, bad_query)
    app.register_error_handler(CaseNotFound, case_not_found)
    app.register_error_handler(SearchTimeout, timed_out)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, server_error)


def bad_parameter(error: BadParameter):
    return error_response(error.status, error.message, error_code=error.code, field=error.field,
                          links=error.links or _as_meant(error) + _back_to_the_search(error.field))


def _as_meant(error: BadParameter) -> list[tuple[str, str]]:
    """This request with a mistyped parameter's name as meant (prefecure=三重県 → prefecture=三重県)."""
    if not error.meant or not error.field or request.endpoint is None or request.method != "GET":
        return []
    pairs = [(error.meant if k == error.field else k, v) for k, values in request.args.lists() for v in values]
    return [(f"「{error.meant}」として続ける", link(request.endpoint, pairs, **(request.view_args or {})))]


def _back_to_the_search(field: str | None) -> list[tuple[str, str]]:
    """The search the request was, without the parameter refused (page=0, per_page=0, a mistyped
    name): a trial's only way back, 検索画面に戻る, lost the query."""
    q = request.args.get("q", "").strip()
    if request.endpoint != "views.search" or not field or field == "q" or not q or len(q) > MAX_QUERY_CHARS:
        return []
    pairs = [(k, v) for k, values in request.args.lists() for v in values if k != field]
    shown = q if len(q) <= 30 else q[:30] + "…"
    return [(f"「{shown}」の検索結果に戻る", link("views.search", pairs))]


def bad_query(error: QueryError):
    """A request the library refused that the web did not foresee: said in general terms (its
    English message is logged for whoever runs the server)."""
    current_app.logger.info("query refused by the library: %s", error)
    field = {"query": "q", "case_id": "id"}.get(error.field or "", error.field)  # the library's names, the URL's
    return error_response(400, BAD_QUERY, error_code=INVALID_PARAMETER, field=field)


def case_not_found(error: CaseNotFound):
    """The id asked for is said back (cut to 40 characters): a mistyped one is seen at once."""
    return error_response(404, f"ID「{error.case_id[:40]}」: {NO_SUCH_CASE}", error_code=NOT_FOUND, field="id")


def timed_out(error: SearchTimeout):
    """Nothing useful was found within the request's budget, or the server is busy: 503, come
    back in RETRY_AFTER s."""
    busy = isinstance(error, Busy)
    response = make_response(error_response(503, BUSY_MESSAGE if busy else TIMED_OUT,
                                            error_code=BUSY if busy else TIMEOUT))
    response.headers["Retry-After"] = str(RETRY_AFTER)
    return response


def http_error(error: HTTPException):
    if isinstance(error, SecurityError):  # a Host not allowed: no URL can be built for it, so no page
        # …and the access log names it (an operator could not see which name a colleague had typed)
        request.environ[REFUSED_HOST_KEY] = request.environ.get("HTTP_HOST", "")
        if request.path.startswith("/api/"):  # …but the API's JSON, as its every error (an admin's trial)
            return Response(json.dumps({"error": UNKNOWN_HOST, "code": UNKNOWN_HOST_CODE, "status": 400},
                                       ensure_ascii=False), 400, mimetype="application/json")
        return Response(f"{UNKNOWN_HOST}\n", 400, mimetype="text/plain")
    status = error.code or 500
    if isinstance(error, MethodNotAllowed):
        allowed = "、".join(m for m in (error.valid_methods or ["GET"]) if m not in ("HEAD", "OPTIONS")) or "GET"
        code, message = METHOD_NOT_ALLOWED, f"この URL に {request.method} はできません(できるのは {allowed} です)。"
    else:
        code, message = HTTP_MESSAGES.get(status, (SERVER_ERROR if status >= 500 else BAD_REQUEST,
                                                   f"リクエストを処理できませんでした(HTTP {status})。"))
    response = make_response(error_response(status, message, error_code=code))
    if isinstance(error, MethodNotAllowed) and error.valid_methods:
        response.headers["Allow"] = ", ".join(error.valid_methods)  # RFC 9110: a 405 says what is allowed
    return response


def server_error(error: Exception):
    current_app.logger.exception("unhandled error")
    return error_response(500, SERVER_ERROR_MESSAGE, error_code=SERVER_ERROR)


def error_response(status: int, message: str, *, error_code: str, field: str | None = None,
                   links: list[tuple[str, str]] | None = None):
    """JSON for the API ({"error", "code", "status"} and "field" when one parameter was at
    fault), the error page for the rest."""
    if request.blueprint == "api" or request.path.startswith("/api/"):
        body: dict[str, object] = {"error": message, "code": error_code, "status": status}
        if field:
            body["field"] = field
        return jsonify(body), status
    title = TITLES.get(status, "エラーが発生しました")
    return render_template("error.html", code=status, title=title, message=message, links=links or []), status
