"""A station killed during `db upgrade` (kill -9 in a real process) still opens at its old revision."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command

from db.engine import make_engine
from db.migrate import _config, head_revision, upgrade_to_head
from station.workspace import open_workspace

#: Runs an upgrade in a child process and SIGKILLs it at the moment named in argv[2].
_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from alembic.operations import Operations
    import db.migrate as migrate
    from db.engine import make_engine

    path, moment = sys.argv[1], sys.argv[2]
    if moment.startswith("table:"):
        original = Operations.create_table
        def killing(self, name, *args, **kwargs):
            result = original(self, name, *args, **kwargs)
            if name == moment[6:]:
                os.kill(os.getpid(), signal.SIGKILL)  # right after this revision's first DDL
            return result
        Operations.create_table = killing
    elif moment == "before-rename":
        def killing_replace(src, dst):
            os.kill(os.getpid(), signal.SIGKILL)  # the copy is written, not yet renamed
        migrate.os.replace = killing_replace
    migrate.upgrade_to_head(make_engine(path))
    """
)


def _station_at(path: Path, revision: str) -> None:
    engine = make_engine(path)
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    with engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO transformer_area (code, name, area_type) VALUES ('T1', '东街1号', 'public')")
    engine.dispose()


def _killed_upgrade(path: Path, moment: str) -> None:
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(path), moment], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == -9, proc.stderr  # it really died by SIGKILL


def _revision_and_tables(path: Path) -> tuple[str, set[str], str]:
    with sqlite3.connect(path) as conn:
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return rev, tables, check


@pytest.mark.parametrize(("at", "table"), [
    ("0001", "area_supply"),  # 0002's first CREATE TABLE
    ("0002", "batch_sampling"),  # 0003's first
    ("0004", "code_value"),  # 0005's first
    ("0004", "code_alias"),  # 0005's second, after its first table and index
])
def test_a_kill_after_a_ddl_step_leaves_the_old_revision(tmp_path: Path, at: str, table: str) -> None:
    path = tmp_path / "station.db"
    _station_at(path, at)
    _killed_upgrade(path, f"table:{table}")
    rev, tables, check = _revision_and_tables(path)
    assert (rev, check) == (at, "ok")
    assert table not in tables and not any(t.startswith("_alembic_tmp") for t in tables)
    # the station starts: the upgrade runs again from 0002 and the row is still there
    ws = open_workspace(path, operator="tester")
    try:
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM transformer_area").scalar_one() == 1
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == head_revision()
    finally:
        ws.close()


def test_a_kill_in_a_later_revision_undoes_the_earlier_ones_too(tmp_path: Path) -> None:
    """All pending revisions are one transaction: no station is left between two revisions."""
    path = tmp_path / "station.db"
    _station_at(path, "0001")
    _killed_upgrade(path, "table:code_value")  # 0005's first CREATE TABLE, after 0002-0004 ran
    rev, tables, check = _revision_and_tables(path)
    assert (rev, check) == ("0001", "ok")
    assert not {"area_supply", "batch_sampling", "code_value"} & tables


def test_a_kill_before_the_backup_is_complete_leaves_no_file_under_the_trusted_name(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    _station_at(path, "0004")
    _killed_upgrade(path, "before-rename")
    assert not list(tmp_path.glob("*.bak"))  # only a .part, never a .bak that might be half written
    assert _revision_and_tables(path)[0] == "0004"
    result = upgrade_to_head(make_engine(path))
    assert result.backup is not None and result.backup.name.endswith(".bak")
    with sqlite3.connect(result.backup) as bak:
        assert bak.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert bak.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0004"


def test_0006_refuses_data_it_cannot_guard_and_keeps_every_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two meters already installed on one point: the upgrade stops with the point, at 0005, no row lost."""
    from station.cli import EXIT_FAILED, main

    path = tmp_path / "station.db"
    _station_at(path, "0005")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO customer (account_no, name, address, phone, tariff_category, industry, "
                     "voltage_level, contract_capacity_kva, area_id, status) VALUES "
                     "('3300000001', '张三', '', '', '居民生活', '', '220V', 8, 1, 'active')")
        conn.execute("INSERT INTO metering_point (customer_id, name, metering_method, device_class, multiplier) "
                     "VALUES (1, '主计量点', '低供低计', 'V', 1)")
        for i in (1, 2):
            conn.execute("INSERT INTO asset (asset_no, factory_no, kind, model, maker, accuracy_class, "
                         "rated_voltage, rated_current, ratio, phases, status, batch_no, metering_point_id) "
                         f"VALUES ('33000010000000000000{i}{i}', '', 'meter', '', '', '2', '', '', '', 1, "
                         "'installed', '', 1)")
    assert main(["db", "upgrade", "--db", str(path)]) == EXIT_FAILED
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert "cannot be upgraded to 0006" in err and "3300001000000000000011" in err
    rev, tables, check = _revision_and_tables(path)
    assert (rev, check) == ("0005", "ok")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM asset").fetchone()[0] == 2
