"""Type-check the dxsearch package with mypy, as installed: `python -m tests.typecheck`.

The repository keeps the package's parts in top-level folders that setuptools maps into
`dxsearch` (search/ → dxsearch.search, …). mypy knows nothing of that mapping (an editable
install's import hook is invisible to it, and checking the folders as top-level packages breaks
their relative imports), so the check builds the installed layout out of symbolic links in a
temporary directory and runs `mypy -p dxsearch` there, with the settings of pyproject.toml and a
cache kept between runs in the system's temporary directory (a run with a warm cache takes about
a second). Paths in the report are the repository's own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(tempfile.gettempdir()) / "dxsearch-mypy-cache"


def package_dirs() -> dict[str, Path]:
    """dxsearch.X → the repository folder setuptools maps it from, read from pyproject.toml."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["package-dir"]
    return {name.removeprefix("dxsearch."): ROOT / folder for name, folder in mapping.items()}


def installed_layout(where: Path) -> Path:
    """A dxsearch/ directory under `where` laid out as installed, every file a link to the repository."""
    package = where / "dxsearch"
    package.mkdir()
    for path in (ROOT / "dxsearch").glob("*.py"):
        (package / path.name).symlink_to(path)
    for sub, folder in package_dirs().items():
        (package / sub).symlink_to(folder, target_is_directory=True)
    return package


def run_mypy() -> subprocess.CompletedProcess:
    """mypy over the whole package; its report with the repository's paths."""
    with tempfile.TemporaryDirectory(prefix="dxsearch-typecheck-") as tmp:
        installed_layout(Path(tmp))
        env = {k: v for k, v in os.environ.items() if k not in ("MYPYPATH", "PYTHONPATH")}
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(CACHE),
             "-p", "dxsearch"],
            cwd=tmp, capture_output=True, text=True, encoding="utf-8", env=env, timeout=600)
    return subprocess.CompletedProcess(result.args, result.returncode, _repository_paths(result.stdout),
                                       result.stderr)


def _repository_paths(report: str) -> str:
    lines = []
    for line in report.splitlines():
        for sub, folder in package_dirs().items():
            prefix = f"dxsearch/{sub}/"
            if line.startswith(prefix):
                line = f"{folder.relative_to(ROOT)}/{line[len(prefix):]}"
                break
        lines.append(line)
    return "\n".join(lines)


def main() -> int:
    result = run_mypy()
    print(result.stdout)
    if result.stderr:
        print(result.stderr, file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
