"""年度工作总结 (issue 11): the year's figures from the records, against counts this test makes itself."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from orders_town import Town
from sqlalchemy import update

from db.schema import BillingCase, Finding, FindingEvent, WorkOrder
from station import actions
from station.cli import main
from station.orders.cases import CaseInput
from station.orders.rows import FindingDraft
from station.summary import paragraph

THEFT = CaseInput("theft", {"use": "lighting", "kw": "2", "days": "90", "price": "0.5283"})
WIRING = CaseInput("wiring", {"k": "1.5", "recorded_kwh": "1000", "price": "0.5"})


def _passed(town: Town, number: str, category: str, account: str, location: str = "") -> int:
    finding = actions.add_finding(town.inspector, number, FindingDraft(category, f"{category} 问题", account_no=account,
                                                                       location=location))
    actions.recheck_finding(town.inspector, number, finding.id, True)
    return finding.id


def test_the_figures_count_what_the_records_say(town: Town) -> None:
    year = dt.date.today().year
    factory = town.reported("special", accounts=("3100000003",))  # 400 kVA: a large customer
    shop = town.reported("theft", accounts=("3100000002",))  # 220 V: a single-phase meter
    workshop = town.reported("periodic", accounts=("3100000001",))
    _passed(town, factory, "metering", "3100000003")
    _passed(town, factory, "hazard", "3100000003", location="1号配电室")
    _passed(town, factory, "hazard", "3100000003", location="进户点")  # not a distribution room
    _passed(town, workshop, "metering", "3100000001")  # 80 kVA: not a large customer
    _passed(town, workshop, "wiring", "3100000001")
    _passed(town, shop, "faulty-meter", "3100000002")
    voided = actions.add_finding(town.inspector, shop, FindingDraft("violation", "私增容量", account_no="3100000002"))
    actions.void_finding(town.supervisor, shop, voided.id, "误记")
    theft = actions.open_case(town.inspector, shop, THEFT)
    actions.approve_case(town.supervisor, shop, theft.number)
    wiring = actions.open_case(town.inspector, workshop, WIRING)
    actions.approve_case(town.supervisor, workshop, wiring.number)
    amended = actions.amend_case(town.inspector, workshop, wiring.number, WIRING, "电价更正")
    actions.approve_case(town.supervisor, workshop, amended.number)
    draft = actions.open_case(town.inspector, factory, WIRING)  # never approved: not counted
    assert draft.status == "pending"

    summary = actions.load_year_summary(town.ws, year)
    got = {f.code: f.value for f in summary.figures}
    assert got["visits"] == 3 and got["customers"] == 3
    assert (got["metering_large"], got["hazards_room"], got["wiring"], got["violations"]) == (1, 1, 1, 0)
    assert (got["faulty_1"], got["faulty_3"]) == (1, 0)
    assert got["thefts"] == 1 and got["theft_kwh"] == theft.kwh and got["theft_yuan"] == theft.total
    assert got["backbilled_kwh"] == amended.kwh  # the amended case once, as amended
    assert summary.previous["visits"] == 0
    drill = next(f for f in summary.figures if f.code == "theft_kwh").rows
    assert [(d.account_no, d.ref) for d in drill] == [("3100000002", theft.number)]
    text = paragraph(summary)
    assert f"{year}年共检查客户3户次（3户）" in text and "查处窃电1户" in text


def test_a_year_counts_by_its_own_dates(town: Town) -> None:
    """A finding passed and a case approved last year count for last year, not this one."""
    number = town.reported("special", accounts=("3100000003",))
    finding = _passed(town, number, "wiring", "3100000003")
    case = actions.open_case(town.inspector, number, WIRING)
    actions.approve_case(town.supervisor, number, case.number)
    last_year = dt.datetime(dt.date.today().year - 1, 6, 1, 9)
    with town.ws.sessions.begin() as s:
        s.execute(update(FindingEvent).where(FindingEvent.finding_id == finding).values(at=last_year))
        s.execute(update(BillingCase).where(BillingCase.number == case.number).values(approved_at=last_year))
        s.execute(update(WorkOrder).where(WorkOrder.number == number).values(reported_at=last_year))
        assert s.get(Finding, finding) is not None
    summary = actions.load_year_summary(town.ws, dt.date.today().year)
    assert summary.value("wiring") == 0 and summary.previous["wiring"] == 1
    assert summary.value("backbilled_kwh") == 0 and summary.previous["backbilled_kwh"] == Decimal(case.kwh)


def test_the_cli_prints_the_paragraph_and_json(sqlite_town: Town, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from orders_town import SUPERVISOR, TOWN_PASSWORD

    monkeypatch.setenv("STATION_OPERATOR", SUPERVISOR)
    monkeypatch.setenv("STATION_PASSWORD", TOWN_PASSWORD)
    sqlite_town.reported("periodic", accounts=("3100000001",))
    db = str(sqlite_town.ws.file)
    assert main(["summary", "--db", db, "--rows", "visits"]) == 0
    out = capsys.readouterr().out
    assert "共检查客户1户次" in out and "3100000001" in out
    assert main(["summary", "--db", db, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert next(f for f in data["figures"] if f["code"] == "visits")["value"] == "1"  # Decimal as text, as elsewhere
