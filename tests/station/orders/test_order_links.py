"""What an order does to the rest of the station: the due list moves on after an on-site test order, a
periodic order records the inspection visit, and a suspect's theft case starts at the scan's drop month."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from orders_town import INSPECTOR_A, SUPERVISOR, Town
from sqlalchemy import select

from db.schema import AssetEvent, InspectionVisit
from station import actions
from station.demo import names as demo_names
from station.domain.problems import Rejected
from station.orders.cases import CaseInput
from station.orders.rows import OrderDraft, TargetDraft, TargetResult
from station.workspace import Workspace, open_workspace


def _onsite_item(town: Town):  # type: ignore[no-untyped-def]
    month = dt.date.today().strftime("%Y-%m")
    [item] = [i for i in actions.load_due_items(town.ws, month, kinds=["onsite"]) if i.target_no == town.meter_no]
    return item


def test_the_due_list_moves_on_after_an_onsite_test_order(town: Town) -> None:
    before = _onsite_item(town)
    assert before.status in ("due", "overdue") and before.last_done and before.last_done < dt.date.today()
    number = town.reported("onsite-test", result="ok", accounts=("3100000003",))
    after = _onsite_item(town)
    assert after.last_done == dt.date.today() and after.status in ("ok", "upcoming")
    assert after.due_on is not None and after.due_on > dt.date.today()
    with town.ws.sessions() as s:
        event = s.scalars(select(AssetEvent).where(AssetEvent.kind == "onsite_test")
                          .order_by(AssetEvent.id.desc())).first()
    assert event is not None and event.result == "pass" and event.operator == INSPECTOR_A
    assert event.work_order_id == actions.load_order(town.inspector, number).order.id


def test_a_failed_onsite_test_makes_the_meter_urgent(town: Town) -> None:
    town.reported("onsite-test", result="problem", accounts=("3100000003",))
    assert _onsite_item(town).status == "urgent"


def test_a_periodic_order_records_the_visit_of_each_customer_met(town: Town) -> None:
    number = town.on_site("periodic", accounts=("3100000001", "3100000002"))
    actions.report_order(town.inspector, number, [TargetResult("3100000001", "ok", "signed"),
                                                   TargetResult("3100000002", "not-met", "absent")])
    with town.ws.sessions() as s:
        visits = s.scalars(select(InspectionVisit)).all()
    assert len(visits) == 1 and visits[0].result == "pass" and visits[0].operator == INSPECTOR_A


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo station with 12 months of readings (its scan lists suspects with their drop-start months)."""
    path = tmp_path_factory.mktemp("orders-demo") / "demo.db"
    ws = open_workspace(path, operator="tester")
    actions.create_demo(ws, customers=400, seed=4, as_of=dt.date(2026, 6, 10), months=12)
    ws.close()
    return path


def test_a_suspects_theft_case_starts_at_the_drop_month(demo_db: Path, tmp_path: Path) -> None:
    import shutil

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_db, path)
    ws: Workspace = open_workspace(path, operator="tester")
    try:
        _suspect_case(ws)
    finally:
        ws.close()


def _suspect_case(ws: Workspace) -> None:
    town = _people_only(ws)
    month = actions.last_reading_month(ws)
    assert month is not None
    _run, suspects = actions.load_scan(ws, month)
    suspect = next(r for r in suspects if r.start_month)
    draft = OrderDraft("theft", (TargetDraft(suspect.account_no),), source="suspect", scan_month=month,
                       inspectors=(INSPECTOR_A, "王检查"))
    number = actions.create_order(town.inspector, draft).number
    [target] = actions.load_order(town.inspector, number).targets
    assert target.drop_start == suspect.start_month and float(target.score or 0) == pytest.approx(suspect.score, abs=0.1)
    actions.submit_order(town.inspector, number)
    actions.approve_order(town.supervisor, number)
    actions.start_order(town.inspector, number)
    case = actions.open_case(town.inspector, number, CaseInput("theft", {"use": "lighting", "kw": "3",
                                                                        "price": "0.5283"}))
    year, mon = (int(x) for x in suspect.start_month.split("-"))  # type: ignore[union-attr]
    assert case.inputs["params"]["date_from"] == dt.date(year, mon, 1).isoformat()
    assert case.inputs["params"]["date_to"] == dt.date.today().isoformat()
    given = actions.open_case(town.inspector, number, CaseInput("theft", {"use": "lighting", "kw": "3", "days": "30",
                                                                         "price": "0.5283"}))
    assert "date_from" not in given.inputs["params"] or given.inputs["params"]["date_from"] is None


def _people_only(ws: Workspace) -> Town:
    """The town's users on the demo database (its own customers stay)."""
    from station.actions import add_user

    add_user(dataclasses.replace(ws, operator=demo_names.ADMIN), "钱管理", "admin")  # the demo's admin adds
    admin = dataclasses.replace(ws, operator="钱管理")
    add_user(admin, SUPERVISOR, "supervisor")
    add_user(admin, INSPECTOR_A, "inspector", cert_no="JC-1", cert_grade="1")
    add_user(admin, "王检查", "inspector", cert_no="JC-2", cert_grade="1")
    return Town(ws, 0, "")



def test_a_meter_swapped_on_a_rotation_order_goes_through_the_lifecycle(town: Town) -> None:
    from decimal import Decimal

    from station.assets import AssetDraft

    metering = town.supervisor
    new_no = "3130001000000000000022"
    [new_id] = actions.receive_assets(metering, [AssetDraft(asset_no=new_no, kind="meter", model="DTZY71",
                                                            maker="华立", accuracy_class="0.5S", phases=3)],
                                      dt.date.today(), "B2026-01")
    actions.verify_asset(metering, new_id, dt.date.today(), "pass", "JD-2")
    actions.issue_asset(metering, new_id, dt.date.today())
    number = town.on_site("rotation", accounts=("3100000003",))
    with pytest.raises(Rejected):  # an inspector does not change meters: the lifecycle's matrix holds
        actions.swap_meter_on_site(town.inspector, number, town.meter_no, new_no, dt.date.today(), Decimal("1200"),
                           Decimal("0"))
    actions.swap_meter_on_site(metering, number, town.meter_no, new_no, dt.date.today(), Decimal("1200"), Decimal("0"),
                       "到期轮换")
    order_id = actions.load_order(town.inspector, number).order.id
    with town.ws.sessions() as s:
        stamped = s.execute(select(AssetEvent.asset_id, AssetEvent.kind).where(
            AssetEvent.work_order_id == order_id).order_by(AssetEvent.id)).all()
    assert [tuple(r) for r in stamped] == [(town.meter_id, "removed"), (new_id, "installed")]
    assert "swap" in [h.action for h in actions.load_order(town.inspector, number).history]
