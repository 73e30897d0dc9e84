"""Shared fixtures: the bundled survey parsed once, and rendered to PDF once per renderer."""

from __future__ import annotations

from pathlib import Path

import pytest

from dxsearch.indexer.parse_result import ParseResult
from dxsearch.indexer.pdf_parser import parse_pdf_file
from dxsearch.indexer.sources import BUNDLED_SURVEY
from dxsearch.indexer.text_parser import parse_text_file

from .pdfgen import FONT_PACKAGES, RENDERERS, missing_fonts

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"


@pytest.fixture(scope="session")
def survey() -> ParseResult:
    return parse_text_file(BUNDLED_SURVEY)


@pytest.fixture(scope="session")
def records_by_id(survey):
    return {r.id: r for r in survey.records}


@pytest.fixture(scope="session")
def survey_lines() -> list[str]:
    return BUNDLED_SURVEY.read_text(encoding="utf-8").splitlines()


def _require_fonts() -> None:
    missing = missing_fonts()
    if missing:
        pytest.fail(f"fonts needed to render test PDFs are missing ({', '.join(map(str, missing))}); "
                    f"install the Debian packages {FONT_PACKAGES} (./quickstart test does)")


@pytest.fixture(scope="session")
def rendered_pdfs(survey, tmp_path_factory) -> dict[str, Path]:
    """The bundled survey rendered by each renderer; kept under test-artifacts/ to look at."""
    _require_fonts()
    ARTIFACTS.mkdir(exist_ok=True)
    out = {}
    for name, render in RENDERERS.items():
        out[name] = render(survey.records, ARTIFACTS / f"survey-{name}.pdf")
    return out


@pytest.fixture(scope="session")
def pdf_results(rendered_pdfs) -> dict[str, ParseResult]:
    return {name: parse_pdf_file(path) for name, path in rendered_pdfs.items()}


@pytest.fixture(scope="session")
def index_dir(survey, tmp_path_factory) -> Path:
    """The bundled survey indexed once per test session."""
    from dxsearch import build

    path = tmp_path_factory.mktemp("index")
    build(survey.records, path, [str(BUNDLED_SURVEY)])
    return path


@pytest.fixture(scope="session")
def index(index_dir):
    from dxsearch import SearchIndex

    return SearchIndex(index_dir)


@pytest.fixture
def monkeypatch(monkeypatch, request):
    """pytest's, but a test patching a tuning constant reads nothing the shared index worked out
    without the patch (a text's key terms, a query as read), and leaves nothing worked out with it:
    the index forgets them at each patch and at the test's end."""
    if "index" not in request.fixturenames:
        yield monkeypatch
        return
    shared = request.getfixturevalue("index")
    for name in ("setattr", "setitem", "delattr", "delitem"):
        def patched(*args, _original=getattr(monkeypatch, name), **kwargs):
            _original(*args, **kwargs)
            shared.forget()
        setattr(monkeypatch, name, patched)
    shared.forget()
    yield monkeypatch
    monkeypatch.undo()
    shared.forget()
