"""The meter-asset ledger (计量资产台账): search, rows, detail, and the lifecycle steps of DOMAIN.md."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, insert, or_, select
from sqlalchemy.orm import Session

from db.locks import write_lock
from db.schema import Asset, AssetEvent, Customer, MeteringPoint, TransformerArea
from station import audit
from station.customers import (
    CHUNK,
    contains_text,
    fetch_ids,
    no_index,
    normalise_search,
    prefix_range,
    sort_order,
)
from station.domain import lifecycle, readings
from station.domain.codes import AssetKind, AssetStatus, EventKind
from station.domain.metering import multiplier
from station.domain.problems import Problem, Rejected
from station.domain.rows import AssetDetail, AssetEventRow, AssetRow
from station.domain.stale import bump, version_problems
from station.domain.validation import validate_asset_fields
from station.i18n import QT_TRANSLATE_NOOP, msg

# --- Search ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssetFilter:
    text: str = ""
    kind: str | None = None
    status: str | None = None
    model: str | None = None
    verified_year: int | None = None
    account_no: str | None = None  # installed at this customer
    area_id: int | None = None  # installed at a customer of this 台区


ASSET_SORT_KEYS: tuple[str, ...] = (
    "asset_no", "factory_no", "kind", "model", "maker", "accuracy_class", "ratio", "status",
    "made_on", "received_on", "verified_on", "batch_no", "account_no",
)
_NULLABLE_SORTS = frozenset({"made_on", "received_on", "verified_on", "account_no"})


def asset_conditions(flt: AssetFilter, dialect: str | None = None) -> list[ColumnElement[bool]]:
    """WHERE terms of a filter, shared with exports and reports of the same view (see customer_conditions)."""
    where: list[ColumnElement[bool]] = []
    text = normalise_search(flt.text)
    if text and text.isascii() and text.isdigit():  # a scan or a typed barcode/factory number
        where.append(or_(prefix_range(Asset.asset_no, text), prefix_range(Asset.factory_no, text)))
    elif text:
        where.append(or_(*(contains_text(c, text, dialect) for c in (Asset.factory_no, Asset.model, Asset.maker))))
    for column, value in ((Asset.kind, flt.kind), (Asset.status, flt.status), (Asset.model, flt.model)):
        if value:  # few values, each matching many rows: scanning beats the index
            where.append(no_index(column, dialect) == value)
    if flt.verified_year is not None:
        y = flt.verified_year
        where.append(Asset.verified_on >= dt.date(y, 1, 1))
        where.append(Asset.verified_on < dt.date(y + 1, 1, 1))
    if flt.account_no or flt.area_id is not None:
        points = select(MeteringPoint.id).join(Customer, Customer.id == MeteringPoint.customer_id)
        if flt.account_no:
            points = points.where(Customer.account_no == normalise_search(flt.account_no))
        if flt.area_id is not None:
            points = points.where(Customer.area_id == flt.area_id)
        where.append(Asset.metering_point_id.in_(points))
    return where


def asset_ids(session: Session, flt: AssetFilter, sort_key: str = "asset_no", descending: bool = False) -> list[int]:
    """The ids of matching assets in display order: one query; ties broken by id."""
    if sort_key not in ASSET_SORT_KEYS:
        raise ValueError(f"unknown sort key {sort_key!r}; one of {ASSET_SORT_KEYS}")
    dialect = session.get_bind().dialect.name
    where = asset_conditions(flt, dialect)
    stmt = select(Asset.id).where(*where)
    if sort_key == "account_no":
        column: Any = Customer.account_no
        stmt = (stmt.outerjoin(MeteringPoint, MeteringPoint.id == Asset.metering_point_id)
                .outerjoin(Customer, Customer.id == MeteringPoint.customer_id))
    else:
        column = getattr(Asset, sort_key)
    order = sort_order(no_index(column, dialect) if where else column, Asset.id, descending,
                       sort_key in _NULLABLE_SORTS)
    return fetch_ids(session, stmt.order_by(*order))


def asset_rows(session: Session, ids: Iterable[int]) -> dict[int, AssetRow]:
    """Rows for `ids` (a page) with where each is installed, one query per CHUNK ids."""
    wanted = list(ids)
    out: dict[int, AssetRow] = {}
    for i in range(0, len(wanted), CHUNK):
        stmt = (select(Asset, Customer.account_no, Customer.name, TransformerArea.code)
                .outerjoin(MeteringPoint, MeteringPoint.id == Asset.metering_point_id)
                .outerjoin(Customer, Customer.id == MeteringPoint.customer_id)
                .outerjoin(TransformerArea, TransformerArea.id == Customer.area_id)
                .where(Asset.id.in_(wanted[i:i + CHUNK])))
        for a, account_no, customer_name, area_code in session.execute(stmt):
            out[a.id] = to_row(a, account_no, customer_name, area_code)
    return out


def to_row(a: Asset, account_no: str | None = None, customer_name: str | None = None,
           area_code: str | None = None) -> AssetRow:
    return AssetRow(
        a.id, a.asset_no, a.factory_no, a.kind, a.model, a.maker, a.accuracy_class, a.rated_voltage,
        a.rated_current, a.constant, a.ratio, a.phases, a.made_on, a.received_on, a.verified_on,
        a.verification_result, a.certificate_no, a.status, a.batch_no, lifecycle.expiry_date(a),
        a.metering_point_id, account_no, customer_name, area_code, a.version or 1,
    )


def asset_row(session: Session, asset_id: int) -> AssetRow | None:
    return asset_rows(session, [asset_id]).get(asset_id)


def asset_detail(session: Session, asset_id: int) -> AssetDetail | None:
    """The asset and its whole life, oldest event first."""
    row = asset_row(session, asset_id)
    if row is None:
        return None
    stmt = (select(AssetEvent, Customer.account_no)
            .outerjoin(MeteringPoint, MeteringPoint.id == AssetEvent.metering_point_id)
            .outerjoin(Customer, Customer.id == MeteringPoint.customer_id)
            .where(AssetEvent.asset_id == asset_id).order_by(AssetEvent.happened_on, AssetEvent.id))
    events = tuple(
        AssetEventRow(e.id, e.kind, e.happened_on, e.operator, e.metering_point_id, account_no, e.reading,
                      e.result, e.certificate_no, e.error_pct, e.reason, e.status_before, e.status_after)
        for e, account_no in session.execute(stmt)
    )
    return AssetDetail(row, events)


def find_asset(session: Session, asset_no: str) -> int | None:
    return session.scalar(select(Asset.id).where(Asset.asset_no == normalise_search(asset_no)))


def distinct_models(session: Session) -> list[str]:
    return list(session.scalars(select(Asset.model).where(Asset.model != "").distinct().order_by(Asset.model)))


# --- Receiving ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssetDraft:
    """One asset as delivered (nameplate data); verification is recorded afterwards."""

    asset_no: str
    kind: str
    factory_no: str = ""
    model: str = ""
    maker: str = ""
    accuracy_class: str = ""
    rated_voltage: str = ""
    rated_current: str = ""
    constant: int | None = None
    ratio: str = ""
    phases: int = 1
    made_on: dt.date | None = None


def validate_receipt(session: Session, drafts: Sequence[AssetDraft]) -> list[Problem]:
    """Field problems of every draft (prefixed by its asset_no) and duplicates in the list or the ledger."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for d in drafts:
        for p in validate_asset_fields(asdict(d)):
            problems.append(Problem(p.field, msg(QT_TRANSLATE_NOOP("station", "{asset_no}: {problem}"),
                                                 asset_no=d.asset_no, problem=p.message), p.value))
        if d.asset_no in seen:
            problems.append(Problem("asset_no", msg(QT_TRANSLATE_NOOP(
                "station", "Asset number {value} appears twice in this delivery"), value=d.asset_no), d.asset_no))
        seen.add(d.asset_no)
    numbers = sorted(seen)
    for i in range(0, len(numbers), CHUNK):
        for taken in session.scalars(select(Asset.asset_no).where(Asset.asset_no.in_(numbers[i:i + CHUNK]))):
            problems.append(Problem("asset_no", msg(QT_TRANSLATE_NOOP(
                "station", "Asset number {value} is already in the ledger"), value=taken), taken))
    return problems


