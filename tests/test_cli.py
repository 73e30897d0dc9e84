"""`dxsearch parse` end to end."""

from __future__ import annotations

import json

from dxsearch.indexer.records import CaseRecord
from dxsearch.indexer.sources import BUNDLED_SURVEY

from .cli_helpers import run_cli

KEYS = ["id", "section", "number", "field", "group", "name", "description", "status", "status_order",
        "prefecture", "prefecture_code", "region", "shared_use", "shared_use_order", "shared_use_reason",
        "category", "employment", "skill_area", "overview", "source", "page"]


def test_parse_writes_json_lines_and_a_summary(tmp_path, survey):
    out = tmp_path / "cases.jsonl"
    result = run_cli("parse", "-o", str(out), cwd=str(tmp_path))  # no SOURCE: the bundled survey
    assert result.returncode == 0, result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 594
    first = json.loads(lines[0])
    assert list(first) == KEYS
    assert CaseRecord.from_dict(first) == survey.records[0]
    assert "594 records (ai_rpa 357, shared_system 123, digital_talent 42, organization 72)" in result.stderr
    assert "2 note(s) on the survey's own text" in result.stderr and "row 27 repeats row 9" in result.stderr
    assert "warning(s)" not in result.stderr  # said as they are labelled (a check read 2 notes as 2 warnings)
    # the survey's own text's, said as `build` says them (a trial found parse calling them warnings)
    assert result.stderr.count("note on the survey's own text: ") == 2 and "\nwarning: " not in result.stderr
    # …and of a copy of it, edited (an operator's copy called the same two warnings), its own warnings apart
    lines = BUNDLED_SURVEY.read_text(encoding="utf-8").split("\n")
    lines[22] = lines[22].replace("⑤検討中", "⑤検討中 ")  # a harmless edit: still the survey's two notes
    copy = tmp_path / "copy.txt"
    copy.write_text("\n".join(lines), encoding="utf-8")
    copied = run_cli("parse", str(copy), "-o", str(tmp_path / "copy.jsonl"))
    assert copied.returncode == 0 and copied.stderr.count("note on the survey's own text: ") == 2
    assert "\nwarning: " not in copied.stderr


def test_parse_to_stdout(tmp_path):
    result = run_cli("parse", str(BUNDLED_SURVEY), cwd=str(tmp_path))
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records[:2]] == ["ai_rpa-001", "ai_rpa-002"]
    assert list(tmp_path.iterdir()) == []


def test_several_sources_get_unique_ids(tmp_path, survey):
    from .pdfgen import render_fpdf

    pdf = render_fpdf([r for r in survey.records if r.section == "shared_system"][:20],
                      tmp_path / "Survey 2021.pdf")
    out = tmp_path / "all.jsonl"
    result = run_cli("parse", str(BUNDLED_SURVEY), str(pdf), "-o", str(out))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 594 + 20
    assert "ai_rpa-001" in ids and "shared_system-001" in ids  # the survey keeps its ids
    second = [i for i in ids if i.endswith(".shared_system-001")]
    assert len(second) == 1  # the second survey is told apart by a prefix from its content
    pdf_record = next(r for r in records if r["id"] == second[0])
    assert pdf_record["source"] == "Survey 2021.pdf" and pdf_record["page"] > 1


def test_help_and_usage_errors():
    assert run_cli("--help").returncode == 0
    result = run_cli("frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr
