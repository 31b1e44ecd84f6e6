"""Demo station: a realistic county station drawn from a seed and written into an empty database in bulk.

`generate_demo(session, customers=…, seed=…)` writes it inside the caller's transaction; `station.actions.create_demo(ws, …)`
is the user action (one transaction). The drawing (`plan_demo`) is pure numpy and kept on the result, so that
later steps (monthly consumption, 台区 supply) can grow from the same per-customer arrays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from db.schema import (
    Asset,
    AssetEvent,
    Customer,
    CustomerAreaLink,
    MeteringPoint,
    TransformerArea,
    User,
)
from station import audit, settings
from station.demo.plan import CATEGORIES, DemoPlan, plan_demo
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress

__all__ = ["DEMO_MONTHS", "DEMO_PLAN_KEY", "DemoResult", "DemoPlan", "generate_demo", "plan_demo", "stored_plan"]

DEMO_PLAN_KEY = "demo.plan"
CHUNK = 20_000  #: rows per executemany: large enough to amortise, small enough to cancel promptly
#: Months of consumption the GUI's demo gets (the CLI's --months defaults to the same): three years, so the
#: year-over-year drop rule (DOMAIN.md "Spotting sudden drops", 2.) has two seasons to compare at first sight.
DEMO_MONTHS = 36


@dataclass(frozen=True, slots=True)
class DemoResult:
    plan: DemoPlan
    counts: dict[str, int] = field(default_factory=dict)


def _ensure_empty(session: Session) -> None:
    """Demo data goes only into an empty station: mixing it with real ledgers would be a disaster."""
    held = {
        "customers": session.scalar(select(func.count()).select_from(Customer)) or 0,
        "assets": session.scalar(select(func.count()).select_from(Asset)) or 0,
        "areas": session.scalar(select(func.count()).select_from(TransformerArea)) or 0,
    }
    if any(held.values()):
        raise Rejected([Problem("database", msg(QT_TRANSLATE_NOOP(
            "station",
            "The database already holds data ({customers} customers, {assets} assets, {areas} areas); "
            "demo data is written only into an empty database"), **held))])


def _dates(values: Any) -> list[dt.date | None]:
    return list(values.astype("datetime64[D]").astype(object))


def _customer_rows(plan: DemoPlan) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    from station.demo.people import customer_texts

    c = plan.customers
    t = customer_texts(plan)
    opened, closed = _dates(c.opened), _dates(c.closed)
    from station.demo import names as N

    reasons = N.CLOSE_REASONS
    rows: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for i in range(len(c)):
        cid = i + 1
        area = int(c.area[i])
        cap = float(c.capacity_kva[i])
        rows.append({
            "id": cid, "account_no": t.account_no[i], "name": t.name[i], "address": t.address[i],
            "phone": t.phone[i], "tariff_category": CATEGORIES[c.category[i]], "industry": t.industry[i],
            "voltage_level": c.voltage[i], "contract_capacity_kva": cap,
            "running_capacity_kva": 0.0 if c.status[i] == "suspended" else cap,
            "area_id": area + 1 if area >= 0 else None, "status": c.status[i],
            "opened_on": opened[i], "closed_on": closed[i],
            "close_reason": reasons[cid % len(reasons)] if closed[i] else None,
            "penalty_multiple": None, "import_batch_id": None,
        })
        if area >= 0:
            links.append({"id": len(links) + 1, "customer_id": cid, "area_id": area + 1,
                          "valid_from": opened[i], "valid_to": closed[i]})
    return rows, links


def _same_keys(table: Any, rows: list[dict[str, Any]]) -> None:
    """Core's executemany needs every row to carry the same keys: fill the missing ones with the column's
    scalar default (as the ORM would have), else None."""
    keys: set[str] = set()
    for r in rows:
        keys.update(r)
    columns = table.__table__.columns
    defaults = {
        k: columns[k].default.arg if columns[k].default is not None and columns[k].default.is_scalar else None
        for k in keys
    }
    for r in rows:
        if len(r) != len(keys):
            for k in keys.difference(r):
                r[k] = defaults[k]


def _reset_sequences(session: Session, tables: Iterable[str]) -> None:
    """Rows went in with explicit ids; PostgreSQL's sequences must move past them for later inserts."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name in tables:
        session.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), COALESCE((SELECT max(id) FROM {name}), 0) + 1, false)"
        ))


def generate_demo(
    session: Session,
    *,
    customers: int,
    seed: int = 1,
    as_of: dt.date | None = None,
    operator: str = "demo",
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
    months: int = 0,
    truth: str | None = None,
) -> DemoResult:
    """Write a demo station of `customers` accounts into the empty database behind `session`.

    months > 0 adds that many months of consumption, 台区 supply and meter swaps (station.demo.consumption);
    truth names a CSV file for the injected theft cases.

    The caller owns the transaction (a cancel raises Cancelled and the caller's rollback leaves nothing).
    Raises Rejected when the database already holds customers, assets or 台区.
    """
    from station.demo.assets import build_metering

    _ensure_empty(session)
    progress(0.0, QT_TRANSLATE_NOOP("station", "Drawing the demo station"))
    plan = plan_demo(customers, seed, as_of)
    customer_rows, links = _customer_rows(plan)
    if cancelled():
        raise Cancelled()
    metering = build_metering(plan)
    progress(0.3, QT_TRANSLATE_NOOP("station", "Writing the demo station"))
    a = plan.areas
    areas = [
        {"id": i + 1, "code": a.code[i], "name": a.name[i], "feeder": a.feeder[i],
         "transformer_kva": float(a.kva[i]), "gateway_meter": metering.gateway_asset_no[i],
         "area_type": a.area_type[i]}
        for i in range(len(a.code))
    ]  # fmt: skip
    users = _demo_users(session)
    batches: list[tuple[Any, list[dict[str, Any]]]] = [
        (User, users), (TransformerArea, areas), (Customer, customer_rows), (CustomerAreaLink, links),
        (MeteringPoint, metering.points), (Asset, metering.assets), (AssetEvent, metering.events),
    ]
    _write_batches(session, batches, progress, cancelled)
    _reset_sequences(session, [t.__tablename__ for t, _ in batches])

    _remember(session, plan, customers=customers, seed=seed, operator=operator)
    counts = {
        "areas": len(areas), "customers": len(customer_rows), "metering_points": len(metering.points),
        "assets": len(metering.assets), "asset_events": len(metering.events), "users": len(users),
    }
    audit.record(session, operator=operator, action="demo", entity="station", entity_id=None,
                 after={"seed": seed, "as_of": plan.as_of, **counts})
    if months > 0:
        counts.update(_consumption(session, plan, months, truth, operator=operator, progress=progress,
                                   cancelled=cancelled))  # fmt: skip
    counts.update(_work_history(session, seed=seed, as_of=plan.as_of, operator=operator))
    progress(1.0, QT_TRANSLATE_NOOP("station", "Demo station written"))
    return DemoResult(plan=plan, counts=counts)


