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

from .builder import ParseResult, SurveyBuilder
from .cleaning import join_wrapped_lines
from .errors import Location, ParseError
from .layout import Header, read_header, read_heading, read_toc_line, split_number

_LINES = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
          "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}


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
    builder = SurveyBuilder(str(path), id_prefix, record_source=path.name)
    with _open(path) as pdf:
        if not pdf.pages:
            raise ParseError(str(path), "the PDF has no pages")
        columns: tuple[str | None, ...] | None = None
        for pageno, page in enumerate(pdf.pages, start=1):
            where_page = Location(str(path), page=pageno)
            try:
                tables = sorted(page.find_tables(_LINES), key=lambda t: t.bbox[1])
                rows_per_table = [t.extract() for t in tables]
            except Exception as e:
                raise ParseError(where_page, f"cannot read this page ({type(e).__name__}: {e})") from e
            if builder.section is None:
                _read_toc(builder, page)
            for rows in rows_per_table:
                columns = _read_table(builder, rows, columns, where_page)
    return builder.finish()


def _read_toc(builder: SurveyBuilder, page) -> None:
    try:
        text = page.extract_text() or ""
    except Exception:
        return
    for line in text.splitlines():
        entry = read_toc_line(line)
        if entry is not None:
            builder.toc_entry(entry)


def _read_table(builder: SurveyBuilder, rows: list[list[str | None]],
                columns: tuple[str | None, ...] | None, where: Location) -> tuple[str | None, ...] | None:
    for row in rows:
        cells = [_cell_text(c) for c in row]
        filled = [c for c in cells if c]
        if not filled:
            continue
        header: Header | None = read_header(cells)
        if header is not None:
            builder.table(header.section)
            columns = header.columns
            continue
        if len(filled) == 1:
            heading = read_heading(filled[0])
            if heading is not None:
                builder.heading(heading, where)
                continue
        if columns is None or builder.section is None:
            continue  # a table before the survey's own (cover page, contents)
        if len(cells) != len(columns):
            builder.error(where, f"a row with {len(cells)} columns in a table whose header has "
                                 f"{len(columns)}: {filled[0][:30]!r}")
            continue
        _read_row(builder, cells, columns, where)
    return columns


def _read_row(builder: SurveyBuilder, cells: list[str | None], columns: tuple[str | None, ...],
              where: Location) -> None:
    raw: dict[str, str | None] = {}
    number: int | None = None
    for field, text in zip(columns, cells):
        if field is None or field == "number":
            if number is None and text and text.strip().isdigit():
                number = int(text.strip())
            continue
        raw[field] = text
    name = raw.get("name") or ""
    if number is None:
        split = split_number(name, builder.expected_number())
        if split is None:
            if builder.continuation(raw, join_wrapped_lines):
                return  # a row that a page break cut in two
            builder.error(where, f"a row without a printed number: {name[:30]!r}", "name")
            return
        number, raw["name"] = split
    builder.row(number, raw, where)
