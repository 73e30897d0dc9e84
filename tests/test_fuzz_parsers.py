"""Mutated survey text and PDFs end in records or a clear ParseError, never anything else.

Short by default; `DXSEARCH_FUZZ_EXAMPLES=2000 ./quickstart test -k fuzz` for a long run.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dxsearch.indexer.parse_result import ParseResult
from dxsearch.indexer.errors import ParseError
from dxsearch.indexer.sources import BUNDLED_SURVEY, parse_source
from dxsearch.indexer.text_parser import parse_text

from .pdfgen import render_fpdf

EXAMPLES = int(os.environ.get("DXSEARCH_FUZZ_EXAMPLES", "60"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

LINES = BUNDLED_SURVEY.read_text(encoding="utf-8").split("\n")[:200]  # covers table ① and the cover

edits = st.lists(st.tuples(
    st.sampled_from(["delete", "duplicate", "swap", "insert", "cut", "tab"]),
    st.integers(0, len(LINES) - 1),
    st.integers(0, 400),
    st.text(alphabet=st.sampled_from(list("\t ①③⑤(（)）0123456789北海道県AIー・<>ul\u3000\x00")), max_size=12),
), max_size=8)


def _mutate(lines: list[str], ops) -> str:
    lines = list(lines)
    for op, i, pos, text in ops:
        i %= len(lines)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = (i + pos) % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines[i] = lines[i][:pos] + text + lines[i][pos:]
        elif op == "cut":
            lines[i] = lines[i][:pos]
        elif op == "tab":
            lines[i] = lines[i].replace("\t", text, 1)
        if not lines:
            lines = [""]
    return "\n".join(lines)


@FUZZ
@given(edits)
def test_mutated_text_gives_records_or_a_clear_error(ops):
    try:
        result = parse_text(_mutate(LINES, ops), "fuzz.txt")
    except ParseError as e:
        assert str(e).startswith("fuzz.txt")
        return
    assert isinstance(result, ParseResult) and result.records


_PDF_CACHE: dict[str, bytes] = {}


def _small_pdf(tmp_dir: Path) -> bytes:
    if "pdf" not in _PDF_CACHE:
        from dxsearch.indexer.text_parser import parse_text_file

        records = parse_text_file(BUNDLED_SURVEY).records[:12]
        _PDF_CACHE["pdf"] = render_fpdf(records, tmp_dir / "small.pdf").read_bytes()
    return _PDF_CACHE["pdf"]


@settings(max_examples=max(10, EXAMPLES // 3), deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["truncate", "shuffle", "flip"]), st.integers(0, 10**9), st.integers(1, 64))
def test_mutated_pdf_gives_records_or_a_clear_error(tmp_path, kind, seed, size):
    import random

    data = bytearray(_small_pdf(tmp_path))
    rng = random.Random(seed)
    if kind == "truncate":
        data = data[: rng.randrange(len(data))]
    elif kind == "shuffle":
        start = rng.randrange(len(data) - size)
        chunk = data[start:start + size]
        rng.shuffle(chunk)
        data[start:start + size] = chunk
    else:
        for _ in range(size):
            data[rng.randrange(len(data))] = rng.randrange(256)
    path = tmp_path / "mutated.pdf"
    path.write_bytes(bytes(data))
    try:
        result = parse_source(path)
    except ParseError as e:
        assert str(path) in str(e)
        return
    assert result.records
