"""Every request does a bounded amount of work, whatever its text or parameters: the
reproductions of the review, as counts of the work done (never as timings)."""

from __future__ import annotations

import pytest

from dxsearch import QueryError
from dxsearch.search.limits import (MAX_ALTERNATIVE_SEARCHES, MAX_FILTER_VALUES, MAX_KEEP_WORDS,
                                    MAX_QUERY_CHARS)
from dxsearch.web.app import create_app

# No case matches, and every "hp" has synonyms: once, each of them was searched in turn.
NO_HITS_MANY_SYNONYMS = "zq " * 64 + "hp " * 598


@pytest.fixture()
def counted(index, monkeypatch):
    """The index, counting the searches made through it."""
    calls = []
    search = index.search

    def counting(*args, **kwargs):
        calls.append(args[0] if args else kwargs.get("query"))
        return search(*args, **kwargs)

    monkeypatch.setattr(index, "search", counting)
    return index, calls


def test_the_search_page_with_that_text_does_bounded_work(counted):
    index, calls = counted
    page = create_app(index=index).test_client().get("/", query_string={"q": NO_HITS_MANY_SYNONYMS})
    assert page.status_code == 200
    assert len(calls) <= 1 + MAX_ALTERNATIVE_SEARCHES


@pytest.mark.parametrize("length, status", [(MAX_QUERY_CHARS, 200), (MAX_QUERY_CHARS + 1, 400)])
def test_the_page_and_the_api_apply_one_length_limit(index, length, status):
    client = create_app(index=index).test_client()
    q = ("ＲＰＡ　" * length)[:length]  # full-width text: its length is what the user typed
    for path in ("/", "/api/search"):
        assert client.get(path, query_string={"q": q}).status_code == status, path


def test_too_many_keep_words_or_filter_values_are_refused(index):
    with pytest.raises(QueryError, match="keep words"):
        index.search("RPA", keep=["三重"] * (MAX_KEEP_WORDS + 1))
    with pytest.raises(QueryError, match="filter values"):
        index.search("RPA", {"prefecture": ["三重県"] * (MAX_FILTER_VALUES + 1)})
    client = create_app(index=index).test_client()
    r = client.get("/", query_string=[("q", "RPA")] + [("keep", "三重")] * 20_000)
    assert r.status_code == 400 and len(r.data) < 20_000


def test_a_word_repeated_is_one_filter(index):
    result = index.search("三重" * 666)
    assert [(f.facet, f.value) for f in result.applied_filters] == [("prefecture", "三重県")]
    same = index.search("", {"prefecture": ["三重県"] * 40})
    assert len(same.applied_filters) == 1 and same.total == result.total


def test_a_facet_asked_for_many_times_is_counted_once(index):
    client = create_app(index=index).test_client()
    r = client.get("/api/facets", query_string=[("facet", "prefecture")] * 15_000)
    assert r.status_code == 200 and list(r.get_json()) == ["prefecture"]
