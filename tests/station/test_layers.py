"""station/ and db/ stay free of Qt: the core must run headless (CLI, task scheduler, tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules(package: str) -> list[str]:
    names = []
    for path in sorted((ROOT / package).rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        if parts[-1] == "__main__" or "versions" in parts or parts[-1] == "env":
            continue
        names.append(".".join(parts))
    return names


def test_station_and_db_import_no_qt() -> None:
    modules = _modules("station") + _modules("db")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'ui', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "", f"Qt or ui imported by station/db: {out.stdout.strip()}"
    assert len(modules) > 5


def test_db_does_not_import_station() -> None:
    for path in (ROOT / "db").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from station" not in text and "import station" not in text, path


def _session_openers(path: Path) -> list[int]:
    """Lines of `path` that open a session: `….sessions()` or `….sessions.begin()` (docstrings aside)."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr == "begin" and isinstance(f.value, ast.Attribute):
            f = f.value
        if isinstance(f, ast.Attribute) and f.attr in ("sessions", "_sessions"):
            lines.append(node.lineno)
    return lines


def test_only_station_actions_open_a_transaction() -> None:
    """One owner of every transaction: the GUI, the CLI and every import go through station/actions/."""
    found = {}
    for package in ("station", "ui"):
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT)
            if rel.parts[:2] == ("station", "actions"):
                continue
            lines = _session_openers(path)
            if lines:
                found[str(rel)] = lines
    main_lines = _session_openers(ROOT / "main.py")
    if main_lines:
        found["main.py"] = main_lines
    assert found == {}, f"a session opened outside station/actions: {found}"
    assert _session_openers(ROOT / "station" / "actions" / "imports.py")


def _imported_roots(path: Path) -> set[str]:
    """The top-level packages `path` imports anywhere: module level, inside functions, under TYPE_CHECKING."""
    import ast

    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_the_layers_hold_for_function_local_imports_too() -> None:
    """ui → station → db, Qt only in ui: checked on every import statement, not only the ones run at import."""
    forbidden = {"station": {"PySide6", "pyqtgraph", "shiboken6", "ui"},
                 "db": {"PySide6", "pyqtgraph", "shiboken6", "ui", "station"}}
    bad = []
    for package, banned in forbidden.items():
        for path in sorted((ROOT / package).rglob("*.py")):
            hit = _imported_roots(path) & banned
            if hit:
                bad.append(f"{path.relative_to(ROOT)}: {', '.join(sorted(hit))}")
    assert bad == []
