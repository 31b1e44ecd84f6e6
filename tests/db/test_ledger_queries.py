"""Ledger search, filter and sort semantics, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from station import actions
from station.assets import ASSET_SORT_KEYS, AssetDraft, AssetFilter
from station.customers import CUSTOMER_SORT_KEYS, CustomerDraft, CustomerFilter, digit_prefix_upper
from station.domain import asset_no
from station.workspace import Workspace

D = Decimal

# account_no, name, address, phone, tariff, voltage, capacity, area, opened_on
PEOPLE = [
    ("1290000001", "张三", "东街1号", "13800001111", "居民生活", "220V", D(8), "T01", dt.date(2020, 1, 1)),
    ("1299999999", "张三丰", "东街2号", "13900002222", "居民生活", "220V", D(8), "T01", None),
    ("1300000000", "李四", "西街5号", "0571-8888", "一般工商业", "380V", D(50), "T02", dt.date(2019, 5, 1)),
    ("9999000001", "Acme 50%_Co", "工业园", "", "大工业", "10kV", D(630), None, dt.date(2021, 3, 1)),
    ("1280000000", "王五", "东街张家巷", "12900000000", "农业生产", "380V", D(30), "T02", dt.date(2018, 1, 1)),
]


@pytest.fixture
def ws(any_workspace: Workspace) -> Workspace:
    a1 = actions.create_area(any_workspace, code="T01", name="东街")
    a2 = actions.create_area(any_workspace, code="T02", name="西街")
    area = {"T01": a1.id, "T02": a2.id, None: None}
    for no, name, addr, phone, tariff, volt, cap, code, opened in PEOPLE:
        actions.create_customer(any_workspace, CustomerDraft(
            no, name, addr, phone, tariff, "", volt, cap, None, area[code], opened, None, 1 if volt == "220V" else 3))
    return any_workspace


def accounts(ws: Workspace, flt: CustomerFilter, sort_key: str = "account_no", descending: bool = False) -> list[str]:
    ids = actions.load_customer_ids(ws, flt, sort_key, descending)
    rows = actions.load_customer_rows(ws, ids)
    return [rows[i].account_no for i in ids]


def test_digit_prefix_upper_bound() -> None:
    assert digit_prefix_upper("129") == "13"
    assert digit_prefix_upper("1299") == "13"
    assert digit_prefix_upper("128") == "129"
    assert digit_prefix_upper("99") is None


def test_digits_search_account_no_or_phone_prefix(ws: Workspace) -> None:
    assert accounts(ws, CustomerFilter("129")) == ["1280000000", "1290000001", "1299999999"]  # 1280… by phone 129…
    assert accounts(ws, CustomerFilter("1299")) == ["1299999999"]
    assert accounts(ws, CustomerFilter("13")) == ["1290000001", "1299999999", "1300000000"]  # phones 138, 139
    assert accounts(ws, CustomerFilter("9999")) == ["9999000001"]  # no upper bound
    assert accounts(ws, CustomerFilter(" １３００ ")) == ["1300000000"]  # full-width, spaces
    assert accounts(ws, CustomerFilter("0571")) == ["1300000000"]
    assert accounts(ws, CustomerFilter("1290000001")) == ["1290000001"]


def test_text_search_name_or_address_substring(ws: Workspace) -> None:
    assert accounts(ws, CustomerFilter("张三")) == ["1290000001", "1299999999"]
    assert accounts(ws, CustomerFilter("张")) == ["1280000000", "1290000001", "1299999999"]  # 张家巷 address
    assert accounts(ws, CustomerFilter("东街")) == ["1280000000", "1290000001", "1299999999"]
    assert accounts(ws, CustomerFilter("acme")) == ["9999000001"]  # ASCII case-insensitive on both
    assert accounts(ws, CustomerFilter("50%_")) == ["9999000001"]  # wildcards taken literally
    assert accounts(ws, CustomerFilter("%")) == ["9999000001"]
    assert accounts(ws, CustomerFilter("赵")) == []


def test_filters_combine(ws: Workspace) -> None:
    areas = {a.code: a.id for a in actions.load_areas(ws)}
    assert accounts(ws, CustomerFilter(area_id=areas["T02"])) == ["1280000000", "1300000000"]
    assert accounts(ws, CustomerFilter(area_id=areas["T02"], voltage_level="380V", tariff_category="农业生产")) == [
        "1280000000"]
    assert accounts(ws, CustomerFilter("东街", area_id=areas["T01"])) == ["1290000001", "1299999999"]
    assert accounts(ws, CustomerFilter(status="closed")) == []
    actions.close_customer(ws, actions.load_customer_ids(ws, CustomerFilter("1300000000"))[0],
                           dt.date(2024, 1, 1), "迁出")
    assert accounts(ws, CustomerFilter(status="closed")) == ["1300000000"]
    assert len(accounts(ws, CustomerFilter(status="active"))) == 4


@pytest.mark.parametrize("key", CUSTOMER_SORT_KEYS)
def test_every_sort_key_and_its_exact_reverse(ws: Workspace, key: str) -> None:
    asc = actions.load_customer_ids(ws, CustomerFilter(), key)
    desc = actions.load_customer_ids(ws, CustomerFilter(), key, descending=True)
    assert sorted(asc) == sorted(desc) and len(asc) == 5
    assert desc == asc[::-1]


def test_sort_values_and_blanks_last(ws: Workspace) -> None:
    assert accounts(ws, CustomerFilter(), "contract_capacity_kva") == [
        "1290000001", "1299999999", "1280000000", "1300000000", "9999000001"]  # 8, 8 (by id), 30, 50, 630
    assert accounts(ws, CustomerFilter(), "opened_on") == [
        "1280000000", "1300000000", "1290000001", "9999000001", "1299999999"]  # no date: last
    assert accounts(ws, CustomerFilter(), "area")[-1] == "9999000001"  # no area: last
    assert accounts(ws, CustomerFilter(), "area", descending=True)[0] == "9999000001"
    with pytest.raises(ValueError):
        actions.load_customer_ids(ws, CustomerFilter(), "id; drop table customer")


def test_rows_of_a_page(ws: Workspace) -> None:
    ids = actions.load_customer_ids(ws, CustomerFilter(), "name")
    rows = actions.load_customer_rows(ws, ids[:2])
    assert set(rows) == set(ids[:2])
    row = actions.load_customer_rows(ws, actions.load_customer_ids(ws, CustomerFilter("1300000000")))
    [only] = row.values()
    assert (only.area_code, only.area_name, only.contract_capacity_kva) == ("T02", "西街", D(50))


def _assets(ws: Workspace) -> dict[str, int]:
    """Three meters (one installed at 1290000001 in T01), a CT at 1300000000 in T02, one never verified."""
    m = [asset_no.make("3310001", n) for n in (1, 2, 3)]
    ct, raw = asset_no.make("3310002", 1), asset_no.make("3310001", 50)
    ids = actions.receive_assets(ws, [
        AssetDraft(m[0], "meter", factory_no="F-001", model="DDZY102", maker="甲厂"),
        AssetDraft(m[1], "meter", factory_no="F-002", model="DDZY102", maker="乙厂"),
        AssetDraft(m[2], "meter", factory_no="X-9", model="DTZY341", maker="甲厂", phases=3),
        AssetDraft(ct, "ct", model="LMZ", ratio="100/5"),
        AssetDraft(raw, "meter", model="DDZY102"),
    ], dt.date(2022, 1, 1), "B")
    by_no = dict(zip(m + [ct, raw], ids, strict=True))
    for no, on in ((m[0], dt.date(2022, 1, 2)), (m[1], dt.date(2023, 6, 1)), (m[2], dt.date(2023, 1, 1)),
                   (ct, dt.date(2022, 1, 2))):
        actions.verify_asset(ws, by_no[no], on, "pass", None)
    for no, account in ((m[0], "1290000001"), (ct, "1300000000")):
        customer = actions.load_customer_ids(ws, CustomerFilter(account))[0]
        point = actions.load_customer_detail(ws, customer).points[0].id  # type: ignore[union-attr]
        actions.issue_asset(ws, by_no[no], dt.date(2023, 7, 1))
        actions.install_asset(ws, by_no[no], point, dt.date(2023, 7, 2), D(0))
    return by_no


def asset_nos(ws: Workspace, flt: AssetFilter, sort_key: str = "asset_no", descending: bool = False) -> list[str]:
    ids = actions.load_asset_ids(ws, flt, sort_key, descending)
    rows = actions.load_asset_rows(ws, ids)
    return [rows[i].asset_no for i in ids]


def test_asset_filters(ws: Workspace) -> None:
    by_no = _assets(ws)
    m1, m2, m3 = (asset_no.make("3310001", n) for n in (1, 2, 3))
    ct, raw = asset_no.make("3310002", 1), asset_no.make("3310001", 50)
    areas = {a.code: a.id for a in actions.load_areas(ws)}
    assert asset_nos(ws, AssetFilter(kind="ct")) == [ct]
    assert asset_nos(ws, AssetFilter(status="installed")) == [m1, ct]
    assert asset_nos(ws, AssetFilter(status="received")) == [raw]
    assert asset_nos(ws, AssetFilter(model="DDZY102")) == [m1, m2, raw]
    assert asset_nos(ws, AssetFilter(verified_year=2023)) == [m2, m3]
    assert asset_nos(ws, AssetFilter(account_no="1290000001")) == [m1]
    assert asset_nos(ws, AssetFilter(area_id=areas["T02"])) == [ct]
    assert asset_nos(ws, AssetFilter(text="3310001")) == [m1, m2, m3, raw]
    assert asset_nos(ws, AssetFilter(text=m2)) == [m2]  # a scanned barcode
    assert asset_nos(ws, AssetFilter(text="f-00")) == [m1, m2]  # factory number, any case
    assert asset_nos(ws, AssetFilter(text="甲厂")) == [m1, m3]
    rows = actions.load_asset_rows(ws, [by_no[m1]])
    assert (rows[by_no[m1]].account_no, rows[by_no[m1]].customer_name, rows[by_no[m1]].area_code) == (
        "1290000001", "张三", "T01")
    assert actions.load_models(ws) == ["DDZY102", "DTZY341", "LMZ"]


@pytest.mark.parametrize("key", ASSET_SORT_KEYS)
def test_every_asset_sort_key_and_its_exact_reverse(ws: Workspace, key: str) -> None:
    _assets(ws)
    asc = actions.load_asset_ids(ws, AssetFilter(), key)
    assert len(asc) == 5
    assert actions.load_asset_ids(ws, AssetFilter(), key, descending=True) == asc[::-1]


def test_asset_sort_by_customer_and_date_blanks_last(ws: Workspace) -> None:
    _assets(ws)
    by_customer = asset_nos(ws, AssetFilter(), "account_no")
    assert by_customer[:2] == [asset_no.make("3310001", 1), asset_no.make("3310002", 1)]
    assert asset_nos(ws, AssetFilter(), "verified_on")[-1] == asset_no.make("3310001", 50)  # never verified
