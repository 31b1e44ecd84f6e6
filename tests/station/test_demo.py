"""The demo station: deterministic for a seed, realistic in its mix, consistent in its metering, and safe."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.schema import Asset, AssetEvent, AuditLog, Customer, MeteringPoint, TransformerArea, User
from station import settings
from station.actions import create_demo
from station.cli import main as cli
from station.demo import names as N
from station.demo import stored_plan
from station.domain import asset_no
from station.domain.metering import multiplier
from station.domain.problems import Rejected
from station.progress import Cancelled
from station.workspace import Workspace, open_workspace

AS_OF = dt.date(2026, 6, 15)


def _snapshot(ws: Workspace) -> tuple[list[tuple[object, ...]], list[str]]:
    with ws.sessions() as s:
        customers = [tuple(r) for r in s.execute(select(
            Customer.account_no, Customer.name, Customer.address, Customer.phone, Customer.tariff_category,
            Customer.contract_capacity_kva, Customer.area_id, Customer.opened_on, Customer.closed_on,
        ).order_by(Customer.id))]
        assets = list(s.scalars(select(Asset.asset_no).order_by(Asset.id)))
    return customers, assets


def test_same_seed_gives_the_same_station_and_another_seed_a_different_one(
    workspace: Workspace, template_db: Path, tmp_path: Path
) -> None:
    create_demo(workspace, customers=400, seed=5, as_of=AS_OF)
    copies = []
    for name, seed in (("same.db", 5), ("other.db", 6)):
        shutil.copyfile(template_db, tmp_path / name)
        ws = open_workspace(tmp_path / name, operator="tester")
        create_demo(ws, customers=400, seed=seed, as_of=AS_OF)
        copies.append(_snapshot(ws))
        ws.close()
    first = _snapshot(workspace)
    assert copies[0] == first
    assert copies[1][0] != first[0]


def test_customer_mix_areas_and_account_numbers_look_like_a_county_station(workspace: Workspace) -> None:
    result = create_demo(workspace, customers=3000, seed=1, as_of=AS_OF)
    with workspace.sessions() as s:
        cats = Counter(s.scalars(select(Customer.tariff_category)))
        assert cats["居民生活"] > 0.7 * 3000
        assert cats["一般工商业"] > 100 and cats["农业生产"] > 20 and 1 <= cats["大工业"] < 60
        volts = dict(s.execute(select(Customer.tariff_category, func.min(Customer.voltage_level))
                               .where(Customer.tariff_category == "大工业").group_by(Customer.tariff_category)).all())
        assert volts == {"大工业": "10kV"}
        accounts = list(s.scalars(select(Customer.account_no)))
        assert len(set(accounts)) == 3000 and all(len(a) == 10 and a.isdigit() for a in accounts)
        sizes = list(s.scalars(select(func.count()).select_from(Customer).where(Customer.area_id.is_not(None))
                               .group_by(Customer.area_id).order_by(Customer.area_id)))
        assert all(150 <= n <= 300 for n in sizes[:-1]) and sizes[-1] >= 1
        areas = s.execute(select(TransformerArea.code, TransformerArea.name, TransformerArea.feeder,
                                 TransformerArea.transformer_kva)).all()
        assert areas[0].code == "TQ0001" and areas[0].name.endswith("号台区") and areas[0].feeder.startswith("10kV")
        assert all(100 <= a.transformer_kva <= 630 for a in areas)
        closed = s.execute(select(Customer.closed_on, Customer.close_reason, Customer.opened_on)
                           .where(Customer.status == "closed")).all()
        assert closed and all(c.close_reason and c.opened_on < c.closed_on <= AS_OF for c in closed)
        opened = list(s.scalars(select(Customer.opened_on)))
        assert min(opened) < AS_OF - dt.timedelta(days=365 * 15) and max(opened) > AS_OF - dt.timedelta(days=365)
        assert settings.get(s, "station.name") == result.plan.station_name
        roles = set(s.scalars(select(User.role)))
        assert {"clerk", "metering", "inspector", "supervisor"} <= roles
        audit = s.scalars(select(AuditLog).where(AuditLog.action == "demo")).one()
        assert audit.operator == "tester" and '"customers": 3000' in (audit.after or "")


def test_metering_points_classes_and_multipliers_match_the_installed_ct_and_pt(workspace: Workspace) -> None:
    create_demo(workspace, customers=3000, seed=2, as_of=AS_OF)
    with workspace.sessions() as s:
        points = {p.id: p for p in s.scalars(select(MeteringPoint))}
        customers = {c.id: c for c in s.scalars(select(Customer))}
        ratios: dict[int, dict[str, str]] = {}
        for kind, ratio, pid in s.execute(select(Asset.kind, Asset.ratio, Asset.metering_point_id)
                                          .where(Asset.status == "installed", Asset.kind.in_(("ct", "pt")))):
            ratios.setdefault(pid, {})[kind] = ratio
        methods = Counter()
        for p in points.values():
            c = customers[p.customer_id]
            got = ratios.get(p.id, {})
            if c.status != "closed":
                assert p.multiplier == multiplier(got.get("ct"), got.get("pt"))
            methods[p.metering_method] += 1
            if c.voltage_level == "220V":
                assert p.device_class == "V" and p.metering_method == "低供低计"
            elif p.metering_method == "高供高计":
                assert p.device_class == "III" and (c.status == "closed" or got.get("pt") == "10000/100")
            else:
                assert p.device_class == "IV"
        assert methods["高供高计"] >= 1 and methods["高供低计"] >= 1
        assert any(p.multiplier >= 20 for p in points.values() if p.metering_method == "低供低计")


def test_meters_have_valid_barcodes_install_events_and_verification_some_due_some_overdue(
    workspace: Workspace,
) -> None:
    create_demo(workspace, customers=2000, seed=3, as_of=AS_OF)
    with workspace.sessions() as s:
        numbers = list(s.scalars(select(Asset.asset_no)))
        assert all(asset_no.is_valid(n) for n in numbers) and len(set(numbers)) == len(numbers)
        installed = s.execute(select(Asset.id, Asset.verified_on, Asset.model, Asset.maker, Asset.rated_current)
                              .where(Asset.kind == "meter", Asset.status == "installed")).all()
        events = {e.asset_id: e for e in s.scalars(select(AssetEvent).where(AssetEvent.kind == "installed"))}
        assert all(m.id in events and events[m.id].reading is not None for m in installed)
        assert all(m.model[:4] in ("DDZY", "DTZY", "DSZY") and m.maker.endswith("公司") for m in installed)
        assert {"5(60)A", "3×1.5(6)A"} <= {m.rated_current for m in installed}
        age_years = [(AS_OF - m.verified_on).days / 365.25 for m in installed]
        overdue = sum(a > 8 for a in age_years)  # JJG 596 practice: 8-year service life
        due_within_year = sum(7 < a <= 8 for a in age_years)
        assert 0.05 * len(installed) < overdue < 0.4 * len(installed)
        assert due_within_year > 0.03 * len(installed)
        assert max(age_years) <= 10.6  # ten years, plus at most half a year on the shelf before install
        stock = Counter(s.scalars(select(Asset.status).where(Asset.metering_point_id.is_(None))))
        assert stock["in_stock"] > 0 and stock["received"] > 0 and stock["failed"] > 0
        gateways = set(s.scalars(select(TransformerArea.gateway_meter)))
        assert gateways <= set(numbers)


def test_demo_is_refused_on_a_database_that_holds_data(workspace: Workspace) -> None:
    create_demo(workspace, customers=200, seed=1, as_of=AS_OF)
    with pytest.raises(Rejected) as err:  # its users now hold the station: only its administrator may try
        create_demo(dataclasses.replace(workspace, operator=N.ADMIN), customers=200, seed=2, as_of=AS_OF)
    assert err.value.problems[0].field == "database"
    with workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 200


def test_cancel_leaves_nothing_written_and_progress_runs_to_the_end(workspace: Workspace) -> None:
    seen: list[float] = []
    with pytest.raises(Cancelled):
        create_demo(workspace, customers=1500, seed=1, as_of=AS_OF,
                    progress=lambda f, m="": seen.append(f), cancelled=lambda: len(seen) >= 3)
    with workspace.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
        assert s.scalar(select(func.count()).select_from(Asset)) == 0
    seen.clear()
    create_demo(workspace, customers=300, seed=1, as_of=AS_OF, progress=lambda f, m="": seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_after_the_demo_new_rows_get_fresh_ids_on_both_databases(any_workspace: Workspace) -> None:
    create_demo(any_workspace, customers=300, seed=4, as_of=AS_OF)
    with any_workspace.sessions.begin() as s:
        c = Customer(account_no="9999999999", name="新用户", tariff_category="居民生活", voltage_level="220V")
        s.add(c)
        s.add(TransformerArea(code="TQ9999", name="新台区"))
        s.flush()
        assert c.id == 301


def test_cli_writes_the_demo_and_refuses_a_second_time(db_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["--lang", "en", "demo", "--customers", "250", "--seed", "9", "--as-of", "2026-06-15", "--db", str(db_path)]
    assert cli(args) == 0
    out = capsys.readouterr().out
    assert "customers: 250" in out and "password demo" in out and "刘志明 (Supervisor)" in out
    assert cli(args) == 1  # the station has users now: who asks?
    assert "--operator" in capsys.readouterr().err
    monkeypatch.setenv("STATION_PASSWORD", N.PASSWORD)
    assert cli([*args, "--operator", N.SUPERVISOR]) == 3  # the supervisor may not fill a station wholesale
    assert "Administrator" in capsys.readouterr().err
    assert cli([*args, "--operator", N.ADMIN]) == 3
    assert "empty database" in capsys.readouterr().err


def test_the_plan_can_be_drawn_again_from_the_database_for_later_steps(workspace: Workspace) -> None:
    result = create_demo(workspace, customers=500, seed=8, as_of=AS_OF)
    with workspace.sessions() as s:
        again = stored_plan(s)
        capacity = list(s.scalars(select(Customer.contract_capacity_kva).order_by(Customer.id)))
    assert again is not None
    assert (again.customers.capacity_kva == result.plan.customers.capacity_kva).all()
    assert [float(c) for c in capacity] == list(again.customers.capacity_kva)


def _history(ws: Workspace) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    from db.schema import InspectionVisit

    with ws.sessions() as s:
        visits = [tuple(r) for r in s.execute(select(InspectionVisit.customer_id, InspectionVisit.visited_on)
                                              .order_by(InspectionVisit.customer_id, InspectionVisit.visited_on))]
        tests = [tuple(r) for r in s.execute(select(AssetEvent.asset_id, AssetEvent.happened_on, AssetEvent.result)
                                             .where(AssetEvent.kind == "onsite_test")
                                             .order_by(AssetEvent.asset_id, AssetEvent.happened_on))]
    return visits, tests


def test_periodic_work_has_a_history_so_the_due_list_shows_a_handful_late_and_a_couple_urgent(
    any_workspace: Workspace,
) -> None:
    from station.due.items import DueKind, DueStatus
    from station.due.service import due_items

    create_demo(any_workspace, customers=3000, seed=1, as_of=AS_OF)
    visits, tests = _history(any_workspace)
    assert visits and tests
    with any_workspace.sessions() as s:
        items = [i for i in due_items(s, AS_OF.strftime("%Y-%m")) if i.kind != DueKind.ROTATION
                 and i.kind != DueKind.SAMPLING]
    late = Counter((i.kind, i.status) for i in items if i.status in (DueStatus.OVERDUE, DueStatus.URGENT))
    periodic = [i for i in items if i.kind == DueKind.INSPECTION]
    assert len(periodic) >= 20  # the ≥100 kVA and HV customers are on the list …
    assert 1 <= sum(n for (k, _s), n in late.items() if k == DueKind.INSPECTION) <= 0.15 * len(periodic)  # … few late
    assert late[(DueKind.ONSITE, DueStatus.URGENT)] == 2  # the recent on-site failures
    assert sum(late.values()) <= 40  # tens at most, not the hundreds of a station that never visits
    assert all(i.last_done is not None and i.last_done.year >= AS_OF.year - 4 for i in periodic if i.last_done)


def test_the_history_is_the_same_for_the_same_seed(workspace: Workspace, template_db: Path, tmp_path: Path) -> None:
    create_demo(workspace, customers=600, seed=3, as_of=AS_OF)
    shutil.copyfile(template_db, tmp_path / "again.db")
    ws = open_workspace(tmp_path / "again.db", operator="tester")
    create_demo(ws, customers=600, seed=3, as_of=AS_OF)
    assert _history(ws) == _history(workspace)
    ws.close()


def test_batches_are_sampled_on_time_so_rotation_is_due_only_for_failed_or_unsampled_batches(
    workspace: Workspace,
) -> None:
    from db.schema import BatchSampling
    from station.due.items import DueKind, DueStatus
    from station.due.service import due_items

    create_demo(workspace, customers=3000, seed=1, as_of=AS_OF)
    with workspace.sessions() as s:
        results = Counter(s.scalars(select(BatchSampling.result)))
        items = due_items(s, AS_OF.strftime("%Y-%m"), kinds=[DueKind.ROTATION, DueKind.SAMPLING])
        installed = s.scalar(select(func.count()).select_from(Asset).where(
            Asset.kind == "meter", Asset.status == "installed"))
    assert results["pass"] > results["fail"] > 0  # most batches earn their extension; a few fail
    overdue = sum(1 for i in items if i.kind == DueKind.ROTATION and i.status == DueStatus.OVERDUE)
    # rotation falls due only for the batches whose sampling failed or never happened:
    assert 0 < overdue < 0.1 * installed
    assert sum(1 for i in items if i.kind == DueKind.SAMPLING and i.status == DueStatus.OVERDUE) <= 5
