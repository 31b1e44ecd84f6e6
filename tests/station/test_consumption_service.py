"""Consumption from the database on hand-made stations: loading, the suspects list, line loss, a curve, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session

from db.schema import (
    AreaSupply,
    Asset,
    AssetEvent,
    Customer,
    CustomerAreaLink,
    MeteringPoint,
    MonthlyConsumption,
    TransformerArea,
)
from station.analysis.matrix import MonthAxis
from station.cli import main as cli
from station.consumption.curve import customer_curve
from station.consumption.load import axis_ending, load_matrix, load_population, load_scan_input
from station.consumption.service import area_customers_by_score, line_loss_table, run_scan
from station.domain.problems import Rejected
from station.workspace import Workspace

SEASON = (1.35, 1.3, 1.0, 0.85, 0.85, 1.05, 1.5, 1.6, 1.05, 0.85, 0.95, 1.25)  # a household's year


def area(s: Session, code: str, area_type: str = "public") -> int:
    a = TransformerArea(code=code, name=f"{code}号台区", area_type=area_type)
    s.add(a)
    s.flush()
    return a.id


def customer(
    s: Session,
    account_no: str,
    area_id: int | None,
    *,
    category: str = "居民生活",
    opened: dt.date = dt.date(2015, 1, 1),
    link: bool = True,
) -> int:
    c = Customer(
        account_no=account_no,
        name=f"户{account_no[-3:]}",
        tariff_category=category,
        voltage_level="220V",
        area_id=area_id,
        status="active",
        opened_on=opened,
    )
    s.add(c)
    s.flush()
    if link and area_id is not None:
        s.add(CustomerAreaLink(customer_id=c.id, area_id=area_id, valid_from=opened))
    return c.id


def readings(s: Session, customer_id: int, first: int, values: list[float | None]) -> None:
    axis = MonthAxis(first, len(values))
    rows = [
        {"customer_id": customer_id, "month": axis.month(j), "kwh": v}
        for j, v in enumerate(values)
        if v is not None
    ]
    if rows:
        s.execute(insert(MonthlyConsumption), rows)


def supply(s: Session, area_id: int, month: int, kwh: float) -> None:
    s.add(AreaSupply(area_id=area_id, month=month, supplied_kwh=kwh))


FIRST, MONTHS = 202209, 36  # 2022-09 … 2025-08
SCANNED = 202508


def household_series(rng: np.random.Generator, level: float) -> list[float | None]:
    axis = MonthAxis(FIRST, MONTHS)
    season = np.array(SEASON)[axis.calendar_month() - 1]
    return list(np.round(level * season * np.exp(0.08 * rng.standard_normal(MONTHS))))


def drop_station(s: Session) -> dict[str, int]:
    """30 households in one 台区; customer 0000000007 falls to a quarter from 2025-03 on."""
    rng = np.random.default_rng(3)
    a = area(s, "TQ01")
    ids: dict[str, int] = {}
    for i in range(30):
        acc = f"00000000{i:02d}"
        ids[acc] = customer(s, acc, a)
        values = household_series(rng, float(rng.uniform(120, 220)))
        if acc == "0000000007":
            start = MonthAxis(FIRST, MONTHS).index_of(202503)
            values = [v if j < start else round(v * 0.25) for j, v in enumerate(values)]
        readings(s, ids[acc], FIRST, values)
    return ids


def test_loading_puts_nan_where_no_reading_and_keeps_to_the_months(workspace: Workspace) -> None:
    with workspace.sessions.begin() as s:
        a = area(s, "TQ01")
        gap = customer(s, "1000000001", a)
        silent = customer(s, "1000000002", a)
        readings(s, gap, 202312, [5.0, 10.0, None, 30.0, 40.0])  # 2023-12 … 2024-04, none in 2024-02
    with workspace.sessions() as s:
        pop = load_population(s, MonthAxis(202401, 3))
        E = load_matrix(s, pop)
    rows = {int(c): i for i, c in enumerate(pop.customer_ids)}
    assert E.shape == (2, 3)
    assert E[rows[gap]].tolist()[0] == 10.0 and math.isnan(E[rows[gap], 1]) and E[rows[gap], 2] == 30.0
    assert np.isnan(E[rows[silent]]).all()


def test_a_customer_whose_consumption_drops_is_ranked_first_with_its_start_month(
    workspace: Workspace,
) -> None:
    with workspace.sessions.begin() as s:
        ids = drop_station(s)
    with workspace.sessions() as s:
        rows = run_scan(s, "2025-08")
        top = run_scan(s, "2025-08", area_code="TQ01", top=1)
    assert rows[0].account_no == "0000000007"
    assert rows[0].start_month == "2025-03"
    assert "YOY" in rows[0].rules and rows[0].reason_zh.startswith("2025-03 起电量较去年同期下降")
    assert rows[0].customer_id == ids["0000000007"] and rows[0].area_code == "TQ01"
    assert [r.account_no for r in top] == ["0000000007"]


def test_a_drop_is_explained_by_a_closing_only_in_the_months_after_it(workspace: Workspace) -> None:
    from station.customers import close_customer

    with workspace.sessions.begin() as s:
        ids = drop_station(s)
        close_customer(s, ids["0000000007"], dt.date(2025, 8, 20), "拆迁", "测试")  # 销户 in August
    with workspace.sessions() as s:
        july = run_scan(s, "2025-07")  # the account was still open: its drop is a suspect's
        august = run_scan(s, "2025-08")  # closed that month: the ledger explains it
    assert july and july[0].account_no == "0000000007"
    assert "0000000007" not in {r.account_no for r in august}


def test_a_scan_of_a_month_before_the_drop_does_not_see_it(workspace: Workspace) -> None:
    with workspace.sessions.begin() as s:
        drop_station(s)
    with workspace.sessions() as s:
        rows = run_scan(s, "2025-02")
    assert "0000000007" not in [r.account_no for r in rows]


def test_scan_refuses_a_month_without_readings_and_an_unknown_area(workspace: Workspace) -> None:
    with workspace.sessions.begin() as s:
        drop_station(s)
    with workspace.sessions() as s, pytest.raises(Rejected):
        run_scan(s, "2030-01")
    with workspace.sessions() as s, pytest.raises(Rejected):
        run_scan(s, "2025-08", area_code="NOPE")


def test_area_drilldown_lists_every_member_by_score(workspace: Workspace) -> None:
    with workspace.sessions.begin() as s:
        drop_station(s)
        other = area(s, "TQ02")
        customer(s, "2000000001", other)
    with workspace.sessions() as s:
        a = s.query(TransformerArea).filter_by(code="TQ01").one().id
        rows = area_customers_by_score(s, a, 202508)
    assert len(rows) == 30 and rows[0].account_no == "0000000007"
    assert [r.score for r in rows] == sorted((r.score for r in rows), reverse=True)


def moved_station(s: Session) -> tuple[int, int]:
    """Two 台区; customer 0000000003 moves from A to B on 2025-02-01. Everyone uses 100 kWh a month."""
    a, b = area(s, "TA"), area(s, "TB")
    for i in range(3):
        customer_id = customer(s, f"000000000{i + 1}", a, link=(i != 2))
        readings(s, customer_id, 202501, [100.0, 100.0])
        if i == 2:
            s.add(
                CustomerAreaLink(
                    customer_id=customer_id,
                    area_id=a,
                    valid_from=dt.date(2015, 1, 1),
                    valid_to=dt.date(2025, 2, 1),
                )
            )
            s.add(CustomerAreaLink(customer_id=customer_id, area_id=b, valid_from=dt.date(2025, 2, 1)))
    for month, (sa, sb) in {202501: (330.0, 50.0), 202502: (220.0, 90.0)}.items():
        supply(s, a, month, sa)
        supply(s, b, month, sb)
    return a, b


def test_line_loss_counts_a_moved_customer_in_its_area_of_that_month(workspace: Workspace) -> None:
    with workspace.sessions.begin() as s:
        moved_station(s)
    with workspace.sessions() as s:
        jan = {r.area_code: r for r in line_loss_table(s, "2025-01")}
        feb = {r.area_code: r for r in line_loss_table(s, "2025-02")}
    assert jan["TA"].sold_kwh == 300 and jan["TA"].customers == 3
    assert jan["TA"].loss_kwh == 30 and jan["TA"].loss_rate == pytest.approx(9.09, abs=0.01)
    assert jan["TA"].klass == "normal" and jan["TA"].klass_zh == "合格"
    assert feb["TA"].sold_kwh == 200 and feb["TB"].sold_kwh == 100
    assert feb["TA"].rise == pytest.approx(9.09 - 9.09, abs=0.01)


def test_negative_loss_and_not_computable_without_supply(workspace: Workspace) -> None:
    with workspace.sessions.begin() as s:
        a, b = moved_station(s)
        c = area(s, "TC")
        customer(s, "0000000009", c)
        readings(s, s.query(Customer).filter_by(account_no="0000000009").one().id, 202501, [80.0, 80.0])
    with workspace.sessions() as s:
        jan = {r.area_code: r for r in line_loss_table(s, "2025-01")}
        feb = {r.area_code: r for r in line_loss_table(s, "2025-02")}
    # TB: 50 supplied, nothing sold in January (the customer was still in TA); 90 supplied, 100 sold in Feb.
    assert feb["TB"].klass == "negative" and feb["TB"].klass_zh == "负损" and feb["TB"].loss_rate < 0
    assert jan["TC"].klass == "not_computable" and jan["TC"].klass_zh == "不可算"
    assert jan["TC"].loss_rate is None and jan["TC"].supplied_kwh is None and jan["TC"].sold_kwh == 80
    assert list(feb)[-1] == "TC"  # not computable last


def test_high_loss_uses_the_band_of_the_area_type(workspace: Workspace) -> None:
    from station.rule_settings import set_rule

    with workspace.sessions.begin() as s:
        moved_station(s)
        set_rule(s, "lineloss.bands", {"public": [0, 5], "dedicated": [0, 10], "rural": [0, 10]}, "tester")
    with workspace.sessions() as s:
        jan = {r.area_code: r for r in line_loss_table(s, "2025-01")}
    assert jan["TA"].klass == "high" and jan["TA"].band == (0.0, 5.0)  # 9.09 % above a 5 % band


def test_customer_curve_shows_last_year_peers_swap_and_drop_start(workspace: Workspace) -> None:
    with workspace.sessions.begin() as s:
        ids = drop_station(s)
        cid = ids["0000000007"]
        point = MeteringPoint(customer_id=cid)
        s.add(point)
        s.flush()
        old = Asset(asset_no="1", kind="meter", status="removed")
        new = Asset(asset_no="2", kind="meter", status="installed", metering_point_id=point.id)
        s.add_all([old, new])
        s.flush()
        now = dt.datetime(2024, 6, 20)
        s.add_all(
            [
                AssetEvent(
                    asset_id=old.id,
                    kind="removed",
                    happened_on=dt.date(2024, 6, 20),
                    operator="t",
                    metering_point_id=point.id,
                    created_at=now,
                ),
                AssetEvent(
                    asset_id=new.id,
                    kind="installed",
                    happened_on=dt.date(2024, 6, 20),
                    operator="t",
                    metering_point_id=point.id,
                    created_at=now,
                ),
            ]
        )
    with workspace.sessions() as s:
        curve = customer_curve(s, cid)
        assert customer_curve(s, 999_999) is None
    assert curve is not None and curve.months == tuple(
        MonthAxis(FIRST, MONTHS).label(j) for j in range(MONTHS)
    )
    assert np.isnan(curve.last_year[:12]).all()  # nothing is held from before the first month
    i = curve.months.index("2025-05")
    assert curve.last_year[i] == curve.kwh[curve.months.index("2024-05")]
    assert curve.peer_scope == "area" and curve.peer_count[i] == 29  # the other households of TQ01
    assert (
        curve.kwh[i] < curve.peer_p25[i] <= curve.peer_median[i] <= curve.peer_p75[i]
    )  # fell below the band
    j = curve.months.index("2024-05")
    assert (
        curve.peer_p25[j] <= curve.kwh[j] * 1.6 and curve.kwh[j] <= curve.peer_p75[j] * 1.6
    )  # inside, before
    assert curve.drop_start == "2025-03" and curve.months[curve.drop_start_index or 0] == "2025-03"
    events = {(m.month, m.kind, m.event) for m in curve.markers}
    assert {("2024-06", "meter", "removed"), ("2024-06", "meter", "installed")} <= events
    assert ("2025-03", "drop", "drop_start") in events


def test_scan_input_carries_events_supply_and_area_of_the_month(workspace: Workspace) -> None:
    with workspace.sessions.begin() as s:
        moved_station(s)
    with workspace.sessions() as s:
        inp = load_scan_input(s, 202502, months=2)
    assert inp.meta.supplied is not None and inp.meta.supplied.tolist() == [[330.0, 220.0], [50.0, 90.0]]
    # The moved customer's area in the scan is its area of the scanned month.
    assert inp.meta.area.tolist() == [0, 0, 1]
    assert inp.population.membership[2].tolist() == [0, 1]
    assert axis_ending(202502, 2) == inp.meta.axis


def test_cli_scan_and_lineloss_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from station.workspace import open_workspace

    ws = open_workspace(db_path, operator="tester")
    with ws.sessions.begin() as s:
        drop_station(s)
        supply(s, s.query(TransformerArea).one().id, 202508, 5000.0)
    ws.close()
    assert cli(["scan", "--month", "2025-08", "--top", "3", "--json", "--db", str(db_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["rank"] == 1 and rows[0]["account_no"] == "0000000007"
    assert rows[0]["start_month"] == "2025-03" and "YOY" in rows[0]["rules"] and rows[0]["reason_zh"]
    assert len(rows) <= 3
    assert cli(["lineloss", "--month", "2025-08", "--json", "--db", str(db_path)]) == 0
    (line,) = json.loads(capsys.readouterr().out)
    assert line["area_code"] == "TQ01" and line["supplied_kwh"] == 5000.0
    assert line["klass"] in ("normal", "high", "negative") and line["loss_kwh"] == 5000.0 - line["sold_kwh"]
    assert cli(["scan", "--month", "2025-13", "--db", str(db_path)]) == 2
    assert cli(["--lang", "en", "scan", "--month", "2031-01", "--db", str(db_path)]) == 3
    out = capsys.readouterr()
    assert "No consumption is recorded for 2031-01" in out.err
    assert cli(["scan", "--month", "2025-08", "--db", str(db_path)]) == 0
    assert "0000000007" in capsys.readouterr().out.splitlines()[2]  # first data line of the table


def test_scan_settings_follow_the_stations_scan_rules() -> None:
    from station.consumption.service import scan_settings
    from station.rule_settings import RuleSet

    rules = RuleSet.of({"scan.yoy_drop": 0.5, "scan.peer_z": 2.5, "scan.zero_months": 4}, {})
    st = scan_settings(rules)
    assert (st.yoy_drop, st.peer_z, st.zero_months) == (0.5, -2.5, 4)
    assert scan_settings(RuleSet.of({}, {})).mom_drop == 0.5  # DOMAIN.md rule 1 by default


def test_every_scan_threshold_is_a_rule_setting_with_the_scan_default_and_a_change_takes_effect(workspace) -> None:  # type: ignore[no-untyped-def]
    """A supervisor changes the scan's thresholds on the rules page; the scan reads them from there."""
    from dataclasses import fields

    from station.analysis.thresholds import DEFAULT_SETTINGS, ScanSettings
    from station.consumption.service import scan_settings
    from station.rule_settings import load_rules, set_rule
    from station.rule_settings.defaults import RULES

    scan_rules = {r.key[len("scan."):]: r for r in RULES if r.key.startswith("scan.")}
    assert scan_rules and set(scan_rules) <= {f.name for f in fields(ScanSettings)}
    for name, rule in scan_rules.items():
        assert abs(float(rule.default)) == abs(float(getattr(DEFAULT_SETTINGS, name))), name
        assert rule.source
    with workspace.sessions.begin() as s:
        assert scan_settings(load_rules(s)) == DEFAULT_SETTINGS
        set_rule(s, "scan.yoy_drop", 0.6, "tester")
        set_rule(s, "scan.peer_z", 2.5, "tester")
    with workspace.sessions() as s:
        got = scan_settings(load_rules(s))
    assert (got.yoy_drop, got.peer_z) == (0.6, -2.5)


