"""The tariff and rule dialogs on numbers that are not numbers ("nan", "inf") or absurd: a reason, no exception."""

from __future__ import annotations

import pytest

from station.rule_settings import BY_KEY, RuleRow
from ui.dialogs.rule_edit_dialog import RuleEditDialog
from ui.dialogs.tariff_dialog import TariffDialog


def _row(key: str) -> RuleRow:
    r = BY_KEY[key]
    return RuleRow(r.key, r.label, r.default, r.default, r.unit, r.source, r.edition, True, None, None)


@pytest.mark.parametrize("text", ["nan", "inf", "-Infinity", "sNaN", "1e999999", "100.01"])
def test_tariff_dialog_refuses_a_price_that_is_not_a_sensible_number(qtbot, english, text: str) -> None:  # type: ignore[no-untyped-def]
    dlg = TariffDialog()
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.price_edit, text)
    assert not dlg.ok_button.isEnabled()
    assert "at most 100 yuan/kWh" in dlg.problem_label.text()


@pytest.mark.parametrize("text", ["nan", "Infinity", "1001"])
def test_tariff_dialog_refuses_an_absurd_basic_charge(qtbot, english, text: str) -> None:  # type: ignore[no-untyped-def]
    dlg = TariffDialog()
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.price_edit, "0.56")
    qtbot.keyClicks(dlg.basic_edit, text)
    assert not dlg.ok_button.isEnabled()
    assert "at most 1000 yuan per kVA" in dlg.problem_label.text()


@pytest.mark.parametrize(
    ("key", "editor", "text", "reason"),
    [
        ("penalty.theft_multiple", "rule_value", "nan", "at most 10"),
        ("penalty.theft_multiple", "rule_value", "inf", "at most 10"),
        ("penalty.theft_multiple", "rule_value", "11", "at most 10"),
        ("scan.mom_drop", "rule_value", "1e999", "at most 1"),
        ("ptdrop.period_months", "rule_value", "99999", "at most 240"),
        ("lineloss.bands", "rule_high:public", "nan", "within ±100"),
        ("onsite.period_months.2016", "rule_value:III", "inf", "whole number above 0"),
    ],
)
def test_rule_dialog_refuses_non_finite_and_absurd_values(qtbot, english, key, editor, text, reason) -> None:  # type: ignore[no-untyped-def]
    dlg = RuleEditDialog(_row(key))
    qtbot.addWidget(dlg)
    assert dlg.ok_button.isEnabled()
    edit = dlg.findChild(type(dlg.source_edit), editor)
    edit.clear()
    qtbot.keyClicks(edit, text)
    assert not dlg.ok_button.isEnabled()
    assert reason in dlg.problem_label.text()
