"""Migrations build exactly the declared schema, keep every row on upgrade, and refuse a newer database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from db.engine import make_engine
from db.migrate import DatabaseTooNew, head_revision, upgrade_to_head
from db.schema import Base
from db.schema.search import include_object


def _diff(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object})
        return compare_metadata(ctx, Base.metadata)


def test_migrations_build_the_declared_schema(any_workspace) -> None:  # type: ignore[no-untyped-def]
    assert _diff(any_workspace.engine) == []


def test_upgrade_from_first_revision_keeps_every_row(tmp_path: Path) -> None:
    from alembic import command

    from db.migrate import _config

    path = tmp_path / "old.db"
    engine = make_engine(path)
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO transformer_area (code, name, area_type) VALUES ('T1', '东街1号', 'public')"))
        for i in range(50):
            conn.execute(
                text(
                    "INSERT INTO customer (account_no, name, address, phone, tariff_category, industry, "
                    "voltage_level, contract_capacity_kva, area_id, status) VALUES "
                    "(:a, :n, '', '', '居民生活', '', '220V', 8, 1, 'active')"
                ),
                {"a": f"{1000000000 + i}", "n": f"户{i}"},
            )
    result = upgrade_to_head(engine)
    assert result.before == "0001" and result.after == head_revision()
    assert result.backup is not None and result.backup.exists()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM customer")).scalar_one() == 50
        assert conn.execute(text("SELECT name FROM customer WHERE account_no='1000000049'")).scalar_one() == "户49"
    # the backup holds the rows as they were before the upgrade
    with sqlite3.connect(result.backup) as bak:
        assert bak.execute("SELECT count(*) FROM customer").fetchone()[0] == 50
        assert bak.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    engine.dispose()


def test_a_database_newer_than_the_program_is_refused(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(DatabaseTooNew, match="newer version"):
        upgrade_to_head(workspace.engine)


def test_the_cli_says_in_one_line_when_the_database_cannot_be_opened(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from station.cli import EXIT_FAILED, main

    monkeypatch.chdir(tmp_path)
    # a mistyped URL is refused, not created as a file of that name
    assert main(["lineloss", "--month", "2026-10", "--db", "postgres:/bad"]) == EXIT_FAILED
    assert "neither a database file nor a URL" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    # a server that does not answer
    assert main(["lineloss", "--month", "2026-10", "--db", "postgresql://nobody@127.0.0.1:1/x"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("station: 无法打开数据库：") and "Traceback" not in err  # Chinese by default


def test_migrations_seed_the_code_tables_with_the_station_seed(any_workspace) -> None:  # type: ignore[no-untyped-def]
    """0005's frozen seed is exactly station.codes.seed (a later change to the seed needs its own migration)."""
    from station.codes.seed import seed_aliases, seed_values

    with any_workspace.engine.connect() as conn:
        values = set(conn.execute(text(
            "SELECT table_name, code, name, parent_code, level, source FROM code_value WHERE origin = 'seeded'")))
        aliases = set(conn.execute(text(
            "SELECT table_name, alias, code, source FROM code_alias WHERE origin = 'seeded'")))
        sections = conn.execute(text(
            "SELECT count(*) FROM code_value WHERE table_name = 'industry' AND level = 1 AND source = 'GB/T 4754-2017'"
        )).scalar_one()
    assert values == {(v.table, v.code, v.name, v.parent, v.level, v.source) for v in seed_values()}
    assert aliases == {(a.table, a.alias, a.code, a.source) for a in seed_aliases()}
    assert sections == 20
