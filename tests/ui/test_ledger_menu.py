"""The ledger tables' context menu (open, copy, history, the page's steps) and a column chooser kept per table."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from station.assets import AssetFilter
from ui.main_window import MainWindow


def _window(qtbot, ws, ui_settings) -> MainWindow:
    w = MainWindow(ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english):
    w = _window(qtbot, demo_ws, ui_settings)
    yield w
    w.runner.wait()


def _entries(menu) -> dict:
    return {a.text(): a for a in menu.actions() if not a.isSeparator()}


def test_the_customer_menu_copies_the_account_and_shows_the_history(window, qtbot):
    page = window.show_page("customers")
    ca = window.counter_actions
    row = page.model.row_at(0)
    page.view.setCurrentIndex(page.model.index(0, 2))
    entries = _entries(ca.customer_menu.build(page.model.index(0, 2)))
    entries[f"Copy 户号 {row.account_no}"].trigger()
    assert QGuiApplication.clipboard().text() == row.account_no
    entries[f'Copy "{row.address[:30]}"'].trigger()
    assert QGuiApplication.clipboard().text() == row.address
    qtbot.waitUntil(lambda: page.detail.history.topLevelItemCount() > 0, timeout=5000)
    entries["Show history"].trigger()
    assert page.detail.tabs.currentWidget() is page.detail.history
    assert "Swap meter…" in entries and "Columns" in entries


def test_the_asset_menu_has_the_steps_and_opens_the_customer(window, qtbot, demo_ws):
    from station import actions

    page = window.show_page("assets")
    ids = actions.load_asset_ids(demo_ws, AssetFilter(status="installed", kind="meter"))
    page.open_asset(ids[0])
    row = page.model.row_at(page.model.row_of_id(ids[0]))
    index = page.model.index(page.model.row_of_id(ids[0]), 0)
    entries = _entries(window.counter_actions.asset_menu.build(index))
    assert "Remove…" in entries and "Swap…" in entries  # the page's own steps
    entries[f"Copy 资产编号 {row.asset_no}"].trigger()
    assert QGuiApplication.clipboard().text() == row.asset_no
    entries[f"Open customer {row.account_no}"].trigger()
    customers = window.current_page()
    assert window.current_key() == "customers"
    assert customers.model.row_at(customers.model.row_of_id(customers.current_id())).account_no == row.account_no


def test_a_hidden_column_stays_hidden_after_a_restart(qtbot, demo_ws, ui_settings, english):
    first = _window(qtbot, demo_ws, ui_settings)
    page = first.show_page("customers")
    menu = first.counter_actions.customer_menu.build(page.model.index(0, 0))
    columns = next(a.menu() for a in menu.actions() if a.menu() is not None)
    phone = next(a for a in columns.actions() if a.text() == "Phone")
    phone.trigger()  # unchecked: hidden, and saved at once
    column = phone.data()
    assert page.view.horizontalHeader().isSectionHidden(column)
    first.runner.wait()
    # no close(): a crash saves nothing at exit, the choice was saved when made
    again = _window(qtbot, demo_ws, ui_settings)
    assert again.show_page("customers").view.horizontalHeader().isSectionHidden(column)
    assets = again.show_page("assets")
    assert not any(assets.view.horizontalHeader().isSectionHidden(c) for c in range(assets.model.columnCount()))
    again.runner.wait()


def test_down_from_the_search_box_then_enter_opens_the_customer(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    from ui.dialogs.customer_form import CustomerForm

    page = window.show_page("customers")
    page.view.clearSelection()
    page.view.setCurrentIndex(page.model.index(-1, -1))
    opened: list[str] = []
    monkeypatch.setattr(CustomerForm, "exec", lambda form: opened.append(form.account_edit.text()) or 0)
    page.search_edit.setFocus()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert window.focusWidget() is page.view and page.current_id() == page.model.id_at(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.current_id() == page.model.id_at(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert opened == [page.model.row_at(1).account_no]
