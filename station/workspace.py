"""A workspace is an open station database plus the operator acting on it: what every face starts from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.engine import make_engine, make_sessions, sqlite_path, url_for
from db.migrate import UpgradeResult, upgrade_to_head


@dataclass(slots=True)
class Workspace:
    engine: Engine
    sessions: sessionmaker[Session]
    #: Who acts: the audit log's operator. After a login (actions.login) the authenticated user's name, and
    #: their role; every write action checks the role in the database again (station.users.require).
    operator: str
    upgrade: UpgradeResult | None = None
    role: str | None = None

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
    engine = make_engine(db, create=create)
    try:
        result = upgrade_to_head(engine) if upgrade else None
    except BaseException:
        engine.dispose()  # a file that is not a database, or one too new: do not leak the pool
        raise
    return Workspace(engine=engine, sessions=make_sessions(engine), operator=operator, upgrade=result)
