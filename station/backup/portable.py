"""The program's own portable export: JSON lines of every table, in dependency order, and its import.

Used for PostgreSQL when no pg_dump fits the server, and by `--verify` to test-restore such a backup into a
temporary SQLite file. Line 1 is a header {"portable": 1, "revision", "tables": {name: [columns]}}; then one
line per row, {"t": table, "r": [values]}: dates and times as ISO text, Decimal as text, bytes as base64, so
the import converts each value back by its column's type. Rows are read in one REPEATABLE READ transaction
(a consistent snapshot while other counters write).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    Table,
    func,
    insert,
    select,
    text,
)

from db.schema import Base
from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress

VERSION = 1
#: Rows per INSERT batch on import.
BATCH = 5_000


def tables() -> list[Table]:
    """Every table of the program's schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _decoder(table: Table) -> list[Callable[[Any], Any]]:
    out: list[Callable[[Any], Any]] = []
    for c in table.columns:
        t = c.type
        if isinstance(t, DateTime):
            out.append(lambda v: None if v is None else dt.datetime.fromisoformat(v))
        elif isinstance(t, Date):
            out.append(lambda v: None if v is None else dt.date.fromisoformat(v))
        elif isinstance(t, LargeBinary):
            out.append(lambda v: None if v is None else base64.b64decode(v))
        elif isinstance(t, Numeric) and t.asdecimal:
            out.append(lambda v: None if v is None else Decimal(v))
        else:
            out.append(lambda v: v)
    return out


def export(conn: Connection, path: Path, revision: str | None, *, progress: Progress = no_progress,
           cancelled: IsCancelled = never_cancelled) -> dict[str, int]:
    """Write every table's rows to `path` from `conn`'s transaction; the row counts per table."""
    counts: dict[str, int] = {}
    # The tables as they are in the database (an older schema, before a migration, has fewer or other
    # columns); alembic_version is the header's revision.
    reflected = MetaData()
    reflected.reflect(bind=conn)
    ts = [t for t in reflected.sorted_tables if t.name != "alembic_version"]
    with path.open("w", encoding="utf-8") as f:
        header = {"portable": VERSION, "revision": revision, "tables": {t.name: [c.name for c in t.columns]
                                                                        for t in ts}}
        f.write(json.dumps(header, ensure_ascii=False) + "\n")
        for i, t in enumerate(ts):
            n = 0
            for row in conn.execute(select(*t.columns)).yield_per(BATCH):
                if n % BATCH == 0 and cancelled():
                    raise Cancelled()
                f.write(json.dumps({"t": t.name, "r": [_encode(v) for v in row]}, ensure_ascii=False) + "\n")
                n += 1
            counts[t.name] = n
            progress((i + 1) / len(ts), t.name)
    return counts


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def header_of(path: Path) -> dict[str, Any]:
    return next(_lines(path))


def load(conn: Connection, path: Path, *, progress: Progress = no_progress,
         cancelled: IsCancelled = never_cancelled) -> dict[str, int]:
    """Insert every row of the export into `conn`'s (empty) tables of the same schema; the counts per table."""
    by_name = {t.name: t for t in tables()}
    lines = _lines(path)
    header = next(lines)
    columns: dict[str, list[str]] = header["tables"]
    decoders = {name: _decoder(by_name[name]) for name in columns if name in by_name}
    counts = dict.fromkeys(columns, 0)
    pending: list[dict[str, Any]] = []
    current: str | None = None

    def flush() -> None:
        if pending and current is not None:
            conn.execute(insert(by_name[current]), pending)
            pending.clear()

    for n, line in enumerate(lines):
        name = line["t"]
        if name != current:
            flush()
            current = name
            progress(min(0.99, n / max(1, n + 1)), name)
        values = [d(v) for d, v in zip(decoders[name], line["r"], strict=True)]
        pending.append(dict(zip(columns[name], values, strict=True)))
        counts[name] += 1
        if len(pending) >= BATCH:
            if cancelled():
                raise Cancelled()
            flush()
    flush()
    if conn.dialect.name == "postgresql":
        _reset_sequences(conn)
    return counts


def _reset_sequences(conn: Connection) -> None:
    """Serial ids continue after the loaded rows (the rows kept their ids; the sequences did not move)."""
    for t in tables():
        pk = list(t.primary_key.columns)
        if len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": t.name, "c": pk[0].name}).scalar()
        if seq:
            top = conn.execute(select(func.max(pk[0]))).scalar()
            conn.execute(text("SELECT setval(:s, :v, :called)"),
                         {"s": seq, "v": top or 1, "called": top is not None})


def clear(conn: Connection) -> None:
    """Delete every row of the program's tables, children first (a restore into an existing database)."""
    for t in reversed(tables()):
        conn.execute(t.delete())
