"""Bulk reads and writes of imports: one statement per shape, never a query per row.

Look-ups and updates batch by key (`select_in`, `update_rows`); inserts go through the fast lane below.

The fast lane for 200,000-row imports: executemany with values converted once per distinct value.

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

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, bindparam, insert, select, update
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql import ClauseElement

from db.schema import AuditLog, ImportBatch
from station.audit import audit_rows
from station.imports.preview import ImportPreview, Update
from station.imports.rowsets import Inserts, column

#: Rows per executemany: big enough to amortise a round trip, small enough to poll cancel between chunks.
CHUNK = 20_000
#: Values per IN (...) list; SQLite's default limit of host parameters is far above this.
IN_CHUNK = 900
#: Above this many keys a look-up reads the whole table once instead of chunked IN lists.
SCAN_ABOVE = 5_000


def chunks(seq: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(seq), size):
        yield seq[start : start + size]


def update_rows(session: Session, table: Table, changes: Iterable[tuple[int, dict[str, Any]]], *,
                bump_version: bool = False) -> None:
    """UPDATE … WHERE id = ? for each (id, changed fields), one executemany per set of changed columns;
    `bump_version`: version = version + 1 in the same statement (a record people edit, station.domain.stale)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row_id, values in changes:
        keys = tuple(sorted(values))
        groups.setdefault(keys, []).append({"_id": row_id, **{f"_v_{k}": v for k, v in values.items()}})
    for keys, params in groups.items():
        stmt = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({k: bindparam(f"_v_{k}") for k in keys} | ({"version": table.c.version + 1} if bump_version else {}))
            .execution_options(synchronize_session=False)
        )
        for part in chunks(params):
            session.connection().execute(stmt, list(part))


def select_in(
    session: Session,
    columns: Sequence[Any],
    key: ColumnElement[Any] | QueryableAttribute[Any],
    values: Iterable[Any],
    *where: ColumnElement[bool],
) -> list[Any]:
    """SELECT columns WHERE key IN (values) [AND where…], chunked; rows in no particular order."""
    distinct = list(dict.fromkeys(values))
    if len(distinct) > SCAN_ABOVE:
        # One scan of the table beats hundreds of IN lists when the file is most of the ledger.
        wanted = set(distinct)
        return [tuple(r[1:]) for r in session.execute(select(key, *columns).where(*where)) if r[0] in wanted]
    out: list[Any] = []
    for part in chunks(distinct, IN_CHUNK):
        out.extend(session.execute(select(*columns).where(key.in_(part), *where)).all())
    return out


def add_batch(session: Session, preview: ImportPreview, operator: str) -> int:
    """The ImportBatch row for this file (its id tags every row written)."""
    batch = ImportBatch(
        kind=preview.kind,
        file_name=preview.path.name[:260],
        file_sha256=preview.sha256,
        imported_at=dt.datetime.now(),
        operator=operator,
        n_new=preview.new,
        n_updated=preview.updated,
        n_unchanged=preview.unchanged,
        n_rejected=preview.rejected,
    )
    session.add(batch)
    session.flush()
    return batch.id


def start_batch(session: Session, preview: ImportPreview, operator: str) -> tuple[int, list[dict[str, Any]]]:
    """The batch of an apply and its audit rows so far (the import's own); the later steps append theirs."""
    batch_id = add_batch(session, preview, operator)
    return batch_id, [batch_audit(preview, batch_id)]


def write_updates(
    session: Session,
    table: Table,
    updates: Iterable[tuple[Update, dict[str, Any]]],
    audit_rows: list[dict[str, Any]],
    *,
    entity: str,
) -> None:
    """Write each (update, values to set) over its row, and append one audit row each to `audit_rows`.

    import_batch_id stays the batch that created the row (its trace, see created_audit); an update is
    traced by its own audit row instead. A table with a version (customers, assets …) has it raised, so an
    edit form opened before the import is told on its save instead of writing the file's values back.
    """
    changes = []
    for u, after in updates:
        changes.append((u.id, after))
        audit_rows.append({"action": "update", "entity": entity, "entity_id": u.id, "before": u.before, "after": after})
    update_rows(session, table, changes, bump_version="version" in table.c)


def batch_audit(preview: ImportPreview, batch_id: int) -> dict[str, Any]:
    """The audit row of the import itself: which file, what it did."""
    return {
        "action": "import",
        "entity": "import_batch",
        "entity_id": batch_id,
        "after": {
            "kind": preview.kind,
            "file": preview.path.name,
            "sha256": preview.sha256,
            "new": preview.new,
            "updated": preview.updated,
            "unchanged": preview.unchanged,
            "rejected": preview.rejected,
        },
    }


def created_audit(
    preview: ImportPreview, batch_id: int, rows: Sequence[dict[str, Any]], *, entity: str, key: str
) -> dict[str, Any]:
    """One audit row for every row a batch created, not one full-JSON row each.

    Each created row carries import_batch_id, and its ImportBatch stores the file name, sha256, operator
    and time: that already says who created which row from what, so a per-row copy of the file's values
    (200,000 JSON documents, a third of a county import's time) adds nothing a clerk or an auditor can
    use; later changes each get their own row with only the changed fields. entity_id is None because this
    row names a batch, not one record.
    """
    keys = column(rows, key)
    return {
        "action": "import",
        "entity": entity,
        "entity_id": None,
        "after": {
            "import_batch_id": batch_id,
            "file": preview.path.name,
            "count": len(rows),
            f"first_{key}": min(keys),
            f"last_{key}": max(keys),
        },
    }


# -- the fast lane for inserts ----------------------------------------------------------------------
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
    carried = [k for k in order if k in rows[0]]
    columns_of = _columns_reader(rows, carried)
    for start in range(0, len(rows), CHUNK):
        got = columns_of(start, start + CHUNK)
        size = min(CHUNK, len(rows) - start)
        columns = []
        for k, process in zip(order, processors, strict=True):
            values = got[k] if k in got else [fixed[k]] * size
            if k in replace:
                values = _convert_column(lambda v, m=replace[k]: m.get(v, v), values)  # type: ignore[misc]
            columns.append(values if process is None else _convert_column(process, values))
        yield list(zip(*columns, strict=True))


def _columns_reader(rows: Sequence[Mapping[str, Any]], keys: list[str]) -> Callable[[int, int], dict[str, Sequence[Any]]]:
    """(start, stop) → the rows' values of `keys` there, by column: an Inserts' own columns, sliced; a list's rows
    by one C call per row (itemgetter) and one transpose, not a look-up per cell."""
    if isinstance(rows, Inserts):
        whole = {k: rows.column(k) for k in keys}
        return lambda start, stop: {k: v[start:stop] for k, v in whole.items()}
    if not keys:
        return lambda start, stop: {}
    getter = itemgetter(*keys) if len(keys) > 1 else (lambda r: (r[keys[0]],))
    return lambda start, stop: dict(zip(keys, zip(*map(getter, rows[start:stop]), strict=True), strict=True))


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
