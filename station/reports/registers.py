"""The month's registers of the inspection work (issue 11's report pack): 用电检查登记表 (the orders opened in the
month), 问题及整改台账 (the findings recorded in it) and 违章用电窃电登记 (the back-billing cases opened in it).

What counts, and by which date: an order by the day it was opened (created_at); a finding by the day it was
recorded; a case by the day it was opened, as its latest version (an amended case is one line, as amended).
Overdue is counted to the month's end (to today within the current month), on the finding's state now. The rows
come from station.orders' own row functions (order_rows, finding_row, case_row), so the registers say what the
工单 page says; the month's selections and the targets' result counts are single queries of their own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.schema import BillingCase, Customer, Finding, FindingEvent, WorkOrder, WorkOrderTarget
from station.reports.queries import Period, resolve_period, station_name
from station.reports.sealed import LedgerParts

ORDERS_TITLE = "用电检查登记表"
FINDINGS_TITLE = "问题及整改台账"
CASES_TITLE = "违章用电窃电登记"


def _bounds(period: Period) -> tuple[dt.datetime, dt.datetime]:
    return (dt.datetime.combine(period.start, dt.time()),
            dt.datetime.combine(period.end + dt.timedelta(days=1), dt.time()))


def _day(value: dt.date | dt.datetime | None) -> str:
    if value is None:
        return ""
    return (value.date() if isinstance(value, dt.datetime) else value).isoformat()


def _month_period(params: dict[str, Any]) -> Period:
    return resolve_period(params["month"])


def _names(session: Session, accounts: set[str]) -> dict[str, str]:
    if not accounts:
        return {}
    return dict(session.execute(select(Customer.account_no, Customer.name)
                                .where(Customer.account_no.in_(sorted(accounts)))).all())


def _targets_text(accounts: Sequence[str], names: dict[str, str]) -> str:
    return "、".join(f"{a} {names.get(a, '')}".strip() for a in accounts)


def _results(session: Session, ids: list[int]) -> dict[int, str]:
    """Per order, "有问题 1、无问题 2" over its reported targets ("" before the report): one query for all."""
    from station.orders.vocab import RESULT_ZH

    counts: dict[int, dict[str, int]] = {}
    for oid, result, n in session.execute(
            select(WorkOrderTarget.order_id, WorkOrderTarget.result, func.count())
            .where(WorkOrderTarget.order_id.in_(ids), WorkOrderTarget.result.is_not(None))
            .group_by(WorkOrderTarget.order_id, WorkOrderTarget.result)):
        counts.setdefault(oid, {})[str(result)] = int(n)
    return {oid: "、".join(f"{RESULT_ZH.get(k, k)} {n}" for k, n in sorted(c.items(), key=lambda kv: kv[0] != "problem"))
            for oid, c in counts.items()}


def _order_columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 8, "RIGHT"), Column("工单编号", 20), Column("类别", 25, "CENTER"),
        Column("来源", 22, "CENTER"), Column("检查对象", 57, wrap=True), Column("检查人员", 24, wrap=True),
        Column("开单日期", 17, "CENTER"), Column("计划日期", 17, "CENTER"), Column("完成日期", 17, "CENTER"),
        Column("检查结果", 24, wrap=True), Column("状态", 14, "CENTER"),
    ]


def orders_parts(session: Session, params: dict[str, Any]) -> LedgerParts:
    """用电检查登记表 of `params["month"]`: the orders opened in it, by number."""
    from station.orders.queries import order_rows
    from station.orders.states import ORDER_STATE_ZH
    from station.orders.vocab import KIND_ZH, SOURCE_ZH

    period = _month_period(params)
    start, end = _bounds(period)
    dates = {oid: (rep, closed) for oid, rep, closed in session.execute(
        select(WorkOrder.id, WorkOrder.reported_at, WorkOrder.closed_at)
        .where(WorkOrder.created_at >= start, WorkOrder.created_at < end)
        .order_by(WorkOrder.year, WorkOrder.seq))}
    orders = order_rows(session, list(dates))
    results = _results(session, list(dates))
    names = _names(session, {a for o in orders for a in o.customers})
    rows = [[i, o.number, KIND_ZH.get(o.kind, o.kind), SOURCE_ZH.get(o.source, o.source),
             _targets_text(o.customers, names) or (f"台区 {o.area_code}" if o.area_code else ""),
             "、".join(o.inspectors), _day(o.created_at), _day(o.planned_on),
             _day(dates[o.id][0] or dates[o.id][1]), results.get(o.id, ""), ORDER_STATE_ZH.get(o.status, o.status)]
            for i, o in enumerate(orders, 1)]
    by_kind: dict[str, int] = {}
    for o in orders:
        by_kind[KIND_ZH.get(o.kind, o.kind)] = by_kind.get(KIND_ZH.get(o.kind, o.kind), 0) + 1
    return LedgerParts(
        title=ORDERS_TITLE, station=station_name(session), period=period.label, columns=_order_columns(),
        groups=None, rows=rows, unit="张", subtitle="本月开立的用电检查、稽查工单", key_col=1, month=period.month,
        appendix=[_count_appendix("按工单类别统计（张）", by_kind)] if by_kind else [],
        notes=["统计口径：开单日期在本月的工单（含已取消）；完成日期为检查报告日期（无报告时为关闭日期）；"
               "检查结果按检查对象计数。按工单编号排序。"])


def _count_appendix(title: str, counts: dict[str, int]) -> Any:
    from station.reports.template import Appendix

    rows: list[list[Any]] = [[k, n] for k, n in counts.items()] + [["合计", sum(counts.values())]]
    return Appendix(title, ["类别", "数量"], rows, widths=[40, 24], align=["LEFT", "RIGHT"])


def _finding_columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 8, "RIGHT"), Column("问题编号", 24), Column("户号", 20), Column("户名", 26, wrap=True),
        Column("问题类别", 16, "CENTER"), Column("问题描述", 66, wrap=True), Column("发现日期", 17, "CENTER"),
        Column("整改期限", 17, "CENTER"), Column("逾期(天)", 13, "RIGHT"), Column("整改日期", 17, "CENTER"),
        Column("状态", 14, "CENTER"),
    ]


def findings_parts(session: Session, params: dict[str, Any]) -> LedgerParts:
    """问题及整改台账 of `params["month"]`: the findings recorded in it, with their deadline and rectification."""
    from station.orders.findings import overdue_days
    from station.orders.queries import finding_row
    from station.orders.states import F_CLOSED, FINDING_STATE_ZH, RECTIFIED
    from station.orders.vocab import FINDING_CATEGORY_ZH

    period = _month_period(params)
    start, end = _bounds(period)
    cutoff = min(dt.date.today(), period.end)
    passed = (select(FindingEvent.finding_id, func.max(FindingEvent.at).label("at"))
              .where(FindingEvent.kind == "recheck-pass").group_by(FindingEvent.finding_id).subquery())
    found = session.execute(
        select(Finding, WorkOrder.number, Customer.account_no, Customer.name, passed.c.at)
        .join(WorkOrder, WorkOrder.id == Finding.order_id)
        .outerjoin(Customer, Customer.id == Finding.customer_id)
        .outerjoin(passed, passed.c.finding_id == Finding.id)
        .where(Finding.recorded_at >= start, Finding.recorded_at < end)
        .order_by(Finding.recorded_at, Finding.id)).all()
    category = FINDING_CATEGORY_ZH
    rows: list[list[Any]] = []
    overdue = 0
    for i, (f, number, account, name, passed_at) in enumerate(found, 1):
        row = finding_row(f, number, account)
        days = overdue_days(row.status, row.rectify_by, cutoff)
        overdue += days > 0
        done = passed_at or f.closed_at if row.status in (RECTIFIED, F_CLOSED) else None
        rows.append([i, f"{number}-{f.id}", account or "", name or "", category.get(row.category, row.category),
                     row.description, _day(f.recorded_at), _day(row.rectify_by), days or "", _day(done),
                     FINDING_STATE_ZH.get(row.status, row.status)])
    by_cat: dict[str, int] = {}
    for r in rows:
        by_cat[str(r[4])] = by_cat.get(str(r[4]), 0) + 1
    return LedgerParts(
        title=FINDINGS_TITLE, station=station_name(session), period=period.label, columns=_finding_columns(),
        groups=None, rows=rows, unit="项", subtitle=f"逾期未整改 {overdue} 项", key_col=1, month=period.month,
        appendix=[_count_appendix("按问题类别统计（项）", by_cat)] if by_cat else [],
        notes=[f"统计口径：发现（登记）日期在本月的问题；逾期天数计至 {cutoff:%Y-%m-%d}，按当前状态；整改日期为复查合格"
               "日期（无复查记录时为关闭日期）；问题编号为“工单编号-问题记录号”（系统内唯一）。"])


def _case_columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 8, "RIGHT"), Column("案件编号", 22), Column("工单编号", 20), Column("户号", 20),
        Column("户名", 28, wrap=True), Column("类别", 46, wrap=True),
        Column("追补电量(kWh)", 22, "RIGHT", total=True, decimals=0),
        Column("追补电费(元)", 22, "RIGHT", total=True, decimals=2),
        Column("违约使用电费(元)", 24, "RIGHT", total=True, decimals=2),
        Column("合计(元)", 22, "RIGHT", total=True, decimals=2), Column("审批人", 14), Column("状态", 14, "CENTER"),
    ]


def cases_parts(session: Session, params: dict[str, Any]) -> LedgerParts:
    """违章用电窃电登记 of `params["month"]`: the cases opened in it (latest versions), by number."""
    from station.billing.common import Kind
    from station.orders.queries import case_row
    from station.orders.states import CASE_STATE_ZH
    from station.reports.backbilling import KIND_TITLE

    period = _month_period(params)
    start, end = _bounds(period)
    newer = aliased(BillingCase)
    first = aliased(BillingCase)
    # The register counts a case by the day its first version was opened; an amendment keeps its place.
    root = func.coalesce(select(func.min(first.created_at)).where(
        first.number == func.substr(BillingCase.number, 1, 11)).scalar_subquery(), BillingCase.created_at)
    found = session.execute(
        select(BillingCase, WorkOrder.number).join(WorkOrder, WorkOrder.id == BillingCase.order_id)
        .where(~select(newer.id).where(newer.supersedes_id == BillingCase.id).exists(),
               root >= start, root < end)
        .order_by(BillingCase.number)).all()
    cases = [case_row(session, c, number) for c, number in found]
    names = _names(session, {c.account_no for c in cases if c.account_no})
    rows = [[i, c.number, c.order_number, c.account_no or "", names.get(c.account_no or "", ""),
             KIND_TITLE.get(Kind(c.calc_kind), c.calc_kind) if c.calc_kind in set(Kind) else c.calc_kind,
             c.kwh, c.amount, c.penalty, c.total, c.approved_by or "", CASE_STATE_ZH.get(c.status, c.status)]
            for i, c in enumerate(cases, 1)]
    thefts = sum(1 for c in cases if c.calc_kind == Kind.THEFT)
    return LedgerParts(
        title=CASES_TITLE, station=station_name(session), period=period.label, columns=_case_columns(),
        groups=None, rows=rows, unit="件", subtitle=f"窃电 {thefts} 件 · 违约用电及其他 {len(cases) - thefts} 件",
        key_col=1, month=period.month,
        notes=["统计口径：本月立案的追补电费案件（含未审批、已取消），修改过的案件按最新版本列一行；"
               "合计 = 追补电费 + 违约使用电费。"])
