"""计量资产台账: meters, CTs and PTs with their status and where installed, counts and the month's movements."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import IO

from sqlalchemy.orm import Session

from station.i18n import QT_TRANSLATE_NOOP
from station.progress import IsCancelled, Progress, never_cancelled, no_progress
from station.reports.queries import (
    MOVEMENTS,
    AssetLedgerRow,
    asset_ledger_rows,
    asset_movements,
    check_area,
    resolve_period,
    station_name,
)
from station.reports.sealed import LedgerParts

TITLE = "计量资产台账"
KIND_TEXT = {"meter": "电能表", "ct": "电流互感器", "pt": "电压互感器"}
STATUS_TEXT = {
    "received": "新购待检", "in_stock": "合格在库", "failed": "不合格", "issued": "领出待装",
    "installed": "运行", "removed": "拆回待检", "to_scrap": "待报废", "scrapped": "已报废",
}
MOVEMENT_TEXT = {"received": "到货入库", "verified": "检定", "installed": "安装", "removed": "拆除", "scrapped": "报废"}


def _columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 11, "RIGHT"),
        Column("资产编号", 39),
        Column("型号", 20),
        Column("生产厂家", 44, wrap=True),
        Column("等级", 10, "CENTER"),
        Column("电流/变比", 18, "CENTER"),
        Column("检定日期", 19, "CENTER"),
        Column("状态", 16, "CENTER"),
        Column("安装户号", 22),
        Column("户名 / 安装位置", 52, wrap=True),
        Column("台区", 14, "CENTER"),
    ]


def _where(r: AssetLedgerRow) -> str:
    if r.is_gateway:
        return f"台区关口：{r.area_name}"
    return r.customer_name or ""


def asset_ledger_parts(session: Session, area_code: str | None = None, month: str | None = None) -> LedgerParts:
    """What the asset ledger prints (rows, bands, summaries), read once; Rejected for a bad month or 台区."""
    from station.reports.template import Appendix, banded

    period = resolve_period(month)
    check_area(session, area_code)
    rows = asset_ledger_rows(session, period, area_code)
    moves = asset_movements(session, period, area_code)
    station = station_name(session)

    groups = banded(rows, key=lambda r: r.kind, title=lambda r: KIND_TEXT.get(r.kind or "", r.kind or ""),
                    cells=lambda serial, r: [
                        serial, r.asset_no, r.model, r.maker, r.accuracy_class, r.rating,
                        r.verified_on.isoformat() if r.verified_on else "", STATUS_TEXT.get(r.status, r.status),
                        r.account_no or "", _where(r), r.area_code or "",
                    ])
    counts = Counter((r.kind, r.status) for r in rows)

    kinds = [k for k in KIND_TEXT if any(c[0] == k for c in counts) or any(m[0] == k for m in moves)]
    statuses = [s for s in STATUS_TEXT if any(c[1] == s for c in counts)]
    by_status = Appendix(
        "按类别、状态统计（只）",
        ["类别", *[STATUS_TEXT[s] for s in statuses], "合计"],
        [[KIND_TEXT[k], *[counts[(k, s)] for s in statuses], sum(counts[(k, s)] for s in statuses)] for k in kinds],
        widths=[28] + [20] * (len(statuses) + 1), align=["LEFT"] + ["RIGHT"] * (len(statuses) + 1),
    )
    movements = Appendix(
        f"本期变动（{period.start:%Y-%m-%d} 至 {period.end:%Y-%m-%d}，次）",
        ["类别", *[MOVEMENT_TEXT[m] for m in MOVEMENTS]],
        [[KIND_TEXT[k], *[moves.get((k, m), 0) for m in MOVEMENTS]] for k in kinds],
        widths=[28] + [20] * len(MOVEMENTS), align=["LEFT"] + ["RIGHT"] * len(MOVEMENTS),
    )
    notes = [f"状态为 {period.end:%Y-%m-%d} 时的状态；不含本期之前已报废的资产；按类别、资产编号排序。"]
    if area_code:
        notes.append("按台区筛选时只列该台区用户计量点上的资产和台区关口表；库存资产不列入。")
    return LedgerParts(
        title=TITLE, station=station, period=period.label, columns=_columns(), groups=groups, unit="只",
        subtitle=f"台区：{area_code}" if area_code else "全部资产", appendix=[by_status, movements] if kinds else [],
        notes=notes, key_col=1, month=period.month,
    )


def asset_ledger_pdf(
    session: Session,
    out: str | Path | IO[bytes],
    area_code: str | None = None,
    month: str | None = None,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """Write the asset ledger to `out` (unsealed); returns the number of pages."""
    progress(0.0, QT_TRANSLATE_NOOP("station", "Reading the assets"))
    return asset_ledger_parts(session, area_code, month).render(out, progress=progress, cancelled=cancelled)
