"""The due page on a small station built with station.actions: statuses, counts, filters, completions, files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from station import actions
from station.assets import AssetDraft
from station.customers import CustomerDraft
from station.domain import asset_no as barcode
from station.due import DueKind, DueStatus
from ui.dialogs.completion_dialog import CompletionDialog, CompletionDraft
from ui.jobs import JobRunner
from ui.models.due_model import DueModel
from ui.pages.due_page import DuePage

TODAY = dt.date.today()


def install_meter(ws, point_id: int, serial: int, *, verified: dt.date, installed: dt.date,  # type: ignore[no-untyped-def]
                  phases: int = 3, accuracy: str = "0.5S") -> str:
    no = barcode.make("1330001", serial)
    (ident,) = actions.receive_assets(ws, [AssetDraft(no, "meter", model="DTZ341", maker="华立",
                                                      accuracy_class=accuracy, phases=phases)],
                                      verified - dt.timedelta(days=20), f"B{serial}")
    actions.verify_asset(ws, ident, verified, "pass", f"C{serial}")
    actions.issue_asset(ws, ident, installed)
    actions.install_asset(ws, ident, point_id, installed, Decimal(0))
    return no


def build_station(ws) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """台区 T01 with a 10 kV 400 kVA factory (class III: on-site tests, quarterly inspection) whose meter was
    verified in 2012 (rotation overdue), and a household with a meter verified last year (nothing due)."""
    area = actions.create_area(ws, code="T01", name="东街台区")
    factory = actions.create_customer(ws, CustomerDraft(
        "1000000001", "东街机械厂", tariff_category="一般工商业", voltage_level="10kV",
        contract_capacity_kva=Decimal(400), area_id=area.id, opened_on=dt.date(2012, 1, 1), phases=3))
    home = actions.create_customer(ws, CustomerDraft(
        "1000000002", "李四", tariff_category="居民生活", voltage_level="220V",
        contract_capacity_kva=Decimal(8), area_id=area.id, opened_on=dt.date(2012, 1, 1), phases=1))
    point = actions.load_customer_detail(ws, factory.id).points[0]
    home_point = actions.load_customer_detail(ws, home.id).points[0]
    last_year = dt.date(TODAY.year - 1, 1, 15)
    return {
        "old": install_meter(ws, point.id, 1, verified=dt.date(2012, 3, 1), installed=dt.date(2012, 3, 10)),
        "new": install_meter(ws, home_point.id, 2, verified=last_year, installed=last_year, phases=1,
                             accuracy="2"),
    }


@pytest.fixture
def station(workspace):  # type: ignore[no-untyped-def]
    return build_station(workspace)


@pytest.fixture
def page(qtbot, workspace, station, ui_settings, english):  # type: ignore[no-untyped-def]
    runner = JobRunner()
    p = DuePage(workspace, runner, ui_settings)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.model.rowCount() > 0, timeout=10_000)  # the first list, computed in a job
    yield p
    runner.wait()


def shown_page(qtbot, ws, runner: JobRunner, ui_settings, *, height: int) -> DuePage:  # type: ignore[no-untyped-def]
    """The page shown 1200 px wide, once its first list (computed in a job) has arrived."""
    p = DuePage(ws, runner, ui_settings)
    qtbot.addWidget(p)
    p.resize(1200, height)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(lambda: p.model.rowCount() > 0, timeout=30_000)
    return p


def item(p: DuePage, kind: str, target: str):  # type: ignore[no-untyped-def]
    found = [it for it in p.model.rows() if it.kind == kind and it.target_no == target]
    assert len(found) == 1, found
    return found[0]


def test_old_meter_rotation_is_overdue_and_counted(page, station) -> None:  # type: ignore[no-untyped-def]
    rotation = item(page, DueKind.ROTATION, station["old"])
    assert rotation.status == DueStatus.OVERDUE
    assert rotation.due_on == dt.date(2020, 3, 1)  # 8 years after its verification (JJG 596)
    # Overdue: its rotation, its first on-site test (class III) and the factory's quarterly inspection.
    assert page.counts()[DueStatus.OVERDUE] == 3
    assert page.chips[DueStatus.OVERDUE].text().endswith(" 3")
    assert "Overdue" in page.chips[DueStatus.OVERDUE].text()
    assert page.select_target(DueKind.ROTATION, station["old"])
    row = page.view.currentIndex().row()
    assert page.proxy.index(row, 0).data() == "Overdue"  # the status in words, not by colour alone
    assert page.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    # The household's new meter is not due: hidden under "Needs action", listed under "All".
    assert not page.select_target(DueKind.ROTATION, station["new"])
    page.apply_status(None)
    assert page.select_target(DueKind.ROTATION, station["new"])


def test_filter_by_kind_and_status_chip(page, station) -> None:  # type: ignore[no-untyped-def]
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(str(DueKind.ROTATION)))
    shown = page.shown_items()
    assert [(it.kind, it.target_no) for it in shown] == [(DueKind.ROTATION, station["old"])]
    assert page.counts()[DueStatus.OVERDUE] == 1  # the chips follow the kind filter
    page.kind_combo.setCurrentIndex(0)
    page.chips[DueStatus.OK].click()
    assert {it.status for it in page.shown_items()} == {DueStatus.OK}
    page.chips[DueStatus.OK].click()  # a second click goes back to what needs doing
    assert DueStatus.OK not in {it.status for it in page.shown_items()}
    page.search_edit.setText(station["old"][-6:])
    page._filters_changed()
    assert {it.target_no for it in page.shown_items()} == {station["old"]}


def _complete(qtbot, page, monkeypatch, result: str) -> None:  # type: ignore[no-untyped-def]
    def answer(cls, parent, it, operator, problems=None):  # type: ignore[no-untyped-def]
        assert operator == "tester"
        return CompletionDraft(str(it.kind), it.target_id, TODAY, result, Decimal("-0.3"), "")

    monkeypatch.setattr(CompletionDialog, "ask", classmethod(answer))
    with qtbot.waitSignal(page.list_loaded, timeout=10_000):
        page.record_completion()


def test_onsite_test_completion_moves_the_item(qtbot, page, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert page.select_target(DueKind.ONSITE, station["old"])
    _complete(qtbot, page, monkeypatch, "pass")
    onsite = item(page, DueKind.ONSITE, station["old"])
    assert onsite.last_done == TODAY
    assert onsite.status == DueStatus.OK  # next in 24 months (class III, DL/T 448-2016)
    assert page.counts()[DueStatus.OVERDUE] == 2
    assert not page.select_target(DueKind.ONSITE, station["old"])


def test_failed_onsite_test_makes_it_urgent(qtbot, page, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert page.select_target(DueKind.ONSITE, station["old"])
    _complete(qtbot, page, monkeypatch, "fail")
    assert item(page, DueKind.ONSITE, station["old"]).status == DueStatus.URGENT
    first = page.proxy.data(page.proxy.index(0, 0), DueModel.RowRole)
    assert (first.kind, first.status) == (DueKind.ONSITE, DueStatus.URGENT)  # urgent comes first
    assert page.counts()[DueStatus.URGENT] == 1
    assert not page.chips[DueStatus.URGENT].isHidden()


def test_rejected_completion_reopens_the_dialog(qtbot, page, station, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[object] = []

    def answer(cls, parent, it, operator, problems=None):  # type: ignore[no-untyped-def]
        seen.append(problems)
        if problems:
            return None  # the clerk cancels after reading the reasons
        return CompletionDraft(str(it.kind), it.target_id, TODAY + dt.timedelta(days=3), "pass", None, "")

    monkeypatch.setattr(CompletionDialog, "ask", classmethod(answer))
    assert page.select_target(DueKind.ONSITE, station["old"])
    page.record_completion()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert "future" in " ".join(str(p.message.text()) for p in seen[1])  # type: ignore[union-attr]


def test_exceptions_and_year_view(qtbot, page, station) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.exceptions_loaded, timeout=10_000) as got:
        page.tabs.setCurrentIndex(1)
    assert got.args[0] >= 1
    rows = page.exception_model.rows()
    assert any(e.reason == "past_life" and e.asset_no == station["old"] for e in rows)
    with qtbot.waitSignal(page.workload_loaded, timeout=10_000):
        page.tabs.setCurrentIndex(2)
    # The overdue rotation, on-site test and inspection are caught up in January.
    assert page.chart.totals[0] >= 3


def test_export_and_plan(qtbot, page, station, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    with qtbot.waitSignal(page.exported, timeout=10_000):
        page.export(str(tmp_path / "due.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "due.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:3] == ["Status", "Kind", "Target"]
    assert len(values) == 1 + len(page.shown_items())
    assert any(r[2] == station["old"] and r[1] == "Rotation" for r in values[1:])
    with qtbot.waitSignal(page.plan_built, timeout=20_000) as got:
        page.build_plan(str(tmp_path / "plan.pdf"))
    assert Path(got.args[0]).stat().st_size > 1000


def test_models_pass_the_model_tester(qtmodeltester, page) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    qtmodeltester.check(page.exception_model)


def test_rotation_is_done_by_a_meter_swap_opened_from_the_list(qtbot, workspace, station, ui_settings,  # type: ignore[no-untyped-def]
                                                                english, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.main_window import MainWindow

    window = MainWindow(workspace, ui_settings)
    qtbot.addWidget(window)
    due = window.show_page("due")
    qtbot.waitUntil(lambda: due.model.rowCount() > 0, timeout=10_000)
    assert due.select_target(DueKind.ROTATION, station["old"])
    assert due.complete_action.text() == "Replace meter (rotation)…"
    asked: list[str] = []

    def question(parent, title, text, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    due.record_completion()
    assert "remove meter " + station["old"] in asked[0]
    assets_page = window.page("assets")
    old = item(due, DueKind.ROTATION, station["old"])
    qtbot.waitUntil(lambda: assets_page.current_id() == old.target_id, timeout=10_000)

    # The swap done in the ledger: the old meter leaves the plan, its replacement counts 8 years from its
    # verification (ok this month).
    point_id = actions.load_asset_detail(workspace, old.target_id).asset.metering_point_id
    actions.remove_asset(workspace, old.target_id, TODAY, Decimal("12345.6"), "轮换")
    new_no = install_meter(workspace, point_id, 3, verified=TODAY - dt.timedelta(days=5), installed=TODAY)
    with qtbot.waitSignal(due.list_loaded, timeout=10_000):
        due.refresh()
    rotations = {it.target_no: it.status for it in due.model.rows() if it.kind == DueKind.ROTATION}
    assert station["old"] not in rotations
    assert rotations[new_no] == DueStatus.OK
    window.runner.wait()


def test_a_demo_stations_list_builds_only_the_rows_in_view(qtbot, workspace, ui_settings, english) -> None:  # type: ignore[no-untyped-def]
    # The list is columns (station.due.duelist): opening the page, its counters, a header click and a search
    # build the DueItems of the rows painted, not the thousands listed.
    actions.create_demo(workspace, customers=1500, seed=4)
    runner = JobRunner()
    p = shown_page(qtbot, workspace, runner, ui_settings, height=700)
    items = p.model.items()
    in_view = p.view.viewport().height() // p.view.verticalHeader().defaultSectionSize() + 2
    p.view.viewport().repaint()
    assert len(items) > 1000 > 3 * in_view
    assert 0 < items.built() <= in_view  # what needs action, as the page opens
    qtbot.mouseClick(p.chips[DueStatus.OK], Qt.MouseButton.LeftButton)  # every "OK" item: most of the list
    p.view.viewport().repaint()
    assert p.proxy.rowCount() > 1000
    assert items.built() <= 2 * in_view
    assert p.counts()[DueStatus.OK] == p.proxy.rowCount()  # counted from the columns
    header = p.view.horizontalHeader()
    due_column = header.sectionViewportPosition(6) + header.sectionSize(6) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(due_column, header.height() // 2))
    p.view.viewport().repaint()
    shown = [p.proxy.index(r, 6).data() for r in range(in_view - 2)]
    assert shown == sorted(shown) or shown == sorted(shown, reverse=True)
    assert items.built() <= 3 * in_view  # and the rows now at the top
    wanted = next(it for it in (p.proxy.index(r, 0).data(DueModel.RowRole) for r in range(in_view - 2))
                  if it.target_kind == "asset")  # a meter's number (a batch's has its maker in Chinese)
    qtbot.keyClicks(p.search_edit, wanted.target_no)
    qtbot.waitUntil(lambda: p.proxy.rowCount() < 10, timeout=10_000)
    p.view.viewport().repaint()
    assert wanted.target_no in [it.target_no for it in p.shown_items()]
    assert items.built() <= 3 * in_view + 10
    runner.wait()


def test_the_selected_row_stays_on_its_item_when_the_list_is_sorted(qtbot, page, station) -> None:  # type: ignore[no-untyped-def]
    # A clerk picks a meter, sorts by another column and then records its completion: the selection must
    # still be that meter, not whatever row now sits where it was.
    page.apply_status(None)
    page.show()
    qtbot.waitExposed(page)
    assert page.select_target(DueKind.ROTATION, station["new"])
    picked = page.view.currentIndex().data(DueModel.RowRole)
    header = page.view.horizontalHeader()
    rows_of_picked = set()
    for column in (6, 6, 0, 0):  # the due date both ways, then the status both ways
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
        assert page.view.currentIndex().data(DueModel.RowRole) == picked
        selected = page.view.selectionModel().selectedRows()
        assert [i.data(DueModel.RowRole) for i in selected] == [picked]
        rows_of_picked.add(page.view.currentIndex().row())
    assert len(rows_of_picked) > 1  # the sorts did move it


@pytest.fixture
def demo_page(qtbot, demo_ws, ui_settings, english):  # type: ignore[no-untyped-def]
    """The due page of the GUI tests' demo station, in a window short enough for its list to scroll."""
    runner = JobRunner()
    yield shown_page(qtbot, demo_ws, runner, ui_settings, height=420)
    runner.wait()


