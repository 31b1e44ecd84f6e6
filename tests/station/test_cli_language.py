"""The command line speaks Simplified Chinese by default and English with --lang en / $STATION_LANG=en.

Walks the whole argparse tree: a help text of a new command without its zh_CN translation fails here, so no
English slips into `station … --help`.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from station.cli import build_parser, main
from station.cli.argparse_words import PROGRAMMER_ONLY, WORDS
from station.cli.lang import CONTEXT, language_of, wrap_wide
from station.i18n import catalogue

ROOT = Path(__file__).resolve().parents[2]


def _texts(parser: argparse.ArgumentParser, path: str) -> list[tuple[str, str]]:
    """(where, text) of every help, description, epilog and group title in `parser` and its sub-parsers."""
    found = [(path, t) for t in (parser.description, parser.epilog) if t]
    found += [(f"{path} [{g.title}]", t) for g in parser._action_groups for t in (g.title, g.description) if t]
    for action in parser._actions:
        where = f"{path} {'/'.join(action.option_strings) or action.dest}"
        if action.help and action.help != argparse.SUPPRESS:
            found.append((where, action.help))
        if isinstance(action, argparse._SubParsersAction):
            found += [(f"{path} {a.dest}", a.help) for a in action._choices_actions if a.help]
            for name, sub in action.choices.items():
                found += _texts(sub, f"{path} {name}")
    return found


def test_every_help_text_has_its_chinese_translation() -> None:
    table = catalogue("zh_CN")
    texts = _texts(build_parser("zh_CN"), "station")
    assert len(texts) > 300  # the whole tree was walked, sub-commands of sub-commands included
    missing = sorted({f"{where}: {text!r}" for where, text in texts if (CONTEXT, text) not in table})
    assert not missing, ("help texts without a zh_CN translation (mark them with tools/mark_cli_strings.py, "
                         "run lupdate, translate):\n" + "\n".join(missing))


def test_every_help_literal_in_the_cli_is_marked() -> None:
    spec = importlib.util.spec_from_file_location("mark_cli_strings", ROOT / "tools" / "mark_cli_strings.py")
    assert spec and spec.loader
    marker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(marker)
    left = []
    for path in sorted((ROOT / "station" / "cli").glob("*.py")):
        literals, others = marker._targets(ast.parse(path.read_bytes()))
        left += [f"{path.name}:{n.lineno}" for n in [*literals, *others]]
    assert not left, "run tools/mark_cli_strings.py: " + ", ".join(left)


def test_the_marking_script_marks_a_new_command_once(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("mark_cli_strings", ROOT / "tools" / "mark_cli_strings.py")
    assert spec and spec.loader
    marker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(marker)
    new = tmp_path / "holidays_cmd.py"
    new.write_text('"""A new command."""\n\nimport argparse\n\n\ndef register(sub):\n'
                   '    p = sub.add_parser("holidays", help="public holidays: 节假日 "\n'
                   '                       "of a year")\n'
                   '    p.add_argument("--year", type=int, help=f"the year {1}")\n', encoding="utf-8")
    n, left = marker.mark(new)
    text = new.read_text(encoding="utf-8")
    assert n == 1 and len(left) == 1  # the f-string is reported, not marked
    assert 'help=QT_TRANSLATE_NOOP("cli", "public holidays: 节假日 "\n' in text
    assert "from station.i18n import QT_TRANSLATE_NOOP\n" in text
    compile(text, str(new), "exec")
    assert marker.mark(new)[0] == 0 and new.read_text(encoding="utf-8") == text  # re-runnable


def test_argparse_words_are_listed_and_translated() -> None:
    """What the running argparse says through gettext is either translated (WORDS) or said only to a
    programmer; a Python whose argparse words changed fails here instead of speaking English."""
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    said = {a.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name) and n.func.id in ("_", "ngettext")
            for a in n.args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    assert said - set(WORDS) - PROGRAMMER_ONLY == set()
    table = catalogue("zh_CN")
    assert [w for w in WORDS if (CONTEXT, w) not in table] == []


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_chinese_by_default_and_english_with_lang_en(capsys: pytest.CaptureFixture[str],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATION_LANG", raising=False)
    code, out, _ = _run(capsys, "--help")
    assert code == 0
    assert out.startswith("用法：station") and "显示此帮助信息并退出" in out and "追补电费计算，附计算过程" in out
    assert "show this help" not in out and "back-billing" not in out
    code, out, _ = _run(capsys, "due", "--help")
    assert "只看这些状态（可重复）" in out and "选项" in out and "only these statuses" not in out
    code, out, _ = _run(capsys, "--lang", "en", "due", "--help")
    assert out.startswith("usage: station due") and "only these statuses (repeatable)" in out
    assert "options:" in out and "只看" not in out
    code, out, _ = _run(capsys, "due", "--help", "--lang=en")  # anywhere on the line
    assert "only these statuses (repeatable)" in out
    monkeypatch.setenv("STATION_LANG", "en")
    code, out, _ = _run(capsys, "--help")
    assert out.startswith("usage: station") and "back-billing calculators" in out
    code, out, _ = _run(capsys, "--lang", "zh_CN", "--help")  # the option wins over the environment
    assert out.startswith("用法：")


def test_usage_errors_speak_the_language(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATION_LANG", raising=False)
    code, _, err = _run(capsys, "due", "--month", "2025-01", "--status", "bogus")
    assert code == 2
    assert err.startswith("station due：错误：参数 --status：无效的选择：'bogus'") and "参见 station due --help" in err
    code, _, err = _run(capsys, "due")
    assert "缺少以下必需参数：--month" in err
    code, _, err = _run(capsys, "calc", "theft", "--from", "2020-99-01")
    assert "参数 --from：不是日期（YYYY-MM-DD）：'2020-99-01'" in err  # a type= refusal too
    code, _, err = _run(capsys, "--lang", "en", "due", "--month", "2025-01", "--status", "bogus")
    assert err.startswith("station due: error: argument --status: invalid choice: 'bogus'")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # argparse itself is left as it was


def test_a_command_speaks_chinese_by_default_and_english_with_lang_en(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("STATION_LANG", raising=False)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    db = str(tmp_path / "s.db")
    code, out, _ = _run(capsys, "db", "upgrade", "--db", db)
    assert code == 0 and out.startswith("已升级 空 -> ")
    code, out, _ = _run(capsys, "db", "revision", "--db", db)
    assert out.startswith("数据库：") and "程序：" in out
    code, out, _ = _run(capsys, "--lang", "en", "db", "revision", "--db", db)
    assert out.startswith("database: ") and "program:  " in out
    code, out, _ = _run(capsys, "rules", "list", "--db", db)
    assert code == 0 and out.split()[:2] == ["键", "取值"] and ("是" in out or "否" in out)
    code, out, _ = _run(capsys, "--lang", "en", "rules", "list", "--db", db)
    assert out.split()[:2] == ["key", "value"]
    zh = _run(capsys, "rules", "list", "--db", db, "--json")[1]
    en = _run(capsys, "--lang", "en", "rules", "list", "--db", db, "--json")[1]
    assert json.loads(zh) == json.loads(en)  # JSON keys and values do not depend on the language


def test_language_of_argv_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STATION_LANG", raising=False)
    assert language_of([]) == "zh_CN"
    assert language_of(["due", "--lang", "en"]) == "en"
    assert language_of(["--lang=en", "due", "--lang", "zh_CN"]) == "zh_CN"  # the last one, as argparse
    assert language_of(["import", "--", "--lang", "en"]) == "zh_CN"
    monkeypatch.setenv("STATION_LANG", "en")
    assert language_of(["due"]) == "en"
    assert language_of(["--lang", "fr"]) == "en"  # argparse refuses fr; until then the environment's
    monkeypatch.setenv("STATION_LANG", "xx")
    assert language_of([]) == "zh_CN"


def test_help_lines_wrap_by_display_width() -> None:
    text = "数据库文件或 URL（默认：$STATION_DB，否则为用户数据文件夹中的 station.db）"
    lines = wrap_wide(text, 24)
    widths = [sum(2 if re.match(r"[^\x00-\x7f]", ch) else 1 for ch in line) for line in lines]
    assert max(widths) <= 24 and len(lines) > 2
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert not any(line[0] in "，）：" or line[-1] == "（" for line in lines)
    assert wrap_wide("only these statuses (repeatable)", 12) == ["only these", "statuses", "(repeatable)"]
