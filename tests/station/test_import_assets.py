"""Importing meters, CTs and PTs: barcodes kept exact, installs on the customer's main point, the multiplier."""

from __future__ import annotations

import datetime as dt
import gc
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from db.schema import Asset, AssetEvent, AuditLog, Customer, ImportBatch, MeteringPoint
from station.domain.asset_no import make
from station.imports import apply_import, preview_assets, preview_customers
from station.imports.preview import ImportPreview
from station.workspace import Workspace

METER1, METER2, CT1, PT1, METER3 = (make("3300001", 1), make("3300001", 2), make("3300002", 1),
                                    make("3300003", 1), make("3300001", 3))
HEADER = "资产编号,出厂编号,类别,型号,生产厂家,准确度等级,额定电压,标定电流,常数,变比,相线,出厂日期,检定日期,检定结论,资产状态,批次号,安装户号"


def meter(asset_no: str, account: str = "", status: str = "", result: str = "合格") -> str:
    return f"{asset_no},F001,电能表,DDZY71,某表厂,2.0,220V,5(60)A,1200imp/kWh,,单相,2023-05-01,2023-06-01,{result},{status},B01,{account}"


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8-sig")
    return path


def customers(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "customers.csv"
    path.write_text(
        "户号,户名,用电类别,电压等级,台区编号,台区名称\n"
        "3300000001,张三,居民生活,220V,T01,东街台区\n"
        "3300000002,某某厂,大工业,10kV,T01,东街台区\n",
        encoding="utf-8",
    )
    with ws.sessions.begin() as s:
        apply_import(s, preview_customers(s, path), ws.operator)


def run(ws: Workspace, path: Path) -> ImportPreview:
    with ws.sessions.begin() as s:
        p = preview_assets(s, path)
        apply_import(s, p, ws.operator)
    return p


def point_of(ws: Workspace, account: str) -> MeteringPoint:
    with ws.sessions() as s:
        return s.scalars(select(MeteringPoint).join(Customer).where(Customer.account_no == account)).one()


def test_assets_with_install_go_onto_the_main_point_with_an_event_and_the_multiplier(
    workspace: Workspace, tmp_path: Path
) -> None:
    customers(workspace, tmp_path)
    lines = [
        meter(METER1, "3300000001"),
        meter(METER2),
        f"{CT1},C1,电流互感器,LZZBJ9,某互感器厂,0.2S,10kV,,,５０/５,三相,2023-01-01,2023-02-01,合格,,B02,3300000002",
        f"{PT1},P1,电压互感器,JDZ10,某互感器厂,0.2,10kV,,,10000/100,三相,2023-01-01,2023-02-01,合格,,B02,3300000002",
    ]
    p = run(workspace, write(tmp_path / "a.csv", lines))
    assert (p.new, p.updated, p.rejected) == (4, 0, 0), p.rejections
    with workspace.sessions() as s:
        assets = {a.asset_no: a for a in s.scalars(select(Asset))}
        events = s.scalars(select(AssetEvent)).all()
    m1, m2, ct = assets[METER1], assets[METER2], assets[CT1]
    assert (m1.kind, m1.accuracy_class, m1.constant, m1.phases, m1.status) == ("meter", "2", 1200, 1, "installed")
    assert m1.verified_on == dt.date(2023, 6, 1) and m1.verification_result == "pass"
    assert m1.metering_point_id == point_of(workspace, "3300000001").id
    assert m2.status == "in_stock" and m2.metering_point_id is None
    assert ct.ratio == "50/5" and ct.phases == 3
    assert point_of(workspace, "3300000002").multiplier == Decimal(1000)  # CT 50/5 (10) × PT 10000/100 (100)
    assert point_of(workspace, "3300000001").multiplier == Decimal(1)
    assert sorted((e.kind, e.reason, e.status_after, e.operator) for e in events) == [
        ("installed", "imported", "installed", "tester")] * 3


def test_importing_the_same_assets_again_changes_nothing(workspace: Workspace, tmp_path: Path) -> None:
    customers(workspace, tmp_path)
    path = write(tmp_path / "a.csv", [meter(METER1, "3300000001"), meter(METER2)])
    run(workspace, path)
    with workspace.sessions() as s:
        audits, events = len(s.scalars(select(AuditLog)).all()), len(s.scalars(select(AssetEvent)).all())
    again = run(workspace, path)
    assert (again.new, again.updated, again.unchanged, again.rejected) == (0, 0, 2, 0)
    with workspace.sessions() as s:
        assert len(s.scalars(select(AuditLog)).all()) == audits
        assert len(s.scalars(select(AssetEvent)).all()) == events


def test_created_assets_are_audited_once_per_batch_and_keep_the_creating_batch(
    workspace: Workspace, tmp_path: Path
) -> None:
    customers(workspace, tmp_path)
    run(workspace, write(tmp_path / "a.csv", [meter(METER1, "3300000001"), meter(METER2), meter(METER3)]))
    run(workspace, write(tmp_path / "b.csv", [meter(METER2).replace("DDZY71", "DDZY102")]))
    with workspace.sessions() as s:
        first, second = s.scalars(select(ImportBatch).where(ImportBatch.kind == "assets").order_by(ImportBatch.id))
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "asset").order_by(AuditLog.id)).all()
        m2 = s.scalars(select(Asset).where(Asset.asset_no == METER2)).one()
    assert [(a.action, a.entity_id) for a in audit] == [("import", None), ("update", m2.id)]  # not one per asset
    assert json.loads(audit[0].after or "{}") == {
        "import_batch_id": first.id, "file": "a.csv", "count": 3, "first_asset_no": METER1, "last_asset_no": METER3}
    assert json.loads(audit[1].after or "{}") == {"model": "DDZY102"} and audit[1].operator == "tester"
    assert (m2.model, m2.import_batch_id) == ("DDZY102", first.id)  # the update is traced by its audit row
    assert second.n_updated == 1


