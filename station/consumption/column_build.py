"""Building the columnar copy (station.consumption.matrix_cache) from the readings table in batches.

The first build read the whole table into one structured array and sorted it (np.lexsort) into months: a
county of 1,000,000 customers × 36 months held the 36 M rows several times over (the COPY's parts, their
concatenation, the sort's order and the sorted copies) and peaked at 3.4 GB resident
(tests/benchmarks/README.md, County scale). Here the rows stream through in batches (`fetch_batches`: a
binary COPY parsed as it arrives on PostgreSQL, `fetchmany`-sized slices of the cursor on SQLite), each one
scattered into a grid of customers × months (kWh, and whether a reading is held), so what is held is the grid
— 9 bytes a cell, 324 MB at county scale — and one batch. The table is read in one pass, in the order it is
stored: walking it month by month through the month index costs a look-up per row (three times a plain
scan on SQLite) and reads every page once per month where a month's rows lie spread over the table.

A station with more months than the grid's budget holds at once is read in several passes, each a span of
months. Every month comes out as the whole build's (ids ascending, their kWh), so the stored strings are the
same bytes (tests/db/test_column_build.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import Customer, MonthlyConsumption
from station.analysis.matrix import serial_to_yyyymm, yyyymm_to_serial
from station.consumption.column_format import RowIndex, encode
from station.consumption.load import fetch_array, fetch_batches
from station.consumption.matrix_cache import Encoded

#: Rows per batch: 262,144 readings are 6 MB as numbers.
BATCH_ROWS = 1 << 18
#: Bytes of the customers × months grid held at once (8 for the kWh, 1 for "held"): 512 MB is 56 months of
#: a county of 1,000,000 customers, so a 36-month county is one pass.
GRID_BYTES = 1 << 29

Sink = Callable[[int, np.ndarray, np.ndarray], None]  # (YYYYMM, customer ids ascending, their kWh)


def build_columns(
    session: Session, sink: Sink | None = None, *, batch_rows: int = BATCH_ROWS, grid_bytes: int = GRID_BYTES
) -> list[Encoded]:
    """Every month of the readings as the copy stores it, in month order; `sink` also gets each month's
    (month, ids, kWh) as it is made (load_matrix fills E from them without reading the copy back).

    Readings of a customer the customer table lacks (the foreign key forbids them) are left out: nothing
    reads them, every reader's rows are the customer table's.
    """
    months = _months_held(session)
    if months is None:
        return []
    first, count = months
    ids = fetch_array(session, select(Customer.id).order_by(Customer.id), [("id", "i8")])["id"].copy()
    rows = RowIndex(ids)
    per_pass = max(1, grid_bytes // max(9 * ids.size, 1))
    out: list[Encoded] = []
    for lo in range(0, count, per_pass):
        span = (first + lo, min(per_pass, count - lo))
        for month, held_ids, kwh in _pass(session, ids, rows, span, whole=per_pass >= count, batch_rows=batch_rows):
            if sink is not None:
                sink(month, held_ids, kwh)
            out.append((month, *encode(held_ids, kwh)))
    return out


def _months_held(session: Session) -> tuple[int, int] | None:
    """(serial of the first month with readings, months to its last), None without readings; two look-ups
    of the month index (one aggregate a query: SQLite answers a lone min() or max() from the index)."""
    mc = MonthlyConsumption
    lo, hi = (session.scalar(select(agg(mc.month))) for agg in (func.min, func.max))
    if lo is None or hi is None:
        return None
    first = int(yyyymm_to_serial(int(lo)))
    return first, int(yyyymm_to_serial(int(hi))) - first + 1


def _pass(
    session: Session, ids: np.ndarray, rows: RowIndex, span: tuple[int, int], *, whole: bool, batch_rows: int
) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    """One read of the readings of the months span = (first serial, count): (month, ids, kWh) of each month
    that holds any, in month order, once every batch is in."""
    first, count = span
    mc = MonthlyConsumption
    stmt: Any = select(mc.customer_id, mc.month, mc.kwh)
    if not whole:
        lo, hi = int(serial_to_yyyymm(first)), int(serial_to_yyyymm(first + count - 1))
        column: Any = mc.month
        if session.get_bind().dialect.name == "sqlite":
            column = mc.month.op("+")(0)  # a plain scan, not the month index row by row (as load_matrix)
        stmt = stmt.where(column >= lo, column <= hi)
    kwh = np.empty((count, ids.size))  # month-major: a month's column is contiguous
    held = np.zeros((count, ids.size), dtype=bool)
    flat_kwh, flat_held = kwh.reshape(-1), held.reshape(-1)
    for batch in fetch_batches(session, stmt, [("c", "i8"), ("m", "i8"), ("k", "f8")], batch_rows):
        row = rows(batch["c"])
        col = np.asarray(yyyymm_to_serial(batch["m"])) - first
        ok = row >= 0
        at = col[ok] * ids.size + row[ok]
        flat_kwh[at] = batch["k"][ok]
        flat_held[at] = True
        del batch, row, col, ok, at
    for j in range(count):
        h = held[j]
        if h.any():
            yield int(serial_to_yyyymm(first + j)), ids[h], kwh[j, h]
