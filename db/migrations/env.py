"""Alembic environment: runs on the connection handed in by db.migrate, or on the URL in the config."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from db.schema import Base
from db.schema.search import include_object

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("alembic: no sqlalchemy.url and no connection given")
    engine = create_engine(url)
    with engine.begin() as conn:
        _run_on(conn)


def _run_on(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
        include_object=include_object,  # PostgreSQL-only search indexes (0016) are not in the models
    )
    with context.begin_transaction():
        context.run_migrations()


run()
