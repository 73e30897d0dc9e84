"""The library calls behind each page, shared by its HTML page and its JSON twin so the two
cannot drift apart. Reading parameters and calling `SearchIndex` only: no search logic here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from flask import current_app, g, request, url_for

from ..errors import CaseNotFound
from ..indexer.prefectures import BY_NAME, PREFECTURES, REGIONS, Prefecture
from ..indexer.records import CaseRecord
from ..search.budget import Budget, SearchTimeout
from ..search.engine import SearchIndex
from ..search.errors import QueryError
from ..search.limits import (CASE_PAGE_ORGANISATIONS, MAX_PER_PAGE, CASE_PAGE_SIMILAR, DEFAULT_SIMILAR, MAX_SIMILAR, MAX_SIMILAR_TEXT_CHARS, MORE_SIMILAR, MAX_SUGGEST_CHARS, MAX_SUGGESTIONS,
                             WEB_EXPORT_TIMEOUT, WEB_TIMEOUT)
from ..search.results import SearchResult, SimilarResult
from ..search.schema import FACETS
from ..search.whom import whom_to_ask

from .labels import FACET_LABELS, case_citation
from .links import link
from .params import (PAGE_OUT_OF_RANGE, TRACKING, UNKNOWN_FACET_VALUE, BadParameter, NotFound, SearchParams,
                     literal_flag, param_label, query_too_long, unknown_parameter, whole_number)

INDEX_KEY = "dxsearch_index"  # app.extensions[INDEX_KEY]: the app's one SearchIndex
TIMEOUT_KEY = "DXSEARCH_TIMEOUT"  # app.config: seconds of a request's budget (None: no limit)
EXPORT_TIMEOUT_KEY = "DXSEARCH_EXPORT_TIMEOUT"  # app.config: seconds of a CSV download's budget
GATE_KEY = "dxsearch_gate"  # app.extensions[GATE_KEY]: the app's one Gate for expensive work
ALL_OF_KEY = "dxsearch_all_of"  # app.extensions[ALL_OF_KEY]: every case of a facet value, per generation (`_all_of`)
SIMILAR_ARGS = ("id", "text", "limit", "literal")  # literal=1: a text's place and status words as text
SUGGEST_ARGS = ("q", "limit")
DEFAULT_SUGGESTIONS = 8  # as-you-type suggestions shown under the search box


def current_index() -> SearchIndex:
    """The index `create_app` opened for this app."""
    return current_app.extensions[INDEX_KEY]


def client_gone_check() -> Callable[[], bool]:
    """A check, usable after the request context is gone (a stream), that is True once the
    server has seen the client's connection closed (waitress notices when a write fails, see
    `web.serving`); never True under other servers."""
    check = request.environ.get("waitress.client_disconnected")
    return check if callable(check) else _never


def _never() -> bool:
    return False


def new_budget(export: bool = False) -> Budget:
    """A time budget for this request: `create_app(timeout=…)` (else `WEB_TIMEOUT`), or for a
    CSV download `export_timeout` (it streams every hit). It ends early when the client goes,
    and passes the app's gate for expensive work (`search.budget.Gate`)."""
    key, default = (EXPORT_TIMEOUT_KEY, WEB_EXPORT_TIMEOUT) if export else (TIMEOUT_KEY, WEB_TIMEOUT)
    return Budget(current_app.config.get(key, default), cancelled=client_gone_check(),
                  gate=current_app.extensions.get(GATE_KEY))


def request_budget() -> Budget:
    """This request's budget, shared by all its library calls (a page's search and its "try
    instead" suggestions draw on one deadline), given back by `release_budget` at its end. A
    stream, whose end comes after the request context's, holds its own (see `api.export_csv`)."""
    if "budget" not in g:
        g.budget = new_budget()
    return g.budget


def release_budget(_error: BaseException | None = None) -> None:
    """At the end of a request: give back its gate slot, if it took one."""
    budget = g.pop("budget", None)
    if budget is not None:
        budget.release()


