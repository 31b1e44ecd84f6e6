"""Mark the command line's help texts for translation: `help="…"` → `help=QT_TRANSLATE_NOOP("cli", "…")`.

    python tools/mark_cli_strings.py [FILE …]      (default: every station/cli/*.py)

Re-runnable: a string already marked is left as it is, so running it again after new commands arrive marks
only theirs. It rewrites the literal string given to help=, description=, epilog= and title= of any call
(add_argument, add_parser, add_subparsers, add_argument_group …) and adds the import of QT_TRANSLATE_NOOP.
An f-string or an expression cannot be extracted by lupdate: those are listed (file:line) for a person to
rewrite; tests/station/test_cli_language.py fails on any help text the catalogue does not translate.
Afterwards: run lupdate (see COMMON.md / README), translate the new entries, run lupdate again.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"help", "description", "epilog", "title"}
#: Helpers of the CLI modules that take a help text positionally: name -> index of that argument
#: (orders_cmd's `_cmd(osub, name, help_, run)`).
POSITIONAL = {"_cmd": 2, "command": 2}
#: `for name, help_ in (("report", "…"), …):` — a loop over literal tuples whose target names a help text.
LOOP_NAMES = {"help_", "help_text", "text", "says"}
MARK = "QT_TRANSLATE_NOOP"
IMPORT = f"from station.i18n import {MARK}\n"


def _is_mark(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == MARK


def _loop_texts(node: ast.For) -> list[ast.expr]:
    """The help texts of `for a, help_ in (("x", "text"), …)`: the elements at help_'s position."""
    target, rows = node.target, node.iter
    if not isinstance(target, ast.Tuple) or not isinstance(rows, ast.Tuple | ast.List):
        return []
    at = [i for i, t in enumerate(target.elts) if isinstance(t, ast.Name) and t.id in LOOP_NAMES]
    return [row.elts[i] for row in rows.elts if isinstance(row, ast.Tuple) for i in at if i < len(row.elts)]


def _values(node: ast.AST) -> list[ast.expr]:
    """The expressions in `node` that are help texts."""
    if isinstance(node, ast.For):
        return _loop_texts(node)
    if not isinstance(node, ast.Call) or _is_mark(node):
        return []
    values = [kw.value for kw in node.keywords if kw.arg in KEYWORDS]
    name = node.func.id if isinstance(node.func, ast.Name) else None
    if name in POSITIONAL and len(node.args) > POSITIONAL[name]:
        values.append(node.args[POSITIONAL[name]])
    return values


def _targets(tree: ast.AST) -> tuple[list[ast.Constant], list[ast.expr]]:
    """The literal strings to mark, and the values that are neither literal nor marked (to report)."""
    literals: list[ast.Constant] = []
    others: list[ast.expr] = []
    for node in ast.walk(tree):
        for value in _values(node):
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                if value.value:
                    literals.append(value)
            elif isinstance(value, ast.JoinedStr | ast.BinOp) or (
                    isinstance(value, ast.Call) and not _is_mark(value)):
                others.append(value)
    return literals, others


def _offsets(data: bytes) -> list[int]:
    """Byte offset of each line's start (ast's col_offset counts UTF-8 bytes)."""
    starts = [0]
    for i, b in enumerate(data):
        if b == 0x0A:
            starts.append(i + 1)
    return starts


def _add_import(text: str) -> str:
    """`text` importing QT_TRANSLATE_NOOP: joined to a one-line `from station.i18n import …`, else a line of
    its own after the last top-level import (ruff's isort puts it in its place afterwards)."""
    tree = ast.parse(text)
    imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    if any(isinstance(n, ast.ImportFrom) and n.module == "station.i18n" and any(a.name == MARK for a in n.names)
           for n in imports):
        return text
    lines = text.splitlines(keepends=True)
    for n in imports:
        if isinstance(n, ast.ImportFrom) and n.module == "station.i18n" and n.lineno == n.end_lineno \
                and "(" not in lines[n.lineno - 1]:
            lines[n.lineno - 1] = lines[n.lineno - 1].rstrip("\n") + f", {MARK}\n"
            return "".join(lines)
    after = imports[-1].end_lineno if imports else 0
    lines.insert(after or 0, IMPORT)
    return "".join(lines)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def mark(path: Path) -> tuple[int, list[str]]:
    """Mark `path` in place; (strings marked, "file:line" of the values it could not mark)."""
    data = path.read_bytes()
    tree = ast.parse(data, filename=str(path))
    literals, others = _targets(tree)
    starts = _offsets(data)
    for node in sorted(literals, key=lambda n: (n.lineno, n.col_offset), reverse=True):
        begin = starts[node.lineno - 1] + node.col_offset
        end = starts[node.end_lineno - 1] + node.end_col_offset  # type: ignore[operator]
        data = data[:begin] + f'{MARK}("cli", '.encode() + data[begin:end] + b")" + data[end:]
    if literals:
        path.write_text(_add_import(data.decode("utf-8")), encoding="utf-8")
    return len(literals), [f"{_shown(path)}:{n.lineno}" for n in others]


def main(argv: list[str]) -> int:
    files = [Path(a).resolve() for a in argv] or sorted((ROOT / "station" / "cli").glob("*.py"))
    changed: list[Path] = []
    unmarked: list[str] = []
    for path in files:
        n, left = mark(path)
        unmarked += left
        if n:
            changed.append(path)
            print(f"{_shown(path)}: {n} marked")
    ruff = ROOT / ".venv" / "bin" / "ruff"
    if changed and ruff.exists():  # the added import in its sorted place
        subprocess.run([str(ruff), "check", "-q", "--fix", "--select", "I", *map(str, changed)], check=False)
    for where in unmarked:
        print(f"{where}: not a plain string (an f-string or an expression): rewrite it as one marked string")
    return 1 if unmarked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
