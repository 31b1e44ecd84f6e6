"""PostgreSQL-only pieces of the customer ledger's queries (station.customers) at county scale.

Measured on 1,000,000 customers (tests/benchmarks/bench_county.py); the indexes are migration 0016's.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Select, String, func
from sqlalchemy.orm import Session

from db.schema import Customer


def bigrams_hold(text: str) -> ColumnElement[bool]:
    """The customer's 户名/地址 hold every two-character piece of `text` (lower-cased).

    A necessary condition of the substring match, answered by the GIN index ix_customer_bigrams: a
    two-character Chinese name ("张伟") has no trigram for pg_trgm's index, and a scan of a county's million
    rows takes several times the 150 ms a search may take. The ILIKE beside it still decides.
    """
    rows = func.customer_bigrams(Customer.name, Customer.address, type_=ARRAY(String))
    return rows.op("@>")(func.customer_bigrams(text, "", type_=ARRAY(String)))


def ids_as_binary_array(session: Session, stmt: Select[Any]) -> list[int]:
    """The one int[] value `stmt` selects, read in psycopg's binary format on the session's connection: a
    million ids arrive as 4 MB of integers instead of 7 MB of text to parse (390 → 250 ms)."""
    compiled = stmt.compile(dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True})
    cur = session.connection().connection.cursor(binary=True)
    try:
        cur.execute(str(compiled), compiled.params)
        row = cur.fetchone()
    finally:
        cur.close()
    return list(row[0] or []) if row else []
