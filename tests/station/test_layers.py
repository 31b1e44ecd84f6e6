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
