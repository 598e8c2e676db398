"""The house rules, proven over the source: the UI reaches the core only through the
facade and its value types, no import circle anywhere in reader/, small modules."""
from __future__ import annotations

import ast
from pathlib import Path

import reader

ROOT = Path(reader.__file__).parent
#: Modules the UI may import from the core: the facade and the value types.
UI_MAY_IMPORT = {"reader.core.library.facade", "reader.core.models"}
#: The GUI entry point finds the data folder before the facade loads (the frame paints first).
#: It also pauses the cyclic collector until the frame has painted (library/collector.py).
ENTRY_POINT_EXCEPTIONS = {("reader.ui.app", "reader.core.library.paths"),
                          ("reader.ui.app", "reader.core.library.collector")}
MAX_LINES = 420
# Split by the branches reworking them (search speed; large files in the pane).
TOO_LONG_FOR_NOW = {"reader.ui.reading_pane"}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in ROOT.rglob("*.py")}


def _imports(name: str) -> set[str]:
    """Every reader module ``name`` imports, at any depth of the file (lazy imports too)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text("utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(package.split(".")[:len(package.split(".")) - node.level + 1]
                                + ([node.module] if node.module else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.update(t for t in targets if t in MODULES)
    found.discard(name)
    return found


GRAPH = {name: _imports(name) for name in MODULES}


def test_the_graph_sees_the_layers():
    assert "reader.core.library.facade" in GRAPH["reader.ui.workspace"]
    assert "reader.core.library.annotations" in GRAPH["reader.core.library.facade"]
    assert len(GRAPH) > 60


def test_ui_imports_from_the_core_only_the_facade_and_value_types():
    wrong = sorted((name, target) for name, targets in GRAPH.items()
                   if name.startswith("reader.ui") for target in targets
                   if target.startswith("reader.core") and target != "reader.core"
                   and target not in UI_MAY_IMPORT
                   and (name, target) not in ENTRY_POINT_EXCEPTIONS)
    assert wrong == []


def test_core_never_imports_the_ui_or_the_cli():
    assert not [(n, t) for n, ts in GRAPH.items() if n.startswith("reader.core")
                for t in ts if t.startswith(("reader.ui", "reader.cli"))]


def test_panels_and_controllers_never_import_the_main_window():
    importers = sorted(n for n, ts in GRAPH.items() if "reader.ui.main_window" in ts)
    assert importers == ["reader.ui.app"]


def test_no_import_circle_anywhere_in_reader():
    """Tarjan's strongly connected components: every component has one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for name in sorted(GRAPH):
        if name not in index:
            visit(name)
    assert circles == []


def test_no_module_is_much_over_400_lines():
    sizes = {name: len(path.read_text("utf-8").splitlines()) for name, path in MODULES.items()}
    assert {n: s for n, s in sizes.items()
            if s > MAX_LINES and n not in TOO_LONG_FOR_NOW} == {}
    assert sizes["reader.ui.main_window"] <= 400  # composition and wiring only
    assert sizes["reader.core.library.facade"] <= 150  # composition of managers only
