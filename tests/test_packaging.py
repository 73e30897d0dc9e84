"""The wheel as a user gets it: built from this tree, installed with its dependencies into a fresh
virtual environment (no system site-packages, nothing of the dev install), then used from a
directory whose own `search.py`, `web.py` and `indexer.py` would shadow top-level modules of those
names. Everything must come from the one `dxsearch` package the wheel installs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHADOWS = ("search", "web", "indexer")  # names dxsearch's parts had as top-level modules
SOURCE_FILES = ("pyproject.toml", "README.md")


@dataclass(frozen=True)
class Installed:
    venv: Path
    workdir: Path  # a user's directory: holds the shadowing modules, is on sys.path
    env: dict[str, str]

    def python(self) -> str:
        return str(self.venv / "bin" / "python")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run_ok(list(args), cwd=self.workdir, env=self.env)

    def dxsearch(self, *args: str) -> subprocess.CompletedProcess[str]:
        return self.run(str(self.venv / "bin" / "dxsearch"), *args)


def run_ok(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run a command; on failure, the assertion shows its output."""
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done


def _folder(package: str, package_dir: dict[str, str]) -> str:
    """A package's folder under setuptools' package-dir mapping (a sub-package follows its parent)."""
    parts = package.split(".")
    for n in range(len(parts), 0, -1):
        mapped = package_dir.get(".".join(parts[:n]))
        if mapped is not None:
            return "/".join([mapped, *parts[n:]])
    return "/".join(parts)


def copy_sources(dest: Path) -> Path:
    """The files the wheel is built from, copied so the build's build/ and *.egg-info land in a
    temporary directory rather than in the working tree."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    package_dir = config.get("package-dir", {})
    for package in config["packages"]:
        folder = _folder(package, package_dir)
        shutil.copytree(ROOT / folder, dest / folder, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in SOURCE_FILES:
        shutil.copy2(ROOT / name, dest / name)
    return dest


def clean_env(venv: Path, workdir: Path) -> dict[str, str]:
    """The environment of a user of the venv: its bin first on PATH, the user's directory on
    sys.path, nothing pointing at the dev install."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSAFEPATH", "DXSEARCH_INDEX")}
    env.update(PATH=f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", VIRTUAL_ENV=str(venv),
               PYTHONPATH=str(workdir), PYTHONNOUSERSITE="1")
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Installed:
    tmp = tmp_path_factory.mktemp("packaging")
    source = copy_sources(tmp / "src")
    wheels = tmp / "wheels"
    run_ok([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(source)], cwd=tmp)
    (wheel,) = wheels.glob("dxsearch-*.whl")
    venv = tmp / "venv"
    run_ok([sys.executable, "-m", "venv", str(venv)], cwd=tmp)
    workdir = tmp / "user"
    workdir.mkdir()
    for name in SHADOWS:
        (workdir / f"{name}.py").write_text(
            f"raise ImportError('the user\\'s own {name}.py was imported, not dxsearch\\'s')\n", encoding="utf-8")
    env = clean_env(venv, workdir)
    run_ok([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)], cwd=tmp, env=env)
    return Installed(venv, workdir, env)


def installed_files(installed: Installed) -> list[str]:
    """The installed distribution's files, as its RECORD lists them."""
    out = installed.run(installed.python(), "-c", "import importlib.metadata as m, json; "
                        "print(json.dumps([str(f) for f in m.distribution('dxsearch').files]))")
    return json.loads(out.stdout)


def test_the_venv_sees_nothing_of_the_dev_install(installed):
    cfg = (installed.venv / "pyvenv.cfg").read_text(encoding="utf-8")
    assert "include-system-site-packages = false" in cfg
    out = installed.run(installed.python(), "-c", "import sys, dxsearch, flask; print(dxsearch.__file__); "
                        "print(flask.__file__); print(sys.path)")
    package, flask_file, path = out.stdout.splitlines()
    assert package.startswith(str(installed.venv)) and flask_file.startswith(str(installed.venv))
    assert str(ROOT) not in path
    assert str(installed.workdir) in path  # the user's search.py, web.py and indexer.py are importable


