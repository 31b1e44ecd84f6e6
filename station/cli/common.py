"""Helpers shared by the sub-commands: the --db/--operator options, opening the workspace, JSON output."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import sys
from decimal import Decimal
from typing import Any

from station.cli.login import add_login_options, log_in
from station.i18n import DEFAULT_LANGUAGE, LANGUAGES, QT_TRANSLATE_NOOP, Translate, translator
from station.paths import default_db_path
from station.workspace import Workspace, open_workspace

#: A command's exit codes: done, and refused by a station rule (the reasons on stderr).
EXIT_OK, EXIT_REJECTED = 0, 3


def add_lang_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """`--lang zh_CN|en`: the language of the text a command prints (Chinese by default).

    Taken before the command (`station --lang en calc …`) and, on commands that print text, after it too; the
    top-level one sets the default, a sub-command's (default suppressed) overrides it.
    """
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=(os.environ.get("STATION_LANG") or DEFAULT_LANGUAGE) if top else argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("cli", "language of the output: zh_CN (default, or $STATION_LANG) or en"),
    )


def lang_of(args: argparse.Namespace) -> str:
    lang = getattr(args, "lang", None) or DEFAULT_LANGUAGE
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def translate_of(args: argparse.Namespace) -> Translate | None:
    """The translate(context, text) of the language asked for; None for English."""
    return translator(lang_of(args))


def add_db_options(parser: argparse.ArgumentParser, default_file: str = "station.db", *,
                   login_files: bool = True) -> None:
    """--db, and who runs the command: --operator with --password-file / --key-file (station.cli.login).

    login_files=False leaves --password-file and --key-file to the command (`users add` reads the new
    user's secret from them)."""
    db = parser.add_argument(
        "--db",
        default=os.environ.get("STATION_DB") or None,
        help=QT_TRANSLATE_NOOP("cli", "database file or URL (default: $STATION_DB, else the %(default_file)s in the user data folder)"),
    )
    # argparse fills a help text's %(name)s from the action's attributes: one marked text for every file name
    db.default_file = default_file  # type: ignore[attr-defined]
    add_login_options(parser, files=login_files)


def opened(location: str, *, operator: str, create: bool) -> Workspace:
    """open_workspace, its database errors marked as failures to open (station.cli.failures.OpeningFailed)."""
    from sqlalchemy.exc import ArgumentError, DatabaseError

    from station.cli.failures import OpeningFailed

    try:
        return open_workspace(location, operator=operator, create=create)
    except (DatabaseError, ArgumentError) as exc:
        raise OpeningFailed() from exc


def open_from_args(args: argparse.Namespace, *, create: bool = False, login: bool = True,
                   default: str | None = None) -> Workspace:
    """The workspace named by --db, its operator logged in (station.cli.login.log_in; LoginFailed when
    refused); a missing SQLite file is an error unless the command creates one."""
    ws = opened(str(args.db or default or default_db_path()), operator=args.operator or "cli", create=create)
    if login:
        try:
            log_in(ws, args, lang_of(args))
        except BaseException:
            ws.close()
            raise
    return ws


def command(sub: Any, name: str, help_text: str, func: Any, *, json: bool = True) -> argparse.ArgumentParser:
    """A sub-command printing text: its help, --json (unless json=False), --lang, --db and the login options,
    run by `func(args)`."""
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_text)
    if json:
        p.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_lang_option(p)
    add_db_options(p)
    p.set_defaults(func=func)
    return p


def rejected(exc: Any, lang: str) -> int:
    """Every reason of a station refusal on stderr (`field: reason` in `lang`); the exit code 3."""
    for p in exc.problems:
        print(f"{p.field}: {p.message.in_language(lang)}", file=sys.stderr)
    return EXIT_REJECTED


def call(args: argparse.Namespace, fn: Any) -> tuple[int, Any]:
    """`fn(ws)` on the workspace of --db, closed afterwards: (0, its result), or (3, None) with the reasons
    printed when the station refused."""
    from station.domain.problems import Rejected

    ws = open_from_args(args)
    try:
        return EXIT_OK, fn(ws)
    except Rejected as exc:
        return rejected(exc, lang_of(args)), None
    finally:
        ws.close()


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    raise TypeError(type(value).__name__)


def finite(value: Any) -> Any:
    """`value` with every NaN or infinite float as None: JSON has no Infinity, and a reader would choke on it."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [finite(v) for v in value]
    return value


def print_json(value: Any) -> None:
    """Strict JSON on stdout (allow_nan=False: a non-finite number is null, never `Infinity`)."""
    json.dump(finite(value), sys.stdout, ensure_ascii=False, indent=2, default=_json_default, allow_nan=False)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: list[list[Any]]) -> None:
    """A plain aligned text table; East Asian wide characters count as two columns.

    The headers are English sources marked QT_TRANSLATE_NOOP("cli", …), shown in the command line's language."""
    import unicodedata

    from station.cli.lang import cli_text, lang_in

    def width(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    lang = lang_in()
    cells = [[cli_text(str(h), lang) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c + " " * (widths[i] - width(c)) for i, c in enumerate(row)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def iso_date(text: str) -> dt.date:
    """An argparse type: a YYYY-MM-DD date (a usage error otherwise)."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def role_text(args: argparse.Namespace, role: str) -> str:
    """A role code (clerk, supervisor …) as the user reads it in the command's language."""
    from station.domain.roles import ROLE_NAMES
    from station.i18n import msg

    return msg(ROLE_NAMES[role]).in_language(lang_of(args)) if role in ROLE_NAMES else role
