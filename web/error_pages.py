"""Every error as a clean page or JSON object, never a traceback: JSON for the API blueprint
(and any /api/ URL, even one no route matches), the error page for the rest."""

from __future__ import annotations

from flask import Flask, Response, current_app, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, SecurityError

from ..errors import CaseNotFound
from ..search.budget import SearchTimeout
from ..search.errors import QueryError
from ..search.limits import RETRY_AFTER

from .params import BadParameter

NO_SUCH_CASE = "そのIDの事例はありません。"
SERVER_ERROR = "サーバー内部のエラーです。"
TIMED_OUT = ("時間内に検索しきれませんでした。しばらくしてからもう一度お試しいただくか、条件を絞ってください。"
             " (The search ran out of time: retry later, or narrow it.)")
UNKNOWN_HOST = ("このホスト名ではアクセスできません。サーバーを --allow-host で起動してください。"
                " (Host not allowed: start dxsearch serve with --allow-host NAME)")


def register(app: Flask) -> None:
    app.register_error_handler(BadParameter, bad_request)
    app.register_error_handler(QueryError, bad_request)
    app.register_error_handler(CaseNotFound, case_not_found)
    app.register_error_handler(SearchTimeout, timed_out)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, server_error)


def bad_request(error: Exception):
    return error_response(400, str(error))


def case_not_found(error: CaseNotFound):
    return error_response(404, NO_SUCH_CASE)


def timed_out(error: SearchTimeout):
    """Nothing useful was found within the request's budget: 503, come back in RETRY_AFTER s."""
    response = make_response(error_response(503, TIMED_OUT, error_code="timeout"))
    response.headers["Retry-After"] = str(RETRY_AFTER)
    return response


def http_error(error: HTTPException):
    if isinstance(error, SecurityError):  # a Host not allowed: no URL can be built for it, so no page
        return Response(f"{UNKNOWN_HOST}\n", 400, mimetype="text/plain")
    response = make_response(error_response(error.code or 500, error.description or error.name))
    if isinstance(error, MethodNotAllowed) and error.valid_methods:
        response.headers["Allow"] = ", ".join(error.valid_methods)  # RFC 9110: a 405 says what is allowed
    return response


def server_error(error: Exception):
    current_app.logger.exception("unhandled error")
    return error_response(500, SERVER_ERROR)


def error_response(code: int, message: str, *, error_code: str | None = None):
    """JSON for the API ({"error", "status"}, plus "code" for a machine to tell timeouts
    apart), the error page for the rest."""
    if request.blueprint == "api" or request.path.startswith("/api/"):
        body: dict[str, object] = {"error": message, "status": code}
        if error_code:
            body["code"] = error_code
        return jsonify(body), code
    return render_template("error.html", code=code, message=message), code
