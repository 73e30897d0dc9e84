"""The JSON API and the CSV download (blueprint `api`): the same library calls as the pages
in `views`, returned as data. Errors on these routes are JSON too (see `error_pages`)."""

from __future__ import annotations

import dataclasses
import difflib

from flask import Blueprint, Response, jsonify, request, url_for
from werkzeug.datastructures import MultiDict

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import PurePath

from ..indexer.prefectures import BY_NAME
from ..search.budget import Budget, SearchTimeout
from ..search.csvexport import content_disposition, file_name, iter_csv
from ..search.limits import DEFAULT_SIMILAR, MAX_SIMILAR, WEB_EXPORT_CHUNK, WEB_TIMEOUT
from ..search.results import Hit, SimilarResult
from ..search.schema import FACETS

from .calls import (case_data, current_index, facet_values_checked, moved_case, moved_similar, new_budget,
                    people_by_region, prefecture_data, versus_data, prefecture_technology, region_breakdown, run_search, shared_use_by_section,
                    short_prefecture, similar_from_args, suggestions_from_args)
from .error_pages import Busy
from .labels import JST, value_label
from .links import case_url_maker
from .openapi import openapi_spec
from .params import BadParameter, SearchParams, param_label
from .redirects import moved_permanently

bp = Blueprint("api", __name__)


@bp.get("/api/search")
def search():
    return jsonify(run_search(SearchParams.from_args(request.args)).to_dict())


@bp.get("/export.csv")
def export_csv():
    """Every hit, streamed: the query is checked and scored before the first byte (a bad one is
    a 400, one that runs out of time or finds the server busy a 503), then rows are made in
    chunks as they are sent, however many cases match. When the client goes, the server closes
    the iterator and no further chunk is made; a stream past its budget is cut off (no final
    chunk), never silently short."""
    params = SearchParams.from_args(request.args)
    # the filters first: a long query is cut short, and two downloads of one query with other
    # filters had one name (a trial's 64 and 13 cases)
    # a source by its stem: not dxsearch_office.csv_2026-12-07.csv (an admin's trial)
    name, fallback = file_name([*(PurePath(v).stem if f == "source" else value_label(f, v)
                                  for f, vs in params.filters.items() for v in vs), params.q],
                               datetime.now(JST).date())
    case_url = case_url_maker()
    budget = new_budget(export=True)
    try:
        budget.claim(WEB_TIMEOUT)  # expensive by nature: a slot of the gate before the first byte, or 503
    except SearchTimeout as busy:
        raise Busy(str(busy)) from busy
    try:
        with facet_values_checked(params.filters):
            hits = current_index().iter_hits(params.q, params.filters, sort=params.sort, keep=params.keep,
                                             understand_query=not params.literal,
                                             chunk_size=WEB_EXPORT_CHUNK, timeout=budget)
    except BaseException:
        budget.release()
        raise
    # a pasted text's ranking: with its place and ◎ columns, as its similar cases' sheet
    stream = CsvStream(hits, budget, case_url=case_url, ranked=hits.ranked)
    response = Response(stream, mimetype="text/csv",
                        headers={"Content-Disposition": content_disposition(name, fallback)})
    # The response's close() closes the stream even when something (compression) wraps it.
    response.call_on_close(stream.close)
    return response


class CsvStream:
    """The CSV of a hit stream as bytes. Its last chunk, and `close()` (the WSGI server calls it
    when the response ends, is cut off, or the client has gone, even before the first chunk),
    give back the budget's gate slot; `close()` also closes the hit stream, so no further hit
    is made. No request context is needed (or kept) while it streams."""

    def __init__(self, hits: Iterator[Hit], budget: Budget, case_url: Callable[[str], str] | None = None,
                 ranked: bool = False) -> None:
        self.hits, self.budget = hits, budget
        self.chunks = iter_csv(hits, case_url=case_url, ranked=ranked)

    def __iter__(self) -> Iterator[bytes]:
        return self

    def __next__(self) -> bytes:
        try:
            return next(self.chunks).encode("utf-8")
        except BaseException:  # the end, or cut off: the slot is not needed any more
            self.budget.release()
            raise

    def close(self) -> None:
        try:
            for stream in (self.chunks, self.hits):  # generators: closing one ends its work
                close = getattr(stream, "close", None)
                if close is not None:
                    close()
        finally:
            self.budget.release()


@bp.get("/api/cases/<case_id>")
def case(case_id: str):
    moved = moved_case(case_id)
    if moved:
        return moved_permanently(url_for("api.case", case_id=moved))
    return jsonify(case_data(case_id))


@bp.get("/api/similar")
def similar():
    moved = moved_similar("api.similar")
    if moved:
        return moved_permanently(moved)
    return jsonify(_similar_asked().to_dict())