def run_search(params: SearchParams, highlight: bool = True) -> SearchResult:
    """One page of the search. A page past the last one is a 404 (`page_out_of_range`), for the
    page and the API alike; a partial result (the budget ran out) is shown as it is, since its
    total may be short."""
    with facet_values_checked(params.filters):
        result = current_index().search(params.q, params.filters, page=params.page, per_page=params.per_page,
                                        sort=params.sort, keep=params.keep, understand_query=not params.literal,
                                        highlight_hits=highlight,
                                        timeout=request_budget())
    partial = result.partial_matches
    if params.page > 1 and not result.hits and not result.partial and not (partial is not None and partial.hits):
        raise page_out_of_range(params, result.total, partial.total if partial is not None else 0)
    return result


def page_out_of_range(params: SearchParams, total: int, partial: int = 0) -> NotFound:
    """404 for a page past the last of the results, or of the partial matches a search that
    finds nothing pages through."""
    last = params.last_page(total or partial)
    found = f"検索結果は {total:,} 件、{last} ページまでです。" if total else \
        f"一部の語を含む事例は {partial:,} 件、{last} ページまでです。" if partial else "この条件に該当する事例はありません。"
    return NotFound(f"{params.page:,} ページ目はありません。{found}", code=PAGE_OUT_OF_RANGE, field="page",
                    links=[(f"{last} ページ目を見る" if total or partial else "検索結果を見る", params.url(page=last))])


@contextmanager
def facet_values_checked(filters: dict[str, list[str]]) -> Iterator[None]:
    """Around a library call given `filters`: the library refuses a facet value no case has
    with an English QueryError; say which one, in Japanese, as `unknown_facet_value` (the
    index alone knows its values, so this is worked out only when the library has refused)."""
    try:
        yield
    except QueryError as error:
        unknown = unknown_facet_value(filters) if filters else None
        if unknown is None:
            raise
        raise unknown from error


def unknown_facet_value(filters: dict[str, list[str]]) -> BadParameter | None:
    index = current_index()
    for facet, values in filters.items():
        if facet not in FACETS:
            continue
        known = [v.value for v in index.facet_values(facet)]
        for value in values:
            if value not in known:
                near = index.near_values(facet, value)
                # …or a value of the other place facet (都道府県「九州」 is the 地方 九州: a trial)
                other = index.value_elsewhere(facet, value) if not near else None
                other_label = FACET_LABELS.get(other[0], other[0]) if other else ""
                # …or where the values are listed, for a page's reader and a script's alike
                hint = f"「{'」「'.join(near)}」のことですか?" if near else \
                    f"{other_label}の「{'」「'.join(other[1])}」のことですか?" if other else \
                    f"選べる値は絞り込みの一覧、または /api/facets?facet={facet} にあります。"
                # the same request with each value meant: one click on the error page
                links = [(f"「{v}」で続ける", _with_value(facet, value, v)) for v in near]
                if other and len(other[1]) > 1 and index.read_values(other[0], value) == other[1]:
                    # a place word's several values are meant together (地方「東海」: its four prefectures)
                    links = [(f"{other_label}「{'」「'.join(other[1])}」で続ける", _with_value(facet, value, other[1], other[0]))]
                elif other:
                    links = [(f"{other_label}「{v}」で続ける", _with_value(facet, value, v, other[0])) for v in other[1]]
                return BadParameter(f"{FACET_LABELS.get(facet, facet)}「{value[:40]}」に該当する値はありません。{hint}",
                                    code=UNKNOWN_FACET_VALUE, field=facet, links=links)
    return None


def _with_value(facet: str, wrong: str, meant: str | list[str], meant_facet: str | None = None) -> str:
    """This request's URL with the facet value `wrong` replaced by `meant` (of `meant_facet`, when
    another facet's; several values: all of them, as a place word reads, 東海 → its four prefectures)."""
    values = [meant] if isinstance(meant, str) else meant
    args = [(meant_facet or k, m) if k == facet and v == wrong else (k, v)
            for k, vs in request.args.lists() for v in vs for m in (values if k == facet and v == wrong else [v])]
    return link(request.endpoint or "views.search", args, **(request.view_args or {}))


