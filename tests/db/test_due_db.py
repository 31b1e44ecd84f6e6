"""Due lists, completions, sampling and rule settings on both databases (SQLite, and PostgreSQL when set)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select

from db.schema import Asset, AssetEvent, Customer, MeteringPoint, TransformerArea
from station.due import due_items, exceptions, record_completion, record_sampling, workload_by_month
from station.rule_settings import load_rules, set_rule, set_tariff, tariff_in_force

D = dt.date


def _station(s) -> dict[str, int]:  # type: ignore[no-untyped-def]
    area = TransformerArea(code="T01", name="东街1号", area_type="public")
    s.add(area)
    s.flush()
    ids: dict[str, int] = {}
    for no, voltage, kva, cls, method in [
        ("1000000001", "10kV", "630", "III", "高供高计"),
        ("1000000002", "220V", "8", "V", "低供低计"),
        ("1000000003", "35kV", "8000", "III", "高供高计"),
    ]:
        c = Customer(
            account_no=no,
            name=f"户{no}",
            tariff_category="一般工商业",
            voltage_level=voltage,
            contract_capacity_kva=Decimal(kva),
            area_id=area.id,
            status="active",
            opened_on=D(2016, 1, 1),
        )
        s.add(c)
        s.flush()
        p = MeteringPoint(
            customer_id=c.id, device_class=cls, metering_method=method, energised_on=D(2016, 2, 1)
        )
        s.add(p)
        s.flush()
        ids[no] = c.id
        kinds = ["meter", "pt"] if voltage == "35kV" else ["meter"]
        for k, kind in enumerate(kinds):
            a = Asset(
                asset_no=f"{no}{k:012d}",
                kind=kind,
                model="DDZY71" if kind == "meter" else "JDZ-35",
                maker="华立",
                accuracy_class="0.5S" if kind == "meter" else "0.2",
                phases=3,
                verified_on=D(2017, 5, 20),
                verification_result="pass",
                status="installed",
                metering_point_id=p.id,
            )
            s.add(a)
            s.flush()
            ids[f"{no}/{kind}"] = a.id
            s.add(
                AssetEvent(
                    asset_id=a.id,
                    kind="installed",
                    happened_on=D(2016, 2, 1),
                    operator="t",
                    metering_point_id=p.id,
                    created_at=dt.datetime(2016, 2, 1),
                )
            )
    s.flush()
    return ids


def test_due_list_completions_and_sampling(any_workspace) -> None:  # type: ignore[no-untyped-def]
    ws = any_workspace
    with ws.sessions.begin() as s:
        ids = _station(s)
    with ws.sessions.begin() as s:
        items = due_items(s, "2025-05")
        kinds = {(it.kind, it.account_no) for it in items}
    assert ("onsite", "1000000001") in kinds and ("onsite", "1000000002") not in kinds
    assert ("ptdrop", "1000000003") in kinds and ("inspection", "1000000001") in kinds
    rotation = [it for it in items if it.kind == "rotation"]
    assert {(it.due_on, it.status) for it in rotation} == {(D(2025, 5, 20), "due")}

    with ws.sessions.begin() as s:
        record_completion(
            s, "onsite", ids["1000000001/meter"], D(2025, 5, 6), "王工", result="pass", error_pct="0.1"
        )
        record_completion(s, "inspection", ids["1000000001"], D(2025, 5, 6), "检查员甲")
        record_sampling(s, "DDZY71", "华立", 2017, D(2024, 5, 1), "pass", "计量班")
    with ws.sessions.begin() as s:
        items = due_items(
            s, "2025-05", statuses=["overdue", "due"], kinds=["onsite", "inspection", "rotation"]
        )
        after = {(it.kind, it.account_no) for it in items}
        workload = workload_by_month(s, 2027)
        assert exceptions(s, on=D(2025, 6, 1)) == []  # sampled batch: life runs to 2029
    assert ("onsite", "1000000001") not in after and ("inspection", "1000000001") not in after
    assert not [it for it in items if it.kind == "rotation"]
    assert workload[5]["onsite"] == 1  # class III: 24 months after 2025-05-06


def test_rules_and_tariffs_round_trip(any_workspace) -> None:  # type: ignore[no-untyped-def]
    ws = any_workspace
    with ws.sessions.begin() as s:
        set_rule(
            s, "lineloss.bands", {"public": [0, 8], "dedicated": [0, 5], "rural": [-1, 12]}, "supervisor"
        )
        set_rule(s, "edition.dlt448", "2000", "supervisor")
        set_tariff(
            s,
            tariff_category="大工业",
            voltage_level="10kV",
            price=Decimal("0.6021"),
            basic_price_kva=Decimal("28.00"),
            effective_from=D(2025, 1, 1),
            operator="supervisor",
        )
    with ws.sessions.begin() as s:
        rules = load_rules(s)
        tariff = tariff_in_force(s, "大工业", "10kV", D(2025, 3, 1))
        assert s.scalars(select(Asset)).all() == []
    assert rules.loss_band("rural") == (Decimal(-1), Decimal(12)) and rules.onsite_period_months("I") == 3
    assert (
        tariff is not None
        and tariff.price == Decimal("0.6021")
        and tariff.basic_price_kva == Decimal("28.00")
    )
