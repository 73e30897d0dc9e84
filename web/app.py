"""The Flask front end and JSON API. Every page has a JSON twin built on the same library call;
the web layer only reads parameters, calls `search.SearchIndex` and renders."""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, Response, abort, jsonify, render_template, request
from markupsafe import Markup
from werkzeug.exceptions import HTTPException

from ..indexer.prefectures import PREFECTURES, REGIONS
from ..search.engine import SearchIndex
from ..search.errors import QueryError
from ..search.limits import MAX_QUERY_CHARS, MAX_SIMILAR, MAX_SIMILAR_TEXT_CHARS
from ..search.schema import FACETS

from . import charts, japan_map
from .export import to_csv
from .labels import FACET_LABELS, FIELD_LABELS, SECTION_LABELS, SORT_LABELS, value_label
from .openapi import openapi_spec
from .params import BadParameter, SearchParams

REFRESH_EVERY = 2.0  # seconds between checks for a rebuilt index
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}
CASE_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-_.")


def create_app(index_dir: str | Path | None = None, index: SearchIndex | None = None,
               refresh_every: float = REFRESH_EVERY) -> Flask:
    """The app over one `SearchIndex`, opened once and shared by all requests; every
    `refresh_every` seconds a request checks (one readlink) whether a rebuild was swapped in."""
    app = Flask(__name__)
    app.debug = False  # never, whatever FLASK_DEBUG says: the debugger runs code from the browser
    app.config.update(DEBUG=False, PROPAGATE_EXCEPTIONS=False, TRAP_HTTP_EXCEPTIONS=False)
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    index = index or SearchIndex(index_dir)
    app.extensions["dxsearch_index"] = index
    last_check = [time.monotonic()]

    @app.before_request
    def pick_up_rebuilt_index():
        now = time.monotonic()
        if now - last_check[0] >= refresh_every:
            last_check[0] = now
            index.refresh()

    @app.after_request
    def security_headers(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.errorhandler(BadParameter)
    @app.errorhandler(QueryError)
    def bad_request(error):
        return _error(400, str(error))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        return _error(error.code or 500, error.description or error.name)

    @app.errorhandler(Exception)
    def server_error(error):  # never a traceback to the user
        app.logger.exception("unhandled error")
        return _error(500, "サーバー内部のエラーです。")

    def _error(code: int, message: str):
        if request.path.startswith("/api/") or request.path.endswith(".csv"):
            return jsonify({"error": message, "status": code}), code
        return render_template("error.html", code=code, message=message), code

    app.jinja_env.globals.update(FACET_LABELS=FACET_LABELS, FIELD_LABELS=FIELD_LABELS,
                                 SECTION_LABELS=SECTION_LABELS, SORT_LABELS=SORT_LABELS,
                                 value_label=value_label, REGIONS=REGIONS, MAX_QUERY_CHARS=MAX_QUERY_CHARS)

    # --- search -------------------------------------------------------------------------------
    def run_search(params: SearchParams, highlight: bool = True):
        return index.search(params.q, params.filters, page=params.page, per_page=params.per_page,
                            sort=params.sort, keep=params.keep, highlight_hits=highlight)

    @app.get("/")
    def search_page():
        params = SearchParams.from_args(request.args)
        result = run_search(params)
        counts = {v.value: v.count for v in result.facets["prefecture"]}
        selected = set(params.filters.get("prefecture", []))
        map_svg = japan_map.render(counts, href=lambda name: params.url(
            "/", page=1, add=("prefecture", name)) if name not in selected else params.url(
            "/", page=1, drop=("prefecture", name)), selected=selected, title="検索結果の都道府県別件数")
        pref_region = {p.name: p.region for p in PREFECTURES}
        alternatives = index.alternative_queries(result.text) if not result.total else []
        return render_template("search.html", params=params, result=result, map_svg=Markup(map_svg),
                               alternatives=[(a, SearchParams(q=a).url("/")) for a in alternatives],
                               pref_region=pref_region, open_regions={pref_region[p] for p in selected},
                               legend=Markup(japan_map.legend_svg(max(counts.values(), default=0))),
                               api_url=params.url("/api/search"), csv_url=params.url("/export.csv", without_paging=True))

    @app.get("/api/search")
    def api_search():
        params = SearchParams.from_args(request.args)
        return jsonify(run_search(params).to_dict())

    @app.get("/export.csv")
    def export_csv():
        params = SearchParams.from_args(request.args)
        result = index.export(params.q, params.filters, sort=params.sort, keep=params.keep)
        body = to_csv((h.record, h.technology) for h in result.hits)
        return Response(body.encode("utf-8"), mimetype="text/csv",
                        headers={"Content-Disposition": "attachment; filename=\"dxsearch.csv\"; "
                                                        "filename*=UTF-8''dxsearch.csv"})

    # --- cases ---------------------------------------------------------------------------------
    def find_case(case_id: str):
        if len(case_id) > 120 or not set(case_id) <= CASE_ID_CHARS:
            abort(404, "そのIDの事例はありません。")
        record = index.get(case_id)
        if record is None:
            abort(404, "そのIDの事例はありません。")
        return record

    def case_data(case_id: str) -> dict:
        record = find_case(case_id)
        similar = index.similar(case_id=case_id, limit=8)
        same_pref = index.search("", {"prefecture": [record.prefecture]}, per_page=11, sort="number",
                                 highlight_hits=False)
        return {"case": dict(record.to_dict(), technology=index.technology_of(case_id)),
                "similar": similar.to_dict(),
                "same_prefecture": [h.to_dict() for h in same_pref.hits if h.record.id != case_id][:10],
                "same_prefecture_total": same_pref.total - 1}

    @app.get("/cases/<case_id>")
    def case_page(case_id: str):
        data = case_data(case_id)
        return render_template("case.html", data=data, record=find_case(case_id),
                               pref_url="/?" + urlencode({"prefecture": data["case"]["prefecture"]}))

    @app.get("/api/cases/<case_id>")
    def api_case(case_id: str):
        return jsonify(case_data(case_id))

    # --- similar -------------------------------------------------------------------------------
    def similar_from_args():
        case_id = request.args.get("id") or None
        text = request.args.get("text") or None
        limit = request.args.get("limit", "10")
        unknown = [k for k in request.args if k not in ("id", "text", "limit")]
        if unknown:
            raise BadParameter(f"unknown parameter {unknown[0]!r}")
        if not (limit.isascii() and limit.isdigit()) or not 1 <= int(limit) <= MAX_SIMILAR:
            raise BadParameter(f"limit must be between 1 and {MAX_SIMILAR}")
        if case_id is None and text is None:
            return None
        if case_id is not None and text is not None:
            raise BadParameter("give either id or text, not both")
        if case_id is not None:
            find_case(case_id)
        return index.similar(case_id=case_id, text=text, limit=int(limit))

    @app.get("/similar")
    def similar_page():
        result = similar_from_args()
        return render_template("similar.html", result=result, text=request.args.get("text", ""),
                               case=index.get(request.args.get("id", "")) if request.args.get("id") else None)

    @app.get("/api/similar")
    def api_similar():
        result = similar_from_args()
        if result is None:
            raise BadParameter("give id=CASE-ID or text=TEXT")
        return jsonify(result.to_dict())

    # --- overview ------------------------------------------------------------------------------
    @app.get("/overview")
    def overview_page():
        stats = index.stats()
        counts = stats["facets"]["prefecture"]
        map_svg = japan_map.render(counts, href=lambda name: "/?" + urlencode({"prefecture": name}),
                                   title="都道府県別の事例数")
        tech = [(t, n) for t, n in stats["facets"]["technology"].items()]
        tech_svg = charts.bar_chart(tech, href=lambda t: "/?" + urlencode({"technology": t}), title="技術別の事例数")
        status_svg = charts.bar_chart(list(stats["facets"]["status"].items()),
                                      href=lambda s: "/?" + urlencode({"status": s}), title="導入状況別の事例数")
        return render_template("overview.html", stats=stats, map_svg=Markup(map_svg), tech_svg=Markup(tech_svg),
                               status_svg=Markup(status_svg),
                               legend=Markup(japan_map.legend_svg(max(counts.values(), default=0))))

    @app.get("/api/stats")
    def api_stats():
        return jsonify(index.stats())

    @app.get("/api/facets")
    def api_facets():
        wanted = request.args.getlist("facet") or list(FACETS)
        unknown = [k for k in request.args if k != "facet"]
        if unknown:
            raise BadParameter(f"unknown parameter {unknown[0]!r}")
        return jsonify({f: [v.to_dict() for v in index.facet_values(f)] for f in wanted})

    @app.get("/api/openapi.json")
    def api_openapi():
        return jsonify(openapi_spec())

    @app.get("/api")
    def api_page():
        return render_template("api.html", spec=openapi_spec())

    app.add_url_rule("/favicon.ico", "favicon", lambda: app.send_static_file("favicon.svg"))
    return app
