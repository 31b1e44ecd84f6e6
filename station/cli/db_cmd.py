"""`station db upgrade|revision`: bring the database to this program's schema."""

from __future__ import annotations

import argparse
import sys

from db.engine import make_engine
from db.migrate import DatabaseTooNew, current_revision, head_revision, upgrade_to_head
from station.cli.common import add_db_options
from station.paths import default_db_path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("db", help="database schema: upgrade, revision")
    dsub = p.add_subparsers(dest="db_command", metavar="ACTION")
    dsub.required = True
    up = dsub.add_parser("upgrade", help="upgrade to this program's schema (a SQLite file is backed up first)")
    add_db_options(up)
    up.set_defaults(func=_upgrade)
    rev = dsub.add_parser("revision", help="print the database's schema revision and the program's")
    add_db_options(rev)
    rev.set_defaults(func=_revision)
    ver = dsub.add_parser("verify", help="check that the audit log is intact (its hash chain), and where it broke")
    add_db_options(ver)
    ver.add_argument("--json", action="store_true", help="machine-readable output")
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
        print(f"already at {result.after}")
    else:
        print(f"upgraded {result.before or 'empty'} -> {result.after}")
        if result.backup:
            print(f"backup: {result.backup}")
    return 0


def _revision(args: argparse.Namespace) -> int:
    engine = make_engine(args.db or default_db_path(), create=False)
    try:
        print(f"database: {current_revision(engine) or 'empty'}\nprogram:  {head_revision()}")
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
        print(f"audit log intact: {report.rows} rows, head {report.head}")
    else:
        at, operator, action, entity, entity_id = report.broken_row or (None,) * 5
        print(f"audit log BROKEN at row {report.broken_at} ({at}, {operator}, {action} {entity} {entity_id}): "
              f"changed, or a row before it removed; the {report.rows} rows before it are intact",
              file=sys.stderr)
    return EXIT_OK if report.intact else EXIT_FAILED
