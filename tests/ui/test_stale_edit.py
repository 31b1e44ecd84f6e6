"""已被他人修改 (issue 12): counter B saves first; counter A's dialog, clicked Save for real, stays open with
what A typed, names the change and shows the values saved now beside A's; Save again replaces them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from station import actions
from station.assets import AssetDraft
from station.domain import asset_no
from ui.dialogs.stale_view import StalePanel

TODAY = dt.date.today()


def test_a_verification_someone_else_saved_first_keeps_the_dialog_and_shows_theirs(
        window, qtbot, demo_ws, other, modal) -> None:  # type: ignore[no-untyped-def]
    [ident] = actions.receive_assets(demo_ws, [AssetDraft(asset_no.make("3310001", 9901), "meter", model="DDZY285")],
                                     TODAY - dt.timedelta(days=3), "T-9")
    window.show_page("assets")
    window.current_page().open_asset(ident)
    la = window.ledger_actions
    seen: dict[str, object] = {}

    def work() -> None:
        dlg = la.last_dialog
        dlg.verification.pass_radio.setChecked(True)
        qtbot.keyClicks(dlg.verification.certificate_edit, "JD-A")
        actions.verify_asset(other, ident, TODAY, "fail", "JD-B")  # B saves while A's dialog is open
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        panel = dlg.findChild(StalePanel, "stale_panel")
        seen.update(open=dlg.isVisible(), typed=dlg.verification.certificate_edit.text(), passed=dlg.verification.pass_radio.isChecked(),
                    panel=panel.isVisible() and panel.text(), version=dlg.version)
        # A looked at B's result and saves again, knowingly: a failed meter may be verified again.
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=20_000)

    modal.start(work)
    la.run_step("verified")
    modal.check()
    assert seen["open"] and seen["typed"] == "JD-A" and seen["passed"]
    assert seen["version"] == 2  # B's: the dialog now holds it, so the second Save goes through
    text = str(seen["panel"])
    assert "Changed by someone else" in text and "Your input" in text and "Saved now" in text
    assert "Failed verification" in text and "Fail" in text and "Pass" in text  # theirs beside A's
    row = actions.load_asset_rows(demo_ws, [ident])[ident]
    assert (row.verification_result, row.certificate_no, row.version) == ("pass", "JD-A", 3)


def test_a_rule_saved_by_someone_else_keeps_the_dialog_and_shows_theirs(window, qtbot, demo_ws, other,
                                                                          modal) -> None:  # type: ignore[no-untyped-def]
    window.show_page("rules")
    page = window.current_page()
    key = "auth.idle_lock_minutes"
    qtbot.waitUntil(lambda: page.select_rule(key), timeout=20_000)
    seen: dict[str, object] = {}

    def work() -> None:
        dlg = page.last_dialog
        dlg.value_edit.setText("5")
        actions.set_rule(other, key, 30, "B's notice")  # B saves while A's dialog is open
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        panel = dlg.findChild(StalePanel, "stale_panel")
        seen.update(open=dlg.isVisible(), typed=dlg.value_edit.text(), panel=panel.isVisible() and panel.text())
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)  # A saves again, knowingly

    modal.start(work)
    with qtbot.waitSignal(page.rule_saved, timeout=30_000):
        page.edit_rule()
    modal.check()
    assert seen["open"] and seen["typed"] == "5"
    text = str(seen["panel"])
    assert "Changed by someone else" in text and "<b>30</b>" in text and "notice" in text
    assert next(r for r in actions.list_rules(demo_ws) if r.key == key).value == 5


def test_a_tariff_corrected_by_someone_else_keeps_the_dialog_and_shows_theirs(window, qtbot, demo_ws, other,
                                                                              modal) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    kw = {"tariff_category": "居民生活", "voltage_level": "220V", "effective_from": dt.date(2025, 1, 1)}
    made = actions.set_tariff(demo_ws, price=Decimal("0.55"), **kw)
    window.show_page("rules")
    page = window.current_page()
    page.refresh()
    qtbot.waitUntil(lambda: any(t.id == made.id for t in page.tariff_model.rows()), timeout=20_000)
    seen: dict[str, object] = {}

    def work() -> None:
        dlg = page.last_dialog
        dlg.price_edit.setText("0.57")
        actions.set_tariff(other, price=Decimal("0.56"), edited=(made.id, made.version), **kw)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        panel = dlg.findChild(StalePanel, "stale_panel")
        seen.update(open=dlg.isVisible(), typed=dlg.price_edit.text(), panel=panel.isVisible() and panel.text())
        dlg.reject()  # A leaves it at B's price

    modal.start(work)
    assert page.add_tariff(made) is None
    modal.check()
    assert seen["open"] and seen["typed"] == "0.57"
    assert "<b>0.56</b>" in str(seen["panel"]) and "0.57" in str(seen["panel"])
    [stored] = [t for t in actions.load_rules_and_tariffs(demo_ws)[1] if t.id == made.id]
    assert stored.price == Decimal("0.5600")
