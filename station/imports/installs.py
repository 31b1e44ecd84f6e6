"""Assets imported with 安装户号: checked against where they sit now, then installed on the customer's main point.

An asset file from the marketing system records what is already in the field, so an import does not
walk the lifecycle (issue → install); it refuses only what can never be in service (a failed or scrapped
asset) and what would silently move an asset between customers. Expired meters are accepted: they are
installed today, and the rotation schedule is what must show them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Asset, AssetEvent, Customer, MeteringPoint
from station import settings
from station.customers import default_metering_method
from station.domain.codes import AssetKind, AssetStatus, CustomerStatus, EventKind
from station.domain.lifecycle import Occupant, install_problems
from station.domain.metering import device_class, multiplier
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.imports.bulk import insert_many, select_in, update_rows
from station.imports.preview import ImportPreview, RowChecker

#: The reason on every AssetEvent an import writes.
IMPORT_REASON = "imported"
MAIN_POINT = "主计量点"
_NEVER_IN_SERVICE = (AssetStatus.FAILED, AssetStatus.TO_SCRAP, AssetStatus.SCRAPPED)
#: The reason a file may not change the status of an asset already in the ledger.
LIFECYCLE_ONLY = QT_TRANSLATE_NOOP(
    "station", "status changes go through the asset lifecycle (stored: {stored}); the import does not change it")


@dataclass
class _Field:
    """What the ledger holds for the customers and assets a file names, loaded in one query per table."""

    customers: dict[str, tuple[int, tuple[str, Any]]]  # 户号 → (customer id, (voltage, capacity))
    closed: set[str]
    main_points: dict[int, int]  # customer id → its main (lowest id) metering point
    # What the main points carry now, then each install of this file as it is accepted (keyed by customer,
    # as a customer without a point yet gets exactly one), held to PER_POINT.
    occupants: dict[tuple[int, str], list[Occupant]]
    owners: dict[int, str]  # metering point id → 户号, for the assets already installed somewhere


def _load_field(
    session: Session, rows: list[tuple[int, dict[str, Any], tuple[Any, ...]]], stored: dict[str, dict[str, Any]]
) -> _Field:
    wanted = {v["install_account_no"] for _, v, _ in rows if v.get("install_account_no")}
    customers: dict[str, tuple[int, tuple[str, Any]]] = {}
    closed: set[str] = set()
    for acc, cid, voltage, capacity, customer_status in select_in(
        session,
        [Customer.account_no, Customer.id, Customer.voltage_level, Customer.contract_capacity_kva, Customer.status],
        Customer.account_no,
        wanted,
    ):
        customers[acc] = (cid, (voltage, capacity))
        if customer_status == CustomerStatus.CLOSED:
            closed.add(acc)
    main_points: dict[int, int] = {}
    for pid, cid in select_in(
        session, [MeteringPoint.id, MeteringPoint.customer_id], MeteringPoint.customer_id, [c for c, _ in customers.values()]
    ):
        if cid not in main_points or pid < main_points[cid]:
            main_points[cid] = pid
    point_customer = {pid: cid for cid, pid in main_points.items()}
    occupants: dict[tuple[int, str], list[Occupant]] = {}
    for pid, kind, asset_no, ratio in select_in(
        session, [Asset.metering_point_id, Asset.kind, Asset.asset_no, Asset.ratio], Asset.metering_point_id,
        point_customer, Asset.status == AssetStatus.INSTALLED.value,
    ):
        occupants.setdefault((point_customer[pid], kind), []).append(Occupant(asset_no, ratio))
    owners = dict(
        select_in(
            session,
            [MeteringPoint.id, Customer.account_no],
            MeteringPoint.id,
            [old["metering_point_id"] for old in stored.values() if old["metering_point_id"] is not None],
            MeteringPoint.customer_id == Customer.id,
        )
    )
    return _Field(customers, closed, main_points, occupants, owners)


#: A refusal: (field, message template, parameters); None when the row passes.
_Refusal = tuple[str, str, dict[str, Any]] | None


def _without_account(values: dict[str, Any], old: dict[str, Any] | None, field: _Field) -> _Refusal:
    """A row with no 安装户号: it may not contradict where the ledger has the asset, nor change its status.

    An existing asset changes status only by its lifecycle steps (issue, install, remove, scrap), each with its
    checks and event; an import may install it but not set any other status."""
    status = values.get("status")
    old_point = old["metering_point_id"] if old else None
    if old_point is not None and status and status != AssetStatus.INSTALLED:
        return ("status", QT_TRANSLATE_NOOP(
            "station", "installed at 户号 {account}: remove it through the asset ledger first"),
            {"account": field.owners.get(old_point, "?")})
    if old_point is None and status == AssetStatus.INSTALLED:
        return ("status", QT_TRANSLATE_NOOP("station", "an installed asset needs its 安装户号"), {})
    if old is not None and status and status != old["status"]:
        return ("status", LIFECYCLE_ONLY, {"stored": old["status"]})
    return None


def _already_installed(values: dict[str, Any], old: dict[str, Any], account: str, field: _Field) -> _Refusal:
    """A row for an asset the ledger has installed: only where it is, and without a status change."""
    other = field.owners.get(old["metering_point_id"])
    if other != account:
        return ("install_account_no", QT_TRANSLATE_NOOP(
            "station", "installed at 户号 {other}: remove it there before installing it at {account}"),
            {"other": other or "?", "account": account})
    status = values.get("status")
    if status and status != old["status"]:
        return ("status", LIFECYCLE_ONLY, {"stored": old["status"]})
    return None


def _not_installable(values: dict[str, Any], old: dict[str, Any] | None, account: str) -> _Refusal:
    """A row that names a 安装户号 but a status or a history that can never be in service."""
    status = values.get("status")
    if status and status != AssetStatus.INSTALLED:
        return ("status", QT_TRANSLATE_NOOP(
            "station", "status {status} contradicts 安装户号 {account}"), {"status": status, "account": account})
    result = values.get("verification_result") or (old["verification_result"] if old else None)
    if result == "fail" or (old is not None and old["status"] in _NEVER_IN_SERVICE):
        return ("install_account_no", QT_TRANSLATE_NOOP("station", "a failed or scrapped asset cannot be installed"), {})
    return None


def _decide(values: dict[str, Any], old: dict[str, Any] | None, field: _Field) -> tuple[_Refusal, bool]:
    """(the refusal or None, whether the row is an install to write) for one row, by the rules above."""
    account = values.get("install_account_no")
    if not account:
        return _without_account(values, old, field), False
    if account not in field.customers:
        return ("install_account_no", QT_TRANSLATE_NOOP("station", "no customer with 户号 {account}"),
                {"account": account}), False
    if old is not None and old["metering_point_id"] is not None:
        return _already_installed(values, old, account, field), False  # already in place when accepted
    return _not_installable(values, old, account), True


def plan_installs(
    session: Session,
    checker: RowChecker,
    rows: list[tuple[int, dict[str, Any], tuple[Any, ...]]],
    stored: dict[str, dict[str, Any]],
) -> list[tuple[int, dict[str, Any]]]:
    """The rows that may be written; installs go into preview.extra["installs"] / ["new_points"]."""
    preview = checker.preview
    field = _load_field(session, rows, stored)
    installs: list[dict[str, Any]] = []
    new_points: dict[int, tuple[str, Any]] = {}  # customer id → (voltage, capacity)
    accepted: list[tuple[int, dict[str, Any]]] = []
    for line, values, cells in rows:
        old = stored.get(values["asset_no"])
        refusal, installing = _decide(values, old, field)
        if refusal is not None:
            name, template, params = refusal
            checker.reject(line, cells, name, msg(template, **params))
            continue
        if not installing:
            accepted.append((line, values))
            continue
        account = values["install_account_no"]
        cid, supply = field.customers[account]
        kind = values.get("kind") or (old["kind"] if old else None)
        ratio = values.get("ratio") or (old["ratio"] if old else None)
        taken = field.occupants.setdefault((cid, kind or ""), [])
        # The ledger's decision (station.domain.lifecycle), on what the point carries plus this file's installs.
        problems = install_problems(kind or "", ratio, taken, customer_closed=account in field.closed, account=account)
        if problems:
            first = problems[0]
            checker.reject(line, cells, "install_account_no" if first.field == "metering_point_id" else first.field,
                           first.message)
            continue
        taken.append(Occupant(values["asset_no"], ratio))
        values["status"] = AssetStatus.INSTALLED
        installs.append({
            "asset_no": values["asset_no"], "customer_id": cid, "account_no": account, "line": line,
            "point_id": field.main_points.get(cid), "status_before": old["status"] if old else None,
            "kind": kind,
        })
        if cid not in field.main_points:
            new_points[cid] = supply
        accepted.append((line, values))
    preview.extra["installs"] = installs
    preview.extra["new_points"] = new_points
    if new_points:
        preview.notes.append(msg(QT_TRANSLATE_NOOP(
            "station", "{n} customers get a main metering point for their installed assets"), n=len(new_points)))
    return accepted


def main_point_row(customer_id: int, voltage: str, capacity: Any, edition: str) -> dict[str, Any]:
    """The default main point of a customer, as station.customers.create_customer makes it."""
    method = default_metering_method(voltage)
    try:
        cls = device_class(voltage, 1 if voltage == "220V" else 3, edition, capacity_kva=capacity, metering_method=method)
    except ValueError:
        cls = "V" if voltage == "220V" else "IV"  # an unknown voltage code: the low-voltage classes
    return {"customer_id": customer_id, "name": MAIN_POINT, "metering_method": method, "device_class": cls,
            "multiplier": 1, "energised_on": None}


def point_edition(session: Session) -> str:
    """The DL/T 448 edition the station classifies points by (a station setting)."""
    return str(settings.get(session, "metering.device_class_edition"))


def point_audit(row: dict[str, Any], point_id: int) -> dict[str, Any]:
    after = {k: row[k] for k in ("customer_id", "name", "metering_method", "device_class", "multiplier")}
    return {"action": "create", "entity": "metering_point", "entity_id": point_id, "after": after}


def write_installs(
    session: Session,
    preview: ImportPreview,
    asset_ids: dict[str, int],
    operator: str,
    audit_rows: list[dict[str, Any]],
) -> tuple[int, int]:
    """Create missing main points, put the assets on them, write their events, recompute multipliers."""
    installs: list[dict[str, Any]] = preview.extra.get("installs", [])
    new_points: dict[int, tuple[str, Any]] = preview.extra.get("new_points", {})
    ratio_changed = [u.id for u in preview.updates if "ratio" in u.after]
    if not installs and not ratio_changed:
        return 0, 0
    edition = point_edition(session)
    point_rows = {cid: main_point_row(cid, voltage, capacity, edition) for cid, (voltage, capacity) in new_points.items()}
    insert_many(session, MeteringPoint.__table__, list(point_rows.values()))  # type: ignore[arg-type]
    created = dict(
        (cid, pid) for pid, cid in select_in(
            session, [MeteringPoint.id, MeteringPoint.customer_id], MeteringPoint.customer_id, new_points)
    )
    audit_rows.extend(point_audit(point_rows[cid], pid) for cid, pid in created.items())
    today, now = dt.date.today(), dt.datetime.now()
    events = []
    for item in installs:
        point = item["point_id"] or created[item["customer_id"]]
        item["point_id"] = point
        events.append({
            "asset_id": asset_ids[item["asset_no"]], "kind": EventKind.INSTALLED.value, "happened_on": today,
            "operator": operator, "metering_point_id": point, "reason": IMPORT_REASON,
            "status_before": item["status_before"], "status_after": AssetStatus.INSTALLED.value, "created_at": now,
        })
    update_rows(session, Asset.__table__, [  # type: ignore[arg-type]
        (asset_ids[i["asset_no"]], {"metering_point_id": i["point_id"], "status": AssetStatus.INSTALLED.value})
        for i in installs
    ])
    insert_many(session, AssetEvent.__table__, events)  # type: ignore[arg-type]
    points = {i["point_id"] for i in installs}
    points.update(p for (p,) in select_in(session, [Asset.metering_point_id], Asset.id, ratio_changed) if p)
    _recompute_multipliers(session, points, audit_rows)
    return len(created), len(installs)


def _recompute_multipliers(session: Session, points: set[int], audit_rows: list[dict[str, Any]]) -> None:
    """综合倍率 = CT ratio × PT ratio of what is installed on each point now (station.domain.metering)."""
    if not points:
        return
    ratios: dict[int, dict[str, str]] = {}
    for pid, kind, ratio in select_in(
        session, [Asset.metering_point_id, Asset.kind, Asset.ratio], Asset.metering_point_id, points,
        Asset.status == AssetStatus.INSTALLED.value, Asset.kind.in_([AssetKind.CT.value, AssetKind.PT.value]),
    ):
        ratios.setdefault(pid, {}).setdefault(kind, ratio)  # three CTs of one point share their ratio
    stored = dict(session.execute(select(MeteringPoint.id, MeteringPoint.multiplier).where(MeteringPoint.id.in_(points))).all())
    changes = []
    for pid in points:
        r = ratios.get(pid, {})
        try:
            value = multiplier(r.get(AssetKind.CT.value), r.get(AssetKind.PT.value))
        except ValueError:
            continue  # a malformed stored ratio: the record audit reports it; the import leaves the point alone
        if stored.get(pid) != value:
            changes.append((pid, {"multiplier": value}))
            audit_rows.append({"action": "update", "entity": "metering_point", "entity_id": pid,
                               "before": {"multiplier": stored.get(pid)}, "after": {"multiplier": value}})
    update_rows(session, MeteringPoint.__table__, changes)  # type: ignore[arg-type]
