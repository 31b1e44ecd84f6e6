"""Numbers of orders, cases and notices: a prefix, the year and a sequence (GD2026-0001), never reused.

The next number is read under the writers' lock (db.locks), so two counters issuing at once queue rather
than both taking the same sequence; the unique constraints catch anything that slips past.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.locks import writers_lock

ORDER_PREFIX = "GD"
CASE_PREFIX = "AJ"


def format_number(prefix: str, year: int, seq: int) -> str:
    return f"{prefix}{year}-{seq:04d}"


def next_seq(session: Session, year_column: Any, seq_column: Any, year: int, *where: Any) -> int:
    """The next sequence of `year` in a table with (year, seq) columns, `where` narrowing it (a notice kind)."""
    writers_lock(session)
    last = session.scalar(select(func.max(seq_column)).where(year_column == year, *where))
    return int(last or 0) + 1


def version_number(base: str, version: int) -> str:
    """A case's later versions: AJ2026-0001, AJ2026-0001-2, AJ2026-0001-3 …"""
    return base if version <= 1 else f"{base}-{version}"
