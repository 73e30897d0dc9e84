"""The package type-checks: mypy over dxsearch as installed, with pyproject.toml's settings."""

from __future__ import annotations

from .typecheck import run_mypy


def test_mypy_finds_no_errors():
    result = run_mypy()
    assert result.returncode == 0, f"mypy (python -m tests.typecheck):\n{result.stdout}\n{result.stderr}"
    assert "Success: no issues found" in result.stdout
