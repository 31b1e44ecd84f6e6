"""换表 (the meter swap) and the asset steps named by numbers (the CLI's, a handheld export's).

A swap is the ledger's removal and installation in one transaction, through station.assets' own steps (so
the lifecycle guards, the install decision of station.domain.lifecycle, the readings that cannot go
backwards and the multiplier recomputation are the same as one step at a time): two asset events, one pair,
or nothing. Every reason of both halves is reported at once where it can be: when the removal is refused,
the new asset is still checked on its own (status, verification, service life, reading).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import Asset, AssetEvent, Customer, MeteringPoint, MonthlyConsumption
from station import assets
from station.customers import normalise_search
from station.domain import lifecycle
from station.domain.codes import AssetStatus, EventKind
from station.domain.problems import Problem, Rejected
from station.domain.readings import REMOVAL_REASONS, InstallContext, reading_question, removal_reason_problems
from station.i18n import QT_TRANSLATE_NOOP, Message, msg, translator


@dataclass(frozen=True, slots=True)
class SwapRequest:
    """One 换表: the customer (and its point, when it has several), the readings, the new asset, the reason."""

    account_no: str
    new_asset_no: str
    old_reading: Decimal | None
    new_reading: Decimal | None
    reason: str  # a REMOVAL_REASONS code
    on: dt.date
    point_name: str | None = None
    kind: str = "meter"
    below_last: str | None = None  # why the closing reading may be below the last known one
    note: str = ""


@dataclass(frozen=True, slots=True)
class SwapResult:
    removed_id: int
    installed_id: int
    metering_point_id: int
    multiplier: Decimal
    question: Message | None = None  # the closing reading questioned against the energy billed (not refused)


def reason_text(code: str, note: str = "") -> str:
    """What the asset event records: the reason in the ledger's Chinese, and the clerk's note after it."""
    text = msg(REMOVAL_REASONS[code]).text(translator("zh_CN"))
    return f"{text}：{note.strip()}" if note.strip() else text


def _no_such(field: str, template: str, value: object) -> Rejected:
    return Rejected([Problem(field, msg(template, value=value), value, "not_found")])


def find_asset_id(session: Session, asset_no: str, field: str = "asset") -> int:
    found = assets.find_asset(session, asset_no)
    if found is None:
        raise _no_such(field, QT_TRANSLATE_NOOP("station", "No asset with number {value}"),
                       normalise_search(asset_no))
    return found


def find_point(session: Session, account_no: str, point_name: str | None, kind: str) -> int:
    """The metering point of 户号 `account_no` a step of `kind` means: the named one, else the only one, else
    the only one carrying an installed `kind` (a swap) — several candidates are refused, naming them."""
    account = normalise_search(account_no)
    customer_id = session.scalar(select(Customer.id).where(Customer.account_no == account))
    if customer_id is None:
        raise _no_such("customer", QT_TRANSLATE_NOOP("station", "No customer with 户号 {value}"), account)
    points = list(session.execute(select(MeteringPoint.id, MeteringPoint.name)
                                  .where(MeteringPoint.customer_id == customer_id).order_by(MeteringPoint.id)))
    if point_name:
        points = [p for p in points if p.name == point_name.strip()]
    elif len(points) > 1:
        carrying = set(session.scalars(select(Asset.metering_point_id).where(
            Asset.metering_point_id.in_([p.id for p in points]), Asset.kind == kind,
            Asset.status == AssetStatus.INSTALLED)))
        points = [p for p in points if p.id in carrying] or points
    if len(points) == 1:
        return int(points[0].id)
    if not points:
        raise _no_such("point", QT_TRANSLATE_NOOP("station", "户号 {value} has no such metering point"),
                       account if not point_name else f"{account} {point_name}")
    names = "、".join(p.name for p in points)
    raise Rejected([Problem("point", msg(QT_TRANSLATE_NOOP(
        "station", "户号 {account} has several metering points ({names}): name one"), account=account,
        names=names), names, "ambiguous")])


def installed_on(session: Session, point_id: int, kind: str) -> int:
    """The asset of `kind` installed on the point now (a swap's old one)."""
    found = session.scalars(select(Asset.id).where(
        Asset.metering_point_id == point_id, Asset.kind == kind, Asset.status == AssetStatus.INSTALLED)
        .order_by(Asset.asset_no)).first()
    if found is None:
        raise Rejected([Problem("old_asset", msg(QT_TRANSLATE_NOOP(
            "station", "No {kind} is installed on this metering point: install one instead of swapping"),
            kind=kind), kind, "nothing_installed")])
    return int(found)


def install_context(session: Session, asset_id: int) -> InstallContext | None:
    """What a closing reading of this installed meter is weighed against (station.domain.readings)."""
    asset = session.get(Asset, asset_id)
    if asset is None or asset.kind != "meter" or asset.metering_point_id is None:
        return None
    point = session.get(MeteringPoint, asset.metering_point_id)
    installed = session.execute(select(AssetEvent.happened_on, AssetEvent.reading).where(
        AssetEvent.asset_id == asset_id, AssetEvent.kind == EventKind.INSTALLED,
        AssetEvent.metering_point_id == asset.metering_point_id)
        .order_by(AssetEvent.happened_on.desc(), AssetEvent.id.desc()).limit(1)).first()
    if point is None or installed is None or installed.reading is None:
        return None
    since = installed.happened_on.year * 100 + installed.happened_on.month
    billed = session.scalar(select(func.sum(MonthlyConsumption.kwh)).where(
        MonthlyConsumption.customer_id == point.customer_id, MonthlyConsumption.month >= since))
    return InstallContext(installed.happened_on, Decimal(installed.reading), Decimal(point.multiplier),
                          None if billed is None else float(billed))


def _renamed(problems: list[Problem], prefix: str) -> list[Problem]:
    """The halves' fields told apart (reading → old_reading / new_reading) so the dialog marks the right one."""
    return [dataclasses.replace(p, field=f"{prefix}{p.field}") for p in problems]


def _new_asset_problems(session: Session, new_id: int, on: dt.date, reading: Decimal | None) -> list[Problem]:
    """The new asset alone (when the removal half was refused): may it be installed, is its reading given."""
    asset = session.get(Asset, new_id)
    assert asset is not None
    problems = lifecycle.can_install(asset, on)
    if reading is None:
        problems.append(Problem("reading", msg(QT_TRANSLATE_NOOP(
            "station", "The register reading is required at every install and removal")), None, "required"))
    return problems


def swap_meter(session: Session, req: SwapRequest, operator: str) -> SwapResult:
    """换表 in the caller's transaction: remove the installed asset with its closing reading, install the new
    one with its opening reading, on one day; Rejected with every reason found, nothing written."""
    problems = removal_reason_problems(req.reason)
    point_id = find_point(session, req.account_no, req.point_name, req.kind)
    old_id = installed_on(session, point_id, req.kind)
    new_id = find_asset_id(session, req.new_asset_no, "new_asset")
    new_kind = session.scalar(select(Asset.kind).where(Asset.id == new_id))
    if new_kind != req.kind:
        problems.append(Problem("new_asset", msg(QT_TRANSLATE_NOOP(
            "station", "{asset_no} is a {kind}, not a {wanted}"), asset_no=req.new_asset_no, kind=new_kind,
            wanted=req.kind), req.new_asset_no, "wrong_kind"))
    if problems:
        raise Rejected(problems)
    text = reason_text(req.reason, req.note)
    question = reading_question(req.old_reading, install_context(session, old_id))  # before the removal
    try:
        assets.remove_asset(session, old_id, req.on, req.old_reading, operator, text, below_last=req.below_last)
    except Rejected as exc:
        raise Rejected(_renamed(exc.problems, "old_")
                       + _renamed(_new_asset_problems(session, new_id, req.on, req.new_reading), "new_")) from None
    try:
        assets.install_asset(session, new_id, point_id, req.on, req.new_reading, operator, text)
    except Rejected as exc:
        raise Rejected(_renamed(exc.problems, "new_")) from None
    point = session.get(MeteringPoint, point_id)
    assert point is not None
    return SwapResult(old_id, new_id, point_id, Decimal(point.multiplier), question)
