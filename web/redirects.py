"""A permanent redirect whose body, for whoever sees it, is in Japanese (Werkzeug's says
"Redirecting... You should be redirected automatically")."""

from __future__ import annotations

from flask import Response
from markupsafe import escape


def moved_permanently(location: str) -> Response:
    """301 to `location` (a URL built by `url_for`), with a short Japanese page linking to it."""
    shown = escape(location)
    body = ('<!doctype html>\n<html lang="ja"><head><meta charset="utf-8"><title>移動しました</title></head>\n'
            f'<body><p>このページは <a href="{shown}">{shown}</a> に移動しました。</p></body></html>\n')
    return Response(body, status=301, headers={"Location": location}, mimetype="text/html")
