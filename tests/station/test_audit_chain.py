"""A tamper-evident audit log (issue 15): each row's hash follows the one before; `station db verify` walks it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from db.engine import make_engine
from db.migrate import _config, upgrade_to_head
from station import actions
from station.audit import verify_chain
from station.cli import EXIT_FAILED, EXIT_OK, main
from station.workspace import Workspace, open_workspace


def _changes(ws: Workspace, n: int) -> None:
    for i in range(n):
        actions.create_area(ws, code=f"T{i:02d}", name=f"台区{i}")


def _verify(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--lang", "en", "db", "verify", "--db", str(db)])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, (captured.out + captured.err).strip()


def test_an_untouched_log_is_intact(workspace: Workspace, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _changes(workspace, 5)
    with workspace.sessions() as s:
        report = verify_chain(s)
    assert report.intact and report.rows >= 5
    workspace.close()
    code, out = _verify(db_path, capsys)
    assert code == EXIT_OK and out.startswith(f"audit log intact: {report.rows} rows")


@pytest.mark.parametrize("tamper", ["edit", "delete"])
def test_an_edited_or_deleted_row_is_found(
    workspace: Workspace, db_path: Path, capsys: pytest.CaptureFixture[str], tamper: str
) -> None:
    _changes(workspace, 5)
    workspace.close()
    with sqlite3.connect(db_path) as conn:  # what anyone with a SQLite tool can do
        third = conn.execute("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 2").fetchone()[0]
        if tamper == "edit":
            conn.execute("UPDATE audit_log SET operator = 'nobody' WHERE id = ?", (third,))
        else:
            conn.execute("DELETE FROM audit_log WHERE id = ?", (third,))
    code, out = _verify(db_path, capsys)
    broken = third if tamper == "edit" else third + 1
    assert code == EXIT_FAILED and f"BROKEN at row {broken}" in out and len(out.splitlines()) == 1


def test_the_migration_chains_the_rows_written_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = make_engine(path)
    cfg = _config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    with engine.begin() as conn:
        for i in range(7):
            conn.execute(text("INSERT INTO audit_log (at, operator, action, entity, entity_id, after) VALUES "
                              "(:at, 'old', 'create', 'customer', :i, '{}')"), {"at": f"2024-01-0{i + 1} 08:00:00", "i": i})
    upgrade_to_head(engine)
    engine.dispose()
    ws = open_workspace(path, operator="tester")
    try:
        _changes(ws, 2)  # new rows link on to the migrated ones
        with ws.sessions() as s:
            report = verify_chain(s)
        assert report.intact and report.rows == 9
    finally:
        ws.close()


def test_a_rolled_back_savepoint_does_not_break_the_chain(workspace: Workspace) -> None:
    from station import audit

    with workspace.sessions.begin() as s:
        audit.record(s, operator="t", action="a", entity="e", entity_id=1)
        nested = s.begin_nested()
        audit.record(s, operator="t", action="b", entity="e", entity_id=2)
        nested.rollback()
        audit.record(s, operator="t", action="c", entity="e", entity_id=3)
    with workspace.sessions() as s:
        assert verify_chain(s).intact
