"""A columnar copy of the monthly consumption, so the scan and line loss do not re-read 7 M rows each time.

Form, chosen by measurement (tests/benchmarks/bench_consumption.py, bench_county.py): one row per month in the
database (`consumption_column`), holding that month's customers and kWh as two byte strings
(station.consumption.column_format: a range of ids and int32 hundredths of a kWh where that is exact, 4 bytes
a customer). In the database rather than a file beside it, so that every PC of a PostgreSQL station shares it
and a SQLite backup carries it; per month rather than one blob, so that the usual write (this month's
readings, or a corrected month) rewrites one row of 0.8 MB at county scale instead of the whole matrix, and a
read holds one month at a time (read_into), never all of them.

Never stale: `consumption_matrix_state` holds the readings' version the columns were built from — the
highest reading id and the highest readings batch id, two index look-ups. Every write of readings goes
through an import batch (new rows raise the first, replaced values take the new batch's id and raise the
second), and the readings import refreshes the months it touched in its own transaction
(`start_write` raises a generation counter under its row lock, so even an import that commits after a
later one — PostgreSQL hands out ids at run time — moves the version; `refresh_after_write`). Anything else
that changes readings (the demo, a restore, another program) changes the version, and the next read
rebuilds the columns from the table. The version starts with the form's name (FORM), so a copy written in
an older form is never read as this one: it is stale, and rebuilt.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
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
from station.consumption.column_format import Filler, MonthColumn, decode, encode

log = logging.getLogger(__name__)

_STATE_ID = 1
Columns = dict[int, tuple[np.ndarray, np.ndarray]]  # month → (customer ids ascending, kWh)
Encoded = tuple[int, bytes, bytes]  # (month, its ids string, its kWh string) as stored


#: The stored form (station.consumption.column_format); part of the version, so an older form reads as stale.
FORM = "c2"


def readings_version(session: Session, generation: int | None = None) -> str:
    """The readings' state in three look-ups: "form|writers' generation:highest reading id:highest readings batch".

    The generation moves with every readings import's commit (start_write); the highest ids catch a write
    that went around the import (the demo, another program).
    """
    if generation is None:
        generation = session.scalar(select(ConsumptionGeneration.generation).where(ConsumptionGeneration.id == 1)) or 0
    top = session.scalar(select(func.max(MonthlyConsumption.id))) or 0
    batch = session.scalar(select(func.max(ImportBatch.id)).where(ImportBatch.kind == "readings")) or 0
    return f"{FORM}|{generation}:{top}:{batch}"


def built_version(session: Session) -> str | None:
    return session.scalar(select(ConsumptionMatrixState.version).where(ConsumptionMatrixState.id == _STATE_ID))


def read_columns(session: Session, first: int, last: int) -> dict[int, MonthColumn] | None:
    """The stored columns of months first..last when they match the readings; None when stale or never built."""
    if built_version(session) != readings_version(session):
        return None
    return dict(_stored_months(session, first, last))


def read_into(session: Session, E: np.ndarray, axis: MonthAxis, customer_ids: np.ndarray) -> bool:
    """Fill E (customers × axis months, NaN already) from the stored columns; False when they are stale.

    One month at a time, so only one month's strings are ever held beside E.
    """
    if built_version(session) != readings_version(session):
        return False
    filler = Filler(E, customer_ids)
    for month, col in _stored_months(session, axis.first, axis.month(axis.count - 1)):
        filler.put(axis.index_of(month), col)
    return True


def month_vectors(session: Session, axis: MonthAxis, customer_ids: np.ndarray) -> Iterator[tuple[int, np.ndarray]]:
    """(axis column, kWh per population row with NaN where none) of every stored month of the axis, one at a
    time (a reused buffer: use it before the next); the caller checks `is_current` first."""
    buf = np.empty((customer_ids.size, 1))
    filler = Filler(buf, customer_ids)
    for month, col in _stored_months(session, axis.first, axis.month(axis.count - 1)):
        buf.fill(np.nan)
        filler.put(0, col)
        yield axis.index_of(month), buf[:, 0]


def is_current(session: Session) -> bool:
    return built_version(session) == readings_version(session)


def _stored_months(session: Session, first: int, last: int) -> Iterator[tuple[int, MonthColumn]]:
    """(month, its column) from first to last, each read with a query of its own through the driver's cursor:
    on PostgreSQL in binary (bytea as text would be hex, twice the bytes, decoded in Python)."""
    months = session.scalars(select(ConsumptionColumn.month).where(
        ConsumptionColumn.month >= first, ConsumptionColumn.month <= last).order_by(ConsumptionColumn.month)).all()
    dbapi = session.connection().connection.dbapi_connection
    postgres = session.get_bind().dialect.name == "postgresql"
    cur = dbapi.cursor(binary=True) if postgres else dbapi.cursor()  # type: ignore[union-attr]
    try:
        for m in months:  # an int from the table: safe to put in the text
            cur.execute(f"SELECT customer_ids, kwh FROM consumption_column WHERE month = {int(m)}")
            row = cur.fetchone()
            if row is not None:
                yield int(m), decode(row[0], row[1])
                del row
    finally:
        cur.close()


def encoded(columns: Columns) -> list[Encoded]:
    """Columns as the stored strings, month by month (station.consumption.column_format)."""
    return [(m, *encode(ids, kwh)) for m, (ids, kwh) in columns.items()]


def _write(session: Session, months: list[Encoded], version: str, *, replace_all: bool) -> None:
    if replace_all:
        session.execute(delete(ConsumptionColumn))
    elif months:
        session.execute(delete(ConsumptionColumn).where(ConsumptionColumn.month.in_([m for m, _, _ in months])))
    for m, id_bytes, kwh_bytes in months:  # one statement per month: a county's column is 3 MB
        session.execute(insert(ConsumptionColumn).values(month=m, customer_ids=id_bytes, kwh=kwh_bytes))
    session.execute(delete(ConsumptionMatrixState))
    session.execute(insert(ConsumptionMatrixState).values(id=_STATE_ID, version=version, built_at=dt.datetime.now()))


def store(session: Session, months: list[Encoded], version: str) -> bool:
    """Save freshly built columns (every month, encoded: station.consumption.column_build) in a short
    transaction of their own; False when that cannot be done now.

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
                _write(own, months, version, replace_all=True)
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
    _write(session, encoded(columns), readings_version(session), replace_all=False)
