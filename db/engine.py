"""Engine and session factory: SQLite (the default, one PC) or PostgreSQL (several counters)."""

from __future__ import annotations

import os
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


class EmptyDatabaseFile(ValueError):
    """An existing zero-byte file was named as the station's database where none is to be created."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is an empty file, not a station database")
        self.path = path


#: The URL schemes this program ships a driver for; anything else is refused by name, not by a traceback.
SUPPORTED_SCHEMES = ("sqlite", "sqlite+pysqlite", "postgresql", "postgresql+psycopg")


def url_for(db: str | Path) -> str:
    """A SQLAlchemy URL from what a user types: a file path or a full URL."""
    text = str(db)
    if "://" in text:
        if text.startswith("postgresql://") or text.startswith("postgres://"):
            # Plain libpq URLs go through psycopg 3, the driver we ship.
            text = "postgresql+psycopg://" + text.split("://", 1)[1]
        scheme = text.split("://", 1)[0].lower()
        if scheme not in SUPPORTED_SCHEMES:
            raise BadDatabaseLocation(
                f"unsupported database kind {scheme!r}: use a SQLite file or postgresql://user@host/db")
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


def busy_timeout_ms() -> int:
    """How long a SQLite writer waits for another one: 10 s, or $STATION_BUSY_TIMEOUT_MS (0 to 600,000)."""
    try:
        return max(0, min(600_000, int(os.environ.get("STATION_BUSY_TIMEOUT_MS", "10000"))))
    except ValueError:
        return 10_000


def make_engine(db: str | Path, *, echo: bool = False, create: bool = True) -> Engine:
    """An engine for `db`; with create=False a missing SQLite file raises NoSuchDatabase instead of
    quietly becoming a new empty database (SQLite creates any file it is pointed at)."""
    url = url_for(db)
    path = sqlite_path(url)
    if path is not None:
        if not create and not path.is_file():
            raise NoSuchDatabase(path)
        if not create and path.stat().st_size == 0:
            raise EmptyDatabaseFile(path)  # SQLite would quietly make a new database of it
        if create:
            path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, echo=echo, future=True)
    if engine.dialect.name == "sqlite":
        busy_ms = busy_timeout_ms()

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _rec):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; a full fsync per commit is not needed
            cur.execute(f"PRAGMA busy_timeout={busy_ms}")  # a second counter waits instead of failing
            cur.close()

    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: rows converted inside the action stay readable after it commits.
    return sessionmaker(engine, expire_on_commit=False)
