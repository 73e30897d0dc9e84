"""What the survey's tables look like: their columns, header rows, headings and table of contents.

Both parsers recognise a table by the text of its header row, never by positions: a column is the
one whose header says 導入状況, whatever its place or width in a given file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .cleaning import clean_cell
from .records import Section

# The columns of each table, in the survey's order.
SECTION_FIELDS: dict[str, tuple[str, ...]] = {
    Section.AI_RPA: ("name", "description", "status", "shared_use", "shared_use_reason", "prefecture"),
    Section.SHARED_SYSTEM: ("name", "description", "status", "shared_use", "shared_use_reason", "prefecture"),
    Section.DIGITAL_TALENT: ("name", "category", "employment", "skill_area", "description", "status", "prefecture"),
    Section.ORGANIZATION: ("name", "overview", "description", "status", "prefecture"),
}

# Header text → field, tried in order on the header cell with its spaces removed.
_HEADER_RULES: tuple[tuple[str, str], ...] = (
    (r"都道府県", "prefecture"),
    (r"導入状況", "status"),
    (r"共同利用.*可否", "shared_use"),
    (r"理由", "shared_use_reason"),
    (r"技術分野", "skill_area"),
    (r"常勤", "employment"),
    (r"^区分$", "category"),
    (r"概要", "overview"),
    (r"活用方法|業務内容", "description"),
    (r"名称|役職名", "name"),
    (r"^(?:No\.?|番号|#)$", "number"),
)

# The name column's header tells which table this is.
_SECTION_BY_NAME_HEADER: tuple[tuple[str, str], ...] = (
    (r"手続|事務", Section.AI_RPA),
    (r"情報システム", Section.SHARED_SYSTEM),
    (r"人材|役職", Section.DIGITAL_TALENT),
    (r"組織", Section.ORGANIZATION),
)


def _compact(text: str | None) -> str:
    return "".join(clean_cell(text).split())


def header_field(text: str | None) -> str | None:
    compact = _compact(text)
    if not compact:
        return None
    for pattern, field in _HEADER_RULES:
        if re.search(pattern, compact):
            return field
    return None


@dataclass(frozen=True)
class Header:
    """A recognised header row: the table it opens and the field of each column (None: unnamed)."""

    section: str
    columns: tuple[str | None, ...]


def read_header(cells: Sequence[str | None]) -> Header | None:
    """Recognise a header row from its cells; None when the row is not one.

    An unnamed column right after 共同利用…可否 holds the reason (the header cell spans both).
    """
    columns: list[str | None] = []
    section = None
    for cell in cells:
        field = header_field(cell)
        if field is None and columns and columns[-1] == "shared_use" and not _compact(cell):
            field = "shared_use_reason"
        if field == "name" and section is None:
            compact = _compact(cell)
            for pattern, candidate in _SECTION_BY_NAME_HEADER:
                if re.search(pattern, compact):
                    section = candidate
                    break
        columns.append(field)
    named = {c for c in columns if c}
    if section is None or not {"name", "prefecture", "status"} <= named:
        return None
    return Header(section=section, columns=tuple(columns))


_HEADING = re.compile(r"^(?P<name>.+?)\s*[(（]\s*(?P<count>[0-9０-９]+)\s*[)）]\s*$")


@dataclass(frozen=True)
class Heading:
    name: str
    count: int
    level: str  # "field" (分野) or "group"


def read_heading(text: str | None) -> Heading | None:
    """`総務分野 (207)`, `その他（184）`, `組織（部・課・室等）（28）` → a heading with its printed count."""
    if not text:
        return None
    m = _HEADING.match(" ".join(text.split()))
    if not m:
        return None
    name = clean_cell(m.group("name"))
    if not name or name[0].isdigit():
        return None
    count = int(clean_cell(m.group("count")))
    level = "field" if name.endswith("分野") else "group"
    return Heading(name=name, count=count, level=level)


# The cover page's table of contents: `①  AI・RPA… (357)  1`.
_TOC_MARKS: dict[str, str] = {
    "①": Section.AI_RPA,
    "②": Section.SHARED_SYSTEM,
    "③-1": Section.DIGITAL_TALENT,
    "③-2": Section.ORGANIZATION,
}
_TOC_LINE = re.compile(
    r"^\s*(?P<mark>③\s*[-－‐]\s*[12]|[①②])\s*(?P<title>\S.*?)\s*[(（]\s*(?P<count>\d+)\s*[)）]\s*(?P<page>\d+)?\s*$"
)


@dataclass(frozen=True)
class TocEntry:
    section: str
    title: str
    count: int
    page: int | None


def read_toc_line(line: str) -> TocEntry | None:
    m = _TOC_LINE.match(" ".join(line.replace("\t", " ").split()))
    if not m:
        return None
    mark = re.sub(r"\s|[－‐]", lambda x: "-" if x.group() in "－‐" else "", m.group("mark"))
    section = _TOC_MARKS.get(mark)
    if section is None:
        return None
    page = m.group("page")
    return TocEntry(section=section, title=clean_cell(m.group("title")), count=int(m.group("count")),
                    page=int(page) if page else None)


_NUMBERED = re.compile(r"^(\d{1,4})(?:\s+|(?=\D)|$)(.*)$", re.DOTALL)


def split_number(text: str, expected: int | None = None) -> tuple[int, str] | None:
    """`12 AI会議録作成システム` → (12, `AI会議録作成システム`); None when the cell has no number.

    A name may itself start with digits (`5G利活用…`): where the printed number is glued to it,
    the number the table expects next decides where one ends.
    """
    text = text.strip()
    m = _NUMBERED.match(text)
    if not m:
        return None
    digits, rest = m.group(1), m.group(2)
    if expected is not None and not text[len(digits):][:1].isspace():
        exp = str(expected)
        if digits != exp and digits.startswith(exp):
            return expected, text[len(exp):].strip()
    return int(digits), rest.strip()
