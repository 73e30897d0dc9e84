"""Every error as a clean page or JSON object, never a traceback: JSON for the API blueprint
(and any /api/ URL, even one no route matches), the error page for the rest."""

from __future__ import annotations

from flask import Flask, Response, current_app, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException, MethodNotAllowed, SecurityError

from ..errors import CaseNotFound
from ..search.errors import QueryError

from .params import BadParameter

NO_SUCH_CASE = "そのIDの事例はありません。"
SERVER_ERROR = "サーバー内部のエラーです。"
UNKNOWN_HOST = ("このホスト名ではアクセスできません。サーバーを --allow-host で起動してください。"
                " (Host not allowed: start dxsearch serve with --allow-host NAME)")


def register(app: Flask) -> None:
    app.register_error_handler(BadParameter, bad_request)
    app.register_error_handler(QueryError, bad_request)
    app.register_error_handler(CaseNotFound, case_not_found)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(Exception, server_error)


def bad_request(error: Exception):
    return error_response(400, str(error))


def case_not_found(error: CaseNotFound):
    return error_response(404, NO_SUCH_CASE)


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


def error_response(code: int, message: str):
    if request.blueprint == "api" or request.path.startswith("/api/"):
        return jsonify({"error": message, "status": code}), code
    return render_template("error.html", code=code, message=message), code
