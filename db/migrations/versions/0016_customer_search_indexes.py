"""PostgreSQL search indexes for a county's customer ledger (issue 13): trigram, bigram and an ordered id list.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 02:30:00

PostgreSQL only; SQLite is left as it is (its ledger queries are tuned already: tests/benchmarks/bench_queries.py).
At 1,000,000 customers (tests/benchmarks/bench_county.py):
- ix_customer_account_no_id: the page's first rows read every id in 户号 order; with the id in the index that
  is an index-only scan instead of a sort of a million strings (SQLite's index carries the rowid already).
- ix_customer_name_trgm / ix_customer_address_trgm (pg_trgm): the 户名/地址 substring search (ILIKE '%…%')
  of three characters or more, without a scan.
- customer_bigrams + ix_customer_bigrams: a Chinese name is mostly two characters ("张伟"), which have no
  trigram; the query adds `customer_bigrams(name, address) @> customer_bigrams(term, '')` for such a term
  (station.customers), and the ILIKE still decides.
pg_trgm is a trusted extension (PostgreSQL 13+), so a database owner may create it; where the server lacks it
(no contrib), its two indexes are left out and the search scans as before.
"""
from typing import Sequence, Union

from alembic import op


# revision identifiers, used by Alembic.
revision: str = '0016'
down_revision: Union[str, Sequence[str], None] = '0015'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

# Every two-character piece of the lower-cased 户名 and 地址 (repeats are harmless: GIN keeps each key once).
# PL/pgSQL, not SQL: an index expression does not inline a SQL function with a FROM, and the loop costs half
# of generate_series + array_agg (13 against 27 µs a customer, which every insert and import pays).
BIGRAMS = """
CREATE OR REPLACE FUNCTION customer_bigrams(name text, address text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  pieces text[] := '{}';
  s text;
BEGIN
  FOREACH s IN ARRAY ARRAY[lower(name), lower(address)] LOOP
    FOR i IN 1 .. length(s) - 1 LOOP
      pieces := pieces || substr(s, i, 2);
    END LOOP;
  END LOOP;
  RETURN pieces;
END
$$
"""


def upgrade() -> None:
    """Indexes and one function: no row changes."""
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("CREATE INDEX ix_customer_account_no_id ON customer (account_no, id)")
    if bind.exec_driver_sql("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'").first():
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_customer_name_trgm ON customer USING gin (name gin_trgm_ops)")
        op.execute("CREATE INDEX ix_customer_address_trgm ON customer USING gin (address gin_trgm_ops)")
    op.execute(BIGRAMS)
    op.execute("CREATE INDEX ix_customer_bigrams ON customer USING gin (customer_bigrams(name, address))")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name in ("ix_customer_bigrams", "ix_customer_address_trgm", "ix_customer_name_trgm",
                 "ix_customer_account_no_id"):
        op.execute(f"DROP INDEX IF EXISTS {name}")
    op.execute("DROP FUNCTION IF EXISTS customer_bigrams(text, text)")
