"""Engine and session factory: SQLite (the default, one PC) or PostgreSQL (several counters)."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


class BadDatabaseLocation(ValueError):
    """What a user gave as the database is neither a file path nor a SQLAlchemy URL."""


class NoSuchDatabase(FileNotFoundError):
    """A SQLite file that does not exist was asked for without permission to create it (a mistyped path)."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no such database: {path}")
        self.path = path


def url_for(db: str | Path) -> str:
    """A SQLAlchemy URL from what a user types: a file path or a full URL."""
    text = str(db)
    if "://" in text:
        if text.startswith("postgresql://") or text.startswith("postgres://"):
            # Plain libpq URLs go through psycopg 3, the driver we ship.
            text = "postgresql+psycopg://" + text.split("://", 1)[1]
        return text
    # "postgres:/x" or "mysql:host" is a mistyped URL, not a file name: refuse it rather than create a file
    # of that name (a Windows drive letter, "C:/…", is one letter and stays a path).
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:", text):
        raise BadDatabaseLocation(f"{text!r} is neither a database file nor a URL like postgresql://user@host/db")
    return "sqlite:///" + Path(text).expanduser().resolve().as_posix()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for a server database or an in-memory one."""
    if not url.startswith("sqlite"):
        return None
    tail = url.split(":///", 1)[1] if ":///" in url else ""
    return Path(tail) if tail and tail != ":memory:" else None


def make_engine(db: str | Path, *, echo: bool = False, create: bool = True) -> Engine:
    """An engine for `db`; with create=False a missing SQLite file raises NoSuchDatabase instead of
    quietly becoming a new empty database (SQLite creates any file it is pointed at)."""
    url = url_for(db)
    path = sqlite_path(url)
    if path is not None:
        if not create and not path.is_file():
            raise NoSuchDatabase(path)
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, echo=echo, future=True)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a full fsync per commit is not needed
            cur.execute("PRAGMA busy_timeout=10000")  # a second counter waits instead of failing
            cur.close()

    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: rows converted inside the action stay readable after it commits.
    return sessionmaker(engine, expire_on_commit=False)
