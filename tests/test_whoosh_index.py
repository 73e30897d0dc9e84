"""Each index generation is a plain Whoosh index, and dxsearch's NumPy scoring is Whoosh's BM25F:
the same documents in the same order, the same field lengths, the same matches and ranking for
single terms, disjunctions and whole query plans, and the README's Whoosh-only script runs."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import whoosh.index
from whoosh import scoring, sorting
from whoosh.qparser import MultifieldParser
from whoosh.query import Or, Term

from dxsearch.search.fields import FIELDS, VIEWS, extra_text
from dxsearch.search.limits import MAX_QUERY_WORDS
from dxsearch.search.query import parse_query
from dxsearch.search.schema import FACETS
from dxsearch.search.scoring import Clause, Plan, top
from dxsearch.search.storage import CURRENT, FORMAT_VERSION
from dxsearch.search.textindex import whoosh_lengths
from dxsearch.search.whoosh_query import to_whoosh_query

ROOT = Path(__file__).resolve().parent.parent
VIEW_FIELDS = {v: [f.name for f in FIELDS if f.view == v] for v in VIEWS}
REL = 1e-4  # float32 impacts against Whoosh's float64 sums


@pytest.fixture(scope="module")
def ix(index_dir):
    return whoosh.index.open_dir(str(index_dir / CURRENT))


@pytest.fixture(scope="module")
def searcher(ix):
    with ix.searcher(weighting=scoring.BM25F()) as s:
        yield s


@pytest.fixture(scope="module")
def state(index):
    return index._state


# --- the index itself -----------------------------------------------------------------------

def test_whoosh_document_numbers_are_the_arrays_document_numbers(searcher, state, survey):
    assert searcher.doc_count_all() == state.text.size == len(survey.records)
    for d, record in enumerate(survey.records):
        stored = searcher.stored_fields(d)
        assert stored["id"] == record.id == state.records[d].id
        assert json.loads(stored["record"]) == record.to_dict()


def test_field_lengths_and_frequencies_are_the_build_analysis(searcher, state):
    reader = searcher.reader()
    for field in FIELDS:
        lengths = np.array([state.text.analysis(d)[field.name].length for d in range(state.text.size)])
        assert reader.field_length(field.name) == lengths.sum(), field.name
        quantised = whoosh_lengths(lengths)
        for d in np.flatnonzero(lengths)[::7].tolist():
            assert reader.doc_field_length(d, field.name) == quantised[d], (field.name, d)
    counts = state.text.analysis(3)["description"].counts
    assert counts
    for term, tf in counts.items():  # each posting's weight: frequency × the field's boost (1)
        postings = reader.postings("description", term)
        postings.skip_to(3)
        assert postings.id() == 3 and postings.weight() == tf * 1.0


def test_postings_are_what_whoosh_writes_when_it_indexes_the_text(ix, survey, tmp_path):
    """The build writes the text postings from its arrays, block by block; Whoosh given every
    record's text (its own `add_document`, analysed by the schema's analyzers) writes the same
    terms, postings, weights, values and block statistics (several blocks for common terms)."""
    from dxsearch.search.fields import field_texts
    from dxsearch.search.schema import document, make_schema
    from dxsearch.search.technology import technology_tags

    plain = whoosh.index.create_in(str(tmp_path), make_schema())
    with plain.writer() as writer:
        for record in survey.records:
            texts = {name: text for name, text in field_texts(record).items() if text}
            writer.add_document(**document(record, technology_tags(record)), **texts)

    def contents(index):
        with index.reader() as reader:
            out = {}
            for name in (f.name for f in FIELDS):
                for term in reader.lexicon(name):
                    info = reader.term_info(name, term)
                    # the total weight sums float32 weights block by block, and the build writes
                    # one segment per worker: equal up to the order of the sum
                    out[name, term] = (round(info.weight(), 4), info.doc_frequency(), info.min_length(),
                                       info.max_length(), info.max_weight(), info.min_id(), info.max_id(),
                                       list(reader.postings(name, term).all_items()))
            return out

    built, indexed = contents(ix), contents(plain)
    assert built.keys() == indexed.keys()
    assert max(info[1] for info in built.values()) > 128  # a postings list of several blocks
    assert [k for k in built if built[k] != indexed[k]] == []


def test_the_schema_carries_dxsearch_analyzers_boosts_and_facets(ix):
    schema = ix.schema
    for field in FIELDS:
        assert schema[field.name].format.field_boost == field.boost
        assert schema[field.name].scorable
    for facet in FACETS:
        assert schema[facet].column_type is not None, facet  # sortable
    assert schema["id"].unique and schema["id"].stored
    assert [t.text for t in schema["name"].analyzer("サーバーの問い合わせ")] == ["サーバ", "問い合わせ"]


def test_the_generation_says_its_format(index_dir):
    meta = json.loads(((index_dir / CURRENT).resolve() / "dxsearch.json").read_text(encoding="utf-8"))
    assert meta["format"] == FORMAT_VERSION >= 3


def test_whoosh_parses_japanese_with_the_index_analysis(ix, searcher, survey):
    query = MultifieldParser(["name", "description", "extra"], ix.schema).parse("議事録")
    found = {searcher.stored_fields(h.docnum)["id"] for h in searcher.search(query, limit=None)}
    expected = {r.id for r in survey.records
                if any("議事録" in t for t in (r.name, r.description, extra_text(r)))}
    assert found == expected and len(found) > 10


def test_facets_filter_sort_and_group_in_whoosh(searcher, survey):
    groups = searcher.search(Or([Term("section", "ai_rpa"), Term("section", "shared_system")]), limit=None,
                             groupedby=sorting.FieldFacet("prefecture")).groups()
    counted = Counter(r.prefecture for r in survey.records if r.section in ("ai_rpa", "shared_system"))
    assert {p: len(d) for p, d in groups.items()} == dict(counted)
    mie = searcher.search(Term("prefecture", "三重県"), limit=None, sortedby=sorting.FieldFacet("status"))
    statuses = [json.loads(h["record"])["status"] for h in mie]
    assert len(statuses) == sum(r.prefecture == "三重県" for r in survey.records) and statuses == sorted(statuses)
    tagged = searcher.search(Term("technology", "AI-OCR"), limit=None)
    assert len(tagged) and all("AI-OCR" in h["technology"].split(",") for h in tagged)
    # a digital-talent role's 区分 is its group, as the product's facet has it (外部人材 in a script too)
    external = searcher.search(Term("group", "外部人材の登用/採用"), limit=None)
    assert {h["id"] for h in external} == {r.id for r in survey.records if r.category == "外部人材の登用/採用"} != set()


# --- differential: Whoosh's BM25F against the impact arrays --------------------------------

def _generated_queries(state, n_per_kind: int = 30, seed: int = 10) -> list[list[tuple[str, str]]]:
    """Deterministic queries from the index vocabulary: single terms of each view, OR of 2–4
    terms within a view, and OR of 2–4 terms across views. Terms are drawn by document frequency
    (square-rooted), so common and rare terms both appear."""
    rng = random.Random(seed)
    weights = {}
    for view in VIEWS:
        ptr = state.text._ptr[view]
        weights[view] = np.sqrt(np.diff(ptr)).tolist()

    def draw(view: str) -> tuple[str, str]:
        tid = rng.choices(range(len(weights[view])), weights=weights[view])[0]
        return view, state.text.terms[view][tid]

    queries = []
    for view in VIEWS:
        queries += [[draw(view)] for _ in range(n_per_kind)]
        queries += [[draw(view) for _ in range(rng.randint(2, 4))] for _ in range(n_per_kind)]
    queries += [[draw(rng.choice(VIEWS)) for _ in range(rng.randint(2, 4))] for _ in range(2 * n_per_kind)]
    return queries


def _assert_same_ranking(ours: dict[int, float], theirs: dict[int, float], our_top: list[int],
                         their_top: list[int], what) -> None:
    """Same matches, each scored alike, and the same top-10 but for the order of equal scores."""
    assert set(ours) == set(theirs), what
    for d, score in theirs.items():
        assert ours[d] == pytest.approx(score, rel=REL), (what, d)
    assert len(our_top) == len(their_top), what
    for rank, (a, b) in enumerate(zip(our_top, their_top)):
        assert a == b or theirs[a] == pytest.approx(theirs[b], rel=REL), (what, rank)
    cut = theirs[their_top[-1]] if their_top else 0  # beyond the ties at the cut, the same cases
    assert {d for d in our_top if theirs[d] > cut * (1 + REL)} == {d for d in their_top if theirs[d] > cut * (1 + REL)}


def _whoosh(searcher, query, collect_top: bool = True) -> tuple[dict[int, float], list[int]]:
    """Every match with its score, and the top 10: from Whoosh's own top-N collector, or ranked
    from every match (Whoosh 2.7's top-N collector drops matches of an Or over an And — also in
    an index Whoosh analysed and wrote itself — so plans are ranked from the full result)."""
    every = {h.docnum: h.score for h in searcher.search(query, limit=None)}
    if collect_top:
        return every, [h.docnum for h in searcher.search(query, limit=10)]
    return every, sorted(every, key=lambda d: (-every[d], d))[:10]


def _ours(state, plan: Plan) -> tuple[dict[int, float], list[int]]:
    scores, matched = state.scorer.evaluate(plan)
    matched &= state.live
    return ({int(d): float(scores[d]) for d in np.flatnonzero(matched)},
            top(scores, matched, 10).tolist())


def test_terms_and_disjunctions_rank_as_whoosh_bm25f(searcher, state):
    queries = _generated_queries(state)
    assert len(queries) >= 200
    for terms in queries:
        # the plain sum of clause impacts (a weighted plan with weight 1) against Or of Terms
        plan = Plan(weighted=tuple(Clause(view, state.text.term_id(view, t), 1.0) for view, t in terms))
        query = Or([Term(field, t) for view, t in terms for field in VIEW_FIELDS[view]])
        ours, our_top = _ours(state, plan)
        theirs, their_top = _whoosh(searcher, query)
        assert theirs, terms
        _assert_same_ranking(ours, theirs, our_top, their_top, terms)


USER_QUERIES = [
    "議事録", "通勤手当 RPA", "AI-OCR", "チャットボット 問い合わせ", "テープ起こし", "電子申請", "会議録",
    "音声認識", "文字起こし", "RPA", "AI", "OCR", "問合せ", "問い合わせ対応", "ウェブ会議", "Web会議",
    "テレワーク", "庁内 ネットワーク", "電子決裁", "文書管理システム", "財務会計", "給与 計算", "人事 給与",
    "税務 申告", "自動車税", "道路 点検 ドローン", "防災 情報 システム", "GIS", "地理情報システム",
    "統計 データ", "オープンデータ", "観光 アプリ", "子育て 支援", "介護 保険", "医療 AI", "教育 ICT",
    "学校 タブレット", "農業 IoT", "河川 監視カメラ", "施設予約", "電子入札システム", "職員 研修",
    "デジタル人材 育成", "CIO 補佐官", "情報セキュリティ", "クラウド 共同利用", "エクセル マクロ", "翻訳",
    "多言語 翻訳 外国人", "窓口 キャッシュレス", "サーバー 統合", "コールセンター",
    "会議の録音から議事録を自動で作成し、職員が手作業で行っていた文字起こしの負担を減らしたい",
    "住民からの問い合わせにチャットボットで二十四時間自動応答し、よくある質問を案内する仕組み",
]


@pytest.mark.parametrize("text", USER_QUERIES)
def test_query_plans_match_as_their_whoosh_query(searcher, index, state, text):
    plan = index.planner.plan(state.text, text)
    assert plan is not None, text
    ours, our_top = _ours(state, plan)
    theirs, their_top = _whoosh(searcher, to_whoosh_query(plan, state.text), collect_top=False)
    assert ours, text
    # RESCORE (common terms refine only the 1,000 best rare matches) never binds at 594 cases,
    # so scores agree as well as the matching sets
    _assert_same_ranking(ours, theirs, our_top, their_top, text)


def test_a_script_gets_the_whoosh_query_from_the_index(searcher, index, state):
    """A researcher could not follow the README's `to_whoosh_query(plan, text_index)`: nothing
    documented gave the text index. `SearchIndex.whoosh_query(text)` is that query, ranking in
    Whoosh as dxsearch ranks; None for a text with nothing to search."""
    for text in ("通勤手当 RPA", "議事録", USER_QUERIES[-1]):
        theirs, their_top = _whoosh(searcher, index.whoosh_query(text), collect_top=False)
        ours, our_top = _ours(state, index.planner.plan(state.text, text))
        assert theirs, text
        _assert_same_ranking(ours, theirs, our_top, their_top, text)
    assert len(_whoosh(searcher, index.whoosh_query("通勤手当 RPA"), collect_top=False)[0]) == 228
    assert index.whoosh_query("") is index.whoosh_query(" ") is index.whoosh_query("zzqqxx") is None


@pytest.mark.parametrize("text", ["契約事務", "議事録作成業務", "通勤手当の自動化", "RPA 業務 効率化", "業務"])
def test_keyword_plans_with_words_that_only_rank_match_as_their_whoosh_query(searcher, index, state, text):
    """業務 of 契約事務 only refines the score of the cases 契約 matches (`Plan.refine`)."""
    parsed = parse_query(text, index.synonyms, (), True, MAX_QUERY_WORDS)
    plan = index.planner.keyword_plan(state.text, parsed.clauses)
    assert bool(plan.refine) == (text != "業務"), text  # a ranking word alone is searched
    ours, our_top = _ours(state, plan)
    theirs, their_top = _whoosh(searcher, to_whoosh_query(plan, state.text), collect_top=False)
    assert ours, text
    _assert_same_ranking(ours, theirs, our_top, their_top, text)


@pytest.mark.parametrize("text", ["問合せ", "読取", "取込", "チャットボット", "GIS", "通勤手当 RPA"])
def test_plans_of_a_word_s_spellings_and_synonyms_match_as_their_whoosh_query(searcher, index, state, text):
    """A word's spellings count by the best of them, its other ways of being said (synonyms) by the
    best and the rest at half (`Plan`): Whoosh's BestOf scores them alike, from the plan the
    engine makes (with the spellings the query found)."""
    parsed = index._spelled_alike(state, parse_query(text, index.synonyms, (), True, MAX_QUERY_WORDS))
    plan = index.planner.keyword_plan(state.text, parsed.clauses, parsed.together)
    spelled = any(v.spelling for chunk in plan.chunks for v in chunk)
    assert spelled == (text in ("問合せ", "読取", "取込")), text
    assert spelled or any(len(chunk) > 1 for chunk in plan.chunks), text  # synonyms: several ways of saying a word
    ours, our_top = _ours(state, plan)
    theirs, their_top = _whoosh(searcher, to_whoosh_query(plan, state.text), collect_top=False)
    assert ours, text
    _assert_same_ranking(ours, theirs, our_top, their_top, text)


def test_plans_cover_every_kind_of_variant(index, state):
    kinds = Counter()
    for text in USER_QUERIES:
        plan = index.planner.plan(state.text, text)
        kinds["weighted"] += bool(plan.weighted)
        kinds["chunks>1"] += len(plan.chunks) > 1
        for chunk in plan.chunks:
            for v in chunk:
                kinds[type(v).__name__] += 1
                if type(v).__name__ == "Loose":
                    kinds["rare+common"] += bool(v.rare and v.common)
                else:
                    kinds["grams"] += bool(v.grams)
                    kinds["parts+grams"] += bool(v.parts and v.grams)
    assert all(kinds[k] for k in ("weighted", "chunks>1", "Loose", "Strict", "rare+common", "grams",
                                  "parts+grams")), kinds


# --- the README's example ------------------------------------------------------------------

def _readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Using the index from scripts", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_readme_whoosh_example_runs(index_dir, survey, tmp_path):
    script = tmp_path / "example.py"
    script.write_text(_readme_example(), encoding="utf-8")
    env = {"DXSEARCH_INDEX": str(index_dir), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, check=True,
                         cwd=tmp_path).stdout.splitlines()
    matching = [r for r in survey.records
                if any(w in t for w in ("議事録", "会議録") for t in (r.name, r.description, extra_text(r)))]
    regions = Counter(r.region for r in matching)
    assert out[0] == f"{len(matching)} cases in {len(regions)} regions"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"it prints `{out[0]}`, the regions ({', '.join(out[1:4])}, …)" in readme  # the prose says what it prints
    assert out[1:1 + len(regions)] == [f"{region} {n}" for region, n in sorted(regions.items(), key=lambda kv: (-kv[1], kv[0]))]
    rest = out[1 + len(regions):]
    mie = [r for r in matching if r.prefecture == "三重県"]
    assert len(mie) == 1 and rest[0].endswith(f" {mie[0].id} 三重県 {mie[0].name}")
    by_prefecture = sorted(matching, key=lambda r: r.prefecture.encode("utf-8"))[:3]
    assert [line.split()[1] for line in rest[1:4]] == [r.prefecture for r in by_prefecture]
