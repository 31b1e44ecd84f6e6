"""Checks of the customer ledger: category against industry, supply and metering method, meters, duplicates."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from db.schema import Asset, Customer, MeteringPoint, TransformerArea
from station.codes import Group, industry_group
from station.codes.store import load_index
from station.domain.codes import AssetKind, AssetStatus, CustomerStatus
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.record_audit.catalogue import Hit
from station.rule_settings.ruleset import RuleSet

#: Industries (their 门类 or 用电分类 group) that may pay the 居民生活 tariff: residents, and the non-residents
#: 发改价格〔2013〕973号 puts on it — schools (P 教育), social welfare (Q 卫生和社会工作), community and village
#: committees (S), and the 1.0 table's public-services group.
RESIDENTIAL_GROUPS = frozenset({"城乡居民生活用电", "P", "Q", "S", "公共服务及管理组织"})
#: Groups that are production: not on the 居民生活 tariff, and not on 农业生产 either (A 农、林、牧、渔业 is).
PRODUCTION_GROUPS = frozenset({"B", "C", "D", "E"})
BUSINESS_CATEGORIES = frozenset({"一般工商业", "大工业", "工商业"})

_CAPACITY = func.coalesce(Customer.running_capacity_kva, Customer.contract_capacity_kva)


def _row_hit(check: str, row, problem) -> Hit:  # type: ignore[no-untyped-def]
    return Hit(check, "customer", row.id, row.account_no, row.account_no, row.name, row.area_code or "", problem)


def _customers(*where):  # type: ignore[no-untyped-def]
    return (select(Customer.id, Customer.account_no, Customer.name, TransformerArea.code.label("area_code"),
                   Customer.tariff_category, Customer.industry, Customer.voltage_level, _CAPACITY.label("kva"))
            .outerjoin(TransformerArea, Customer.area_id == TransformerArea.id)
            .where(*where).order_by(Customer.account_no))


def category_mismatch(category: str, group: Group | None) -> bool:
    """Whether a tariff category and an industry's group contradict each other (None group: unknown, no call)."""
    if group is None:
        return False
    if category == "居民生活":
        return group.code not in RESIDENTIAL_GROUPS
    if category in BUSINESS_CATEGORIES:
        return group.code == "城乡居民生活用电"
    if category == "农业生产":
        return group.code in PRODUCTION_GROUPS or group.code == "城乡居民生活用电"
    return False


