"""The OpenAPI document against the app: every /api route is described, has an operationId, and
every JSON response these tests receive — successes and errors — validates against the schema
the document gives for that path and status."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from openapi_schema_validator import OAS30Validator

from dxsearch.web.app import create_app
from dxsearch.web.openapi import openapi_spec
from dxsearch.web.params import ERROR_CODES

SPEC = openapi_spec()

# path template → requests made against it (successes and errors); every /api route must be here
CALLS: dict[str, list[tuple[str, str, int]]] = {
    "/api/shortlist": [
        ("GET", "/api/shortlist", 200), ("GET", "/api/shortlist?ids=ai_rpa-014,ai_rpa-001,no-such-case", 200),
        ("GET", "/api/shortlist?ids=ai_rpa-014&ids=ai_rpa-014", 200),
    ],
    "/api/search": [
        ("GET", "/api/search", 200), ("GET", "/api/search?q=RPA", 200),
        ("GET", "/api/search?q=" + quote("三重県 RPA 実証中"), 200),
        ("GET", "/api/search?q=" + quote("議事録") + "&prefecture=" + quote("香川県") + "&per_page=100", 200),
        ("GET", "/api/search?q=RPA&sort=prefecture&page=3&keep=RPA", 200),
        ("GET", "/api/search?q=" + quote("🙂"), 200),
        ("GET", "/api/search?q=" + quote("通勤手当 ブロックチェーン"), 200),  # partial_matches, hit.missing
        ("GET", "/api/search?q=" + quote("ぎじろく"), 200),  # did_you_mean, suggestions
        ("GET", "/api/search?q=" + quote("超勤"), 200),  # related, hit.missing
        ("GET", "/api/search?q=" + quote("RPA -通勤手当 \"電子申請\" システム"), 200),  # excluded, phrase, not required
        ("GET", "/api/search?q=" + quote("会議の録音から議事録を自動で作りたい"), 200),  # mode description
        ("GET", "/api/search?section=shared_system&region=" + quote("九州") + "&shared_use=" + quote("共同利用可能"),
         200),  # relaxations[0].instead
        ("GET", "/api/search?colour=red", 400), ("GET", "/api/search?page=0", 400),
        ("GET", "/api/search?per_page=101", 400), ("GET", "/api/search?prefecture=" + quote("大江戸県"), 400),
        ("GET", "/api/search?sort=random", 400), ("POST", "/api/search", 405),
        ("GET", "/api/search?q=RPA&page=999", 404), ("GET", "/api/search?q=" + "あ" * 2001, 400),
    ],
    "/api/cases/{id}": [
        ("GET", "/api/cases/ai_rpa-001", 200), ("GET", "/api/cases/organization-072", 200),
        ("GET", "/api/cases/shared_system-001", 200), ("GET", "/api/cases/digital_talent-001", 200),
        ("GET", "/api/cases/nope", 404), ("GET", "/api/cases/" + "a" * 500, 404),
    ],
    "/api/similar": [
        ("GET", "/api/similar?id=ai_rpa-001", 200), ("GET", "/api/similar?text=" + quote("議事録を自動で作りたい"), 200),
        ("GET", "/api/similar?text=" + quote("🙂"), 200), ("GET", "/api/similar?id=ai_rpa-001&limit=100", 200),
        ("GET", "/api/similar", 400), ("GET", "/api/similar?id=ai_rpa-001&text=x", 400),
        ("GET", "/api/similar?limit=0&id=ai_rpa-001", 400), ("GET", "/api/similar?id=nope", 404),
    ],
    "/api/facets": [
        ("GET", "/api/facets", 200), ("GET", "/api/facets?facet=prefecture&facet=technology", 200),
        ("GET", "/api/facets?facet=colour", 400), ("GET", "/api/facets?x=1", 400),
        ("GET", "/api/facets?q=RPA&facet=prefecture", 200), ("GET", "/api/facets?q=RPA&region=" + quote("四国"), 200),
        ("GET", "/api/facets?prefecture=" + quote("大江戸県"), 400),
    ],
    "/api/stats": [("GET", "/api/stats", 200), ("DELETE", "/api/stats", 405)],
    "/api/overview": [("GET", "/api/overview", 200), ("POST", "/api/overview", 405)],
    "/api/health": [("GET", "/api/health", 200), ("POST", "/api/health", 405)],
    "/api/prefectures/{name}": [
        ("GET", "/api/prefectures/" + quote("三重県"), 200), ("GET", "/api/prefectures/" + quote("北海道"), 200),
        ("GET", "/api/prefectures/" + quote("大江戸県"), 404), ("GET", "/api/prefectures/x", 404),
    ],
    "/api/openapi.json": [("GET", "/api/openapi.json", 200)],
    "/api/suggest": [
        ("GET", "/api/suggest?q=" + quote("ぎじ"), 200), ("GET", "/api/suggest?q=RP&limit=20", 200),
        ("GET", "/api/suggest", 200), ("GET", "/api/suggest?q=" + quote("🙂"), 200),
        ("GET", "/api/suggest?q=" + "a" * 51, 400), ("GET", "/api/suggest?q=x&limit=99", 400),
        ("GET", "/api/suggest?x=1", 400), ("POST", "/api/suggest?q=x", 405),
    ],
}


@pytest.fixture(scope="module")
def app(index):
    return create_app(index=index)


@pytest.fixture(scope="module")
def client(app):
    return app.test_client()


def _template(rule: str) -> str:
    """Flask's /api/cases/<case_id> as the document writes it: /api/cases/{id}."""
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: "{" + {"case_id": "id"}.get(m.group(1), m.group(1)) + "}", rule)


