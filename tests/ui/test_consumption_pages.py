"""用电分析, 电量突降 and 台区线损 pages on a small hand-made station: scan job, filters, curve, drill-down."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from tests.station.test_analysis_reports import (
    DROP_MONTH,
    HIGH_AREA,
    MONTHS,
    NORMAL_AREA,
    SCAN_MONTH,
    THIEF,
    build_station,
    pdf_text,
)
from ui.jobs import JobRunner
from ui.models.loss_model import CLASS_BACKGROUND, LossModel
from ui.models.suspect_model import SuspectModel

#: Jobs here take well under a second; the limit only stops a hung test.
WAIT_MS = 20_000


@pytest.fixture
def station(workspace):  # type: ignore[no-untyped-def]
    return build_station(workspace)


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    r = JobRunner()
    yield r
    r.cancel_all()
    r.wait()


@pytest.fixture
def suspects(qtbot, workspace, station, runner, ui_settings, english):  # type: ignore[no-untyped-def]
    from ui.pages.suspects_page import SuspectsPage

    page = SuspectsPage(workspace, runner, ui_settings)
    qtbot.addWidget(page)
    page.month_edit.set_month(SCAN_MONTH)
    with qtbot.waitSignal(page.scan_finished, timeout=WAIT_MS):
        page.run_scan()
    return page


def test_the_scan_runs_as_a_job_and_lists_the_dropped_customer_first(suspects):
    assert suspects.model.rowCount() >= 1
    first = suspects.proxy.row_at(0)
    assert first.account_no == THIEF
    assert suspects.proxy.index(0, 0).data() == "1"  # rank
    assert suspects.proxy.index(0, SuspectModel.START).data() == first.start_month == DROP_MONTH
    assert not suspects.cancel_button.isVisible() and suspects.run_button.isEnabled()  # idle again


def test_opening_the_page_lists_the_last_month_and_a_new_month_scans_again(qtbot, workspace, station, runner,
                                                                         ui_settings, english):
    from ui.pages.suspects_page import SuspectsPage

    page = SuspectsPage(workspace, runner, ui_settings)
    qtbot.addWidget(page)
    assert not page.ready_for_screenshot()  # nothing listed until the page is shown
    with qtbot.waitSignal(page.scan_finished, timeout=WAIT_MS):
        page.show()  # no click: the clerk finds the list there
    assert page.scanned_month == page.month_edit.month() and page.model.rowCount() >= 1
    # the job's `finished` (which clears page.job) is queued after `succeeded` (which emits scan_finished)
    qtbot.waitUntil(page.ready_for_screenshot, timeout=WAIT_MS)
    with qtbot.waitSignal(page.scan_finished, timeout=WAIT_MS):
        page.month_edit.set_month(SCAN_MONTH)
    assert page.scanned_month == SCAN_MONTH
    assert page.proxy.row_at(0).account_no == THIEF


def test_the_reason_column_takes_the_width_the_list_leaves(qtbot, suspects):
    suspects.resize(1100, 700)
    suspects.show()
    qtbot.waitExposed(suspects)
    view, hh = suspects.view, suspects.view.horizontalHeader()
    assert hh.sectionResizeMode(SuspectModel.REASON) == hh.ResizeMode.Stretch
    visible = [c for c in range(suspects.model.columnCount()) if not hh.isSectionHidden(c)]
    assert visible[-1] == SuspectModel.REASON  # rules and category open from the header's menu
    assert sum(hh.sectionSize(c) for c in visible) <= view.viewport().width()  # no horizontal scrolling
    assert hh.sectionSize(SuspectModel.REASON) >= 150
    reason = suspects.proxy.index(0, SuspectModel.REASON)
    assert len(reason.data(Qt.ItemDataRole.ToolTipRole)) > len(reason.data())  # the tooltip has it all


def test_the_page_stays_usable_and_the_scan_can_be_cancelled(qtbot, workspace, station, runner, ui_settings,
                                                             english):
    from ui.pages.suspects_page import SuspectsPage

    page = SuspectsPage(workspace, runner, ui_settings)
    qtbot.addWidget(page)
    page.month_edit.set_month(SCAN_MONTH)
    job = page.run_scan()
    assert job is not None and not page.run_button.isEnabled()
    assert page.run_scan() is None  # one scan at a time
    page.cancel_scan()
    # the page re-enables the button when the job has ended (cancelled or not); the job may already have
    qtbot.waitUntil(lambda: page.run_button.isEnabled(), timeout=WAIT_MS)


def test_a_cancelled_scan_ends_as_the_job_runner_expects(workspace, station):
    from station.progress import Cancelled
    from ui.pages.analysis_common import scan_job

    with pytest.raises(Cancelled):  # the runner turns this into `signals.cancelled`, not a failure
        scan_job(workspace, SCAN_MONTH, progress=lambda f, m="": None, cancelled=lambda: True)


def test_filter_by_area_keeps_only_that_areas_customers(suspects):
    combo = suspects.area_combo
    combo.setCurrentIndex(combo.findData(NORMAL_AREA))
    assert all(suspects.proxy.row_at(i).area_code == NORMAL_AREA for i in range(suspects.proxy.rowCount()))
    assert THIEF not in [suspects.proxy.row_at(i).account_no for i in range(suspects.proxy.rowCount())]
    combo.setCurrentIndex(combo.findData(HIGH_AREA))
    assert suspects.proxy.row_at(0).account_no == THIEF
    suspects.rule_combo.setCurrentIndex(suspects.rule_combo.findData("ZERO"))  # he never reached zero
    assert suspects.proxy.rowCount() == 0
    assert not suspects.print_action.isEnabled()


def test_selecting_a_row_shows_its_curve(suspects, station):
    suspects.view.selectRow(0)
    shown = suspects.plot.data_of("kwh")
    assert suspects.plot.customer_id == station.customer_ids[THIEF]
    up_to_scan = station.thief_kwh[: MONTHS.index(SCAN_MONTH) + 1]
    assert len(shown) == len(up_to_scan)  # every month up to the scanned one, his kWh as stored
    assert np.allclose(shown, up_to_scan, atol=0.06)
    assert DROP_MONTH in suspects.plot.marker_months()["start"]
    assert "%" in suspects.reason_label.text()


def test_the_curve_beside_the_list_gives_the_lists_score_and_reason(suspects, workspace):
    from station.actions import load_curve

    for i in range(suspects.proxy.rowCount()):
        row = suspects.proxy.row_at(i)
        curve = load_curve(workspace, row.customer_id, suspects.scanned_month, suspects.run)
        assert (curve.score, curve.reason_en, curve.drop_start) == (row.score, row.reason_en, row.start_month)


def test_export_writes_the_shown_rows_to_xlsx(qtbot, suspects, tmp_path):
    from openpyxl import load_workbook

    with qtbot.waitSignal(suspects.exported, timeout=WAIT_MS) as blocker:  # written off the UI thread
        suspects.export_xlsx(tmp_path / "drops.xlsx")
    path = blocker.args[0]
    sheet = load_workbook(path).active
    values = list(sheet.values)
    assert values[0][1] == "Account no."
    assert values[1][1] == THIEF and len(values) == suspects.proxy.rowCount() + 1


def test_print_builds_the_inspection_list_for_the_preview(qtbot, suspects, monkeypatch):
    shown = []
    monkeypatch.setattr(type(suspects), "show_pdf", lambda self, path, title: shown.append((path, title)))
    with qtbot.waitSignal(suspects.pdf_built, timeout=WAIT_MS) as blocker:
        suspects.print_inspection_list()
    text = pdf_text(blocker.args[0])
    assert "稽查清单" in text and THIEF in text
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_MS)


def test_two_quick_prints_each_list_the_rows_shown_at_their_click(qtbot, suspects, runner, monkeypatch):
    monkeypatch.setattr(type(suspects), "show_pdf", lambda self, path, title: None)
    combo = suspects.area_combo
    combo.setCurrentIndex(combo.findData(HIGH_AREA))
    first = suspects.print_inspection_list()
    combo.setCurrentIndex(combo.findData(None))  # all areas: the second click must not change the first list
    second = suspects.print_inspection_list()
    assert first is not None and second is not None
    qtbot.waitUntil(lambda: first.result is not None and second.result is not None and not runner.running,
                    timeout=WAIT_MS)
    first_text, second_text = pdf_text(first.result), pdf_text(second.result)
    assert THIEF in first_text and f"台区：{HIGH_AREA}" in first_text
    assert THIEF in second_text and "台区：" not in second_text


def test_suspect_model_passes_the_model_tester(qtmodeltester, suspects):
    model = SuspectModel()
    model.set_rows(suspects.model.rows())
    qtmodeltester.check(model)


@pytest.fixture
def lineloss(qtbot, workspace, station, runner, ui_settings, english):  # type: ignore[no-untyped-def]
    from ui.pages.lineloss_page import LineLossPage

    page = LineLossPage(workspace, runner, ui_settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.table_loaded, timeout=WAIT_MS):
        page.load_month(SCAN_MONTH)
    return page


def test_lineloss_page_shows_the_high_loss_area_first_with_its_class_written(lineloss):
    first = lineloss.proxy.index(0, 0)
    assert first.data() == HIGH_AREA
    klass = lineloss.proxy.index(0, LossModel.CLASS_COLUMN)
    assert klass.data() == "high loss"  # the class is written, not only coloured
    assert klass.data(Qt.ItemDataRole.BackgroundRole) is not None
    second = lineloss.proxy.index(1, LossModel.CLASS_COLUMN)
    assert second.data() == "normal" and second.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "high loss 1" in lineloss.summary_label.text()


def test_selecting_an_area_drills_down_to_its_customers_and_months(qtbot, lineloss, station):
    with qtbot.waitSignal(lineloss.area_loaded, timeout=WAIT_MS) as blocker:
        lineloss.select_area(station.area_ids[NORMAL_AREA])
        lineloss.select_area(station.area_ids[HIGH_AREA])
    assert blocker.args[0] in station.area_ids.values()
    qtbot.waitUntil(lambda: lineloss.customers_model.rowCount() == 12, timeout=WAIT_MS)
    listed = [lineloss.customers_model.row_at(i) for i in range(12)]
    assert listed[0].account_no == THIEF  # highest drop score first
    assert {r.area_code for r in listed} == {HIGH_AREA}
    supplied, sold = lineloss.plot.bar_heights()
    assert len(supplied) == len(sold) >= 12 and (supplied > sold).all()
    # The high-loss band is named in the legend above the bars, not on the line over the rate curve.
    assert lineloss.plot.upper_text() == "high loss above 10 %"
    assert lineloss.plot._legend.getLabel(lineloss.plot.upper_sample).text == "high loss above 10 %"


def test_double_click_in_the_drill_down_opens_the_consumption_page(qtbot, workspace, station, ui_settings,
                                                                   english):
    from ui.main_window import MainWindow

    window = MainWindow(workspace, ui_settings)
    qtbot.addWidget(window)
    page = window.show_page("lineloss")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    page.select_area(station.area_ids[HIGH_AREA])
    qtbot.waitUntil(lambda: page.customers_model.rowCount() == 12, timeout=WAIT_MS)
    page._open_customer(page.customers_proxy.index(0, 0))
    assert window.current_key() == "consumption"
    assert window.page("consumption").plot.customer_id == station.customer_ids[THIEF]
    window.runner.cancel_all()
    window.runner.wait()


def test_loss_model_passes_the_model_tester(qtmodeltester, lineloss):
    model = LossModel()
    model.set_rows(lineloss.model.rows())
    qtmodeltester.check(model)
    assert set(CLASS_BACKGROUND)  # colours exist for the classes that are not 合格


def test_consumption_page_finds_a_customer_and_the_scan_box_opens_him_there(qtbot, workspace, station,
                                                                             ui_settings, english, tmp_path):
    from ui.main_window import MainWindow

    window = MainWindow(workspace, ui_settings)
    qtbot.addWidget(window)
    page = window.show_page("consumption")
    page.search("住户05")
    assert page.matches.count() == 1
    assert page.plot.customer_id == station.customer_ids["3100000005"]
    assert window.route_scan(THIEF) == "customer"
    assert window.current_key() == "consumption"  # the scan opened him here, not in the ledger
    assert page.plot.customer_id == station.customer_ids[THIEF]
    n = len(page.plot.months)
    assert n >= 12 and np.isfinite(page.plot.data_of("last_year")).sum() >= 12
    assert len(page.plot.data_of("p25")) > 0  # the peers' band is drawn
    assert page.plot.hover_text(n - 1).startswith(page.plot.months[-1])
    png = page.plot.export_png(tmp_path / "curve")
    assert png is not None and png.suffix == ".png" and png.stat().st_size > 1000
    window.runner.cancel_all()
    window.runner.wait()


def test_the_customer_ledger_opens_the_curve_of_the_selected_customer(qtbot, workspace, station, ui_settings,
                                                                      english):
    from PySide6.QtGui import QAction

    from ui.main_window import MainWindow

    window = MainWindow(workspace, ui_settings)
    qtbot.addWidget(window)
    customers = window.show_page("customers")
    customers.open_customer(station.customer_ids[THIEF])
    action = next(a for a in customers.toolbar_actions() if isinstance(a, QAction)
                  and a.objectName() == "open_consumption_curve")
    action.trigger()
    assert window.current_key() == "consumption"
    assert window.page("consumption").plot.customer_id == station.customer_ids[THIEF]
    window.runner.cancel_all()
    window.runner.wait()


def test_kwh_ticks_carry_thousands_separators_and_wan_for_large_values():
    from ui.plots.kwh_axis import kwh_tick

    assert kwh_tick(12_500, 2_500, 15_000) == "12,500"
    assert kwh_tick(350_000, 50_000, 400_000) == "35万"
    assert kwh_tick(125_000, 5_000, 150_000) == "12.5万"
    assert kwh_tick(350_000, 50_000, 400_000, wan=False) == "350,000"  # English: thousands


def test_the_lineloss_report_is_for_the_month_shown_at_the_click(qtbot, lineloss, runner, monkeypatch):
    monkeypatch.setattr(type(lineloss), "show_pdf", lambda self, path, title: None)
    job = lineloss.print_report()
    earlier = MONTHS[MONTHS.index(SCAN_MONTH) - 1]
    with qtbot.waitSignal(lineloss.table_loaded, timeout=WAIT_MS):
        lineloss.load_month(earlier)  # the clerk moves on while the report is built
    assert job is not None
    qtbot.waitUntil(lambda: job.result is not None and not runner.running, timeout=WAIT_MS)
    year, month = SCAN_MONTH.split("-")
    assert f"期间：{year}年{int(month)}月" in pdf_text(job.result)
