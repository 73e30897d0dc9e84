"""The OpenAPI description of the JSON API, served at /api/openapi.json.

Response schemas are written out in `components/schemas` (SearchResult, Hit, CaseRecord,
FacetValue, AppliedFilter, QueryWord, PartialMatches, RelatedCases, Suggestions, SimilarResult, CaseDetail,
Facets, Stats, Error), with
`additionalProperties: false`, so a client generator gets real types and the test suite can hold
every JSON response against them. The case record's schema is derived from `CaseRecord`'s own
type hints, so a field added there cannot be forgotten here.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from typing import Any

from ..indexer.prefectures import BY_NAME, REGIONS
from ..indexer.records import SECTIONS, STATUSES, CaseRecord
from ..search.limits import (CASE_PAGE_ORGANISATIONS, MAX_ELSEWHERE, MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_CHARS, MAX_QUERY_WORDS, MAX_SIMILAR, MAX_SIMILAR_TEXT_CHARS, MORE_SIMILAR, NEAR_FIRST, RELATED_BELOW, REUSE_SHOWN, SPARSE_PLACE,
                             MAX_SUGGEST_CHARS, MAX_SUGGESTIONS, SORTS, WEB_TIMEOUT)
from ..search import results
from ..search.technology import TAGS
from ..search.describe import CASE_CLOSE_SHARE, CLOSE_TOPIC_SHARE, CLOSE_TOPICS
from ..search.schema import FACETS

from .calls import MAX_VERSUS, PREFECTURE_FACETS
from .params import ERROR_CODES
from .shortlist import MAX_IDS as SHORTLIST_MAX_IDS

Schema = dict[str, Any]
_PARTIAL: Schema = {"type": "boolean", "description": f"true when the request's time budget ({WEB_TIMEOUT:g} s) ran "
                    "out: some matches, the facet counts or the highlights are missing"}

_FACET_PARAMS: list[Schema] = [
    {"name": f, "in": "query", "required": False, "style": "form", "explode": True,
     "description": f"filter by {f}; repeat for several values (OR); facets combine with AND",
     "schema": {"type": "array", "items": {"type": "string"}}}
    for f in FACETS
]
_SEARCH_PARAMS: list[Schema] = [
    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": MAX_QUERY_CHARS},
     "description": "words; prefecture, region, status and shared-use words become filters"},
    {"name": "sort", "in": "query", "schema": {"type": "string", "enum": list(SORTS)}},
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE}},
    {"name": "keep", "in": "query", "style": "form", "explode": True,
     "schema": {"type": "array", "items": {"type": "string"}},
     "description": "words of q to search as text rather than turn into filters"},
    {"name": "literal", "in": "query", "schema": {"type": "integer", "enum": [0, 1]},
     "description": "1: no word of q turned into a filter, every word searched as text (keep, for all of them; "
                    "dxsearch search --literal)"},
    *_FACET_PARAMS,
]

_ENUMS: dict[str, list[str]] = {"section": list(SECTIONS), "status": list(STATUSES),
                                "prefecture": list(BY_NAME), "region": list(REGIONS)}
_DESCRIPTIONS = {
    "id": "stable, URL-safe: ai_rpa-001", "number": "the number printed in the survey's table",
    "field": "分野 heading; null where the table has none", "group": "sub-heading, or null",
    "status_order": "導入状況 as the survey numbers it (1 導入(実施)済 … 5 検討中)",
    "prefecture_code": "JIS code", "source": "the file the case came from", "page": "PDF page, or null",
}


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _obj(properties: dict[str, Schema], description: str = "") -> Schema:
    out: Schema = {"type": "object", "required": list(properties), "properties": properties,
                   "additionalProperties": False}
    if description:
        out["description"] = description
    return out


def _stats_properties() -> dict[str, Schema]:
    return {
        "total": {"type": "integer", "minimum": 0},
        "built": {"type": "string", "nullable": True, "description": "when the index was built"},
        "sources": {"type": "array", "items": {"type": "string"}, "nullable": True,
                    "description": "the files the index was built from, by name"},
        "facets": _obj({f: {"type": "object", "additionalProperties": {"type": "integer", "minimum": 1}}
                        for f in FACETS}),
    }


def _record_properties() -> dict[str, Schema]:
    """One property per `CaseRecord` field, typed from its annotation (`str | None` → nullable)."""
    hints = typing.get_type_hints(CaseRecord)
    out: dict[str, Schema] = {}
    for f in dataclasses.fields(CaseRecord):
        hint = hints[f.name]
        args = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
        base = next(a for a in args if a is not type(None))
        prop: Schema = {"type": {str: "string", int: "integer", float: "number", bool: "boolean"}[base]}
        if type(None) in args:
            prop["nullable"] = True
        if f.name in _ENUMS:
            prop["enum"] = _ENUMS[f.name]
        if f.name in _DESCRIPTIONS:
            prop["description"] = _DESCRIPTIONS[f.name]
        out[f.name] = prop
    return out


_WORD_DESCRIPTIONS = {
    "forms": "itself, synonyms, notation variants", "count": "cases containing it, before filters (0: none)",
    "suggestions": "what it might have meant, when no case contains it",
    "apart": "the words it was found as, close together, when no case writes it whole (知事, 会見 for 知事会見)",
    "related": "the cases' words for the need it names, when no case contains it (スキャン: AI-OCR, OCR)",
    "clause": "the query's clause it is in: words of one clause are alternatives (予算や決算, A OR B); -1 excluded",
    "for_whom": "said for whom (住民 of 住民向け): why it only ranks (required false)",
    "reading_of": "kana no case writes, found as the words of the cases read so (ぎじろく: 議事録), "
                  "which lead its forms",
    "inside": "when no case contains it as a word: the cases' words it is written inside (川: 香川, 川柳)",
}
_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _word_schema() -> Schema:
    """A word of the query as the search read it: one property per field of the library's
    `QueryWordCount`, typed from its annotations (so a field added there is described here)."""
    word = getattr(results, "QueryWordCount", None)
    if word is None:  # a library without the account of words
        return {"type": "object", "description": "a word of the query as the search read it"}
    hints = typing.get_type_hints(word)
    properties: dict[str, Schema] = {}
    for f in dataclasses.fields(word):
        hint = hints[f.name]
        if typing.get_origin(hint) is list:
            prop: Schema = {"type": "array", "items": {"type": _SCALARS[typing.get_args(hint)[0]]}}
        else:
            prop = {"type": _SCALARS[hint]}
        if f.name in _WORD_DESCRIPTIONS:
            prop["description"] = _WORD_DESCRIPTIONS[f.name]
        properties[f.name] = prop
    return _obj(properties, "a word of the query as the search read it")


def _schemas() -> dict[str, Schema]:
    record = _record_properties()
    technology = {"type": "array", "items": {"type": "string"}, "description": "technology tags (AI, RPA, …)"}
    citation = {"type": "string", "description": "出典 as people cite it: the survey's title, publisher and date "
                "(and page), its table and number; a case file's own name"}
    hit = {**record, "citation": citation,
           "score": {"type": "number", "description": "the order within this answer (higher first; 0 when not ranked "
                     "by relevance): BM25F for words and a case's similar cases, the order after the cut-off "
                     "for a pasted text; not comparable across answers"},
           "technology": technology,
           "highlights": {"type": "object", "additionalProperties": {"type": "string"},
                          "description": "field → HTML fragment (escaped; matches in <mark class=\"hl\">)"}}
    facet_list = {"type": "array", "items": _ref("FacetValue")}
    return {
        "CaseRecord": _obj(record, "one case of the survey, every field"),
        "Hit": {**_obj({**hit, "missing": {"type": "array", "items": {"type": "string"},
                                           "description": "in partial_matches and related: the query's words this "
                                                          "case lacks"},
                        "close": {"type": "boolean",
                                  "description": "mode description, and the similar cases: the case is especially "
                                                 "close to the text or case (see close)"}},
                       "a matching case: its record's fields, score, technology tags and highlights"),
                "required": list(hit)},
        "QueryWord": _word_schema(),
        "ReadingMatch": _obj({"query": {"type": "string", "description": "the もしかして searched instead"},
                              "total": {"type": "integer", "minimum": 1, "description": "its own total"},
                              "hits": {"type": "array", "items": _ref("Hit")},
                              "dropped": {"type": "object", "additionalProperties": {"type": "string"},
                                          "description": "each word typed whose suffix (化, 等, 系, 用) was left out "
                                                         "→ that suffix (電子申請化 → 化); empty for kana read "
                                                         "as words"},
                              "words": {"type": "object", "additionalProperties": {"type": "string"},
                                        "description": "each word typed → it as read, the word of the cases in "
                                                       "place of the kana or the suffix (ぎじろく → 議事録, 電子申請化 → "
                                                       "電子申請; のぎじろく of 三重県のぎじろく → の議事録)"}},
                             "when nothing is found and every word no case contains is kana read as a word of "
                             "the cases (ぎじろく → 議事録) or a word whose 化, 等, 系 or 用 no case writes (電子申請化 → "
                             "電子申請): the first page of the search with those words; not counted in total; "
                             "null otherwise") | {"nullable": True},
        "PartialMatches": _obj({"total": {"type": "integer", "minimum": 0},
                                "matched": {"type": "integer", "minimum": 0,
                                            "description": "clauses each of these cases matches, at least"},
                                "most": {"type": "integer", "minimum": 0,
                                         "description": "clauses the best of them match: more than matched when "
                                                        "only a few match the most (those come first)"},
                                "clauses": {"type": "integer", "minimum": 0},
                                "page": {"type": "integer", "minimum": 1,
                                         "description": "the search's page: a search that finds nothing pages "
                                                        "through its partial matches"},
                                "hits": {"type": "array", "items": _ref("Hit")}},
                               "when no case contains every word: the cases containing the most of them; "
                               "null otherwise") | {"nullable": True},
        "RelatedCases": _obj({"terms": {"type": "array", "items": {"type": "string"},
                                        "description": "the key terms of the matches they were found by"},
                              "parts": {"type": "array", "items": {"type": "string"},
                                        "description": "the words the query's words are made of that they were "
                                                       "found by too (マイナンバー of マイナンバーカード)"},
                              "hits": {"type": "array", "items": _ref("Hit")},
                              "of_partial_matches": {"type": "boolean",
                                                     "description": "found from the partial matches: no case "
                                                                    "contains every word"}},
                             f"when fewer than {RELATED_BELOW} cases contain every word (on the page showing the "
                             "last of them): other cases like those, within the same filters, most alike first; "
                             "when the filters leave none but cases outside them contain every word: the cases "
                             f"within the filters like those; when no case contains every word and fewer than "
                             f"{RELATED_BELOW} are partial matches holding two words or more, each word in some case: cases like "
                             "those (after the last of them); "
                             "not counted in total; null otherwise") | {"nullable": True},
        "Elsewhere": _obj({"places": {"type": "array", "items": _ref("AppliedFilter"),
                                      "description": "the places taken away (understood from q)"},
                           "query": {"type": "string", "description": "q without the place words"},
                           "filters": {"type": "object", "additionalProperties": {"type": "array",
                                                                                    "items": {"type": "string"}},
                                       "description": "the filters without the places"},
                           "total": {"type": "integer", "minimum": 1,
                                     "description": "cases outside the places that the search finds"},
                           "hits": {"type": "array", "items": _ref("Hit"),
                                    "description": f"the first {MAX_ELSEWHERE} of them, in the search's order; when "
                                                   "`near` is set, its best `near_first` first"},
                           "near": {"type": "string",
                                    "description": "the region of the prefectures taken away (relevance order "
                                                   "only): its other prefectures' best cases are listed first; "
                                                   "\"\" when the hits are in the search's order alone"},
                           "near_total": {"type": "integer", "minimum": 0,
                                          "description": "how many of `total` are in the `near` region"},
                           "near_first": {"type": "integer", "minimum": 0, "maximum": NEAR_FIRST,
                                          "description": f"how many of `hits` come first from the `near` region "
                                                         f"(at most {NEAR_FIRST})"}},
                          f"when the prefectures or regions q's words chose (none given as a filter) hold fewer "
                          f"than {RELATED_BELOW} matches of "
                          "words searched (on the page showing the last of them), and cases outside them match: "
                          "those cases (北陸の県で残業時間の集計を自動化… finds 富山県's one case; 三重県's and "
                          "広島県's follow here); not counted in total; null otherwise") | {"nullable": True},
        "PreferredFirst": _obj({"facet": {"type": "string", "enum": list(FACETS)}, "value": {"type": "string"},
                                "text": {"type": "string", "description": "the words of q that asked for it"},
                                "count": {"type": "integer", "minimum": 0,
                                          "description": "the matches with this value: the first ones"},
                                "applies": {"type": "boolean",
                                            "description": "false when sorted otherwise than by relevance"},
                                "by_prefecture": {"type": "object", "additionalProperties": {"type": "integer"},
                                                  "description": "those first matches per prefecture, most first "
                                                                 "(JIS order among equals); prefectures with none "
                                                                 "left out: which prefectures use it"},
                                "technology": {"type": "array", "items": {"type": "string", "enum": list(TAGS)},
                                               "description": "a pasted text naming a technology (…をRPAで自動化している県): "
                                                              "the first matches are those using it (for RPA, also the "
                                                              "AI・RPA cases that name no technology); empty when they "
                                                              "are not kept to one"},
                                "untold": {"type": "integer", "minimum": 0,
                                           "description": "of count, kept to RPA: the AI・RPA cases that name no "
                                                          "technology (RPA or not, the survey does not say)"}},
                               "when q asks for cases in use (RPAを導入している県, 使っている; a pasted text asking "
                               "who does its task, …自動化している県はありますか: those of its matches close to it): "
                               "the matches whose status is 導入(実施)済 come first, then the others; only an order "
                               "(total is every match); null otherwise, and when a status is chosen") | {"nullable": True},
        "FacetValue": _obj({"value": {"type": "string"},
                            "count": {"type": "integer", "minimum": 0,
                                      "description": "cases with this value; of a value not selected beside one "
                                                     "that is, how many ticking it would add"},
                            "selected": {"type": "boolean"},
                            "matched": {"type": "integer", "minimum": 0,
                                        "description": "how many of the matching cases have this value, "
                                                       "whatever is selected (count, when its facet has no "
                                                       "value selected)"}}),
        "AppliedFilter": {**_obj({"facet": {"type": "string", "enum": list(FACETS)}, "value": {"type": "string"},
                                  "text": {"type": "string", "description": "the words of q it came from"},
                                  "origin": {"type": "string", "enum": ["query", "param"]},
                                  "exclude": {"type": "boolean", "description": "true for a value excluded "
                                              "(-三重県, NOT 三重県): its cases are removed"},
                                  "also": {"type": "object", "additionalProperties": {"type": "string"},
                                           "nullable": True,
                                           "description": "{facet: value, …}: the cases with all these values "
                                                          "the filter also admits: the word 共同利用中 is "
                                                          "shared_use 共同利用中 or a shared system in use "
                                                          "({\"section\": \"shared_system\", \"status\": "
                                                          "\"導入(実施)済\"}: table ② lists systems used "
                                                          "together); null otherwise"}},
                                 "a filter applied: given as a parameter, or understood from q"),
                          "required": ["facet", "value", "text", "origin"]},
        "Facets": {**_obj({f: facet_list for f in FACETS}, "facet → every value with its count (the facets "
                          "asked for)"), "required": []},
        "SearchResult": _obj({
            "query": {"type": "string", "description": "q as given"},
            "text": {"type": "string", "description": "what was searched as text"},
            "total": {"type": "integer", "minimum": 0,
                      "description": "the cases containing every word of q (a description: those above its "
                                     "cut-off), within the filters: the set the facets, the map and the CSV count"},
            "page": {"type": "integer", "minimum": 1, "description": "this page's number"},
            "pages": {"type": "integer", "minimum": 1,
                      "description": "how many pages of per_page the total makes (at least 1); for a search "
                                     "that finds nothing, those of its partial matches, which its pages go "
                                     "through: page through 1 … pages"},
            "per_page": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE, "description": "hits a page holds"},
            "sort": {"type": "string", "enum": list(SORTS), "description": "the order of the hits"},
            "took_ms": {"type": "number", "description": "the search's time on the server, in milliseconds"},
            "partial": _PARTIAL,
            "hits": {"type": "array", "items": _ref("Hit"), "description": "this page of the matching set, in order"},
            "facets": _ref("Facets"),
            "applied_filters": {"type": "array", "items": _ref("AppliedFilter"),
                                "description": "the filters given and those understood from the words of q "
                                               "(三重県 of 三重県のRPA), each removable"},
        }, "one page of a search; each facet counted as if its own selection were removed"),
        "Suggestions": _obj({
            "query": {"type": "string", "maxLength": MAX_SUGGEST_CHARS, "description": "the prefix asked about"},
            "suggestions": {"type": "array", "maxItems": MAX_SUGGESTIONS, "items": _obj({
                "text": {"type": "string", "description": "a word of the cases"},
                "count": {"type": "integer", "minimum": 1, "description": "cases a search for it finds (with its synonyms and other spellings)"}})},
        }, "as-you-type suggestions: words of the cases that start with the prefix, or whose reading does "
           "(ぎじ → 議事録), most cases first; none for a blank prefix"),
        "SimilarResult": _obj({
            "id": {"type": "string", "nullable": True, "description": "the case asked about; null for a text"},
            "key_terms": {"type": "array", "items": {"type": "string"}},
            "added_terms": {"type": "array", "items": {"type": "string"},
                            "description": "the key terms the case or text does not say itself: synonyms of its "
                                           "words and what meets the needs it names"},
            "took_ms": {"type": "number"},
            "partial": _PARTIAL,
            "filters": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}},
                        "description": "the facet values the similar cases were kept to (none: every case), "
                                       "given or understood from the text"},
            "absent_words": {"type": "array", "items": {"type": "string"},
                             "description": "a text's things that no case holds, nor any word of them (保育所)"},
            "applied_filters": {"type": "array", "items": _ref("AppliedFilter"),
                                "description": "the filters the text's own words set (中国四国, 導入済み, 三重県以外): "
                                               "origin query; literal=1 reads those words as words"},
            "hits": {"type": "array", "items": _ref("Hit"), "maxItems": MAX_SIMILAR},
            "close": {"type": "integer", "minimum": 0,
                      "description": "how many of hits are especially close (each with close true): like a "
                                     "text, scoring at least half the score of the first case of the whole index (a filter keeps cases, it "
                                     f"does not lower the bar) and holding key terms weighing {CLOSE_TOPIC_SHARE:.0%} of the text's first "
                                     f"{CLOSE_TOPICS}, the top of the list (none below a case that is not); like a case "
                                     f"(id), at least {CASE_CLOSE_SHARE:.0%} of the case's score against itself"},
            "total": {"type": "integer", "minimum": 0,
                      "description": "how many cases are similar enough (above the cut-off, within the filters): "
                                    "hits are the first limit of them"},
            "close_beyond": {"type": "integer", "minimum": 0,
                             "description": "how many especially close cases there are past the limit: a larger "
                                            "limit lists them"},
            "in_table": {"type": "integer", "minimum": 0,
                         "description": "like a case, when the cases similar enough run into other tables: how many "
                                        "of the case's own table are similar enough by that table's own cut-off "
                                        "(what section=<its table> lists); 0 when they do not, or a table is chosen"},
            "offers_in_table": {"type": "boolean",
                                "description": "the page links to those (<table>の中で似ている事例): some are that "
                                               "these hits do not show, and fewer than half of the hits are of "
                                               "the case's table"},
            "asks_reuse": {"type": "boolean",
                           "description": "the text asks whether cases like it can be reused (流用できる…): "
                                          "the hits' 共同利用の可否 answer it"},
            "shareable": {"type": "array", "items": _ref("Hit"), "maxItems": REUSE_SHOWN,
                          "description": "when asks_reuse (and shared use is not chosen): the first hits that "
                                         "can be shared"},
        }, "the most similar cases, best first, and the key terms that found them"),
        "CaseDetail": _obj({
            "case": _obj({**record, "technology": technology, "citation": citation}),
            "similar": _ref("SimilarResult"),
            "repeats": {"type": "object", "additionalProperties": {"type": "integer"},
                        "description": "similar cases that are this entry written again in the survey "
                                       "(same table, name, description and prefecture): id → its row number"},
            "similar_nearby": _obj({"region": {"type": "integer", "minimum": 0},
                                    "prefecture": {"type": "integer", "minimum": 0}},
                                   f"of the {MORE_SIMILAR} most similar cases (above the similar list's cut-off), "
                                   "how many are of the case's region and of its prefecture (0: none of them)"),
            "same_prefecture": {"type": "array", "items": _ref("Hit"), "maxItems": 10},
            "same_prefecture_total": {"type": "integer", "minimum": 0},
            "organisations": {"type": "array", "maxItems": CASE_PAGE_ORGANISATIONS,
                              "items": _obj({"id": {"type": "string"}, "name": {"type": "string"}}, "a DX organisation"),
                              "description": "the survey records no section or contact per case: the first of its "
                                             "prefecture's DX organisations (section organization), where to ask"},
            "organisations_total": {"type": "integer", "minimum": 0,
                                    "description": "its prefecture's DX organisations (other than the case)"},
            "organisations_region": {**_obj({"region": {"type": "string"},
                                             "count": {"type": "integer", "minimum": 1}},
                                            "when its prefecture has no DX organisation in the survey (岡山県): "
                                            "those of its region, where to ask instead"), "nullable": True},
        }, "a case, its similar cases and (up to 10) other cases of its prefecture"),
        "PrefectureSummary": _obj({
            "prefecture": {"type": "string", "enum": list(BY_NAME)},
            "code": {"type": "integer", "minimum": 1, "maximum": 47, "description": "JIS code"},
            "region": {"type": "string", "enum": list(REGIONS)},
            "total": {"type": "integer", "minimum": 0, "description": "the prefecture's cases"},
            "national_total": {"type": "integer", "minimum": 0, "description": "all cases"},
            "partial": _PARTIAL,
            "facets": _obj({f: {"type": "array", "items": _ref("ComparedValue")} for f in PREFECTURE_FACETS},
                           "facet → every value some case has, in the facet's order (group: the 区分 of the "
                           "digital-talent roles and DX organisations alone; employment: the roles' 常勤・非常勤)"),
            "technology_untold": _obj({
                "count": {"type": "integer", "minimum": 0, "description": "the prefecture's"},
                "national": {"type": "integer", "minimum": 0, "description": "all prefectures'"},
            }, "AI・RPA cases that name no technology, counted under none in facets.technology (広島県: 9 of its 10)"),
            "bases": {"type": "object", "additionalProperties": _obj({
                "count": {"type": "integer", "minimum": 0}, "national": {"type": "integer", "minimum": 0}}),
                "description": "what the shares of group and employment are of: the roles and DX organisations "
                               "(group), the roles (employment), the prefecture's and the nation's"},
            "group_other": _obj({
                "count": {"type": "integer", "minimum": 0}, "national": {"type": "integer", "minimum": 0},
            }, "roles and DX organisations of no 区分 of their tables alone (その他), not in facets.group"),
            "versus": {"type": "array", "maxItems": MAX_VERSUS, "items": _ref("PrefectureSummary"),
                       "description": "the same for each prefecture `vs` names, in its order (theirs empty)"},
        }, "a prefecture's cases broken down, beside the whole country"),
        "ComparedValue": _obj({
            "value": {"type": "string"},
            "count": {"type": "integer", "minimum": 0, "description": "the prefecture's cases with this value"},
            "share": {"type": "number", "minimum": 0, "maximum": 1,
                      "description": "count / the prefecture's total (group, employment: / its bases)"},
            "national": {"type": "integer", "minimum": 1, "description": "all cases with this value"},
            "national_share": {"type": "number", "minimum": 0, "maximum": 1, "description": "national / all cases"},
        }),
        "Shortlist": _obj({
            "cases": {"type": "array", "items": _ref("CaseRecord"), "maxItems": SHORTLIST_MAX_IDS},
            "missing": {"type": "array", "items": {"type": "string"}, "description": "ids no case has"},
            "cut": {"type": "boolean", "description": f"whether ids past the first {SHORTLIST_MAX_IDS} were left out"},
            "max_ids": {"type": "integer", "minimum": 1},
        }, "a 検討リスト: the cases named by ids"),
        "Stats": _obj(_stats_properties(), "the whole index: total, build, and each facet's non-zero counts"),
        "Health": _obj({
            "status": {"type": "string", "enum": ["ok", "loading", "stale"],
                       "description": "loading: a rebuilt index is being opened (the figures are still the one "
                                      "before's; ask again until ok); stale: a rebuilt index was refused or could "
                                      "not be opened (reload_error says why); searches are answered from the one "
                                      "before"},
            "total": {"type": "integer", "minimum": 0, "description": "cases in the index answering"},
            "built": {"type": "string", "nullable": True, "description": "when it was built"},
            "generation": {"type": "string", "description": "its generation's directory name"},
            "reload_error": {"type": "string", "nullable": True},
        }, "the index answering searches"),
        "Overview": _obj({
            **_stats_properties(),
            "prefecture_technology": _obj({
                "technologies": {"type": "array", "items": {"type": "string"}},
                "rows": {"type": "array", "minItems": 47, "maxItems": 47, "items": _obj({
                    "prefecture": {"type": "string", "enum": list(BY_NAME)},
                    "total": {"type": "integer", "minimum": 0, "description": "all its cases"},
                    "counts": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0},
                               "description": "technology → its cases of it"},
                    "untold": {"type": "integer", "minimum": 0,
                               "description": "its AI・RPA cases that name no technology"},
                })},
                "prefectures": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0},
                                "description": "technology → how many prefectures have a case of it"},
            }, "cases by prefecture × technology, the 47 prefectures in JIS order"),
            "regions": _obj({
                "statuses": {"type": "array", "items": {"type": "string"}},
                "technologies": {"type": "array", "items": {"type": "string"}},
                "rows": {"type": "array", "items": _obj({
                    "region": {"type": "string", "enum": list(REGIONS)},
                    "total": {"type": "integer", "minimum": 0},
                    "status": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
                    "technology": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
                })},
            }, "cases by region × status and × technology; the eight regions' totals add up to total"),
            "shared_use_by_section": _obj({
                "sections": {"type": "array", "items": {"type": "string"}, "description": "the tables answering it"},
                "rows": {"type": "array", "items": _obj({
                    "value": {"type": "string"},
                    "total": {"type": "integer", "minimum": 1},
                    "counts": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0},
                               "description": "table → its cases of this answer"},
                })},
            }, "cases by 共同利用 answer × table"),
            "people": _obj({
                "groups": {"type": "array", "items": {"type": "string"},
                           "description": "the 区分 of the roles' and DX organisations' tables alone (not その他)"},
                "employment": {"type": "array", "items": {"type": "string"}, "description": "常勤, 非常勤"},
                "rows": {"type": "array", "minItems": 8, "maxItems": 8, "items": _obj({
                    "region": {"type": "string", "enum": list(REGIONS)},
                    "digital_talent": {"type": "integer", "minimum": 0, "description": "its digital-talent roles"},
                    "organization": {"type": "integer", "minimum": 0, "description": "its DX organisations"},
                    "group": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0},
                              "description": "区分 → its roles and organisations of it"},
                    "employment": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0},
                                   "description": "常勤 or 非常勤 → its roles"},
                })},
                "total": _obj({
                    "digital_talent": {"type": "integer", "minimum": 0},
                    "organization": {"type": "integer", "minimum": 0},
                    "group": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
                    "employment": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
                }, "the same for the nation"),
                "group_other": {"type": "integer", "minimum": 0,
                                "description": "roles and organisations of no 区分 of their tables alone (その他)"},
            }, "the digital-talent roles and DX organisations by region: the eight regions add up to total"),
        }, "the stats and the tables of /overview"),
        "Error": {**_obj({
            "error": {"type": "string", "description": "what was wrong, in Japanese, for people to read"},
            "code": {"type": "string", "enum": list(ERROR_CODES),
                     "description": "what was wrong, for programs (stable): " + "; ".join(
                         f"{c}: {ERROR_CODE_DESCRIPTIONS[c]}" for c in ERROR_CODES)},
            "status": {"type": "integer", "description": "the HTTP status again"},
            "field": {"type": "string", "description": "the parameter at fault, when there is one (page, prefecture, q, …)"},
        }), "required": ["error", "code", "status"]},
    }


ERROR_CODE_DESCRIPTIONS = {
    "invalid_parameter": "a parameter unknown, malformed or out of range (400)",
    "unknown_facet_value": "a facet value no case has (400)",
    "query_too_long": f"q longer than {MAX_QUERY_CHARS} characters (a suggestion's prefix {MAX_SUGGEST_CHARS}), "
                      f"or text longer than {MAX_SIMILAR_TEXT_CHARS} (400)",
    "page_out_of_range": "a page past the last page of the results (404)",
    "not_found": "no such case, prefecture or URL (404)",
    "method_not_allowed": "a method other than GET (405)",
    "bad_request": "a request the server cannot read (400)",
    "unknown_host": "a Host header naming none of the server's names: `dxsearch serve --allow-host` (400)",
    "timeout": "the request ran out of time before it found anything (503, Retry-After)",
    "busy": "the server is busy with other expensive requests (503, Retry-After)",
    "server_error": "an error of the server (500)",
}


def _search_result_details(schemas: dict[str, Schema]) -> dict[str, Schema]:
    """SearchResult's account of how the query was read: its mode, its words with their counts,
    the partial matches when no case contains every word, and もしかして."""
    schemas["SearchResult"] = _with_required(schemas["SearchResult"], {
        "mode": {"type": "string", "enum": ["keywords", "description"],
                 "description": "keywords: `total` cases contain every word (the match set: hits, facets, "
                                "CSV); description: the query is a pasted task description, `total` cases "
                                "above the similarity cut-off, most similar first"},
        "words": {"type": "array", "items": _ref("QueryWord"),
                  "description": "the query's words as read, each with the cases containing it (empty in "
                                 "description mode; place, status and table words are in applied_filters)"},
        "partial_matches": _ref("PartialMatches"),
        "read_as": _ref("ReadingMatch"),
        "related": _ref("RelatedCases"),
        "elsewhere": _ref("Elsewhere"),
        "did_you_mean": {"type": "array", "items": {"type": "string"},
                         "description": "もしかして: queries that find cases, when some word is in no case; "
                                        "with matches, the query as the cases write it when kana were "
                                        "found by their reading (ぎじろく: 議事録); a place, status or exclusion read "
                                        "from q stays in each as its words (三重県のぎじろぐ: 三重県 議事録)"},
        "filler_words": {"type": "array", "items": {"type": "string"},
                         "description": "words of q that say what kind of thing is looked for (事例, 分野; "
                                        "data/filler_words.txt): left out of the search while other words remain"},
        "absent_words": {"type": "array", "items": {"type": "string"},
                         "description": "mode description: the things the text names that no case holds, nor any "
                                        "word of them (保育所); the hits are like it by its other words"},
        "technology_untold": {"type": "integer", "minimum": 0,
                              "description": "a search for RPA: the cases of the AI・RPA table that name no "
                                             "technology but meet its other words and filters (not in total)"},
        "technology_tagged": {**_obj({
            "tag": {"type": "string", "description": "the technology facet's value the word names"},
            "count": {"type": "integer", "minimum": 0, "description": "cases the facet tags so"},
            "held": {"type": "integer", "minimum": 0, "description": "of those, how many the word finds (all, "
                                                                       "but for a quoted word)"},
            "phrase": {"type": "boolean", "description": "the word was quoted"},
            "rest": {"type": "string", "description": "the search's other words (its exclusions)"},
        }, "a technology's name searched alone, when the cases holding the word (total) are not the "
           "facet's count of its tag (AI-OCR: 81 hold the word, 78 are tagged, from their names and "
           "descriptions)"), "nullable": True},
        "prefecture_count": {"type": "integer", "minimum": 0, "maximum": 47,
                             "description": "how many prefectures the total matching cases come from"},
        "lone_operators": {"type": "array", "items": {"type": "string", "enum": ["OR", "NOT", "AND", "-"]},
                           "description": "operators of q with no word to act on: alone (OR, searched as the "
                                          "word typed) or with no word after them (RPA OR, a - set apart "
                                          "from its word), where they do nothing; OR goes between two "
                                          "words, NOT or - before the word to leave out (-三重県)"},
        "unrecorded_words": {"type": "array", "items": {"type": "string"},
                             "description": "words of q for what the survey does not record of a case (連絡先, "
                                            "担当課): left out while other words remain; the DX organisations "
                                            "(section organization) are where to ask"},
        "ignored_words": {"type": "integer", "minimum": 0,
                          "description": f"distinct words past the first {MAX_QUERY_WORDS} of q: not searched"},
        "key_terms": {"type": "array", "items": {"type": "string"},
                      "description": "description mode: the key terms the pasted text was ranked by (with "
                                     "their synonyms and what meets the needs it names); empty otherwise"},
        "added_terms": {"type": "array", "items": {"type": "string"},
                        "description": "those of key_terms the text does not say itself: synonyms of its words "
                                       "and what meets the needs it names"},
        "preferred": _ref("PreferredFirst"),
        "first_group_end": {"type": "integer", "nullable": True, "minimum": 1,
                            "description": "after how many hits of this page the cases of preferred end, when "
                                           "other matches follow on the page (the page's divider, the CLI's "
                                           "line); null otherwise"},
        "denied": {"type": "string", "description": "words of q asking for cases not of a status (導入していない): "
                                                    "no condition a search of the survey (what was done) can take; "
                                                    "the matches are the other words'; empty otherwise"},
        "own_status": {"type": "array", "items": {"type": "string"},
                       "description": "status words of q said of the writer's own work (RPAを実証中で、他県の状況を知りたい, "
                                      "導入予定です): no filter and no word; the matches are of any status"},
        "asks_where": {"type": "boolean",
                       "description": "q asks which prefectures do it (RPAを導入している県, …自動化している県を探している): "
                                      "the page answers with the prefectures holding the most matches"},
        "close": {"type": "integer", "minimum": 0, "nullable": True,
                  "description": "mode description: how many of total score at least half the score of the first "
                                 "case of the whole index, filters or not, and hold key terms weighing "
                                 f"{CLOSE_TOPIC_SHARE:.0%} of the text's first {CLOSE_TOPICS}, the top of the list as shown "
                                 "(none below a case that is not; the cut-off of total is 0.3 of "
                                 "the 5th best's): "
                                 "the especially close, each hit "
                                 "with close true; null for keywords"},
        "asks_reuse": {"type": "boolean",
                       "description": "q asks whether the cases can be reused (流用できるものがあれば知りたい, 横展開できる): "
                                      "the page answers with the matches' 共同利用の可否 (the shared_use facet)"},
        "shareable": {"type": "array", "items": _ref("Hit"),
                      "description": "when asks_reuse: the first matches that can be shared (共同利用中, 共同利用可能, "
                                     "さらなる共同利用可能), at most 3, in result order; empty otherwise"},
        "relaxations": {"type": "array", "items": _ref("Relaxation"),
                        "description": "when nothing is found, or fewer than 10 cases by keywords: each filter, "
                                       "given or understood from q, with what the search finds without it, and "
                                       "places named together also all at once (only those that find more, most "
                                       "first); whatever the count, the words for cases that can be shared "
                                       "(共同利用できる) with 共同利用中 instead (`instead`), which also takes in the "
                                       "shared systems in use, when that finds more; empty otherwise"},
        "any_words_query": {"type": "string", "nullable": True,
                            "description": "a keyword search of two words or more typed apart: q for any one of "
                                           "them, the place and status words and the exclusions kept (香川県 "
                                           "ドローン 議事録 → 香川県 ドローン OR 議事録; 給与 手当 → 給与 OR 手当); "
                                           "null otherwise, and when no case contains every word only because "
                                           "of the filters"},
        "place_sizes": {"type": "array", "items": _ref("PlaceSize"),
                        "description": "when nothing is found: each prefecture or region chosen (not left out), "
                                       "with how many cases the index holds of it in all and by table (島根県: 2, "
                                       "no shared system); when relaxations are counted for few matches, those "
                                       f"places of fewer than {SPARSE_PLACE} cases; empty otherwise"},
    })
    schemas["PlaceSize"] = _obj({
        "facet": {"type": "string", "enum": ["prefecture", "region"]},
        "value": {"type": "string"},
        "total": {"type": "integer", "minimum": 0, "description": "the cases of the place in the index"},
        "by_section": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0},
                       "description": "table → cases of the place, every table (0 included), in the tables' order"},
    })
    schemas["Relaxation"] = {**_obj({
        **schemas["AppliedFilter"]["properties"],
        "query": {"type": "string", "description": "q without the filter's words (the same q for a parameter)"},
        "filters": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}},
                    "description": "the filter parameters of the search to run instead"},
        "count": {"type": "integer", "minimum": 1, "description": "the cases that search finds"},
        "also": {"type": "array", "items": _ref("AppliedFilter"),
                 "description": "the other filters taken away with it (the other places named together)"},
        "instead": {**schemas["AppliedFilter"], "nullable": True,
                    "description": "the filter put in its place, when another table words its value otherwise "
                                   "(共同利用可能 → さらなる共同利用可能 for the shared systems); null when it is only "
                                   "taken away"},
    }, "an empty or few-match search with one filter taken away (or all its places), or one shared-use "
       "value put in place of another"),
        "required": ["facet", "value", "text", "origin", "query", "filters", "count", "also", "instead"]}
    return schemas


def _with_required(schema: Schema, more: dict[str, Schema]) -> Schema:
    """`schema` with more properties, each always sent."""
    return {**schema, "properties": {**schema["properties"], **more}, "required": [*schema["required"], *more]}


def _json(description: str, schema: str) -> Schema:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


def _errors(*codes: str) -> dict[str, Schema]:
    what = {"400": "a bad parameter: code invalid_parameter, unknown_facet_value or query_too_long, "
                   "field the parameter",
            "404": "no such case (code not_found) or a page past the last (code page_out_of_range)",
            "503": f"the request ran out of time ({WEB_TIMEOUT:g} s) before it found anything (code "
                   f"\"timeout\") or the server is busy (code \"busy\"); header Retry-After (seconds)"}
    out = {code: _json(what[code], "Error") for code in codes}
    out["default"] = _json("any other error (405 for a method other than GET, 500)", "Error")
    return out


# what each operation does, in the words of the /api page (its users read Japanese)
DESCRIPTIONS_JA = {
    "search": "事例の検索 (コマンドの dxsearch search --json と同じJSON)",
    "getCase": "1件の事例と、似ている事例・同じ都道府県の事例",
    "similar": "事例 (id) または文章 (text) に似ている事例。都道府県・地方などの絞り込み (region=四国 など) もできます",
    "getPrefecture": "1つの都道府県の事例を調査票・技術・導入状況別に、全国の件数とならべて",
    "suggest": "検索欄の入力候補",
    "facets": "絞り込みの項目ごとの値と、全事例での件数",
    "stats": "索引全体の件数",
    "health": "監視用: 検索に使っている索引(件数・作成日時)と、作り直した索引を読み込めなかったときはその理由",
    "overview": "「全体の概要」ページの表: 都道府県×技術、地方×導入状況・技術、共同利用×調査票の件数",
    "shortlist": "検討リストの事例 (ids=ai_rpa-001,ai_rpa-014 の順。見つからない ID は missing)",
    "openapi": "この仕様書 (OpenAPI 3)",
    "exportCsv": "検索結果すべてのCSV (Excel向けのBOM付きUTF-8)",
    "similarCsv": "似ている事例のCSV (似ている順、検索結果のCSVと同じ列)",
    "shortlistCsv": "検討リストの事例のCSV (指定した順、検索結果のCSVと同じ列)",
}


def openapi_spec() -> dict:
    """The OpenAPI 3.0 document of the JSON API (and the CSV export); each operation's
    `description` is its `DESCRIPTIONS_JA` line."""
    spec = _spec()
    for item in spec["paths"].values():
        operation = item["get"]
        operation["description"] = DESCRIPTIONS_JA[operation["operationId"]]
    return spec


def _spec() -> dict:
    return {
        "openapi": "3.0.3",
        "info": {"title": "dxsearch API", "version": "1",
                 "description": "Search the prefectural DX case survey (都道府県におけるデジタル・ガバメントの先進事例調査)."},
        "paths": {
            "/api/search": {"get": {
                "operationId": "search", "summary": "search cases (same JSON as `dxsearch search --json`)",
                "parameters": _SEARCH_PARAMS,
                "responses": {"200": _json("one page of hits, facet counts and applied filters", "SearchResult"),
                              **_errors("400", "404", "503")}}},
            "/api/cases/{id}": {"get": {
                "operationId": "getCase", "summary": "one case, its similar cases and others of its prefecture",
                "parameters": [{"name": "id", "in": "path", "required": True,
                                "schema": {"type": "string", "maxLength": 120}}],
                "responses": {"200": _json("the case", "CaseDetail"),
                              "301": {"description": "an id saved from dxsearch 0.1 (survey-r2.ai_rpa-001): "
                                                     "Location is the case under its id today",
                                      "headers": {"Location": {"schema": {"type": "string"}}}},
                              **_errors("404")}}},
            "/api/similar": {"get": {
                "operationId": "similar", "summary": "cases similar to a case (id) or to a text",
                "parameters": [
                    {"name": "id", "in": "query", "schema": {"type": "string"}},
                    {"name": "text", "in": "query", "schema": {"type": "string", "maxLength": MAX_SIMILAR_TEXT_CHARS}},
                    {"name": "limit", "in": "query",
                     "schema": {"type": "integer", "minimum": 1, "maximum": MAX_SIMILAR}},
                    {"name": "literal", "in": "query", "schema": {"type": "integer", "enum": [0, 1]},
                     "description": "1: the text's words naming a place, status … are compared as words, "
                                    "not read as filters"},
                    *[dict(p, description=f"only similar cases with this {p['name']} (as for /api/search)")
                      for p in _FACET_PARAMS]],
                "responses": {"200": _json("key terms and similar cases", "SimilarResult"),
                              **_errors("400", "404", "503")}}},
            "/api/prefectures/{name}": {"get": {
                "operationId": "getPrefecture",
                "summary": "the cases of one prefecture by table, technology and status, beside the national counts",
                "parameters": [{"name": "name", "in": "path", "required": True,
                                "schema": {"type": "string", "enum": list(BY_NAME)},
                                "description": "the prefecture's full name (三重県); a short one (三重) redirects"},
                               {"name": "vs", "in": "query", "schema": {"type": "string"},
                                "description": f"another prefecture to break down beside it (repeatable, at most "
                                               f"{MAX_VERSUS}; 香川 or 香川県): `versus`"}],
                "responses": {"200": _json("the prefecture's counts and the national ones", "PrefectureSummary"),
                              "301": {"description": "a short name (三重): Location is the full one (三重県)",
                                      "headers": {"Location": {"schema": {"type": "string"}}}},
                              **_errors("400", "404", "503")}}},
            "/api/suggest": {"get": {
                "operationId": "suggest", "summary": "as-you-type suggestions for the search box",
                "parameters": [
                    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": MAX_SUGGEST_CHARS},
                     "description": "what has been typed of a word (its reading in kana will do: ぎじ)"},
                    {"name": "limit", "in": "query",
                     "schema": {"type": "integer", "minimum": 1, "maximum": MAX_SUGGESTIONS, "default": 8}}],
                "responses": {"200": _json("words of the cases with their counts, commonest first", "Suggestions"),
                              **_errors("400")}}},
            "/api/facets": {"get": {
                "operationId": "facets",
                "summary": "every value of each facet with its count over all cases, or over a search's matches "
                           "(given its parameters, as /api/search counts them)",
                "parameters": [{"name": "facet", "in": "query", "style": "form", "explode": True,
                                "schema": {"type": "array", "items": {"type": "string", "enum": list(FACETS)}}},
                               *[p for p in _SEARCH_PARAMS if p["name"] not in ("page", "per_page", "sort")]],
                "responses": {"200": _json("facet → values (only the facets asked for)", "Facets"),
                              **_errors("400")}}},
            "/api/shortlist": {"get": {
                "operationId": "shortlist", "summary": "the cases of a 検討リスト (shortlist), as /shortlist compares them",
                "parameters": [{"name": "ids", "in": "query", "style": "form", "explode": True,
                                "schema": {"type": "array", "items": {"type": "string"}},
                                "description": f"case ids, comma-separated or repeated; the first {SHORTLIST_MAX_IDS} "
                                               "are read, repeats skipped (a malformed one is in missing)"}],
                "responses": {"200": _json("the cases found, in the order given, and the ids no case has",
                                           "Shortlist"), **_errors()}}},
            "/shortlist.csv": {"get": {
                "operationId": "shortlistCsv", "summary": "the cases of a 検討リスト as CSV, in the order given "
                                                          "(the columns of /export.csv)",
                "parameters": [{"name": "ids", "in": "query", "style": "form", "explode": True,
                                "schema": {"type": "array", "items": {"type": "string"}},
                                "description": "as /api/shortlist takes them"}],
                "responses": {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}},
                              **_errors()}}},
            "/api/stats": {"get": {
                "operationId": "stats", "summary": "counts of the whole index",
                "responses": {"200": _json("stats", "Stats"), **_errors()}}},
            "/api/health": {"get": {
                "operationId": "health", "summary": "for a monitor: the index answering searches, and whether a "
                                                    "rebuilt one was refused",
                "responses": {"200": _json("the index answering searches", "Health"), **_errors()}}},
            "/api/overview": {"get": {
                "operationId": "overview", "summary": "/overview as data: the stats and its tables of counts",
                "responses": {"200": _json("the stats and the tables of /overview", "Overview"), **_errors()}}},
            "/api/openapi.json": {"get": {
                "operationId": "openapi", "summary": "this document",
                "responses": {"200": {"description": "OpenAPI 3.0",
                                      "content": {"application/json": {"schema": {"type": "object"}}}},
                              **_errors()}}},
            "/similar.csv": {"get": {
                "operationId": "similarCsv", "summary": "the similar cases of /api/similar as CSV, most similar first "
                                                        "(the columns of /export.csv)",
                "parameters": [{"name": "id", "in": "query", "schema": {"type": "string"}},
                               {"name": "text", "in": "query",
                                "schema": {"type": "string", "maxLength": MAX_SIMILAR_TEXT_CHARS}},
                               {"name": "limit", "in": "query", "description": "every case similar enough "
                                "(`total` of /api/similar) when not given",
                                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_SIMILAR}},
                               {"name": "literal", "in": "query", "schema": {"type": "integer", "enum": [0, 1]}},
                               *_FACET_PARAMS],
                "responses": {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}},
                              **_errors("400", "404", "503")}}},
            "/export.csv": {"get": {
                "operationId": "exportCsv", "summary": "every hit of a search as CSV (UTF-8 with BOM, for Excel)",
                "parameters": [p for p in _SEARCH_PARAMS if p["name"] not in ("page", "per_page")],
                "responses": {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}},
                              **_errors("400", "503")}}},
        },
        "components": {"schemas": _search_result_details(_schemas())},
    }

