"""The station's yearly work summary (年度工作总结, issue 11): the paragraph a station writes each year, filled from
the records, each figure a named query that drills down to its rows.

What counts, and by which date (so that the figures can be checked against the rows):
- 检查户次 — a periodic-inspection visit (inspection_visit, by its day) or a reported target of an on-site
  work order (by the order's report day), one per customer and day; 户数 the distinct customers.
- Rectifications — findings re-checked and passed (rectified or closed), by the day of the passing re-check
  (the day the finding was closed when it has none), by category: 计量装置 of customers of the large-capacity
  limit and above, 违约用电, 安全隐患 located in a 配电室, 接线错误, 故障表计 (single-phase: a 220 V customer).
  A voided finding does not count.
- Back-billing — cases in a final state (approved, served, settled, refused, transferred, closed) and of their
  latest version (an amended case counts once, as amended), by the day of approval; theft apart from the rest.
- 稽查工作传票 — received by the day it was raised, closed (and of those 查实) by the day it was closed, replied late
  by its reply deadline: a ticket whose deadline fell in the year and that was not replied by then (replied later,
  or still not replied) counts for the year of the deadline.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, and_, func, literal, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from db.schema import (
    AuditTicket,
    BillingCase,
    Customer,
    Finding,
    FindingEvent,
    InspectionVisit,
    WorkOrder,
    WorkOrderTarget,
)
from station.i18n import QT_TRANSLATE_NOOP
from station.orders import states
from station.orders.vocab import DESK_KINDS


@dataclass(frozen=True, slots=True)
class Drill:
    """One row behind a figure: whose, when, what (an order or case number), and how much."""

    account_no: str
    name: str
    on: dt.date | None
    ref: str
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    code: str
    title: str  # English, marked for translation
    unit: str
    value: Decimal
    rows: tuple[Drill, ...]


@dataclass(frozen=True, slots=True)
class YearSummary:
    year: int
    figures: tuple[Figure, ...]
    previous: dict[str, Decimal]  # the year before, by code

    def value(self, code: str) -> Decimal:
        return next(f.value for f in self.figures if f.code == code)


FINAL_CASES = (states.APPROVED, states.SERVED, states.SETTLED, states.REFUSED, states.TRANSFERRED, states.C_CLOSED)
PASSED = (states.RECTIFIED, states.F_CLOSED)


def _bounds(year: int) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)


def _day(value: dt.datetime | dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def visits(session: Session, year: int) -> list[Drill]:
    """One row per customer and day inspected (both sources together, counted once)."""
    start, end = _bounds(year)
    seen: dict[tuple[str, dt.date | None], Drill] = {}
    visited = session.execute(
        select(Customer.account_no, Customer.name, InspectionVisit.visited_on, InspectionVisit.work_order_id)
        .select_from(InspectionVisit)
        .join(Customer, InspectionVisit.customer_id == Customer.id)
        .where(InspectionVisit.visited_on >= start.date(), InspectionVisit.visited_on < end.date())).all()
    for account, name, on, order_id in visited:
        seen.setdefault((account, on), Drill(account, name, on, "" if order_id is None else str(order_id)))
    reported = session.execute(
        select(Customer.account_no, Customer.name, WorkOrder.reported_at, WorkOrder.number)
        .select_from(WorkOrderTarget)
        .join(WorkOrder, WorkOrderTarget.order_id == WorkOrder.id)
        .join(Customer, WorkOrderTarget.customer_id == Customer.id)
        .where(WorkOrderTarget.result.is_not(None), WorkOrder.kind.not_in(DESK_KINDS),
               WorkOrder.status != states.CANCELLED, WorkOrder.reported_at >= start,
               WorkOrder.reported_at < end)).all()
    for account, name, at, number in reported:
        seen.setdefault((account, _day(at)), Drill(account, name, _day(at), number))
    return sorted(seen.values(), key=lambda d: (d.on or dt.date.min, d.account_no))


def _rectified(session: Session, year: int, *where: ColumnElement[bool]) -> list[Drill]:
    start, end = _bounds(year)
    passed = (select(FindingEvent.finding_id, func.max(FindingEvent.at).label("at"))
              .where(FindingEvent.kind == "recheck-pass").group_by(FindingEvent.finding_id).subquery())
    when = func.coalesce(passed.c.at, Finding.closed_at)
    stmt: Select = (
        select(Customer.account_no, Customer.name, when.label("on"), WorkOrder.number)
        .select_from(Finding)
        .join(WorkOrder, Finding.order_id == WorkOrder.id)
        .outerjoin(Customer, Finding.customer_id == Customer.id)
        .outerjoin(passed, passed.c.finding_id == Finding.id)
        .where(Finding.status.in_(PASSED), when >= start, when < end, *where)
        .order_by(when, Finding.id))
    return [Drill(a or "", n or "", _day(on), number) for a, n, on, number in session.execute(stmt)]


def _cases(session: Session, year: int, theft: bool) -> tuple[list[Drill], Decimal, Decimal]:
    """The final, latest-version cases approved in `year` (theft or the rest), and their kWh and yuan."""
    start, end = _bounds(year)
    newer = aliased(BillingCase)
    latest = ~select(newer.id).where(newer.supersedes_id == BillingCase.id).exists()
    kind = BillingCase.calc_kind == "theft" if theft else BillingCase.calc_kind != "theft"
    stmt = (select(Customer.account_no, Customer.name, BillingCase.approved_at, BillingCase.number,
                   BillingCase.kwh, BillingCase.total)
            .select_from(BillingCase)
            .outerjoin(Customer, BillingCase.customer_id == Customer.id)
            .where(BillingCase.status.in_(FINAL_CASES), latest, kind, BillingCase.approved_at >= start,
                   BillingCase.approved_at < end)
            .order_by(BillingCase.approved_at, BillingCase.number))
    rows, kwh, yuan = [], Decimal(0), Decimal(0)
    for a, n, on, number, case_kwh, total in session.execute(stmt):
        rows.append(Drill(a or "", n or "", _day(on), number, case_kwh))
        kwh += case_kwh or 0
        yuan += total or 0
    return rows, kwh, yuan


def _tickets(session: Session, year: int, on: ColumnElement[Any] | InstrumentedAttribute[Any], *where: ColumnElement[bool],
             by_date: bool = False) -> list[Drill]:
    """Tickets whose date `on` falls in `year`: the object (户号, asset or 台区), the theme and the number.

    `by_date` when `on` is a DATE column: SQLite compares it as text, and "2026-01-01" sorts before a datetime bound
    "2026-01-01 00:00:00", so a date column needs date bounds.
    """
    start, end = _bounds(year)
    low, high = (start.date(), end.date()) if by_date else (start, end)
    stmt = (select(AuditTicket.account_no, AuditTicket.object_key, AuditTicket.theme, on, AuditTicket.number)
            .where(on >= low, on < high, *where).order_by(on, AuditTicket.number))
    return [Drill(account or key, theme, _day(day), number) for account, key, theme, day, number in session.execute(stmt)]


def _late(today: dt.date) -> ColumnElement[bool]:
    """Not replied by its deadline: replied after it, or neither replied nor closed by it (a ticket closed by itself
    because the record was corrected has no reply and is in time when it closed by the deadline)."""
    replied, closed = func.date(AuditTicket.replied_at, type_=Date), func.date(AuditTicket.closed_at, type_=Date)
    return or_(replied > AuditTicket.reply_by,
               and_(AuditTicket.replied_at.is_(None), func.coalesce(closed, literal(today, Date)) > AuditTicket.reply_by))


def _ticket_specs(session: Session, year: int) -> list[tuple[str, str, str, Callable[[], list[Drill]]]]:
    from station.audit_tickets import states as ticket_states

    closed = AuditTicket.status == ticket_states.CLOSED
    return [
        ("tickets_received", QT_TRANSLATE_NOOP("station", "Audit tickets received"), "份",
         lambda: _tickets(session, year, AuditTicket.created_at)),
        ("tickets_closed", QT_TRANSLATE_NOOP("station", "Audit tickets closed"), "份",
         lambda: _tickets(session, year, AuditTicket.closed_at, closed)),
        ("tickets_confirmed", QT_TRANSLATE_NOOP("station", "Closed audit tickets confirmed (查实)"), "份",
         lambda: _tickets(session, year, AuditTicket.closed_at, closed, AuditTicket.verdict == ticket_states.CONFIRMED)),
        ("tickets_late", QT_TRANSLATE_NOOP("station", "Audit tickets not replied by their deadline"), "份",
         lambda: _tickets(session, year, AuditTicket.reply_by, _late(dt.date.today()), by_date=True)),
    ]


def _count(rows: list[Drill]) -> Decimal:
    return Decimal(len(rows))


def _figures(session: Session, year: int, large_kva: Decimal) -> list[Figure]:
    capacity = func.coalesce(Customer.running_capacity_kva, Customer.contract_capacity_kva)
    seen = visits(session, year)
    thefts, theft_kwh, theft_yuan = _cases(session, year, theft=True)
    others, other_kwh, other_yuan = _cases(session, year, theft=False)
    specs: list[tuple[str, str, str, Callable[[], list[Drill]], Callable[[list[Drill]], Decimal]]] = [
        ("visits", QT_TRANSLATE_NOOP("station", "Customer visits"), "户次", lambda: seen, _count),
        ("customers", QT_TRANSLATE_NOOP("station", "Customers inspected"), "户",
         lambda: list({d.account_no: d for d in seen}.values()), _count),
        ("metering_large", QT_TRANSLATE_NOOP("station", "Metering installations of large customers rectified"), "处",
         lambda: _rectified(session, year, Finding.category == "metering", capacity >= large_kva), _count),
        ("violations", QT_TRANSLATE_NOOP("station", "Violations corrected"), "起",
         lambda: _rectified(session, year, Finding.category == "violation"), _count),
        ("hazards_room", QT_TRANSLATE_NOOP("station", "Hazards in distribution rooms removed"), "处",
         lambda: _rectified(session, year, Finding.category == "hazard", Finding.location.like("%配电室%")), _count),
        ("wiring", QT_TRANSLATE_NOOP("station", "Wrong wirings of meters and CTs corrected"), "处",
         lambda: _rectified(session, year, Finding.category == "wiring"), _count),
        ("faulty_1", QT_TRANSLATE_NOOP("station", "Faulty single-phase meters replaced"), "只",
         lambda: _rectified(session, year, Finding.category == "faulty-meter", Customer.voltage_level == "220V"),
         _count),
        ("faulty_3", QT_TRANSLATE_NOOP("station", "Faulty three-phase meters replaced"), "只",
         lambda: _rectified(session, year, Finding.category == "faulty-meter",
                            or_(Customer.voltage_level.is_(None), Customer.voltage_level != "220V")), _count),
        ("backbilled_kwh", QT_TRANSLATE_NOOP("station", "kWh back-billed (violations, faults, errors)"), "kWh",
         lambda: others, lambda _rows: other_kwh),
        ("backbilled_yuan", QT_TRANSLATE_NOOP("station", "Yuan back-billed (violations, faults, errors)"), "元",
         lambda: others, lambda _rows: other_yuan),
        ("thefts", QT_TRANSLATE_NOOP("station", "Customers caught stealing electricity"), "户",
         lambda: list({d.account_no: d for d in thefts}.values()), _count),
        ("theft_kwh", QT_TRANSLATE_NOOP("station", "kWh of theft back-billed"), "kWh", lambda: thefts,
         lambda _rows: theft_kwh),
        ("theft_yuan", QT_TRANSLATE_NOOP("station", "Yuan of theft back-billed and penalised"), "元",
         lambda: thefts, lambda _rows: theft_yuan),
        *((code, title, unit, rows_of, _count) for code, title, unit, rows_of in _ticket_specs(session, year)),
    ]
    out = []
    for code, title, unit, rows_of, value_of in specs:
        rows = rows_of()
        out.append(Figure(code, title, unit, value_of(rows), tuple(rows)))
    return out


def year_summary(session: Session, year: int) -> YearSummary:
    from station.rule_settings.store import load_rules

    large = Decimal(str(load_rules(session)["inspection.large_capacity_kva"]))
    figures = _figures(session, year, large)
    previous = {f.code: f.value for f in _figures(session, year - 1, large)}
    return YearSummary(year, tuple(figures), previous)


def _n(value: Decimal) -> str:
    return f"{value:,.0f}" if value == value.to_integral() else f"{value:,.2f}"


def paragraph(summary: YearSummary) -> str:
    """The sentence of the yearly report (Chinese: it goes into the station's own report)."""
    v = summary.value
    return (f"{summary.year}年共检查客户{_n(v('visits'))}户次（{_n(v('customers'))}户）；整改100 kVA及以上客户计量装置"
            f"{_n(v('metering_large'))}处，纠正违约用电{_n(v('violations'))}起，消除配电室安全隐患{_n(v('hazards_room'))}处，"
            f"纠正电能表及互感器错误接线{_n(v('wiring'))}处，更换故障单相电能表{_n(v('faulty_1'))}只、三相电能表"
            f"{_n(v('faulty_3'))}只；追补电量{_n(v('backbilled_kwh'))} kWh（电费{_n(v('backbilled_yuan'))}元）；查处窃电"
            f"{_n(v('thefts'))}户，追补并处罚电量{_n(v('theft_kwh'))} kWh、金额{_n(v('theft_yuan'))}元；接收稽查工作传票"
            f"{_n(v('tickets_received'))}份，办结{_n(v('tickets_closed'))}份（查实{_n(v('tickets_confirmed'))}份），"
            f"逾期未回复{_n(v('tickets_late'))}份。")


__all__ = ["Drill", "Figure", "YearSummary", "paragraph", "visits", "year_summary"]