def test_an_asset_import_pauses_the_garbage_collector_and_turns_it_back_on(workspace: Workspace, tmp_path: Path) -> None:
    seen: list[bool] = []
    with workspace.sessions.begin() as s:
        p = preview_assets(s, write(tmp_path / "a.csv", [meter(METER2)]),
                           progress=lambda _f, _m="": seen.append(gc.isenabled()))
        apply_import(s, p, workspace.operator, progress=lambda _f, _m="": seen.append(gc.isenabled()))
    assert seen and not any(seen)  # paused while rows are built and written
    assert gc.isenabled()


def test_an_asset_in_stock_installed_by_a_later_file_counts_as_updated(workspace: Workspace, tmp_path: Path) -> None:
    customers(workspace, tmp_path)
    run(workspace, write(tmp_path / "a.csv", [meter(METER2)]))
    p = run(workspace, write(tmp_path / "b.csv", [meter(METER2, "3300000001")]))
    assert (p.new, p.updated, p.unchanged) == (0, 1, 0)
    with workspace.sessions() as s:
        event = s.scalars(select(AssetEvent)).one()
        asset = s.scalars(select(Asset)).one()
    assert (event.status_before, event.status_after) == ("in_stock", "installed")
    assert asset.status == "installed" and asset.metering_point_id == point_of(workspace, "3300000001").id


def test_a_customer_without_a_point_gets_its_main_point(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.sessions.begin() as s:  # a customer kept by an older program: no metering point yet
        s.execute(insert(Customer).values(account_no="3300000005", name="王五", tariff_category="居民生活",
                                          voltage_level="220V"))
    p = run(workspace, write(tmp_path / "a.csv", [meter(METER1, "3300000005")]))
    assert p.rejected == 0
    point = point_of(workspace, "3300000005")
    assert (point.name, point.metering_method, point.device_class) == ("主计量点", "低供低计", "V")
    with workspace.sessions() as s:
        assert s.scalars(select(Asset.metering_point_id)).one() == point.id


def test_bad_asset_rows_are_rejected_each_with_its_reason(workspace: Workspace, tmp_path: Path) -> None:
    customers(workspace, tmp_path)
    run(workspace, write(tmp_path / "first.csv", [meter(METER1, "3300000001")]))
    wrong_check = METER3[:-1] + str((int(METER3[-1]) + 1) % 10)
    lines = [
        meter("1.5E+21"),
        meter(wrong_check),
        meter(METER3, "3300009999"),
        meter(METER2, "3300000001", result="不合格"),
        meter(make("3300001", 4), "3300000001", status="合格在库"),
        meter(METER1, "3300000002"),  # installed at 3300000001 already
        meter(make("3300001", 5), status="运行"),
        f"{CT1},C1,电流互感器,LZZBJ9,某厂,0.2S,10kV,,,,三相,2023-01-01,2023-02-01,合格,,B02,",
    ]
    p = run(workspace, write(tmp_path / "bad.csv", lines))
    reasons = {r.line: (r.column, r.reason) for r in p.rejections}
    assert p.rejected == 8 and p.new == 0
    assert reasons[2][0] == "资产编号" and "rounded" in reasons[2][1]
    assert reasons[3][0] == "资产编号" and "check digit" in reasons[3][1]
    assert reasons[4] == ("安装户号", "no customer with 户号 3300009999")
    assert reasons[5][0] == "安装户号" and "failed" in reasons[5][1]
    assert reasons[6][0] == "资产状态" and "contradicts" in reasons[6][1]
    assert reasons[7][0] == "安装户号" and "3300000001" in reasons[7][1]
    assert reasons[8] == ("资产状态", "an installed asset needs its 安装户号")
    assert reasons[9][0] == "变比"


def test_a_ratio_excel_turned_into_a_date_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["资产编号", "类别", "变比", "准确度等级"])
    ws.append([CT1, "CT", dt.datetime(2024, 10, 5), "0.2S"])
    ws.append([METER1, "电能表", None, 2])
    path = tmp_path / "a.xlsx"
    wb.save(path)
    with workspace.sessions() as s:
        p = preview_assets(s, path)
    assert p.new == 1 and [(r.line, r.column) for r in p.rejections] == [(2, "变比")]
    assert "date" in p.rejections[0].reason


