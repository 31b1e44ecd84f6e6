"""电费中心异常 page: a list imported from the page, a line answered through the form, the receipt written."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.schema import Customer
from ui.dialogs.import_preview import ImportPreviewDialog
from ui.main_window import MainWindow
from ui.pages.anomalies_page import AnomaliesPage


def _list(path: Path, accounts: list[str]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["户号", "异常类型", "异常描述", "电量", "电费", "期间"])
        for a in accounts:
            w.writerow([a, "电量突降", "环比下降 80%", "1200", "654.3", "2026-10"])
    return path


def _page(qtbot, demo_ws, ui_settings, monkeypatch, tmp_path) -> AnomaliesPage:
    with demo_ws.sessions() as s:
        accounts = list(s.scalars(select(Customer.account_no).order_by(Customer.account_no).limit(3)))
    window = MainWindow(demo_ws, ui_settings)
    qtbot.addWidget(window)
    page = window.show_page("anomalies")
    assert isinstance(page, AnomaliesPage)
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(lambda cls, parent, preview, ui_settings=None: True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    from PySide6.QtWidgets import QFileDialog

    chosen = _list(tmp_path / "异常清单.csv", accounts)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(chosen), "")))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.import_action.trigger()
    qtbot.waitUntil(lambda: page.table.rowCount() == 3, timeout=10_000)
    return page


def test_a_refused_answer_keeps_the_input_and_a_good_one_closes_the_line(qtbot, demo_ws, ui_settings, english,
                                                                           monkeypatch, tmp_path):
    page = _page(qtbot, demo_ws, ui_settings, monkeypatch, tmp_path)
    page.table.selectRow(0)
    assert page.answer_button.isEnabled()
    page.result_combo.setCurrentIndex(page.result_combo.findData("back-billed"))
    qtbot.keyClicks(page.amount_edit, "522.50")
    qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.problem_label.text()), timeout=10_000)
    assert "note" in page.problem_label.text() or "Say what was found" in page.problem_label.text()
    assert page.amount_edit.text() == "522.50"  # kept
    qtbot.keyClicks(page.note_edit, "CT phase A open")  # QTest types ASCII only
    line = page.current_row()
    with qtbot.waitSignal(page.answered, timeout=10_000):
        qtbot.mouseClick(page.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(r.id == line.id and r.status == "closed" for r in page.rows), timeout=10_000)
    page.select_line(line.id)
    assert not page.answer_button.isEnabled() and "CT phase A open" in page.line_label.text()
    assert "1 answered" in page.count_label.text()


def test_the_receipt_export_holds_every_line(qtbot, demo_ws, ui_settings, english, monkeypatch, tmp_path):
    page = _page(qtbot, demo_ws, ui_settings, monkeypatch, tmp_path)
    target = tmp_path / "回执.xlsx"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_action.trigger()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 3 and all(r[7] == "未核查" for r in rows)


def test_a_line_gets_a_desk_order_from_its_button(qtbot, demo_ws, ui_settings, english, monkeypatch, tmp_path):
    page = _page(qtbot, demo_ws, ui_settings, monkeypatch, tmp_path)
    page.table.selectRow(0)
    assert page.order_button.isEnabled()
    line = page.current_row()
    with qtbot.waitSignal(page.ordered, timeout=10_000) as raised:
        qtbot.mouseClick(page.order_button, Qt.MouseButton.LeftButton)
    assert raised.args[0].startswith("GD")
    qtbot.waitUntil(lambda: any(r.id == line.id and r.status == "checking" for r in page.rows), timeout=10_000)
    page.select_line(line.id)
    assert not page.order_button.isEnabled() and page.answer_button.isEnabled()
