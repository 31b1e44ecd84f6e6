"""Checks of the 台区 ledger: a gateway meter on record, customers' capacity against the transformer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.schema import Customer, TransformerArea
from station.domain.codes import CustomerStatus
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.record_audit.catalogue import Hit
from station.rule_settings.ruleset import RuleSet


def gateway(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    """台区 without a gateway meter cannot have their line loss computed (the supply has no meter of record)."""
    rows = session.execute(select(TransformerArea.id, TransformerArea.code, TransformerArea.name).where(
        or_(TransformerArea.gateway_meter.is_(None), TransformerArea.gateway_meter == ""))
        .order_by(TransformerArea.code)).all()
    return [Hit("area_gateway", "area", r.id, r.code, "", r.name, r.code, msg(QT_TRANSLATE_NOOP(
        "station", "No gateway meter on record: the line loss of this area cannot be computed"))) for r in rows]


def capacity(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    ratio = Decimal(str(rules["audit.area_capacity_ratio"]))
    kva = func.sum(func.coalesce(Customer.running_capacity_kva, Customer.contract_capacity_kva))
    rows = session.execute(
        select(TransformerArea.id, TransformerArea.code, TransformerArea.name, TransformerArea.transformer_kva,
               kva.label("kva"), func.count().label("n"))
        .join(Customer, Customer.area_id == TransformerArea.id)
        .where(Customer.status != CustomerStatus.CLOSED, TransformerArea.transformer_kva > 0)
        .group_by(TransformerArea.id, TransformerArea.code, TransformerArea.name, TransformerArea.transformer_kva)
        .having(kva > TransformerArea.transformer_kva * ratio)
        .order_by(TransformerArea.code)).all()
    return [Hit("area_capacity", "area", r.id, r.code, "", r.name, r.code, msg(QT_TRANSLATE_NOOP(
        "station", "{n} customers hold {kva} kVA on a {transformer} kVA transformer (more than {ratio}×)"),
        n=r.n, kva=r.kva, transformer=r.transformer_kva, ratio=ratio)) for r in rows]
