"""`station backup [-o DIR]`, `station backup --verify FILE`, `station restore FILE`.

Exit codes: 0 done; 3 the backup file is refused (damaged, truncated, not ours, too new: one line with the
reason, nothing written) or the role may not; 1 the database or the folder could not be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, one_line
from station.cli.common import add_db_options, open_from_args, print_json, translate_of
from station.cli.lang import say
from station.i18n import QT_TRANSLATE_NOOP


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("backup", help=QT_TRANSLATE_NOOP("cli", "back the database up into a zip (or --verify one)"),
                       description=QT_TRANSLATE_NOOP("cli", "A consistent copy while the program runs (SQLite's backup API; pg_dump -Fc "
                                   "or the portable export on PostgreSQL), checked, with a manifest."))
    b.add_argument("-o", "--output", type=Path, metavar="DIR", help=QT_TRANSLATE_NOOP("cli", "folder for the zip (default: the backup folder)"))
    b.add_argument("--verify", type=Path, metavar="FILE",
                   help=QT_TRANSLATE_NOOP("cli", "test-restore FILE into a scratch database and compare the row counts with its manifest"))
    b.add_argument("--reason", default="manual", choices=("manual", "daily"),
                   help=QT_TRANSLATE_NOOP("cli", "manual (kept until deleted by hand) or daily (automatic: pruned after the keep-days setting)"))
    b.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(b)
    b.set_defaults(func=_backup)
    r = sub.add_parser("restore", help=QT_TRANSLATE_NOOP("cli", "replace the database by a backup zip (verified, after a safety backup)"))
    r.add_argument("file", type=Path, metavar="FILE")
    r.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    add_db_options(r)
    r.set_defaults(func=_restore)


def _refused(exc: Exception, args: argparse.Namespace, path: Path | None = None) -> int:
    from station.domain.problems import Rejected

    if isinstance(exc, Rejected):
        for p in exc.problems:
            print(f"station: {p.message.text(translate_of(args))}", file=sys.stderr)
    else:
        print(f"station: {path}: {one_line(str(exc))}" if path else f"station: {one_line(str(exc))}",
              file=sys.stderr)
    return EXIT_REJECTED


def _backup(args: argparse.Namespace) -> int:
    from station import actions
    from station.backup.manifest import BadBackup
    from station.domain.problems import Rejected

    if args.verify is not None:
        return _verify(args)
    ws = open_from_args(args)
    try:
        result = actions.backup_database(ws, args.output, reason=args.reason)
    except Rejected as exc:
        return _refused(exc, args)
    except BadBackup as exc:  # the copy failed its integrity check: the database itself is damaged
        print(say(args, QT_TRANSLATE_NOOP("cli", "station: backup failed: {reason}"), reason=one_line(str(exc))), file=sys.stderr)
        return EXIT_FAILED
    finally:
        ws.close()
    m = result.manifest
    if args.json:
        print_json({"file": str(result.path), "format": m.database_format, "schema": m.schema_revision,
                    "counts": m.counts, "attachments": len(m.attachments), "seconds": round(result.seconds, 2)})
    else:
        rows = sum(m.counts.values())
        print(say(args, QT_TRANSLATE_NOOP("cli", "{path}  ({format}, schema {schema}, {tables} tables, {rows} rows, {attachments} attachments, {seconds:.1f} s)"),
                  path=result.path, format=m.database_format, schema=m.schema_revision, tables=len(m.counts), rows=rows,
                  attachments=len(m.attachments), seconds=result.seconds))
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    from station import actions
    from station.backup.manifest import BadBackup

    path: Path = args.verify
    if not path.is_file():
        print(say(args, QT_TRANSLATE_NOOP("cli", "station: {path}: no such file"), path=path), file=sys.stderr)
        return EXIT_FAILED
    ws = open_from_args(args) if args.db and "://" in str(args.db) else None  # a server for a pg_dump archive
    try:
        result = actions.verify_backup_file(path, ws=ws)
    except BadBackup as exc:
        return _refused(exc, args, path)
    finally:
        if ws is not None:
            ws.close()
    m = result.manifest
    if args.json:
        print_json({"file": str(path), "ok": True, "how": result.how, "created_at": m.created_at,
                    "schema": m.schema_revision, "counts": result.counts or m.counts})
    else:
        print(say(args, QT_TRANSLATE_NOOP("cli", "{path}: ok — {how}; {tables} tables, {rows} rows as in the manifest (taken {at} by {by})"),
                  path=path, how=result.how, tables=len(m.counts), rows=sum(m.counts.values()), at=m.created_at, by=m.created_by))
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    from station import actions
    from station.backup.location import HeldByOther
    from station.backup.manifest import BadBackup
    from station.domain.problems import Rejected

    path: Path = args.file
    if not path.is_file():
        print(say(args, QT_TRANSLATE_NOOP("cli", "station: {path}: no such file"), path=path), file=sys.stderr)
        return EXIT_FAILED
    ws = open_from_args(args)
    try:
        result = actions.restore_database(ws, path)
    except (Rejected, BadBackup) as exc:
        return _refused(exc, args, None if isinstance(exc, Rejected) else path)
    except HeldByOther as exc:
        print(f"station: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        ws.close()
    if args.json:
        print_json({"file": str(path), "restored": True, "schema": result.revision,
                    "safety_backup": str(result.safety_backup) if result.safety_backup else None})
    else:
        print(say(args, QT_TRANSLATE_NOOP("cli", "restored {path} (taken {at}); schema {schema}; the database before it is in {safety}"),
                  path=path, at=result.manifest.created_at, schema=result.revision, safety=result.safety_backup))
    return EXIT_OK