def find_case(case_id: str) -> CaseRecord:
    """The case, or CaseNotFound (a 404). Any string is looked up as it is: the index alone knows
    which ids exist (case files may declare their own)."""
    record = current_index().get(case_id)
    if record is None:
        raise CaseNotFound(case_id)
    return record


def moved_similar(endpoint: str) -> str | None:
    """The URL of this similar-case request with the case's id now, when `id` is an id saved
    from dxsearch 0.1 (as `/cases/<old id>` redirects); None otherwise."""
    moved = moved_case(request.args.get("id") or "")
    if moved is None:
        return None
    return link(endpoint, [(k, moved if k == "id" else v) for k, v in request.args.items(multi=True)])


def moved_case(case_id: str) -> str | None:
    """The case's id now, when `case_id` is an old id (a link saved from dxsearch 0.1) of a case
    that has another id today: the page and the API answer with a permanent redirect."""
    current = current_index().current_id(case_id)
    return current if current not in (None, case_id) else None


def case_data(case_id: str) -> dict:
    """A case with its technology tags, the cases like it and other cases of its prefecture.
    The case is shown whatever the time budget: similar cases not found in time are left out,
    marked partial."""
    index = current_index()
    record = find_case(case_id)
    try:  # the page's few, and as many as the link to more shows: which of those are nearby
        alike = index.similar(case_id=case_id, limit=MORE_SIMILAR, timeout=request_budget())
    except SearchTimeout:
        alike = SimilarResult(case_id, [], [], 0.0, partial=True)
    similar = replace(alike, hits=alike.hits[:CASE_PAGE_SIMILAR],  # …and the close ones left out counted
                      close_beyond=alike.close_beyond + sum(bool(h.close) for h in alike.hits[CASE_PAGE_SIMILAR:]))
    nearby = {"region": sum(h.record.region == record.region for h in alike.hits),
              "prefecture": sum(h.record.prefecture == record.prefecture for h in alike.hits)}
    same_pref = index.search("", {"prefecture": [record.prefecture]}, per_page=11, sort="number",
                             highlight_hits=False, count_facets=False, timeout=request_budget())
    # the survey writes a few entries twice: the copy is the first similar case, and is said to be one
    repeats = {h.record.id: h.record.number for h in similar.hits if h.record.content_key == record.content_key}
    # whom to ask: the survey records no section or contact per case; its prefecture's DX
    # organisations are where to start (a trial looked for a 担当課 and found nothing saying so)
    # …those working on the offices' own work before those promoting the local industry (`whom_to_ask`)
    organisations = index.search("", {"prefecture": [record.prefecture], "section": ["organization"]},
                                 per_page=MAX_PER_PAGE, sort="number", highlight_hits=False,
                                 count_facets=False, timeout=request_budget())
    named = [r for r in whom_to_ask(h.record for h in organisations.hits) if r.id != case_id][:CASE_PAGE_ORGANISATIONS]
    return {"case": dict(record.to_dict(), technology=index.technology_of(case_id), citation=case_citation(record)),
            "similar": similar.to_dict(), "repeats": repeats, "similar_nearby": nearby,
            "same_prefecture": [h.to_dict() for h in same_pref.hits if h.record.id != case_id][:10],
            "same_prefecture_total": same_pref.total - 1,
            "organisations": [{"id": r.id, "name": r.name} for r in named],
            "organisations_total": organisations.total - (record.section == "organization"),
            # …and where the prefecture has none, its region's (岡山県: 中国's five)
            "organisations_region": {"region": "・".join(wider[0]), "count": wider[1]}
            if not organisations.total and (wider := region_organisations([("prefecture", record.prefecture)]))
            else None}