def category_industry(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    index = load_index(session)
    rows = session.execute(_customers(Customer.status != CustomerStatus.CLOSED, Customer.industry != "")).all()
    groups: dict[str, Group | None] = {}
    hits = []
    for r in rows:
        if r.industry not in groups:
            groups[r.industry] = industry_group(r.industry, index)
        group = groups[r.industry]
        if category_mismatch(r.tariff_category, group):
            assert group is not None
            hits.append(_row_hit("category_industry", r, msg(QT_TRANSLATE_NOOP(
                "station", "Tariff category {category} with industry {industry} ({group})"),
                category=r.tariff_category, industry=r.industry, group=f"{group.code} {group.name}")))
    return hits


def metering_method(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    """≥ low_supply_max_kva supplied and metered at low voltage; > low_side_metering_max_kva metered on the low side."""
    low_max = Decimal(str(rules["audit.low_supply_max_kva"]))
    side_max = Decimal(str(rules["audit.low_side_metering_max_kva"]))
    stmt = (_customers(Customer.status != CustomerStatus.CLOSED, _CAPACITY >= low_max)
            .add_columns(MeteringPoint.metering_method, MeteringPoint.name.label("point"))
            .join(MeteringPoint, MeteringPoint.customer_id == Customer.id))
    hits = []
    for r in session.execute(stmt).all():
        if r.metering_method == "低供低计":
            hits.append(_row_hit("metering_method", r, msg(QT_TRANSLATE_NOOP(
                "station", "{kva} kVA supplied and metered at low voltage (低供低计) at {point}; "
                           "from {limit} kVA the supply is high voltage"), kva=r.kva, point=r.point, limit=low_max)))
        elif r.metering_method == "高供低计" and r.kva > side_max:
            hits.append(_row_hit("metering_method", r, msg(QT_TRANSLATE_NOOP(
                "station", "{kva} kVA metered on the low side (高供低计) at {point}; above {limit} kVA it is "
                           "metered on the high side"), kva=r.kva, point=r.point, limit=side_max)))
    return hits


def large_not_inspected(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    """The due list's overdue periodic inspections of customers at or above the large-capacity limit."""
    from station.due.items import DueKind, DueStatus
    from station.due.service import due_items

    large = Decimal(str(rules["inspection.large_capacity_kva"]))
    items = due_items(session, on, kinds=[DueKind.INSPECTION], statuses=[DueStatus.OVERDUE])
    ids = [it.target_id for it in items if it.target_id is not None]
    kva = dict(session.execute(select(Customer.id, _CAPACITY).where(Customer.id.in_(ids))).all()) if ids else {}
    return [Hit("large_not_inspected", "customer", it.target_id, it.account_no, it.account_no, it.customer_name,
                it.area_code, msg(QT_TRANSLATE_NOOP(
                    "station", "{kva} kVA, last inspected {last}, due {due}: {rule}"),
                    kva=kva[it.target_id], last=it.last_done or "—", due=it.due_on or "—", rule=it.rule))
            for it in items if it.target_id is not None and (kva.get(it.target_id) or 0) >= large]


def no_meter(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    metered = (select(MeteringPoint.customer_id).join(Asset, Asset.metering_point_id == MeteringPoint.id)
               .where(Asset.kind == AssetKind.METER, Asset.status == AssetStatus.INSTALLED))
    rows = session.execute(_customers(Customer.status == CustomerStatus.ACTIVE, Customer.id.not_in(metered))).all()
    return [_row_hit("no_meter", r, msg(QT_TRANSLATE_NOOP(
        "station", "In supply ({category}, {voltage}) with no meter installed on any metering point"),
        category=r.tariff_category, voltage=r.voltage_level)) for r in rows]


def closed_with_meter(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    stmt = (_customers(Customer.status == CustomerStatus.CLOSED)
            .add_columns(Asset.asset_no, Customer.closed_on)
            .join(MeteringPoint, MeteringPoint.customer_id == Customer.id)
            .join(Asset, and_(Asset.metering_point_id == MeteringPoint.id, Asset.kind == AssetKind.METER,
                              Asset.status == AssetStatus.INSTALLED)))
    return [_row_hit("closed_with_meter", r, msg(QT_TRANSLATE_NOOP(
        "station", "Closed on {closed}, meter {asset} still installed (remove it in the asset ledger)"),
        closed=r.closed_on or "—", asset=r.asset_no)) for r in session.execute(stmt).all()]


def duplicates(session: Session, rules: RuleSet, on: dt.date) -> list[Hit]:
    """Accounts sharing a name and an address (one customer opened twice?), and phones on many accounts."""
    live = Customer.status != CustomerStatus.CLOSED
    pairs = (select(Customer.name, Customer.address).where(live, Customer.address != "")
             .group_by(Customer.name, Customer.address).having(func.count() > 1).subquery())
    twins = session.execute(
        _customers(live).add_columns(Customer.address)
        .join(pairs, and_(pairs.c.name == Customer.name, pairs.c.address == Customer.address))).all()
    by_pair: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in twins:
        by_pair[r.name, r.address].append(r.account_no)
    hits = [_row_hit("duplicates", r, msg(QT_TRANSLATE_NOOP(
        "station", "Same name and address as account(s) {others}"),
        others=", ".join(a for a in by_pair[r.name, r.address] if a != r.account_no))) for r in twins]
    shared = int(rules["audit.shared_phone_accounts"])
    phones = (select(Customer.phone).where(live, Customer.phone != "").group_by(Customer.phone)
              .having(func.count() >= shared).subquery())
    for r in session.execute(_customers(live).add_columns(Customer.phone)
                             .join(phones, phones.c.phone == Customer.phone)).all():
        hits.append(_row_hit("duplicates", r, msg(QT_TRANSLATE_NOOP(
            "station", "Phone {phone} is on {limit} or more accounts"), phone=r.phone, limit=shared)))
    return hits
