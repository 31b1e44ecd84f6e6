"""The Tools menu's 月结 and 备份与恢复 dialogs, driven through their real buttons (issue 12)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station import actions
from station.demo import names as demo_names
from station.domain.problems import Rejected
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english, monkeypatch):
    # A failure box would wait forever offscreen: it fails the test instead, with what it said.
    def no_box(parent, title, text, *args):
        raise AssertionError(f"{title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(no_box))
    admin = dataclasses.replace(demo_ws, operator=demo_names.ADMIN)  # the demo's users hold the station
    actions.add_user(admin, "boss", "supervisor")
    actions.add_user(admin, "adm", "admin")
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()


def _rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_month_close_dialog_closes_and_reopens_through_its_buttons(window, qtbot, demo_ws, tmp_path, monkeypatch):
    demo_ws.operator = "boss"
    window.month_actions.month_action.trigger()
    dialog = window.month_actions.dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() >= 4, timeout=10_000)
    titles = [r[0] for r in _rows(dialog.table)]
    assert "Monthly readings imported" in titles and "台区 supply imported" in titles
    month = dialog.month()
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda title, text: asked.append(text) or True)
    qtbot.mouseClick(dialog.close_month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closed by boss" in dialog.state_label.text(), timeout=20_000)
    assert asked and "backup is taken first" in asked[0]
    assert not dialog.close_month_button.isEnabled() and dialog.reopen_button.isEnabled()
    # The import the GUI runs (preview_file) is refused whole, naming the month.
    f = tmp_path / "r.csv"
    with demo_ws.sessions() as s:
        from sqlalchemy import text

        account = s.execute(text("SELECT account_no FROM customer LIMIT 1")).scalar()
    f.write_text(f"户号,年月,电量\n{account},{month // 100}-{month % 100:02d},5\n", encoding="utf-8")
    with pytest.raises(Rejected) as caught:
        actions.preview_file(demo_ws, "readings", f)
    assert f"{month // 100}-{month % 100:02d} is closed" in str(caught.value.problems[0].message)
    monkeypatch.setattr(dialog, "ask_reason", lambda: "the collection system re-sent it")
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reopened by boss" in dialog.state_label.text(), timeout=10_000)


def test_backup_dialog_backs_up_verifies_and_restores(window, qtbot, demo_ws, monkeypatch):
    demo_ws.operator = "adm"
    window.month_actions.backup_action.trigger()
    dialog = window.month_actions.dialog
    qtbot.waitUntil(lambda: "Backup folder" in dialog.folder_label.text(), timeout=10_000)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert dialog.cancel_button.isEnabled()  # a background job, cancellable while it runs
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Backed up"), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    assert dialog.progress.value() == 100 and _rows(dialog.table)[0][1] == "by hand"
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: " is good" in dialog.status.text(), timeout=30_000)
    answers = iter([False, True])
    monkeypatch.setattr(dialog, "confirm_restore", lambda path: next(answers))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # "no": nothing happens
    assert dialog.job is None
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Restored"), timeout=30_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10_000)  # and the safety backup is listed
    assert Path(dialog.files[0].path).is_file()


def test_cancel_stops_a_backup_and_writes_nothing(window, qtbot, demo_ws, monkeypatch):
    import time

    demo_ws.operator = "adm"
    monkeypatch.setattr("station.backup.dump.PAGES_PER_STEP", 1)  # many small steps, each a chance to stop
    real = actions.backup_database

    def slow(ws, *a, progress=None, cancelled=None, **k):
        return real(ws, *a, progress=lambda f, m="": (time.sleep(0.002), progress(f, m)), cancelled=cancelled, **k)

    monkeypatch.setattr(actions, "backup_database", slow)
    window.month_actions.backup_action.trigger()
    dialog = window.month_actions.dialog
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert dialog.status.text().startswith("Cancelled")
    folder = actions.backup_folder(demo_ws)
    assert not list(folder.glob("*.zip")) and not list(folder.glob(".backup-*"))


def test_the_gui_import_says_the_month_is_closed_and_offers_a_correction(window, qtbot, demo_ws, tmp_path,
                                                                          monkeypatch):
    from sqlalchemy import func, select, text

    from db.schema import MonthlyAmendment
    from ui.dialogs.import_preview import ImportFlow, ImportPreviewDialog

    demo_ws.operator = "boss"
    assert actions.close_month(demo_ws, "2015-01", accept=frozenset({"readings", "supply"}), backup=False).closed
    with demo_ws.sessions() as s:
        account = s.execute(text("SELECT account_no FROM customer ORDER BY id LIMIT 1")).scalar()
    path = tmp_path / "r.csv"
    path.write_text(f"户号,年月,电量\n{account},2015-01,42\n", encoding="utf-8")
    said: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr("ui.dialogs.import_preview.QMessageBox.question",
                        lambda parent, title, body: said.append(body) or next(answers))
    monkeypatch.setattr("ui.dialogs.import_preview.QMessageBox.information", lambda *a: None)
    shown: list = []
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(
        lambda cls, parent, preview, ui_settings=None: shown.append(preview) or True))
    flow = ImportFlow(window)
    flow.start("readings", path)
    qtbot.waitUntil(lambda: len(said) == 1, timeout=10_000)
    assert "2015-01 is closed" in said[0]  # the reason, as the CLI prints it; "no": nothing written
    flow.start("readings", path)
    with qtbot.waitSignal(flow.imported, timeout=20_000):
        qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    with demo_ws.sessions() as s:
        assert s.scalar(select(func.count()).select_from(MonthlyAmendment)) == 1
    dlg = ImportPreviewDialog(window, shown[-1])  # what the clerk saw: one value, booked as a correction
    qtbot.addWidget(dlg)
    assert dlg.import_button.text() == "Import 1 value(s)" and dlg.import_button.isEnabled()

