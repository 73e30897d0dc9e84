"""Render case records as ruled-table survey PDFs, the way the survey itself is laid out.

The original survey PDF is not available, so the PDF parser is tested on PDFs rendered from the
records the text parser produced. Two renderers that differ in tool, font, orientation, column
widths, header layout and number placement:

- `render_reportlab`: ReportLab platypus, IPAex Gothic, A4 landscape, the printed number in its own
  column, the shared-use header spanning the choice and reason columns, prefecture two characters
  per line, page title drawn at the end of each page.
- `render_fpdf`: fpdf2, IPAex Mincho, A4 portrait, the number glued to the name, an explicit 理由
  header, prefecture printed vertically one character per line, page title in the page header.

Both print a cover page with the table of contents, a title before each table, the header row on
every page and full-width 分野 / group heading rows with their counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from dxsearch.indexer.records import CATEGORIES, EMPLOYMENT, SECTIONS, SHARED_USE, STATUSES, CaseRecord

from .linebreak import break_lines

GOTHIC = Path("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf")
MINCHO = Path("/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf")
# For the few characters the IPAex fonts lack (the survey prints a simplified 县 once).
FALLBACK = Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")
FONT_PACKAGES = "fonts-ipaexfont fonts-droid-fallback"


def missing_fonts() -> list[Path]:
    return [p for p in (GOTHIC, MINCHO, FALLBACK) if not p.is_file()]

SURVEY_TITLE = "都道府県における デジタル・ガバメントの先進事例調査"

LONG_TITLES = {
    "ai_rpa": ("①", "AI・RPA・チャットボット等により業務を効率化している事務・手続"),
    "shared_system": ("②", "情報システムを複数自治体で共同利用している業務システム(①で挙げたものを除く)"),
    "digital_talent": ("③-1", "DX推進体制(地方公共団体に育成・確保しているデジタル人材)"),
    "organization": ("③-2", "DX推進体制(地方公共団体に設置している組織)"),
}
PAGE_TITLES = {
    "ai_rpa": "①AI・RPA・チャットボット等",
    "shared_system": "②システム共同利用",
    "digital_talent": "③デジタル人材",
    "organization": "④組織",
}
HEADERS = {
    "ai_rpa": ("手続・事務の名称", "AI・RPAの活用方法", "導入状況", "共同利用・共同導入の可否", "理由", "都道府県"),
    "shared_system": ("情報システムの名称", "情報システムで処理している業務内容", "導入状況",
                      "さらなる共同利用・共同導入の可否", "理由", "都道府県"),
    "digital_talent": ("デジタル人材の役職名", "区分", "常勤/非常勤", "デジタル人材の技術分野",
                       "デジタル人材の業務内容", "導入状況", "都道府県"),
    "organization": ("組織の名称", "組織の概要", "組織の業務内容", "導入状況", "都道府県"),
}


def circled(n: int) -> str:
    return chr(0x2460 + n - 1)


def row_cells(r: CaseRecord) -> list[str]:
    """The printed cells of a record (without its number), choices with their ① numbering."""
    status = circled(r.status_order or STATUSES.index(r.status) + 1) + r.status
    if r.section in SHARED_USE:
        shared = circled(r.shared_use_order or SHARED_USE[r.section].index(r.shared_use) + 1) + r.shared_use
        return [r.name, r.description, status, shared, r.shared_use_reason or "", r.prefecture]
    if r.section == "digital_talent":
        return [r.name, circled(CATEGORIES.index(r.category) + 1) + r.category,
                circled(EMPLOYMENT.index(r.employment) + 1) + r.employment,
                r.skill_area or "", r.description, status, r.prefecture]
    return [r.name, r.overview or "", r.description, status, r.prefecture]


@dataclass
class HeadingRow:
    text: str


def table_rows(records: list[CaseRecord]) -> Iterator[HeadingRow | CaseRecord]:
    """A section's rows with a heading row wherever the 分野 or group changes, counts included."""
    def count(pred) -> int:
        return sum(1 for r in records if pred(r))

    def heading(r: CaseRecord) -> str | None:  # a talent role's group is its 区分, a column: no heading row
        return r.group if r.group != r.category else None

    field = group = None
    for r in records:
        if r.field != field:
            field, group = r.field, None
            if field:
                yield HeadingRow(f"{field} ({count(lambda x: x.field == field)})")
        if heading(r) != group:
            group = heading(r)
            if group:
                f0 = field
                yield HeadingRow(f"{group} ({count(lambda x: x.field == f0 and heading(x) == group)})")
        yield r


