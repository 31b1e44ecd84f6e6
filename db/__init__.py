"""The database layer: schema, engine/session factory and Alembic migrations. No Qt, no station."""
