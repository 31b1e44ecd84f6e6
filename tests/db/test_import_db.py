"""Imports on SQLite and PostgreSQL alike: the bulk writes, installs, idempotence and the export round trip."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from db.schema import Asset, AssetEvent, AuditLog, Customer, CustomerAreaLink, ImportBatch, MeteringPoint
from station.assets import AssetFilter
from station.customers import CustomerFilter
from station.domain.asset_no import make
from station.exports import export_assets, export_customers
from station.imports import apply_import, preview_assets, preview_customers
from station.imports.preview import ImportPreview
from station.workspace import Workspace

CUSTOMERS = (
    "XX供电所客户档案导出 2024-05\n"
    "户号,户名,用电地址,用电类别,电压等级,合同容量(kVA),台区编号,台区名称,联系电话,立户日期,状态\n"
    "0001234567,张三,东街1号,居民生活,220V,8,T01,东街台区,13800000001,2024/1/5,正常\n"
    "3300000002,某某厂,工业园2号,大工业,10kV,315,T02,西街台区,0571-88888888,20190301,正常\n"
)
ASSETS = (
    "资产编号,类别,准确度等级,变比,检定日期,检定结论,安装户号\n"
    f"{make('3300001', 1)},电能表,2,,2023-06-01,合格,0001234567\n"
    f"{make('3300002', 1)},电流互感器,0.2S,100/5,2023-02-01,合格,3300000002\n"
    f"{make('3300001', 2)},电能表,2,,2023-06-01,合格,\n"
)


def run(ws: Workspace, path: Path, kind: str) -> ImportPreview:
    fn = preview_customers if kind == "customers" else preview_assets
    with ws.sessions.begin() as s:
        p = fn(s, path)
        assert p.rejected == 0, p.rejections
        apply_import(s, p, ws.operator)
    return p


def counts(ws: Workspace) -> dict[str, int]:
    with ws.sessions() as s:
        return {t.__tablename__: int(s.scalar(select(func.count()).select_from(t)) or 0)
                for t in (Customer, CustomerAreaLink, MeteringPoint, Asset, AssetEvent, AuditLog, ImportBatch)}


def test_import_install_reimport_and_round_trip(any_workspace: Workspace, tmp_path: Path) -> None:
    ws = any_workspace
    c_path, a_path = tmp_path / "c.csv", tmp_path / "a.csv"
    c_path.write_bytes(CUSTOMERS.encode("gbk"))
    a_path.write_text(ASSETS, encoding="utf-8-sig")
    assert run(ws, c_path, "customers").new == 2
    assert run(ws, a_path, "assets").new == 3
    with ws.sessions() as s:
        factory = s.scalars(select(Customer).where(Customer.account_no == "3300000002")).one()
        point = s.scalars(select(MeteringPoint).where(MeteringPoint.customer_id == factory.id)).one()
        assert factory.contract_capacity_kva == Decimal(315)
        assert point.multiplier == Decimal(20)  # CT 100/5
        ct = s.scalars(select(Asset).where(Asset.kind == "ct")).one()
        assert (ct.status, ct.metering_point_id) == ("installed", point.id)
        # created assets are audited once per batch (station.imports.assets._created_audit), traced by import_batch_id
        created = s.scalars(select(AuditLog).where(AuditLog.entity == "asset")).one()
        assert json.loads(created.after or "{}")["count"] == 3 and ct.import_batch_id is not None
        assert (ct.ratio, json.loads(created.after or "{}")["import_batch_id"]) == ("100/5", ct.import_batch_id)
    before = counts(ws)
    assert before["asset_event"] == 2 and before["import_batch"] == 2

    # the same files again: nothing changes, not even the audit log
    for path, kind in ((c_path, "customers"), (a_path, "assets")):
        p = run(ws, path, kind)
        assert (p.new, p.updated) == (0, 0)
    assert counts(ws) == before

    # what the ledgers export re-imports unchanged
    with ws.sessions() as s:
        export_customers(s, CustomerFilter(), tmp_path / "c.xlsx")
        export_assets(s, AssetFilter(), tmp_path / "a.xlsx")
    assert run(ws, tmp_path / "c.xlsx", "customers").unchanged == 2
    assert run(ws, tmp_path / "a.xlsx", "assets").unchanged == 3
    assert counts(ws) == before


def test_an_update_writes_its_changed_fields(any_workspace: Workspace, tmp_path: Path) -> None:
    ws = any_workspace
    path = tmp_path / "c.csv"
    path.write_text(CUSTOMERS, encoding="utf-8")
    run(ws, path, "customers")
    path.write_text(CUSTOMERS.replace("工业园2号", "工业园9号").replace(",315,", ",400,"), encoding="utf-8")
    assert run(ws, path, "customers").updated == 1
    with ws.sessions() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.action == "update", AuditLog.entity == "customer")).one()
    assert json.loads(row.before or "{}") == {"address": "工业园2号", "contract_capacity_kva": "315.00"}
    assert json.loads(row.after or "{}") == {"address": "工业园9号", "contract_capacity_kva": "400.00"}


def test_refused_rows_write_nothing_on_either_database(any_workspace: Workspace, tmp_path: Path) -> None:
    """A second meter for a point, a status changed past the lifecycle, a closing 销户: rejected, nothing written."""
    run(any_workspace, _write(tmp_path / "c.csv", CUSTOMERS), "customers")
    run(any_workspace, _write(tmp_path / "a.csv", ASSETS), "assets")
    before = counts(any_workspace)
    second_meter = ASSETS.splitlines()[0] + "\n" + f"{make('3300001', 2)},电能表,2,,2023-06-01,合格,0001234567\n"
    to_scrap = "资产编号,类别,资产状态\n" f"{make('3300001', 2)},电能表,已报废\n"
    closing = CUSTOMERS.replace("13800000001,2024/1/5,正常", "13800000001,2024/1/5,销户")
    for text, kind in ((second_meter, "assets"), (to_scrap, "assets"), (closing, "customers")):
        fn = preview_customers if kind == "customers" else preview_assets
        with any_workspace.sessions.begin() as s:
            p = fn(s, _write(tmp_path / f"{kind}-x.csv", text))
            assert p.rejected == 1 and not p.writes_anything
            apply_import(s, p, any_workspace.operator)
    assert counts(any_workspace) == before
    with any_workspace.sessions() as s:
        assert s.scalar(select(Asset.status).where(Asset.asset_no == make("3300001", 2))) == "in_stock"
        assert s.scalar(select(Customer.status).where(Customer.account_no == "0001234567")) == "active"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
