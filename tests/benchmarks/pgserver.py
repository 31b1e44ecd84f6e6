"""Which PostgreSQL the county benchmark uses: one named, or a throwaway server started as .ci/run starts it."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator

from sqlalchemy.engine import make_url

#: The database the county is built in and kept (a second run on the same server reuses it).
COUNTY_DB = "county"


def _pg_bin() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: [int(x) for x in p.split("/")[4].split(".")])
    return os.path.dirname(found[-1]) if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(cmd: str) -> None:
    """Run a server command as the postgres user (as .ci/run does when root), else as ourselves."""
    if os.geteuid() == 0:
        subprocess.run(["su", "postgres", "-s", "/bin/sh", "-c", cmd], check=True, capture_output=True)
    else:
        subprocess.run(["/bin/sh", "-c", cmd], check=True, capture_output=True)


@contextlib.contextmanager
def throwaway_server() -> Iterator[str | None]:
    """.ci/run's server: initdb in a temporary folder, trust auth, fsync off; stopped and removed at the end.

    Yields the server URL (database "postgres"), or None when PostgreSQL is not installed or does not start.
    """
    pg_bin = _pg_bin()
    if pg_bin is None:
        yield None
        return
    data = tempfile.mkdtemp(prefix="pgdata.bench.")
    port = _free_port()
    started = False
    try:
        if os.geteuid() == 0:
            shutil.chown(data, "postgres", "postgres")
        os.chmod(data, 0o700)
        _as_postgres(f"{pg_bin}/initdb -D {data} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8")
        _as_postgres(f"{pg_bin}/pg_ctl -D {data} -l {data}/server.log -w -t 60 -o '-p {port} -k /tmp"
                     " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                     " -c full_page_writes=off' start")
        started = True
    except (subprocess.CalledProcessError, OSError):
        pass
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres" if started else None
    finally:
        if started:
            with contextlib.suppress(subprocess.CalledProcessError):
                _as_postgres(f"{pg_bin}/pg_ctl -D {data} -m fast -w stop")
        shutil.rmtree(data, ignore_errors=True)


def server_url() -> str | None:
    """COUNTY_DATABASE_URL (its server), else DATABASE_URL's server; None when neither is set."""
    return os.environ.get("COUNTY_DATABASE_URL") or os.environ.get("DATABASE_URL")


def reachable(url: str) -> str | None:
    """None when a connection to the server of `url` works, else why not (one line)."""
    import psycopg

    try:
        psycopg.connect(libpq(url, "postgres"), connect_timeout=5).close()
    except psycopg.Error as exc:
        return str(exc).strip().splitlines()[0]
    return None


def server_name(url: str) -> str:
    """host:port of `url`, for a message (no password)."""
    u = make_url(url)
    return f"{u.host or 'localhost'}:{u.port or 5432}"


def database_url(url: str, name: str) -> str:
    """The SQLAlchemy URL of database `name` on the server of `url`."""
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def libpq(url: str, name: str | None = None) -> str:
    """A libpq connection string (for psycopg itself) of `url`, or of database `name` on its server."""
    u = make_url(url)
    if name is not None:
        u = u.set(database=name)
    return u.set(drivername="postgresql").render_as_string(hide_password=False)


def ensure_database(url: str, name: str, *, fresh: bool = False) -> str:
    """Create database `name` on the server of `url` if missing (dropped first when fresh); its SQLAlchemy URL."""
    import psycopg

    with psycopg.connect(libpq(url, "postgres"), autocommit=True) as conn:
        if fresh:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')
    return database_url(url, name)
