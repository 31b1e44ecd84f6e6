"""Taking the write lock before a write reads what it checks (issue 15: "changed by someone else" must hold).

A check made on rows read outside the write transaction can be overtaken by another writer between the read
and the write. On PostgreSQL the rows are read `FOR UPDATE`; on SQLite, whose pysqlite driver opens a deferred
transaction only at the first INSERT/UPDATE, `BEGIN IMMEDIATE` takes the single writer's lock first, so every
read after it sees the last committed state and no other writer can commit until this one ends.
"""

from __future__ import annotations

from sqlalchemy.orm import Session


def write_lock(session: Session) -> None:
    """Make the session's transaction the database's writer now (SQLite); a no-op where rows are locked instead.

    Call it before reading what a write is checked against. Waits up to the busy timeout for another writer.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        return
    dbapi = conn.connection.dbapi_connection
    if dbapi is not None and not dbapi.in_transaction:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


#: The PostgreSQL advisory lock every writer that must come one after another takes (any constant works).
WRITERS_LOCK = 15_0001


def writers_lock(session: Session) -> None:
    """Queue behind every other writer of this kind until this transaction ends, on both databases.

    For writes that check a whole file or the audit chain rather than a few rows: an import previews again
    under it, so two imports at once are written one after the other with true "before" values.
    """
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITERS_LOCK})")
    else:
        write_lock(session)
