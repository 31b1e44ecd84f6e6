"""The lazy ledger models: Qt's model contract, SQL sorting and filtering, rows fetched a page at a time."""

from __future__ import annotations

from PySide6.QtCore import Qt

from station.assets import AssetFilter
from station.customers import CustomerFilter, customer_ids
from ui.models.asset_model import AssetModel
from ui.models.customer_model import CustomerModel
from ui.models.lazy_table import PAGE_SIZE


def test_customer_model_passes_the_model_tester(qtmodeltester, demo_ws):
    model = CustomerModel(demo_ws)
    model.reload()
    assert model.rowCount() > PAGE_SIZE
    qtmodeltester.check(model)


def test_asset_model_passes_the_model_tester(qtmodeltester, demo_ws):
    model = AssetModel(demo_ws)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time(demo_ws):
    model = CustomerModel(demo_ws)
    model.reload()
    first = model.data(model.index(0, 0))
    assert len(model._cache) == PAGE_SIZE  # one page, not 600 rows
    assert first == model.row_at(0).account_no
    far = model.rowCount() - 1
    assert model.data(model.index(far, 0)) == model.row_at(far).account_no
    assert len(model._cache) <= 2 * PAGE_SIZE


def test_header_sort_requeries_in_the_database_order(demo_ws):
    model = CustomerModel(demo_ws)
    model.reload()
    before = model.queries
    name_col = model.column_of_sort_key("name")
    model.sort(name_col, Qt.SortOrder.DescendingOrder)
    assert model.queries == before + 1
    with demo_ws.sessions() as s:
        expected = customer_ids(s, CustomerFilter(), sort_key="name", descending=True)
    assert [model.id_at(i) for i in range(model.rowCount())] == expected


def test_a_column_without_sort_key_keeps_the_order(demo_ws):
    model = AssetModel(demo_ws)
    model.reload()
    order = [model.id_at(i) for i in range(model.rowCount())]
    unsortable = next(i for i, c in enumerate(model.columns) if c.sort_key is None)
    model.sort(unsortable, Qt.SortOrder.DescendingOrder)
    assert [model.id_at(i) for i in range(model.rowCount())] == order


def test_filter_and_count_come_from_sql(demo_ws, qtbot):
    model = CustomerModel(demo_ws)
    model.reload()
    with qtbot.waitSignal(model.count_changed) as blocker:
        model.update_filter(tariff_category="大工业")
    with demo_ws.sessions() as s:
        expected = len(customer_ids(s, CustomerFilter(tariff_category="大工业")))
    assert blocker.args == [expected] and 0 < expected < 600
    assert all(model.row_at(r).tariff_category == "大工业" for r in range(model.rowCount()))


def test_asset_model_filters_by_kind(demo_ws):
    model = AssetModel(demo_ws)
    model.set_filter(AssetFilter(kind="ct"))
    assert model.rowCount() > 0
    assert {model.row_at(r).kind for r in range(model.rowCount())} == {"ct"}


def test_refresh_rows_fetches_an_edited_row_again(demo_ws):
    from station import actions
    from station.customers import draft_of

    model = CustomerModel(demo_ws)
    model.reload()
    row = model.row_at(0)
    draft = draft_of(row)
    actions.update_customer(demo_ws, row.id, type(draft)(**{**{f: getattr(draft, f) for f in draft.__slots__},
                                                             "name": "改过的名字"}))
    assert model.row_at(0).name == row.name  # cached
    model.refresh_rows([row.id])
    assert model.row_at(0).name == "改过的名字"
