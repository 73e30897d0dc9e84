"""Parser for the survey as a PDF of ruled tables (pdfplumber).

Tables and their cells come from the ruling lines; which column is which comes from the text of
the header row, never from coordinates, so a PDF made by another tool, with other fonts, column
widths or orientation, still parses. Per page: header rows (repeated on every page) set the table
and its columns, a row whose only cell spans the table is a 分野/group heading, every other row is
a record whose wrapped cell lines are joined back (`join_wrapped_lines`). Text outside the tables
(page titles, page numbers) is furniture, except the cover page's table of contents.
"""

from __future__ import annotations

from pathlib import Path

from .builder import SurveyBuilder
from .parse_result import ParseResult
from .cleaning import join_wrapped_lines
from .errors import Location, ParseError
from .layout import Header, read_header, read_heading, read_toc_line, split_number

_LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
          "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}


def _table_settings(page) -> dict:
    """Ruling-line settings, with the table closed at the ends of its vertical rules: a row cut
    by a page break is often left open at the page's bottom (or top), and pdfplumber only makes
    cells from closed rectangles."""
    verticals = [e for e in page.edges if e["orientation"] == "v" and e["height"] > 2]
    if not verticals:
        return _LINES
    return {**_LINES, "explicit_horizontal_lines": [min(e["top"] for e in verticals),
                                                    max(e["bottom"] for e in verticals)]}


def _cell_text(cell: str | None) -> str | None:
    if cell is None:
        return None
    return join_wrapped_lines(cell.splitlines())


def _open(path: Path):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    tail = path.read_bytes()[-2048:]
    if b"%%EOF" not in tail:
        raise ParseError(str(path), "the PDF is truncated (no end-of-file marker); "
                                    "download or export it again")
    try:
        pdf = pdfplumber.open(path)
        _ = pdf.pages  # loads the page tree: a damaged file fails here
    except Exception as e:
        cause = e.args[0] if e.args and isinstance(e.args[0], Exception) else e
        if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ParseError(str(path), "the PDF is encrypted; save an unprotected copy and parse that") from e
        detail = str(cause) or type(cause).__name__
        raise ParseError(str(path), f"not a readable PDF ({detail}); the file may be damaged") from e
    return pdf


def parse_pdf_file(path: Path, id_prefix: str = "") -> ParseResult:
    if path.stat().st_size == 0:
        raise ParseError(str(path), "empty file")
    reader = _TableReader(SurveyBuilder(str(path), id_prefix, record_source=path.name))
    with _open(path) as pdf:
        if not pdf.pages:
            raise ParseError(str(path), "the PDF has no pages")
        for pageno, page in enumerate(pdf.pages, start=1):
            where_page = Location(str(path), page=pageno)
            try:
                tables = sorted(page.find_tables(_table_settings(page)), key=lambda t: t.bbox[1])
                rows_per_table = [t.extract() for t in tables]
            except Exception as e:
                raise ParseError(where_page, f"cannot read this page ({type(e).__name__}: {e})") from e
            if reader.builder.section is None:
                _read_toc(reader.builder, page)
            for rows in rows_per_table:
                reader.table(rows, where_page)
    reader.flush()
    return reader.builder.finish()


def _read_toc(builder: SurveyBuilder, page) -> None:
    try:
        text = page.extract_text() or ""
    except Exception:
        return
    for line in text.splitlines():
        entry = read_toc_line(line)
        if entry is not None:
            builder.toc_entry(entry)


class _TableReader:
    """Reads table rows in document order. A record is held back until the next row is seen,
    because the first row under a page's header may be the rest of it: a row that the page break
    cut in two has no number and no status of its own in its second part."""

    def __init__(self, builder: SurveyBuilder):
        self.builder = builder
        self.columns: tuple[str | None, ...] | None = None
        self.pending: tuple[int, dict[str, str | None], Location] | None = None

    def flush(self) -> None:
        if self.pending is not None:
            self.builder.row(*self.pending)
            self.pending = None

    def table(self, rows: list[list[str | None]], where: Location) -> None:
        first_data_row = True
        for row in rows:
            cells = [_cell_text(c) for c in row]
            filled = [c for c in cells if c]
            if not filled:
                continue
            header: Header | None = read_header(cells)
            if header is not None:
                if header.section != self.builder.section:
                    self.flush()  # a repeated header may fall inside a row cut by the page break
                self.builder.table(header.section)
                self.columns = header.columns
                continue
            if len(filled) == 1:
                heading = read_heading(filled[0])
                if heading is not None:
                    self.flush()
                    self.builder.heading(heading, where)
                    first_data_row = False
                    continue
            if self.columns is None or self.builder.section is None:
                continue  # a table before the survey's own (cover page, contents)
            if len(cells) != len(self.columns):
                self.builder.error(where, f"a row with {len(cells)} columns in a table whose header has "
                                          f"{len(self.columns)}: {filled[0][:30]!r}")
                continue
            self.row(cells, where, may_continue=first_data_row)
            first_data_row = False

    def row(self, cells: list[str | None], where: Location, may_continue: bool) -> None:
        assert self.columns is not None
        raw: dict[str, str | None] = {}
        number: int | None = None
        number_column = False
        for field, text in zip(self.columns, cells):
            if field is None or field == "number":
                number_column = number_column or "name" not in raw
                if number is None and text and text.strip().isascii() and text.strip().isdigit():
                    number = int(text.strip())
                continue
            raw[field] = text
        if number is None and may_continue and self.pending is not None \
                and not (raw.get("status") or "").strip():
            _, before, _ = self.pending
            for key, text in raw.items():
                if text:
                    before[key] = join_wrapped_lines([before.get(key) or "", text])
            return
        self.flush()
        if number is None and not number_column:
            split = split_number(raw.get("name") or "", self.builder.expected_number())
            if split is not None:
                number, raw["name"] = split
        if number is None:
            self.builder.error(where, f"a row without a printed number: {(raw.get('name') or '')[:30]!r}",
                               "name")
            return
        self.pending = (number, raw, where)
