"""File → Monthly report pack…: the menu entry asks the month and the folder, then writes the pack off the UI
thread (a job in the status bar with progress and Cancel)."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtWidgets import QFileDialog, QInputDialog

from station.reports.pack import MANIFEST, REPORTS


def test_the_menu_entry_writes_the_pack_into_the_folder_chosen(qtbot, window, tmp_path, monkeypatch):
    month = f"{dt.date.today():%Y-%m}"
    asked: list[list[str]] = []

    def get_item(_parent, _title, _label, items, _current=0, _editable=True, *args, **kwargs):
        asked.append(list(items))
        return month, True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    action = window.ledger_actions.pack_action
    assert action in window.menu("file").actions() and action.isEnabled()
    action.trigger()
    target = tmp_path / f"月度报表包_{month}"
    qtbot.waitUntil(lambda: (target / MANIFEST).exists(), timeout=120_000)
    window.runner.wait()
    assert asked and asked[0][0] == month  # this month first, then the months before
    manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
    assert [r["kind"] for r in manifest["reports"]] == [r.kind for r in REPORTS]
    qtbot.waitUntil(lambda: "Report pack written" in window.statusBar().currentMessage(), timeout=5_000)
    assert window.ui_settings.last_folder("reports") == str(tmp_path)


def test_a_pack_over_a_folder_that_is_not_empty_is_refused_and_leaves_it(qtbot, window, tmp_path, monkeypatch):
    month = f"{dt.date.today():%Y-%m}"
    target = tmp_path / f"月度报表包_{month}"
    target.mkdir()
    (target / "old.txt").write_text("keep me")
    warned: list[str] = []
    monkeypatch.setattr("ui.ops.QMessageBox.warning", lambda _p, _t, text: warned.append(text))
    assert window.ledger_actions.write_pack(month, str(tmp_path)) is not None
    qtbot.waitUntil(lambda: bool(warned), timeout=60_000)  # the one way a failure is shown (ui/ops.py)
    assert "not an empty folder" in warned[0]
    assert [p.name for p in target.iterdir()] == ["old.txt"]
