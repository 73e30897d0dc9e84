"""The HTML pages (blueprint `views`): read the URL, make the library call in `calls`, render.
Every page's JSON twin is in `api`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from flask import Blueprint, render_template, request, url_for
from markupsafe import Markup

from ..indexer.prefectures import BY_NAME, PREFECTURES, REGIONS
from ..indexer.records import SHAREABLE
from ..search.budget import SearchTimeout
from ..search.errors import QueryError
from ..search.limits import (DEFAULT_PER_PAGE, MAX_QUERY_CHARS, MAX_QUERY_WORDS, MAX_SIMILAR,
                             MAX_SIMILAR_TEXT_CHARS, MORE_SIMILAR)
from ..search.planner import pieces
from ..search.query import NOT_RECORDED, query_without, without_dangling
from ..search.results import FacetValue, Hit, SearchResult
from ..search.shown_terms import cut_word
from ..search.schema import FACETS
from ..search.understand import AppliedFilter, find_filters

from . import charts, japan_map
from .calls import (PREFECTURE_FACETS, case_data, current_index, literal_arg, moved_case, moved_similar,
                    people_by_region, prefecture_data, versus_data, MAX_VERSUS, prefecture_technology, region_breakdown, request_budget, run_search, shared_use_by_section, short_prefecture,
                    region_organisations, similar_from_args, similar_limit)
from .labels import FACET_LABELS, SECTION_SHORT, SHAREABLE_ALL, case_title, value_label
from .links import back_to_list, link
from .openapi import openapi_spec
from .params import ERROR_CODE_HELP, SearchParams
from .redirects import moved_permanently

bp = Blueprint("views", __name__)
PREF_REGION = {p.name: p.region for p in PREFECTURES}
REGION_PREFECTURES = {r: [p.name for p in PREFECTURES if p.region == r] for r in REGIONS}  # made once
FEW_HITS = 5  # fewer cases than this contain every word: a link to similar cases follows them
OPEN_REGIONS_UP_TO = 8  # a result in this many prefectures or fewer opens their regions in the sidebar
# Clickable example queries on the start page, one of each kind the search reads (each finds
# cases: a test holds them to it): words, a place word as a filter, an exclusion, places joined
# by と, an exact phrase, OR, and a pasted task description.
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("通勤手当 RPA", "両方の語を含む事例"),
    ("三重県のRPA", "三重県に絞り込んでRPA"),
    ("議事録 -三重県", "三重県を除く"),
    ("北海道と東北のRPA", "地方・都道府県はどれか"),
    ('"電子申請"', "語をそのまま含む"),
    ("RPA OR AI-OCR", "どちらかを含む"),
    ("会議の録音から議事録を自動で作りたい", "文章で似ている事例を探す"),
)


@bp.get("/")
def search():
    params = SearchParams.from_args(request.args)
    result = run_search(params)
    read_from = None
    instead = read_instead(params, result)
    if instead is not None:  # ぎじろく: 議事録's own page (facets, map, CSV), saying so
        read_from = (params.q, result.read_as)
        params, result = instead
    counts = {v.value: v.count for v in result.facets.get("prefecture", [])}  # none: the budget ran out
    given = set(params.filters.get("prefecture", []))
    understood = {f.value: f.text for f in result.applied_filters  # 三重県のRPA selects 三重県 too
                  if f.facet == "prefecture" and f.origin == "query" and not f.exclude}
    selected = given | set(understood)
    # a region the words named (北海道と東北のチャットボット) selects its prefectures as well: the map
    # outlines them and the sidebar opens them, ticked; a click takes the region word away
    # (a region given as a parameter, ?region=東北, the same way; a click drops the parameter)
    regions = {f.value: f.text for f in result.applied_filters
               if f.facet == "region" and f.origin == "query" and not f.exclude}
    given_regions = set(params.filters.get("region", []))
    regions.update({r: r for r in given_regions if r not in regions})
    by_region = {p: regions[r] for p, r in PREF_REGION.items() if r in regions and p not in selected}
    selected |= set(by_region)

    def toggle(name: str) -> str:  # a map click adds the prefecture, or removes it when selected
        if name in by_region:  # one prefecture of a region chosen: the region's others stay chosen
            others = [p for p in REGION_PREFECTURES[PREF_REGION[name]] if p != name]
            filters = {f: list(vs) for f, vs in params.filters.items()}
            if PREF_REGION[name] in given_regions:
                filters["region"] = [r for r in filters["region"] if r != PREF_REGION[name]]
                q = params.q
            else:
                q = query_without(params.q, by_region[name])
            filters["prefecture"] = list(dict.fromkeys([*filters.get("prefecture", []), *others]))
            return replace(params, q=q, filters={f: vs for f, vs in filters.items() if vs}, page=1).url()
        if name in understood:
            return state_query(params, query_without(params.q, understood[name]))
        if name in given:
            return params.url(page=1, drop=("prefecture", name))
        return params.url(page=1, add=("prefecture", name))

    empty = not result.total and not result.partial
    # a few cases contain every word: the cases like the words are offered beside them
    few = 0 < result.total < FEW_HITS and result.mode == "keywords" and params.page == 1
    start = not params.q and not params.filters
    applied = chips(params, result)
    understood_boxes: dict[str, dict[str, str]] = {}
    for c in applied:
        if c.get("source") and not c.get("exclude") and not c.get("also"):  # 共同利用中 and ②: no one box
            understood_boxes.setdefault(str(c["facet"]), {})[str(c["value"])] = str(c["url"])
    shown_chips, merged = one_chip_a_shared_use_word(params, applied)
    for url, values in merged.items():  # …and a box of a shared-use word's values takes the word away, as its one chip
        for value in values:
            if value in understood_boxes.get("shared_use", {}):
                understood_boxes["shared_use"][value] = url
    return render_template(
        "search.html", params=params, result=result, start=start, examples=[
            (q, note, SearchParams(q=q).url()) for q, note in EXAMPLES] if start else [],
        shown_words=[(w, w.text) for w in result.words],  # the library keeps each word as written
        also=current_index().synonyms_written,
        max_query_words=MAX_QUERY_WORDS,
        description_mode=result.mode == "description",
        has_letters=any(ch.isalnum() for ch in params.q),  # 😀 or * alone: no letter to search, not a particle
        with_word=lambda typed, new: state_query(params, replace_word(params.q, typed, new)),
        # no case holds every word: each word's count (before the filters) links to that word's cases
        # (a trial's 国民健康保険 RPA: 0 and 226 partial matches, all but one of them RPA cases)
        word_alone_links=not result.total and result.mode == "keywords"
        and sum(1 for w in result.words if not w.excluded) > 1,
        word_alone=lambda q: SearchParams(q=q).url(),
        literal_off_url=replace(params, literal=False, page=1).url() if params.literal else None,
        without_word=lambda q, word: without_dangling(query_without(q, word)),  # no dangling の (電子申請の)
        relaxations=relaxations(params, result),  # an empty or few-match result's
        any_word=any_word_link(params, result),
        place_notes=place_notes(result),  # …and how many cases its places hold at all
        elsewhere=elsewhere(params, result),  # …and the matches outside them
        technology_note=technology_note(result), untold=untold_note(params, result),
        table_named=table_named(result),
        own_status=own_status_notes(params, result),
        preferred_note=preferred_note(params, result),
        by_prefecture=by_prefecture(params, result), by_prefecture_counts=by_prefecture_counts(result),
        reuse_line=reuse_line(params, result),
        ask_whom=ask_whom(result),
        shareable_link=shareable_link(params, result),
        chips=shown_chips, matches_phrase=matches_phrase(result), related_lack=related_lack(result),
        compare=compare_link(result),
        # the sidebar's boxes of values the query's words chose: ticked, not sent with the form (the
        # words carry them), unticking one takes its word away as its chip does
        understood_boxes=understood_boxes,
        similar_url=similar_with_results(params.q) if empty or few else None, few=few,
        # a prefecture with nothing to add is no link (a click led to 0 件); every one is when the
        # counts are missing (the budget ran out before the facets)
        map_svg=Markup(japan_map.render(counts, href=toggle, selected=selected, title="検索結果の都道府県別件数",
                                        hidden=True, link_empty=not counts)),
        map_links=japan_map.links(counts, toggle, selected, link_empty=not counts),
        pref_region=PREF_REGION, open_regions=open_regions(result, selected), region_selected=by_region,
        region_counts=region_counts(result.facets.get("prefecture", []), by_region),
        selected_regions={PREF_REGION[p]: word for p, word in by_region.items()},
        default_per_page=DEFAULT_PER_PAGE,
        region_prefectures=REGION_PREFECTURES,
        # a whole region at once (東北: its six prefectures), unless chosen or of one prefecture
        region_links={r: params.url(page=1, add=("region", r)) for r in REGION_PREFECTURES
                      if r not in regions and len(REGION_PREFECTURES[r]) > 1},
        # …and a region chosen, undone inside the sidebar, as its chip does (a phone's drawer had only
        # すべて解除 to undo 九州全体で絞り込む, its prefectures' boxes ticked and greyed)
        region_off={r: params.url(page=1, drop=("region", r)) if r in given_regions
                    else state_query(params, query_without(params.q, word)) for r, word in regions.items()},
        legend=Markup(japan_map.legend_svg(max(counts.values(), default=0))),
        api_url=params.url("api.search"), csv_url=params.url("api.export_csv", without_paging=True),
        read_from=read_from)


@dataclass(frozen=True)
class RegionCount:
    """A sidebar region's numbers: its matches (`total`), what ticking its prefectures not yet
    chosen adds (`adds`), whether every prefecture of it is chosen already (`all_chosen`: 北海道 of
    北海道と東北のRPA shows its count, not the 0 ticking adds) and which are ticked (`chosen`)."""

    total: int
    adds: int
    all_chosen: bool
    chosen: tuple[str, ...]


def region_counts(prefectures: Iterable[FacetValue], by_region: Iterable[str]) -> dict[str, RegionCount]:
    """Each region's `RegionCount` from the prefecture facet, `by_region` the prefectures chosen
    with a region word or option: worked out here once, not by Jinja filters per region (a third
    of a results page's template time)."""
    chosen_by_region = set(by_region)
    out = {}
    for region, members in REGION_PREFECTURES.items():
        values = [v for v in prefectures if v.value in members]
        open_ = [v for v in values if not v.selected and v.value not in chosen_by_region]
        out[region] = RegionCount(sum(v.count for v in values), sum(v.count for v in open_), not open_,
                                  tuple(v.value for v in values if v.selected))
    return out


def open_regions(result: SearchResult, selected: Iterable[str]) -> set[str]:
    """The sidebar's regions shown open: those of the chosen prefectures, and, when the result is
    in a few prefectures, theirs (a trial had to open ▶近畿 to find the one prefecture to tick)."""
    found = [v.value for v in result.facets.get("prefecture", []) if v.count]
    return {PREF_REGION[p] for p in selected} | \
        ({PREF_REGION[p] for p in found} if len(found) <= OPEN_REGIONS_UP_TO else set())


def read_instead(params: SearchParams, result: SearchResult) -> tuple[SearchParams, SearchResult] | None:
    """The search of the words a search that found nothing was read as (ぎじろく → 議事録: kana the
    input method left unconverted; 電子申請化 → 電子申請), with the query's other words and the
    filters, when it finds what the library's reading found: shown in place of the empty page. A
    trial expected 議事録's results, with a note, and got 0 件 in red above them, with no facets,
    map or CSV until 「議事録」で検索する."""
    reading = result.read_as
    if reading is None or result.total or not reading.words:
        return None
    q = params.q
    for typed, word in reading.words.items():
        q = replace_word(q, typed, word)
    instead = replace(params, q=q, page=1)
    try:
        found = run_search(instead)
    except (SearchTimeout, QueryError):
        return None
    return (instead, found) if found.total == reading.total else None


def also_label(also: tuple[tuple[str, str], ...]) -> str:
    """What a filter also admits, in words: 導入(実施)済の共同利用システムすべて (the table last)."""
    values = dict(also)
    table = value_label("section", values.pop("section")) if "section" in values else "事例"
    return "".join(f"{value_label(k, v)}の" for k, v in values.items()) + f"{table}すべて"


def compare_link(result: SearchResult) -> tuple[list[str], str] | None:
    """(the prefectures chosen, their comparison page) for a search narrowed to two prefectures or
    more, up to `MAX_VERSUS` + 1: a consultant's 三重県と香川県のDX推進組織 was one list of both."""
    chosen = list(dict.fromkeys(f.value for f in result.applied_filters if f.facet == "prefecture" and not f.exclude))
    if not 2 <= len(chosen) <= MAX_VERSUS + 1:
        return None
    return chosen, link("views.prefecture", [("vs", p) for p in chosen[1:]], name=chosen[0])


def chips(params: SearchParams, result: SearchResult) -> list[dict[str, object]]:
    """The applied filters as removable chips: {"label", "url", "source", "keep_url", "facet",
    "value", "exclude"}. A chip of a
    word that set several values (北陸: 富山県, 石川県, 福井県) removes its own value only: the word
    leaves the query and the other values stay as filters. `keep_url` (search the word as text)
    comes once per word, on its last chip."""
    out: list[dict[str, object]] = []
    offered = set()
    # a value given as a parameter that a word of the query also names (a link made before the
    # sidebar stopped sending the query's own values): its chip takes the word away too, or the
    # word would choose it again (a trial's × on 北海道 of 北海道と東北のRPA did nothing)
    said = {(facet, v): params.q[start:end] for start, end, facet, values in find_filters(params.q) for v in values}
    for f in result.applied_filters:
        label = f"{FACET_LABELS[f.facet]}: {value_label(f.facet, f.value)}" + (" を除く" if f.exclude else "") \
            + (f"・{also_label(f.also)}" if f.also else "")  # 共同利用: 共同利用中・導入(実施)済の共同利用システムすべて
        if f.origin != "query":
            word = said.get((f.facet, f.value)) if not f.exclude else None
            url = params.url(page=1, drop=(f.facet, f.value)) if word is None else \
                replace(params, q=query_without(params.q, word), page=1,
                        filters={k: kept for k, vs in params.filters.items()
                                 if (kept := [v for v in vs if (k, v) != (f.facet, f.value)])}).url()
            out.append({"label": label, "url": url, "source": None, "keep_url": None,
                        "facet": f.facet, "value": f.value, "exclude": f.exclude})
            continue
        others = [g for g in result.applied_filters
                  if g.origin == "query" and g.text == f.text and g.exclude == f.exclude and g != f]
        q = without_dangling(query_without(params.q, f.text))  # 電子申請の of 電子申請の共同利用中: 電子申請
        if others and not f.exclude:  # the word's other values stay, as filters
            filters = {k: list(v) for k, v in params.filters.items()}
            for g in others:
                if g.value not in filters.setdefault(g.facet, []):
                    filters[g.facet].append(g.value)
            url = replace(params, q=q, filters=filters, page=1).url()
        else:
            url = state_query(params, q)
        keep_url = params.url(page=1, keep_more=f.text) if f.text not in offered else None
        offered.add(f.text)
        out.append({"label": label, "url": url, "source": f.text, "keep_url": keep_url,
                    "facet": f.facet, "value": f.value, "exclude": f.exclude, "also": f.also})
    # …after the word's last chip, not between its chips (北陸: 富山県, 石川県, 福井県, then the link)
    last = {c["source"]: i for i, c in enumerate(out) if c["source"]}
    for i, c in enumerate(out):
        if c["keep_url"] and last[c["source"]] != i:
            out[last[c["source"]]]["keep_url"], c["keep_url"] = c["keep_url"], None
    return out


def one_chip_a_shared_use_word(params: SearchParams, applied: list[dict[str, object]]
                               ) -> tuple[list[dict[str, object]], dict[str, list[str]]]:
    """`applied` with the shared-use values one word chose (共同利用, 共同利用できる: 共同利用中 and the
    shared systems in use, 共同利用可能, さらなる共同利用可能) as one chip, which takes the word away:
    three chips said one thing, and unticking one of them left the other two, which the word never
    meant apart (a place word's prefectures stay a chip each: each is a place to take out). Also
    each merged chip's URL → the values it holds."""
    out: list[dict[str, object]] = []
    merged: dict[str, dict[str, object]] = {}
    values: dict[str, list[str]] = {}  # the word → its values
    for c in applied:
        word = str(c.get("source") or "")
        if c.get("facet") != "shared_use" or not word or c.get("exclude"):
            out.append(c)
            continue
        values.setdefault(word, []).append(str(c["value"]))
        if word not in merged:
            merged[word] = {**c, "url": state_query(params, without_dangling(query_without(params.q, word)))}
            out.append(merged[word])
    for word, chip in merged.items():
        if len(values[word]) > 1:
            named = SHAREABLE_ALL if set(SHAREABLE) <= set(values[word]) \
                else "・".join(value_label("shared_use", v) for v in values[word])
            chip["label"] = f"{FACET_LABELS['shared_use']}: {named}"
    # …and so are the values the sidebar's 「共同利用できるもの(利用中・可能)すべて」 link chose (a trial saw
    # three chips for it, and one for the word saying it)
    given = [c for c in out if c.get("facet") == "shared_use" and not c.get("source") and not c.get("exclude")
             and c.get("value") in SHAREABLE]
    if len(given) == len(SHAREABLE):
        kept = [v for v in params.filters.get("shared_use", []) if v not in SHAREABLE]
        filters = {k: vs for k, vs in {**params.filters, "shared_use": kept}.items() if vs}
        one = {**given[0], "label": f"{FACET_LABELS['shared_use']}: {SHAREABLE_ALL}",
               "url": replace(params, filters=filters, page=1).url()}
        out = [one if c is given[0] else c for c in out if c is given[0] or all(c is not g for g in given)]
    return out, {str(merged[w]["url"]): vs for w, vs in values.items() if len(vs) > 1}


def untold_note(params: SearchParams, result: SearchResult) -> dict | None:
    """A search for RPA beside the AI・RPA cases naming no technology that meet its other words
    (`SearchResult.technology_untold`): their count, and the same search without the word, in
    the AI・RPA table; the words it drops are said on the link (a trial's user took the box losing
    RPA for a slip). {"count", "dropped", "url"}"""
    found = result.without_technology_word()
    if found is None:
        return None
    q, dropped = found
    filters = {**params.filters, "section": ["ai_rpa"]}
    return {"count": result.technology_untold, "dropped": dropped,
            "url": replace(params, q=q, filters=filters, page=1).url()}


def own_status_notes(params: SearchParams, result: SearchResult) -> list[dict]:
    """Status words the query says of the writer's own work (RPAを実証中で、他県の状況を知りたい),
    which keep no cases: each with links that keep to the cases of that status after all (a
    trial read the word as silently dropped). [{"text", "links": [(value, url)]}]"""
    out = []
    for text in result.own_status:
        values = [v for _, _, facet, vs in find_filters(text) if facet == "status" for v in vs]
        out.append({"text": text, "links": [(v, params.url(add=("status", v), page=1)) for v in values]})
    return out


def technology_note(result: SearchResult) -> dict | None:
    """`SearchIndex.technology_tagged` with the link to the tag's cases: {"tag", "count", "held",
    "phrase", "url"}."""
    tagged = result.technology_tagged  # None with filters, given or understood
    if tagged is None:
        return None
    # with the search's other words (-議事録): a trial's link listed the 24 minutes it had left out
    return {**tagged.to_dict(), "url": link("views.search", [*([("q", tagged.rest)] if tagged.rest else []),
                                                             ("technology", tagged.tag)])}


# words of a table's name that a query may mean the table by (a consultant's `DX` for DX推進組織); not
# a technology's (RPA, AI), whose searches count the cases tagged with it anyway
TABLE_WORDS = {"dx": "organization", "推進組織": "organization", "組織": "organization",
               "デジタル": "digital_talent", "人材": "digital_talent"}


def table_named(result: SearchResult) -> dict | None:
    """A query word that is part of a table's name (DX of DX推進組織, デジタル of デジタル人材), searched
    as a word: {"word", "section", "label", "places", "count", "url"} of that table within the places
    chosen, which the page offers beside the cases saying the word (a consultant's `DX` found the 11
    cases writing DX, and nothing led to the 72 DX推進組織). None when a table is chosen already."""
    if any(f.facet == "section" and not f.exclude for f in result.applied_filters) or result.mode != "keywords":
        return None
    word = next((w for w in result.words if not w.excluded and w.text.lower() in TABLE_WORDS), None)
    if word is None:
        return None
    section = TABLE_WORDS[word.text.lower()]
    places = [(f.facet, f.value) for f in result.applied_filters if f.facet in ("prefecture", "region") and not f.exclude]
    filters: dict[str, list[str]] = {"section": [section]}
    for facet, value in places:
        filters.setdefault(facet, []).append(value)
    count = current_index().search("", filters, per_page=1, count_facets=False, highlight_hits=False).total
    if not count:
        return None  # (岡山県 has no DX organisation: the empty-result notes say where there are)
    return {"word": word.text, "section": section, "label": SECTION_SHORT[section], "places": [v for _, v in places],
            "count": count, "url": link("views.search", [*places, ("section", section)])}


def ask_whom(result: SearchResult) -> dict | None:
    """A query asking for whom to call (連絡先, 担当課), which the survey does not record: its DX
    organisations of the places chosen, a link and their count; also for such a word searched
    alone (連絡先: in no case). {"words", "left_out", "url", "count", "places"}"""
    words = result.unrecorded_words or [w.text for w in result.words if w.text in NOT_RECORDED and not w.excluded]
    if not words:
        return None
    places = [(f.facet, f.value) for f in result.applied_filters if f.facet in ("prefecture", "region") and not f.exclude]
    filters: dict[str, list[str]] = {"section": ["organization"]}
    for facet, value in places:
        filters.setdefault(facet, []).append(value)
    count = current_index().search("", filters, per_page=1, count_facets=False, highlight_hits=False).total
    # …and where the places have none (岡山県), their regions': a consultant was pointed to 0 件
    wider = region_organisations(places) if places and not count else None
    none_in = ""
    if wider is not None:
        none_in = "・".join(v for _, v in places)
        count, places = wider[1], [("region", r) for r in wider[0]]
    return {"words": words, "left_out": bool(result.unrecorded_words), "count": count, "none_in": none_in,
            "url": link("views.search", [("section", "organization"), *places]), "places": "・".join(v for _, v in places)}


def by_prefecture(params: SearchParams, result: SearchResult) -> list[dict]:
    """A question asking which prefectures (…している県) answered in a line (`SearchResult.where`),
    each prefecture a link to its cases. [{"name", "count", "url"}]"""
    if "prefecture" in params.filters:
        return []
    return [{"name": name, "count": n, "url": params.url(page=1, add=("prefecture", name))}
            for name, n in result.where()]


def by_prefecture_counts(result: SearchResult) -> dict:
    """What the prefecture line counts, said beside it: {"cases": the cases counted, "left_out":
    prefectures counted but not named}. A trial read 「10 件を先に表示」 and a line of 3 prefectures at
    1 件 each as a contradiction: the line counts the closest of them only, and now says how many."""
    named = result.where()
    return {"cases": result.where_cases(), "left_out": max(result.where_count() - len(named), 0),
            "ones": bool(named) and all(n == 1 for _, n in named)}


def reuse_line(params: SearchParams, result: SearchResult) -> dict | None:
    """A question asking whether the cases can be reused (流用できるものがあれば知りたい) answered in
    a line (`SearchResult.reuse`): each 共同利用の可否 of the matches with its count, a link to
    those cases; the first of them that can be shared, by name (a trial read 共同利用可能 2 件 as
    two reusable 通勤手当 tools: they were other tasks)."""
    line = reuse_answer(result.reuse(), result.shareable, lambda v: params.url(page=1, add=("shared_use", v)))
    if line is not None and not result.total:  # the shared use asked for left them all out
        line["outside"] = True
    return line


def reuse_answer(counted: list[tuple[str, int]], shareable: list[Hit],
                 url: Callable[[str], str] | None = None) -> dict | None:
    """The reuse line of a search or of the similar cases: {"values": [{"label", "count", "url"}],
    "shareable": [{"title", "prefecture", "url"}], "shareable_count"}; `url` links a value's cases
    (None: the values are not links)."""
    if not counted:
        return None
    return {"values": [{"label": value_label("shared_use", v), "count": n, "url": url(v) if url else None}
                       for v, n in counted],
            "shareable": [{"title": case_title(h.record), "prefecture": h.record.prefecture,
                           "url": url_for("views.case", case_id=h.record.id)} for h in shareable],
            "shareable_count": sum(n for v, n in counted if v in SHAREABLE)}


def shareable_link(params: SearchParams, result: SearchResult) -> dict | None:
    """The shared-use values that say a case can be taken over, in one link: 共同利用可能 is table
    ①'s answer and さらなる共同利用可能 table ②'s, so "anything I can reuse" took two ticks.
    {"url", "count"}; None when fewer than two such values have matches, or shared use is chosen."""
    if params.filters.get("shared_use") or any(f.facet == "shared_use" for f in result.applied_filters):
        return None
    values = [v for v in result.facets.get("shared_use", []) if v.value in SHAREABLE and v.count]
    if len(values) < 2:
        return None
    filters = {**params.filters, "shared_use": [v.value for v in values]}
    return {"url": replace(params, filters=filters, page=1).url(), "count": sum(v.count for v in values)}


def preferred_note(params: SearchParams, result: SearchResult) -> dict | None:
    """A question asking for cases in use (RPAを導入している県) lists those first
    (`result.preferred`): the page says so, by which words, and links to those cases alone.
    {"text", "label", "count", "url"}; {"text", "label", "count": 0, "none": True} when no match is."""
    p = result.preferred
    if p is not None and p.applies and not p.count and result.total:  # asked for, and none of them is
        # …though the related cases below may be (a trial's 新型コロナの問い合わせ対応にチャットボットを使った県:
        # the one match is 実証中, and the related list shows two chatbots in use)
        related = [h for h in (result.related.hits if result.related else [])
                   if getattr(h.record, p.facet, None) == p.value]
        # …with the technology it names, when it names one (AIを使っている県: cases in use without AI are listed)
        return {"text": p.text, "label": value_label(p.facet, p.value), "count": 0, "none": True,
                "related": len(related), "technology": "・".join(p.technology)}
    if p is None or not p.applies or not p.count or p.count == result.total:
        return None
    # the link's own count: of a pasted text, only the close cases in use come first (7), while
    # the filter keeps every match in use (9: a trial read 7 and found 9); no link when that is
    # every match already (a trial read 18 first and a link narrowing the 19 to the same 19)
    every = next((v.count for v in result.facets.get(p.facet, []) if v.value == p.value), p.count)
    if every >= result.total:  # every match is in use: nothing is put first (a trial read 「10 件を先に表示」
        # beside 「見つかった事例はすべて導入(実施)済です」 as a contradiction)
        return {"text": p.text, "label": value_label(p.facet, p.value), "count": result.total, "all": True}
    # a later page past them: they were shown before (a trial's page 7 of RPAを導入している県 said
    # 「118 件を先に表示しています」 over cases none of which was in use)
    shown_until = result.first_group_pages
    past = {"last_page": shown_until, "first_url": params.url(page=1)} \
        if shown_until is not None and result.page > shown_until else None
    return {"text": p.text, "label": value_label(p.facet, p.value), "count": p.count, "past": past,
            "url": params.url(page=1, add=(p.facet, p.value)) if every < result.total else None,
            "every": every, "close": result.mode == "description" and every > p.count,
            "technology": "・".join(p.technology), "untold": p.untold}


def matches_phrase(result: SearchResult) -> str:
    """What the matches of a keyword search contain, said as plainly as the words allow:
    「超勤」を含む事例, 「通勤手当」を含む事例 (自動化 only ranks), すべての語を含む事例; words listed
    as alternatives: 「福祉」か「子育て」と「AI」を含む事例; a word found apart as its words:
    「知事」…「会見」を近くに含む事例."""
    phrase = _contains_phrase(result)
    # …and without the words excluded (-議事録): a re-check trial read 「「音声認識」を含む事例は 1 件です」 where
    # 9 hold it and 1 is left without 議事録
    excluded = list(dict.fromkeys(w.text for w in result.words if w.excluded))
    if excluded and phrase.endswith("を含む事例"):
        return phrase.removesuffix("を含む事例") + "を含み、" + "".join(f"「{cut_word(t)}」" for t in excluded) \
            + "を含まない事例"
    return phrase


def _contains_phrase(result: SearchResult) -> str:
    required = [w for w in result.words if not w.excluded and w.required]
    if len(required) == 1 and required[0].apart:
        return "…".join(f"「{p}」" for p in required[0].apart) + "を近くに含む事例"
    clauses: dict[int, list[str]] = {}
    for w in required:
        # kana found by their reading are the words read so the cases contain (こせき: 「戸籍」)
        clauses.setdefault(w.clause, []).extend(w.reading_of or [w.text])
    if any(len(words) > 1 for words in clauses.values()):
        if len(clauses) <= 3:
            return "と".join("か".join(f"「{t}」" for t in words) for words in clauses.values()) + "を含む事例"
        return "検索した語を含む事例(「または」で並べた語はどれか)"
    if 0 < len(required) <= 3 and (len(required) < len(result.words) or len(required) == 1):
        return "".join(f"「{t}」" for words in clauses.values() for t in words) + "を含む事例"
    return "すべての語を含む事例"


def related_lack(result: SearchResult) -> str:
    """What the related cases lack, for their heading: 検索した語 when the query asks for one word
    (or one of several typed as alternatives; a trial read すべては of 九州のチャットボットの事例…,
    one word, as words the page did not show), else すべて of them."""
    clauses = {w.clause for w in result.words if not w.excluded and w.required}
    return "検索した語を含みません" if len(clauses) <= 1 else "検索した語をすべては含みません"


def any_word_link(params: SearchParams, result: SearchResult) -> dict | None:
    """`result.any_words_query()` as a link with its count: {"url", "count", "query"}; None
    when there is none or it finds no more cases than all the words do."""
    query = result.any_words_query()
    if query is None:
        return None
    count = current_index().search(query, params.filters, per_page=1, highlight_hits=False, count_facets=False,
                                   keep=params.keep, understand_query=not params.literal, timeout=request_budget()).total
    return {"url": replace(params, q=query, page=1).url(), "count": count, "query": query} \
        if count > result.total else None


def filter_name(f: AppliedFilter) -> str:
    """What a page calls a filter: the words it was understood from, or its value (given as a
    parameter, or typed with a prefecture's 県 misconverted: 福岡件 is named 福岡県)."""
    return f.text if f.origin == "query" and not f.named_otherwise else value_label(f.facet, f.value)


def relaxations(params: SearchParams, result: SearchResult) -> list[dict]:
    """The library's relaxations of an empty or few-match search (`result.relaxations`), as links:
    {"label", "url", "count"}."""
    out = []
    for r in result.relaxations:
        # each word once: 北陸 took three prefectures (a clerk read 「北陸」「北陸」「北陸」の代わりに)
        shown = "".join(f"「{n}」" for n in dict.fromkeys(filter_name(f) for f in [r.filter, *r.also]))
        url = replace(params, q=r.query, filters=r.filters, page=1).url()
        if r.instead is not None and r.instead.origin == "query":  # …or a word (共同利用できる → 共同利用中)
            label = f"{shown}の代わりに「{r.instead.text}」(利用中の共同利用システムを含む)にすると {r.count:,} 件"
        elif r.instead is not None:  # …or the value as the other table words it (共同利用可能 → さらなる共同利用可能)
            label = f"{shown}の代わりに「{value_label(r.instead.facet, r.instead.value)}」にすると {r.count:,} 件"
        else:
            label = f"{shown}を外すと {r.count:,} 件"
        out.append({"label": label, "url": url, "count": r.count})
    return out


def elsewhere(params: SearchParams, result: SearchResult) -> dict | None:
    """The matches outside the places a few-match search chose (`result.elsewhere`), with what
    to call the places, the filters kept and the search without them: {"places", "url", "kept",
    "total", "hits"}."""
    e = result.elsewhere
    if e is None or not e.hits:
        return None
    names = dict.fromkeys(filter_name(f) for f in e.places)
    # the other filters still hold there: named (a trial read 「九州」の外で「AI-OCR」を含む事例 of
    # 九州の導入済みのAI-OCR as every status)
    # …by its value, or by the word typed where that word took several (共同利用: the answers that can be
    # shared and the shared systems in use; a consultant read 「共同利用中・共同利用可能・さらなる共同利用可能の」
    # above shared systems answering さらなる共同利用不可, in use)
    held = [f for f in result.applied_filters if f not in e.places and not f.exclude]
    typed = Counter(f.text for f in held if f.origin == "query")
    kept = dict.fromkeys(f"「{f.text}」" if f.origin == "query" and typed[f.text] > 1 else value_label(f.facet, f.value)
                         for f in held)
    return {"places": "".join(f"「{n}」" for n in names), "url": replace(params, q=e.query, filters=e.filters,
                                                                          page=1).url(),
            "kept": "・".join(kept), "total": e.total, "hits": e.hits, "near": e.near, "near_total": e.near_total,
            "near_first": e.near_first}


def place_notes(result: SearchResult) -> list[dict]:
    """The places an empty or few-match search chose, each with how many cases the survey holds of
    it (`result.place_sizes`): {"text", "url", "label"}. 島根県 holds 2, and no shared system: a
    trial took `島根県 共同利用` finding nothing for the search failing."""
    out = []
    for p in result.place_sizes:
        name = p.value if p.facet == "prefecture" or p.value == "北海道" else f"{p.value}地方"
        held = [f"{value_label('section', s)} {n:,} 件" for s, n in p.by_section.items() if n]
        none = [value_label("section", s) for s, n in p.by_section.items() if not n]
        text = f"{name}の事例は、調査全体で {p.total:,} 件です" + (f"({'、'.join(held)})" if held else "")
        if none and p.total:
            text += f"。{'・'.join(none)}の事例はありません"
        url = url_for("views.prefecture", name=p.value) if p.facet == "prefecture" else link(
            "views.search", [("region", p.value)])
        out.append({"text": text + "。", "url": url, "label": f"{name}の事例を見る"})
    return out


def state_query(params: SearchParams, q: str) -> str:
    """This search with another query: the filters, keep and sort kept, page 1."""
    return replace(params, q=q, page=1).url()


def replace_word(q: str, old: str, new: str) -> str:
    """`q` with the word `old` (as typed) replaced by `new`: a suggestion's link."""
    return q.replace(old, new, 1) if old in q else " ".join([query_without(q, old), new]).strip()


def similar_with_results(q: str) -> str | None:
    """The similar-case search for the words of an empty search or one of few matches, when it
    finds something: its place and status words read as filters, as the search read them (長野県の
    RPA: like RPA, in 長野県), or when that finds nothing, every word compared as a word (literal:
    the filters are what found nothing)."""
    if not q.strip():
        return None
    text = q[:MAX_SIMILAR_TEXT_CHARS]
    for literal in ((False, True) if find_filters(q) else (False,)):
        try:
            found = current_index().similar(text=text, limit=1, timeout=request_budget(), understand_query=not literal)
        except (SearchTimeout, QueryError):
            return None
        if found.hits:
            return link("views.similar", {"text": q, **({"literal": "1"} if literal else {})})
    return None


@bp.get("/cases/<case_id>")
def case(case_id: str):
    moved = moved_case(case_id)
    if moved:
        return moved_permanently(url_for("views.case", case_id=moved))
    data = case_data(case_id)
    return render_template("case.html", data=data, back=back_to_list(request.referrer, request.host_url),
                           pref_url=link("views.search", {"prefecture": data["case"]["prefecture"]}),
                           # every one similar enough, in one list (a consultant's 30 of 41 needed two more clicks)
                           more_similar=link("views.similar", {"id": data["case"]["id"], "limit": str(
                               max(MORE_SIMILAR, min(int(data["similar"]["total"]), MAX_SIMILAR)))}),
                           # the cases like it nearby, where there are some (a link to none misleads)
                           nearby=[{"label": f"{data['case'][f]}の中で似ている事例",
                                    "url": link("views.similar", {"id": data["case"]["id"], f: data["case"][f]})}
                                   for f, n in data["similar_nearby"].items() if n]
                           # …and in its own table, when its list shows few of them (roles like a role)
                           + [in_table_scope(data["case"]["id"], data["case"]["section"])] * data["similar"]["offers_in_table"])


def in_table_scope(case_id: str, section: str, kept: Iterable[tuple[str, str]] = ()) -> dict[str, str]:
    """The link to the cases like a case in its own table (デジタル人材の中で似ている事例), within the
    places kept."""
    return {"label": f"{SECTION_SHORT[section]}の中で似ている事例",
            "url": link("views.similar", [("id", case_id), *kept, ("section", section)])}


@bp.get("/similar")
def similar():
    """The most similar cases, best first, `limit` of them: the page offers more when the list
    is full, and for a pasted text the search page's view of it (every case above the cut-off,
    with facets and the CSV)."""
    moved = moved_similar("views.similar")
    if moved:
        return moved_permanently(moved)
    case_id = request.args.get("id")
    text = request.args.get("text", "")
    result = similar_from_args()
    limit = len(result.hits) if result is not None else 0
    literal = literal_arg()
    source: list[tuple[str, str]] = [("id", case_id)] if case_id else [("text", text), *([("literal", "1")] if literal else [])]
    kept = [(f, v) for f, vs in (result.filters if result is not None else {}).items() for v in vs]
    # the filters the text's own words set (中国四国で導入済みの…): said as such, with the way out
    understood = result.applied_filters if result is not None else []
    given = [(f, v) for f in FACETS for v in dict.fromkeys(request.args.getlist(f)) if v]
    limit_arg = [("limit", request.args["limit"])] if "limit" in request.args else []
    more = None
    more_count = 0
    if result is not None and limit < MAX_SIMILAR and limit == similar_limit() and result.total > limit:
        # the rest of those similar enough at once (a consultant stepped 30 → 40 → 50 to reach 41)
        more_count = min(result.total, MAX_SIMILAR) - limit
        more = link("views.similar", [*source, *kept, ("limit", str(limit + more_count))])
    case = current_index().get(case_id) if case_id else None
    # the search page takes MAX_QUERY_CHARS: a longer text is linked by its sentences that fit
    searchable = pieces(text.strip(), MAX_QUERY_CHARS)[0] if text.strip() else ""
    # the whole country's list, when the page is kept to a place or is a case's: whether the links
    # to the case's own region and prefecture lead to some (among the MORE_SIMILAR best, as on the
    # case page), and how many a place without any misses
    everywhere: list[Hit] = []
    if result is not None and (kept or case is not None):
        everywhere = current_index().similar(case_id=case_id, text=None if case_id else text,
                                             limit=MAX_SIMILAR if kept and not result.hits else MORE_SIMILAR,
                                             timeout=request_budget(), understand_query=False).hits
    if understood:  # the whole country's list is the text's own, its place and status words as words
        source = [("text", text), ("literal", "1")]
    scopes = []
    if case is not None:  # within the case's region or prefecture (who nearby did the like), where some are
        for facet, value in (("region", case.region), ("prefecture", case.prefecture)):
            if value and (facet, value) not in kept and any(getattr(h.record, facet) == value for h in everywhere):
                scopes.append({"label": f"{value}の中で似ている事例", "url": link("views.similar", [*source, (facet, value)])})
        if result is not None and result.offers_in_table:
            scopes.append(in_table_scope(case.id, case.section, kept))
    # fewer than asked for: the cut-off ends the list (a trial asked 30 from the case page, saw 上位 20 件, no reason)
    every_one = result is not None and 0 < limit and (limit < similar_limit() or limit == result.total)
    return render_template("similar.html", result=result, text=text, more=more, more_count=more_count, every_one=every_one,
                           api_url=link("api.similar", list(request.args.items(multi=True))),
                           # every case similar enough, not the page's first `limit` (a consultant's CSV held 30 of 41)
                           csv_url=link("api.similar_csv", [(k, v) for k, v in request.args.items(multi=True) if k != "limit"]),
                           csv_count=min(result.total, MAX_SIMILAR) if result is not None else 0,
                           as_search=link("views.search", [("q", searchable), *given]) if result is not None and text else None,
                           as_search_cut=len(searchable) < len(text.strip()), as_search_chars=len(searchable),
                           case=case, scopes=scopes,
                           kept=[{"label": f"{FACET_LABELS.get(f, f)}: {value_label(f, v)}", "value": value_label(f, v)}
                                 for f, v in kept],
                           everywhere=link("views.similar", source) if kept else None,
                           # each removable as a search's chip is: the text without its word
                           understood=[{"label": f"{FACET_LABELS.get(f.facet, f.facet)}: {value_label(f.facet, f.value)}"
                                                 + (" を除く" if f.exclude else ""), "source": f.text,
                                        "url": link("views.similar", [("text", query_without(text, f.text)), *given,
                                                                      *limit_arg])} for f in understood],
                           literal_url=link("views.similar", [("text", text), ("literal", "1"), *given, *limit_arg])
                           if understood else None,
                           everywhere_count=len(everywhere),
                           max_text_chars=MAX_SIMILAR_TEXT_CHARS,
                           # …流用できる仕組みがあれば知りたい: answered as the search page answers it
                           # (no links: a value's link would list its cases past the ones counted here)
                           reuse_line=reuse_answer(result.reuse(), result.shareable) if result is not None else None)


@bp.get("/overview")
def overview():
    """The survey at a glance. The map and the charts are pictures for the eye (their links out
    of the tab order and hidden from screen readers); every link they hold is also in a table
    beside them, which is what a screen reader or the keyboard uses."""
    stats = current_index().stats()
    facets = stats["facets"]
    counts = facets["prefecture"]

    def search_for(facet: str):
        return lambda value: link("views.search", {facet: value})

    return render_template(
        "overview.html", stats=stats,
        map_svg=Markup(japan_map.render(counts, href=search_for("prefecture"), title="都道府県別の事例数", hidden=True)),
        tech_svg=Markup(charts.bar_chart(list(facets["technology"].items()), href=search_for("technology"),
                                         title="技術別の事例数", hidden=True,
                                         shown=lambda value: value_label("technology", value))),
        status_svg=Markup(charts.bar_chart(list(facets["status"].items()), href=search_for("status"),
                                           title="導入状況別の事例数", hidden=True)),
        legend=Markup(japan_map.legend_svg(max(counts.values(), default=0))),
        pref_tech=prefecture_technology(), shared_use=shared_use_by_section(), region_prefectures=REGION_PREFECTURES,
        regions=region_breakdown(), people=people_by_region())


@bp.get("/prefectures/<name>")
def prefecture(name: str):
    """One prefecture's cases by table, technology and status beside the national picture, each
    count a link to the search it counts."""
    if name not in BY_NAME and (full := short_prefecture(name)) is not None:
        return moved_permanently(url_for("views.prefecture", name=full.name))
    data = prefecture_data(name)
    pref = data["prefecture"]
    versus = versus_data(request.args.getlist("vs"), pref)
    versus_names = [v["prefecture"] for v in versus]

    def search_url(facet: str | None = None, value: str | None = None, national: bool = False,
                   of: str | None = None) -> str:
        pairs = [] if national else [("prefecture", of or pref)]
        return link("views.search", pairs + ([(facet, value)] if facet and value else []))

    neighbours = [(p.name, url_for("views.prefecture", name=p.name)) for p in PREFECTURES
                  if p.region == data["region"] and p.name != pref]
    # the form offers first a neighbour not compared yet
    suggested = next((n for n, _ in neighbours if n not in versus_names), None)
    return render_template("prefecture.html", data=data, facets=PREFECTURE_FACETS, search_url=search_url,
                           neighbours=neighbours, versus=versus, versus_names=versus_names,
                           all_prefectures=[p.name for p in PREFECTURES], suggested_versus=suggested,
                           can_add_versus=len(versus) < MAX_VERSUS,
                           api_url=link("api.prefecture", [("vs", n) for n in versus_names], name=pref))


@bp.get("/api")
def api_docs():
    # each path with an example to open (a path with {…} is no link a browser can follow)
    examples = {"/api/search": url_for("api.search", q="RPA"), "/api/cases/{id}": url_for("api.case", case_id="ai_rpa-001"),
                "/api/similar": url_for("api.similar", id="ai_rpa-001"),
                "/api/prefectures/{name}": url_for("api.prefecture", name="三重県"),
                "/api/suggest": url_for("api.suggest", q="ぎじ"), "/api/stats": url_for("api.stats"), "/api/health": url_for("api.health"),
                "/api/overview": url_for("api.overview"),
                "/api/facets": url_for("api.facets"), "/api/openapi.json": url_for("api.openapi"),
                "/api/shortlist": url_for("shortlist.shortlist_json", ids="ai_rpa-014,ai_rpa-007"),
                "/export.csv": url_for("api.export_csv", q="RPA"),
                "/similar.csv": url_for("api.similar_csv", id="ai_rpa-001"),
                "/shortlist.csv": url_for("shortlist.export_csv", ids="ai_rpa-014,ai_rpa-007")}
    return render_template("api.html", spec=openapi_spec(), error_codes=ERROR_CODE_HELP, examples=examples)
