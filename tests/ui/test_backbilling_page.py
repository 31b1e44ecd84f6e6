"""Back-billing page: live results of the worked example, refused inputs, editions, start from a customer, print."""

from __future__ import annotations

import datetime as dt
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from station import actions
from station.assets import AssetDraft
from station.customers import CustomerDraft
from station.domain import asset_no as barcode
from ui.jobs import JobRunner
from ui.pages.backbilling_page import BackBillingPage
from ui.widgets.backbilling_result import NO_FIGURE

PREFIX = "9990109"
TODAY = dt.date.today()
THEFT, CATEGORY, CAPACITY, SEALED, TAMPER, SOURCE, METER_ERROR, PT_DROP, FAULT, WIRING, MULTIPLIER = range(11)


@pytest.fixture
def page(qtbot, english, workspace, ui_settings):
    runner = JobRunner()
    p = BackBillingPage(workspace, runner, ui_settings)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    yield p
    runner.wait()


def _worked_example(qtbot, page, price: str = "") -> None:
    """DOMAIN.md: a lighting household, 220 V, 5(60) A, start unknown."""
    form = page.show_kind(THEFT)
    form.use_combo.setCurrentIndex(form.use_combo.findData("lighting"))
    qtbot.keyClicks(form.voltage_edit, "220")
    qtbot.keyClicks(form.current_edit, "5(60)A")
    if price:
        qtbot.keyClicks(form.price_edit, price)


def test_typing_the_worked_example_shows_1188_kwh(qtbot, page):
    _worked_example(qtbot, page)
    result = page.result()
    assert result is not None and result.kwh == Decimal(1188)
    assert page.result_view.kwh_label.text() == "1,188 kWh"
    working = page.result_view.working_view.toPlainText()
    assert "1.1 kW × 6 h/day × 180 days = 1188 kWh" in working
    assert page.print_button.isEnabled()


def test_a_fresh_form_asks_for_its_fields_without_shouting(qtbot, page):
    form = page.show_kind(THEFT)
    assert page.result() is None
    assert page.result_view.total_label.text() == NO_FIGURE
    assert "Voltage" in page.result_view.problem_label.text()
    assert not any(label.isVisible() for label in form.findChildren(type(page.customer_label))
                   if label.objectName().startswith("error:"))


def test_an_invalid_input_shows_its_message_and_no_total(qtbot, page):
    _worked_example(qtbot, page, "0.5283")
    assert page.result_view.total_label.text() == "¥2,510.48"
    form = page.current_form()
    form.voltage_edit.clear()
    qtbot.keyClicks(form.voltage_edit, "0")
    assert page.result() is None
    assert page.result_view.total_label.text() == NO_FIGURE  # the last valid total is gone, not kept
    error = form.findChild(type(page.customer_label), "error:voltage")
    assert error.isVisible() and error.text() == "Must be greater than zero (got 0)."
    assert "Voltage: Must be greater than zero (got 0)." in page.result_view.problem_label.text()
    assert not page.print_button.isEnabled()
    assert page.result_view.working_view.toPlainText() == ""


def test_the_validator_refuses_letters_in_a_money_field(qtbot, page):
    form = page.show_kind(METER_ERROR)
    qtbot.keyClicks(form.price_edit, "0.5a3e2")
    assert form.price_edit.text() == "0.532"


def test_enter_recomputes_the_same_result(qtbot, page):
    _worked_example(qtbot, page, "0.5283")
    before = page.result()
    qtbot.keyClick(page.current_form().price_edit, Qt.Key.Key_Return)
    assert page.result() == before


def test_edition_switch_changes_the_penalty(qtbot, page):
    _worked_example(qtbot, page, "0.5283")
    page.edition_combo.setCurrentIndex(page.edition_combo.findData("2024"))
    qtbot.keyClicks(page.multiple_edit, "1")
    assert page.result().penalty == Decimal("627.62")  # the contract's 1× the charge
    page.edition_combo.setCurrentIndex(page.edition_combo.findData("1996"))
    assert not page.multiple_edit.isEnabled()
    assert page.result().penalty == Decimal("1882.86")  # 1996: fixed at 3×
    assert "1996" in page.result_view.rule_label.text()


def test_a_contract_multiple_above_the_cap_is_refused_beside_the_field(qtbot, page):
    _worked_example(qtbot, page, "0.5283")
    page.edition_combo.setCurrentIndex(page.edition_combo.findData("2024"))
    qtbot.keyClicks(page.multiple_edit, "5")
    assert page.result() is None
    assert "between 0 and 3" in page.multiple_edit.toolTip()
    assert "Contract multiple" in page.result_view.problem_label.text()


