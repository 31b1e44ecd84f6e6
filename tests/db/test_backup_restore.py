"""Backups that restore, on SQLite and PostgreSQL (issue 12): backup → change → restore gives the backup's rows;
verify finds a damaged zip; a kill -9 mid-backup leaves the old backups and the database intact."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from db.schema import Base
from station import actions
from station.backup.epoch import DatabaseReplaced
from station.backup.make import take_backup
from station.backup.manifest import BadBackup
from station.cli import main
from station.imports import apply_import, preview_customers
from station.workspace import Workspace, open_workspace

CUSTOMERS = "户号,户名,用电类别,电压等级,台区编号,台区名称\n" + "".join(
    f"{3600000000 + i},客户{i},居民生活,220V,T{i % 2:02d},{i % 2}号台区\n" for i in range(40))
#: Rows a restore itself adds: its audit row and the new epoch.
RESTORE_WRITES = {"audit_log", "station_setting"}


@pytest.fixture
def ws(any_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    # the CLI logs in as a script does: the operator's password from the environment (every user's here)
    monkeypatch.setenv("STATION_OPERATOR", "adm")
    monkeypatch.setenv("STATION_PASSWORD", "pw-1234")
    path = tmp_path / "customers.csv"
    path.write_text(CUSTOMERS, encoding="utf-8")
    with any_workspace.sessions.begin() as s:
        apply_import(s, preview_customers(s, path), any_workspace.operator)
    actions.add_user(any_workspace, "adm", "admin", password="pw-1234")  # the first user; the admin adds the rest
    any_workspace.operator = "adm"
    actions.add_user(any_workspace, "boss", "supervisor", password="pw-1234")
    return any_workspace


def snapshot(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    with ws.sessions() as s:
        for t in Base.metadata.sorted_tables:
            if t.name not in RESTORE_WRITES:
                out[t.name] = sorted(tuple(r) for r in s.execute(select(t)).all())
    return out


def change(ws: Workspace) -> None:
    with ws.sessions.begin() as s:
        s.execute(text("UPDATE customer SET name = 'changed' WHERE account_no = '3600000001'"))
        s.execute(text("DELETE FROM customer_area_link WHERE customer_id IN "
                       "(SELECT id FROM customer WHERE account_no = '3600000002')"))
        s.execute(text("INSERT INTO transformer_area (code, name, area_type) VALUES ('T99', 'new', 'public')"))


@pytest.mark.parametrize("pg_dump", [True, False], ids=["native", "portable"])
def test_backup_change_restore_gives_the_backups_rows(ws: Workspace, tmp_path: Path, pg_dump: bool) -> None:
    if not pg_dump and ws.engine.dialect.name == "sqlite":
        pytest.skip("the portable export is PostgreSQL's fallback")
    before = snapshot(ws)
    made = take_backup(ws.engine, tmp_path / "bk", operator="adm", prefer_pg_dump=pg_dump)
    assert made.manifest.database_format == (
        "sqlite" if ws.engine.dialect.name == "sqlite" else "pg_dump" if pg_dump else "portable")
    assert made.manifest.counts["customer"] == 40
    assert actions.verify_backup_file(made.path, ws=ws).manifest.counts == made.manifest.counts
    change(ws)
    assert snapshot(ws) != before
    done = actions.restore_database(ws, made.path)
    assert done.safety_backup is not None and done.safety_backup.is_file()
    assert snapshot(ws) == before
    with ws.sessions() as s:  # the restore is logged in the restored database, by the authenticated user
        row = s.execute(text("SELECT operator, action FROM audit_log WHERE entity = 'database'")).one()
        assert tuple(row) == ("adm", "restore")
    # The safety backup holds the changed state: restoring it brings the change back.
    actions.restore_database(ws, done.safety_backup)
    with ws.sessions() as s:
        assert s.execute(text("SELECT name FROM customer WHERE account_no = '3600000001'")).scalar() == "changed"


def test_restore_is_an_administrators(ws: Workspace, tmp_path: Path) -> None:
    from station.domain.problems import Rejected

    made = actions.backup_database(ws, tmp_path / "bk")
    ws.operator = "boss"
    with pytest.raises(Rejected):
        actions.restore_database(ws, made.path)
    assert actions.backup_database(ws, tmp_path / "bk").path.is_file()  # a supervisor may back up


def test_other_pcs_are_told_on_their_next_action(ws: Workspace, tmp_path: Path) -> None:
    if ws.engine.dialect.name == "sqlite":
        pytest.skip("one SQLite file is one PC: a second program is refused by the lock file instead")
    other = open_workspace(ws.engine.url.render_as_string(hide_password=False), operator="boss")
    try:
        assert actions.list_users(other)
        made = actions.backup_database(ws, tmp_path / "bk")
        actions.restore_database(ws, made.path)
        with pytest.raises(DatabaseReplaced, match="restored from a backup"):
            actions.list_users(other)
        assert actions.list_users(other)  # told once; the next action works on the restored data
        assert actions.list_users(ws)  # the restoring program itself is not told
    finally:
        other.close()


def _damage(path: Path, how: str) -> Path:
    data = path.read_bytes()
    out = path.with_name(f"{how}.zip")
    if how == "truncated":
        out.write_bytes(data[: len(data) // 2])
    else:  # a byte flipped inside the database member
        with zipfile.ZipFile(path) as zf:
            info = next(i for i in zf.infolist() if i.filename.startswith("database"))
        at = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
        out.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:])
    return out


@pytest.mark.parametrize("how", ["truncated", "flipped"])
def test_verify_refuses_a_damaged_zip_in_one_line_exit_3(ws: Workspace, tmp_path: Path, how: str,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    made = actions.backup_database(ws, tmp_path / "bk")
    bad = _damage(made.path, how)
    with pytest.raises(BadBackup):
        actions.verify_backup_file(bad, ws=ws)
    db = ws.engine.url.render_as_string(hide_password=False)
    assert main(["backup", "--verify", str(bad), "--db", db]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(bad) in err
    assert main(["restore", str(bad), "--db", db, "--operator", "adm"]) == 3  # nothing touched
    assert main(["backup", "--verify", str(made.path), "--db", db]) == 0


def test_backup_cli_writes_a_zip_with_its_manifest(ws: Workspace, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = ws.engine.url.render_as_string(hide_password=False)
    assert main(["backup", "-o", str(tmp_path / "out"), "--db", db, "--operator", "adm", "--json"]) == 0
    import json

    out = json.loads(capsys.readouterr().out)
    assert Path(out["file"]).parent == tmp_path / "out" and out["counts"]["customer"] == 40
    assert main(["backup", "-o", str(tmp_path / "out"), "--db", db, "--operator", "boss"]) == 0


KILLED = """
import sys, time
from pathlib import Path
from station.backup.make import take_backup
from station.workspace import open_workspace
ws = open_workspace(sys.argv[1], operator="adm")
def slow(fraction, message=""):
    time.sleep(0.3)