def region_organisations(places: Iterable[tuple[str, str]]) -> tuple[list[str], int] | None:
    """The DX organisations of the regions of `places` ((facet, value): prefectures, regions), for
    places the survey records none of: 岡山県 has none, and a consultant's 岡山県の担当課の連絡先 was
    pointed to 岡山県のDX推進組織 (0 件). (the regions, how many), None when the regions have none."""
    regions = list(dict.fromkeys(BY_NAME[v].region if f == "prefecture" else v for f, v in places
                                 if f == "region" or v in BY_NAME))
    if not regions:
        return None
    count = current_index().search("", {"region": regions, "section": ["organization"]}, per_page=1,
                                   count_facets=False, highlight_hits=False, timeout=request_budget()).total
    return (regions, count) if count else None


def similar_limit(default: int = DEFAULT_SIMILAR) -> int:
    """The `limit` of a similar-cases request: how many cases it asks for (`default` if none)."""
    return whole_number(request.args.get("limit"), "limit", default, 1, MAX_SIMILAR)


def similar_from_args(default_limit: int = DEFAULT_SIMILAR) -> SimilarResult | None:
    """Cases like `id` or like `text` (one of them), at most `limit` (`default_limit` if none is
    given); None when neither is given. An unknown id is the library's CaseNotFound."""
    args = request.args
    case_id = args.get("id") or None
    text = args.get("text") if (args.get("text") or "").strip() else None  # spaces alone: no text given
    unknown = [k for k in args if k not in SIMILAR_ARGS and k not in FACETS and not TRACKING.fullmatch(k)]
    if unknown:
        raise unknown_parameter(unknown[0], [*SIMILAR_ARGS, *FACETS])
    # the facets as for a search: ?region=四国 keeps the similar cases of 四国
    filters = {f: list(dict.fromkeys(v for v in args.getlist(f) if v)) for f in FACETS if any(args.getlist(f))}
    limit = similar_limit(default_limit)
    if case_id is None and text is None:
        return None
    if case_id is not None and text is not None:
        raise BadParameter(f"{param_label('id')}と{param_label('text')}はどちらか一方だけを指定してください。", field="text")
    if text is not None and len(text) > MAX_SIMILAR_TEXT_CHARS:
        raise query_too_long("text", len(text), MAX_SIMILAR_TEXT_CHARS)
    with facet_values_checked(filters):
        return current_index().similar(case_id=case_id, text=text, limit=limit, filters=filters,
                                       timeout=request_budget(), understand_query=not literal_arg())


def literal_arg() -> bool:
    """`literal=1`: the words of a text that name a place or a status searched as text, not as
    filters (as `dxsearch similar --literal`)."""
    return literal_flag(request.args.get("literal", ""))


def suggestions_from_args() -> dict:
    """As-you-type suggestions for the prefix `q` (`limit` of them, commonest first): words of
    the cases, or whose reading starts with it (ぎじ → 議事録), with how many cases a search for
    each finds:
    {"query", "suggestions": [{"text", "count"}]}. A blank prefix has none."""
    args = request.args
    unknown = [k for k in args if k not in SUGGEST_ARGS]
    if unknown:
        raise unknown_parameter(unknown[0], SUGGEST_ARGS)
    prefix = args.get("q", "")
    if len(prefix) > MAX_SUGGEST_CHARS:  # the library's limit, said in Japanese
        raise query_too_long("q", len(prefix), MAX_SUGGEST_CHARS)
    limit = whole_number(args.get("limit"), "limit", DEFAULT_SUGGESTIONS, 1, MAX_SUGGESTIONS)
    found = current_index().suggest(prefix, limit=limit) if prefix.strip() else []
    return {"query": prefix, "suggestions": [{"text": text, "count": count} for text, count in found]}


