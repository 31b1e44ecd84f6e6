"""One text path: every message station/ makes has its Chinese in the one catalogue (the committed .ts)."""

from __future__ import annotations

import ast
from pathlib import Path

from station.i18n import catalogue

ROOT = Path(__file__).resolve().parents[2]


def _marked_strings(package: str) -> set[tuple[str, str, str]]:
    """(file, context, source) of every QT_TRANSLATE_NOOP("context", "literal") under `package`."""
    found = set()
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                    and len(node.args) == 2 and all(isinstance(a, ast.Constant) for a in node.args)):
                context, source = (a.value for a in node.args)  # type: ignore[attr-defined]
                found.add((str(path.relative_to(ROOT)), context, source))
    return found


def test_every_station_message_is_in_the_catalogue() -> None:
    table = catalogue("zh_CN")
    marked = _marked_strings("station")
    missing = sorted(f"{f}: {s!r}" for f, c, s in marked if (c, s) not in table)
    assert len(marked) > 100
    assert missing == [], "not in resources/translations/station_zh_CN.ts (run lupdate):\n" + "\n".join(missing)
