"""The database password stays out of the settings file (issue 15): in the keyring where there is one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import QSettings

from station import secrets
from ui.settings import UiSettings

URL = "postgresql+psycopg://station:S3cret%40PW@10.0.0.5:5432/station"
SAFE = "postgresql+psycopg://station@10.0.0.5:5432/station"


class _Store(KeyringBackend):
    """A keyring holding its entries in this process (what the Credential Manager does on Windows)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def store() -> Iterator[_Store]:
    before = keyring.get_keyring()
    ring = _Store()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(before)


def _settings(tmp_path: Path) -> tuple[UiSettings, Path]:
    path = tmp_path / "station.ini"
    return UiSettings(QSettings(str(path), QSettings.Format.IniFormat)), path


def _file_text(ui: UiSettings, path: Path) -> str:
    ui.sync()
    return path.read_text(encoding="utf-8")


def test_the_password_goes_to_the_keyring_and_comes_back(tmp_path: Path, store: _Store) -> None:
    ui, path = _settings(tmp_path)
    ui.set_db_location(URL)
    assert "S3cret" not in _file_text(ui, path)
    assert store.kept == {(secrets.SERVICE, SAFE): "S3cret@PW"}
    assert ui.db_location() == URL


def test_without_a_keyring_nothing_is_kept_and_the_url_has_no_password(tmp_path: Path, no_keyring: None) -> None:
    ui, path = _settings(tmp_path)
    ui.set_db_location(URL)
    assert "S3cret" not in _file_text(ui, path)
    assert ui.db_location() == SAFE  # the start-up asks for it (ui.startup.open_asking_password)


def test_a_password_kept_in_clear_by_an_older_version_is_moved_out(tmp_path: Path, store: _Store) -> None:
    ui, path = _settings(tmp_path)
    ui.qsettings.setValue("db/location", URL)
    assert ui.db_location() == URL  # this start still opens
    assert "S3cret" not in _file_text(ui, path)
    assert ui.db_location() == URL  # and the next one, from the keyring


def test_a_file_location_is_left_alone(tmp_path: Path, store: _Store) -> None:
    ui, _ = _settings(tmp_path)
    ui.set_db_location(r"D:\\站\\station.db")
    assert ui.db_location() == r"D:\\站\\station.db" and store.kept == {}
    assert secrets.split_password("sqlite:///x.db") == ("sqlite:///x.db", None)
