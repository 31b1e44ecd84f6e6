"""A fresh station with no customers shows what to do first, and its buttons do it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QProcess, Qt

from station import actions
from station.customers import CustomerDraft
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, workspace, ui_settings, english):
    w = MainWindow(workspace, ui_settings, station_name="新供电所")
    qtbot.addWidget(w)
    w.show()
    w.show_page("customers")
    yield w
    w.runner.wait()


def test_an_empty_station_shows_the_first_steps_and_the_buttons_do_them(window, qtbot, workspace, monkeypatch):
    panel = window.counter_actions.empty_panel
    page = window.current_page()
    assert panel.isVisible() and not page.splitter.isVisible()
    la = window.ledger_actions
    for key, action in (("import_customers", la.import_customers_action),
                        ("import_readings", la.import_readings_action), ("new_customer", page.new_action),
                        ("areas", window.counter_actions.areas_action)):
        monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", lambda self: 0)
        monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
        with qtbot.waitSignal(action.triggered, timeout=2000):
            qtbot.mouseClick(panel.buttons[key], Qt.MouseButton.LeftButton)
    started: list[tuple] = []
    monkeypatch.setattr(QProcess, "startDetached", staticmethod(lambda *a: started.append(a) or True))
    qtbot.mouseClick(panel.buttons["demo"], Qt.MouseButton.LeftButton)
    assert started and "--demo" in started[0][1]

    actions.create_customer(workspace, CustomerDraft("3300000001", "张三", "东街1号", tariff_category="居民生活",
                                                     voltage_level="220V"))
    page.refresh()
    assert not panel.isVisible() and page.splitter.isVisible()
    page.search_edit.setText("no such customer")
    page._apply_search()
    assert page.model.count() == 0 and not panel.isVisible()  # a filter matching none is not an empty station