# what the prefecture view breaks cases down by; 区分 only for the roles and DX organisations (the other tables'
# sub-headings are many), 常勤・非常勤 the roles' (a personnel clerk's memo needed both and found neither)
PREFECTURE_FACETS = ("section", "technology", "status", "shared_use", "group", "employment")
PEOPLE_SECTIONS = ("digital_talent", "organization")
MAX_VERSUS = 3  # other prefectures a prefecture's page compares it with (`?vs=`), columns that still fit
SHORT_PREFECTURE = {(p.name if p.name == "北海道" else p.name[:-1]): p for p in PREFECTURES}  # 三重 → 三重県


def find_prefecture(name: str) -> Prefecture:
    """The prefecture by its full name, or a Japanese 404 (naming it in full when a short name
    was given: see `short_prefecture`)."""
    pref = BY_NAME.get(name)
    if pref is None and name in REGIONS:
        # a region (九州) has a search, not a page: a trial's /api/prefectures/九州 was a bare 404
        members = [p.name for p in PREFECTURES if p.region == name]
        raise NotFound(f"「{name}」は都道府県ではなく地方です({'、'.join(members)})。"
                       f"地方の事例は region={name} で検索できます。", field="name",
                       links=[(f"{name}の事例を検索", link("views.search", {"region": name})),
                              *((f"{p}のページ", url_for("views.prefecture", name=p)) for p in members)])
    if pref is None:
        near = short_prefecture(name)
        hint = f"「{near.name}」のことですか?" if near else "都道府県名は「三重県」「東京都」のように正式な名前で指定してください。"
        raise NotFound(f"都道府県「{name[:40]}」はありません。{hint}", field="name",
                       links=[("調査の概要(都道府県の一覧)", url_for("views.overview"))])
    return pref


def short_prefecture(name: str) -> Prefecture | None:
    """The prefecture a short name means (三重 → 三重県, 東京 → 東京都), if any."""
    return SHORT_PREFECTURE.get("".join(name.split()))


def prefecture_data(name: str) -> dict:
    """One prefecture's cases broken down by table, technology, status, shared use, the roles' and
    DX organisations' 区分 and the roles' 常勤・非常勤, each value beside the national picture:
    {"prefecture", "code", "region", "total", "national_total", "facets": {facet: [{"value",
    "count", "share", "national", "national_share"}]}, "bases", "group_other"} —
    `share` of the prefecture's cases, `national_share` of all cases (for group, of the roles and
    DX organisations; for employment, of the roles: `bases` gives those counts); values no case of
    the prefecture has are listed too (count 0), in the facet's order; `group_other` counts the
    roles and organisations of no 区分 of their tables alone (その他)."""
    pref = find_prefecture(name)
    index = current_index()
    result = _all_of("prefecture", pref.name)
    national = index.stats()
    national_total = national["total"]
    total = result.total
    facets: dict[str, list[dict]] = {}
    people_groups = set(_people_groups())
    # the shares of 区分 are of the roles and DX organisations, of 常勤・非常勤 of the roles (a check read
    # 常勤 2 as 5.9 % of 三重県's 34 cases)
    sections_here = {v.value: v.count for v in result.facets.get("section", [])}
    sections_everywhere = national["facets"].get("section", {})
    of_sections = {"group": PEOPLE_SECTIONS, "employment": ("digital_talent",)}
    bases: dict[str, dict[str, int]] = {}
    for facet in PREFECTURE_FACETS:
        here = {v.value: v.count for v in result.facets.get(facet, [])}
        everywhere = national["facets"].get(facet, {})
        values = [v.value for v in index.facet_values(facet) if everywhere.get(v.value)
                  and (facet != "group" or v.value in people_groups)]
        base, national_base = total, national_total
        if facet in of_sections:
            base = sum(sections_here.get(s, 0) for s in of_sections[facet])
            national_base = sum(sections_everywhere.get(s, 0) for s in of_sections[facet])
            bases[facet] = {"count": base, "national": national_base}
        facets[facet] = [{"value": v, "count": here.get(v, 0),
                          "share": round(here.get(v, 0) / base, 4) if base else 0.0,
                          "national": everywhere[v],
                          "national_share": round(everywhere[v] / national_base, 4) if national_base else 0.0}
                         for v in values]
    untold = index.technology_untold_counts("prefecture")
    # …and how many of those tables' cases no 区分 of theirs alone names (その他: 2 roles)
    other = {"count": bases["group"]["count"] - sum(r["count"] for r in facets["group"]),
             "national": bases["group"]["national"] - sum(r["national"] for r in facets["group"])}
    return {"prefecture": pref.name, "code": pref.code, "region": pref.region, "total": total,
            "national_total": national_total, "partial": result.partial, "facets": facets, "bases": bases,
            "group_other": other, "versus": [],
            "technology_untold": {"count": untold.get(pref.name, 0), "national": sum(untold.values())}}


