"""The fast lane for 200,000-row imports: executemany with values converted once per distinct value.

SQLAlchemy's executemany converts every parameter of every row through its bind processors (dates to
text and Decimals to float on SQLite) and builds a dict per row; for a county's ledger that is most of the
import's time. Here the statement is compiled once, each column's processor runs once per distinct value
(a 用电类别 or a 立户日期 repeats thousands of times), and the driver gets plain tuples.

On PostgreSQL a write of COPY_MIN_ROWS rows or more goes through COPY (psycopg 3 `cursor.copy()`) on the
session's own connection, so in the same transaction: the same rows, converted by the same bind processors,
ids from the same sequence in the same order (the audit chain follows the ids). At county scale COPY is
several times faster than the multi-row VALUES SQLAlchemy batches executemany into
(tests/benchmarks/bench_county.py). Smaller writes, other drivers, and tables with a per-row (callable)
default take SQLAlchemy's own executemany.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

from db.schema import AuditLog
from station.audit import audit_rows

#: Rows per executemany, so a cancel or a progress report is never far away.
CHUNK = 20_000
#: From this many rows a PostgreSQL write goes through COPY: below it, COPY's set-up is not worth it.
COPY_MIN_ROWS = 1_000


def _convert_column(process: Callable[[Any], Any], values: Sequence[Any]) -> list[Any]:
    """`process` over a column, run once per distinct value (a 立户日期 repeats thousands of times)."""
    try:
        table = {v: process(v) for v in dict.fromkeys(values)}
    except TypeError:  # an unhashable value: convert cell by cell
        return list(map(_converter(process), values))
    return list(map(table.__getitem__, values))


def _converter(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    memo: dict[Any, Any] = {}

    def convert(value: Any) -> Any:
        try:
            return memo[value]
        except KeyError:
            out = memo[value] = process(value)
            return out
        except TypeError:  # unhashable: convert without the memo
            return process(value)

    return convert


_NO_DEFAULT = object()


def _scalar_default(table: Table, key: str) -> Any:
    default = table.c[key].default
    return default.arg if default is not None and default.is_scalar else _NO_DEFAULT  # type: ignore[attr-defined]


def insert_many(
    session: Session,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    *,
    constants: Mapping[str, Any] | None = None,
    replace: Mapping[str, Mapping[Any, Any]] | None = None,
) -> None:
    """INSERT every row (all rows carry the same keys), plus `constants` in every row, in the caller's transaction.

    `replace` maps a column's values as they are written (a placeholder for a row created in this
    transaction → its id), so the caller need not copy 200,000 rows to change one field.
    """
    if not rows:
        return
    constants = constants or {}
    replace = replace or {}
    conn = session.connection()
    keys = list(rows[0])
    compiled = insert(table).values(**constants).compile(dialect=conn.dialect, column_keys=keys)
    # The INSERT's parameters in its order (positional drivers), or by name (psycopg: every bind is a column key).
    order = list(compiled.positiontup or compiled.params)
    # Parameters the rows do not carry: the constants and the tables' scalar defaults, the same in every row.
    fixed = {k: constants[k] if k in constants else _scalar_default(table, k) for k in order if k not in rows[0]}
    # A callable default gives every row its own value, an SQL expression is no value: executemany for those.
    simple = not any(v is _NO_DEFAULT or isinstance(v, ClauseElement) for v in fixed.values())
    if simple and len(rows) >= COPY_MIN_ROWS and _copy_capable(conn):
        _copy(conn, table, rows, order, fixed, replace)
        return
    if conn.dialect.name != "sqlite" or not simple:
        for start in range(0, len(rows), CHUNK):
            session.execute(
                insert(table).values(**constants),
                [{**r, **{k: m.get(r[k], r[k]) for k, m in replace.items()}} for r in rows[start : start + CHUNK]],
            )
        return
    sql = str(compiled)
    for part in _tuples(conn, table, rows, order, fixed, replace):
        conn.exec_driver_sql(sql, part)


def _tuples(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], order: list[str],
            fixed: Mapping[str, Any], replace: Mapping[str, Mapping[Any, Any]]) -> Iterator[list[tuple[Any, ...]]]:
    """The rows as driver tuples in `order`, CHUNK at a time, each column converted once per distinct value."""
    processors = [table.c[k].type._cached_bind_processor(conn.dialect) for k in order]
    in_rows = set(rows[0])
    for start in range(0, len(rows), CHUNK):
        part = rows[start : start + CHUNK]
        columns = []
        for k, process in zip(order, processors, strict=True):
            values = list(map(itemgetter(k), part)) if k in in_rows else [fixed[k]] * len(part)
            if k in replace:
                values = _convert_column(lambda v, m=replace[k]: m.get(v, v), values)  # type: ignore[misc]
            columns.append(values if process is None else _convert_column(process, values))
        yield list(zip(*columns, strict=True))


def _copy_capable(conn: Connection) -> bool:
    """PostgreSQL through psycopg 3, whose cursors have copy()."""
    return conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg"


def _copy(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]], order: list[str],
          fixed: Mapping[str, Any], replace: Mapping[str, Mapping[Any, Any]]) -> None:
    """COPY … FROM STDIN on the session's connection (its transaction): the rows executemany would insert.

    Columns the INSERT would leave out (the id, server defaults) are left out of COPY too, so the server fills
    them the same way; psycopg adapts each value as it would for the INSERT's parameters.
    """
    preparer = conn.dialect.identifier_preparer
    names = ", ".join(preparer.quote(table.c[k].name) for k in order)
    sql = f"COPY {preparer.format_table(table)} ({names}) FROM STDIN"
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(sql) as copy:
            for part in _tuples(conn, table, rows, order, fixed, replace):
                for row in part:
                    copy.write_row(row)
    finally:
        cursor.close()


# --- The audit log, written the same way ----------------------------------------------------------


def write_audit(session: Session, rows: list[dict[str, Any]], *, operator: str) -> None:
    """station.audit.record_many for 200,000 rows: the same audit rows, written through `insert_many`."""
    if not rows:
        return
    insert_many(session, AuditLog.__table__, audit_rows(session, rows, operator=operator))  # type: ignore[arg-type]
