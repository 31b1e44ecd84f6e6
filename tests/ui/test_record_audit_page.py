"""档案稽查 page: the demo's findings grouped by check, filtered, exported, and opened in their ledger."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from ui.main_window import MainWindow
from ui.pages.record_audit_page import HIT_ROLE, RecordAuditPage


def _page(qtbot, demo_ws, ui_settings) -> tuple[MainWindow, RecordAuditPage]:
    window = MainWindow(demo_ws, ui_settings)
    qtbot.addWidget(window)
    page = window.show_page("record_audit")
    assert isinstance(page, RecordAuditPage)
    qtbot.waitUntil(page.ready_for_screenshot, timeout=30_000)
    return window, page


def test_the_demo_audit_lists_findings_by_check_and_searches(qtbot, demo_ws, ui_settings, english):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    assert page.report is not None and page.report.total > 0
    assert page.tree.topLevelItemCount() == len(page.report.results)
    first = next(h for r in page.report.results for h in r.hits)
    qtbot.keyClicks(page.search_edit, first.key)
    qtbot.waitUntil(lambda: 0 < len(page.shown_hits()) < page.report.total, timeout=5_000)
    assert all(first.key in (h.key + h.account_no + h.problem.in_language("en")) for _t, h in page.shown_hits())
    assert "shown" in page.summary_label.text()


def test_a_severity_filter_and_the_export_hold_what_is_shown(qtbot, demo_ws, ui_settings, english, tmp_path,
                                                            monkeypatch):
    _window, page = _page(qtbot, demo_ws, ui_settings)
    page.severity_combo.setCurrentIndex(page.severity_combo.findData("high"))
    shown = page.shown_hits()
    assert shown and all(r.severity == "high" for r in page.report.results
                         if any(h in r.hits for _t, h in shown))
    target = tmp_path / "findings.xlsx"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    with qtbot.waitSignal(page.exported, timeout=20_000):
        page.export_action.trigger()
    rows = list(openpyxl.load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == len(shown) + 1 and rows[1][1] == shown[0][1].key


def test_double_clicking_a_record_opens_it_in_its_ledger(qtbot, demo_ws, ui_settings, english):
    window, page = _page(qtbot, demo_ws, ui_settings)
    item = next(page.tree.topLevelItem(i).child(0) for i in range(page.tree.topLevelItemCount())
                if page.tree.topLevelItem(i).childCount() and
                page.tree.topLevelItem(i).child(0).data(0, HIT_ROLE).entity == "asset")
    window.show()
    item.parent().setExpanded(True)
    page.tree.scrollToItem(item)
    rect = page.tree.visualItemRect(item)
    with qtbot.waitSignal(page.opened, timeout=5_000):
        qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "assets"
    window.show_page("record_audit")
    page.tree.setCurrentItem(item)
    with qtbot.waitSignal(page.opened, timeout=5_000):  # and from the keyboard
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert window.current_key() == "assets"


def test_selected_findings_of_one_check_become_a_desk_order(qtbot, demo_ws, ui_settings, english):
    from station import actions
    from station.orders.rows import OrderFilter

    window, page = _page(qtbot, demo_ws, ui_settings)
    top = next(page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())
               if page.tree.topLevelItem(i).childCount() >= 2
               and page.tree.topLevelItem(i).child(0).data(0, HIT_ROLE).account_no)
    top.child(0).setSelected(True)
    top.child(1).setSelected(True)
    assert page.order_action.isEnabled()
    with qtbot.waitSignal(page.ordered, timeout=10_000) as raised:
        page.order_action.trigger()
    (order,) = [o for o in actions.load_orders(demo_ws, OrderFilter()) if o.number == raised.args[0]]
    assert (order.kind, order.source) == ("record-audit", "audit")
