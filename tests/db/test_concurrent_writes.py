"""Two real processes writing at once (issue 15): a version check holds, one meter never lands twice.

Each round starts two processes behind a barrier; on SQLite and, with DATABASE_URL, on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing as mp
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from db.schema import Asset, AssetEvent, MeteringPoint
from station import actions
from station.audit import verify_chain
from station.domain.problems import Rejected
from station.workspace import Workspace, open_workspace
from tests.conftest import _reset_postgres, postgres_url

ROUNDS = 6
_CTX = mp.get_context("fork")  # the children open their own engines; the parent's pool is disposed first


def _db(request: pytest.FixtureRequest, db_path: Path) -> str:
    if request.param == "sqlite":
        return str(db_path)
    url = postgres_url()
    if not url:
        pytest.skip("DATABASE_URL not set: PostgreSQL tier skipped")
    _reset_postgres(url)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, db_path: Path) -> str:
    return _db(request, db_path)


def _child(db: str, barrier: Any, results: Any, name: str, job: str, args: tuple[Any, ...]) -> None:
    ws = open_workspace(db, operator=name, upgrade=False)
    try:
        barrier.wait(timeout=30)
        try:
            if job == "import":
                from station.cli import main

                code = main(["import", "customers", args[0], "--db", db, "--operator", name])
                results.put((name, "ok" if code == 0 else f"error: exit {code}"))
                return
            if job == "update":
                customer_id, draft, version = args
                actions.update_customer(ws, customer_id, draft, version=version)
            else:
                asset_id, point_id = args
                actions.install_asset(ws, asset_id, point_id, dt.date(2025, 1, 10), Decimal(0))
            results.put((name, "ok"))
        except Rejected as exc:
            results.put((name, "rejected: " + str(exc.problems[0].message)))
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which fails the test
            results.put((name, f"error: {type(exc).__name__}: {exc}"))
    finally:
        ws.close()


def _race(db: str, jobs: list[tuple[str, str, tuple[Any, ...]]]) -> dict[str, str]:
    barrier, results = _CTX.Barrier(len(jobs)), _CTX.Queue()
    procs = [_CTX.Process(target=_child, args=(db, barrier, results, name, job, args)) for name, job, args in jobs]
    for p in procs:
        p.start()
    out = dict(results.get(timeout=60) for _ in procs)
    for p in procs:
        p.join(timeout=30)
    return out


def _station(db: str) -> Workspace:
    from station.customers import CustomerDraft

    ws = open_workspace(db, operator="setup")
    area = actions.create_area(ws, code="T01", name="东街台区")
    for i in range(2):
        actions.create_customer(ws, CustomerDraft(account_no=f"330000000{i + 1}", name=f"户{i}",
                                                  tariff_category="居民生活", voltage_level="220V",
                                                  area_id=area.id))
    return ws


def test_two_counters_editing_one_customer_one_is_told(db: str) -> None:
    from station.customers import draft_of

    ws = _station(db)
    customer_id = actions.load_customer_ids(ws, _filter())[0]
    lost = 0
    for n in range(ROUNDS):
        row = actions.load_customer_rows(ws, [customer_id])[customer_id]
        start, version = draft_of(row), row.version
        ws.engine.dispose()
        got = _race(db, [(f"a{n}", "update", (customer_id, dataclasses.replace(start, address=f"A{n}"), version)),
                         (f"b{n}", "update", (customer_id, dataclasses.replace(start, address=f"B{n}"), version))])
        outcomes = sorted(v.split(":")[0] for v in got.values())
        assert outcomes == ["ok", "rejected"], got
        assert any("Changed by someone else" in v for v in got.values()), got
        lost += outcomes != ["ok", "rejected"]
    assert lost == 0
    with ws.sessions() as s:
        assert verify_chain(s).intact  # the racing writers appended to the audit chain one after another
    ws.close()


def _filter() -> Any:
    from station.customers import CustomerFilter

    return CustomerFilter()


def _meters(ws: Workspace, count: int) -> list[int]:
    from station.assets import AssetDraft

    drafts = [AssetDraft(asset_no=_asset_no(i), kind="meter", model="DDZY71", maker="某表厂",
                         accuracy_class="2", made_on=dt.date(2024, 5, 1)) for i in range(count)]
    ids = actions.receive_assets(ws, drafts, dt.date(2024, 6, 1), "B01")
    for asset_id in ids:
        actions.verify_asset(ws, asset_id, dt.date(2024, 6, 2), "pass", "C1")
        actions.issue_asset(ws, asset_id, dt.date(2024, 6, 3))
    return ids


def _asset_no(i: int) -> str:
    from station.domain.asset_no import make

    return make("3300001", i + 1)


def test_two_meters_onto_one_point_and_one_meter_onto_two_points(db: str) -> None:
    ws = _station(db)
    with ws.sessions() as s:
        points = list(s.scalars(select(MeteringPoint.id).order_by(MeteringPoint.id)))
    meters = _meters(ws, 2 * ROUNDS)
    for n in range(ROUNDS):
        first, second = meters[2 * n], meters[2 * n + 1]
        ws.engine.dispose()
        # two meters onto one (empty) point at once: exactly one lands
        got = _race(db, [(f"a{n}", "install", (first, points[0])), (f"b{n}", "install", (second, points[0]))])
        assert sorted(v.split(":")[0] for v in got.values()) == ["ok", "rejected"], got
        winner = first if got[f"a{n}"] == "ok" else second
        loser = second if winner == first else first
        actions.remove_asset(ws, winner, dt.date(2025, 1, 10), Decimal(1), "轮换")
        # the meter that lost, onto two points at once: exactly one lands
        got = _race(db, [(f"c{n}", "install", (loser, points[0])), (f"d{n}", "install", (loser, points[1]))])
        assert sorted(v.split(":")[0] for v in got.values()) == ["ok", "rejected"], got
        actions.remove_asset(ws, loser, dt.date(2025, 1, 10), Decimal(1), "轮换")
    with ws.sessions() as s:
        installs = s.scalar(select(func.count()).select_from(AssetEvent).where(AssetEvent.kind == "installed"))
        assert installs == 2 * ROUNDS  # one per race, never two
        assert s.scalar(select(func.count()).select_from(Asset).where(Asset.status == "installed")) == 0
        assert verify_chain(s).intact
    ws.close()


def test_two_imports_of_the_same_rows_at_once_are_written_one_after_the_other(db: str, tmp_path: Path) -> None:
    """The second import previews again behind the first: its audit "before" is the first one's "after"."""
    import json

    from db.schema import AuditLog, Customer

    ws = _station(db)
    ws.engine.dispose()
    files = []
    for who in ("甲", "乙"):
        path = tmp_path / f"{who}.csv"
        path.write_text("户号,户名,用电类别,电压等级,用电地址\n" + "".join(
            f"33000001{i:02d},户{i},居民生活,220V,{who}街{i}号\n" for i in range(40)), encoding="utf-8")
        files.append(str(path))
    got = _race(db, [("a", "import", (files[0],)), ("b", "import", (files[1],))])
    assert set(got.values()) == {"ok"}, got
    with ws.sessions() as s:
        addresses = set(s.scalars(select(Customer.address).where(Customer.account_no.like("33000001%"))))
        assert len(addresses) == 40 and len({a[0] for a in addresses}) == 1  # one file won, whole
        updates = [json.loads(b or "{}") for b in s.scalars(
            select(AuditLog.before).where(AuditLog.entity == "customer", AuditLog.action == "update"))]
        first = "甲" if next(iter(addresses)).startswith("乙") else "乙"
        assert len(updates) == 40 and all(u["address"].startswith(first) for u in updates)
        assert verify_chain(s).intact
    ws.close()
