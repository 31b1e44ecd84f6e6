"""`station restore FILE`: put a verified backup in place of the database, safely, and tell the other PCs.

The order matters: verify the zip (a damaged one never touches the database) → a safety backup of what is
there now → the exclusive lock (SQLite: nobody else has the file open, per the lock file, and BEGIN EXCLUSIVE
gets through; PostgreSQL: pg_restore in a single transaction) → the swap (SQLite: the restored file renamed
over the old one, whose stale -wal/-shm are removed, or SQLite would replay the old WAL onto the new file) →
the migrations (a backup of an older version is brought up to this one) → the audit row and a new epoch, in
one transaction, so every other workspace is told on its next action (station.backup.epoch).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from db.engine import busy_timeout_ms, sqlite_path
from db.migrate import upgrade_to_head
from station import audit
from station.backup import portable
from station.backup.dump import libpq_args, pg_tool, run_tool
from station.backup.epoch import write_epoch
from station.backup.location import HeldByOther, holder_of
from station.backup.make import STORE, attachments_dir
from station.backup.manifest import PG_DUMP, PORTABLE, SQLITE, BadBackup, Manifest
from station.backup.verify import build_portable_sqlite, extracted, verify_backup
from station.progress import IsCancelled, Progress, never_cancelled, no_progress


@dataclass(frozen=True, slots=True)
class RestoreResult:
    path: Path
    manifest: Manifest
    safety_backup: Path | None
    revision: str
    epoch: dict[str, Any]


def _exclusive(db: Path) -> None:
    """Nobody else may have the file open: the lock file says who does; BEGIN EXCLUSIVE proves no one writes."""
    holder = holder_of(db)
    if holder is not None and (holder.host, holder.pid) != (socket.gethostname(), os.getpid()):
        raise HeldByOther(db, holder)
    with contextlib.closing(sqlite3.connect(db, timeout=busy_timeout_ms() / 1000, isolation_level=None)) as c:
        c.execute("BEGIN EXCLUSIVE")
        c.execute("ROLLBACK")


def _swap_sqlite(engine: Engine, db: Path, manifest: Manifest, member: Path) -> None:
    staged = db.with_name(db.name + ".restoring")
    if manifest.database_format == SQLITE:
        shutil.copyfile(member, staged)
    elif manifest.database_format == PORTABLE:
        staged.unlink(missing_ok=True)
        build_portable_sqlite(member, staged, manifest.schema_revision)
    else:
        raise BadBackup("a pg_dump backup restores into PostgreSQL only (--db postgresql://…)")
    engine.dispose()  # this program's connections go first
    _exclusive(db)
    os.replace(staged, db)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)


def _restore_postgres(engine: Engine, manifest: Manifest, member: Path, cancelled: IsCancelled) -> None:
    if manifest.database_format == PG_DUMP:
        tool = pg_tool("pg_restore")
        if tool is None:
            raise BadBackup("pg_restore was not found: install the PostgreSQL client tools to restore this backup")
        engine.dispose()
        args, env = libpq_args(engine.url)
        run_tool([str(tool), "--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error",
                  *args, str(member)], env, cancelled)
        return
    if manifest.database_format != PORTABLE:
        raise BadBackup("a SQLite backup restores into a SQLite file only")
    from db.migrate import current_revision

    if manifest.schema_revision != current_revision(engine):
        raise BadBackup(f"a portable export of schema {manifest.schema_revision} loads only into a database at "
                        "that schema")
    with engine.begin() as conn:
        portable.clear(conn)
        portable.load(conn, member, cancelled=cancelled)


def _attachments_back(zip_path: Path, manifest: Manifest, target: Path | None) -> int:
    if target is None or not manifest.attachments:
        return 0
    store, n = zip_path.parent / STORE, 0
    for rel, info in manifest.attachments.items():
        out = target / rel
        src = store / info["sha256"][:2] / info["sha256"]
        if out.is_file() and out.stat().st_size == info["size"]:
            continue
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, out)
        n += 1
    return n


def restore_backup(engine: Engine, sessions: Any, path: Path, *, operator: str, safety: Any = None,
                   attachments: Path | None = None, progress: Progress = no_progress,
                   cancelled: IsCancelled = never_cancelled) -> RestoreResult:
    """Restore `path` into the database of `engine`. `safety()` takes the safety backup and returns its path."""
    server = engine.url.render_as_string(hide_password=False)
    verify_backup(path, server=server if engine.dialect.name == "postgresql" else None, cancelled=cancelled)
    progress(0.3, "safety backup")
    safety_path = safety() if safety is not None else None
    progress(0.5, "restore")
    db = sqlite_path(server)
    with extracted(path) as (manifest, member):
        if db is not None:
            _swap_sqlite(engine, db, manifest, member)
        else:
            _restore_postgres(engine, manifest, member, cancelled)
    _attachments_back(path, manifest, attachments or (attachments_dir(db) if db is not None else None))
    progress(0.8, "migrate")
    result = upgrade_to_head(engine)
    with sessions.begin() as s:
        info = write_epoch(s, backup=path.name, by=operator, host=socket.gethostname())
        audit.record(s, operator=operator, action="restore", entity="database", entity_id=None,
                     after={"backup": path.name, "created_at": manifest.created_at, "schema": manifest.schema_revision,
                            "migrated_to": result.after,
                            "safety_backup": safety_path.name if safety_path is not None else None})
    progress(1.0, "")
    return RestoreResult(path, manifest, safety_path, result.after, info)
