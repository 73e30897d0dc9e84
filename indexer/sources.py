"""Where survey records come from: the bundled survey, text extractions and PDFs."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..data import data_path
from .parse_result import ParseResult
from .errors import ParseError

BUNDLED_SURVEY = data_path("survey-r2.txt")


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
    """Parse one source (survey PDF, survey text, or a JSON Lines/CSV case file) into records."""
    if not path.exists():
        raise ParseError(str(path), "no such file")
    if path.is_dir():
        raise ParseError(str(path), "is a directory, not a survey file")
    from .casefile import is_case_file, parse_case_file
    if is_case_file(path):
        return parse_case_file(path, id_prefix)
    if is_pdf(path):
        from .pdf_parser import parse_pdf_file  # pdfplumber loads only when needed
        return parse_pdf_file(path, id_prefix)
    from .text_parser import parse_text_file
    return parse_text_file(path, id_prefix)


def source_prefix(path: Path) -> str:
    """A URL-safe id prefix from a file name: `survey-2021.pdf` → `survey-2021`."""
    stem = unicodedata.normalize("NFKC", path.stem).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    if not slug:
        import hashlib
        slug = "src-" + hashlib.sha1(path.name.encode()).hexdigest()[:8]
    return slug


def parse_sources(paths: list[Path]) -> list[ParseResult]:
    """Parse several files; ids get a per-file prefix so they stay unique across them."""
    if len(paths) == 1:
        return [parse_source(paths[0])]
    prefixes: list[str] = []
    for p in paths:
        base = source_prefix(p)
        prefix, n = base, 2
        while prefix in prefixes:
            prefix, n = f"{base}-{n}", n + 1
        prefixes.append(prefix)
    return [parse_source(p, prefix) for p, prefix in zip(paths, prefixes)]
