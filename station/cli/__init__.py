"""The `station` command: every batch-able job, headless, on the same database as the GUI.

Exit codes: 0 ok, 2 usage error, 3 rejected input (every reason listed, nothing written), 1 other failure.
Each sub-command lives in its own module with a `register(subparsers)` that sets `func` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3

#: Sub-command modules, in the order `station --help` lists them.
MODULES: tuple[str, ...] = (
    "station.cli.db_cmd",
    "station.cli.users_cmd",
    "station.cli.demo_cmd",
    "station.cli.import_cmd",
    "station.cli.export_cmd",
    "station.cli.report_cmd",
    "station.cli.due_cmd",
    "station.cli.scan_cmd",
    "station.cli.lineloss_cmd",
    "station.cli.calc_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    from station.cli.common import add_lang_option

    parser = argparse.ArgumentParser(prog="station", description="供电所工作站 — command line")
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

    from db.engine import BadDatabaseLocation, NoSuchDatabase
    from db.migrate import DatabaseTooNew

    try:
        return int(args.func(args) or 0)
    except NoSuchDatabase as exc:  # a mistyped --db must not quietly become a new empty database
        print(
            f"station: no such database: {exc.path} (create one with `station demo` or `station db upgrade`)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except (BadDatabaseLocation, DatabaseTooNew, DatabaseError, ArgumentError) as exc:
        # The database could not be opened (wrong path or URL, not a database, unknown dialect, server down,
        # newer schema): say so in one line. IntegrityError and kin are DatabaseErrors of an open database.
        opening = not isinstance(exc, DatabaseError) or type(exc) in (DatabaseError, OperationalError)
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        what = "cannot open the database" if opening else "database error"
        print(f"station: {what}: {reason}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:  # `station due | head`: the reader left; not an error of ours
        sys.stderr.close()
        return EXIT_OK