def test_every_api_route_is_described_and_called(app):
    routes = {_template(r.rule) for r in app.url_map.iter_rules() if r.rule.startswith("/api/")}
    described = {p for p in SPEC["paths"] if p.startswith("/api/")}
    assert routes == described == set(CALLS)


def test_every_operation_has_a_unique_operation_id_and_typed_responses():
    ids = [op["operationId"] for item in SPEC["paths"].values() for op in item.values()]
    assert len(ids) == len(set(ids)) == len(SPEC["paths"])
    schemas = SPEC["components"]["schemas"]
    assert {"SearchResult", "Hit", "CaseRecord", "FacetValue", "SimilarResult", "Stats", "Error",
            "CaseDetail", "Facets", "AppliedFilter"} <= set(schemas)
    for path, item in SPEC["paths"].items():
        for op in item.values():
            assert "default" in op["responses"], path
            for code, response in op["responses"].items():
                for content in response.get("content", {}).values():
                    assert content.get("schema"), (path, code)
    refs = re.findall(r"#/components/schemas/(\w+)", str(SPEC))
    assert refs and set(refs) <= set(schemas)


def _validator(path: str, status: int) -> OAS30Validator:
    responses = SPEC["paths"][path]["get"]["responses"]
    response = responses.get(str(status), responses["default"])
    schema = response["content"]["application/json"]["schema"]
    return OAS30Validator({**schema, "components": SPEC["components"]})


@pytest.mark.parametrize("path, method, url, status",
                         [(p, m, u, s) for p, calls in CALLS.items() for m, u, s in calls])
def test_responses_validate_against_the_document(client, path, method, url, status):
    response = client.open(url, method=method)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.mimetype == "application/json"
    data = response.get_json()
    errors = sorted(_validator(path, status).iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:10])
    if status >= 400:
        assert data["status"] == status and data["error"] and data["code"] in ERROR_CODES


def test_the_schemas_reject_what_the_api_does_not_send(client):
    """The schemas have teeth: a missing field, a wrong type or an extra field fails."""
    data = client.get("/api/search?q=RPA").get_json()
    validator = _validator("/api/search", 200)
    assert validator.is_valid(data)
    hit = data["hits"][0]
    for broken in ({**hit, "name": None}, {**hit, "score": "high"}, {**hit, "extra": 1},
                   {k: v for k, v in hit.items() if k != "prefecture"}, {**hit, "status": "完了"}):
        assert not validator.is_valid({**data, "hits": [broken]})
    assert not validator.is_valid({**data, "sort": "random"})


def test_case_record_schema_follows_the_dataclass():
    from dataclasses import fields

    from dxsearch import CaseRecord

    properties = SPEC["components"]["schemas"]["CaseRecord"]["properties"]
    assert list(properties) == [f.name for f in fields(CaseRecord)]
    assert properties["page"] == {"type": "integer", "nullable": True, "description": "PDF page, or null"}
    assert properties["name"] == {"type": "string"}


def test_the_csv_export_is_described_and_served(client):
    op = SPEC["paths"]["/export.csv"]["get"]
    assert op["operationId"] == "exportCsv" and "text/csv" in op["responses"]["200"]["content"]
    response = client.get("/export.csv?q=RPA")
    assert response.status_code == 200 and response.mimetype == "text/csv"


def test_the_query_account_is_described_and_required(client):
    """mode, words, partial_matches, did_you_mean and hit.missing are in the document, and a
    response without them (or with a wrong mode) is refused."""
    schemas = SPEC["components"]["schemas"]
    result = schemas["SearchResult"]
    for key in ("mode", "words", "partial_matches", "related", "did_you_mean"):
        assert key in result["properties"] and key in result["required"]
    assert result["properties"]["mode"]["enum"] == ["keywords", "description"]
    assert set(schemas["QueryWord"]["properties"]) == {"text", "forms", "count", "excluded", "phrase", "suggestions",
                                                        "required", "apart", "clause", "related", "for_whom",
                                                        "reading_of", "inside"}
    assert "missing" in schemas["Hit"]["properties"] and "missing" not in schemas["Hit"]["required"]
    data = client.get("/api/search?q=" + quote("通勤手当 ブロックチェーン")).get_json()
    assert data["partial_matches"]["hits"][0]["missing"] == ["ブロックチェーン"]
    validator = _validator("/api/search", 200)
    assert validator.is_valid(data)
    assert not validator.is_valid({**data, "mode": "fuzzy"})
    assert not validator.is_valid({k: v for k, v in data.items() if k != "words"})
    assert not validator.is_valid({**data, "words": [{**data["words"][0], "count": "many"}]})
