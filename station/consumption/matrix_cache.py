"""A columnar copy of the monthly consumption, so the scan and line loss do not re-read 7 M rows each time.

Form, chosen by measurement (tests/benchmarks/bench_consumption.py): one row per month in the database
(`consumption_column`), holding that month's customer ids (int64) and kWh (float64) as two byte strings.
In the database rather than a file beside it, so that every PC of a PostgreSQL station shares it and a
SQLite backup carries it; per month rather than one blob, so that the usual write (this month's readings,
or a corrected month) rewrites one row of 1.6 MB at county scale instead of the whole 58 MB matrix.

Never stale: `consumption_matrix_state` holds the readings' version the columns were built from — the
highest reading id and the highest readings batch id, two index look-ups. Every write of readings goes
through an import batch (new rows raise the first, replaced values take the new batch's id and raise the
second), and the readings import refreshes the months it touched in its own transaction
(`start_write` raises a generation counter under its row lock, so even an import that commits after a
later one — PostgreSQL hands out ids at run time — moves the version; `refresh_after_write`). Anything else that changes readings (the demo, a restore, another program) changes
the version, and the next read rebuilds the columns from the table.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

import numpy as np
from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from db.engine import busy_timeout_ms
from db.schema import (
    ConsumptionColumn,
    ConsumptionGeneration,
    ConsumptionMatrixState,
    ImportBatch,
    MonthlyConsumption,
)
from station.analysis.matrix import MonthAxis

log = logging.getLogger(__name__)

_STATE_ID = 1
Columns = dict[int, tuple[np.ndarray, np.ndarray]]  # month → (customer ids ascending, kWh)


def readings_version(session: Session, generation: int | None = None) -> str:
    """The readings' state in three look-ups: "writers' generation:highest reading id:highest readings batch".

    The generation moves with every readings import's commit (start_write); the highest ids catch a write
    that went around the import (the demo, another program).
    """
    if generation is None:
        generation = session.scalar(select(ConsumptionGeneration.generation).where(ConsumptionGeneration.id == 1)) or 0
    top = session.scalar(select(func.max(MonthlyConsumption.id))) or 0
    batch = session.scalar(select(func.max(ImportBatch.id)).where(ImportBatch.kind == "readings")) or 0
    return f"{generation}:{top}:{batch}"


def built_version(session: Session) -> str | None:
    return session.scalar(select(ConsumptionMatrixState.version).where(ConsumptionMatrixState.id == _STATE_ID))


def read_columns(session: Session, first: int, last: int) -> Columns | None:
    """The stored columns of months first..last when they match the readings; None when stale or never built."""
    if built_version(session) != readings_version(session):
        return None
    rows = session.execute(
        select(ConsumptionColumn.month, ConsumptionColumn.customer_ids, ConsumptionColumn.kwh)
        .where(ConsumptionColumn.month >= first, ConsumptionColumn.month <= last)
    ).all()
    return {m: (np.frombuffer(ids, dtype=np.int64), np.frombuffer(kwh, dtype=np.float64)) for m, ids, kwh in rows}


def columns_of(customer: np.ndarray, month: np.ndarray, kwh: np.ndarray) -> Columns:
    """Readings as (customer, month, kWh) arrays → per-month columns in customer order (one sort)."""
    if not month.size:
        return {}
    order = np.lexsort((customer, month))
    customer, month, kwh = customer[order], month[order], kwh[order]
    months, starts = np.unique(month, return_index=True)
    ends = np.r_[starts[1:], month.size]
    return {int(m): (customer[a:b].copy(), kwh[a:b].copy()) for m, a, b in zip(months, starts, ends, strict=True)}


def fill(E: np.ndarray, axis: MonthAxis, columns: Columns, rows_of: object) -> None:
    """Put each month's column into E (customers × axis months) through `rows_of(customer ids) → rows`."""
    for j in range(axis.count):
        got = columns.get(axis.month(j))
        if got is None:
            continue
        ids, kwh = got
        rows = rows_of(ids)  # type: ignore[operator]
        ok = rows >= 0
        E[rows[ok], j] = kwh[ok]


def _write(session: Session, columns: Columns, version: str, *, replace_all: bool) -> None:
    if replace_all:
        session.execute(delete(ConsumptionColumn))
    elif columns:
        session.execute(delete(ConsumptionColumn).where(ConsumptionColumn.month.in_(list(columns))))
    for m, (ids, kwh) in columns.items():  # one statement per month: a county's column is 3 MB
        session.execute(insert(ConsumptionColumn).values(
            month=m, customer_ids=np.ascontiguousarray(ids, dtype=np.int64).tobytes(),
            kwh=np.ascontiguousarray(kwh, dtype=np.float64).tobytes()))
    session.execute(delete(ConsumptionMatrixState))
    session.execute(insert(ConsumptionMatrixState).values(id=_STATE_ID, version=version, built_at=dt.datetime.now()))


def store(session: Session, columns: Columns, version: str) -> bool:
    """Save freshly built columns in a short transaction of their own; False when that cannot be done now.

    The columns are derived data a read found missing or stale: the read does not wait for them to be saved,
    so a locked database (an import writing) only means the next read builds them again.
    """
    bind = session.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    try:
        with Session(bind=bind) as own, own.begin():
            conn = own.connection()
            # Never wait behind another writer (an import may hold the lock for minutes): give up at once.
            conn.exec_driver_sql("PRAGMA busy_timeout=0" if sqlite else "SET LOCAL lock_timeout = '500ms'")
            try:
                if readings_version(own) != version:
                    return False  # the readings changed meanwhile: these columns are already stale
                _write(own, columns, version, replace_all=True)
            finally:
                if sqlite:  # the pooled connection keeps its usual patience for the next user
                    conn.exec_driver_sql(f"PRAGMA busy_timeout={busy_timeout_ms()}")
        return True
    except (OperationalError, DBAPIError) as exc:  # locked by another writer, or the lock wait ran out
        log.info("consumption columns not saved: %s", exc)
        return False


def start_write(session: Session) -> bool:
    """At the start of a readings write: raise the writers' generation (waiting for any other readings
    writer to commit: its row lock), and say whether the columns were current until now."""
    gen = ConsumptionGeneration
    result: Any = session.execute(update(gen).where(gen.id == 1).values(generation=gen.generation + 1))
    raised = result.rowcount  # a CursorResult: the rows the UPDATE changed
    if not raised:  # a database older than the counter's row: start it
        session.execute(insert(gen).values(id=1, generation=1))
    now = session.scalar(select(gen.generation).where(gen.id == 1)) or 1
    built = built_version(session)
    return built is not None and built == readings_version(session, now - 1)


def refresh_after_write(session: Session, months: Iterable[int], current: bool) -> None:
    """In the writer's transaction: rebuild the columns of the months just written, if the rest was current.

    Each month is read back through the month index (a county's month: about 0.2 s), so the columns say
    exactly what the table now holds, whatever the writer did to it.
    """
    if not current:
        return  # stale or never built: the next read rebuilds everything
    from station.consumption.load import fetch_array  # load imports this module for its reads

    mc = MonthlyConsumption
    columns: Columns = {}
    for m in sorted(set(months)):
        stmt: Any = select(mc.customer_id, mc.kwh).where(mc.month == m).order_by(mc.customer_id)
        got = fetch_array(session, stmt, [("c", "i8"), ("k", "f8")])
        columns[m] = (got["c"].copy(), got["k"].copy())
    _write(session, columns, readings_version(session), replace_all=False)
