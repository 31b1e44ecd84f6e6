"""Editing an asset's own fields after receipt, and with an installed CT's or PT's ratio its point's multiplier.

Services take the caller's session and never commit (station.actions.assets owns the transaction). The rules
are station.domain.nameplate's; the version check is station.domain.stale's, so a form opened before someone
else's edit or lifecycle step is told, with the fields saved now.

A point's CTs (or PTs) share one ratio. When they agree before the edit, the edited ratio is the point's: the
others of the set follow, each audited. When they already disagree (an old record), the edit must bring this
one in line with the others (lifecycle.ratio_problems) — it never spreads a value nobody checked.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Asset, Customer, MeteringPoint
from station import assets, audit
from station.domain import lifecycle, nameplate
from station.domain.codes import AssetKind, AssetStatus
from station.domain.metering import plain
from station.domain.problems import Problem, Rejected
from station.domain.rows import AssetRow
from station.domain.stale import bump, version_problems


@dataclass(frozen=True, slots=True)
class AssetEditView:
    """What the edit form loads: the asset (with its version) and, when installed, its point."""

    asset: AssetRow
    point: str | None = None  #: "户号 name / point name" of the point it is installed on
    multiplier: Decimal | None = None  #: the point's multiplier now
    other_ratio: str | None = None  #: the other transformer's ratio on the point (the PT's for a CT)
    siblings: tuple[str, ...] = ()  #: the other assets of its kind on the point, which share its ratio


@dataclass(frozen=True, slots=True)
class AssetEditResult:
    asset: AssetRow
    changed: dict[str, Any]  #: field → new value, of the edited asset
    followed: tuple[str, ...] = ()  #: the asset numbers of the point's set whose ratio followed
    multiplier: tuple[Decimal, Decimal] | None = None  #: the point's multiplier before and after


def _installed_on_point(asset: Asset) -> bool:
    return (asset.status == AssetStatus.INSTALLED and asset.metering_point_id is not None
            and asset.kind in (AssetKind.CT, AssetKind.PT))


def _others(session: Session, asset: Asset, kind: str, *, lock: bool = False) -> list[Asset]:
    stmt = select(Asset).where(Asset.metering_point_id == asset.metering_point_id, Asset.kind == kind,
                               Asset.status == AssetStatus.INSTALLED, Asset.id != asset.id).order_by(Asset.asset_no)
    return list(session.scalars(stmt.with_for_update() if lock else stmt))


def _point_label(session: Session, point: MeteringPoint) -> str:
    customer = session.get(Customer, point.customer_id)
    return f"{customer.account_no} {customer.name} / {point.name}" if customer is not None else point.name


def _other_ratio(session: Session, asset: Asset) -> str | None:
    other = AssetKind.PT if asset.kind == AssetKind.CT else AssetKind.CT
    found = _others(session, asset, other)
    return found[0].ratio if found else None


def edit_view(session: Session, asset_id: int) -> AssetEditView | None:
    row = assets.asset_row(session, asset_id)
    asset = session.get(Asset, asset_id)
    if row is None or asset is None:
        return None
    if not _installed_on_point(asset):
        return AssetEditView(row)
    point = session.get(MeteringPoint, asset.metering_point_id)
    assert point is not None  # the foreign key holds it
    return AssetEditView(row, _point_label(session, point), plain(Decimal(point.multiplier)), _other_ratio(session, asset),
                         tuple(a.asset_no for a in _others(session, asset, asset.kind)))


def _now_values(session: Session, asset: Asset) -> dict[str, Any]:
    """What a stale refusal shows: the nameplate as saved now, with the status and where it sits."""
    row = assets.asset_row(session, asset.id)
    return {**nameplate.nameplate(asset), "status": asset.status, "account_no": row.account_no if row else None}


def _ratio_plan(session: Session, asset: Asset, ratio: str | None,
                confirmed: bool | Decimal) -> tuple[list[Asset], tuple[Decimal, Decimal] | None, list[Problem]]:
    """Who follows a new ratio on an installed CT/PT, the point's multiplier before/after, and the refusals."""
    others = _others(session, asset, asset.kind, lock=True)
    problems: list[Problem] = []
    followers = others if all(o.ratio == asset.ratio for o in others) else []
    if not followers:
        problems += lifecycle.ratio_problems(asset.kind, ratio, [lifecycle.Occupant(o.asset_no, o.ratio)
                                                                  for o in others])
    point = session.get(MeteringPoint, asset.metering_point_id, with_for_update=True)
    assert point is not None  # the foreign key holds it
    try:
        after = nameplate.point_multiplier(asset.kind, ratio, _other_ratio(session, asset))
    except ValueError:  # a ratio the field checks already refuse
        return followers, None, problems
    before = plain(Decimal(point.multiplier))
    problems += nameplate.multiplier_problems(_point_label(session, point), before, after, confirmed)
    return followers, (before, after) if before != after else None, problems


def _write(session: Session, asset: Asset, values: Mapping[str, Any], operator: str) -> None:
    old, new = audit.changes({k: getattr(asset, k) for k in values}, values)
    for k, v in new.items():
        setattr(asset, k, v)
    bump(asset)
    audit.record(session, operator=operator, action="update", entity="asset", entity_id=asset.id,
                 before=old, after=new)


def edit_asset(session: Session, asset_id: int, changes: Mapping[str, Any], operator: str, *,
               version: int | None = None, confirm_multiplier: bool | Decimal = False) -> AssetEditResult:
    """Write `changes` (field → value, station.domain.nameplate.EDITABLE) over the asset; Rejected with every
    reason. `version`: the one the form loaded (stale → refused with the values saved now). An installed CT's
    or PT's new ratio changes its point's multiplier only with `confirm_multiplier` (code confirm_multiplier):
    True, or the new multiplier the editor was shown (refused again when the point gives another)."""
    asset = assets.locked_asset(session, asset_id)
    stale = version_problems(version, asset.version, lambda: _now_values(session, asset))
    if stale:
        raise Rejected(stale)
    todo = nameplate.changed(nameplate.nameplate(asset), changes)
    problems = nameplate.edit_problems(asset, todo)
    followers: list[Asset] = []
    moved: tuple[Decimal, Decimal] | None = None
    if "ratio" in todo and _installed_on_point(asset) and not problems:
        followers, moved, more = _ratio_plan(session, asset, todo["ratio"], confirm_multiplier)
        problems += more
    if problems:
        raise Rejected(problems)
    if todo:
        _write(session, asset, todo, operator)
    for other in followers:
        _write(session, other, {"ratio": todo["ratio"]}, operator)
    if moved is not None and asset.metering_point_id is not None:
        assets.recompute_multiplier(session, asset.metering_point_id, operator)  # audited before/after, bumped
    row = assets.asset_row(session, asset_id)
    assert row is not None  # written in this very transaction
    return AssetEditResult(row, dict(todo), tuple(o.asset_no for o in followers), moved)
