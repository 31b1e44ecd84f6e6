"""Bring a database to the program's schema: back up a SQLite file first, refuse a newer database."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

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
        cfg = _config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return UpgradeResult(before=before, after=head, backup=backup_path)


def _copy_sqlite(src: Path, dst: Path) -> None:
    """Copy through SQLite's backup API, which includes what still sits in the WAL file."""
    import sqlite3

    with sqlite3.connect(src) as s, sqlite3.connect(dst) as d:
        s.backup(d)
    if not dst.exists():  # pragma: no cover - the backup API always writes the file
        shutil.copy2(src, dst)