def receive_assets(session: Session, drafts: Sequence[AssetDraft], received_on: dt.date, batch_no: str,
                   operator: str) -> list[int]:
    """新购入库: a delivery (a scanned range or a list) enters as received, awaiting verification.

    All or nothing: any problem rejects the whole delivery. Returns the new ids in the drafts' order.
    """
    problems = validate_receipt(session, drafts)
    if not drafts:
        problems.append(Problem("asset_no", msg(QT_TRANSLATE_NOOP("station", "No assets to receive")), None))
    if problems:
        raise Rejected(problems)
    rows = [{**asdict(d), "received_on": received_on, "batch_no": batch_no, "status": AssetStatus.RECEIVED}
            for d in drafts]
    ids = list(session.scalars(insert(Asset).returning(Asset.id, sort_by_parameter_order=True), rows))
    now = dt.datetime.now()
    session.execute(insert(AssetEvent), [
        {"asset_id": i, "kind": EventKind.RECEIVED, "happened_on": received_on, "operator": operator,
         "reason": batch_no, "status_before": None, "status_after": AssetStatus.RECEIVED, "created_at": now}
        for i in ids
    ])
    audit.record_many(session, [{"action": "receive", "entity": "asset", "entity_id": i, "after": r}
                                for i, r in zip(ids, rows, strict=True)], operator=operator)
    return ids


