"""Rule settings: DOMAIN.md defaults with sources, validated changes with audit rows, editions, tariffs."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.schema import AuditLog, RuleSetting
from station import settings
from station.cli import main as cli
from station.domain.problems import Rejected
from station.rule_settings import RULES, list_rules, load_rules, set_rule, set_tariff, tariff_in_force


def test_defaults_are_the_domain_periods_each_with_a_source(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        rules = load_rules(s)
        rows = list_rules(s)
    assert [rules.onsite_period_months(c) for c in ("I", "II", "III", "IV", "V")] == [6, 12, 24, None, None]
    assert rules["ptdrop.period_months"] == 24 and rules["ctpt.period_years"] == 10
    assert rules.service_life_years("smart_meter") == 8 and rules["rotation.sampling_extension_years"] == 4
    assert (
        rules.service_life_years("induction_meter_3") == 6
        and rules.service_life_years("induction_meter_1") == 10
    )
    assert rules.loss_band("public") == (Decimal(0), Decimal(10))
    assert all(r.source for r in RULES) and all(r.is_default for r in rows)
    assert "§7.3 h)" in rules.source("ptdrop.period_months")


def test_2000_edition_halves_the_onsite_periods_and_switches_the_device_class_setting(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        set_rule(s, "edition.dlt448", "2000", "supervisor")
    with workspace.sessions.begin() as s:
        rules = load_rules(s)
        assert (
            settings.get(s, "metering.device_class_edition") == "2000"
        )  # one switch for classes and periods
    assert [rules.onsite_period_months(c) for c in ("I", "II", "III")] == [3, 6, 12]
    assert "2000" in rules.onsite_source()


def test_a_changed_rule_is_stored_audited_and_listed(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        set_rule(
            s,
            "inspection.interval_months",
            {"large_capacity": 2, "10kV": 12, "20kV": 12, "35kV+": 6, "low_voltage": None},
            "supervisor",
            source="某省用电检查管理办法",
        )
    with workspace.sessions.begin() as s:
        rules = load_rules(s)
        row = next(r for r in list_rules(s) if r.key == "inspection.interval_months")
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "rule_setting")).one()
    assert rules.inspection_interval_months("380V", Decimal(160)) == 2
    assert not row.is_default and row.updated_by == "supervisor" and row.source == "某省用电检查管理办法"
    assert (
        audit.operator == "supervisor"
        and json.loads(audit.before)["inspection.interval_months"]["large_capacity"] == 3
    )


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("edition.dlt448", "2010"),
        ("ptdrop.period_months", 0),
        ("ptdrop.period_months", "24"),
        ("onsite.period_months.2016", {"I": 6}),
        ("lineloss.bands", {"public": [10, 0], "dedicated": [0, 10], "rural": [0, 10]}),
        ("penalty.theft_multiple", -1),
        ("no.such.rule", 1),
    ],
)
def test_a_bad_value_is_refused_and_nothing_is_written(workspace, key, value) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Rejected) as err, workspace.sessions.begin() as s:
        set_rule(s, key, value, "supervisor")
    assert err.value.problems
    with workspace.sessions.begin() as s:
        assert s.scalars(select(RuleSetting)).all() == []
        assert s.scalars(select(AuditLog)).all() == []


def test_inspection_interval_is_the_shortest_rule_that_applies(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        rules = load_rules(s)
    assert rules.inspection_interval_months("380V", Decimal(100)) == 3  # ≥100 kVA quarterly
    assert rules.inspection_interval_months("380V", Decimal(99)) is None  # low voltage: by campaign
    assert rules.inspection_interval_months("10kV", Decimal(80)) == 12
    assert rules.inspection_interval_months("35kV", Decimal(80)) == 6
    assert rules.inspection_interval_months("35kV", Decimal(5000)) == 3


def test_penalty_multiple_has_one_source_capped_by_the_edition(workspace) -> None:  # type: ignore[no-untyped-def]
    # the rule settings feed station.billing, the one place the multiple is chosen: 1 kWh × ¥1 charged
    import pytest

    from station.billing import BillingRules, theft
    from station.domain.problems import Rejected

    assert not hasattr(load_rules, "theft_penalty_multiple")
    with workspace.sessions.begin() as s:
        set_rule(s, "penalty.contract_multiple_default", 5, "supervisor")  # above the cap of 3
        rules = BillingRules.from_settings(load_rules(s).values)
    case = {"use": "power", "kw": 1, "hours": 1, "days": 1, "price": 1, "rules": rules}
    assert theft(**case, multiple=2, edition="2024").penalty == Decimal("2.00")  # the contract's multiple
    assert theft(**case, edition="2024").penalty == Decimal("3.00")  # default 5, held at the cap of 3
    with pytest.raises(Rejected):
        theft(**case, multiple=4, edition="2024")  # a contract above the cap is refused
    assert theft(**case, edition="1996").penalty == Decimal("3.00")  # 1996: fixed by 第一百零二条


def test_example_tariff_until_the_station_sets_its_own(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        example = tariff_in_force(s, "居民生活", "220V", dt.date(2024, 5, 1))
        assert (
            example is not None and example.price == Decimal("0.5283") and example.source.startswith("示例值")
        )
        big = tariff_in_force(s, "大工业", "10kV", dt.date(2024, 5, 1))
        assert big is not None and big.basic_price_kva is not None  # two-part
        set_tariff(
            s,
            tariff_category="居民生活",
            voltage_level="220V",
            price=Decimal("0.5600"),
            effective_from=dt.date(2024, 7, 1),
            operator="supervisor",
            source="某省发改委文件",
        )
        set_tariff(
            s,
            tariff_category="居民生活",
            voltage_level="220V",
            price=Decimal("0.5300"),
            effective_from=dt.date(2023, 1, 1),
            operator="supervisor",
            source="某省发改委文件",
        )
    with workspace.sessions.begin() as s:
        assert (
            tariff_in_force(s, "居民生活", "220V", dt.date(2022, 12, 31)) is None
        )  # stored: no example fallback
        assert tariff_in_force(s, "居民生活", "220V", dt.date(2024, 6, 30)).price == Decimal("0.5300")  # type: ignore[union-attr]
        now = tariff_in_force(s, "居民生活", "220V", dt.date(2024, 7, 1))
        assert now is not None and now.price == Decimal("0.5600") and now.effective_to is None
        assert len(s.scalars(select(AuditLog).where(AuditLog.entity == "tariff")).all()) == 2


def test_a_tariff_with_a_bad_category_or_price_is_refused(workspace) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Rejected) as err, workspace.sessions.begin() as s:
        set_tariff(
            s,
            tariff_category="居民",
            voltage_level="220V",
            price=Decimal(0),
            effective_from=dt.date(2024, 1, 1),
            operator="x",
        )
    assert {p.field for p in err.value.problems} == {"tariff_category", "price"}


def test_cli_rules_list_and_set(db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert cli(["rules", "set", "ptdrop.period_months", "12", "--db", str(db_path), "--operator", "li"]) == 0
    assert cli(["--lang", "en", "rules", "set", "ptdrop.period_months", "soon", "--db", str(db_path)]) == 3
    assert "rejected: ptdrop.period_months" in capsys.readouterr().err
    assert cli(["rules", "list", "--json", "--db", str(db_path)]) == 0
    rows = {r["key"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["ptdrop.period_months"]["value"] == 12 and rows["ptdrop.period_months"]["updated_by"] == "li"
    assert rows["ctpt.period_years"]["is_default"] is True


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("penalty.theft_multiple", float("inf")),
        ("penalty.theft_multiple", float("nan")),
        ("penalty.theft_multiple", 11),  # 供电营业规则 multiples are 1 to 5
        ("scan.mom_drop", 1.5),  # a fraction
        ("scan.min_baseline_kwh", 1e300),
        ("ptdrop.period_months", 10**30),
        ("backbill.theft_hours_power", 25),  # hours in a day
        ("rotation.service_life_years", {"smart_meter": 8, "induction_meter_3": 6, "induction_meter_1": 500}),
        ("lineloss.bands", {"public": [0, float("inf")], "dedicated": [0, 10], "rural": [0, 10]}),
        ("lineloss.bands", {"public": [-500, 10], "dedicated": [0, 10], "rural": [0, 10]}),
    ],
)
def test_a_non_finite_or_absurd_rule_value_is_refused(workspace, key, value) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Rejected) as err, workspace.sessions.begin() as s:
        set_rule(s, key, value, "supervisor")
    assert [p.field.split(".")[0] for p in err.value.problems] == [key.split(".")[0]]
    with workspace.sessions.begin() as s:
        assert s.scalars(select(RuleSetting)).all() == []


def test_the_bounds_still_accept_every_default_and_the_largest_sensible_value(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        set_rule(s, "penalty.theft_multiple", 10, "supervisor")
        set_rule(s, "scan.mom_drop", 1, "supervisor")
        set_rule(s, "lineloss.bands", {"public": [-100, 100], "dedicated": [0, 10], "rural": [0, 10]}, "s")
    with workspace.sessions.begin() as s:
        assert load_rules(s)["penalty.theft_multiple"] == 10


@pytest.mark.parametrize(
    ("price", "basic", "fields"),
    [
        (Decimal("NaN"), None, {"price"}),
        (Decimal("Infinity"), None, {"price"}),
        (Decimal("sNaN"), None, {"price"}),
        (Decimal("100.0001"), None, {"price"}),
        (Decimal("0.56"), Decimal("-Infinity"), {"basic_price_kva"}),
        (Decimal("0.56"), Decimal("1000.01"), {"basic_price_kva"}),
    ],
)
def test_a_non_finite_or_absurd_tariff_is_refused(workspace, price, basic, fields) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Rejected) as err, workspace.sessions.begin() as s:
        set_tariff(
            s,
            tariff_category="居民生活",
            voltage_level="220V",
            price=price,
            basic_price_kva=basic,
            effective_from=dt.date(2024, 1, 1),
            operator="x",
        )
    assert {p.field for p in err.value.problems} == fields


@pytest.mark.parametrize("error_pct", ["nan", "inf", float("nan"), Decimal("-Infinity"), "100.5", "-101"])
def test_a_completion_refuses_a_non_finite_or_absurd_error_pct(workspace, error_pct) -> None:  # type: ignore[no-untyped-def]
    from station.due import record_completion

    with pytest.raises(Rejected) as err, workspace.sessions.begin() as s:
        record_completion(s, "onsite", 999_999, dt.date(2024, 1, 1), "x", result="pass", error_pct=error_pct)
    assert "error_pct" in {p.field for p in err.value.problems}


def test_closing_the_previous_tariff_writes_its_own_audit_row(workspace) -> None:  # type: ignore[no-untyped-def]
    with workspace.sessions.begin() as s:
        first = set_tariff(
            s,
            tariff_category="居民生活",
            voltage_level="220V",
            price=Decimal("0.5300"),
            effective_from=dt.date(2023, 1, 1),
            operator="li",
        )
    with workspace.sessions.begin() as s:
        set_tariff(
            s,
            tariff_category="居民生活",
            voltage_level="220V",
            price=Decimal("0.5600"),
            effective_from=dt.date(2024, 7, 1),
            operator="wang",
        )
    with workspace.sessions.begin() as s:
        closed = s.scalars(
            select(AuditLog).where(AuditLog.entity == "tariff", AuditLog.entity_id == first.id)
        ).all()
    assert [(a.action, a.operator) for a in closed] == [("create", "li"), ("update", "wang")]
    assert json.loads(closed[1].before) == {"effective_to": None}
    assert json.loads(closed[1].after) == {"effective_to": "2024-07-01"}


def test_a_changed_rule_source_is_in_its_audit_row(workspace) -> None:  # type: ignore[no-untyped-def]
    default_source = next(r.source for r in RULES if r.key == "ptdrop.period_months")
    with workspace.sessions.begin() as s:
        set_rule(s, "ptdrop.period_months", 12, "li", source="某省计量管理细则")
        set_rule(s, "ptdrop.period_months", 12, "wang", source="某省计量管理细则（2025修订）")
        set_rule(s, "ptdrop.period_months", 18, "zhao")  # no new source: the citation stays
    with workspace.sessions.begin() as s:
        rows = s.scalars(
            select(AuditLog).where(AuditLog.entity == "rule_setting").order_by(AuditLog.id)
        ).all()
    first, second, third = ((json.loads(a.before or "{}"), json.loads(a.after or "{}")) for a in rows)
    assert first[0]["source"] == default_source and first[1]["source"] == "某省计量管理细则"
    assert second == (
        {"ptdrop.period_months": 12, "source": "某省计量管理细则"},
        {"ptdrop.period_months": 12, "source": "某省计量管理细则（2025修订）"},
    )
    assert third == ({"ptdrop.period_months": 12}, {"ptdrop.period_months": 18})
