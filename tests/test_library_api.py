"""The Python API analysts use, over the bundled survey's index: public names, errors, plain-text
highlights, whole-index iteration, the streamed export, DataFrames and readable results."""

from __future__ import annotations

import ast
import csv
import html
import inspect
import io
import math
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import dxsearch
from dxsearch import (AppliedFilter, CaseNotFound, CaseRecord, DxsearchError, FacetValue, Hit, QueryError,
                      SearchIndex, SearchResult, SimilarResult, hits_dataframe, iter_csv, write_csv)
from dxsearch.indexer.records import SECTIONS

ROOT = Path(__file__).resolve().parent.parent


# --- the public names --------------------------------------------------------------------------

def test_every_public_name_resolves_and_dir_lists_them():
    assert dir(dxsearch) == sorted(dxsearch.__all__)
    for name in dxsearch.__all__:
        assert getattr(dxsearch, name) is not None
    with pytest.raises(AttributeError):
        dxsearch.NoSuchThing  # noqa: B018


def test_type_checkers_see_the_same_names_as_the_lazy_exports():
    tree = ast.parse((ROOT / "dxsearch" / "__init__.py").read_text(encoding="utf-8"))
    typed = {alias.asname for node in ast.walk(tree) if isinstance(node, ast.If)
             for imp in node.body if isinstance(imp, ast.ImportFrom) for alias in imp.names}
    lazy = set(dxsearch.__all__) - {"__version__"}
    assert typed == lazy
    for name in lazy:  # and each class or function comes from the module the lazy table names
        value = getattr(dxsearch, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__module__ == f"dxsearch.{dxsearch._EXPORTS[name]}", name


@pytest.mark.parametrize("cls", [SearchIndex, SearchResult, Hit, FacetValue, SimilarResult, AppliedFilter,
                                 CaseRecord, DxsearchError, CaseNotFound, QueryError])
def test_public_classes_and_methods_have_docstrings(cls):
    assert (cls.__doc__ or "").strip() and not cls.__doc__.startswith(f"{cls.__name__}("), cls
    for name, member in vars(cls).items():
        if name.startswith("_"):
            continue
        function = member.fget if isinstance(member, property) else getattr(member, "__func__", member)
        if callable(function):
            assert (function.__doc__ or "").strip(), f"{cls.__name__}.{name}"


# --- one exception family ----------------------------------------------------------------------

def test_errors_are_one_family(index):
    with pytest.raises(CaseNotFound) as found:
        index.similar(case_id="nope")
    assert isinstance(found.value, DxsearchError) and isinstance(found.value, KeyError)
    assert found.value.case_id == "nope" and "nope" in str(found.value)
    with pytest.raises(DxsearchError, match="unknown facet"):
        index.search("RPA", {"colour": ["red"]})
    with pytest.raises(QueryError, match="per_page"):
        index.search("RPA", per_page=0)
    assert index.get("nope") is None  # a lookup: None, not an error


def test_a_number_of_the_wrong_type_is_said_to_be_so_not_out_of_range(index):
    """A script's per_page="10" was told per_page must be between 1 and 100 (a trial)."""
    for call, field in ((lambda: index.search("RPA", per_page="10"), "per_page"),  # type: ignore[arg-type]
                        (lambda: index.search("RPA", page=2.0), "page"),  # type: ignore[arg-type]
                        (lambda: index.search("RPA", per_page=True), "per_page"),
                        (lambda: index.similar("ai_rpa-001", limit="5"), "limit")):  # type: ignore[arg-type]
        with pytest.raises(QueryError, match=f"{field} must be a whole number") as raised:
            call()
        assert raised.value.field == field and "between" not in str(raised.value)
    with pytest.raises(QueryError, match="limit must be between 1 and 100"):
        index.similar("ai_rpa-001", limit=1000)


def test_filters_take_any_mapping_of_value_lists_but_not_a_bare_string(index):
    from types import MappingProxyType

    as_tuple = index.search("RPA", MappingProxyType({"prefecture": ("三重県",)}))
    assert as_tuple.total == index.search("RPA", {"prefecture": ["三重県"]}).total > 0
    with pytest.raises(QueryError, match="list of strings"):
        index.search("RPA", {"prefecture": "三重県"})  # type: ignore[dict-item]


# --- plain-text highlights ---------------------------------------------------------------------

def _html_to_marks(fragment: str) -> str:
    return html.unescape(re.sub(r'<mark class="hl">(.*?)</mark>', r"«\1»", fragment))


def test_snippets_are_the_highlights_as_plain_text(index):
    result = index.search("議事録", per_page=20)
    assert result.hits and all(h.snippets for h in result.hits)
    for hit in result.hits:
        assert set(hit.snippets) == set(hit.highlights)
        for name, snippet in hit.snippets.items():
            assert "<mark" not in snippet
            assert snippet == _html_to_marks(hit.highlights[name])
            marked = re.findall(r"«(.*?)»", snippet)
            assert marked and all(m in getattr(hit.record, name) for m in marked)
    first = result.hits[0]
    brackets = first.text_highlights("【", "】")
    assert brackets == {k: v.replace("«", "【").replace("»", "】") for k, v in first.snippets.items()}


def test_plain_fragments_escape_nothing_and_hits_without_highlighting_have_none(index):
    from dxsearch.search.highlight import fragments, text_fragments

    text = 'RPA <b> & "x"'
    assert text_fragments(text, [(0, 3)]) == '«RPA» <b> & "x"'
    assert fragments(text, [(0, 3)]) == '<mark class="hl">RPA</mark> &lt;b&gt; &amp; &quot;x&quot;'
    assert text_fragments(text, []) == ""
    assert index.search("議事録", highlight_hits=False).hits[0].snippets == {}


# --- every record, every hit -------------------------------------------------------------------

def test_iter_records_is_every_case_in_table_order(index, survey):
    records = list(index.iter_records())
    assert len(records) == 594 == index.stats()["total"]
    keys = [(SECTIONS.index(r.section), r.number) for r in records]
    assert keys == sorted(keys)
    assert [r.id for r in records] == [r.id for r in survey.records]  # the survey's own order
    assert records[0] == index.get(records[0].id)


@pytest.mark.parametrize("query, filters, sort", [
    ("RPA", None, "relevance"), ("議事録", None, "relevance"), ("", {"technology": ["AI"]}, "prefecture"),
    ("三重県 RPA", None, "number"), ("", None, "relevance"),
])
def test_iter_hits_is_every_hit_in_result_order(index, query, filters, sort):
    streamed = [h.record.id for h in index.iter_hits(query, filters, sort=sort, chunk_size=7)]
    exported = index.export(query, filters, sort=sort)
    assert streamed == [h.record.id for h in exported.hits]
    assert len(streamed) == exported.total == index.search(query, filters, sort=sort).total
    first_page = index.search(query, filters, sort=sort, per_page=10).hits
    assert streamed[:10] == [h.record.id for h in first_page]
    assert [round(h.score, 6) for h in index.iter_hits(query, filters, sort=sort)][:10] == \
        [round(h.score, 6) for h in first_page]


def test_iter_hits_streams_in_chunks_and_checks_the_query_at_once(index, monkeypatch):
    from dxsearch.search.hit_maker import HitMaker

    made = []
    original = HitMaker.hit

    def counting(self, *args):
        made.append(1)
        return original(self, *args)

    monkeypatch.setattr(HitMaker, "hit", counting)
    hits = index.iter_hits("", chunk_size=50)  # 594 cases
    assert isinstance(hits, Iterator) and iter(hits) is hits and not made and not hits.ranked  # made as consumed
    assert repr(hits) == "<HitStream 594 cases, 0 yielded>"
    next(hits)
    assert len(made) == 50  # one chunk made, not the whole result
    assert repr(hits) == "<HitStream 594 cases, 1 yielded>"
    assert sum(1 for _ in hits) == 593 and len(made) == 594 and hits.yielded == len(hits) == 594
    with pytest.raises(QueryError, match="unknown value"):
        index.iter_hits("RPA", {"prefecture": ["大江戸県"]})  # raised by the call, before any next()
    with pytest.raises(QueryError, match="chunk_size"):
        index.iter_hits("RPA", chunk_size=0)


def test_export_keeps_its_cap_and_its_total(index):
    capped = index.export("", limit=100)
    assert len(capped.hits) == 100 and capped.total == 594 and capped.facets == {}
    with pytest.raises(QueryError, match="limit"):
        index.export("RPA", limit=10_001)


# --- pandas ------------------------------------------------------------------------------------

def test_to_dataframe(index):
    result = index.search("RPA", {"prefecture": ["三重県", "香川県"]}, per_page=50)
    df = result.to_dataframe()
    assert list(df["id"]) == [h.record.id for h in result.hits] and len(df) == len(result.hits) > 0
    assert {"name", "prefecture", "status", "score", "technology", "snippet"} <= set(df.columns)
    assert set(df["prefecture"]) <= {"三重県", "香川県"}
    assert (df["snippet"] != "").sum() == sum(bool(h.snippets.get("description")) for h in result.hits) > 0
    exploded = df.explode("technology")
    assert (exploded["technology"] == "RPA").sum() == sum("RPA" in h.technology for h in result.hits)
    whole = hits_dataframe(index.iter_hits("RPA"))
    assert len(whole) == index.search("RPA").total
    similar = index.similar(case_id="ai_rpa-001").to_dataframe()
    assert "ai_rpa-001" not in set(similar["id"]) and len(similar) > 0
    empty = index.search("🙂").to_dataframe()  # nothing searchable: no hits
    assert len(empty) == 0 and "id" in empty.columns


def test_to_dataframe_without_pandas_says_how_to_install_it(index, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas now raises ImportError
    import tomllib
    from pathlib import Path

    # the package is installed from its folder, not a registry: the hint names pandas itself, with
    # the bounds pyproject.toml declares ("dxsearch[pandas]" was no distribution a researcher could get)
    extra = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())["project"][
        "optional-dependencies"]["pandas"]
    with pytest.raises(ImportError, match=re.escape(f'pip install "{extra[0]}"')):
        index.search("RPA").to_dataframe()


# --- readable results --------------------------------------------------------------------------

def test_results_print_readably(index):
    result = index.search("RPA")
    pages = math.ceil(result.total / result.per_page)
    assert repr(result) == f"<SearchResult 'RPA': {result.total} cases, page 1/{pages}>"
    hit = result.hits[0]
    r = hit.record
    assert str(hit) == f"{r.id}  {r.prefecture}  {r.name}"
    assert repr(hit).startswith(f"<Hit {r.id} {r.prefecture} ") and "score=" in repr(hit)
    lines = str(result).splitlines()
    assert lines[0] == repr(result) and lines[1:] == [f"  {h}" for h in result.hits]
    assert repr(index.search("", per_page=100, sort="number")) == "<SearchResult '': 594 cases, page 1/6>"
    # a similar case ◎特に近い says so, as the page and the CSV do (a researcher's print showed none)
    alike = index.similar(text="会議の録音から議事録を自動で作りたい", limit=5)
    assert [str(h).endswith("  ◎") for h in alike.hits] == [bool(h.close) for h in alike.hits] and alike.hits[0].close
    assert repr(index.search("通勤手当", {"prefecture": ["香川県"]})) == "<SearchResult '通勤手当': 1 case, page 1/1>"
    mie = next(v for v in index.facet_values("prefecture") if v.value == "三重県")
    assert repr(mie) == f"<FacetValue 三重県 {mie.count}>"
    # with a value ticked, the others' counts are what a tick adds: their repr says how many matches hold them
    statuses = {v.value: v for v in index.search("", {"prefecture": ["三重県"], "status": ["導入(実施)済"]}).facets["status"]}
    done, planned = statuses["導入(実施)済"], statuses["導入(実施)予定"]
    assert repr(done) == f"<FacetValue 導入(実施)済 {done.count} (selected)>" and done.count == done.matched == 17
    assert repr(planned) == f"<FacetValue 導入(実施)予定 {planned.count} (matched 0)>" and planned.count > 0
    selected = index.search("", {"prefecture": ["三重県"]}).facets["prefecture"]
    assert str(next(v for v in selected if v.value == "三重県")).endswith("(selected)")
    # its JSON, written out by hand for speed, holds every field as the dataclass does
    from dataclasses import asdict
    assert all(v.to_dict() == asdict(v) for v in selected) and any(v.selected for v in selected)
    similar = index.similar(case_id="ai_rpa-001")
    assert repr(similar).startswith(f"<SimilarResult like ai_rpa-001: {len(similar.hits)} cases of {similar.total}, key terms ")
    from dxsearch.cli import _key_terms  # the terms the command line lists, not also their parts (a trial)

    listed = _key_terms(similar.key_terms, similar.added_terms).removeprefix("key terms: ").split(" (and related")[0]
    assert repr(similar).endswith(f"key terms {' '.join(listed.split()[:5])}>") and "会議 " not in repr(similar)
    assert repr(index).startswith("<SearchIndex ") and "594 cases" in repr(index)
    # the parts of a result print as what they are, not as an object's address (a trial's print(result.words[0]))
    words = index.search("RPA OR AI-OCR 通勤手当").words
    assert [repr(w) for w in words[::2]] == ["<QueryWordCount 「RPA」 in 225 cases, clause 0>",
                                             "<QueryWordCount 「通勤手当」 in 14 cases, 2 forms (synonyms, variants), clause 1>"]
    assert repr(index.search("香川県 ドローン 議事録").partial_matches) == \
        "<PartialMatches 1 case holding at least 1 of the 2 words>"
    assert repr(index.search("ドローン").related).startswith("<RelatedCases 10 cases found by ")
    assert repr(index.search("北陸の県で残業時間の集計を自動化している例").elsewhere).startswith("<Elsewhere ")
    assert repr(index.search("電子申請化").read_as) == "<ReadingMatch '電子申請': 36 cases>"


# --- CSV ---------------------------------------------------------------------------------------

def test_csv_writer_streams_the_same_bytes_as_the_web_export(index, index_dir, tmp_path):
    from dxsearch.web.app import create_app

    hits = list(index.iter_hits("RPA"))
    web = create_app(index_dir).test_client().get("/export.csv?q=RPA").data.decode("utf-8")
    # the web adds a last column (URL) with each case's page
    assert "".join(iter_csv(hits, rows_per_chunk=7, case_url=lambda i: f"http://localhost/cases/{i}")) == web
    out = tmp_path / "rpa.csv"
    with open(out, "w", encoding="utf-8", newline="") as f:
        assert write_csv(index.iter_hits("RPA"), f) == len(hits)
    assert out.read_bytes() == "".join(iter_csv(hits)).encode("utf-8")
    web_rows = web.split("\r\n")
    file_rows = out.read_bytes().decode("utf-8").split("\r\n")
    assert len(web_rows) == len(file_rows) and all(w.startswith(f) for w, f in zip(web_rows, file_rows))
    assert out.read_bytes().startswith(b"\xef\xbb\xbfID,")


def test_write_csv_takes_what_a_script_has_at_hand(index, tmp_path):
    """A path, a stream opened the way Excel users open one (utf-8-sig: one BOM, not two), a
    search's page (a new-user trial tried all three and got AttributeError, a double BOM and
    TypeError)."""
    expected = "".join(iter_csv(index.iter_hits("議事録"))).encode("utf-8")
    assert write_csv(index.iter_hits("議事録"), tmp_path / "a.csv") == 25
    assert write_csv(index.iter_hits("議事録"), str(tmp_path / "b.csv")) == 25
    with open(tmp_path / "c.csv", "w", encoding="utf-8-sig", newline="") as f:
        write_csv(index.iter_hits("議事録"), f)
    for name in ("a.csv", "b.csv", "c.csv"):
        assert (tmp_path / name).read_bytes() == expected, name
    page = index.search("議事録", per_page=10)
    # a page of more cases than it holds is written as it is, and said to be one (a researcher's RPA
    # table held the first 20 of 225 and nothing told her): once, naming the caller's line
    with pytest.warns(dxsearch.PageOnlyWarning, match=r"holds 10 of its 25 cases \(page 1\).*iter_hits") as said:
        assert write_csv(page, tmp_path / "page.csv") == 10
    assert len(said) == 1 and said[0].filename == __file__
    assert len(list(csv.reader(io.StringIO((tmp_path / "page.csv").read_text(encoding="utf-8-sig"))))) == 11
    import warnings
    with warnings.catch_warnings():  # a page holding every case says nothing
        warnings.simplefilter("error")
        assert write_csv(index.search("議事録", per_page=30), io.StringIO()) == 25
    # …nor does a stream not yet read from; one already read from is said to hold only the rest
    stream = index.iter_hits("議事録")
    next(stream)
    with pytest.warns(dxsearch.PageOnlyWarning, match="already given 1 of its 25 cases; the 24 left are written"):
        assert write_csv(stream, io.StringIO()) == 24


def test_write_csv_takes_similar_cases_with_their_rank_and_refuses_anything_else(index, tmp_path, monkeypatch):
    """A researcher's trial wrote `index.similar(…)` with write_csv: TypeError "not iterable", and
    a header-only file left behind. A SimilarResult is written as `dxsearch similar -o` writes it
    (似ている順 and ◎ last); anything else is a TypeError that names what it takes, before a file
    is opened. The package docstring's example runs as written."""
    import dxsearch
    from dxsearch.search.csvexport import CLOSE_HEADER, RANK_HEADER

    alike = index.similar(case_id="ai_rpa-173", limit=100)
    assert write_csv(alike, tmp_path / "like.csv") == len(alike.hits) == alike.total > 10
    rows = list(csv.reader(io.StringIO((tmp_path / "like.csv").read_text(encoding="utf-8-sig"))))
    assert rows[0][-2:] == [RANK_HEADER, CLOSE_HEADER]
    assert [r[0] for r in rows[1:]] == [h.record.id for h in alike.hits] and rows[1][-2] == "1"
    assert [r[-1] == "◎" for r in rows[1:]] == [h.close for h in alike.hits]
    # the first 10 of more similar enough are written as they are, and said to be (a researcher's
    # write_csv(index.similar(…)) wrote 10 of 19, silently, where `dxsearch similar -o` writes 19)
    with pytest.warns(dxsearch.PageOnlyWarning, match=rf"holds 10 of the {alike.total} cases similar enough.*limit=100"):
        assert write_csv(index.similar(case_id="ai_rpa-173"), io.StringIO()) == 10
    for wrong in (42, "RPA", {"a": 1}, None):
        with pytest.raises(TypeError, match="write_csv takes hits"):
            write_csv(wrong, tmp_path / "wrong.csv")
        assert not (tmp_path / "wrong.csv").exists()
    example = dxsearch.__doc__.split("\n\n")[1]
    monkeypatch.chdir(tmp_path)
    exec(compile("\n".join(line[4:] for line in example.splitlines()).replace("from dxsearch import SearchIndex, write_csv",
                                                                             "from dxsearch import write_csv"),
                 "dxsearch.__doc__", "exec"), {"SearchIndex": lambda: index, "print": lambda *a: None})
    assert (tmp_path / "rpa.csv").is_file() and (tmp_path / "like-173.csv").is_file()


def test_a_dash_alone_is_no_formula_in_the_csv(index):
    """The survey writes - for "none" (digital_talent-013's name): Excel shows '- when it is
    neutralised; -1+2 or -cmd still is."""
    from dxsearch.search.csvexport import neutralise

    assert (neutralise("-"), neutralise("－"), neutralise("--")) == ("-", "－", "--")
    assert (neutralise("-1+2"), neutralise("-cmd|x"), neutralise("=1")) == ("'-1+2", "'-cmd|x", "'=1")
    row = next(csv.reader(io.StringIO("".join(iter_csv([(index.get("digital_talent-013"), [])])).split("\r\n", 1)[1])))
    assert "-" in row and "'-" not in row


def test_a_search_that_finds_nothing_counts_the_pages_of_its_partial_matches(index):
    """手書き 読み取り finds no case holding both; its 23 partial matches are paged. Its repr said
    page 2/1 (a trial)."""
    second = index.search("手書き 読み取り", page=2)
    assert second.total == 0 and second.partial_matches is not None
    assert second.pages == -(-second.partial_matches.total // second.per_page) == 2
    assert repr(second) == f"<SearchResult '手書き 読み取り': 0 cases, {second.partial_matches.total} with some of the words, their page 2/2>"
    assert index.search("RPA").pages == -(-index.search("RPA").total // 20)


def test_an_unknown_filter_value_says_what_it_may_have_meant(index):
    """The CLI and the web said 「東京都」のことですか?; the library's error said only that 東京 is
    unknown (a researcher's trial): it names the value meant too, for search and similar."""
    with pytest.raises(QueryError, match=r"^unknown value '東京' for facet 'prefecture'; did you mean 東京都\?$"):
        index.search("RPA", {"prefecture": ["東京"]})
    with pytest.raises(QueryError, match=r"did you mean 三重県\?"):
        index.similar(text="議事録を自動で作りたい", filters={"prefecture": ["三重"]})
    with pytest.raises(QueryError, match=r"^unknown value 'XYZ' for facet 'prefecture'$"):
        index.search("RPA", {"prefecture": ["XYZ"]})


@pytest.mark.parametrize("call, field", [
    (lambda ix: ix.search("RPA", {"prefecture": ["東京"]}), "prefecture"),
    (lambda ix: ix.search("RPA", {"colour": ["red"]}), "colour"),
    (lambda ix: ix.search("RPA", page=0), "page"),
    (lambda ix: ix.search("RPA", per_page=10_000), "per_page"),
    (lambda ix: ix.search("RPA", sort="best"), "sort"),
    (lambda ix: ix.search("あ" * 10_000), "query"),
    (lambda ix: ix.similar(text=" "), "text"),
    (lambda ix: ix.similar(), "case_id"),
    (lambda ix: ix.similar(text="議事録", limit=0), "limit"),
])
def test_a_refused_request_names_the_argument_at_fault(index, call, field):
    """What and where: a script (and the JSON API's "field") can point at the argument refused."""
    with pytest.raises(QueryError) as refused:
        call(index)
    assert refused.value.field == field


def test_a_dataframe_orders_places_and_statuses_as_the_survey_does(index):
    """A trial's pivot table of RPA cases listed 三重県, 京都府, 佐賀県, 北海道… (string order) and
    statuses alphabetically; shared_use_order came out as floats."""
    df = hits_dataframe(index.iter_hits("RPA"))
    table = df.pivot_table(index="prefecture", columns="status", values="id", aggfunc="count", observed=False)
    assert list(table.index[:3]) == ["北海道", "青森県", "岩手県"] and len(table.index) == 47
    assert list(table.columns) == ["導入(実施)済", "導入(実施)予定", "実証中", "実証予定", "検討中"]
    assert int(table.to_numpy().sum()) == index.search("RPA").total
    assert str(df["shared_use_order"].dtype) == "Int64" and str(df["page"].dtype) == "Int64"
    assert df.sort_values("region")["region"].iloc[0] == "北海道"
    assert list(df["prefecture"].astype(str)) == [h.record.prefecture for h in index.iter_hits("RPA")]


def test_a_stream_of_hits_says_how_many_it_holds_before_the_first(index):
    """A script needed a second search for the count of `iter_hits` (a trial)."""
    for query, filters in (("RPA", None), ("三重県のRPA", None), ("", {"region": ["四国"]}), ("ブロックチェーン", None)):
        stream = index.iter_hits(query, filters)
        assert stream.total == len(stream) == index.search(query, filters).total, query
        assert sum(1 for _ in stream) == stream.total
