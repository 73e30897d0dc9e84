"""The bundled survey text, parsed whole."""

from __future__ import annotations

from collections import Counter

from dxsearch.indexer import prefectures
from dxsearch.indexer.layout import read_header, read_heading, read_toc_line, split_number
from dxsearch.indexer.records import CATEGORIES, EMPLOYMENT, SECTIONS, SHARED_USE, STATUSES

PRINTED_TOTALS = {"ai_rpa": 357, "shared_system": 123, "digital_talent": 42, "organization": 72}


def test_four_tables_with_their_printed_totals(survey):
    assert survey.counts() == PRINTED_TOTALS
    assert {s: e.count for s, e in survey.toc.items()} == PRINTED_TOTALS


def test_numbers_run_one_to_n_in_every_table(survey):
    for section in SECTIONS:
        numbers = [r.number for r in survey.records if r.section == section]
        assert numbers == list(range(1, PRINTED_TOTALS[section] + 1))


def test_ids_are_unique_and_url_safe(survey):
    ids = [r.id for r in survey.records]
    assert len(set(ids)) == len(ids) == 594
    assert all(all(c.isalnum() and c.isascii() or c in "-_." for c in i) for i in ids)
    assert ids[0] == "ai_rpa-001" and ids[-1] == "organization-072"


def test_closed_sets(survey):
    for r in survey.records:
        assert r.status in STATUSES and r.status_order == STATUSES.index(r.status) + 1
        assert prefectures.lookup(r.prefecture) is not None
        assert r.region == prefectures.BY_NAME[r.prefecture].region
        if r.section in SHARED_USE:
            assert r.shared_use in SHARED_USE[r.section]
            assert r.shared_use_order == SHARED_USE[r.section].index(r.shared_use) + 1
            assert r.shared_use_reason is not None
        else:
            assert r.shared_use is None and r.shared_use_reason is None
        if r.section == "digital_talent":
            assert r.category in CATEGORIES and r.employment in EMPLOYMENT
        else:
            assert r.category is None and r.employment is None and r.skill_area is None
        assert (r.overview is not None) == (r.section == "organization")


def test_display_text_is_clean(survey):
    for r in survey.records:
        for value in (r.name, r.description, r.shared_use_reason, r.skill_area, r.overview):
            if value is None:
                continue
            assert "<" not in value and "\t" not in value and "  " not in value
            assert value == value.strip()
            assert "\uff21" not in value and "\u3000" not in value  # no full-width Latin or spaces
            assert not any("\u2f00" <= ch <= "\u2fdf" for ch in value)  # no Kangxi radicals


def test_headings_and_their_printed_counts(survey):
    by_name = Counter((t.section, t.heading.level, t.heading.name) for t in survey.headings)
    assert by_name[("ai_rpa", "field", "総務分野")] == 1
    groups = {(t.section, t.heading.name): (t.heading.count, t.parsed) for t in survey.headings}
    assert groups[("ai_rpa", "総務分野")] == (207, 207)
    assert groups[("ai_rpa", "会議録作成・テープおこし")] == (23, 23)
    assert groups[("ai_rpa", "その他")] == (184, 184)
    assert groups[("shared_system", "電子申請・届出システム")] == (24, 24)
    assert groups[("organization", "組織(部・課・室等)")] == (28, 28)
    assert groups[("digital_talent", "総務分野")] == (25, 26)  # the survey's own miscount
    fields = Counter(r.field for r in survey.records if r.section == "ai_rpa")
    assert fields == {"総務分野": 207, "環境分野": 14, "保健・福祉分野": 51, "商工労働分野": 12,
                      "観光・スポーツ分野": 2, "文化振興分野": 1, "農林水産分野": 5, "土木建築分野": 13,
                      "教育分野": 25, "その他分野": 27}
    assert Counter(r.group for r in survey.records if r.section == "ai_rpa") == \
        {"会議録作成・テープおこし": 23, "その他": 184, None: 150}
    assert all(r.field is None for r in survey.records if r.section == "organization")


