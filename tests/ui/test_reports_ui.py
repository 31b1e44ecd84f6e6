"""Exports of the current view and PDF ledgers from the GUI: jobs writing files, the preview painting pages."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QToolBar

from station.customers import CustomerFilter, customer_ids
from ui.dialogs.export_dialog import ExportFlow
from ui.dialogs.report_dialog import ReportDialog, ReportFlow, ReportRequest, recent_months
from ui.widgets.pdf_preview import PdfPreviewDialog, page_count, paint_pdf, render_dpi, render_pages


@pytest.fixture
def ledger_pdf(qtbot, window, monkeypatch) -> Path:
    """The customer ledger of the demo station, built by the GUI's report job."""
    monkeypatch.setattr(ReportFlow, "preview", lambda self, path, request: None)
    flow = ReportFlow(window)
    with qtbot.waitSignal(flow.built, timeout=60_000) as blocker:
        flow.start("customers", ReportRequest("customers", None, None))
    path = blocker.args[0]
    copy = Path(window.ui_settings.qsettings.fileName()).with_name("ledger.pdf")
    copy.write_bytes(path.read_bytes())  # the flow's temporary folder goes with the flow
    return copy


# --- export -----------------------------------------------------------------------------------------------


def test_export_writes_the_filtered_view_in_its_order(qtbot, window, demo_ws, tmp_path):
    page = window.show_page("customers")
    page.voltage_combo.setCurrentIndex(page.voltage_combo.findData("10kV"))
    page.model.sort_by("name", descending=True)
    with demo_ws.sessions() as s:
        expected = customer_ids(s, CustomerFilter(voltage_level="10kV"), "name", True)
    flow = ExportFlow(window)
    out = tmp_path / "view.csv"
    with qtbot.waitSignal(flow.exported, timeout=20_000) as blocker:
        flow.start(out)
    assert blocker.args == [out, len(expected)]
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "户号" and len(rows) == len(expected) + 1
    ordered = [page.model.row_at(i).account_no for i in range(page.model.rowCount())]
    assert [r[0] for r in rows[1:]] == ordered
    assert {r[rows[0].index("电压等级")] for r in rows[1:]} == {"10kV"}


def test_export_of_the_asset_page_as_a_workbook(qtbot, window, tmp_path):
    from openpyxl import load_workbook

    page = window.show_page("assets")
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("ct"))
    flow = ExportFlow(window)
    out = tmp_path / "cts.xlsx"
    with qtbot.waitSignal(flow.exported, timeout=20_000):
        flow.start(out)
    rows = list(load_workbook(out, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][0] == "资产编号"
    assert len(rows) - 1 == page.model.count() > 0


def test_export_action_is_only_enabled_on_a_ledger_page(window):
    la = window.ledger_actions
    window.show_page("customers")
    assert la.export_action.isEnabled()
    window.page_changed.emit("somewhere-else")
    assert not la.export_action.isEnabled()


# --- reports -----------------------------------------------------------------------------------------------


def test_report_dialog_returns_the_area_and_month(qtbot, english, demo_ws):
    from station.actions import load_areas

    areas = load_areas(demo_ws)
    dlg = ReportDialog(None, "assets", areas)
    qtbot.addWidget(dlg)
    assert dlg.value() == ReportRequest("assets", None, None)
    dlg.area_combo.setCurrentIndex(2)
    dlg.month_combo.setCurrentIndex(1)
    last_month = recent_months(dt.date.today())[0]
    assert dlg.value() == ReportRequest("assets", areas[1].code, last_month)


def test_recent_months_cross_the_year():
    assert recent_months(dt.date(2024, 2, 10), 3) == ["2024-01", "2023-12", "2023-11"]


def test_report_job_builds_a_pdf_and_the_preview_renders_its_pages(ledger_pdf):
    pages = page_count(ledger_pdf)
    assert pages >= 2  # 600 customers do not fit on one A4 page
    images = render_pages(ledger_pdf, dpi=60, first=0, last=1)
    assert len(images) == 2
    first = images[0]
    assert first.width() > first.height()  # A4 landscape
    dark = sum(1 for x in range(0, first.width(), 4) for y in range(0, first.height(), 4)
               if first.pixelColor(x, y).lightness() < 128)
    assert dark > 100  # text and rules were drawn, not a blank page


def test_painter_prints_every_page_landscape(ledger_pdf, tmp_path, qapp):
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert paint_pdf(printer, ledger_pdf) == page_count(ledger_pdf)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert page_count(out) == page_count(ledger_pdf)


def test_preview_dialog_saves_the_built_pdf(qtbot, ledger_pdf, tmp_path, english):
    dlg = PdfPreviewDialog(ledger_pdf, "Customer ledger", None)
    qtbot.addWidget(dlg)
    assert dlg.save_action in dlg.findChild(QToolBar).actions()  # beside Qt's own Print button
    saved = dlg.save_as(tmp_path / "copy")
    assert saved == tmp_path / "copy.pdf"
    assert saved.read_bytes() == ledger_pdf.read_bytes()  # vector text and embedded font kept


def test_long_reports_render_at_a_lower_resolution():
    a4_landscape = (841.9, 595.3)
    assert render_dpi(10, a4_landscape) == 200
    assert 72 <= render_dpi(2000, a4_landscape) < 200


def test_the_export_menu_action_triggered_for_real_writes_the_file(qtbot, window, tmp_path, monkeypatch):
    # triggered(bool) once passed `checked` into the flow as the path: the action did nothing
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "menu.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    window.show_page("customers")
    action = window.ledger_actions.export_action
    assert action.shortcut().toString() == "Ctrl+Shift+E" and action.isEnabled()
    action.trigger()
    flow = window.ledger_actions._export_flow
    assert flow is not None and flow.last_job is not None
    window.runner.wait()
    qtbot.waitUntil(out.exists, timeout=20_000)
    assert out.read_text(encoding="utf-8-sig").splitlines()[0].startswith("户号")
