"""Readings typed by hand from the customer page: refused as a file's row would be, the input kept, then saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import select

from db.schema import MonthlyConsumption
from station import actions
from ui.dialogs.readings_entry import ReadingsEntryDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english):
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    w.show_page("customers")
    yield w
    w.runner.wait()


def test_the_form_needs_a_kwh_and_its_month(qtbot, demo_ws, english):
    row = actions.load_customer_rows(demo_ws, [1])[1]
    dlg = ReadingsEntryDialog(None, row, "2025-06")
    qtbot.addWidget(dlg)
    assert [m.text() for m in dlg.months] == ["2025-06", "2025-07", "2025-08"]
    assert dlg.problem_label.text() == "Enter at least one month's kWh"
    qtbot.keyClicks(dlg.kwhs[1], "88")
    dlg.months[1].clear()
    assert dlg.problem_label.text() == "Row 2: which month?"
    dlg.months[1].setText("2025年7月")  # any form the import reads
    assert dlg.ok_button.isEnabled() and dlg.value() == [("2025年7月", "88")]
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert len(dlg.months) == 4 and dlg.months[3].text() == "2025-09"


def test_typed_readings_refused_then_saved_from_the_customer_page(window, qtbot, demo_ws):
    page = window.current_page()
    page.open_customer(1)
    ca = window.counter_actions
    qtbot.waitUntil(ca.readings_action.isEnabled, timeout=5000)
    account = actions.load_customer_rows(demo_ws, [1])[1].account_no
    seen: list[str] = []

    def work() -> None:
        dlg = ca.last_dialog
        dlg.months[0].setText("2024-03")
        qtbot.keyClicks(dlg.kwhs[0], "120")
        dlg.months[2].setText("2024-05")
        qtbot.keyClicks(dlg.kwhs[2], "-4")  # the import's own refusal, on the third row (the second entry)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=5000)
        seen.append(dlg.problem_label.text())
        assert dlg.isVisible() and dlg.kwhs[0].text() == "120"
        assert dlg.kwhs[2].property("refused") is True and not dlg.kwhs[0].property("refused")
        dlg.kwhs[2].setText("40")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, work)
    with qtbot.waitSignal(ca.done, timeout=5000):
        ca.readings_action.trigger()
    assert "negative kWh" in seen[0]
    with demo_ws.sessions() as s:
        stored = dict(s.execute(select(MonthlyConsumption.month, MonthlyConsumption.kwh)
                                .where(MonthlyConsumption.customer_id == 1)).all())
    assert (stored[202403], stored[202405]) == (120.0, 40.0)
    assert account in window.statusBar().currentMessage()
