"""Where survey records come from: the bundled survey, text extractions and PDFs."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from ..data import data_path
from .digest import file_sha256
from .errors import ParseError, ParseErrors
from .parse_result import ParseResult
from .records import SURVEY_TABLES  # noqa: F401 (the tables by their Japanese names, for the layers above)

BUNDLED_SURVEY = data_path("survey-r2.txt")


@dataclass(frozen=True)
class Publication:
    """A published work as people cite it in Japanese: 「title」 publisher date."""

    title: str
    publisher: str
    published: str  # as the work dates itself (和暦)
    published_iso: str  # the same, for machines: YYYY-MM

    def citation(self, page: int | None = None) -> str:
        """「都道府県における デジタル・ガバメントの先進事例調査」 全国知事会 令和2年10月(、12 頁)."""
        where = f"、{page} 頁" if page else ""
        return f"「{self.title}」 {self.publisher} {self.published}{where}"


# The survey every survey source (the bundled text, or the survey's PDF) is an extraction of,
# described once: pages, exports and the API cite this, never a file name.
SURVEY = Publication(title="都道府県における デジタル・ガバメントの先進事例調査", publisher="全国知事会",
                     published="令和2年10月", published_iso="2020-10")


def is_survey_source(source: str) -> bool:
    """Whether a record's `source` (a file name) is the survey (a text extraction or PDF of it)
    rather than a case file of someone's own (CSV, JSON Lines)."""
    from .casefile import is_case_file  # as in parse_source: loaded only when needed

    return bool(source) and not is_case_file(Path(source))


def citation(source: str, page: int | None = None) -> str:
    """Where a case came from, as a person cites it: the survey's citation (with the page, when
    the record has one) for a survey source, the file's own name for a case file."""
    if is_survey_source(source):
        return SURVEY.citation(page)
    return PurePath(source).name + (f"、{page} 頁" if page else "")


def case_citation(case: Mapping[str, Any], with_entry: bool = True) -> str:
    """出典 of a case (its `to_dict()`): 「都道府県における デジタル・ガバメントの先進事例調査」 全国知事会
    令和2年10月、① AI・RPA等による業務効率化 番号 1 (with the page when the record has one); a case
    file's own name for a case of someone's own. The case page, its JSON and `dxsearch show` cite so."""
    out = citation(case.get("source") or "", case.get("page"))
    if with_entry:
        out += f"、{SURVEY_TABLES.get(case['section'], case['section'])} 番号 {case['number']}"
    return out


def bundled_survey() -> Path:
    """The survey text that comes with dxsearch (package data)."""
    if not BUNDLED_SURVEY.is_file():
        raise ParseError(str(BUNDLED_SURVEY), "the bundled survey is missing from this installation "
                                              "of dxsearch; reinstall it (pip install dxsearch)")
    return BUNDLED_SURVEY


def is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            head = f.read(1024)
    except OSError:
        return path.suffix.lower() == ".pdf"
    return b"%PDF-" in head or path.suffix.lower() == ".pdf"


def parse_source(path: Path, id_prefix: str = "") -> ParseResult:
    """Parse one source (survey PDF, survey text, or a JSON Lines/CSV case file) into records.
    `id_prefix` applies to survey rows only (see `parse_sources`)."""
    if not path.exists():
        raise ParseError(str(path), "no such file")
    if path.is_dir():
        raise ParseError(str(path), "is a directory, not a survey file")
    from .casefile import is_case_file, parse_case_file
    from .file_kinds import excel_file_advice
    advice = excel_file_advice(path.suffix)
    if advice:
        raise ParseError(str(path), advice)
    if is_case_file(path):
        return parse_case_file(path)
    if is_pdf(path):
        from .pdf_parser import parse_pdf_file  # pdfplumber loads only when needed
        return parse_pdf_file(path, id_prefix)
    from .text_parser import parse_text_file
    return parse_text_file(path, id_prefix)


def legacy_prefix(path: Path | str) -> str:
    """The id prefix dxsearch 0.1 gave a source's records when several were indexed together
    (`survey-2021.pdf` → `survey-2021`): kept so links saved then can be resolved."""
    stem = unicodedata.normalize("NFKC", Path(path).stem).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    if not slug:
        slug = "src-" + hashlib.sha1(Path(path).name.encode()).hexdigest()[:8]
    return slug


def _content_prefix(path: Path) -> str:
    return "s" + file_sha256(path)[:8]


def parse_sources(paths: list[Path]) -> list[ParseResult]:
    """Parse several files into records whose ids do not depend on which other files are given
    or on file names: the survey keeps `ai_rpa-001`, a case file's rows have ids of their own
    (`parse_case_file`). Only a second survey in the same build is told apart, by a prefix from
    its content (`s1a2b3c4d.ai_rpa-001`). The same id from two sources is an error."""
    from .casefile import is_case_file

    results: list[ParseResult] = []
    surveys = 0
    for path in paths:
        survey = path.exists() and not path.is_dir() and not is_case_file(path)
        results.append(parse_source(path, _content_prefix(path) if survey and surveys else ""))
        surveys += survey
    owner: dict[str, str] = {}
    twice: list[ParseError] = []  # every one, not the first alone (a trial's three exported rows took three builds)
    for res in results:
        for record in res.records:
            other = owner.setdefault(record.id, res.source)
            if other != res.source:
                how = "" if twice else ("; give each case once (or an id column of your own; an export's ID column "
                                        "names the survey's cases: empty it to index the rows as your own)")
                twice.append(ParseError(res.where.get(record.id, res.source),
                                        f"case id {record.id!r} ({record.name}) is also given by {other}{how}", "id"))
    if twice:
        raise twice[0] if len(twice) == 1 else ParseErrors(twice)
    return results
