"""No import cycle inside werkzorg.microsim: every import (also those deferred inside functions) is an edge."""

import ast
from pathlib import Path

import werkzorg.microsim

PACKAGE = "werkzorg.microsim"
FOLDER = Path(werkzorg.microsim.__file__).parent


def import_graph(folder: Path = FOLDER, package: str = PACKAGE) -> dict[str, set[str]]:
    """Module name → the package's modules it imports anywhere in its source."""
    modules = {f"{package}.{path.stem}": path for path in folder.glob("*.py") if path.stem != "__init__"}
    graph = {}
    for name, path in modules.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                targets = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                continue
            edges |= {target for target in targets if target in modules and target != name}
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by a depth-first search (each reported from where the search met it)."""
    found, state = [], {}

    def visit(node, path):
        state[node] = "open"
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == "open":
                found.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = "done"

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    return found


def test_the_cycle_finder_finds_a_deferred_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_imports_inside_functions(tmp_path):
    (tmp_path / "one.py").write_text("def f():\n    from pkg import two\n", encoding="utf-8")
    (tmp_path / "two.py").write_text("from pkg.one import f\n", encoding="utf-8")
    graph = import_graph(tmp_path, "pkg")
    assert graph == {"pkg.one": {"pkg.two"}, "pkg.two": {"pkg.one"}}
    assert cycles(graph)


def test_microsim_has_no_import_cycle():
    graph = import_graph()
    assert f"{PACKAGE}.run" in graph and graph[f"{PACKAGE}.calibration"]  # the graph is really read
    assert cycles(graph) == []


def test_capability_never_imports_web():
    for path in FOLDER.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names] if isinstance(node, ast.Import) else []
            assert not any(name.startswith("werkzorg.web") for name in names), path.name
