"""The OpenAPI description of the JSON API, served at /api/openapi.json."""

from __future__ import annotations

from ..search.limits import MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_CHARS, MAX_SIMILAR, MAX_SIMILAR_TEXT_CHARS, SORTS
from ..search.schema import FACETS

_FACET_PARAMS = [
    {"name": f, "in": "query", "required": False, "style": "form", "explode": True,
     "description": f"filter by {f}; repeat for several values (OR); facets combine with AND",
     "schema": {"type": "array", "items": {"type": "string"}}}
    for f in FACETS
]
_SEARCH_PARAMS = [
    {"name": "q", "in": "query", "schema": {"type": "string", "maxLength": MAX_QUERY_CHARS},
     "description": "words; prefecture, region, status and shared-use words become filters"},
    {"name": "sort", "in": "query", "schema": {"type": "string", "enum": list(SORTS)}},
    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE}},
    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PER_PAGE}},
    {"name": "keep", "in": "query", "style": "form", "explode": True,
     "schema": {"type": "array", "items": {"type": "string"}},
     "description": "words of q to search as text rather than turn into filters"},
    *_FACET_PARAMS,
]
_ERROR = {"description": "bad parameter", "content": {"application/json": {"schema": {
    "type": "object", "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}}}}}


def openapi_spec() -> dict:
    obj = {"type": "object"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "dxsearch API", "version": "1",
                 "description": "Search the prefectural DX case survey (都道府県におけるデジタル・ガバメントの先進事例調査)."},
        "paths": {
            "/api/search": {"get": {"summary": "search cases (same JSON as `dxsearch search --json`)",
                                    "parameters": _SEARCH_PARAMS,
                                    "responses": {"200": {"description": "total, hits, facets, applied_filters",
                                                          "content": {"application/json": {"schema": obj}}},
                                                  "400": _ERROR}}},
            "/api/cases/{id}": {"get": {"summary": "one case, its similar cases and others of its prefecture",
                                        "parameters": [{"name": "id", "in": "path", "required": True,
                                                        "schema": {"type": "string", "maxLength": 120}}],
                                        "responses": {"200": {"description": "the case",
                                                              "content": {"application/json": {"schema": obj}}},
                                                      "404": {"description": "no such case"}}}},
            "/api/similar": {"get": {"summary": "cases similar to a case (id) or to a text",
                                     "parameters": [
                                         {"name": "id", "in": "query", "schema": {"type": "string"}},
                                         {"name": "text", "in": "query", "schema": {"type": "string", "maxLength": MAX_SIMILAR_TEXT_CHARS}},
                                         {"name": "limit", "in": "query",
                                          "schema": {"type": "integer", "minimum": 1, "maximum": MAX_SIMILAR}}],
                                     "responses": {"200": {"description": "key_terms and hits",
                                                           "content": {"application/json": {"schema": obj}}},
                                                   "400": _ERROR, "404": {"description": "no such case"}}}},
            "/api/facets": {"get": {"summary": "every value of each facet with its count over all cases",
                                    "parameters": [{"name": "facet", "in": "query", "style": "form", "explode": True,
                                                    "schema": {"type": "array", "items": {"type": "string",
                                                                                          "enum": list(FACETS)}}}],
                                    "responses": {"200": {"description": "facet → values",
                                                          "content": {"application/json": {"schema": obj}}},
                                                  "400": _ERROR}}},
            "/api/stats": {"get": {"summary": "counts of the whole index",
                                   "responses": {"200": {"description": "stats",
                                                         "content": {"application/json": {"schema": obj}}}}}},
            "/export.csv": {"get": {"summary": "every hit of a search as CSV (UTF-8 with BOM, for Excel)",
                                    "parameters": [p for p in _SEARCH_PARAMS if p["name"] not in ("page", "per_page")],
                                    "responses": {"200": {"description": "CSV", "content": {"text/csv": {}}},
                                                  "400": _ERROR}}},
        },
    }
