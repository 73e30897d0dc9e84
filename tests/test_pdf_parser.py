"""PDF(records) → records equals the text parse, on two clearly different renderings."""

from __future__ import annotations

import pytest

from dxsearch.indexer.records import SECTIONS

from .test_text_parser import PRINTED_TOTALS

RENDERINGS = ("reportlab", "fpdf")


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_every_record_equals_the_text_parse(survey, pdf_results, rendering):
    result = pdf_results[rendering]
    assert result.counts() == PRINTED_TOTALS
    from_pdf = {r.id: r.to_dict() for r in result.records}
    differences = []
    for record in survey.records:
        expected = record.to_dict()
        got = from_pdf[record.id]
        for key in expected:
            if key not in ("source", "page") and expected[key] != got[key]:
                differences.append((record.id, key, expected[key], got[key]))
    assert differences == []


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_page_numbers_and_source_are_recorded(pdf_results, rendering):
    result = pdf_results[rendering]
    pages = [r.page for r in result.records]
    assert all(isinstance(p, int) and p >= 2 for p in pages)  # page 1 is the cover
    assert pages == sorted(pages)
    assert len(set(pages)) > 20
    assert {r.source for r in result.records} == {f"survey-{rendering}.pdf"}
    first_pages = {s: min(r.page for r in result.records if r.section == s) for s in SECTIONS}
    assert first_pages["ai_rpa"] == 2
    assert first_pages["ai_rpa"] < first_pages["shared_system"] < first_pages["digital_talent"] \
        < first_pages["organization"]


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_contents_page_totals_are_read(pdf_results, rendering):
    assert {s: e.count for s, e in pdf_results[rendering].toc.items()} == PRINTED_TOTALS


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_headings_are_read_from_full_width_rows(survey, pdf_results, rendering):
    text_headings = [(t.section, t.heading.name, t.parsed) for t in survey.headings]
    pdf_headings = [(t.section, t.heading.name, t.parsed) for t in pdf_results[rendering].headings]
    assert pdf_headings == text_headings


@pytest.mark.parametrize("rendering", RENDERINGS)
def test_the_renderings_look_like_the_survey(rendered_pdfs, rendering):
    import pdfplumber

    with pdfplumber.open(rendered_pdfs[rendering]) as pdf:
        assert len(pdf.pages) > 25
        page = pdf.pages[5]
        assert page.extract_text().startswith("①AI・RPA・チャットボット等")  # the page title
        tables = page.find_tables()
        assert tables and len(tables[0].rows) > 5
        header = ["".join((cell or "").split()) for cell in tables[0].extract()[0]]
        assert "導入状況" in header and header[-1] == "都道府県"  # the header row, repeated


def _rows_cut_by_page_breaks(path) -> int:
    """Pages whose first row under the header has no printed number: the rest of a cut row."""
    import pdfplumber

    cut = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages[1:]:
            tables = page.find_tables()
            rows = tables[0].extract() if tables else []
            if len(rows) > 1 and not rows[1][0] and not rows[1][-2] and any(rows[1][1:]):
                cut += 1  # no number, no status, some text
    return cut


def test_rows_cut_by_a_page_break_are_joined(survey, tmp_path):
    from dxsearch.indexer.pdf_parser import parse_pdf_file

    from .pdfgen import render_reportlab

    records = [r for r in survey.records if r.section in ("digital_talent", "organization")]
    path = render_reportlab(records, tmp_path / "split-rows.pdf", split_rows=True)
    assert _rows_cut_by_page_breaks(path) >= 1  # the rendering really cuts a row
    parsed = {r.id: r.to_dict() for r in parse_pdf_file(path).records}
    assert len(parsed) == len(records)
    for record in records:
        expected = record.to_dict()
        assert {k: v for k, v in parsed[record.id].items() if k not in ("source", "page")} == \
            {k: v for k, v in expected.items() if k not in ("source", "page")}