def test_a_fast_meter_is_shown_as_a_refund(qtbot, page):
    form = page.show_kind(METER_ERROR)
    qtbot.keyClicks(form.error_edit, "25")
    qtbot.keyClicks(form.class_edit, "2")
    qtbot.keyClicks(form.recorded_edit, "1000")
    qtbot.keyClicks(form.price_edit, "0.5")
    result = page.result()
    assert result is not None and result.kwh == Decimal(-100) and result.total == Decimal("-50.00")
    assert page.result_view.status_label.text() == "Refund to the customer: ¥50.00"


def test_single_part_capacity_needs_no_basic_charge(qtbot, page):
    form = page.show_kind(CAPACITY)
    qtbot.keyClicks(form.kva_edit, "20")
    form.tariff_combo.setCurrentIndex(form.SINGLE_PART)
    assert not form.basic_edit.isEnabled()
    assert page.result().penalty == Decimal("1000.00")  # ¥50 per kVA


def _customer_with_meter(ws) -> int:
    """A 380 V shop with a three-phase meter 1.5(6)A behind a 100/5 CT, contract multiple 2."""
    row = actions.create_customer(ws, CustomerDraft(
        "770000001", "Test Shop", "东街8号", tariff_category="一般工商业", voltage_level="380V",
        contract_capacity_kva=Decimal(50), opened_on=TODAY - dt.timedelta(days=400),
        penalty_multiple=Decimal(2), phases=3))
    point = actions.load_customer_detail(ws, row.id).points[0].id
    drafts = [AssetDraft(barcode.make(PREFIX, 1), "meter", model="DTZY", accuracy_class="1",
                         rated_voltage="3×220/380V", rated_current="1.5(6)A", constant=6400, phases=3),
              AssetDraft(barcode.make(PREFIX, 2), "ct", model="LMZ", accuracy_class="0.5S", ratio="100/5")]
    for ident in actions.receive_assets(ws, drafts, TODAY - dt.timedelta(days=60), "T-1"):
        actions.verify_asset(ws, ident, TODAY - dt.timedelta(days=50), "pass", "C-1")
        actions.issue_asset(ws, ident, TODAY - dt.timedelta(days=40))
        actions.install_asset(ws, ident, point, TODAY - dt.timedelta(days=30), Decimal(0))
    return row.id


def test_start_from_customer_fills_the_fields(qtbot, page, workspace):
    customer_id = _customer_with_meter(workspace)
    page.edition_combo.setCurrentIndex(page.edition_combo.findData("2024"))
    assert page.start_from_customer(customer_id)
    form = page.show_kind(THEFT)
    # 一般工商业 defaults to lighting (rule setting backbill.use_by_category), shown beside the choice;
    # the inspector who finds a power load changes it
    assert form.use_combo.currentData() == "lighting"
    assert "一般工商业" in form.use_note.text() and form.use_note.isVisible()
    form.use_combo.setCurrentIndex(form.use_combo.findData("power"))
    assert form.voltage_edit.text() == "380"
    assert form.current_edit.text() == "1.5(6)A"
    assert form.phases_combo.currentData() == 3
    assert form.ratio_edit.text() == "20"
    assert form.price_edit.text() == "0.6664"  # the example tariff of 一般工商业 380V
    assert page.multiple_edit.text() == "2"
    assert "Test Shop" in page.customer_label.text()
    result = page.result()
    # √3 × 380 V × 1.5 A × 20 = 19.7454 kW; × 12 h × 180 days = 42650 kWh
    assert result is not None and result.kwh == Decimal(42650)
    assert result.penalty == (2 * result.amount)
    tamper = page.show_kind(TAMPER)
    assert tamper.who_combo.currentData() is False  # not residential
    capacity = page.show_kind(CAPACITY)
    assert capacity.tariff_combo.currentIndex() == capacity.SINGLE_PART  # no basic charge at 一般工商业


def test_the_account_box_starts_from_a_residential_customer(qtbot, page, workspace):
    actions.create_customer(workspace, CustomerDraft("770000002", "Zhang San", "西街1号", tariff_category="居民生活",
                                                     voltage_level="220V", opened_on=TODAY))
    qtbot.keyClicks(page.account_edit, "770000002")
    qtbot.keyClick(page.account_edit, Qt.Key.Key_Return)
    form = page.show_kind(THEFT)
    assert page.case is not None and page.case.account_no == "770000002"
    assert form.use_combo.currentData() == "lighting"
    assert form.voltage_edit.text() == "220" and form.phases_combo.currentData() == 1
    assert form.current_edit.text() == ""  # no meter installed yet: the clerk types the nameplate
    assert page.show_kind(TAMPER).who_combo.currentData() is True


