"""Scanning a sealed ledger's QR into the scan box checks that paper against the database (issue 11)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, update

from db.schema import Customer, TransformerArea
from station import actions
from station.reports.seal import read_seal
from ui.main_window import MainWindow


def _scan(qtbot, window: MainWindow, text: str) -> QMessageBox:
    for old in window.findChildren(QMessageBox, "verification"):
        old.deleteLater()
    qtbot.wait(10)
    window.scan_box.clear()
    qtbot.keyClicks(window.scan_box, text)
    qtbot.keyClick(window.scan_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "verification") is not None, timeout=15_000)
    return window.findChild(QMessageBox, "verification")


def test_a_scanned_seal_says_whether_the_paper_matches(qtbot, demo_ws, ui_settings, english, tmp_path):
    with demo_ws.sessions() as s:
        area = s.scalar(select(TransformerArea.code).order_by(TransformerArea.code))
    pdf = tmp_path / "ledger.pdf"
    actions.print_ledger(demo_ws, "customers", pdf, area_code=area)
    payload = read_seal(pdf).payload
    window = MainWindow(demo_ws, ui_settings)
    qtbot.addWidget(window)
    window.show()
    assert "matches the database" in _scan(qtbot, window, payload).text()
    with demo_ws.sessions.begin() as s:
        account = s.scalar(select(Customer.account_no).join(TransformerArea).where(TransformerArea.code == area)
                           .order_by(Customer.account_no))
        s.execute(update(Customer).where(Customer.account_no == account).values(phone="13900000000"))
    box = _scan(qtbot, window, payload)
    assert "changed since it was printed" in box.text() and account in box.text()