def test_the_wheel_installs_only_the_dxsearch_package(installed):
    files = installed_files(installed)
    outside = [f for f in files if not f.startswith("dxsearch/") and not
               (f.startswith("dxsearch-") and f.split("/")[0].endswith(".dist-info")) and
               f != "../../../bin/dxsearch"]
    assert outside == []
    assert "../../../bin/dxsearch" in files
    packages = {f.rsplit("/", 1)[0] for f in files if f.endswith("/__init__.py")}
    assert packages == {"dxsearch", "dxsearch/indexer", "dxsearch/search", "dxsearch/web", "dxsearch/data"}


def test_the_wheel_carries_the_package_data(installed):
    files = set(installed_files(installed))
    assert {"dxsearch/data/survey-r2.txt", "dxsearch/data/synonyms.txt"} <= files
    for folder in ("templates", "static", "geo"):
        wanted = {f"dxsearch/web/{folder}/{p.name}" for p in (ROOT / "web" / folder).iterdir() if p.is_file()}
        assert wanted and wanted <= files, folder


def test_help_build_and_a_synonym_search_from_a_user_directory(installed, index, tmp_path):
    assert "usage: dxsearch" in installed.dxsearch("--help").stdout
    ix = tmp_path / "ix"
    built = installed.dxsearch("build", "--index", str(ix))
    assert "indexed 594 records" in built.stderr
    expected = index.search("AIOCR")  # the dev install over the same survey
    assert expected.total > 50
    for command in ([str(installed.venv / "bin" / "dxsearch")], [installed.python(), "-m", "dxsearch"]):
        result = json.loads(installed.run(*command, "search", "AIOCR", "--json", "--index", str(ix)).stdout)
        assert result["total"] == expected.total
        assert [h["id"] for h in result["hits"]] == [h.record.id for h in expected.hits]
        # found through the synonym: the cases say AI-OCR, none says AIOCR
        assert all("AIOCR" not in h["name"] + h["description"] for h in result["hits"])
        assert sum("AI-OCR" in h["technology"] for h in result["hits"]) > len(result["hits"]) // 2


def test_the_installed_web_app_serves_its_templates_and_static_files(installed, tmp_path):
    ix = tmp_path / "ix"
    installed.dxsearch("build", "--index", str(ix))
    script = ("import sys; from dxsearch.web.app import create_app; c = create_app(sys.argv[1]).test_client(); "
              "print(*(c.get(u).status_code for u in ('/?q=AIOCR', '/overview', '/static/style.css', "
              "'/static/app.js', '/api/stats')))")
    assert installed.run(installed.python(), "-c", script, str(ix)).stdout.split() == ["200"] * 5


def test_the_library_and_the_command_work_from_a_clone_s_top_folder(installed, index, tmp_path):
    """A trial followed the README's Python in the clone it had installed from: its dxsearch/
    folder (found first, from the current directory) hid the installed package, and
    `from dxsearch import SearchIndex; SearchIndex()` failed with "No module named
    'dxsearch.search'" (so did `python -m dxsearch`). That folder now finds its parts beside it."""
    clone = installed.venv.parent / "src"  # the sources the wheel was built from: a clone's layout
    ix = tmp_path / "ix"
    installed.dxsearch("build", "--index", str(ix))
    script = f"from dxsearch import SearchIndex; print(SearchIndex({str(ix)!r}).search('議事録').total)"
    assert int(run_ok([installed.python(), "-c", script], cwd=clone, env=installed.env).stdout) == \
        index.search("議事録").total
    found = run_ok([installed.python(), "-m", "dxsearch", "search", "議事録", "--json", "--index", str(ix)],
                   cwd=clone, env=installed.env)
    assert json.loads(found.stdout)["total"] == index.search("議事録").total