# --- Lifecycle steps ------------------------------------------------------------------------------


def _asset(session: Session, asset_id: int, version: int | None = None) -> Asset:
    """The asset a lifecycle step starts from, read under the write lock (the step checks its status: two
    counters installing one meter at once must not both see it in stock).

    `version`: the one the dialog loaded; a step taken by someone else since is refused (code stale) with
    the asset as it is now, instead of being applied to a record the clerk never saw."""
    asset = locked_asset(session, asset_id)
    _reject_if(version_problems(version, asset.version, lambda: _now_values(session, asset)))
    return asset


def locked_asset(session: Session, asset_id: int) -> Asset:
    """The asset under the write lock, re-read (a step or an edit checks it, then writes it)."""
    write_lock(session)
    asset = session.get(Asset, asset_id, with_for_update=True, populate_existing=True)
    if asset is None:
        raise Rejected([Problem("id", msg(QT_TRANSLATE_NOOP("station", "No such asset")), asset_id)])
    return asset


def _now_values(session: Session, asset: Asset) -> dict[str, Any]:
    """What a stale refusal shows of the asset: its status, where it sits, its verification, its last step."""
    row = asset_row(session, asset.id)
    last = session.execute(select(AssetEvent.kind, AssetEvent.happened_on, AssetEvent.operator)
                           .where(AssetEvent.asset_id == asset.id)
                           .order_by(AssetEvent.happened_on.desc(), AssetEvent.id.desc()).limit(1)).first()
    return {"status": asset.status, "account_no": row.account_no if row else None,
            "verified_on": asset.verified_on, "verification_result": asset.verification_result,
            "certificate_no": asset.certificate_no, "last_step": last.kind if last else None, "last_step_on": last.happened_on if last else None,
            "last_step_by": last.operator if last else None}


def _guard(session: Session, asset: Asset, kind: EventKind, on: dt.date | None) -> list[Problem]:
    """The state machine's check, and the date: given, and not before the asset's last event."""
    problems = [p for p in [lifecycle.check_transition(asset.status, kind)] if p is not None]
    if on is None:
        problems.append(Problem("happened_on", msg(QT_TRANSLATE_NOOP("station", "This field is required")), None))
        return problems
    last = session.scalar(select(AssetEvent.happened_on).where(AssetEvent.asset_id == asset.id)
                          .order_by(AssetEvent.happened_on.desc()).limit(1))
    if last is not None and on < last:
        problems.append(Problem("happened_on", msg(QT_TRANSLATE_NOOP(
            "station", "{day} is before the asset's last recorded step on {last}"), day=on, last=last), on))
    return problems


def _step(session: Session, asset: Asset, kind: EventKind, on: dt.date, operator: str, *,
          reason: str = "", changes: dict[str, Any] | None = None, result: str | None = None,
          **event: Any) -> None:
    """Apply one lifecycle step: new status and field changes, its asset event, its audit row."""
    before_status = asset.status
    after_status = lifecycle.target_status(asset.status, kind, result)
    fields = {**(changes or {}), "status": after_status}
    old, new = audit.changes({k: getattr(asset, k) for k in fields}, fields)
    for k, v in new.items():
        setattr(asset, k, v)
    bump(asset)
    session.add(AssetEvent(asset_id=asset.id, kind=kind, happened_on=on, operator=operator, reason=reason or "",
                           result=result, status_before=before_status, status_after=after_status,
                           created_at=dt.datetime.now(), **event))
    audit.record(session, operator=operator, action=str(kind), entity="asset", entity_id=asset.id,
                 before=old, after={**new, "happened_on": on, "reason": reason or "", **event})


