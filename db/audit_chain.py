"""The audit log's hash chain (issue 15): each row's hash covers its content and the hash of the row before.

Editing a row breaks its own hash; deleting one breaks the next row's link. Kept in db/ so that the migration
which hashes the rows already written (0007) and station.audit, which hashes every new one, share one
definition. Changing it needs a migration that re-hashes the log.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

#: The hash before the first row.
GENESIS = "0" * 64


def row_hash(prev: str, at: dt.datetime | str | None, operator: str | None, action: str | None,
             entity: str | None, entity_id: int | None, before: str | None, after: str | None) -> str:
    """sha256 of the previous hash and the row's fields, in a canonical JSON form."""
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    # one spelling whatever the driver returns (SQLite keeps text, PostgreSQL a timestamp): microseconds always
    when = at.strftime("%Y-%m-%d %H:%M:%S.%f") if at is not None else None
    body: list[Any] = [prev, when, operator, action, entity, entity_id, before, after]
    return hashlib.sha256(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).hexdigest()
