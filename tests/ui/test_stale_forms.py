"""已被他人修改 in the forms with fields of their own (issue 12): the customer form and the asset editor. Counter B
changes the record through the station action while counter A's dialog is open; A clicks OK for real, the
dialog stays open with A's input and shows the value saved now beside it; A's second OK saves over B's."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from station import actions
from station.customers import draft_of
from station.domain import nameplate
from ui.dialogs.stale_view import StalePanel
from ui.main_window import MainWindow
from ui.widgets.common import fmt

TODAY = dt.date.today()


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, chinese):  # type: ignore[no-untyped-def]
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()


def _panel_text(dlg) -> str:  # type: ignore[no-untyped-def]
    panel = dlg.findChild(StalePanel, "stale_panel")
    return panel.text() if panel is not None and panel.isVisible() else ""


def test_a_customer_saved_by_someone_else_keeps_the_form_and_shows_theirs(
        window, qtbot, demo_ws, other, modal) -> None:  # type: ignore[no-untyped-def]
    window.show_page("customers")
    page = window.current_page()
    ident = page.model.id_at(4)
    page.open_customer(ident)
    seen: dict[str, object] = {}

    def work() -> None:
        form = page.last_form
        form.address_edit.clear()
        qtbot.keyClicks(form.address_edit, "A-street 1")
        row = actions.load_customer_rows(other, [ident])[ident]  # B raises the penalty multiple and moves the address
        actions.update_customer(other, ident, type(draft_of(row))(**{
            **{f: getattr(draft_of(row), f) for f in draft_of(row).__slots__},
            "address": "B-street 2", "phone": "13900000042", "penalty_multiple": Decimal(4)}))
        form.run_check()
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not form.saving, timeout=20_000)
        seen.update(open=form.isVisible(), typed=form.address_edit.text(), panel=_panel_text(form),
                    phone=form.phone_edit.text(),
                    version=form.version, geometry=form.frameGeometry())
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)  # A read B's and saves again, knowingly
        qtbot.waitUntil(lambda: not form.isVisible(), timeout=20_000)

    modal.start(work)
    page.edit_action.trigger()
    modal.check()
    assert seen["open"] and seen["typed"] == "A-street 1"
    text = str(seen["panel"])
    assert "已被他人修改" in text and "A-street 1" in text and "B-street 2" in text  # A's input beside B's
    assert "用电地址" in text  # the field as the form labels it
    assert "户名" not in text  # a field nobody changed gets no row
    geometry = seen["geometry"]
    assert geometry.width() <= 1366 and geometry.height() <= 768  # type: ignore[attr-defined]
    now = actions.load_customer_rows(demo_ws, [ident])[ident]
    assert seen["version"] == now.version - 1  # the second OK saved over the version the panel showed
    # A's address wins; B's phone (which A did not touch: the form took it) and B's penalty multiple (which the form
    # does not show) are kept rather than reverted.
    assert seen["phone"] == "13900000042"
    assert (now.address, now.phone, now.penalty_multiple) == ("A-street 1", "13900000042", Decimal(4))


def _installed_ct(demo_ws):  # type: ignore[no-untyped-def]
    """An installed CT of the demo (its point's multiplier comes from it)."""
    from sqlalchemy import select

    from db.schema import Asset

    with demo_ws.sessions() as s:
        return s.scalar(select(Asset.id).where(Asset.kind == "ct", Asset.status == "installed").order_by(Asset.id))


def test_an_asset_edited_by_someone_else_keeps_the_dialog_and_shows_theirs(
        window, qtbot, demo_ws, other, modal) -> None:  # type: ignore[no-untyped-def]
    ident = _installed_ct(demo_ws)
    assert ident is not None
    window.show_page("assets")
    page = window.current_page()
    page.open_asset(ident)
    qtbot.waitUntil(lambda: page.edit_action.isEnabled(), timeout=20_000)
    seen: dict[str, object] = {}

    def work() -> None:
        dlg = page.last_dialog
        dlg.edits["maker"].clear()
        qtbot.keyClicks(dlg.edits["maker"], "Maker-A")
        actions.edit_asset(other, ident, {"maker": "Maker-B", "model": "LMZ-B"})  # B saves first
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        seen.update(open=dlg.isVisible(), typed=dlg.edits["maker"].text(), panel=_panel_text(dlg),
                    version=dlg.version, geometry=dlg.frameGeometry(), model=dlg.edits["model"].text())
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # A read B's and saves again, knowingly
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)

    modal.start(work)
    page.edit_action.trigger()
    modal.check()
    assert seen["open"] and seen["typed"] == "Maker-A"
    assert seen["model"] == "LMZ-B"  # not touched here: the form took B's
    text = str(seen["panel"])
    assert "已被他人修改" in text and "Maker-A" in text and "Maker-B" in text and "厂家" in text
    row = actions.load_asset_rows(demo_ws, [ident])[ident]
    # A's maker over B's; B's model, which A did not touch, stays
    assert (row.maker, row.model, row.version) == ("Maker-A", "LMZ-B", int(seen["version"]) + 1)  # type: ignore[call-overload]
    geometry = seen["geometry"]
    assert geometry.width() <= 1366 and geometry.height() <= 768  # type: ignore[attr-defined]