def test_a_drop_near_a_capacity_reduction_in_the_ledger_is_explained_and_not_listed(any_workspace: Workspace) -> None:
    """减容 recorded through the customer form (its audit row dates it): the drop of that month is the
    ledger's, not a suspect's; the same drop without it is listed."""
    from decimal import Decimal

    from station.customers import customer_row, draft_of, update_customer

    today = dt.date.today()
    now = today.year * 100 + today.month  # the audit row is dated today: the station's months end here
    axis = axis_ending(now, MONTHS)
    start = axis.count - 2  # consumption fell last month
    rng = np.random.default_rng(5)
    with any_workspace.sessions.begin() as s:
        a = area(s, "TQ01")
        ids = []
        for i in range(30):
            cid = customer(s, f"00000001{i:02d}", a, category="一般工商业")
            ids.append(cid)
            values = household_series(rng, float(rng.uniform(800, 1200)))
            if i in (3, 4):
                values = [v if j < start else round(v * 0.3) for j, v in enumerate(values)]
            readings(s, cid, axis.first, values)
        for cid in ids[3:5]:
            row = s.get(Customer, cid)
            row.contract_capacity_kva, row.running_capacity_kva = Decimal(400), Decimal(400)
    with any_workspace.sessions() as s:
        listed = {r.account_no for r in run_scan(s, axis.label(axis.count - 1))}
    assert {"0000000103", "0000000104"} <= listed
    with any_workspace.sessions.begin() as s:
        current = customer_row(s, ids[3])
        assert current is not None
        draft = draft_of(current)
        update_customer(s, ids[3], replace(draft, running_capacity_kva=Decimal(100)), "测试")
    with any_workspace.sessions() as s:
        inp = load_scan_input(s, now)
        listed = {r.account_no for r in run_scan(s, axis.label(axis.count - 1))}
    row = int(np.flatnonzero(inp.population.customer_ids == ids[3])[0])
    assert inp.meta.reduced is not None and inp.meta.reduced[row] == axis.count - 1
    assert (inp.meta.reduced >= 0).sum() == 1
    assert "0000000103" not in listed and "0000000104" in listed


def test_which_audited_changes_count_as_a_capacity_reduction_or_a_suspension() -> None:
    from station.consumption.ledger_changes import is_reduction

    assert is_reduction({"running_capacity_kva": "400.00"}, {"running_capacity_kva": "200.00"})
    assert is_reduction({"running_capacity_kva": "400.00"}, {"running_capacity_kva": None})  # nothing runs
    assert is_reduction({"status": "active"}, {"status": "suspended"})
    assert not is_reduction({"running_capacity_kva": "200.00"}, {"running_capacity_kva": "400.00"})  # 增容
    assert not is_reduction({"running_capacity_kva": None}, {"running_capacity_kva": "200.00"})
    assert not is_reduction({}, {"status": "suspended"})  # created suspended: no date of a change
    assert not is_reduction({"phone": "1"}, {"phone": "2"})
