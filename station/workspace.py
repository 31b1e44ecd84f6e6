"""A workspace is an open station database plus the operator acting on it: what every face starts from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_sessions, sqlite_path, url_for
from db.migrate import UpgradeResult, upgrade_to_head

if TYPE_CHECKING:
    from station.backup.epoch import EpochWatch


@dataclass(slots=True)
class Workspace:
    engine: Engine
    sessions: sessionmaker[Session]
    #: Who acts: the audit log's operator. After a login (actions.login) the authenticated user's name, and
    #: their role; every write action checks the role in the database again (station.users.require).
    operator: str
    upgrade: UpgradeResult | None = None
    role: str | None = None
    #: Notices a restore made elsewhere (station.backup.epoch); None on a workspace opened without upgrade.
    epoch: EpochWatch | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def file(self) -> Path | None:
        return sqlite_path(url_for(self.engine.url.render_as_string(hide_password=False)))

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(
    db: str | Path, *, operator: str = "admin", upgrade: bool = True, create: bool = True
) -> Workspace:
    """Open (and by default upgrade) the database at `db`, a file path or a SQLAlchemy URL.

    create=False refuses a SQLite file that does not exist (db.engine.NoSuchDatabase) rather than creating it.
    """
    from station.backup.epoch import EpochWatch
    from station.backup.location import refuse_network_share
    from station.backup.make import before_migration

    path = sqlite_path(url_for(db))
    if path is not None:
        refuse_network_share(path)  # SQLite's locking is not safe on a share (station.backup.location)
    engine = make_engine(db, create=create)
    try:
        # The backup before a migration is a zip in the backup folder, as every automatic one (station.backup).
        taken = before_migration(engine, operator=operator) if upgrade else None
        result = upgrade_to_head(engine, backup=taken is None) if upgrade else None
        if result is not None and taken is not None:
            result = UpgradeResult(result.before, result.after, taken)
        sessions = make_sessions(engine)
        watch = EpochWatch(sessions) if upgrade else None
    except BaseException:
        engine.dispose()  # a file that is not a database, or one too new: do not leak the pool
        raise
    return Workspace(engine=engine, sessions=sessions, operator=operator, upgrade=result, epoch=watch)