def _in_view(p: DuePage, it) -> bool:  # type: ignore[no-untyped-def]
    row = p.model.find(it.kind, it.target_no)
    rect = p.view.visualRect(p.proxy.index(row, 0))
    return row is not None and p.view.viewport().rect().contains(rect.center())


def _selected(p: DuePage) -> list:  # type: ignore[no-untyped-def]
    return [i.data(DueModel.RowRole) for i in p.view.selectionModel().selectedRows()]


def _click(qtbot, p: DuePage, row: int) -> None:  # type: ignore[no-untyped-def]
    index = p.proxy.index(row, 2)
    p.view.scrollTo(index)
    qtbot.mouseClick(p.view.viewport(), Qt.MouseButton.LeftButton, pos=p.view.visualRect(index).center())


def test_a_filter_change_keeps_the_selected_item_selected_and_in_view(qtbot, demo_page) -> None:  # type: ignore[no-untyped-def]
    p = demo_page
    p.status_combo.setCurrentIndex(p.status_combo.findText("All statuses"))
    listed = p.shown_items()
    rows_in_view = p.view.viewport().height() // p.view.verticalHeader().defaultSectionSize()
    # The last rotation of the whole list: under "Rotation" it moves up by every other kind listed before it,
    # so neither where the view was scrolled nor the top of the list shows it unless the page scrolls to it.
    at = max(r for r, it in enumerate(listed) if it.kind == DueKind.ROTATION)
    picked = listed[at]
    among_rotations = sum(it.kind == DueKind.ROTATION for it in listed[:at])
    assert among_rotations > 2 * rows_in_view and at - among_rotations > 2 * rows_in_view
    _click(qtbot, p, at)
    assert _selected(p) == [picked] and p.complete_action.isEnabled()

    p.kind_combo.setCurrentIndex(p.kind_combo.findData(str(DueKind.ROTATION)))  # the user's pick
    assert p.proxy.rowCount() < len(listed)
    assert _selected(p) == [picked] and p.current_item() == picked
    assert _in_view(p, picked)
    assert p.complete_action.isEnabled() and p.complete_action.text() == "Replace meter (rotation)…"

    other = next(it for it in p.shown_items() if it.target_no != picked.target_no)
    qtbot.keyClicks(p.search_edit, other.target_no)  # the search is debounced: the list follows the typing
    qtbot.waitUntil(lambda: picked not in p.shown_items(), timeout=5_000)
    assert _selected(p) == [] and p.current_item() is None
    assert not p.complete_action.isEnabled() and p.complete_action.text() == "Record completion…"

    p.search_edit.clear()  # back in the list, but no longer the selection: nothing comes back by itself
    qtbot.waitUntil(lambda: picked in p.shown_items(), timeout=5_000)
    assert _selected(p) == [] and p.current_item() is None


def test_a_new_list_for_another_area_keeps_the_selected_item_when_it_is_in_that_area(qtbot, demo_page) -> None:  # type: ignore[no-untyped-def]
    p = demo_page
    p.status_combo.setCurrentIndex(p.status_combo.findText("All statuses"))
    listed = p.shown_items()
    at = len(listed) * 2 // 3
    picked = listed[at]
    _click(qtbot, p, at)
    assert _selected(p) == [picked]
    area = p.area_combo.findData(picked.area_code, Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(p.list_loaded, timeout=30_000):  # the area recomputes the list (a job)
        p.area_combo.setCurrentIndex(area)
    assert {it.area_code for it in p.shown_items()} == {picked.area_code}
    assert _selected(p) == [picked] and _in_view(p, picked)
    elsewhere = next(i for i in range(1, p.area_combo.count()) if i != area)
    with qtbot.waitSignal(p.list_loaded, timeout=30_000):
        p.area_combo.setCurrentIndex(elsewhere)
    assert _selected(p) == [] and p.current_item() is None and not p.complete_action.isEnabled()
