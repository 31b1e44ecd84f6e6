"""PostgreSQL-only search objects of the customer ledger (migration 0016), which the models do not declare.

A trigram index (pg_trgm's operator class), a GIN index over a SQL function and an index that only
PostgreSQL needs cannot be one `Index` of the shared metadata without SQLite creating (or Alembic expecting)
them too, so they live in the migration alone; `include_object` keeps Alembic's comparison of the database
with the models (autogenerate, tests/db/test_migrations.py) from reporting them as strays.
"""

from __future__ import annotations

from typing import Any

#: Index name → what it serves (station.customers): created by migration 0016 on PostgreSQL only.
POSTGRES_ONLY_INDEXES: dict[str, str] = {
    "ix_customer_account_no_id": "the first page's ids in 户号 order, as an index-only scan",
    "ix_customer_name_trgm": "户名 substring search of 3+ characters (pg_trgm)",
    "ix_customer_address_trgm": "地址 substring search of 3+ characters (pg_trgm)",
    "ix_customer_bigrams": "户名/地址 search of 2 characters (customer_bigrams)",
}


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Alembic's include_object hook: leave the PostgreSQL-only search indexes out of the comparison."""
    return not (type_ == "index" and name in POSTGRES_ONLY_INDEXES)
