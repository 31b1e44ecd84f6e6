"""Customer services on a real station database: create, edit, move area, close (销户), detail, operators."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from db.schema import AuditLog, Customer, CustomerAreaLink, MeteringPoint
from station import actions, settings
from station.assets import AssetDraft
from station.cli import main as cli
from station.customers import CustomerDraft, close_customer, draft_of, validate_customer
from station.domain import asset_no
from station.domain.problems import Rejected
from station.domain.stale import STALE
from station.workspace import Workspace

D = Decimal


def draft(**over: object) -> CustomerDraft:
    base = dict(account_no="3300000001", name="张三", address="城关镇东街1号", phone="13800000001",
                tariff_category="居民生活", industry="城乡居民生活", voltage_level="220V",
                contract_capacity_kva=D(8), opened_on=dt.date(2020, 1, 1), phases=1)
    return CustomerDraft(**{**base, **over})  # type: ignore[arg-type]


def audits(ws: Workspace, entity: str, entity_id: int) -> list[AuditLog]:
    with ws.sessions() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.entity == entity, AuditLog.entity_id == entity_id)
                              .order_by(AuditLog.id)))


def test_create_writes_customer_area_link_point_and_audit(workspace: Workspace) -> None:
    area = actions.create_area(workspace, code="T01", name="东街台区", transformer_kva=D(400))
    row = actions.create_customer(workspace, draft(area_id=area.id))
    assert (row.account_no, row.area_code, row.area_name, row.status) == ("3300000001", "T01", "东街台区", "active")
    detail = actions.load_customer_detail(workspace, row.id)
    assert detail is not None
    [point] = detail.points
    assert (point.name, point.metering_method, point.device_class, point.multiplier) == ("主计量点", "低供低计", "V", 1)
    with workspace.sessions() as s:
        [link] = s.scalars(select(CustomerAreaLink).where(CustomerAreaLink.customer_id == row.id))
        assert (link.area_id, link.valid_from, link.valid_to) == (area.id, dt.date(2020, 1, 1), None)
    [created] = audits(workspace, "customer", row.id)
    assert (created.action, created.operator) == ("create", "tester")
    assert json.loads(created.after)["account_no"] == "3300000001"
    assert [a.action for a in audits(workspace, "metering_point", point.id)] == ["create"]
    assert [a.action for a in audits(workspace, "transformer_area", area.id)] == ["create"]


@pytest.mark.parametrize(("voltage", "phases", "capacity", "edition", "expected_class", "method"), [
    ("380V", 3, D(50), "2016", "IV", "低供低计"),
    ("10kV", 3, D(400), "2016", "III", "高供高计"),
    ("10kV", 3, D(400), "2000", "III", "高供高计"),  # ≥ 315 kVA
    ("10kV", 3, D(200), "2000", "IV", "高供高计"),  # < 315 kVA
])
def test_default_point_class_follows_the_edition_setting(workspace: Workspace, voltage: str, phases: int,
                                                         capacity: Decimal, edition: str, expected_class: str,
                                                         method: str) -> None:
    with workspace.sessions.begin() as s:
        settings.put(s, "metering.device_class_edition", edition, operator="tester")
    row = actions.create_customer(workspace, draft(voltage_level=voltage, phases=phases,
                                                   contract_capacity_kva=capacity, tariff_category="大工业"))
    [point] = actions.load_customer_detail(workspace, row.id).points  # type: ignore[union-attr]
    assert (point.device_class, point.metering_method) == (expected_class, method)


def test_rejected_create_names_every_problem_and_writes_nothing(workspace: Workspace) -> None:
    actions.create_customer(workspace, draft())
    with pytest.raises(Rejected) as exc:
        actions.create_customer(workspace, draft(name="", area_id=99, contract_capacity_kva=D(-1)))
    by_field = {p.field: str(p.message) for p in exc.value.problems}
    assert by_field == {
        "name": "This field is required",
        "account_no": "Account number 3300000001 belongs to another customer",
        "area_id": "No such area",
        "contract_capacity_kva": "A capacity cannot be negative",
    }
    with workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(func.count()).select_from(MeteringPoint)) == 1


def test_validate_allows_the_customers_own_number_when_editing(workspace: Workspace) -> None:
    row = actions.create_customer(workspace, draft())
    with workspace.sessions() as s:
        assert validate_customer(s, draft(), existing_id=row.id) == []
        assert [p.field for p in validate_customer(s, draft())] == ["account_no"]


def test_form_database_check_names_a_taken_number_and_a_missing_area_only(workspace: Workspace) -> None:
    row = actions.create_customer(workspace, draft())
    assert actions.check_customer_draft(workspace, draft(), row.id) == []
    taken = actions.check_customer_draft(workspace, draft(area_id=999, phone="x"), None)
    assert [(p.field, str(p.message)) for p in taken] == [
        ("account_no", "Account number 3300000001 belongs to another customer"), ("area_id", "No such area")]
    assert actions.check_customer_draft(workspace, draft(account_no="33ab"), None) == []  # a field problem


def test_update_audits_only_what_changed(workspace: Workspace) -> None:
    row = actions.create_customer(workspace, draft())
    actions.update_customer(workspace, row.id, draft_of(row))  # unchanged: no audit row
    assert [a.action for a in audits(workspace, "customer", row.id)] == ["create"]
    new = actions.update_customer(workspace, row.id, draft(phone="13900000000", name="张三丰"))
    assert (new.phone, new.name) == ("13900000000", "张三丰")
    last = audits(workspace, "customer", row.id)[-1]
    assert last.action == "update"
    assert json.loads(last.before) == {"name": "张三", "phone": "13800000001"}
    assert json.loads(last.after) == {"name": "张三丰", "phone": "13900000000"}


def test_moving_area_keeps_dated_membership(workspace: Workspace) -> None:
    a1 = actions.create_area(workspace, code="T01", name="东街")
    a2 = actions.create_area(workspace, code="T02", name="西街")
    row = actions.create_customer(workspace, draft(area_id=a1.id))
    moved = actions.update_customer(workspace, row.id, draft(area_id=a2.id), on=dt.date(2024, 7, 1))
    assert moved.area_code == "T02"
    with workspace.sessions() as s:
        links = [(x.area_id, x.valid_from, x.valid_to) for x in s.scalars(
            select(CustomerAreaLink).where(CustomerAreaLink.customer_id == row.id).order_by(CustomerAreaLink.id))]
    assert links == [(a1.id, dt.date(2020, 1, 1), dt.date(2024, 7, 1)), (a2.id, dt.date(2024, 7, 1), None)]


def test_new_voltage_reclassifies_the_metering_point(workspace: Workspace) -> None:
    row = actions.create_customer(workspace, draft())
    actions.update_customer(workspace, row.id, draft(voltage_level="380V", phases=3))
    detail = actions.load_customer_detail(workspace, row.id)
    assert detail is not None and detail.points[0].device_class == "IV"
    point_audit = audits(workspace, "metering_point", detail.points[0].id)[-1]
    assert json.loads(point_audit.after) == {"device_class": "IV"}


def test_update_from_an_outdated_form_is_refused_and_writes_nothing(any_workspace: Workspace) -> None:
    ws = any_workspace
    row = actions.create_customer(ws, draft(penalty_multiple=D(2)))
    opened = draft_of(row)  # counter A opens the form
    actions.update_customer(ws, row.id, draft(phone="13900000002", penalty_multiple=D(3)))  # counter B saves
    with pytest.raises(Rejected) as exc:
        actions.update_customer(ws, row.id, replace(opened, name="张三丰"), version=row.version)
    [stale] = exc.value.problems
    assert stale.code == STALE and stale.value.version == row.version + 1
    assert (stale.value.values["phone"], stale.value.values["penalty_multiple"]) == ("13900000002", D(3))
    now = actions.load_customer_detail(ws, row.id).customer  # type: ignore[union-attr]
    assert (now.name, now.phone, now.penalty_multiple) == ("张三", "13900000002", D(3))
    # Save again with the version the refusal showed: the clerk replaces it knowingly.
    saved = actions.update_customer(ws, row.id, replace(opened, name="张三丰"), version=stale.value.version)
    assert (saved.name, saved.version) == ("张三丰", row.version + 2)


def test_closing_moves_the_customer_version(any_workspace: Workspace) -> None:
    ws = any_workspace
    row = actions.create_customer(ws, draft(account_no="3100000077"))
    assert row.version == 1
    unchanged = actions.update_customer(ws, row.id, draft_of(row), version=1)
    assert unchanged.version == 1  # nothing written, nothing to tell anyone
    closed = actions.close_customer(ws, row.id, dt.date(2025, 3, 1), "迁出", version=1)
    assert closed.version == 2
    with pytest.raises(Rejected) as exc:
        actions.close_customer(ws, row.id, dt.date(2025, 3, 2), "again", version=1)
    assert [p.code for p in exc.value.problems] == [STALE]


def test_update_from_a_current_form_keeps_what_the_form_does_not_show(any_workspace: Workspace) -> None:
    ws = any_workspace
    row = actions.create_customer(ws, draft(penalty_multiple=D(2), opened_on=None))
    opened = draft_of(row)
    saved = actions.update_customer(ws, row.id, replace(opened, name="张三丰"), version=row.version)
    assert (saved.name, saved.penalty_multiple, saved.opened_on) == ("张三丰", D(2), None)


def _installed_meter(ws: Workspace, point_id: int) -> int:
    [meter] = actions.receive_assets(ws, [AssetDraft(asset_no.make("3310001", 1), "meter", accuracy_class="2")],
                                     dt.date(2024, 1, 2), "B1")
    actions.verify_asset(ws, meter, dt.date(2024, 1, 3), "pass", "C-1")
    actions.issue_asset(ws, meter, dt.date(2024, 1, 4))
    actions.install_asset(ws, meter, point_id, dt.date(2024, 1, 5), D("0.5"))
    return meter


def test_close_needs_date_and_reason_and_no_installed_meter(workspace: Workspace) -> None:
    row = actions.create_customer(workspace, draft())
    point = actions.load_customer_detail(workspace, row.id).points[0]  # type: ignore[union-attr]
    meter = _installed_meter(workspace, point.id)
    with pytest.raises(Rejected) as exc:
        actions.close_customer(workspace, row.id, dt.date(2024, 6, 1), " ")
    messages = [str(p.message) for p in exc.value.problems]
    assert "A reason for closing the account is required" in messages
    assert (f"meter {asset_no.make('3310001', 1)} is still installed at 主计量点; remove it (with its closing "
            "reading) before closing the account") in messages
    with pytest.raises(Rejected) as exc:
        with workspace.sessions.begin() as s:
            close_customer(s, row.id, None, "迁出", "tester")
    assert [p.field for p in exc.value.problems] == ["closed_on", "status"]

    actions.remove_asset(workspace, meter, dt.date(2024, 6, 1), D("1234.5"), "销户拆表")
    closed = actions.close_customer(workspace, row.id, dt.date(2024, 6, 1), "迁出")
    assert (closed.status, closed.closed_on, closed.close_reason) == ("closed", dt.date(2024, 6, 1), "迁出")
    assert audits(workspace, "customer", row.id)[-1].action == "close"
    with pytest.raises(Rejected) as exc:
        actions.close_customer(workspace, row.id, dt.date(2024, 6, 2), "again")
    assert str(exc.value.problems[0].message) == "The customer was already closed on 2024-06-01"
    with pytest.raises(Rejected):
        actions.update_customer(workspace, row.id, draft(name="李四"))
    with workspace.sessions() as s:  # no hard delete: the row and its history stay
        assert s.get(Customer, row.id) is not None


def test_close_date_not_before_opening(workspace: Workspace) -> None:
    row = actions.create_customer(workspace, draft())
    with pytest.raises(Rejected) as exc:
        actions.close_customer(workspace, row.id, dt.date(2019, 12, 31), "错")
    assert str(exc.value.problems[0].message) == "Closed on 2019-12-31, before the account was opened on 2020-01-01"


def test_detail_shows_installed_meter_and_history_newest_first(workspace: Workspace) -> None:
    row = actions.create_customer(workspace, draft())
    point = actions.load_customer_detail(workspace, row.id).points[0]  # type: ignore[union-attr]
    _installed_meter(workspace, point.id)
    detail = actions.load_customer_detail(workspace, row.id)
    assert detail is not None
    assert detail.points[0].meter is not None and detail.points[0].meter.account_no == "3300000001"
    assert detail.points[0].ct is None and detail.points[0].pt is None
    sources = {h.source for h in detail.history}
    assert sources == {"audit", "asset_event"}
    assert [h.at for h in detail.history] == sorted((h.at for h in detail.history), reverse=True)
    installed = next(h for h in detail.history if h.action == "installed")
    assert installed.operator == "tester"
    # the GUI renders the line in its language from these fields, not from the English summary
    assert (installed.asset_no, installed.asset_kind, installed.reading, installed.happened_on) == (
        asset_no.make("3310001", 1), "meter", D("0.50"), dt.date(2024, 1, 5))
    assert "reading 0.50" in installed.summary
    assert actions.load_customer_detail(workspace, 999) is None


def test_users_add_and_list_through_the_cli(db_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("STATION_PASSWORD", "first-pw")  # no terminal: the password a script gives
    assert cli(["users", "add", "李会计", "--role", "clerk", "--db", str(db_path)]) == 3  # the first is the admin
    assert "admin" in capsys.readouterr().err
    assert cli(["users", "add", "admin1", "--role", "admin", "--db", str(db_path)]) == 0
    assert cli(["users", "add", "李会计", "--role", "clerk", "--db", str(db_path), "--operator", "admin1"]) == 0
    assert cli(["users", "add", "李会计", "--role", "clerk", "--db", str(db_path), "--operator", "admin1"]) == 3
    assert "已存在" in capsys.readouterr().err
    assert cli(["users", "add", "x", "--role", "boss", "--db", str(db_path)]) == 2
    capsys.readouterr()
    assert cli(["users", "list", "--json", "--db", str(db_path), "--operator", "admin1"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["role"], r["active"], r["has_password"]) for r in rows] == [
        ("admin1", "admin", True, True), ("李会计", "clerk", True, False)]
    from station.workspace import open_workspace

    ws = open_workspace(db_path)
    try:
        [entry] = audits(ws, "user", 2)
        assert (entry.action, entry.operator) == ("create", "admin1")
    finally:
        ws.close()