def by_section(records: Iterable[CaseRecord]) -> dict[str, list[CaseRecord]]:
    out: dict[str, list[CaseRecord]] = {}
    for r in records:
        out.setdefault(r.section, []).append(r)
    return {s: sorted(out[s], key=lambda r: r.number) for s in SECTIONS if s in out}


def toc_lines(sections: dict[str, list[CaseRecord]]) -> list[str]:
    return [f"{LONG_TITLES[s][0]}  {LONG_TITLES[s][1]}  ({len(rs)})" for s, rs in sections.items()]


# --- ReportLab ------------------------------------------------------------------------------

def render_reportlab(records: Iterable[CaseRecord], path: Path, split_rows: bool = False) -> Path:
    """`split_rows`: let a row that does not fit continue on the next page, as word processors do."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)

    pdfmetrics.registerFont(TTFont("IPAexGothic", str(GOTHIC)))
    pdfmetrics.registerFont(TTFont("DroidFallback", str(FALLBACK)))
    covered = set(TTFont("probe", str(GOTHIC)).face.charToGlyph)
    size, pad = 7.0, 2.0
    style = ParagraphStyle("cell", fontName="IPAexGothic", fontSize=size, leading=size * 1.25)
    title_style = ParagraphStyle("title", fontName="IPAexGothic", fontSize=11, leading=15)

    def measure(s: str) -> float:
        return sum(pdfmetrics.stringWidth(ch, "IPAexGothic" if ord(ch) in covered else "DroidFallback", size)
                   for ch in s)

    def markup(line: str) -> str:
        return "".join(escape(ch) if ord(ch) in covered or ch.isspace()
                       else f'<font name="DroidFallback">{escape(ch)}</font>' for ch in line)

    def para(text: str, width: float) -> Paragraph:
        lines = break_lines(text, width - 2 * pad - 1.0, measure)
        return Paragraph("<br/>".join(markup(l) for l in lines), style)

    class PageTitle(Flowable):
        """Sets the title drawn on this and later pages (the page furniture of the survey)."""

        def __init__(self, title: str):
            super().__init__()
            self.title = title

        def wrap(self, *_):
            return 0, 0

        def draw(self):
            self.canv._dx_title = self.title

    page_w, page_h = landscape(A4)
    margin = 30.0

    def furniture(canv, doc):
        canv.saveState()
        canv.setFont("IPAexGothic", 9)
        title = getattr(canv, "_dx_title", "")
        if title:
            canv.drawString(margin, page_h - 20, title)
        canv.drawCentredString(page_w / 2, 14, f"- {doc.page} -")
        canv.restoreState()

    doc = BaseDocTemplate(str(path), pagesize=(page_w, page_h), leftMargin=margin, rightMargin=margin,
                          topMargin=margin, bottomMargin=margin, title=SURVEY_TITLE)
    frame = Frame(margin, margin, page_w - 2 * margin, page_h - 2 * margin, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=furniture)])

    sections = by_section(records)
    story: list = [Paragraph(SURVEY_TITLE + " (令和2年6月～7月実施)", title_style), Spacer(1, 12)]
    story += [Paragraph(escape(line), title_style) for line in toc_lines(sections)]
    story.append(PageBreak())

    usable = page_w - 2 * margin
    fractions = {
        "ai_rpa": (0.035, 0.17, 0.30, 0.08, 0.09, 0.29, 0.035),
        "shared_system": (0.035, 0.17, 0.30, 0.08, 0.11, 0.27, 0.035),
        "digital_talent": (0.035, 0.12, 0.10, 0.07, 0.20, 0.36, 0.08, 0.035),
        "organization": (0.035, 0.19, 0.22, 0.43, 0.09, 0.035),
    }
    for section, recs in sections.items():
        widths = [f * usable for f in fractions[section]]
        mark, long_title = LONG_TITLES[section]
        story.append(PageTitle(PAGE_TITLES[section]))
        story.append(Paragraph(escape(mark + long_title), title_style))
        story.append(Spacer(1, 6))
        headers = list(HEADERS[section])
        if section in SHARED_USE:
            headers[4] = ""  # the 可否 header spans the choice and its reason, as in the survey
        data = [[""] + [para(h, w) for h, w in zip(headers, widths[1:])]]
        commands = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85))]
        if section in SHARED_USE:
            commands.append(("SPAN", (4, 0), (5, 0)))
        for item in table_rows(recs):
            if isinstance(item, HeadingRow):
                data.append([para(item.text, usable)] + [""] * (len(widths) - 1))
                commands.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            else:
                cells = [str(item.number)] + row_cells(item)
                data.append([para(c, w) for c, w in zip(cells, widths)])
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1 if split_rows else 0)
        table.setStyle(TableStyle(commands))
        story += [table, PageBreak()]
    doc.build(story)
    return path


# --- fpdf2 ----------------------------------------------------------------------------------

def render_fpdf(records: Iterable[CaseRecord], path: Path) -> Path:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    size = 6.5
    pad = 0.8  # mm

    class SurveyPDF(FPDF):
        page_title = ""

        def header(self):
            self.set_font("IPAexMincho", size=8)
            if self.page_title:
                self.cell(0, 5, self.page_title, new_x="LMARGIN", new_y="NEXT")
                self.ln(1)
            self.set_font("IPAexMincho", size=size)

        def footer(self):
            self.set_y(-10)
            self.set_font("IPAexMincho", size=8)
            self.cell(0, 5, str(self.page_no()), align="C")
            self.set_font("IPAexMincho", size=size)

    pdf = SurveyPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_auto_page_break(auto=True, margin=14)
    pdf.set_margins(12, 10, 12)
    pdf.add_font("IPAexMincho", fname=str(MINCHO))
    pdf.add_font("DroidFallback", fname=str(FALLBACK))
    pdf.set_fallback_fonts(["DroidFallback"])
    pdf.set_title(SURVEY_TITLE)

    sections = by_section(records)
    pdf.add_page()
    pdf.set_font("IPAexMincho", size=12)
    pdf.multi_cell(0, 8, SURVEY_TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("IPAexMincho", size=9)
    for line in toc_lines(sections):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")

    usable = pdf.w - pdf.l_margin - pdf.r_margin
    pref_w = size * 0.3528 + 2 * pad + 0.4  # one character wide: the prefecture prints vertically
    fractions = {
        "ai_rpa": (0.20, 0.36, 0.09, 0.09, 0.26),
        "shared_system": (0.22, 0.30, 0.09, 0.12, 0.27),
        "digital_talent": (0.14, 0.10, 0.07, 0.22, 0.38, 0.09),
        "organization": (0.22, 0.25, 0.43, 0.10),
    }
    heading_face = FontFace(emphasis=None, fill_color=(230, 230, 230))

    for section, recs in sections.items():
        widths = [f * (usable - pref_w) for f in fractions[section]] + [pref_w]
        pdf.page_title = PAGE_TITLES[section]
        pdf.add_page()
        mark, long_title = LONG_TITLES[section]
        pdf.set_font("IPAexMincho", size=10)
        pdf.multi_cell(0, 6, mark + long_title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("IPAexMincho", size=size)

        def wrapped(text: str, width: float) -> str:
            return "\n".join(break_lines(text, width - 2 * pad - 0.3, pdf.get_string_width))

        with pdf.table(col_widths=widths, width=usable, text_align="LEFT", line_height=size * 0.45,
                       padding=pad, first_row_as_headings=True, repeat_headings=1,
                       headings_style=FontFace(emphasis=None, fill_color=(210, 210, 210))) as table:
            header = table.row()
            for h, w in zip(HEADERS[section], widths):
                header.cell(wrapped(h, w))
            for item in table_rows(recs):
                if isinstance(item, HeadingRow):
                    table.row().cell(item.text, colspan=len(widths), style=heading_face)
                    continue
                cells = row_cells(item)
                cells[0] = f"{item.number} {cells[0]}"
                row = table.row()
                for c, w in zip(cells, widths):
                    row.cell(wrapped(c, w))
    pdf.output(str(path))
    return path


RENDERERS = {"reportlab": render_reportlab, "fpdf": render_fpdf}
