"""Start-up: the first-run choice, naming a new station, the demo with progress, a database too new."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import main
from station import settings as station_settings
from station.workspace import open_workspace
from ui import startup
from ui.dialogs.first_run import FirstRunChoice, FirstRunDialog
from ui.jobs import JobRunner


def test_first_run_dialog_needs_a_name_for_an_empty_station(qtbot, english):
    dlg = FirstRunDialog(None, data_location="/data")
    qtbot.addWidget(dlg)
    assert not dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.name_edit, "Chengguan")
    assert dlg.ok_button.isEnabled()
    dlg.demo_radio.setChecked(True)
    assert dlg.value() == FirstRunChoice(demo=True)


def test_first_start_creates_the_named_station_and_remembers_it(qtbot, monkeypatch, tmp_path, ui_settings,
                                                                english):
    db = tmp_path / "station.db"
    monkeypatch.setattr(startup, "default_db_path", lambda: db)
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(
        lambda cls, parent, **k: FirstRunChoice(False, "城关供电所", "3301")))
    target = startup.choose_target(ui_settings, db=None, demo=False)
    assert ui_settings.db_location() == str(db) and not ui_settings.db_is_demo()
    ws = open_workspace(target.location, operator="tester")
    try:
        assert startup.prepare(ws, target, JobRunner())
        with ws.sessions() as s:
            assert station_settings.get(s, "station.name") == "城关供电所"
            assert station_settings.get(s, "station.code") == "3301"
    finally:
        ws.close()
    # The next start opens the same database without asking.
    monkeypatch.setattr(FirstRunDialog, "ask", classmethod(lambda cls, parent, **k: 1 / 0))
    assert startup.choose_target(ui_settings, db=None, demo=False).location == str(db)


def test_the_demo_is_generated_behind_a_progress_dialog(qtbot, workspace, english):
    assert startup.generate_demo_with_progress(workspace, JobRunner(), customers=200)
    assert startup.station_name(workspace)  # the demo names its station
    from station.actions import load_customer_ids
    from station.customers import CustomerFilter

    assert len(load_customer_ids(workspace, CustomerFilter())) == 200


def test_a_database_from_a_newer_program_is_refused_with_a_message(qtbot, monkeypatch, db_path: Path,
                                                                    ui_settings, english):
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text, *a: shown.append(text))
    assert main.open_window(main.parse_args(["--db", str(db_path), "--lang", "en"]), ui_settings) == 1
    assert "newer version" in shown[0] and "9999_future" in shown[0]


def _window_on(db_path: Path, ui_settings, qtbot):
    from ui.dialogs.first_admin import FirstAdminDialog

    with pytest.MonkeyPatch.context() as mp:  # a station with no users: the first start names its administrator
        mp.setattr(FirstAdminDialog, "ask", classmethod(lambda cls, parent: ("站长", "secret1")))
        window = main.open_window(main.parse_args(["--db", str(db_path), "--lang", "en"]), ui_settings)
    assert not isinstance(window, int)
    qtbot.addWidget(window)
    return window


def test_a_tampered_audit_log_is_told_at_start(qtbot, db_path: Path, ui_settings, english):
    from station import actions

    ws = open_workspace(db_path, operator="王芳")
    actions.save_station_settings(ws, {"station.name": "城关供电所"})
    actions.save_station_settings(ws, {"station.name": "城关所"})
    ws.close()
    import sqlite3

    with sqlite3.connect(db_path) as conn:  # what anyone with a SQLite tool could do
        conn.execute("UPDATE audit_log SET operator = '别人' WHERE id = (SELECT min(id) FROM audit_log)")
    window = _window_on(db_path, ui_settings, qtbot)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "auditBroken") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "auditBroken")
    assert "changed outside the program" in box.text() and not box.isModal()
    window.close()


def test_an_intact_audit_log_says_nothing_at_start(qtbot, db_path: Path, ui_settings, english):
    from station import actions

    ws = open_workspace(db_path, operator="王芳")
    actions.save_station_settings(ws, {"station.name": "城关供电所"})
    ws.close()
    window = _window_on(db_path, ui_settings, qtbot)
    qtbot.waitUntil(lambda: not window.runner.running, timeout=10_000)
    qtbot.wait(50)  # the finished job's on_done has run on the UI thread
    assert window.findChild(QMessageBox, "auditBroken") is None
    window.close()