def _reject_if(problems: list[Problem]) -> None:
    if problems:
        raise Rejected(problems)


def verify_asset(session: Session, asset_id: int, on: dt.date, result: str, certificate_no: str | None,
                 operator: str, *, error_pct: Decimal | None = None, reason: str = "",
                 version: int | None = None) -> None:
    """检定: a lab verification; pass → in stock, fail → failed."""
    asset = _asset(session, asset_id, version)
    problems = _guard(session, asset, EventKind.VERIFIED, on)
    if result not in ("pass", "fail"):
        problems.append(Problem("result", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is not one of: {allowed}"), value=result, allowed="pass, fail"), result))
    if on is not None and asset.made_on is not None and on < asset.made_on:
        problems.append(Problem("verified_on", msg(QT_TRANSLATE_NOOP(
            "station", "Verified on {verified}, before it was made on {made}"), verified=on, made=asset.made_on), on))
    _reject_if(problems)
    _step(session, asset, EventKind.VERIFIED, on, operator, reason=reason, result=result,
          changes={"verified_on": on, "verification_result": result, "certificate_no": certificate_no or None},
          certificate_no=certificate_no or None, error_pct=error_pct)


def issue_asset(session: Session, asset_id: int, on: dt.date, operator: str, reason: str = "", *,
                version: int | None = None) -> None:
    """领出: from stock to a fitter; an asset whose service period has ended is not issued."""
    asset = _asset(session, asset_id, version)
    problems = _guard(session, asset, EventKind.ISSUED, on)
    problems += [p for p in lifecycle.can_install(asset, on) if p.field == "expires_on"]
    _reject_if(problems)
    _step(session, asset, EventKind.ISSUED, on, operator, reason=reason)


def _require_reading(reading: Decimal | None) -> list[Problem]:
    if reading is None:
        return [Problem("reading", msg(QT_TRANSLATE_NOOP(
            "station", "The register reading is required at every install and removal")), None)]
    if reading < 0:
        return [Problem("reading", msg(QT_TRANSLATE_NOOP("station", "A reading cannot be negative")), reading)]
    return []


def install_asset(session: Session, asset_id: int, metering_point_id: int, on: dt.date,
                  reading: Decimal | None, operator: str, reason: str = "", *, version: int | None = None) -> None:
    """安装: onto a metering point with the opening reading; one meter, a CT/PT per phase (PER_POINT)."""
    asset = _asset(session, asset_id, version)
    # can_install checks the status itself, with the verification and expiry guards.
    problems = [p for p in _guard(session, asset, EventKind.INSTALLED, on) if p.field != "status"]
    problems = (lifecycle.can_install(asset, on) if on is not None else []) + problems
    problems += _require_reading(reading)
    # the point is locked too: two meters installed on one point at once are serialised on PostgreSQL
    point = session.get(MeteringPoint, metering_point_id, with_for_update=True)
    if point is None:
        problems.append(Problem("metering_point_id", msg(QT_TRANSLATE_NOOP(
            "station", "No such metering point")), metering_point_id))
    else:
        customer = session.get(Customer, point.customer_id)
        occupants = session.execute(select(Asset.asset_no, Asset.ratio).where(
            Asset.metering_point_id == metering_point_id, Asset.kind == asset.kind,
            Asset.status == AssetStatus.INSTALLED, Asset.id != asset.id).order_by(Asset.asset_no)).all()
        # The point decision is station.domain.lifecycle's, shared with the bulk import.
        problems += [p if p.code != "customer_closed" else dataclasses.replace(p, value=metering_point_id)
                     for p in lifecycle.install_problems(
                         asset.kind, asset.ratio, [lifecycle.Occupant(a, r) for a, r in occupants],
                         customer_closed=customer is not None and customer.status == "closed")]
    _reject_if(problems)
    _step(session, asset, EventKind.INSTALLED, on, operator, reason=reason,
          changes={"metering_point_id": metering_point_id},
          metering_point_id=metering_point_id, reading=reading)
    if asset.kind in (AssetKind.CT, AssetKind.PT):
        recompute_multiplier(session, metering_point_id, operator)


def last_known_reading(session: Session, asset_id: int) -> readings.KnownReading | None:
    """The reading of the asset's latest event that carries one (station.domain.readings says why that one)."""
    row = session.execute(select(AssetEvent.reading, AssetEvent.happened_on, AssetEvent.kind).where(
        AssetEvent.asset_id == asset_id, AssetEvent.reading.is_not(None))
        .order_by(AssetEvent.happened_on.desc(), AssetEvent.id.desc()).limit(1)).first()
    return None if row is None or row[0] is None else readings.KnownReading(Decimal(row[0]), row[1], row[2])


def remove_asset(session: Session, asset_id: int, on: dt.date, reading: Decimal | None, operator: str,
                 reason: str, *, below_last: str | None = None, version: int | None = None) -> None:
    """拆除: off its metering point with the closing reading; back to the lab as removed.

    A closing reading below the last known one is refused unless `below_last` says why (rollover, fault).
    """
    asset = _asset(session, asset_id, version)
    problems = _guard(session, asset, EventKind.REMOVED, on) + _require_reading(reading)
    problems += readings.closing_reading_problems(reading, last_known_reading(session, asset_id), below_last)
    if not (reason or "").strip():
        problems.append(Problem("reason", msg(QT_TRANSLATE_NOOP("station", "Give the reason for the removal")),
                                reason, "required"))
    _reject_if(problems)
    point_id = asset.metering_point_id
    _step(session, asset, EventKind.REMOVED, on, operator, reason=reason, changes={"metering_point_id": None},
          metering_point_id=point_id, reading=reading)
    if point_id is not None and asset.kind in (AssetKind.CT, AssetKind.PT):
        recompute_multiplier(session, point_id, operator)


def return_asset(session: Session, asset_id: int, on: dt.date, operator: str, reason: str = "", *,
                 version: int | None = None) -> None:
    """退库: an issued asset that was not installed goes back to stock."""
    asset = _asset(session, asset_id, version)
    _reject_if(_guard(session, asset, EventKind.RETURNED, on))
    _step(session, asset, EventKind.RETURNED, on, operator, reason=reason)


def mark_to_scrap(session: Session, asset_id: int, on: dt.date, operator: str, reason: str, *,
                  version: int | None = None) -> None:
    """报废申请: a failed, removed or expired asset is set aside for scrapping; the reason is required."""
    asset = _asset(session, asset_id, version)
    problems = _guard(session, asset, EventKind.TO_SCRAP, on)
    if not (reason or "").strip():
        problems.append(Problem("reason", msg(QT_TRANSLATE_NOOP(
            "station", "A reason for scrapping is required")), reason))
    _reject_if(problems)
    _step(session, asset, EventKind.TO_SCRAP, on, operator, reason=reason.strip())


def scrap_asset(session: Session, asset_id: int, on: dt.date, operator: str, reason: str = "", *,
                version: int | None = None) -> None:
    """报废: the asset leaves the ledger's active stock for good (the row and its history stay)."""
    asset = _asset(session, asset_id, version)
    _reject_if(_guard(session, asset, EventKind.SCRAPPED, on))
    _step(session, asset, EventKind.SCRAPPED, on, operator, reason=reason)


def recompute_multiplier(session: Session, metering_point_id: int, operator: str) -> Decimal:
    """综合倍率 of a point from the CT and PT installed on it now; an audit row when it changes."""
    # the point is locked too: two meters installed on one point at once are serialised on PostgreSQL
    point = session.get(MeteringPoint, metering_point_id, with_for_update=True)
    if point is None:
        raise Rejected([Problem("metering_point_id", msg(QT_TRANSLATE_NOOP(
            "station", "No such metering point")), metering_point_id)])
    session.flush()  # the step just taken must be visible to the query below
    ratios = dict(session.execute(select(Asset.kind, Asset.ratio).where(
        Asset.metering_point_id == metering_point_id, Asset.status == AssetStatus.INSTALLED,
        Asset.kind.in_((AssetKind.CT, AssetKind.PT)))).all())
    value = multiplier(ratios.get(AssetKind.CT), ratios.get(AssetKind.PT))
    if point.multiplier != value:
        audit.record(session, operator=operator, action="update", entity="metering_point",
                     entity_id=metering_point_id, before={"multiplier": point.multiplier},
                     after={"multiplier": value})
        point.multiplier = value
        bump(point)
    return value
