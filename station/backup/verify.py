"""`station backup --verify FILE`: test-restore a backup into a temporary database and compare the counts.

A zip that is truncated or altered fails at the first of: the zip's own directory and CRCs, the manifest,
the sha256 of the database member, the restore itself (integrity_check on a SQLite copy; pg_restore into a
scratch database; the portable import into a scratch SQLite file), and the row counts per table against the
manifest. The attachments the manifest lists must be in the backup folder's store.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.pool import NullPool

from db.migrate import MIGRATIONS_DIR, head_revision
from station.backup import portable
from station.backup.dump import integrity, libpq_args, pg_tool, run_tool, sqlite_counts
from station.backup.make import STORE
from station.backup.manifest import (
    MEMBERS,
    PG_DUMP,
    PORTABLE,
    SQLITE,
    BadBackup,
    Manifest,
    read_manifest,
    sha256_file,
)
from station.progress import IsCancelled, Progress, never_cancelled, no_progress


@dataclass(frozen=True, slots=True)
class VerifyResult:
    path: Path
    manifest: Manifest
    counts: dict[str, int]  # as restored
    how: str  # what the test-restore was
    notes: list[str] = field(default_factory=list)


def known_revision(revision: str | None) -> bool:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return revision is None or revision in {r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()}


@contextlib.contextmanager
def extracted(path: Path) -> Iterator[tuple[Manifest, Path]]:
    """The manifest and the database member, checked (CRC, sha256), in a temporary folder."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise BadBackup(f"not a readable zip file ({exc})") from None
    with zf, tempfile.TemporaryDirectory(prefix="station-verify-") as tmp:
        manifest = read_manifest(zf)
        if not known_revision(manifest.schema_revision):
            raise BadBackup(f"it was written at schema revision {manifest.schema_revision}, by a newer program "
                            "than this one: install that version to restore it")
        member = MEMBERS.get(manifest.database_format)
        if member is None or member not in zf.namelist():
            raise BadBackup(f"the database ({member or manifest.database_format}) is missing from it")
        try:
            zf.extract(member, tmp)
        except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
            raise BadBackup(f"its database member is damaged ({exc})") from None
        out = Path(tmp) / member
        want = manifest.files.get(member, {}).get("sha256")
        if want and sha256_file(out) != want:
            raise BadBackup("its database member does not match the sha256 in the manifest: the file was altered")
        yield manifest, out


def _compare(manifest: Manifest, counts: dict[str, int]) -> None:
    differ = [f"{t}: {n} in the manifest, {counts.get(t)} restored" for t, n in sorted(manifest.counts.items())
              if counts.get(t) != n]
    if differ:
        raise BadBackup("the restored row counts differ from the manifest: " + "; ".join(differ[:5]))


def _restore_sqlite(member: Path) -> tuple[dict[str, int], str]:
    try:
        with contextlib.closing(sqlite3.connect(member)) as conn:
            verdict = integrity(conn)
            if verdict != "ok":
                raise BadBackup(f"the database in it fails SQLite's integrity check: {verdict}")
            counts, _rev = sqlite_counts(conn)
    except sqlite3.DatabaseError as exc:
        raise BadBackup(f"the database in it cannot be read: {exc}") from None
    return counts, "SQLite copy opened, integrity_check ok"


def build_portable_sqlite(member: Path, target: Path, revision: str | None) -> dict[str, int]:
    """A new SQLite file at `revision` filled from a portable export (verify, and restore into SQLite)."""
    if revision != head_revision():
        raise BadBackup(f"a portable export of schema {revision} can be loaded only by the program version "
                        f"of that schema (this one is at {head_revision()})")
    engine = create_engine(f"sqlite:///{target.as_posix()}", poolclass=NullPool)
    try:
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            portable.clear(conn)  # rows the migrations seeded (code tables) come from the export instead
            counts = portable.load(conn, member)
            counts["alembic_version"] = 1
    finally:
        engine.dispose()
    return counts


def _restore_portable(member: Path, manifest: Manifest, tmp: Path) -> tuple[dict[str, int], str]:
    counts = build_portable_sqlite(member, tmp / "verify.sqlite", manifest.schema_revision)
    return counts, "portable export loaded into a scratch SQLite database"


def _restore_pg_dump(member: Path, server: str | None, cancelled: IsCancelled) -> tuple[dict[str, int], str]:
    tool = pg_tool("pg_restore")
    if tool is None:
        raise BadBackup("pg_restore was not found: install the PostgreSQL client tools to verify this backup")
    if not server or not server.startswith("postgresql"):
        run_tool([str(tool), "--list", str(member)], dict(os.environ), cancelled)
        return {}, "pg_restore --list read the archive (no server given: counts not compared)"
    url = make_url(server)
    scratch = f"station_verify_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{scratch}"'))
        try:
            target: URL = url.set(database=scratch)
            args, env = libpq_args(target)
            run_tool([str(tool), "--no-owner", "--exit-on-error", *args, str(member)], env, cancelled)
            engine = create_engine(target, poolclass=NullPool)
            try:
                with engine.connect() as conn:
                    names = [r[0] for r in conn.execute(text(
                        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))]
                    counts = {n: int(conn.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one()) for n in names}
            finally:
                engine.dispose()
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{scratch}"'))
    finally:
        admin.dispose()
    return counts, "pg_restore into a scratch database"


def verify_backup(path: Path, *, server: str | None = None, progress: Progress = no_progress,
                  cancelled: IsCancelled = never_cancelled) -> VerifyResult:
    """Test-restore `path`; BadBackup with the first reason it is not usable. `server`: a PostgreSQL URL to
    test-restore a pg_dump archive on (a scratch database is created and dropped)."""
    with extracted(path) as (manifest, member):
        progress(0.3, "restore")
        if manifest.database_format == SQLITE:
            counts, how = _restore_sqlite(member)
        elif manifest.database_format == PORTABLE:
            counts, how = _restore_portable(member, manifest, member.parent)
        elif manifest.database_format == PG_DUMP:
            counts, how = _restore_pg_dump(member, server, cancelled)
        else:  # pragma: no cover - MEMBERS has no other key
            raise BadBackup(f"unknown database format {manifest.database_format}")
        if counts:
            _compare(manifest, counts)
    store = path.parent / STORE
    missing = [rel for rel, info in manifest.attachments.items()
               if not (store / info["sha256"][:2] / info["sha256"]).is_file()]
    if missing:
        raise BadBackup(f"{len(missing)} attachments it lists are not in {store} (first: {missing[0]})")
    progress(1.0, "")
    return VerifyResult(path, manifest, counts, how)
