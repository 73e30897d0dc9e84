"""The 検討リスト (shortlist): cases a person picked to compare, named in the URL
(`/shortlist?ids=ai_rpa-001,ai_rpa-014`) and kept in the browser (localStorage, by app.js). The
server only reads the ids: it stores nothing. `/shortlist` compares them side by side;
`/shortlist.csv` is the same comparison as a CSV for a report, `/api/shortlist` its JSON twin."""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote

from flask import Blueprint, Response, jsonify, render_template, request, url_for

from ..indexer.records import CaseRecord
from ..search.csvexport import content_disposition, file_name, iter_csv

from .calls import PEOPLE_SECTIONS, current_index
from .labels import JST, value_label
from .labels import case_citation as citation
from .links import case_url_maker

bp = Blueprint("shortlist", __name__)
MAX_IDS = 50  # a comparison people read; more ids are ignored (and said so)
MAX_ID_CHARS = 160
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,%d}$" % (MAX_ID_CHARS - 1))


def requested_ids() -> tuple[list[str], bool]:
    """The ids in `?ids=` (comma-separated, also repeatable), in order, without repeats (a
    malformed one too, at most `MAX_ID_CHARS` of it: `lookup` says no case has it; a trial's
    `ids=../../x` was dropped without a word); and whether some were cut off at `MAX_IDS`."""
    out: list[str] = []
    for raw in request.args.getlist("ids"):
        for part in raw.split(","):
            part = part.strip()[:MAX_ID_CHARS]
            if part and part not in out:
                out.append(part)
    return out[:MAX_IDS], len(out) > MAX_IDS


def description(case: CaseRecord) -> str:
    return case.description or case.overview or ""


def ids_link(endpoint: str, ids: list[str]) -> str:
    return url_for(endpoint) + ("?ids=" + ",".join(quote(i, safe="") for i in ids) if ids else "")


def lookup(ids: list[str]) -> tuple[list[CaseRecord], list[str]]:
    index = current_index()
    found: list[CaseRecord] = []
    missing: list[str] = []
    for case_id in ids:
        if not ID_PATTERN.match(case_id):
            missing.append(case_id)
            continue
        case = index.get(case_id)
        if case is None:
            current = index.current_id(case_id)
            case = index.get(current) if current else None
        if case is None:
            missing.append(case_id)
        else:
            found.append(case)
    return found, missing


@bp.get("/shortlist")
def shortlist():
    ids, cut = requested_ids()
    cases, missing = lookup(ids)
    found_ids = [c.id for c in cases]
    technology = {c.id: "、".join(value_label("technology", t) for t in current_index().technology_of(c.id)) for c in cases}
    return render_template(
        "shortlist.html", cases=cases, missing=missing, cut=cut, max_ids=MAX_IDS, citation=citation,
        technology=lambda case: technology[case.id],
        # a 技術 row where some case is of a table naming one, or names one (a list of roles showed a row of —)
        technology_row=any(technology.values()) or any(c.section not in PEOPLE_SECTIONS for c in cases),
        description=description, ids=found_ids, csv_url=ids_link("shortlist.export_csv", found_ids),
        share_url=ids_link("shortlist.shortlist", found_ids), api_url=ids_link("shortlist.shortlist_json", ids),
        remove_url=lambda case_id: removal_link(found_ids, case_id), removed=removed_case(found_ids))


def removal_link(ids: list[str], case_id: str) -> str:
    """The list without `case_id`, saying which it was (`removed`) and pointing at that note: a
    removal reloads the page, and focus went to its top with nothing said (an accessibility trial)."""
    rest = ids_link("shortlist.shortlist", [i for i in ids if i != case_id])
    return rest + ("&" if "?" in rest else "?") + "removed=" + quote(case_id, safe="") + "#shortlist-removed"


def removed_case(ids: list[str]) -> CaseRecord | None:
    """The case `?removed=` names, when it is a case no longer in the list."""
    removed = request.args.get("removed", "")[:MAX_ID_CHARS]
    if not ID_PATTERN.match(removed) or removed in ids:
        return None
    return current_index().get(removed)


@bp.get("/api/shortlist")
def shortlist_json():
    """The shortlist page's JSON twin: the cases found (every field, in the order given), the ids
    no case has, and whether ids past `MAX_IDS` were left out."""
    ids, cut = requested_ids()
    cases, missing = lookup(ids)
    return jsonify({"cases": [c.to_dict() for c in cases], "missing": missing, "cut": cut, "max_ids": MAX_IDS})


@bp.get("/shortlist.csv")
def export_csv():
    """The shortlist in the layout of a search's download (its columns, then URL): a trial found a
    layout of its own, which could not be put in one sheet with a search's."""
    ids, _ = requested_ids()
    cases, _ = lookup(ids)
    index = current_index()
    body = "".join(iter_csv(((c, index.technology_of(c.id)) for c in cases), case_url=case_url_maker()))
    # named as a search's download is (dxsearch_検討リスト_2026-11-29.csv, Japan's date)
    name, fallback = file_name(["検討リスト"], datetime.now(JST).date())
    return Response(body, mimetype="text/csv",
                    headers={"Content-Disposition": content_disposition(name, fallback)})
