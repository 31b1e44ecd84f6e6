"""Writing one backup zip: the database taken out consistently, its manifest, the attachments stored aside.

Everything is written under temporary names in the backup folder and the zip gets its final name by one
rename (os.replace) at the very end: a kill -9 or a power cut mid-way leaves the older backups and the
database untouched, and at worst a `.part` file and a `.backup-*` folder that the next prune removes.

Attachments (the work-order photos and PDFs, content-addressed and never overwritten) live in
the work orders' file store next to a SQLite file (`<db stem>-files/`); they are copied **incrementally** into the backup folder's
`attachments/` store, one file per sha256, only when that content is not there yet; the manifest lists every
file (relative path → sha256), so a restore puts them back and `--verify` checks they are all there.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

import station
from db.engine import sqlite_path
from station.backup.dump import Dump, dump_postgres, dump_sqlite
from station.backup.manifest import MANIFEST, PROGRAM, Manifest, sha256_file
from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress

#: The backup folder's store of attachments, shared by every backup in it (incremental).
STORE = "attachments"


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: Path
    manifest: Manifest
    seconds: float
    attachments_copied: int  # files new to the store this time


def attachments_dir(db: Path) -> Path:
    """Where a SQLite file's attachments sit: the work orders' file store beside it (`station.db` →
    `station-files/`), station.orders.attachments.store_dir_for — one place decides."""
    from station.orders.attachments import store_dir_for

    store = store_dir_for(db)
    assert store is not None
    return store


def _copy_attachments(src: Path | None, out_dir: Path, cancelled: IsCancelled) -> tuple[dict[str, Any], int]:
    listed: dict[str, Any] = {}
    copied = 0
    if src is None or not src.is_dir():
        return listed, copied
    store = out_dir / STORE
    for path in sorted(p for p in src.rglob("*") if p.is_file()):
        if cancelled():
            raise Cancelled()
        digest = sha256_file(path)
        rel = path.relative_to(src).as_posix()
        listed[rel] = {"sha256": digest, "size": path.stat().st_size}
        target = store / digest[:2] / digest
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            part = target.with_name(target.name + ".part")
            shutil.copyfile(path, part)
            os.replace(part, target)
            copied += 1
    return listed, copied


def _final_name(out_dir: Path, stem: str, reason: str, now: dt.datetime) -> Path:
    base = f"station-{stem}-{now:%Y%m%d-%H%M%S}-{reason}"
    path, n = out_dir / f"{base}.zip", 1
    while path.exists():
        n += 1
        path = out_dir / f"{base}-{n}.zip"
    return path


def take_backup(engine: Engine, out_dir: Path, *, operator: str, reason: str = "manual", automatic: bool = False,
                attachments: Path | None = None, progress: Progress = no_progress,
                cancelled: IsCancelled = never_cancelled, prefer_pg_dump: bool = True) -> BackupResult:
    """Back the database of `engine` up into a new zip in `out_dir`; the older zips are never touched."""
    started = time.monotonic()
    out_dir.mkdir(parents=True, exist_ok=True)
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    if attachments is None and db is not None:
        attachments = attachments_dir(db)
    now = dt.datetime.now()
    final = _final_name(out_dir, db.stem if db is not None else str(engine.url.database), reason, now)
    part = final.with_name(final.name + ".part")
    work = Path(tempfile.mkdtemp(prefix=".backup-", dir=out_dir))
    try:
        dump = (dump_sqlite(db, work, progress=progress, cancelled=cancelled) if db is not None
                else dump_postgres(engine, work, progress=progress, cancelled=cancelled,
                                   prefer_pg_dump=prefer_pg_dump))
        progress(0.65, "attachments")
        listed, copied = _copy_attachments(attachments, out_dir, cancelled)
        manifest = _manifest(dump, engine, operator, reason, automatic, now, listed)
        progress(0.75, "zip")
        _write_zip(part, manifest, dump, cancelled)
        os.replace(part, final)  # the one step that makes the backup exist
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    progress(1.0, "")
    return BackupResult(final, manifest, time.monotonic() - started, copied)


def _manifest(dump: Dump, engine: Engine, operator: str, reason: str, automatic: bool, now: dt.datetime,
              listed: dict[str, Any]) -> Manifest:
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    return Manifest(
        program=PROGRAM, program_version=station.__version__, schema_revision=dump.revision,
        database_format=dump.format, created_at=now.isoformat(timespec="seconds"), created_by=operator,
        host=socket.gethostname(), reason=reason, automatic=automatic,
        source=db.name if db is not None else engine.url.render_as_string(hide_password=True),
        counts=dump.counts,
        files={dump.path.name: {"sha256": sha256_file(dump.path), "size": dump.path.stat().st_size}},
        attachments=listed)


def _write_zip(part: Path, manifest: Manifest, dump: Dump, cancelled: IsCancelled) -> None:
    with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6, allowZip64=True) as zf:
        if cancelled():
            raise Cancelled()
        zf.write(dump.path, dump.path.name)
        zf.writestr(MANIFEST, manifest.to_json())
    with part.open("rb+") as f:  # on disk before the rename names it: a power cut never leaves a named torso
        os.fsync(f.fileno())


def before_migration(engine: Engine, *, operator: str) -> Path | None:
    """The automatic backup before a schema upgrade, into the backup folder like every other one (a zip that
    `--verify` checks and `restore` takes back, migrating it again); None when nothing is to be migrated.

    Raises BackupFailed (nothing was upgraded) when the copy cannot be written or does not check out.
    """
    from sqlalchemy import text

    from db.migrate import BackupFailed, current_revision, head_revision
    from station.backup.manifest import BadBackup
    from station.backup.verify import known_revision
    from station.paths import data_dir

    before = current_revision(engine)
    if before is None or before == head_revision() or not known_revision(before):
        return None  # an empty database, one at head, or one too new (upgrade_to_head refuses it)
    db = sqlite_path(engine.url.render_as_string(hide_password=False))
    with engine.connect() as conn:
        chosen = conn.execute(text("SELECT value FROM station_setting WHERE key = 'backup.folder'")).scalar()
    try:
        chosen = str(json.loads(chosen) or "").strip() if chosen else ""  # settings are JSON text
    except ValueError:
        chosen = ""
    folder = Path(chosen).expanduser() if chosen else (db.parent if db is not None else data_dir()) / "backups"
    engine.dispose()  # pooled connections closed, as the upgrade's own copy did
    try:
        return take_backup(engine, folder, operator=operator, reason="before-migration", automatic=True).path
    except (BadBackup, OSError) as exc:
        raise BackupFailed(f"cannot write the backup before upgrading from {before}: {exc}") from exc
