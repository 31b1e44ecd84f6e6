"""The database's epoch: a value a restore changes, so every other PC notices on its next action.

A restore replaces what every counter sees. Each workspace remembers the epoch it opened with and reads it
again when a session begins (one primary-key look-up); a different value raises DatabaseReplaced once, with
who restored which backup when, and the workspace takes the new epoch (the user was told; the next action
works on the restored data).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from db.schema import StationSetting
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg

KEY = "db.epoch"


#: Problem.code of an action refused because the database was restored since this program read it.
DATABASE_REPLACED = "database_replaced"


class DatabaseReplaced(Rejected):
    """The database was restored from a backup since this program opened it: the action is refused once, with
    who restored what when (a Rejected, so every face shows the reason the way it shows a refusal)."""

    def __init__(self, info: dict[str, Any]) -> None:
        super().__init__([Problem("database", msg(QT_TRANSLATE_NOOP(
            "station", "The database was restored from a backup ({backup}) by {by} on {host} at {at}: what you see "
                       "was replaced. Your last action was not done; look at the data again (or restart the "
                       "program) and repeat it"),
            backup=info.get("backup", "?"), by=info.get("by", "?"), host=info.get("host", "?"),
            at=info.get("at", "?")), info.get("id"), DATABASE_REPLACED)])
        self.info = info


def read_epoch(session: Session) -> dict[str, Any] | None:
    row = session.get(StationSetting, KEY)
    if row is None:
        return None
    try:
        value = json.loads(row.value)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def write_epoch(session: Session, *, backup: str, by: str, host: str) -> dict[str, Any]:
    """A new epoch (in the caller's transaction): every other workspace is told on its next action."""
    info = {"id": uuid.uuid4().hex, "backup": backup, "by": by, "host": host,
            "at": dt.datetime.now().isoformat(timespec="seconds")}
    text = json.dumps(info, ensure_ascii=False)
    row = session.get(StationSetting, KEY)
    if row is None:
        session.add(StationSetting(key=KEY, value=text, updated_at=dt.datetime.now(), updated_by=by))
    else:
        row.value, row.updated_at, row.updated_by = text, dt.datetime.now(), by
    return info


class EpochWatch:
    """Installed on a workspace's sessionmaker: compares the epoch at every session's begin."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.known: str | None = None
        self.paused = False
        with sessions() as s:
            self.known = _id(read_epoch_safe(s))
        event.listen(sessions, "after_begin", self._check)

    def accept(self, info: dict[str, Any] | None) -> None:
        self.known = _id(info)

    def _check(self, _session: Session, _transaction: Any, connection: Any) -> None:
        # `paused` is set only by this program's own restore (station.actions.backup); reading on the session's
        # connection begins no new session, so the listener never runs inside itself.
        if self.paused:
            return
        row = connection.execute(StationSetting.__table__.select().where(StationSetting.key == KEY)).first()
        info = _parse(row.value) if row is not None else None
        if _id(info) != self.known:
            self.known = _id(info)
            raise DatabaseReplaced(info or {})


def _parse(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _id(info: dict[str, Any] | None) -> str | None:
    return None if info is None else str(info.get("id"))


def read_epoch_safe(session: Session) -> dict[str, Any] | None:
    try:
        return read_epoch(session)
    except Exception:  # noqa: BLE001 - an empty database before its first migration
        session.rollback()
        return None