def versus_data(names: Iterable[str], pref: str) -> list[dict]:
    """`prefecture_data` of each prefecture `names` asks to compare `pref` with (`?vs=`: full or
    short names, repeats and `pref` itself dropped), at most `MAX_VERSUS`: a consultant's 三重県と
    香川県のDX推進組織 merged the two into one list, and each prefecture page compared with the nation only."""
    chosen: list[str] = []
    for name in names:
        name = name.strip()
        if not name:
            continue
        full = BY_NAME.get(name) or short_prefecture(name)
        if full is None:
            raise BadParameter(f"比べる都道府県「{name[:40]}」はありません。都道府県名は「三重県」「香川」のように指定してください。",
                               field="vs")
        if full.name != pref and full.name not in chosen:
            chosen.append(full.name)
    if len(chosen) > MAX_VERSUS:
        raise BadParameter(f"比べる都道府県は {MAX_VERSUS} つまでです({len(chosen)} つ指定されました)。", field="vs")
    return [prefecture_data(name) for name in chosen]


def _people_groups() -> list[str]:
    """The 区分 of the roles' and DX organisations' tables alone, in the facet's order: not その他,
    which other tables' sub-headings say too."""
    index = current_index()
    people = Counter({v.value: v.count for section in PEOPLE_SECTIONS
                      for v in _all_of("section", section).facets.get("group", []) if v.count})
    everywhere = index.stats()["facets"].get("group", {})
    return [v.value for v in index.facet_values("group") if people.get(v.value) and people[v.value] == everywhere.get(v.value)]


def people_by_region() -> dict:
    """The roles and DX organisations by region: {"groups": [their 区分], "employment": [常勤, 非常勤],
    "rows": [{"region", "digital_talent", "organization", "group": {区分: n}, "employment": {value: n}}]
    for the eight regions, "total": the same for the nation, "group_other": the roles and
    organisations of no 区分 of their tables alone (その他)}. A consultant's briefing had a slide per
    region and the overview counted no role nor organisation (one search per value, its region counts)."""
    index = current_index()
    stats = index.stats()["facets"]
    groups = _people_groups()
    employment = [v.value for v in index.facet_values("employment") if stats.get("employment", {}).get(v.value)]

    def by_region(facet: str, value: str) -> dict[str, int]:
        return {v.value: v.count for v in _all_of(facet, value).facets.get("region", [])}

    sections = {s: by_region("section", s) for s in PEOPLE_SECTIONS}
    group = {g: by_region("group", g) for g in groups}
    employed = {e: by_region("employment", e) for e in employment}
    rows = [{"region": r, **{s: sections[s].get(r, 0) for s in PEOPLE_SECTIONS},
             "group": {g: group[g].get(r, 0) for g in groups},
             "employment": {e: employed[e].get(r, 0) for e in employment}} for r in REGIONS]
    total = {**{s: stats["section"].get(s, 0) for s in PEOPLE_SECTIONS},
             "group": {g: stats["group"].get(g, 0) for g in groups},
             "employment": {e: stats["employment"].get(e, 0) for e in employment}}
    other = sum(total[s] for s in PEOPLE_SECTIONS) - sum(total["group"].values())
    return {"groups": groups, "employment": employment, "rows": rows, "total": total, "group_other": other}


