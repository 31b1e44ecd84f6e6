"""客户台账: the customers in force at a month's end, banded by 台区 with subtotals, and a summary by category."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from station.domain.codes import TARIFF_CATEGORIES
from station.i18n import QT_TRANSLATE_NOOP
from station.progress import IsCancelled, Progress, never_cancelled, no_progress
from station.reports.queries import (
    CustomerLedgerRow,
    check_area,
    customer_ledger_rows,
    resolve_period,
    station_name,
)
from station.reports.sealed import LedgerParts

TITLE = "客户台账"
STATUS_TEXT = {"active": "正常", "suspended": "暂停", "closed": "销户"}
NO_AREA = "专变用户（无公用台区）"


def _columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 11, "RIGHT"),
        Column("户号", 22),
        Column("户名", 38, wrap=True),
        Column("用电地址", 70, wrap=True),
        Column("用电类别", 18, "CENTER"),
        Column("电压", 12, "CENTER"),
        Column("合同容量(kVA)", 22, "RIGHT", total=True, decimals=1),
        Column("计量方式", 17, "CENTER"),
        Column("倍率", 13, "RIGHT", decimals=0),
        Column("立户日期", 19, "CENTER"),
        Column("状态", 10, "CENTER"),
        Column("联系电话", 23),
    ]


def _category_order(category: str) -> tuple[int, str]:
    return (TARIFF_CATEGORIES.index(category) if category in TARIFF_CATEGORIES else 99, category)


def _band(r: CustomerLedgerRow) -> str:
    if r.area_code is None:
        return NO_AREA
    kva = f"{r.transformer_kva:,.0f} kVA" if r.transformer_kva is not None else "容量未登记"
    return f"台区 {r.area_code}  {r.area_name}    线路：{r.feeder or '—'}    配变容量：{kva}"


def customer_ledger_parts(session: Session, area_code: str | None = None, month: str | None = None) -> LedgerParts:
    """What the customer ledger prints (rows, bands, summaries), read once; Rejected for a bad month or 台区."""
    from station.reports.template import Appendix, banded

    period = resolve_period(month)
    check_area(session, area_code)
    rows = customer_ledger_rows(session, period, area_code)
    station = station_name(session)

    groups = banded(rows, key=lambda r: r.area_code, title=_band, cells=lambda serial, r: [
        serial, r.account_no, r.name, r.address, r.tariff_category, r.voltage_level,
        r.contract_capacity_kva, r.metering_method or "", r.multiplier,
        r.opened_on.isoformat() if r.opened_on else "", STATUS_TEXT.get(r.status, r.status), r.phone,
    ])
    by_category: dict[str, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for r in rows:
        acc = by_category[r.tariff_category]
        acc[0] += 1
        acc[1] += r.contract_capacity_kva or 0
    summary = Appendix(
        "按用电类别汇总",
        ["用电类别", "户数", "合同容量(kVA)"],
        [[cat, int(v[0]), v[1]] for cat, v in sorted(by_category.items(), key=lambda kv: _category_order(kv[0]))]
        + [["合计", len(rows), sum((v[1] for v in by_category.values()), Decimal(0))]],
        widths=[40, 30, 40], align=["LEFT", "RIGHT", "RIGHT"],
    )
    subtitle = f"台区：{area_code}" if area_code else "全部台区"
    return LedgerParts(
        title=TITLE, station=station, period=period.label, columns=_columns(), groups=groups, unit="户",
        subtitle=subtitle, appendix=[summary] if rows else [],
        notes=[f"统计口径：{period.end:%Y-%m-%d} 在册用户（立户日期不晚于该日且未销户）；按台区编号、户号排序。"],
        key_col=1, month=period.month,
    )


def customer_ledger_pdf(
    session: Session,
    out: str | Path | IO[bytes],
    area_code: str | None = None,
    month: str | None = None,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """Write the customer ledger to `out` (unsealed); returns the number of pages."""
    progress(0.0, QT_TRANSLATE_NOOP("station", "Reading the customers"))
    return customer_ledger_parts(session, area_code, month).render(out, progress=progress, cancelled=cancelled)
