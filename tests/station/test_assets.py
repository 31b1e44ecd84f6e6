"""Asset lifecycle services: receive, verify, issue, install, remove, return, scrap — events, audit, guards."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.schema import Asset, AssetEvent, AuditLog
from station import actions
from station.assets import AssetDraft
from station.customers import CustomerDraft
from station.domain import asset_no
from station.domain.problems import Rejected
from station.workspace import Workspace

D = Decimal
DAY = dt.date(2024, 1, 2)


def meter_no(serial: int) -> str:
    return asset_no.make("3310001", serial)


def receive(ws: Workspace, *drafts: AssetDraft, on: dt.date = DAY) -> list[int]:
    return actions.receive_assets(ws, list(drafts), on, "B-2024-01")


def ready(ws: Workspace, draft: AssetDraft, verified: dt.date = dt.date(2024, 1, 3)) -> int:
    """Received, verified (pass) and issued: ready to install."""
    [i] = receive(ws, draft, on=verified - dt.timedelta(days=1))
    actions.verify_asset(ws, i, verified, "pass", "C-1")
    actions.issue_asset(ws, i, verified + dt.timedelta(days=1))
    return i


@pytest.fixture
def point_id(workspace: Workspace) -> int:
    row = actions.create_customer(workspace, CustomerDraft(
        "3300000001", "某厂", "工业园1号", "", "大工业", "制造业", "10kV", D(630), phases=3))
    return actions.load_customer_detail(workspace, row.id).points[0].id  # type: ignore[union-attr]


def events(ws: Workspace, asset_id: int) -> list[tuple[str, str | None, str | None, str]]:
    detail = actions.load_asset_detail(ws, asset_id)
    assert detail is not None
    return [(e.kind, e.status_before, e.status_after, e.operator) for e in detail.events]


def test_receive_a_scanned_range(workspace: Workspace) -> None:
    drafts = [AssetDraft(n, "meter", model="DDZY102", accuracy_class="2")
              for n in asset_no.expand_range(meter_no(10), meter_no(14))]  # as the receive dialog expands it
    ids = actions.receive_assets(workspace, drafts, DAY, "B1")
    rows = actions.load_asset_rows(workspace, ids)
    assert [rows[i].asset_no for i in ids] == [meter_no(n) for n in range(10, 15)]
    assert {(r.status, r.batch_no, r.received_on, r.model) for r in rows.values()} == {
        ("received", "B1", DAY, "DDZY102")}
    assert events(workspace, ids[0]) == [("received", None, "received", "tester")]
    with workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "receive")) == 5


def test_duplicates_refused_with_the_number_and_nothing_written(workspace: Workspace) -> None:
    receive(workspace, AssetDraft(meter_no(1), "meter"))
    with pytest.raises(Rejected) as exc:
        receive(workspace, AssetDraft(meter_no(1), "meter"), AssetDraft(meter_no(2), "meter"),
                AssetDraft(meter_no(2), "meter"), AssetDraft(meter_no(3)[:-1] + "0", "meter"))
    messages = [str(p.message) for p in exc.value.problems]
    assert f"Asset number {meter_no(1)} is already in the ledger" in messages
    assert f"Asset number {meter_no(2)} appears twice in this delivery" in messages
    wrong = meter_no(3)[:-1] + "0"
    assert f"{wrong}: The check digit is wrong (expected {meter_no(3)[-1]}): mistyped or misread" in messages
    with workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Asset)) == 1


def test_verification_pass_and_fail(workspace: Workspace) -> None:
    good, bad = receive(workspace, AssetDraft(meter_no(1), "meter"), AssetDraft(meter_no(2), "meter"))
    row = actions.verify_asset(workspace, good, dt.date(2024, 1, 3), "pass", "JD-001")
    assert (row.status, row.verified_on, row.verification_result, row.certificate_no) == (
        "in_stock", dt.date(2024, 1, 3), "pass", "JD-001")
    assert row.expires_on == dt.date(2032, 1, 3)  # smart meter: 8 years
    failed = actions.verify_asset(workspace, bad, dt.date(2024, 1, 3), "fail", None, error_pct=D("2.5"))
    assert failed.status == "failed"
    with pytest.raises(Rejected) as exc:
        actions.issue_asset(workspace, bad, dt.date(2024, 1, 4))
    assert exc.value.problems[0].field == "status"
    assert actions.load_asset_detail(workspace, bad).events[-1].error_pct == D("2.5")  # type: ignore[union-attr]


def test_full_life_of_a_meter(workspace: Workspace, point_id: int) -> None:
    meter = ready(workspace, AssetDraft(meter_no(1), "meter", accuracy_class="0.5S", phases=3))
    row = actions.install_asset(workspace, meter, point_id, dt.date(2024, 1, 5), D("0"))
    assert (row.status, row.metering_point_id, row.account_no) == ("installed", point_id, "3300000001")
    row = actions.remove_asset(workspace, meter, dt.date(2024, 5, 1), D("8123.4"), "故障")
    assert (row.status, row.metering_point_id) == ("removed", None)
    actions.verify_asset(workspace, meter, dt.date(2024, 5, 2), "fail", None)
    actions.mark_to_scrap(workspace, meter, dt.date(2024, 5, 3), "计度器损坏")
    row = actions.scrap_asset(workspace, meter, dt.date(2024, 5, 4))
    assert row.status == "scrapped"
    assert [e[:3] for e in events(workspace, meter)] == [
        ("received", None, "received"), ("verified", "received", "in_stock"), ("issued", "in_stock", "issued"),
        ("installed", "issued", "installed"), ("removed", "installed", "removed"),
        ("verified", "removed", "failed"), ("to_scrap", "failed", "to_scrap"), ("scrapped", "to_scrap", "scrapped"),
    ]
    detail = actions.load_asset_detail(workspace, meter)
    removed = next(e for e in detail.events if e.kind == "removed")  # type: ignore[union-attr]
    assert (removed.reading, removed.metering_point_id, removed.account_no, removed.reason) == (
        D("8123.4"), point_id, "3300000001", "故障")
    with workspace.sessions() as s:
        actions_logged = list(s.scalars(select(AuditLog.action).where(
            AuditLog.entity == "asset", AuditLog.entity_id == meter).order_by(AuditLog.id)))
    assert actions_logged == ["receive", "verified", "issued", "installed", "removed", "verified", "to_scrap",
                              "scrapped"]


def test_issued_meter_can_return_to_stock(workspace: Workspace) -> None:
    meter = ready(workspace, AssetDraft(meter_no(1), "meter"))
    assert actions.return_asset(workspace, meter, dt.date(2024, 1, 9), "未用").status == "in_stock"


def test_install_refuses_unverified_and_requires_reading(workspace: Workspace, point_id: int) -> None:
    [fresh] = receive(workspace, AssetDraft(meter_no(1), "meter"))
    with pytest.raises(Rejected) as exc:
        actions.install_asset(workspace, fresh, point_id, dt.date(2024, 1, 5), None)
    by_field = {p.field: str(p.message) for p in exc.value.problems}
    assert by_field["verified_on"] == "The asset has not been verified and cannot be installed"
    assert by_field["status"].startswith("Cannot install: the asset is received, awaiting verification")
    assert by_field["reading"] == "The register reading is required at every install and removal"
    assert events(workspace, fresh) == [("received", None, "received", "tester")]  # nothing written


def test_install_refuses_an_expired_meter(workspace: Workspace, point_id: int) -> None:
    meter = ready(workspace, AssetDraft(meter_no(1), "meter"), verified=dt.date(2016, 1, 3))
    with pytest.raises(Rejected) as exc:
        actions.install_asset(workspace, meter, point_id, dt.date(2024, 1, 3), D(0))
    assert [str(p.message) for p in exc.value.problems] == [
        "The asset's service period ended on 2024-01-03 (verified 2016-01-03); it cannot be installed"]
    actions.install_asset(workspace, meter, point_id, dt.date(2024, 1, 2), D(0))  # one day earlier: fine


def test_issue_refuses_an_expired_meter(workspace: Workspace) -> None:
    [meter] = receive(workspace, AssetDraft(meter_no(1), "meter"), on=dt.date(2014, 1, 1))
    actions.verify_asset(workspace, meter, dt.date(2014, 1, 2), "pass", "C")
    with pytest.raises(Rejected) as exc:
        actions.issue_asset(workspace, meter, dt.date(2024, 1, 2))
    assert exc.value.problems[0].field == "expires_on"


def test_one_meter_per_point_and_removal_needs_reading(workspace: Workspace, point_id: int) -> None:
    first = ready(workspace, AssetDraft(meter_no(1), "meter"))
    second = ready(workspace, AssetDraft(meter_no(2), "meter"))
    actions.install_asset(workspace, first, point_id, dt.date(2024, 1, 5), D(0))
    with pytest.raises(Rejected) as exc:
        actions.install_asset(workspace, second, point_id, dt.date(2024, 1, 6), D(0))
    assert [str(p.message) for p in exc.value.problems] == [
        f"{meter_no(1)} (meter) is already installed on this metering point; remove it first"]
    with pytest.raises(Rejected) as exc:
        actions.remove_asset(workspace, first, dt.date(2024, 1, 6), None, "换表")
    assert exc.value.problems[0].field == "reading"
    with pytest.raises(Rejected) as exc:
        actions.remove_asset(workspace, first, dt.date(2024, 1, 4), D(10), "换表")
    assert str(exc.value.problems[0].message) == "2024-01-04 is before the asset's last recorded step on 2024-01-05"
    actions.remove_asset(workspace, first, dt.date(2024, 1, 6), D(10), "换表")
    assert actions.install_asset(workspace, second, point_id, dt.date(2024, 1, 6), D(0)).status == "installed"


def test_ct_and_pt_set_the_multiplier(workspace: Workspace, point_id: int) -> None:
    ct = ready(workspace, AssetDraft(asset_no.make("3310002", 1), "ct", accuracy_class="0.2S", ratio="100/5"))
    pt = ready(workspace, AssetDraft(asset_no.make("3310003", 1), "pt", accuracy_class="0.2", ratio="10000/100"))

    def point_multiplier() -> Decimal:
        return actions.load_customer_detail(workspace, 1).points[0].multiplier  # type: ignore[union-attr]

    actions.install_asset(workspace, ct, point_id, dt.date(2024, 1, 5), D(0))
    assert point_multiplier() == 20
    actions.install_asset(workspace, pt, point_id, dt.date(2024, 1, 5), D(0))
    assert point_multiplier() == 2000  # 20 × 100
    actions.remove_asset(workspace, ct, dt.date(2024, 2, 1), D(0), "更换CT")
    assert point_multiplier() == 100
    with workspace.sessions() as s:
        changes = [json.loads(a.after)["multiplier"] for a in s.scalars(select(AuditLog).where(
            AuditLog.entity == "metering_point", AuditLog.entity_id == point_id, AuditLog.action == "update")
            .order_by(AuditLog.id))]
    assert [D(c) for c in changes] == [20, 2000, 100]


def test_a_ct_per_phase_of_one_ratio(workspace: Workspace, point_id: int) -> None:
    """A three-phase four-wire point carries three CTs (one per phase) of one ratio; a fourth is refused."""
    def ct(serial: int, ratio: str = "150/5") -> int:
        return ready(workspace, AssetDraft(asset_no.make("3310002", serial), "ct", accuracy_class="0.5S",
                                           ratio=ratio))

    phases = [ct(1), ct(2), ct(3)]
    other_ratio, fourth = ct(4, "100/5"), ct(5)
    actions.install_asset(workspace, phases[0], point_id, dt.date(2024, 1, 5), D(0))
    with pytest.raises(Rejected) as exc:
        actions.install_asset(workspace, other_ratio, point_id, dt.date(2024, 1, 5), D(0))
    assert [str(p.message) for p in exc.value.problems] == [
        "Its ratio 100/5 differs from the ct already on this point (150/5)"]
    for i in phases[1:]:
        actions.install_asset(workspace, i, point_id, dt.date(2024, 1, 5), D(0))
    assert actions.load_customer_detail(workspace, 1).points[0].multiplier == 30
    with pytest.raises(Rejected) as exc:
        actions.install_asset(workspace, fourth, point_id, dt.date(2024, 1, 5), D(0))
    assert str(exc.value.problems[0].message).endswith("(ct) is already installed on this metering point; "
                                                       "remove it first")


def test_scrap_needs_a_reason_and_the_right_status(workspace: Workspace) -> None:
    [meter] = receive(workspace, AssetDraft(meter_no(1), "meter"))
    with pytest.raises(Rejected) as exc:
        actions.mark_to_scrap(workspace, meter, dt.date(2024, 1, 3), "")
    assert [p.field for p in exc.value.problems] == ["reason"]
    with pytest.raises(Rejected) as exc:
        actions.scrap_asset(workspace, meter, dt.date(2024, 1, 3))
    assert exc.value.problems[0].field == "status"
    with workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AssetEvent)) == 1


def test_find_by_scan_and_models(workspace: Workspace) -> None:
    receive(workspace, AssetDraft(meter_no(1), "meter", model="DDZY102"), AssetDraft(meter_no(2), "meter"))
    row = actions.create_customer(workspace, CustomerDraft("3300000009", "王五", tariff_category="居民生活",
                                                           voltage_level="220V"))
    assert actions.find_by_scan(workspace, meter_no(1)) == ("asset", 1)
    assert actions.find_by_scan(workspace, "３３０００００００９") == ("customer", row.id)  # full-width scan
    assert actions.find_by_scan(workspace, meter_no(9)) is None
    assert actions.load_models(workspace) == ["DDZY102"]
