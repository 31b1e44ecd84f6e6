"""Exports: .xlsx and .csv a clerk can open in Excel, with the view's filter, that re-import unchanged."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from station.areas import list_areas
from station.assets import AssetFilter
from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from station.customers import CustomerFilter
from station.domain.asset_no import make
from station.exports import export_assets, export_customers, export_rows
from station.imports import apply_import, preview_assets, preview_customers
from station.progress import Cancelled
from station.workspace import Workspace

CUSTOMERS = (
    "户号,户名,用电地址,用电类别,电压等级,合同容量,运行容量,台区编号,台区名称,行业分类,联系电话,立户日期,状态\n"
    "0001234567,张三,东街1号,居民生活,220V,8,,T01,东街台区,城乡居民生活,13800000001,2024-01-05,正常\n"
    "3300000002,某某厂,工业园2号,大工业,10kV,315.5,300,T02,西街台区,制造业,0571-88888888,2019-03-01,暂停\n"
    "3300000003,李四,东街3号,居民生活,220V,8,,T01,东街台区,城乡居民生活,,,正常\n"
)
ASSETS = (
    "资产编号,出厂编号,类别,型号,厂家,准确度等级,额定电压,标定电流,常数,变比,相数,出厂日期,检定日期,检定结论,状态,批次号,安装户号\n"
    f"{make('3300001', 1)},0012,电能表,DDZY71,某表厂,2,220V,5(60)A,1200,,单相,2023-05-01,2023-06-01,合格,,B01,0001234567\n"
    f"{make('3300002', 1)},C1,电流互感器,LZZBJ9,某厂,0.2S,10kV,,,50/5,三相,2023-01-01,2023-02-01,合格,,B02,3300000002\n"
    f"{make('3300001', 2)},0013,电能表,DDZY71,某表厂,2,220V,5(60)A,1200,,单相,2023-05-01,,,,B01,\n"
)


def load(ws: Workspace, tmp_path: Path) -> None:
    for name, text, fn in (("c.csv", CUSTOMERS, preview_customers), ("a.csv", ASSETS, preview_assets)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with ws.sessions.begin() as s:
            p = fn(s, path)
            assert p.rejected == 0, p.rejections
            apply_import(s, p, ws.operator)
    from sqlalchemy import select

    from db.schema import Customer
    from station.customers import close_customer

    with ws.sessions.begin() as s:  # an import does not create a closed account: close it as the ledger does
        ident = s.scalar(select(Customer.id).where(Customer.account_no == "3300000003"))
        close_customer(s, ident, dt.date(2024, 6, 1), "拆迁", ws.operator)


def test_export_rows_xlsx_has_a_bold_frozen_header_and_sized_columns(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = tmp_path / "out.xlsx"
    rows = [["0001234567", "城关镇东街一号院子", Decimal("8.00"), dt.date(2024, 1, 5), None]]
    assert export_rows(["户号", "用电地址", "合同容量", "立户日期", "备注"], rows, path) == 1
    ws = load_workbook(path).active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b and ws["A1"].value == "户号"
    assert ws["A2"].value == "0001234567" and ws["A2"].data_type == "s"  # leading zeros kept as text
    assert ws["D2"].value.date() == dt.date(2024, 1, 5)
    assert ws.column_dimensions["B"].width > ws.column_dimensions["A"].width


def test_export_rows_csv_is_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    export_rows(["户号", "合同容量", "立户日期"], [["0001234567", Decimal("8.00"), dt.date(2024, 1, 5)]], path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert path.read_text("utf-8-sig").splitlines() == ["户号,合同容量,立户日期", "0001234567,8.00,2024-01-05"]


def test_a_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    with pytest.raises(Cancelled):
        export_rows(["户号"], ([str(i)] for i in range(10)), path, cancelled=lambda: True)
    assert not path.exists() and not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_customers_and_assets_round_trip_unchanged(workspace: Workspace, tmp_path: Path, suffix: str) -> None:
    load(workspace, tmp_path)
    c_out, a_out = tmp_path / f"customers.{suffix}", tmp_path / f"assets.{suffix}"
    with workspace.sessions() as s:
        assert export_customers(s, CustomerFilter(), c_out) == 3
        assert export_assets(s, AssetFilter(), a_out) == 3
    with workspace.sessions() as s:
        customers = preview_customers(s, c_out)
        assets = preview_assets(s, a_out)
    assert (customers.new, customers.updated, customers.unchanged, customers.rejected) == (0, 0, 3, 0)
    assert customers.unknown_columns == []
    assert (assets.new, assets.updated, assets.unchanged, assets.rejected) == (0, 0, 3, 0), assets.rejections


def test_the_view_filter_and_order_go_into_the_export(workspace: Workspace, tmp_path: Path) -> None:
    load(workspace, tmp_path)
    with workspace.sessions() as s:
        east = next(a.id for a in list_areas(s) if a.code == "T01")
        out = tmp_path / "east.csv"
        assert export_customers(s, CustomerFilter(area_id=east, status="active"), out, sort_key="account_no",
                                descending=True) == 1
    lines = out.read_text("utf-8-sig").splitlines()
    assert lines[1].startswith("0001234567,张三,")


def test_cli_export_with_filters(workspace: Workspace, db_path: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    load(workspace, tmp_path)
    out = tmp_path / "out.csv"
    args = ["export", "customers", "--format", "csv", "-o", str(out), "--db", str(db_path)]
    assert main([*args, "--area", "T01"]) == EXIT_OK
    assert len(out.read_text("utf-8-sig").splitlines()) == 3
    assert main([*args, "--status", "暂停"]) == EXIT_OK
    assert [ln.split(",")[0] for ln in out.read_text("utf-8-sig").splitlines()[1:]] == ["3300000002"]
    assert main(["--lang", "en", *args, "--search", "李四"]) == EXIT_OK
    assert "wrote 1 customers" in capsys.readouterr().out
    assert main([*args, "--area", "T99"]) == EXIT_REJECTED
    assert main(["export", "customers", "--format", "xlsx", "-o", str(out), "--db", str(db_path)]) == EXIT_USAGE
    xlsx = tmp_path / "assets"
    assert main(["export", "assets", "--format", "xlsx", "-o", str(xlsx), "--status", "运行", "--db", str(db_path)]) == 0
    assert (tmp_path / "assets.xlsx").exists()
