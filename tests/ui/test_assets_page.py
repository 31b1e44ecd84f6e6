"""The asset ledger page: filters, search, count, and the selected asset's record and history."""

from __future__ import annotations

import pytest

from station.assets import AssetFilter, asset_ids
from ui.jobs import JobRunner
from ui.pages.assets_page import AssetsPage


@pytest.fixture
def page(qtbot, demo_ws, ui_settings, english):
    p = AssetsPage(demo_ws, JobRunner(), ui_settings)
    qtbot.addWidget(p)
    p.show()
    return p


def _count(ws, **flt) -> int:
    with ws.sessions() as s:
        return len(asset_ids(s, AssetFilter(**flt)))


def test_count_and_filters(page, demo_ws):
    assert page.count_label.text() == f"{_count(demo_ws):,} asset(s)"
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("meter"))
    page.status_combo.setCurrentIndex(page.status_combo.findData("in_stock"))
    expected = _count(demo_ws, kind="meter", status="in_stock")
    assert 0 < page.model.rowCount() == expected
    assert page.count_label.text() == f"{expected:,} asset(s)"
    page.clear_filters()
    assert page.model.rowCount() == _count(demo_ws)


def test_installed_at_a_customer(page, demo_ws, qtbot):
    row = next(page.model.row_at(r) for r in range(page.model.rowCount()) if page.model.row_at(r).account_no)
    qtbot.keyClicks(page.account_edit, row.account_no)
    qtbot.waitUntil(lambda: page.model.filter.account_no == row.account_no, timeout=2000)
    assert page.model.rowCount() == _count(demo_ws, account_no=row.account_no) >= 1
    assert {page.model.row_at(r).account_no for r in range(page.model.rowCount())} == {row.account_no}


def test_verification_year_filter(page, demo_ws):
    year = page.year_combo.itemData(3)
    page.year_combo.setCurrentIndex(3)
    assert page.model.rowCount() == _count(demo_ws, verified_year=year)
    assert all(page.model.row_at(r).verified_on.year == year for r in range(page.model.rowCount()))


def test_open_asset_shows_its_record_and_history(page, demo_ws, qtbot):
    ident = page.model.id_at(page.model.rowCount() // 2)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("pt"))  # may hide it: open_asset clears
    page.open_asset(ident)
    assert page.current_id() == ident
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.asset.id == ident,
                    timeout=5000)  # the detail is read off the UI thread
    detail = page.detail.detail
    assert detail.asset.id == ident
    assert page.detail.title.text() == detail.asset.asset_no
    assert page.detail.events.topLevelItemCount() == len(detail.events)


def test_detail_widget_can_be_replaced(page, qtbot):
    from PySide6.QtWidgets import QLabel

    class Other(QLabel):
        def show_detail(self, detail):
            self.setText(detail.asset.asset_no if detail else "")

    other = Other()
    page.set_detail_widget(other)
    page.open_asset(page.model.id_at(0))
    qtbot.waitUntil(lambda: other.text() == page.model.row_at(0).asset_no, timeout=5000)
