"""档案稽查 (issue 11): each check fires on a ledger made wrong by hand, and stays quiet on the clean ledger."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import update

from db.schema import Asset, AssetEvent, Customer, InspectionVisit, MeteringPoint, TransformerArea
from station import actions
from station.cli import EXIT_OK, main
from station.domain.problems import Rejected
from station.record_audit import CHECKS
from station.workspace import Workspace

ON = dt.date(2026, 11, 15)


def _asset(no: str, kind: str, point: int, *, ratio: str = "", accuracy: str = "2.0", model: str = "DDZY71",
           verified: dt.date = dt.date(2024, 5, 1)) -> Asset:
    return Asset(asset_no=no, kind=kind, model=model, accuracy_class=accuracy, ratio=ratio, phases=1,
                 verified_on=verified, verification_result="pass", status="installed", metering_point_id=point)


def _clean_ledger(ws: Workspace) -> dict[str, int]:
    """One 台区 with its gateway meter; a household and a 400 kVA factory metered on the high side, CT 50/5 ×
    PT 10 kV/100 V = 1000, inspected last month; every install with its reading."""
    with ws.sessions.begin() as s:
        area = TransformerArea(code="TQ01", name="城关1号台区", transformer_kva=Decimal(400), gateway_meter="G0001")
        s.add(area)
        s.flush()
        home = Customer(account_no="3300000001", name="张三", address="城关镇人民路1号", phone="13800000001",
                        tariff_category="居民生活", industry="乡村居民", voltage_level="220V",
                        contract_capacity_kva=Decimal(8), area_id=area.id, status="active")
        plant = Customer(account_no="3300000002", name="城关水泥厂", address="城关镇工业路9号", phone="05550000002",
                         tariff_category="大工业", industry="非金属矿物制品业", voltage_level="10kV",
                         contract_capacity_kva=Decimal(400), area_id=area.id, status="active")
        s.add_all([home, plant])
        s.flush()
        p1 = MeteringPoint(customer_id=home.id, metering_method="低供低计", device_class="V", multiplier=Decimal(1))
        p2 = MeteringPoint(customer_id=plant.id, metering_method="高供高计", device_class="III",
                           multiplier=Decimal(1000))
        s.add_all([p1, p2])
        s.flush()
        assets = [_asset("M1", "meter", p1.id), _asset("M2", "meter", p2.id, accuracy="0.5S/2", model="DTZY71"),
                  _asset("C2", "ct", p2.id, ratio="50/5", accuracy="0.2S"),
                  _asset("V2", "pt", p2.id, ratio="10000/100", accuracy="0.2")]
        s.add_all(assets)
        s.flush()
        now = dt.datetime(2024, 6, 1, 9)
        s.add_all([AssetEvent(asset_id=a.id, kind="installed", happened_on=dt.date(2024, 6, 1), operator="t",
                              metering_point_id=a.metering_point_id, reading=Decimal(0), created_at=now)
                   for a in assets])
        s.add(InspectionVisit(customer_id=plant.id, visited_on=dt.date(2026, 10, 20), operator="t", result="pass"))
        return {"area": area.id, "home": home.id, "plant": plant.id, "p1": p1.id, "p2": p2.id,
                **{a.asset_no: a.id for a in assets}}


def _hits(ws: Workspace, check: str) -> list[Any]:
    report = actions.run_record_audit(ws, ON, [check])
    (result,) = report.results
    return list(result.hits)


def _change(ws: Workspace, table: Any, row_id: int, **values: Any) -> None:
    with ws.sessions.begin() as s:
        s.execute(update(table).where(table.id == row_id).values(**values))


def test_the_clean_ledger_has_no_finding(any_workspace: Workspace) -> None:
    _clean_ledger(any_workspace)
    report = actions.run_record_audit(any_workspace, ON)
    assert {r.check: [h.problem.in_language("en") for h in r.hits] for r in report.results if r.hits} == {}
    assert [r.check for r in report.results] == [c.code for c in CHECKS]


@pytest.mark.parametrize(("check", "table", "row", "values", "key", "says"), [
    ("category_industry", Customer, "home", {"industry": "电气机械和器材制造业"}, "3300000001", "C 制造业"),
    ("category_industry", Customer, "plant", {"industry": "城镇居民"}, "3300000002", "城乡居民生活用电"),
    ("multiplier", MeteringPoint, "p2", {"multiplier": Decimal(100)}, "3300000002", "gives 1000"),
    ("class_minimum", Asset, "M2", {"accuracy_class": "2.0"}, "M2", "below the minimum"),
    ("expired_in_service", Asset, "M1", {"verified_on": dt.date(2017, 1, 1)}, "M1", "Service life ended"),
    ("expired_in_service", Asset, "M1", {"verification_result": "fail"}, "M1", "Failed its verification"),
    ("metering_method", MeteringPoint, "p2", {"metering_method": "高供低计"}, "3300000002", "high side"),
    ("metering_method", MeteringPoint, "p2", {"metering_method": "低供低计"}, "3300000002", "low voltage"),
    ("no_meter", Asset, "M1", {"status": "removed", "metering_point_id": None}, "3300000001", "no meter"),
    ("closed_with_meter", Customer, "home", {"status": "closed", "closed_on": dt.date(2026, 9, 1)}, "3300000001",
     "M1 still installed"),
    ("area_gateway", TransformerArea, "area", {"gateway_meter": ""}, "TQ01", "No gateway meter"),
    ("area_capacity", TransformerArea, "area", {"transformer_kva": Decimal(30)}, "TQ01", "408.00 kVA"),
    ("duplicates", Customer, "plant", {"name": "张三", "address": "城关镇人民路1号"}, "3300000001", "3300000002"),
])
def test_each_check_finds_what_was_made_wrong(any_workspace: Workspace, check: str, table: Any, row: str,
                                              values: dict[str, Any], key: str, says: str) -> None:
    ids = _clean_ledger(any_workspace)
    assert _hits(any_workspace, check) == []
    _change(any_workspace, table, ids[row], **values)
    hits = _hits(any_workspace, check)
    found = {h.key: h.problem.in_language("en") for h in hits}
    assert key in found and says in found[key], found


def test_a_missing_swap_reading_and_an_overdue_large_customer(any_workspace: Workspace) -> None:
    ids = _clean_ledger(any_workspace)
    with any_workspace.sessions.begin() as s:
        s.execute(update(AssetEvent).where(AssetEvent.asset_id == ids["M2"]).values(reading=None))
        s.execute(update(InspectionVisit).values(visited_on=dt.date(2026, 1, 10)))
    assert [h.key for h in _hits(any_workspace, "swap_reading")] == ["M2"]
    (late,) = _hits(any_workspace, "large_not_inspected")
    assert late.account_no == "3300000002" and "2026-01-10" in late.problem.in_language("en")


def test_a_finding_goes_away_when_the_ledger_is_corrected(any_workspace: Workspace) -> None:
    ids = _clean_ledger(any_workspace)
    _change(any_workspace, MeteringPoint, ids["p2"], multiplier=Decimal(100))
    assert len(_hits(any_workspace, "multiplier")) == 1
    _change(any_workspace, MeteringPoint, ids["p2"], multiplier=Decimal(1000))
    assert _hits(any_workspace, "multiplier") == []


def test_a_check_switched_off_is_skipped_unless_asked_for(any_workspace: Workspace) -> None:
    ids = _clean_ledger(any_workspace)
    _change(any_workspace, TransformerArea, ids["area"], gateway_meter=None)
    actions.set_rule(any_workspace, "audit.area_gateway", "off", source="本所不考核")
    report = actions.run_record_audit(any_workspace, ON)
    assert "area_gateway" in report.skipped and "area_gateway" not in [r.check for r in report.results]
    assert len(_hits(any_workspace, "area_gateway")) == 1
    with pytest.raises(Rejected):
        actions.run_record_audit(any_workspace, ON, ["no_such_check"])


def test_the_cli_prints_chinese_by_default_and_json(workspace: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _clean_ledger(workspace)
    _change(workspace, Customer, ids["home"], industry="电气机械和器材制造业")
    db = str(workspace.file)
    assert main(["audit", "run", "--db", db, "--on", "2026-11-15", "--rule", "category_industry"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "用电类别与行业分类不符" in out and "3300000001" in out
    assert main(["audit", "run", "--db", db, "--json", "--lang", "en", "--on", "2026-11-15"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["checks"][0]["hits"][0]["account_no"] == "3300000001"
    assert main(["audit", "run", "--db", db, "--rule", "nonsense"]) == 2
    assert main(["audit", "run", "--db", db, "--on", "2026-13-01"]) == 2