def test_a_new_ct_ratio_recomputes_the_multiplier_of_its_point(workspace: Workspace, tmp_path: Path) -> None:
    customers(workspace, tmp_path)
    line = f"{CT1},C1,电流互感器,LZZBJ9,某厂,0.2S,10kV,,,100/5,三相,2023-01-01,2023-02-01,合格,,B02,3300000002"
    run(workspace, write(tmp_path / "a.csv", [line]))
    assert point_of(workspace, "3300000002").multiplier == Decimal(20)
    p = run(workspace, write(tmp_path / "b.csv", [line.replace("100/5", "200/5")]))
    assert p.updated == 1
    point = point_of(workspace, "3300000002")
    assert point.multiplier == Decimal(40)
    with workspace.sessions() as s:
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "metering_point", AuditLog.entity_id == point.id,
                                                 AuditLog.action == "update").order_by(AuditLog.id)).all()
    assert [a.after for a in audit] == ['{"multiplier": "20"}', '{"multiplier": "40"}']


def test_the_alias_table_for_the_readme_names_every_header() -> None:
    from station.imports.aliases import ALIASES, alias_table_markdown

    table = alias_table_markdown()
    assert all(alias in table for kinds in ALIASES.values() for aliases in kinds.values() for alias in aliases)
    assert "`account_no` (required)" in table


def test_an_import_puts_one_meter_on_a_point_and_none_on_a_closed_account(workspace: Workspace, tmp_path: Path) -> None:
    from station.customers import close_customer

    customers(workspace, tmp_path)
    run(workspace, write(tmp_path / "first.csv", [meter(METER1, "3300000001")]))
    with workspace.sessions.begin() as s:
        closing = s.scalar(select(Customer.id).where(Customer.account_no == "3300000002"))
        close_customer(s, closing, dt.date.today(), "demolished", workspace.operator)
    ct = f"{CT1},C1,电流互感器,LZZBJ9,某厂,0.2S,0.4kV,,,100/5,三相,2023-01-01,2023-02-01,合格,,B02,3300000001"
    lines = [
        meter(METER2, "3300000001"),  # line 2: METER1 is on that point already
        ct,                           # line 3: a CT beside the meter is fine
        meter(METER3, "3300000002"),  # line 4: the account is closed
    ]
    p = run(workspace, write(tmp_path / "second.csv", lines))
    reasons = {r.line: (r.column, r.value, r.reason) for r in p.rejections}
    assert sorted(reasons) == [2, 4]
    assert reasons[2][:2] == ("安装户号", "3300000001") and METER1 in reasons[2][2] and "remove it first" in reasons[2][2]
    assert reasons[4][:2] == ("安装户号", "3300000002") and "closed" in reasons[4][2]
    with workspace.sessions() as s:
        on_point = sorted(s.execute(select(Asset.kind, Asset.asset_no).where(
            Asset.metering_point_id == point_of(workspace, "3300000001").id, Asset.status == "installed")).all())
    assert on_point == [("ct", CT1), ("meter", METER1)]


def test_two_meters_for_one_customer_in_one_file_install_the_first_only(workspace: Workspace, tmp_path: Path) -> None:
    customers(workspace, tmp_path)
    p = run(workspace, write(tmp_path / "a.csv", [meter(METER1, "3300000002"), meter(METER2, "3300000002")]))
    assert [(r.line, r.column) for r in p.rejections] == [(3, "安装户号")]
    assert METER1 in p.rejections[0].reason
    with workspace.sessions() as s:
        installed = list(s.scalars(select(Asset.asset_no).where(Asset.status == "installed")))
    assert installed == [METER1]


