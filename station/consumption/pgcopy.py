"""Bulk reads on PostgreSQL as one binary COPY parsed by numpy, instead of a Python tuple per row; dates as days.

At county scale (1,000,000 customers) the population's two SELECTs through psycopg's cursor took 10–15 s:
every row became a tuple of Python ints before numpy saw it. `COPY (SELECT …) TO STDOUT (FORMAT binary)` sends
fixed-width big-endian fields that np.frombuffer reads as they come (tests/benchmarks/bench_county.py).
Only for SELECTs of numbers that are never NULL (the callers coalesce in SQL, as fetch_array requires).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np
from sqlalchemy import Integer, func, literal_column, type_coerce
from sqlalchemy.orm import Session

_SIGNATURE = b"PGCOPY\n\xff\r\n\0"
_CHUNK = 1 << 24  # bytes parsed at a time: a county's readings are 1.4 GB of COPY data


def copy_array(cursor: Any, sql: str, dtype: list[tuple[str, str]]) -> np.ndarray:
    """Run `sql` (a SELECT whose columns are int8/float8, in the order of dtype) through binary COPY."""
    parts = list(copy_batches(cursor, sql, dtype))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.dtype(dtype))


def copy_batches(
    cursor: Any, sql: str, dtype: list[tuple[str, str]], chunk_bytes: int = _CHUNK
) -> Iterator[np.ndarray]:
    """copy_array's rows as they arrive, about `chunk_bytes` of COPY data at a time: a caller that folds each
    batch into its own arrays never holds the whole result (a county's readings: 36,000,000 rows)."""
    wire = np.dtype([("n", ">i2")] + [f for name, kind in dtype for f in ((f"len_{name}", ">i4"), (name, ">" + kind))])
    native = np.dtype(dtype)
    pending = bytearray()
    header_left = True
    with cursor.copy(f"COPY ({sql}) TO STDOUT (FORMAT binary)") as copy:
        for block in copy:
            pending += block
            if header_left:
                if len(pending) < 19:
                    continue
                pending = _skip_header(pending)
                header_left = False
            if len(pending) >= chunk_bytes:
                got, pending = _take_rows(pending, wire, native)
                yield got
    if header_left:
        pending = _skip_header(pending) if pending else pending
    if len(pending) >= 2 and pending[-2:] == b"\xff\xff":  # the trailer: a field count of −1
        del pending[-2:]
    got, rest = _take_rows(pending, wire, native)
    if rest:
        raise ValueError(f"COPY data ends in a partial row ({len(rest)} bytes)")
    if got.size:
        yield got


def _skip_header(buf: bytearray) -> bytearray:
    if bytes(buf[:11]) != _SIGNATURE:
        raise ValueError("not PostgreSQL binary COPY data")
    extension = int.from_bytes(buf[15:19], "big")
    return buf[19 + extension :]


def _take_rows(buf: bytearray, wire: np.dtype, native: np.dtype) -> tuple[np.ndarray, bytearray]:
    """The whole rows at the start of buf as native numbers, and the bytes left after them."""
    rows = len(buf) // wire.itemsize
    out = np.empty(rows, dtype=native)
    if rows:
        got = np.frombuffer(bytes(buf[: rows * wire.itemsize]), dtype=wire)
        if (got["n"] != len(native.names or ())).any() or any(
            (got[f"len_{name}"] != 8).any() for name in native.names or ()
        ):
            raise ValueError("COPY row is not the expected fixed-width numbers (a NULL, or another type)")
        for name in native.names or ():
            out[name] = got[name]
    return out, buf[rows * wire.itemsize :]


_NO_DAY = -(2**31)  # a NULL date among epoch days (PostgreSQL's dated_ymd)


def dated_ymd(session: Session, column: Any) -> Any:
    """A date column as a never-NULL integer that `ymd_of` turns into YYYYMMDD (0 for NULL).

    On PostgreSQL the days since 1970 (date − date is integer arithmetic; to_char formats every row, half of
    the population query's time at 1,000,000 customers), converted by numpy; on SQLite `ymd` itself.
    """
    if session.get_bind().dialect.name == "postgresql":
        days = type_coerce(column - literal_column("DATE '1970-01-01'"), Integer)
        return func.coalesce(days, _NO_DAY)
    from station.consumption.load import ymd  # load imports this module

    return func.coalesce(ymd(session, column), 0)


def ymd_of(session: Session, values: np.ndarray) -> np.ndarray:
    """The fetched values of a dated_ymd column as YYYYMMDD integers (0 for NULL)."""
    if session.get_bind().dialect.name != "postgresql":
        return values
    null = values == _NO_DAY
    days = np.where(null, 0, values).astype("datetime64[D]")
    months = days.astype("datetime64[M]")
    years = months.astype("datetime64[Y]")
    out = ((years.astype(np.int64) + 1970) * 10_000 + (months - years).astype(np.int64) * 100 + 100
           + (days - months).astype(np.int64) + 1)
    return np.where(null, 0, out)
