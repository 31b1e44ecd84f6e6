"""Fixtures shared by every tier: a migrated SQLite workspace per test, PostgreSQL when DATABASE_URL is set."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program keeps automatic backups (before a restore, a migration, a month close on PostgreSQL) and its
# default databases in the user's data folder: a test run must not fill the developer's own folder.
_DATA_HOME = tempfile.mkdtemp(prefix="station-tests-data-")
os.environ["XDG_DATA_HOME"] = os.environ["APPDATA"] = _DATA_HOME
atexit.register(shutil.rmtree, _DATA_HOME, True)

from station.workspace import Workspace, open_workspace  # noqa: E402


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at head, built once; each test copies it (Anki's getEmptyCol trick)."""
    path = tmp_path_factory.mktemp("template") / "station.db"
    ws = open_workspace(path, operator="test")
    ws.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "station.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    """A fresh SQLite station at head, operator 'tester'."""
    ws = open_workspace(db_path, operator="tester")
    yield ws
    ws.close()


def postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL")
    if not url and os.environ.get("CI", "").lower() == "true":
        pytest.fail("CI=true but DATABASE_URL is unset: the PostgreSQL tier must run in CI")
    return url


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_workspace(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Workspace]:
    """The same test on SQLite and, when DATABASE_URL is set, on an emptied PostgreSQL database."""
    if request.param == "sqlite":
        ws = open_workspace(db_path, operator="tester")
    else:
        url = postgres_url()
        if not url:
            pytest.skip("DATABASE_URL not set: PostgreSQL tier skipped")
        _reset_postgres(url)
        ws = open_workspace(url, operator="tester")
    yield ws
    ws.close()


@pytest.fixture
def demo_login(monkeypatch: pytest.MonkeyPatch) -> str:
    """The CLI logs in as the demo's supervisor (password `demo`), the way a script with no terminal does."""
    from station.demo import names

    monkeypatch.setenv("STATION_OPERATOR", names.SUPERVISOR)
    monkeypatch.setenv("STATION_PASSWORD", names.PASSWORD)
    return names.SUPERVISOR

