"""Multi-select in the asset ledger and the batch steps on it, through real clicks and the real actions."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station import actions
from station.asset_batch import VerifyBatch
from station.assets import AssetDraft
from station.domain import asset_no as barcode
from ui.main_window import MainWindow

PREFIX = "9990108"  # a unit/type prefix the demo station does not use
TODAY = dt.date.today()


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english):
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    w.show_page("assets")
    yield w
    w.runner.wait()


def _delivery(ws, n: int) -> list[int]:
    drafts = [AssetDraft(barcode.make(PREFIX, i), "meter", model="DDZY285") for i in range(1, n + 1)]
    return actions.receive_assets(ws, drafts, TODAY - dt.timedelta(days=3), "B-88")


def _show_delivery(window, qtbot) -> object:
    page = window.current_page()
    page.search_edit.setText(PREFIX)
    page._apply_filters()
    qtbot.waitUntil(lambda: page.model.count() == 5, timeout=20_000)
    return page


def _click(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_shift_click_then_batch_verify_all_or_nothing(window, qtbot, demo_ws, modal):
    ids = _delivery(demo_ws, 5)
    actions.verify_asset(demo_ws, ids[3], TODAY - dt.timedelta(days=2), "pass", "C-1")
    actions.issue_asset(demo_ws, ids[3], TODAY - dt.timedelta(days=1), "张师傅")  # issued: refused below
    page = _show_delivery(window, qtbot)
    batch = window.asset_batch
    _click(qtbot, page.view, 0)
    _click(qtbot, page.view, 4, Qt.KeyboardModifier.ShiftModifier)
    assert batch.selected_ids() == ids
    assert batch.menu_action.text() == "Selected (5)" and batch.step_actions["verified"].isEnabled()
    seen: dict[str, object] = {}

    def work() -> None:
        dlg = batch.last_dialog
        assert "5 asset(s)" in dlg.intro.text() and "All or nothing" in dlg.intro.text()
        qtbot.keyClicks(dlg.verification.certificate_edit, "JD-2024-88")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        seen["refusals"] = [dlg.refusals.item(i).text() for i in range(dlg.refusals.count())]
        seen["written"] = [r.status for r in actions.load_asset_rows(demo_ws, ids).values()]
        assert dlg.isVisible() and dlg.leave_out_button.isVisible()
        qtbot.mouseClick(dlg.leave_out_button, Qt.MouseButton.LeftButton)
        assert "4 asset(s)" in dlg.intro.text() and dlg.verification.certificate_edit.text() == "JD-2024-88"
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    batch.step_actions["verified"].trigger()
    modal.check()
    refusals = seen["refusals"]
    assert len(refusals) == 1 and refusals[0].startswith(barcode.make(PREFIX, 4)), refusals  # type: ignore[index]
    assert sorted(seen["written"]) == ["issued"] + ["received"] * 4  # type: ignore[type-var]
    rows = actions.load_asset_rows(demo_ws, ids)
    assert [rows[i].status for i in ids] == ["in_stock"] * 3 + ["issued", "in_stock"]
    assert rows[ids[0]].certificate_no == "JD-2024-88"


def test_ctrl_click_ctrl_a_and_batch_scrap_confirms_the_count(window, qtbot, demo_ws, modal, monkeypatch):
    ids = _delivery(demo_ws, 5)
    page = _show_delivery(window, qtbot)
    batch = window.asset_batch
    _click(qtbot, page.view, 1)
    _click(qtbot, page.view, 3, Qt.KeyboardModifier.ControlModifier)
    assert batch.selected_ids() == [ids[1], ids[3]]
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert batch.selected_ids() == ids
    _click(qtbot, page.view, 2, Qt.KeyboardModifier.ControlModifier)  # Ctrl-click takes one out again
    assert len(batch.selected_ids()) == 4
    asked: list[str] = []

    def question(_parent, _title, text, *a, **k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)

    def work() -> None:
        dlg = batch.last_dialog
        assert not dlg.ok_button.isEnabled()  # the reason is required
        dlg.text_edit.setText("运输损坏")  # QTest types ASCII only
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    batch.step_actions["scrapped"].trigger()
    modal.check()
    assert asked and "Scrap 4 asset(s) for good" in asked[0]
    rows = actions.load_asset_rows(demo_ws, ids)
    assert [rows[i].status for i in ids] == ["scrapped", "scrapped", "received", "scrapped", "scrapped"]


def test_batch_issue_and_the_row_menu(window, qtbot, demo_ws, modal):
    ids = _delivery(demo_ws, 5)
    actions.verify_assets(demo_ws, ids, VerifyBatch(
        TODAY - dt.timedelta(days=2), "pass", "C-7"))
    page = _show_delivery(window, qtbot)
    batch = window.asset_batch
    page.view.selectAll()
    assert batch.step_actions["issued"] in page.view.actions()  # the row menu lists the view's actions

    def work() -> None:
        dlg = batch.last_dialog
        dlg.text_edit.setText("装表一班")
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)

    modal.start(work)
    batch.step_actions["issued"].trigger()
    modal.check()
    rows = actions.load_asset_rows(demo_ws, ids)
    assert {rows[i].status for i in ids} == {"issued"}
    assert "5 asset(s) saved" in window.statusBar().currentMessage()
