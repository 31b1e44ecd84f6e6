"""`station db upgrade|revision`: bring the database to this program's schema."""

from __future__ import annotations

import argparse
import sys

from db.engine import make_engine
from db.migrate import DatabaseTooNew, current_revision, head_revision, upgrade_to_head
from station.cli.common import add_db_options
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP
from station.paths import default_db_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help=QT_TRANSLATE_NOOP("cli", "database schema: upgrade, revision"))
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION")
    dsub.required = True
    up = dsub.add_parser("upgrade", help=QT_TRANSLATE_NOOP("cli", "upgrade to this program's schema (a SQLite file is backed up first)"))
    add_db_options(up)
    up.set_defaults(func=_upgrade)
    rev = dsub.add_parser("revision", help=QT_TRANSLATE_NOOP("cli", "print the database's schema revision and the program's"))
    add_db_options(rev)
    rev.set_defaults(func=_revision)
    ver = dsub.add_parser("verify", help=QT_TRANSLATE_NOOP("cli", "check that the audit log is intact (its hash chain), and where it broke"))
    add_db_options(ver)
    ver.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    ver.set_defaults(func=_verify)


def _upgrade(args: argparse.Namespace) -> int:
    engine = make_engine(args.db or default_db_path())
    try:
        result = upgrade_to_head(engine)
    except DatabaseTooNew as exc:
        print(str(exc), file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    if result.before == result.after:
        print(say(args, QT_TRANSLATE_NOOP("cli", "already at {revision}"), revision=result.after))
    else:
        print(say(args, QT_TRANSLATE_NOOP("cli", "upgraded {before} -> {after}"), before=result.before or say(args, QT_TRANSLATE_NOOP("cli", "empty")), after=result.after))
        if result.backup:
            print(say(args, QT_TRANSLATE_NOOP("cli", "backup: {file}"), file=result.backup))
    return 0


def _revision(args: argparse.Namespace) -> int:
    engine = make_engine(args.db or default_db_path(), create=False)
    try:
        print(say(args, QT_TRANSLATE_NOOP("cli", "database: {database}\nprogram:  {program}"),
                  database=current_revision(engine) or say(args, QT_TRANSLATE_NOOP("cli", "empty")), program=head_revision()))
    finally:
        engine.dispose()
    return 0


def _verify(args: argparse.Namespace) -> int:
    from station import actions
    from station.cli import EXIT_FAILED, EXIT_OK
    from station.cli.common import open_from_args, print_json

    ws = open_from_args(args)
    try:
        report = actions.verify_audit_log(ws)
    finally:
        ws.close()
    if args.json:
        print_json({"intact": report.intact, "rows": report.rows, "head": report.head,
                    "broken_at": report.broken_at, "broken_row": report.broken_row})
    elif report.intact:
        print(say(args, QT_TRANSLATE_NOOP("cli", "audit log intact: {rows} rows, head {head}"), rows=report.rows, head=report.head))
    else:
        at, operator, action, entity, entity_id = report.broken_row or (None,) * 5
        print(say(args, QT_TRANSLATE_NOOP("cli", "audit log BROKEN at row {row} ({at}, {operator}, {action} {entity} {entity_id}): changed, or a row before it removed; the {rows} rows before it are intact"),
                  row=report.broken_at, at=at, operator=operator, action=action, entity=entity, entity_id=entity_id, rows=report.rows),
              file=sys.stderr)
    return EXIT_OK if report.intact else EXIT_FAILED
