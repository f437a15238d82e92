"""The package tree shows the pipeline: no import cycles, and no stage imports a later one.

Every import statement counts, at any depth (inside functions, under TYPE_CHECKING): a lazy
import still ties two modules together, and the cycle it makes shows the day someone moves
it to the top. The stages in ``LAYERS`` come in the order the data flows; a module may import
from its own layer's packages and earlier ones, never later ones. ``pipeline`` comes after
``query`` and ``export`` because ``build`` exports and answers the summary queries; the tools
(``bench``) and the front doors (``api``, ``cli``) come last.
"""
from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

from helpers import SRC

LAYERS = (("errors", "model"), ("read",), ("extract",), ("map",), ("validate",), ("store",), ("query", "export"),
          ("pipeline",), ("remote", "viz", "server"), ("bench",), ("api",), ("cli", "__main__"))


def module_files(src: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package (a package by its __init__)."""
    found = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = path.relative_to(src).with_suffix("").parts
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def imported(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The project's modules one module imports: ``from a.b import c`` names a.b.c if that is a
    module, else a.b; relative imports are resolved against the module's package. A module's own
    packages are left out: their ``__init__`` has run before the module loads, so the names it
    takes from them (``__version__``, a package's errors and tables) make no cycle."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            candidates = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        for candidate in candidates:
            while candidate and candidate not in modules:
                candidate = candidate.rpartition(".")[0]
            if candidate and candidate != name and not name.startswith(candidate + "."):
                targets.add(candidate)
    return targets


def import_graph(src: Path, package: str) -> nx.DiGraph:
    modules = module_files(src, package)
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        graph.add_edges_from((name, target) for target in imported(name, path, modules))
    return graph


def cycles(graph: nx.DiGraph) -> list[list[str]]:
    """Each set of modules that import one another, directly or round a loop."""
    return sorted(sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1)


def backward(graph: nx.DiGraph, package: str) -> list[str]:
    """Imports of a later layer's package (the root package, which holds ``__version__`` and loads
    the front door lazily, is neither checked nor counted)."""
    rank = {stage: i for i, layer in enumerate(LAYERS) for stage in layer}

    def stage(module: str) -> str | None:
        parts = module.split(".")
        return parts[1] if len(parts) > 1 and parts[0] == package else None

    unknown = sorted({s for s in map(stage, graph) if s is not None and s not in rank})
    assert not unknown, f"packages in no layer of LAYERS: {unknown}"
    return sorted(f"{a} -> {b}" for a, b in graph.edges
                  if stage(a) and stage(b) and rank[stage(a)] < rank[stage(b)])  # type: ignore[index]


def test_no_import_cycles() -> None:
    assert cycles(import_graph(SRC, "unhrkg")) == []


def test_no_stage_imports_a_later_one() -> None:
    assert backward(import_graph(SRC, "unhrkg"), "unhrkg") == []


def write_package(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_the_checks_see_a_cycle_and_a_backward_import(tmp_path: Path) -> None:
    """The checks fail where they should: a loop through a lazy and a relative import, and a model
    module reaching into the store."""
    src = write_package(tmp_path, {
        "pkg/__init__.py": "",
        "pkg/model/__init__.py": "",
        "pkg/model/a.py": "def f():\n    from pkg.store import b\n",
        "pkg/store/__init__.py": "",
        "pkg/store/b.py": "from ..model import a\n",
        "pkg/store/c.py": "import pkg.model.a\n",
    })
    graph = import_graph(src, "pkg")
    assert cycles(graph) == [["pkg.model.a", "pkg.store.b"]]
    assert backward(graph, "pkg") == ["pkg.model.a -> pkg.store.b"]


@pytest.mark.parametrize("module, source, expected", [
    ("unhrkg.remote.push", "from unhrkg.query.text import where_end", {"unhrkg.query.text"}),
    ("unhrkg.remote.push", "from unhrkg.query import load, text", {"unhrkg.query", "unhrkg.query.text"}),
    ("unhrkg.remote.push", "from unhrkg import query\nimport unhrkg.store.write", {"unhrkg.query", "unhrkg.store.write"}),
    ("unhrkg.query.page", "from . import text\nfrom ..model import iri", {"unhrkg.query.text", "unhrkg.model.iri"}),
    ("unhrkg.query", "from .text import where_end", {"unhrkg.query.text"}),  # a package's relative import
    ("unhrkg.query.page", "from unhrkg import __version__\nfrom unhrkg.query import run", set()),  # its own packages
], ids=["module", "package-and-module", "from-root", "relative", "relative-in-package", "own-packages"])
def test_an_import_names_the_module_it_loads(tmp_path: Path, module: str, source: str, expected: set[str]) -> None:
    modules = module_files(SRC, "unhrkg")
    path = tmp_path / ("__init__.py" if module == "unhrkg.query" else "module.py")
    path.write_text(source + "\n", encoding="utf-8")
    assert imported(module, path, modules) == expected
