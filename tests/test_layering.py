"""The package reads bottom-up, checked on the source with `ast`: dxsearch.errors and
dxsearch.data import nothing of dxsearch; dxsearch.indexer (records, parsing) imports only those;
dxsearch.search imports no web or CLI code; dxsearch.web and dxsearch.cli sit on top, and the web
never imports the CLI. And no two modules import each other, however indirectly: a cycle is an
import-order bug waiting for the next edit."""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "dxsearch"

# What each part may import of dxsearch (besides its own modules). The root package is the
# facade (`from dxsearch import SearchIndex`, names loaded on first use) and `__main__` runs the
# CLI, so both are top-level like the CLI.
ALLOWED: dict[str, set[str]] = {
    "dxsearch.errors": set(),
    "dxsearch.data": set(),
    "dxsearch.indexer": {"dxsearch.errors", "dxsearch.data"},
    "dxsearch.search": {"dxsearch.errors", "dxsearch.data", "dxsearch.indexer"},
    "dxsearch.web": {"dxsearch.errors", "dxsearch.data", "dxsearch.indexer", "dxsearch.search"},
    "dxsearch.cli": {"dxsearch.errors", "dxsearch.data", "dxsearch.indexer", "dxsearch.search", "dxsearch.web",
                     "dxsearch"},
    "dxsearch": {"dxsearch.errors", "dxsearch.data", "dxsearch.indexer", "dxsearch.search", "dxsearch.web",
                 "dxsearch.cli"},
}
PARTS = sorted(ALLOWED, key=len, reverse=True)  # most specific first


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the dxsearch module it imports
    line: int

    def __str__(self) -> str:
        return f"{self.source} (line {self.line}) imports {self.target}"


def module_files() -> dict[str, Path]:
    """Module name → file, through the package-dir mapping of pyproject.toml (search/x.py is
    dxsearch.search.x)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    package_dir = config.get("package-dir", {})
    out: dict[str, Path] = {}
    for package in config["packages"]:
        folder = ROOT / package_dir.get(package, package.replace(".", "/"))
        for path in sorted(folder.glob("*.py")):
            out[package if path.stem == "__init__" else f"{package}.{path.stem}"] = path
    return out


MODULES = module_files()


def part_of(module: str) -> str:
    """The layer a module belongs to: the most specific entry of ALLOWED it is in."""
    for part in PARTS:
        if module == part or module.startswith(part + "."):
            return part
    raise AssertionError(f"{module} is in no layer; add it to ALLOWED")


def resolve(name: str) -> str | None:
    """The dxsearch module an imported name comes from (`dxsearch.search.engine.SearchIndex` →
    `dxsearch.search.engine`), or None for anything outside dxsearch."""
    if name != PACKAGE and not name.startswith(PACKAGE + "."):
        return None
    while name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def imports_of(module: str, path: Path) -> Iterator[Import]:
    """Every import of a dxsearch module in the file, relative or absolute, at any depth
    (inside functions and `if TYPE_CHECKING:` blocks too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = module if path.stem == "__init__" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{base}.{node.module}" if node.module else base
            else:
                base = node.module or ""
            # `from . import charts` imports the module dxsearch.web.charts; `from .x import Y` the module x
            names = [f"{base}.{alias.name}" for alias in node.names]
        for name in names:
            target = resolve(name)
            if target is not None and target != module:
                yield Import(module, target, node.lineno)


IMPORTS = list(dict.fromkeys(i for module, path in MODULES.items() for i in imports_of(module, path)))


def test_the_mapping_finds_every_part():
    assert {part_of(m) for m in MODULES} == set(ALLOWED)
    assert {"dxsearch.search.engine", "dxsearch.web.app", "dxsearch.indexer.records", "dxsearch.cli",
            "dxsearch.errors", "dxsearch.data"} <= set(MODULES)


def test_the_scan_sees_relative_absolute_and_function_level_imports():
    edges = {(i.source, i.target) for i in IMPORTS}
    assert ("dxsearch.web.app", "dxsearch.search.engine") in edges  # from ..search.engine import SearchIndex
    assert ("dxsearch.web.app", "dxsearch.web.views") in edges  # from . import api, error_pages, views
    assert ("dxsearch.cli", "dxsearch.web.app") in edges  # imported inside the serve command


def test_a_hidden_upward_import_is_seen(tmp_path):
    fake = tmp_path / "fake.py"
    fake.write_text("def later():\n    from ..web import app\n    import dxsearch.cli\n"
                    "    from .. import errors\n", encoding="utf-8")
    found = {(i.target, i.line) for i in imports_of("dxsearch.search.fake", fake)}
    assert found == {("dxsearch.web.app", 2), ("dxsearch.cli", 3), ("dxsearch.errors", 4)}
    assert {part_of(t) for t, _ in found} - ALLOWED["dxsearch.search"] == {"dxsearch.web", "dxsearch.cli"}


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_no_layer_imports_a_higher_one(part):
    allowed = ALLOWED[part] | {part}
    wrong = [str(i) for i in IMPORTS if part_of(i.source) == part and part_of(i.target) not in allowed]
    assert wrong == []


def test_no_import_cycles():
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for i in IMPORTS:
        graph[i.source].add(i.target)
    cycles = find_cycles(graph)
    assert cycles == [], "\n".join(" → ".join(c) for c in cycles)


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected component of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [cycle_through(graph, set(c)) for c in components]


def cycle_through(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A concrete cycle inside a strongly connected component, to show in the failure."""
    start = min(component)
    path, seen, node = [start], {start}, start
    while True:
        node = min(n for n in graph[node] if n in component)
        if node in seen:
            return path[path.index(node):] + [node]
        path.append(node)
        seen.add(node)


def test_the_cycle_finder_finds_cycles():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c", "a"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []
