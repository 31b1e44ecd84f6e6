"""A record's audited changes: who changed what, when, before and after (issue 12)."""

from __future__ import annotations

from station.record_history import HISTORY_ENTITIES, ChangeRow
from station.workspace import Workspace

__all__ = ["HISTORY_ENTITIES", "load_history"]


def load_history(ws: Workspace, kind: str, key: str) -> list[ChangeRow] | None:
    """The audited changes of the `kind` record keyed `key` (户号, barcode, order number), oldest first;
    None when no such record exists."""
    from station.record_history import record_changes, record_id
    from station.users import require

    with ws.sessions() as s:
        require(s, ws.operator, HISTORY_ENTITIES[kind].area, "view")
        ident = record_id(s, kind, key)
        return None if ident is None else record_changes(s, kind, ident)


def load_history_of(ws: Workspace, kind: str, record: int) -> tuple[str, list[ChangeRow]]:
    """The same by the record's id (the GUI's ledger knows it), with the record's key for the title."""
    from station.record_history import record_changes, record_key
    from station.users import require

    with ws.sessions() as s:
        require(s, ws.operator, HISTORY_ENTITIES[kind].area, "view")
        return record_key(s, kind, record) or str(record), record_changes(s, kind, record)