def test_an_unknown_account_says_so(qtbot, page):
    qtbot.keyClicks(page.account_edit, "123")
    qtbot.keyClick(page.account_edit, Qt.Key.Key_Return)
    assert page.case is None
    assert page.customer_label.text() == "No customer with account no. 123"


def test_print_builds_the_sheet_with_the_customer(qtbot, page, workspace, monkeypatch):
    from ui.widgets import pdf_preview

    shown = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self.path) or 0)
    page.start_from_customer(_customer_with_meter(workspace))
    with qtbot.waitSignal(page.sheet_built, timeout=20_000) as blocker:
        page.print_sheet()
    path = blocker.args[0]
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "追补电费计算单" in text and "Test Shop" in text and "770000001" in text
    assert f"{page.result().total:,.2f}" in text
    assert shown == [path]


def test_category_change_with_two_load_lines(qtbot, page):
    # 5 kW power × 12 h + 3 kW lighting × 6 h, 90 days: 5400 + 1620 = 7020 kWh; ¥1064.88 + ¥525.20 = ¥1590.08
    form = page.show_kind(CATEGORY)
    first = form.lines.rows[0]
    qtbot.keyClicks(first[0], "5")
    qtbot.keyClicks(first[2], "0.1972")
    qtbot.mouseClick(form.lines.add_button, Qt.MouseButton.LeftButton)
    second = form.lines.rows[1]
    qtbot.keyClicks(second[0], "3")
    second[1].setCurrentIndex(second[1].findData("lighting"))
    qtbot.keyClicks(second[2], "0.3242")
    result = page.result()
    assert result is not None and result.kwh == Decimal(7020) and result.amount == Decimal("1590.08")
    assert abs(result.penalty - Decimal("3180.17")) <= Decimal("0.01")
    assert "Line 2 (lighting): 3 kW × 6 h/day × 90 days = 1620 kWh" in page.result_view.working_view.toPlainText()
    qtbot.mouseClick(second[4], Qt.MouseButton.LeftButton)  # remove the second line again
    assert page.result().kwh == Decimal(5400)


def test_a_meter_error_within_its_class_is_refused_beside_the_field(qtbot, page):
    form = page.show_kind(METER_ERROR)
    qtbot.keyClicks(form.error_edit, "-1.5")
    qtbot.keyClicks(form.class_edit, "2")
    qtbot.keyClicks(form.recorded_edit, "900000")
    assert page.result() is None
    error = form.findChild(type(page.customer_label), "error:error_pct")
    assert error.isVisible() and "within the ±2 %" in error.text()
    form.error_edit.clear()
    qtbot.keyClicks(form.error_edit, "-10")
    assert page.result().kwh == Decimal(50000)


def test_wiring_takes_a_negative_k_and_energy(qtbot, page):
    form = page.show_kind(WIRING)
    qtbot.keyClicks(form.k_edit, "-3")
    qtbot.keyClicks(form.recorded_edit, "-1000")
    assert page.result().kwh == Decimal(4000)


def test_outside_source_and_pt_drop_and_fault_tabs(qtbot, page):
    source = page.show_kind(SOURCE)
    qtbot.keyClicks(source.kw_edit, "30")
    assert page.result().penalty == Decimal("15000.00")  # ¥500 × 30 kW
    drop = page.show_kind(PT_DROP)
    qtbot.keyClicks(drop.drop_edit, "1.2")
    qtbot.keyClicks(drop.recorded_edit, "98800")
    assert page.result().kwh == Decimal(1000)  # 98800 × 99.8 / 98.8 − 98800
    fault = page.show_kind(FAULT)
    fault.method_combo.setCurrentIndex(fault.BY_MONTH)
    qtbot.keyClicks(fault.normal_edit, "3000")
    qtbot.keyClicks(fault.fault_edit, "1500 1800")
    assert page.result().kwh == Decimal(2700)


def test_the_sheet_prints_the_working_in_chinese_in_an_english_ui(qtbot, page):
    _worked_example(qtbot, page, "0.5283")
    sheet = page.sheet()
    assert "窃电量 = 1.1 kW × 6 小时/天 × 180 天 = 1188 kWh" in sheet.working