def test_an_installed_ct_s_ratio_needs_the_multiplier_ticked(window, qtbot, demo_ws, modal) -> None:  # type: ignore[no-untyped-def]
    ident = _installed_ct(demo_ws)
    view = actions.load_asset_edit(demo_ws, ident)
    assert view is not None and view.multiplier is not None
    window.show_page("assets")
    page = window.current_page()
    page.open_asset(ident)
    qtbot.waitUntil(lambda: page.edit_action.isEnabled(), timeout=20_000)
    seen: dict[str, object] = {}
    new_ratio = "1500/5" if view.asset.ratio != "1500/5" else "2000/5"

    def work() -> None:
        dlg = page.last_dialog
        dlg.edits["ratio"].clear()
        qtbot.keyClicks(dlg.edits["ratio"], new_ratio)
        seen.update(blocked=not dlg.ok_button.isEnabled(), box=dlg.confirm_check.isVisible(),
                    text=dlg.confirm_check.text())
        qtbot.mouseClick(dlg.confirm_check, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)

    modal.start(work)
    page.edit_action.trigger()
    modal.check()
    expected = nameplate.point_multiplier("ct", new_ratio, view.other_ratio)
    assert seen["blocked"] and seen["box"]  # OK waits for the box, which names both multipliers
    assert f"{fmt(view.multiplier)} 改为 {fmt(expected)}" in str(seen["text"])
    after = actions.load_asset_edit(demo_ws, ident)
    assert after is not None and after.asset.ratio == new_ratio and after.multiplier == expected


def test_the_edit_entry_is_off_for_a_role_that_may_not_edit_assets(window, qtbot, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from ui import permissions

    window.show_page("assets")
    page = window.current_page()
    page.open_asset(_installed_ct(demo_ws))
    qtbot.waitUntil(lambda: page.edit_action.isEnabled(), timeout=20_000)
    demo_ws.role = "clerk"
    permissions.reapply(window)
    assert not page.edit_action.isEnabled() and page.edit_action.toolTip()


def test_a_point_changed_meanwhile_asks_again_with_its_own_multiplier(window, qtbot, demo_ws, modal) -> None:  # type: ignore[no-untyped-def]
    from db.schema import Asset
    from station.domain import asset_no

    ident = _installed_ct(demo_ws)
    view = actions.load_asset_edit(demo_ws, ident)
    assert view is not None and view.other_ratio is None  # a CT without a PT on its point
    window.show_page("assets")
    page = window.current_page()
    page.open_asset(ident)
    qtbot.waitUntil(lambda: page.edit_action.isEnabled(), timeout=20_000)
    new_ratio = "1500/5" if view.asset.ratio != "1500/5" else "2000/5"
    seen: dict[str, object] = {}

    def work() -> None:
        dlg = page.last_dialog
        dlg.edits["ratio"].clear()
        qtbot.keyClicks(dlg.edits["ratio"], new_ratio)
        qtbot.mouseClick(dlg.confirm_check, Qt.MouseButton.LeftButton)
        with demo_ws.sessions.begin() as s:  # meanwhile a PT of 10 kV/100 V goes onto the point (×100)
            s.add(Asset(asset_no=asset_no.make("3310001", 99001), kind="pt", ratio="10000/100", status="installed",
                        metering_point_id=view.asset.metering_point_id, accuracy_class="0.2"))
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        seen.update(open=dlg.isVisible(), ticked=dlg.confirm_check.isChecked(), text=dlg.confirm_check.text(),
                    ok=dlg.ok_button.isEnabled())
        qtbot.mouseClick(dlg.confirm_check, Qt.MouseButton.LeftButton)  # the clerk confirms what the point gives now
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)

    modal.start(work)
    page.edit_action.trigger()
    modal.check()
    now = nameplate.point_multiplier("ct", new_ratio, "10000/100")
    assert seen["open"] and not seen["ticked"] and not seen["ok"]  # not saved over a change nobody confirmed
    assert f"改为 {fmt(now)}" in str(seen["text"])
    after = actions.load_asset_edit(demo_ws, ident)
    assert after is not None and after.multiplier == now