@bp.get("/similar.csv")
def similar_csv():
    """The similar cases of /similar as a search's download is laid out (its columns, then each
    one's place and ◎, then URL), most similar first: a trial had no way to take them into Excel
    but to convert the JSON. Every case similar enough (`total`) unless a `limit` is given: a
    later trial's download held the page's 10 of 19."""
    moved = moved_similar("api.similar_csv")
    if moved:
        return moved_permanently(moved)
    result = _similar_asked(MAX_SIMILAR)
    subject = request.args.get("id") or request.args.get("text", "")  # a text is cut at a clause (`file_name`)
    name, fallback = file_name(["似ている事例", *(value_label(f, v) for f, vs in result.filters.items() for v in vs), subject],
                               datetime.now(JST).date())
    body = "".join(iter_csv(result.hits, case_url=case_url_maker(), ranked=True))
    return Response(body, mimetype="text/csv", headers={"Content-Disposition": content_disposition(name, fallback)})


def _similar_asked(default_limit: int = DEFAULT_SIMILAR) -> SimilarResult:
    """The similar cases the request asks for (`calls.similar_from_args`), or a 400 saying what to give."""
    result = similar_from_args(default_limit)
    if result is None and "text" in request.args and not request.args.get("id"):
        raise BadParameter(f"{param_label('text')}が空です。似た事例を探したい業務の説明を入れてください"
                           "(例: ?text=会議録を自動で作成したい)。", field="text")
    if result is None:
        raise BadParameter(f"{param_label('id')}か{param_label('text')}のどちらかを指定してください"
                           "(例: ?id=ai_rpa-001、?text=会議録を自動で作成したい)。", field="id")
    return result


@bp.get("/api/suggest")
def suggest():
    """As-you-type suggestions for the search box (see `calls.suggestions_from_args`)."""
    return jsonify(suggestions_from_args())


def _stats() -> dict:
    """The index's stats; its sources by file name only: a server reached from other machines
    does not tell them where its files are (the CLI's `dxsearch stats` gives whole paths)."""
    out = current_index().stats()
    if out.get("sources"):
        out["sources"] = [PurePath(s).name for s in out["sources"]]
    return out


@bp.get("/api/stats")
def stats():
    return jsonify(_stats())


@bp.get("/api/health")
def health():
    """For an office's monitor (an admin's trial found no health URL): 200 while searches are
    answered, with the index answering them, and why a rebuilt index was not picked up, if one
    was refused (the server keeps answering from the one before); `loading` while a rebuilt index
    is being opened (the figures are still the previous index's)."""
    return jsonify(current_index().health())


@bp.get("/api/overview")
def overview():
    """/overview as data: the stats and every table the page counts by (prefecture × technology,
    region × status and technology, shared use × table, the roles and DX organisations by region),
    which /api/stats lacks: a script comparing
    regions need not read them from the page's HTML."""
    return jsonify({**_stats(), "prefecture_technology": prefecture_technology(),
                    "regions": region_breakdown(), "shared_use_by_section": shared_use_by_section(),
                    "people": people_by_region()})


@bp.get("/api/facets")
def facets():
    """Every value of the facets asked for (`facet`, repeatable; all by default) with its count:
    of the whole index, or, given a search's parameters (q, the facets' values), of that search,
    as /api/search counts them (a trial asked /api/facets?q=RPA and was refused)."""
    wanted = list(dict.fromkeys(request.args.getlist("facet"))) or list(FACETS)
    bad = [f for f in wanted if f not in FACETS]
    if bad:
        meant = next(iter(difflib.get_close_matches(bad[0].lower(), list(FACETS), n=1, cutoff=0.75)), None)
        raise BadParameter(f"項目「{bad[0][:40]}」はありません。" + (f"「{meant}」のことですか? " if meant else "")
                           + f"指定できるのは {'、'.join(FACETS)} です。", field="facet")
    searched = MultiDict([(k, v) for k, v in request.args.items(multi=True) if k not in ("facet", "page", "per_page")])
    if searched:
        result = run_search(dataclasses.replace(SearchParams.from_args(searched), per_page=1), highlight=False)
        return jsonify({f: [v.to_dict() for v in result.facets.get(f, [])] for f in wanted})
    index = current_index()
    return jsonify({f: [v.to_dict() for v in index.facet_values(f)] for f in wanted})


@bp.get("/api/prefectures/<name>")
def prefecture(name: str):
    if name not in BY_NAME and (full := short_prefecture(name)) is not None:
        return moved_permanently(url_for("api.prefecture", name=full.name))
    data = prefecture_data(name)
    data["versus"] = versus_data(request.args.getlist("vs"), data["prefecture"])
    return jsonify(data)


@bp.get("/api/openapi.json")
def openapi():
    return jsonify(openapi_spec())
