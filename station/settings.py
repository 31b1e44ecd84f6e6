"""Station settings kept in the database (shared by every counter): name, code, device-class edition …"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import StationSetting
from station import audit

#: Defaults a fresh station starts with. Each key is documented where it is used.
DEFAULTS: dict[str, Any] = {
    "station.name": "",
    "station.code": "",
    # DL/T 448 edition used to classify metering devices: "2016" (by voltage) or "2000" (by energy/capacity).
    "metering.device_class_edition": "2016",
    # Backups (station.backup): one automatic backup a day at the first start of the day; automatic backups
    # are kept this many days; "" = the folder `backups` beside a SQLite file (the data folder for PostgreSQL).
    "backup.daily": True,
    "backup.keep_days": 30,
    "backup.folder": "",
}


def get_all(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.scalars(select(StationSetting)):
        values[row.key] = json.loads(row.value)
    return values


def get(session: Session, key: str) -> Any:
    row = session.get(StationSetting, key)
    return json.loads(row.value) if row is not None else DEFAULTS.get(key)


def put(session: Session, key: str, value: Any, *, operator: str) -> None:
    """Set one setting, with its audit row; the caller commits."""
    row = session.get(StationSetting, key)
    old = json.loads(row.value) if row is not None else DEFAULTS.get(key)
    if row is not None and old == value:
        return
    text = json.dumps(value, ensure_ascii=False)
    now = dt.datetime.now()
    if row is None:
        session.add(StationSetting(key=key, value=text, updated_at=now, updated_by=operator))
    else:
        row.value, row.updated_at, row.updated_by = text, now, operator
    audit.record(
        session, operator=operator, action="update", entity="setting", entity_id=None,
        before={key: old}, after={key: value},
    )