def _consumption(
    session: Session, plan: DemoPlan, months: int, truth: str | None, *, operator: str, progress: Progress,
    cancelled: IsCancelled,
) -> dict[str, int]:  # fmt: skip
    """`months` of consumption, 台区 supply and meter swaps; the injected theft cases to `truth` when named."""
    from station.demo.consumption import generate_consumption, write_truth

    grown = generate_consumption(session, plan, months=months, operator=operator, progress=progress,
                                 cancelled=cancelled)  # fmt: skip
    if truth:
        write_truth(truth, grown.truth)
    return dict(grown.counts)


def _remember(session: Session, plan: DemoPlan, *, customers: int, seed: int, operator: str) -> None:
    """The station's name and code, and what re-draws the same plan (customer i is id i + 1): a later step
    that adds consumption to this station calls plan_demo(**demo.plan) instead of reading 200,000 rows back."""
    settings.put(session, "station.name", plan.station_name, operator=operator)
    settings.put(session, "station.code", plan.station_code, operator=operator)
    settings.put(session, DEMO_PLAN_KEY, {"customers": customers, "seed": seed, "as_of": plan.as_of.isoformat()},
                 operator=operator)  # fmt: skip


def _demo_users(session: Session) -> list[dict[str, Any]]:
    """The demo's people (password `demo`), less those the database already holds."""
    from station.auth import hash_secret
    from station.demo import names as N

    # One hash for all: scrypt costs 50 ms a user, and the demo's password is public anyway.
    demo_hash = hash_secret(N.PASSWORD)
    users = [{"id": i + 1, "name": name, "role": role, "password_hash": demo_hash, "active": True,
              "cert_no": N.CERTS.get(name, (None, None))[0], "cert_grade": N.CERTS.get(name, (None, None))[1]}
             for i, (name, role) in enumerate(N.USERS)]
    existing_users = set(session.scalars(select(User.name)))
    users = [u for u in users if u["name"] not in existing_users]
    if existing_users:  # a fresh database may already hold its administrator: let ids come from the sequence
        for u in users:
            u.pop("id")
    return users


def _write_batches(
    session: Session, batches: list[tuple[Any, list[dict[str, Any]]]], progress: Progress, cancelled: IsCancelled
) -> None:
    """Insert the tables' rows a chunk at a time, with progress and cancel between chunks."""
    total = sum(len(rows) for _, rows in batches) or 1
    done = 0
    for table, rows in batches:
        _same_keys(table, rows)
        for start in range(0, len(rows), CHUNK):
            if cancelled():
                raise Cancelled()
            chunk = rows[start : start + CHUNK]
            # The Core table, not the ORM entity: the ORM's bulk path splits a chunk into one executemany per
            # pattern of None values (thousands of statements); Core sends the chunk in one.
            session.execute(insert(table.__table__), chunk)
            done += len(chunk)
            progress(0.3 + 0.68 * done / total, QT_TRANSLATE_NOOP("station", "Writing the demo station"))


def _work_history(session: Session, *, seed: int, as_of: dt.date, operator: str) -> dict[str, int]:
    """The due history, work orders and audit tickets of the demo station, drawn from the finished ledgers."""
    from station.demo import names as N
    from station.demo.inspections import generate_history
    from station.demo.orders import generate_orders
    from station.demo.tickets import generate_tickets

    counts: dict[str, int] = {}
    # Last: the history reads the installed devices, after the consumption step's meter swaps; its rows take
    # ids from the sequences (reset above), so they never collide with the explicit ids written before.
    counts.update(generate_history(
        session, seed=seed, as_of=as_of,
        inspectors=[n for n, role in N.USERS if role == "inspector"],
        metering_staff=[n for n, role in N.USERS if role == "metering"]))

    # After the users and the due history: the orders name the demo's inspectors and supervisor.
    counts.update({f"orders_{k}" if k != "orders" else k: v for k, v in generate_orders(
        session, seed=seed, as_of=as_of, operator=operator).items()})

    # Last: the record audit reads the finished ledgers and orders; its tickets name the demo's people.
    counts.update(generate_tickets(session, as_of=as_of, operator=operator))
    return counts


def stored_plan(session: Session) -> DemoPlan | None:
    """The plan of the demo written into this database (None when it holds no demo), drawn again."""
    saved = settings.get(session, DEMO_PLAN_KEY)
    if not saved:
        return None
    return plan_demo(int(saved["customers"]), int(saved["seed"]), dt.date.fromisoformat(saved["as_of"]))
