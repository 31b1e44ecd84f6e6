"""PostgreSQL → numpy without a Python object per row: a SELECT as binary COPY, parsed by numpy.

Iterating a psycopg cursor costs about 4 µs a row (a tuple, a check per fetch); a county's population and
links are a million rows each and its readings 36 M, so the scan's loading was mostly that loop
(tests/benchmarks/bench_county.py). `COPY (SELECT …) TO STDOUT (FORMAT binary)` sends each row as fixed-width
big-endian fields when every column is cast to bigint or double precision, and numpy reads those blocks
as a structured array in place.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import BigInteger, Float, Select, cast
from sqlalchemy.orm import Session

_SQL_TYPES: dict[str, Any] = {"i8": BigInteger, "f8": Float(precision=53)}
_HEADER = 19  # signature (11) + flags (4) + header extension length (4, zero)
_TRAILER = b"\xff\xff"
_SIGNATURE = b"PGCOPY\n\xff\r\n\x00"
_BATCH = 50_000


def copy_array(session: Session, stmt: Select[Any], dtype: list[tuple[str, str]]) -> np.ndarray:
    """`stmt`'s rows as a structured array of `dtype` (i8 / f8 fields only; no NULLs: callers coalesce)."""
    from station.consumption.load import raw_cursor, raw_sql

    wide = stmt.with_only_columns(*[cast(c, _SQL_TYPES[t]) for c, (_, t) in
                                    zip(stmt.selected_columns, dtype, strict=True)])
    wire = np.dtype([("n", ">i2")] + [f for name, t in dtype for f in ((f"len_{name}", ">i4"), (name, f">{t}"))])
    native = np.dtype(dtype)
    parts: list[np.ndarray] = []
    blocks: list[bytes] = []  # PostgreSQL sends a row per message: parse them a batch at a time
    pending = b""
    cur = raw_cursor(session)
    try:
        with cur.copy(f"COPY ({raw_sql(session, wide)}) TO STDOUT (FORMAT binary)") as copy:
            for block in copy:
                blocks.append(bytes(block))
                if len(blocks) >= _BATCH:
                    pending = _take(pending, blocks, parts, wire, native, dtype)
        pending = _take(pending, blocks, parts, wire, native, dtype)
    finally:
        cur.close()
    if pending != _TRAILER:
        raise ValueError("binary COPY ended inside a row")
    return np.concatenate(parts) if parts else np.zeros(0, dtype=native)


def _take(pending: bytes, blocks: list[bytes], parts: list[np.ndarray], wire: np.dtype, native: np.dtype,
          dtype: list[tuple[str, str]]) -> bytes:
    """Parse the whole rows of pending + blocks into parts (emptying blocks); the bytes left over (a row cut
    between batches, or at the end the trailer)."""
    data = pending + b"".join(blocks)
    blocks.clear()
    if not parts:  # the very first bytes: the header
        if not data.startswith(_SIGNATURE):
            raise ValueError("not a binary COPY")
        data = data[_HEADER:]
    whole = len(data) // wire.itemsize * wire.itemsize
    parts.append(_parse(data[:whole], wire, native, dtype))
    return data[whole:]


def _parse(data: bytes, wire: np.dtype, native: np.dtype, dtype: list[tuple[str, str]]) -> np.ndarray:
    rows = np.frombuffer(data, dtype=wire)
    if rows.size and ((rows["n"] != len(dtype)).any()
                      or any((rows[f"len_{name}"] != 8).any() for name, _ in dtype)):
        raise ValueError("a NULL or a field that is not 8 bytes wide in a binary COPY")  # callers coalesce NULLs
    out = np.empty(rows.size, dtype=native)
    for name, _ in dtype:
        out[name] = rows[name]
    return out
