"""The customer form: every problem named in the label, OK only when the draft is valid."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from station.customers import CustomerDraft, draft_of, draft_problems
from ui.dialogs.customer_form import CustomerForm


def type_chinese(widget, text: str) -> None:
    """Commit text as an input method does (QTest cannot type CJK)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def make_form(qtbot, demo_ws, english):
    """The form as the customers page builds it; `form.checks` counts the database checks run."""
    from station.actions import check_customer_draft, load_areas

    def make(initial=None, existing_id=None) -> CustomerForm:
        def check(draft):
            form.checks += 1
            return check_customer_draft(demo_ws, draft, existing_id)

        form = CustomerForm(None, draft_type=CustomerDraft, validate=draft_problems, check=check,
                            areas=load_areas(demo_ws), initial=initial)
        form.checks = 0
        qtbot.addWidget(form)
        return form

    return make


def test_empty_form_names_the_required_fields_and_disables_ok(make_form):
    form = make_form()
    assert not form.ok_button.isEnabled()
    text = form.problem_label.text()
    assert "Account no.: This field is required" in text
    assert "Name: This field is required" in text


def test_account_number_must_be_digits(make_form, qtbot):
    form = make_form()
    type_chinese(form.name_edit, "张三")
    qtbot.keyClicks(form.account_edit, "12ab")
    assert "Account no.: An account number is 6 to 20 digits, nothing else" in form.problem_label.text()
    assert not form.ok_button.isEnabled()
    form.account_edit.clear()
    qtbot.keyClicks(form.account_edit, "9900001234")
    assert form.problem_label.text() == ""
    assert form.ok_button.isEnabled()
    draft = form.value()
    assert (draft.account_no, draft.name, draft.phases) == ("9900001234", "张三", 1)


def test_full_width_digits_of_a_chinese_input_method_are_read_as_digits(make_form, qtbot):
    # the scan box and the import take １２３…; the form refused them
    form = make_form()
    type_chinese(form.name_edit, "张三")
    type_chinese(form.account_edit, "９９００００１２３５")
    type_chinese(form.phone_edit, "１３９ ０００１ ２３４５")
    assert form.problem_label.text() == "" and form.ok_button.isEnabled()
    draft = form.value()
    assert (draft.account_no, draft.phone) == ("9900001235", "13900012345")


def test_account_number_taken_by_another_customer(make_form, qtbot, demo_ws):
    from station.actions import load_customer_rows

    other = next(iter(load_customer_rows(demo_ws, [1]).values()))
    form = make_form()
    type_chinese(form.name_edit, "李四")
    qtbot.keyClicks(form.account_edit, other.account_no)
    assert form.checks == 0  # not a query per key stroke: the check waits for typing to pause
    qtbot.waitUntil(lambda: "belongs to another customer" in form.problem_label.text(), timeout=2000)
    assert form.checks == 1
    assert not form.ok_button.isEnabled()
    qtbot.keyClicks(form.account_edit, "0")  # a different number: the old answer no longer holds
    assert "belongs to another customer" not in form.problem_label.text()
    qtbot.waitUntil(lambda: form.checks == 2, timeout=2000)
    assert form.ok_button.isEnabled()


def test_ok_right_after_typing_runs_the_pending_check_first(make_form, qtbot, demo_ws):
    from station.actions import load_customer_rows

    other = next(iter(load_customer_rows(demo_ws, [1]).values()))
    form = make_form()
    form.show()  # Return presses the default button of a dialog that is shown
    type_chinese(form.name_edit, "李四")
    qtbot.keyClicks(form.account_edit, other.account_no)
    assert form.ok_button.isEnabled()  # the fields are fine; the database has not been asked yet
    qtbot.keyClick(form.account_edit, Qt.Key.Key_Return)
    assert form.result() != CustomerForm.DialogCode.Accepted
    assert "belongs to another customer" in form.problem_label.text()


def test_negative_capacity_and_bad_number_are_named(make_form, qtbot):
    form = make_form()
    type_chinese(form.name_edit, "王五")
    qtbot.keyClicks(form.account_edit, "9900001235")
    qtbot.keyClicks(form.contract_edit, "-5")
    assert "Contract capacity (kVA): A capacity cannot be negative" in form.problem_label.text()
    form.contract_edit.clear()
    qtbot.keyClicks(form.contract_edit, "abc")
    assert "is not a number" in form.problem_label.text()
    assert not form.ok_button.isEnabled()


def test_edit_form_starts_from_the_customer_and_keeps_hidden_fields(make_form, demo_ws):
    from station.actions import load_customer_rows

    row = next(iter(load_customer_rows(demo_ws, [3]).values()))
    form = make_form(initial=draft_of(row), existing_id=row.id)
    assert form.account_edit.text() == row.account_no
    assert form.ok_button.isEnabled()  # its own 户号 is not "taken"
    assert form.value() == draft_of(row)


def test_voltage_sets_the_phases(make_form):
    form = make_form()
    form.voltage_combo.setCurrentIndex(form.voltage_combo.findData("380V"))
    assert form.phases_combo.currentData() == 3
    form.voltage_combo.setCurrentIndex(form.voltage_combo.findData("220V"))
    assert form.phases_combo.currentData() == 1


def test_an_area_missing_from_the_list_is_kept_not_dropped(qtbot, demo_ws, english):
    from station.actions import load_customer_rows

    row = next(r for r in load_customer_rows(demo_ws, range(1, 50)).values() if r.area_id is not None)
    form = CustomerForm(None, draft_type=CustomerDraft, validate=lambda d: [], areas=[], initial=draft_of(row))
    qtbot.addWidget(form)
    assert form.area_combo.currentText() == "(current area, not in the list)"
    assert form.value().area_id == row.area_id


def test_an_unrecorded_opening_date_stays_unrecorded(qtbot, demo_ws, english):
    from station.actions import load_customer_rows

    row = next(iter(load_customer_rows(demo_ws, [3]).values()))
    initial = dataclasses.replace(draft_of(row), opened_on=None)
    form = CustomerForm(None, draft_type=CustomerDraft, validate=lambda d: [], initial=initial)
    qtbot.addWidget(form)
    assert form.opened_unknown.isChecked() and not form.opened_edit.isEnabled()
    form.phone_edit.setText("13900000001")
    assert form.value().opened_on is None  # an unrelated edit does not invent a 立户日期
    form.opened_unknown.setChecked(False)
    form.opened_edit.setDate(QDate(2019, 5, 6))
    assert form.value().opened_on == dt.date(2019, 5, 6)


def test_a_new_customer_is_opened_today_unless_marked_not_recorded(qtbot, english):
    form = CustomerForm(None, draft_type=CustomerDraft, validate=lambda d: [])
    qtbot.addWidget(form)
    assert not form.opened_unknown.isChecked()
    assert form.values()["opened_on"] == dt.date.today()
    qtbot.mouseClick(form.opened_unknown, Qt.MouseButton.LeftButton)
    assert form.values()["opened_on"] is None
