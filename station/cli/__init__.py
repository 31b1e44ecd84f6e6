"""The `station` command: every batch-able job, headless, on the same database as the GUI.

Exit codes: 0 ok, 2 usage error, 3 rejected input (every reason listed, nothing written), 1 other failure.
Each sub-command lives in its own module with a `register(subparsers)` that sets `func` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from station.cli.lang import Formatter, argparse_speaking, lang_in, language_of, say, speaking
from station.i18n import DEFAULT_LANGUAGE, LANGUAGES, QT_TRANSLATE_NOOP

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3

#: Sub-command modules, in the order `station --help` lists them.
MODULES: tuple[str, ...] = (
    "station.cli.db_cmd",
    "station.cli.users_cmd",
    "station.cli.demo_cmd",
    "station.cli.import_cmd",
    "station.cli.assets_cmd",
    "station.cli.export_cmd",
    "station.cli.report_cmd",
    "station.cli.due_cmd",
    "station.cli.scan_cmd",
    "station.cli.lineloss_cmd",
    "station.cli.calc_cmd",
    "station.cli.audit_cmd",
    "station.cli.anomalies_cmd",
    "station.cli.verify_cmd",
    "station.cli.summary_cmd",
    "station.cli.orders_cmd",
    "station.cli.holidays_cmd",
    "station.cli.month_cmd",
    "station.cli.backup_cmd",
    "station.cli.history_cmd",
)


class _Parser(argparse.ArgumentParser):
    """argparse speaking the CLI's language (station.cli.lang), a usage error in one line (the usage block is
    what --help is for). `build_parser` makes a subclass per language; sub-commands inherit it (argparse
    builds each sub-parser with the class of its parent), so the whole tree speaks one language."""

    lang = DEFAULT_LANGUAGE

    def _get_formatter(self) -> argparse.HelpFormatter:
        return Formatter(prog=self.prog, lang=self.lang)

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        with argparse_speaking(self.lang):
            return super().parse_known_args(args, namespace)

    def parse_args(self, args: Any = None, namespace: Any = None) -> argparse.Namespace:  # type: ignore[override]
        with argparse_speaking(self.lang):  # "unrecognized arguments" is said here, outside parse_known_args
            return super().parse_args(args, namespace)

    def format_usage(self) -> str:
        with argparse_speaking(self.lang):
            return super().format_usage()

    def format_help(self) -> str:
        with argparse_speaking(self.lang):
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        line = say(self.lang, QT_TRANSLATE_NOOP("cli", "{prog}: error: {message} (see {prog} --help)"),
                   prog=self.prog, message=" ".join(message.split()))
        self.exit(EXIT_USAGE, line + "\n")


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The whole `station` parser, speaking `lang` (default: $STATION_LANG, else zh_CN)."""
    from station.cli.common import add_lang_option

    lang = lang if lang in LANGUAGES else language_of([])
    parser_class = type(f"_Parser_{lang}", (_Parser,), {"lang": lang})
    parser = parser_class(prog="station", description=QT_TRANSLATE_NOOP("cli", "供电所工作站 — command line"))
    add_lang_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command not built yet in this checkout
                continue
            raise
        module.register(sub)
    _lang_everywhere(parser)
    return parser


def _lang_everywhere(parser: argparse.ArgumentParser) -> None:
    """`--lang` on every command that lacks it, so it may follow the command too (`station due --lang en`)."""
    from station.cli.common import add_lang_option

    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs and "--lang" not in parser._option_string_actions:
        add_lang_option(parser)
    for action in subs:
        for child in set(action.choices.values()):
            _lang_everywhere(child)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command line; its help, its errors and its lines in the language it asks for (zh_CN default)."""
    lang = language_of(sys.argv[1:] if argv is None else argv)
    parser = build_parser(lang)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    with speaking(lang_in(args)):
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import ArgumentError, DatabaseError

    from db.engine import BadDatabaseLocation, EmptyDatabaseFile, NoSuchDatabase
    from db.migrate import BackupFailed, DatabaseTooNew, MigrationRefused
    from station.cli.failures import (
        OpeningFailed,
        database_failure,
        os_failure,
        undecodable_argument,
        unexpected,
    )

    bad = undecodable_argument(args)
    if bad:
        print(f"station: {bad}", file=sys.stderr)
        return EXIT_USAGE
    try:
        return _call(args)
    except EmptyDatabaseFile as exc:
        print(f"station: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except (BackupFailed, MigrationRefused) as exc:  # nothing was upgraded
        print(f"station: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_FAILED
    except NoSuchDatabase as exc:  # a mistyped --db must not quietly become a new empty database
        print(say(args, QT_TRANSLATE_NOOP("cli", "station: no such database: {path} (create one with `station demo` or `station db upgrade`)"), path=exc.path),
              file=sys.stderr)
        return EXIT_FAILED
    except (OpeningFailed, BadDatabaseLocation, DatabaseTooNew, ArgumentError) as exc:
        # wrong path or URL, not a database, unknown dialect, server down, a newer schema: one line
        print(f"station: {database_failure(exc, opening=True)}", file=sys.stderr)
        return EXIT_FAILED
    except DatabaseError as exc:  # an error of the open database mid-command (a lost connection, a lock)
        print(f"station: {database_failure(exc, opening=False)}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `station due | head`: the reader left; not an error of ours
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:  # a folder that is missing or read-only, a disk that is full
        print(f"station: {os_failure(exc)}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(say(args, QT_TRANSLATE_NOOP("cli", "interrupted")), file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:  # the last line of defence: one line, never a traceback (STATION_DEBUG=1 shows it)
        print(f"station: {unexpected(exc)}", file=sys.stderr)
        return EXIT_FAILED


def _call(args: argparse.Namespace) -> int:
    """Run the command; a refused login (exit 1) and a refusal by role (exit 3) are said the same way by all."""
    from station.cli.login import LoginFailed
    from station.domain.problems import Rejected

    try:
        return int(args.func(args) or 0)
    except LoginFailed as exc:  # a wrong password, a locked account: one line (issue 12)
        print(f"station: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except Rejected as exc:  # a refusal the command did not print itself (a role that may not): every reason
        from station.cli.common import lang_of

        for p in exc.problems:
            print(f"{p.field}: {p.message.in_language(lang_of(args))}", file=sys.stderr)
        return EXIT_REJECTED


def one_line(text: str) -> str:
    return " ".join(text.split())