take_backup(ws.engine, Path(sys.argv[2]), operator="adm", progress=slow)
"""


def test_kill_9_during_a_backup_leaves_the_old_backup_and_the_database(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "bk"
    old = actions.backup_database(ws, folder)
    before = snapshot(ws)
    db = ws.engine.url.render_as_string(hide_password=False)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", KILLED, db, str(folder)], env=env)
    try:
        deadline = time.monotonic() + 60
        while not list(folder.glob(".backup-*")) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert list(folder.glob(".backup-*")), "the backup never started"
        time.sleep(0.2)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    assert sorted(folder.glob("*.zip")) == [old.path]  # no half backup under a final name
    assert actions.verify_backup_file(old.path, ws=ws).manifest.counts == old.manifest.counts
    assert snapshot(ws) == before
    if ws.file is not None:
        import sqlite3

        assert sqlite3.connect(ws.file).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert actions.backup_database(ws, folder).path.is_file()  # and the next backup works


def test_attachments_are_copied_incrementally_and_restored(ws: Workspace, tmp_path: Path) -> None:
    if ws.file is None:
        pytest.skip("the attachment folder convention is beside a SQLite file")
    att = ws.file.with_name(ws.file.stem + "-files")  # the work orders' file store (station.orders.attachments)
    (att / "ab").mkdir(parents=True)
    (att / "ab" / "photo.jpg").write_bytes(b"\xff\xd8 a photo")
    first = take_backup(ws.engine, tmp_path / "bk", operator="adm")
    assert first.attachments_copied == 1 and "ab/photo.jpg" in first.manifest.attachments
    (att / "note.pdf").write_bytes(b"%PDF-1.4 a notice")
    second = take_backup(ws.engine, tmp_path / "bk", operator="adm")
    assert second.attachments_copied == 1 and len(second.manifest.attachments) == 2  # only the new file
    (att / "ab" / "photo.jpg").unlink()
    actions.restore_database(ws, second.path)
    assert (att / "ab" / "photo.jpg").read_bytes() == b"\xff\xd8 a photo"


def back_to_0009(ws: Workspace) -> None:
    """The database as the program at 0009 left it: every later migration's own downgrade run."""
    from alembic import command

    from db.migrate import _config

    cfg = _config()
    with ws.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    ws.close()


def test_opening_an_older_database_backs_it_up_first_as_a_zip(ws: Workspace, tmp_path: Path) -> None:
    """The backup before a migration is one of ours: listed, verifiable, restorable (and migrated again)."""
    url = ws.engine.url.render_as_string(hide_password=False)
    back_to_0009(ws)
    again = open_workspace(url, operator="adm")
    try:
        assert again.upgrade is not None and again.upgrade.before == "0009"
        taken = again.upgrade.backup
        assert taken is not None and taken.suffix == ".zip" and "before-migration" in taken.name
        checked = actions.verify_backup_file(taken, ws=again)
        assert checked.manifest.schema_revision == "0009" and checked.manifest.automatic
        assert checked.manifest.counts["customer"] == 40
    finally:
        again.close()


def test_the_backup_folder_setting_is_where_automatic_backups_go(ws: Workspace, tmp_path: Path) -> None:
    from station import settings

    chosen = tmp_path / "elsewhere"
    with ws.sessions.begin() as s:
        settings.put(s, "backup.folder", str(chosen), operator="adm")
    assert actions.backup_folder(ws) == chosen
    url = ws.engine.url.render_as_string(hide_password=False)
    back_to_0009(ws)
    again = open_workspace(url, operator="adm")
    try:
        assert again.upgrade is not None and again.upgrade.backup is not None
        assert again.upgrade.backup.parent == chosen
    finally:
        again.close()