def test_warnings_found_in_the_survey(survey):
    messages = [str(w) for w in survey.warnings]
    assert len(messages) == 2, messages
    assert "「総務分野」 prints 25, 26 rows parsed" in messages[0] and "line 656" in messages[0]
    assert "row 27 repeats row 9" in messages[1]


def test_read_header_from_cell_text():
    header = read_header(["", "手続・事務の名称", "A I ・ R P A の活用方法", "導入状況", "共同利用・共同導入の可否",
                          "", "都道府県"])
    assert header.section == "ai_rpa"
    assert header.columns == (None, "name", "description", "status", "shared_use", "shared_use_reason",
                              "prefecture")
    assert read_header(["デジタル人材の役職名", "区分", "常勤/非常勤", "デジタル人材の技術分野",
                        "デジタル人材の業務内容", "導入状況", "都道府県"]).columns == \
        ("name", "category", "employment", "skill_area", "description", "status", "prefecture")
    assert read_header(["組織の名称", "組織の概要", "組織の業務内容", "導入状況", "都道府県"]).section == "organization"
    assert read_header(["1 会議録等作成システム", "会議で録音", "①導入(実施)済", "③共同利用不可", "", "北海道"]) is None


def test_read_heading_variants():
    assert read_heading("総務分野 (207)").count == 207
    assert read_heading("商工労働分野（12）").level == "field"
    h = read_heading("組織（部・課・室等）（28）")
    assert (h.name, h.count, h.level) == ("組織(部・課・室等)", 28, "group")
    assert read_heading("会議録作成・テープおこし (23)").level == "group"
    assert read_heading("AI会議録作成システム") is None
    assert read_heading("(例) 茨城県新型コロナウイルス感染症") is None


def test_read_toc_line():
    e = read_toc_line("③-2\tDX推進体制(地方公共団体に設置している組織)\t(72)\t45")
    assert (e.section, e.count, e.page) == ("organization", 72, 45)
    assert read_toc_line("①  AI・RPA・チャットボット等  (357)").count == 357
    assert read_toc_line("令和2年10月") is None


def test_split_number():
    assert split_number("12 AI会議録作成システム") == (12, "AI会議録作成システム")
    assert split_number("38 5G利活用検討ワーキング・チーム") == (38, "5G利活用検討ワーキング・チーム")
    assert split_number("385G利活用", expected=38) == (38, "5G利活用")
    assert split_number("141") == (141, "")
    assert split_number("会議録") is None


def test_pages_are_counted_by_the_header_rows_the_contents_list_confirms(survey):
    """The extraction has no page breaks, but each page of a table repeats its header row; the
    contents list prints each table's first page (① 1, ② 29, ③-1 40, ③-2 45). Counted so, each
    record has the page a citation names (a consultant's CSV had an empty 頁 column)."""
    first = {}
    for r in survey.records:
        first.setdefault(r.section, r.page)
    assert first == {"ai_rpa": 1, "shared_system": 29, "digital_talent": 40, "organization": 45}
    pages = [r.page for r in survey.records]
    assert pages == sorted(pages) and pages[-1] == 50
    assert {e.section: e.page for e in survey.toc.values()} == first


def test_no_page_is_given_where_the_header_rows_disagree_with_the_contents(tmp_path):
    """A header row lost from one page of ① puts ② on page 28 by the count, not the contents'
    29: no record gets a page rather than a wrong one."""
    from dxsearch.indexer.sources import BUNDLED_SURVEY as BUNDLED
    from dxsearch.indexer.text_parser import parse_text

    text = BUNDLED.read_text(encoding="utf-8").split("\n")
    header_lines = [i for i, line in enumerate(text) if line.startswith("手続・事務の名称")]
    del text[header_lines[5]]
    result = parse_text("\n".join(text), "cut.txt")
    assert len(result.records) == 594 and all(r.page is None for r in result.records)
    without_contents = parse_text("\n".join(line for line in BUNDLED.read_text(encoding="utf-8").split("\n")
                                            if not line.startswith(("①\t", "②\t", "③-1\t", "③-2\t"))), "no-toc.txt")
    assert all(r.page is None for r in without_contents.records)
