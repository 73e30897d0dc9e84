"""The JSON API and the CSV download (blueprint `api`): the same library calls as the pages
in `views`, returned as data. Errors on these routes are JSON too (see `error_pages`)."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify, redirect, request, stream_with_context, url_for

from collections.abc import Iterator

from ..search.csvexport import iter_csv
from ..search.limits import WEB_EXPORT_CHUNK, WEB_TIMEOUT
from ..search.schema import FACETS

from .calls import case_data, current_index, moved_case, request_budget, run_search, similar_from_args
from .openapi import openapi_spec
from .params import BadParameter, SearchParams

bp = Blueprint("api", __name__)
CSV_HEADERS = {"Content-Disposition": "attachment; filename=\"dxsearch.csv\"; filename*=UTF-8''dxsearch.csv"}


@bp.get("/api/search")
def search():
    return jsonify(run_search(SearchParams.from_args(request.args)).to_dict())


@bp.get("/export.csv")
def export_csv():
    """Every hit, streamed: the query is checked and scored before the first byte (a bad one is
    a 400, one that runs out of time a 503), then rows are made in chunks as they are sent,
    however many cases match. When the client goes, the server closes the iterator and no
    further chunk is made; a stream past its budget is cut off (no final chunk), never
    silently short."""
    params = SearchParams.from_args(request.args)
    budget = request_budget(export=True)
    budget.claim(WEB_TIMEOUT)  # expensive by nature: a slot of the gate before the first byte, or 503
    hits = current_index().iter_hits(params.q, params.filters, sort=params.sort, keep=params.keep,
                                     chunk_size=WEB_EXPORT_CHUNK, timeout=budget)
    return Response(stream_with_context(_encoded(iter_csv(hits), hits)), mimetype="text/csv", headers=CSV_HEADERS)


def _encoded(chunks: Iterator[str], hits: Iterator) -> Iterator[bytes]:
    """The CSV as bytes; closing this closes the hit stream at once (not when collected)."""
    try:
        for chunk in chunks:
            yield chunk.encode("utf-8")
    finally:
        close = getattr(hits, "close", None)
        if close is not None:
            close()


@bp.get("/api/cases/<case_id>")
def case(case_id: str):
    moved = moved_case(case_id)
    if moved:
        return redirect(url_for("api.case", case_id=moved), code=301)
    return jsonify(case_data(case_id))


@bp.get("/api/similar")
def similar():
    result = similar_from_args()
    if result is None:
        raise BadParameter("give id=CASE-ID or text=TEXT")
    return jsonify(result.to_dict())


@bp.get("/api/stats")
def stats():
    return jsonify(current_index().stats())


@bp.get("/api/facets")
def facets():
    wanted = list(dict.fromkeys(request.args.getlist("facet"))) or list(FACETS)
    unknown = [k for k in request.args if k != "facet"]
    if unknown:
        raise BadParameter(f"unknown parameter {unknown[0]!r}")
    index = current_index()
    return jsonify({f: [v.to_dict() for v in index.facet_values(f)] for f in wanted})


@bp.get("/api/openapi.json")
def openapi():
    return jsonify(openapi_spec())