def test_an_import_does_not_change_the_status_of_an_asset_in_the_ledger(workspace: Workspace, tmp_path: Path) -> None:
    customers(workspace, tmp_path)
    run(workspace, write(tmp_path / "a.csv", [meter(METER1, status="已报废"), meter(METER2, status="合格在库")]))
    audit_before = len(list_audit(workspace))
    lines = [
        meter(METER1, status="合格在库"),       # line 2: a scrapped meter brought back to stock
        meter(METER2, status="领出待装"),       # line 3: issued without the issue step
        meter(METER1, "3300000001"),            # line 4: a scrapped meter installed
    ]
    p = run(workspace, write(tmp_path / "b.csv", lines[:2]))
    reasons = {r.line: (r.column, r.value, r.reason) for r in p.rejections}
    assert reasons[2][:2] == ("资产状态", "合格在库") and "status changes go through the asset lifecycle" in reasons[2][2]
    assert reasons[3][:2] == ("资产状态", "领出待装") and "stored: in_stock" in reasons[3][2]
    p = run(workspace, write(tmp_path / "c.csv", lines[2:]))
    assert [(r.line, r.column) for r in p.rejections] == [(2, "安装户号")] and "scrapped" in p.rejections[0].reason
    same = run(workspace, write(tmp_path / "d.csv", [meter(METER1, status="报废"), meter(METER2, status="在库")]))
    assert (same.rejected, same.unchanged) == (0, 2)  # the stored status, written as the file writes it
    with workspace.sessions() as s:
        assert dict(s.execute(select(Asset.asset_no, Asset.status)).all()) == {METER1: "scrapped", METER2: "in_stock"}
    assert len(list_audit(workspace)) == audit_before


def list_audit(ws: Workspace) -> list[AuditLog]:
    with ws.sessions() as s:
        return list(s.scalars(select(AuditLog)))


def test_a_point_takes_a_ct_per_phase_and_no_fourth(workspace: Workspace, tmp_path: Path) -> None:
    customers(workspace, tmp_path)
    cts = [f"{make('3300002', i)},C{i},电流互感器,LZZBJ9,某厂,0.2S,10kV,,,100/5,三相,2023-01-01,2023-02-01,合格,,B02,3300000002"
           for i in range(1, 5)]
    p = run(workspace, write(tmp_path / "cts.csv", cts))
    assert [(r.line, r.column) for r in p.rejections] == [(5, "安装户号")]
    assert make("3300002", 1) in p.rejections[0].reason
    assert point_of(workspace, "3300000002").multiplier == Decimal(20)


def test_cts_of_two_ratios_for_one_customer_get_the_ledgers_rejection(workspace: Workspace, tmp_path: Path) -> None:
    """One decision (station.domain.lifecycle.install_problems): the import refuses a second CT whose ratio
    differs, with the ledger's code and words, and the point's multiplier is the first CT's."""
    from station import actions
    from station.assets import AssetDraft
    from station.domain.problems import Rejected

    customers(workspace, tmp_path)
    ct = "{no},C1,电流互感器,LZZBJ9,某互感器厂,0.2S,10kV,,,{ratio},三相,2023-01-01,2023-02-01,合格,,B02,3300000002"
    p = run(workspace, write(tmp_path / "a.csv", [ct.format(no=CT1, ratio="100/5"),
                                                  ct.format(no=make("3300002", 2), ratio="200/5")]))
    assert [(r.line, r.column, r.value) for r in p.rejections] == [(3, "变比", "200/5")]
    assert point_of(workspace, "3300000002").multiplier == Decimal(20)

    [other] = actions.receive_assets(workspace, [AssetDraft(make("3300002", 3), "ct", accuracy_class="0.2S",
                                                            ratio="200/5")], dt.date(2024, 1, 2), "B03")
    actions.verify_asset(workspace, other, dt.date(2024, 1, 3), "pass", "C-1")
    actions.issue_asset(workspace, other, dt.date(2024, 1, 4))
    with pytest.raises(Rejected) as exc:
        actions.install_asset(workspace, other, point_of(workspace, "3300000002").id, dt.date(2024, 1, 5),
                              Decimal(0))
    [ledger] = exc.value.problems
    assert ledger.code == "ratio_mismatch" and str(ledger.message) == str(p.rejections[0].reason) == (
        "Its ratio 200/5 differs from the ct already on this point (100/5)")