def _all_of(facet: str, value: str) -> SearchResult:
    """Every case of one facet value, with its facet counts: searched once per index generation
    however many pages and tables count by it (the overview's 29 such searches were 20 ms of CPU
    a view, and under load it queued behind CSV downloads for the one slot of expensive work, p50
    370 ms). A result cut short by its request's budget is not kept."""
    index = current_index()
    generation = index.generation
    kept: dict[tuple[str, str, str], SearchResult] = current_app.extensions.setdefault(ALL_OF_KEY, {})
    key = (generation, facet, value)
    found = kept.get(key)
    if found is None:
        found = index.search("", {facet: [value]}, per_page=1, highlight_hits=False, timeout=request_budget())
        if not found.partial:
            if any(k[0] != generation for k in list(kept)):  # a rebuilt index: the old counts go
                kept.clear()
            kept[key] = found
    return found


def prefecture_technology() -> dict:
    """Cases by prefecture × technology: {"technologies": [...], "rows": [{"prefecture", "total",
    "counts": {technology: n}}], "prefectures": {technology: how many prefectures have one}} for
    the 47 prefectures in JIS order (one search per technology, its prefecture counts)."""
    index = current_index()
    stats = index.stats()["facets"]
    technologies = list(stats["technology"])
    by_tech: dict[str, dict[str, int]] = {}
    prefectures: dict[str, int] = {}  # technology → how many prefectures have a case of it
    for tech in technologies:
        result = _all_of("technology", tech)
        by_tech[tech] = {v.value: v.count for v in result.facets.get("prefecture", [])}
        prefectures[tech] = result.prefecture_count
    untold = index.technology_untold_counts("prefecture")
    rows = [{"prefecture": p.name, "total": stats["prefecture"].get(p.name, 0),
             "counts": {t: by_tech[t].get(p.name, 0) for t in technologies}, "untold": untold.get(p.name, 0)}
            for p in PREFECTURES]
    return {"technologies": technologies, "rows": rows, "prefectures": prefectures}


def region_breakdown() -> dict:
    """Cases by region × status and × technology: {"statuses", "technologies", "rows": [{"region",
    "total", "status": {status: n}, "technology": {technology: n}}]} for the eight regions, each
    prefecture in one (a consultant's trial compared regions by adding up prefectures; one search
    per status and per technology, its region counts)."""
    index = current_index()
    stats = index.stats()["facets"]
    statuses, technologies = list(stats["status"]), list(stats["technology"])

    def by_region(facet: str, value: str) -> dict[str, int]:
        return {v.value: v.count for v in _all_of(facet, value).facets.get("region", [])}

    status = {s: by_region("status", s) for s in statuses}
    technology = {t: by_region("technology", t) for t in technologies}
    rows = [{"region": r, "total": stats["region"].get(r, 0), "status": {s: status[s].get(r, 0) for s in statuses},
             "technology": {t: technology[t].get(r, 0) for t in technologies}} for r in REGIONS]
    return {"statuses": statuses, "technologies": technologies, "rows": rows}


def shared_use_by_section() -> dict:
    """Cases by 共同利用 answer × table: {"sections": [the tables answering it], "rows": [{"value",
    "total", "counts": {section: n}}]}. The AI・RPA table answers 共同利用中/可能/不可, the shared
    systems' さらなる共同利用可能/不可 (can more join): a trial looked for shared systems 共同利用中
    and found none, the overview listing every answer in one column (one search per answer)."""
    index = current_index()
    answers = index.stats()["facets"]["shared_use"]
    rows = []
    for value, total in answers.items():
        result = _all_of("shared_use", value)
        rows.append({"value": value, "total": total,
                     "counts": {v.value: v.count for v in result.facets.get("section", [])}})
    sections = [s for s in index.stats()["facets"]["section"] if any(r["counts"].get(s) for r in rows)]
    return {"sections": sections, "rows": rows}
