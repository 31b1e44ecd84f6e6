"""Per-user UI state in QSettings behind a typed wrapper: geometry, splitters, folders, language, database."""

from __future__ import annotations

from typing import Any, ClassVar, cast

from PySide6.QtCore import QByteArray, QSettings

#: Bump when a key changes meaning or name, and teach `migrate()` the step.
SETTINGS_VERSION = 1


class UiSettings:
    """Typed access with defaults. Station-wide configuration lives in the database, not here."""

    _DEFAULTS: ClassVar[dict[str, Any]] = {
        "settings_version": 0,
        "main/geometry": QByteArray(),
        "main/state": QByteArray(),
        "main/page": "customers",
        "ui/language": "zh_CN",
        "db/location": "",  # a SQLite file path or a PostgreSQL URL; "" = not configured yet
        "db/demo": False,  # True when the configured database is the generated demo
        "user/operator": "",
        "folders/last": "",
    }

    def __init__(self, qs: QSettings | None = None) -> None:
        self._qs = qs or QSettings()
        self.migrate()

    @property
    def qsettings(self) -> QSettings:
        return self._qs

    def _get(self, key: str, kind: type) -> Any:
        default = self._DEFAULTS.get(key)
        value = self._qs.value(key, default)
        if value is None:
            return default
        if kind is bool and isinstance(value, str):  # INI backends give "true"/"false" back
            return value.lower() == "true"
        if kind is QByteArray:
            if isinstance(value, QByteArray):
                return value
            return QByteArray(value.encode() if isinstance(value, str) else cast(bytes, value))
        return kind(value)

    def _set(self, key: str, value: Any) -> None:
        self._qs.setValue(key, value)

    def migrate(self) -> None:
        """Bring old keys up to this version (Orange's migrate_settings)."""
        version = int(str(self._qs.value("settings_version", 0) or 0))
        if version < 1:
            # Version 0 kept the language under "language"; move it once.
            old = self._qs.value("language")
            if old:
                self._qs.setValue("ui/language", old)
                self._qs.remove("language")
        if version != SETTINGS_VERSION:
            self._qs.setValue("settings_version", SETTINGS_VERSION)

    # -- geometry and layout -------------------------------------------------
    def geometry(self) -> QByteArray:
        return self._get("main/geometry", QByteArray)

    def set_geometry(self, value: QByteArray) -> None:
        self._set("main/geometry", value)

    def window_state(self) -> QByteArray:
        return self._get("main/state", QByteArray)

    def set_window_state(self, value: QByteArray) -> None:
        self._set("main/state", value)

    def splitter_state(self, name: str) -> QByteArray:
        value = self._qs.value(f"splitters/{name}")
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._set(f"splitters/{name}", value)

    def last_page(self) -> str:
        return self._get("main/page", str)

    def set_last_page(self, key: str) -> None:
        self._set("main/page", key)

    # -- folders ---------------------------------------------------------------
    def last_folder(self, purpose: str = "") -> str:
        value = self._qs.value(f"folders/{purpose or 'last'}", "")
        return str(value or self._get("folders/last", str))

    def set_last_folder(self, folder: str, purpose: str = "") -> None:
        self._set(f"folders/{purpose or 'last'}", folder)

    # -- language, database, operator -------------------------------------------
    def language(self) -> str:
        return self._get("ui/language", str)

    def set_language(self, value: str) -> None:
        self._set("ui/language", value)

    def db_location(self) -> str:
        """The database to open, with its password from the keyring when one is kept there."""
        from station import secrets

        stored = self._get("db/location", str)
        safe, typed = secrets.split_password(stored)
        if typed is not None:  # kept in clear by an older version: to the keyring (else asked for next time)
            secrets.remember(safe, typed)
            self._set("db/location", safe)
            return stored
        return secrets.with_password(stored, secrets.recall(stored))

    def set_db_location(self, value: str, *, demo: bool = False) -> None:
        """Keep the location without its password; the password goes to the keyring (else it is asked for)."""
        from station import secrets

        safe, password = secrets.split_password(value)
        if password is not None:
            secrets.remember(safe, password)
        self._set("db/location", safe)
        self._set("db/demo", demo)

    def db_is_demo(self) -> bool:
        return self._get("db/demo", bool)

    def operator(self) -> str:
        return self._get("user/operator", str)

    def set_operator(self, value: str) -> None:
        self._set("user/operator", value)

    def sync(self) -> None:
        self._qs.sync()
