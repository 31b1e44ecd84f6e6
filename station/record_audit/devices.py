"""Checks of the metering devices: multiplier against the ratios, class minimum, life, readings at swaps."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Asset, AssetEvent, Customer, MeteringPoint, TransformerArea
from station.domain.codes import AssetKind, AssetStatus, EventKind
from station.domain.metering import multiplier as ratio_multiplier
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.record_audit.catalogue import Hit
from station.rule_settings.ruleset import RuleSet


def multiplier(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    """The point's 综合倍率 on record against CT ratio × PT ratio of what is installed (the bill uses the former)."""
    rows = session.execute(
        select(MeteringPoint.id, MeteringPoint.name, MeteringPoint.multiplier, Customer.account_no, Customer.name,
               TransformerArea.code, Asset.kind, Asset.ratio)
        .join(Customer, MeteringPoint.customer_id == Customer.id)
        .outerjoin(TransformerArea, Customer.area_id == TransformerArea.id)
        .join(Asset, Asset.metering_point_id == MeteringPoint.id)
        .where(Asset.status == AssetStatus.INSTALLED)
        .order_by(Customer.account_no, MeteringPoint.id)).all()
    points: dict[int, dict] = {}
    for point_id, point, recorded, account_no, name, area, kind, ratio in rows:
        p = points.setdefault(point_id, {"point": point, "recorded": recorded, "account_no": account_no,
                                         "name": name, "area": area or "", "ct": set(), "pt": set()})
        if kind in (AssetKind.CT, AssetKind.PT) and ratio:
            p[kind].add(ratio)
    hits = []
    for point_id, p in points.items():
        if len(p["ct"]) > 1 or len(p["pt"]) > 1:
            problem = msg(QT_TRANSLATE_NOOP("station", "{point}: installed transformers of different ratios ({ratios})"),
                          point=p["point"], ratios=", ".join(sorted(p["ct"] | p["pt"])))
        else:
            ct, pt = next(iter(p["ct"]), None), next(iter(p["pt"]), None)
            expected = ratio_multiplier(ct, pt)
            if expected == p["recorded"]:
                continue
            problem = msg(QT_TRANSLATE_NOOP("station", "{point}: multiplier {recorded} on record, CT {ct} × PT {pt} "
                                                       "gives {expected}"),
                          point=p["point"], recorded=p["recorded"], ct=ct or "—", pt=pt or "—", expected=expected)
        hits.append(Hit("multiplier", "metering_point", point_id, p["account_no"], p["account_no"], p["name"],
                        p["area"], problem))
    return hits


def _exceptions(session: Session, on: dt.date, reasons: set[str], check: str) -> list[Hit]:
    """The due list's exceptions (one decision: station.due.service.exceptions) as record-audit hits."""
    from station.due.service import exceptions

    key = ("record_audit.exceptions", on)
    if key not in session.info:  # two checks read the same list: build it once per audit run
        session.info[key] = exceptions(session, on)
    return [Hit(check, "asset", e.asset_id, e.asset_no, e.account_no, e.customer_name, e.area_code, e.detail)
            for e in session.info[key] if e.reason in reasons]


def class_minimum(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    return _exceptions(session, on, {"below_minimum"}, "class_minimum")


def expired_in_service(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    hits = _exceptions(session, on, {"unverified", "past_life"}, "expired_in_service")
    failed = session.execute(
        select(Asset.id, Asset.asset_no, Customer.account_no, Customer.name, TransformerArea.code, Asset.verified_on)
        .join(MeteringPoint, Asset.metering_point_id == MeteringPoint.id)
        .join(Customer, MeteringPoint.customer_id == Customer.id)
        .outerjoin(TransformerArea, Customer.area_id == TransformerArea.id)
        .where(Asset.status == AssetStatus.INSTALLED, Asset.verification_result == "fail")
        .order_by(Asset.asset_no)).all()
    return hits + [Hit("expired_in_service", "asset", r.id, r.asset_no, r.account_no, r.name, r.code or "",
                       msg(QT_TRANSLATE_NOOP("station", "Failed its verification of {day} and is still installed"),
                           day=r.verified_on or "—")) for r in failed]


def swap_reading(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    """Meter installs and removals without a register reading: the kWh across the swap cannot be billed."""
    rows = session.execute(
        select(AssetEvent.kind, AssetEvent.happened_on, Asset.id, Asset.asset_no, Customer.account_no,
               Customer.name, TransformerArea.code)
        .join(Asset, AssetEvent.asset_id == Asset.id)
        .outerjoin(MeteringPoint, AssetEvent.metering_point_id == MeteringPoint.id)
        .outerjoin(Customer, MeteringPoint.customer_id == Customer.id)
        .outerjoin(TransformerArea, Customer.area_id == TransformerArea.id)
        .where(Asset.kind == AssetKind.METER, AssetEvent.kind.in_((EventKind.INSTALLED, EventKind.REMOVED)),
               AssetEvent.reading.is_(None))
        .order_by(AssetEvent.happened_on, Asset.asset_no)).all()
    seen: dict[int, list[str]] = defaultdict(list)
    for r in rows:
        seen[r.id].append(f"{r.kind} {r.happened_on}")
    out, done = [], set()
    for r in rows:
        if r.id in done:
            continue
        done.add(r.id)
        out.append(Hit("swap_reading", "asset", r.id, r.asset_no, r.account_no or "", r.name or "", r.code or "",
                       msg(QT_TRANSLATE_NOOP("station", "No register reading recorded at: {events}"),
                           events=", ".join(seen[r.id]))))
    return out
