"""Bring a database to the program's schema: back up a SQLite file first, refuse a newer database."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import NullPool

from db.engine import sqlite_path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseTooNew(RuntimeError):
    """The database was upgraded by a newer program; opening it here could damage it."""

    def __init__(self, revision: str) -> None:
        super().__init__(
            f"The database is at schema revision {revision}, which this program does not know: "
            "it was written by a newer version of the workstation. Install that version to open it."
        )
        self.revision = revision


class MigrationRefused(RuntimeError):
    """A revision found data it cannot carry over without losing or changing rows; nothing was upgraded."""

    def __init__(self, revision: str, reason: str) -> None:
        super().__init__(f"the database cannot be upgraded to {revision}: {reason}")
        self.revision = revision
        self.reason = reason


@dataclass(frozen=True, slots=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_to_head(engine: Engine, *, backup: bool = True) -> UpgradeResult:
    """Upgrade to head. A SQLite file with data is copied to `<name>.<rev>.<time>.bak` first."""
    script = ScriptDirectory.from_config(_config())
    before = current_revision(engine)
    head = head_revision()
    if before is not None and before != head:
        known = {rev.revision for rev in script.walk_revisions()}
        if before not in known:
            raise DatabaseTooNew(before)
    backup_path: Path | None = None
    if before != head:
        path = sqlite_path(engine.url.render_as_string(hide_password=False))
        if backup and before is not None and path is not None and path.exists():
            engine.dispose()  # close pooled connections so the WAL is checkpointed into the copy
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_path = path.with_name(f"{path.name}.{before}.{stamp}.bak")
            _copy_sqlite(path, backup_path)
        _run_upgrade(engine, path)
    return UpgradeResult(before=before, after=head, backup=backup_path)


def _run_upgrade(engine: Engine, path: Path | None) -> None:
    """Run every pending revision in one transaction, so a crash leaves the database at the old revision.

    pysqlite opens no transaction before DDL (its legacy isolation mode commits around CREATE/ALTER), so on
    SQLite a separate engine takes control of BEGIN itself, as the SQLAlchemy docs' pysqlite recipe does:
    autocommit at the driver, an explicit BEGIN from SQLAlchemy. SQLite's DDL is transactional, so a kill
    after the first CREATE TABLE rolls back with the rest.
    """
    cfg = _config()
    if engine.dialect.name != "sqlite" or path is None:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        return
    engine.dispose()
    atomic = create_engine(engine.url, poolclass=NullPool)

    @event.listens_for(atomic, "connect")
    def _autocommit_driver(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # the driver stops issuing its own BEGIN/COMMIT
        dbapi_conn.execute("PRAGMA busy_timeout=10000")
        dbapi_conn.execute("PRAGMA journal_mode=WAL")

    @event.listens_for(atomic, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock before reading the revision

    try:
        with atomic.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        atomic.dispose()


class BackupFailed(OSError):
    """The copy made before an upgrade could not be written or did not check out; nothing was upgraded."""


def _copy_sqlite(src: Path, dst: Path) -> None:
    """Copy through SQLite's backup API (which includes what still sits in the WAL file) to a temporary name,
    check the copy, and only then give it its final name: a kill mid-copy never leaves a broken `.bak`."""
    import sqlite3

    part = dst.with_name(dst.name + ".part")
    try:
        with contextlib.closing(sqlite3.connect(src)) as s, contextlib.closing(sqlite3.connect(part)) as d:
            s.backup(d)
            verdict = d.execute("PRAGMA integrity_check").fetchone()
            d.commit()
        if not verdict or verdict[0] != "ok":
            raise BackupFailed(f"the backup copy {part} failed its integrity check: {verdict}")
        os.replace(part, dst)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            part.unlink()
        if isinstance(exc, BackupFailed):
            raise
        raise BackupFailed(f"cannot write the backup {dst} before upgrading: {exc}") from exc
