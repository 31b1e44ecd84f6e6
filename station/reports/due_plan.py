"""月度轮换检定计划: the month's due list grouped by kind, with blank 完成日期 / 执行人 columns for the crew."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import TransformerArea
from station.due.items import DueItem, DueKind, DueStatus
from station.progress import IsCancelled, Progress, never_cancelled, no_progress
from station.reports.queries import station_name
from station.reports.sealed import LedgerParts

TITLE = "月度轮换检定计划"
#: Printed names of the kinds and statuses (the plan is a Chinese form whatever the UI language).
KIND_ZH: dict[str, str] = {
    DueKind.ONSITE: "现场检验",
    DueKind.PTDROP: "PT二次压降测试",
    DueKind.CTPT: "高压互感器现场检验",
    DueKind.ROTATION: "轮换",
    DueKind.SAMPLING: "批次抽检",
    DueKind.INSPECTION: "周期检查",
}
STATUS_ZH: dict[str, str] = {
    DueStatus.URGENT: "紧急",
    DueStatus.OVERDUE: "超期",
    DueStatus.DUE: "本月到期",
    DueStatus.UPCOMING: "近3月",
    DueStatus.OK: "正常",
}
NEVER = "未做过"


def _columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 8, "RIGHT"),
        Column("对象（资产编号/户号/批次）", 37),
        Column("户号", 20),
        Column("户名", 26, wrap=True),
        Column("台区", 23, wrap=True),
        Column("应完成日期", 17, "CENTER"),
        Column("状态", 13, "CENTER"),
        Column("依据", 76, wrap=True),
        Column("只数", 9, "RIGHT", total=True, decimals=0),
        Column("完成日期", 18),
        Column("执行人", 14),
    ]


def count_line(items: Sequence[DueItem]) -> str:
    """"紧急 1 项 · 超期 3 项 · …" over the statuses present, in order of urgency."""
    counts = {s: 0 for s in DueStatus}
    for it in items:
        counts[it.status] += 1
    parts = [f"{STATUS_ZH[s]} {n:,} 项" for s, n in counts.items() if n]
    return " · ".join(parts) if parts else "无到期项目"


def plan_parts(items: Sequence[DueItem], *, station: str, month: str, scope: str = "",
               area_names: dict[str, str] | None = None) -> LedgerParts:
    """What the plan of `items` prints (kept in the given order within each kind), keyed by kind and target."""
    from station.reports.template import Appendix, Group

    # The column title says 台区: the names print without it ("青龙镇后湖村1号"), as the 稽查清单 does.
    names = {code: (n[:-2] if n.endswith("台区") and len(n) > 2 else n) for code, n in (area_names or {}).items()}
    groups, summary, keys = [], [], []
    for kind in DueKind:
        mine = [it for it in items if it.kind == kind]
        if not mine:
            continue
        rows: list[list[Any]] = [
            [i, it.target_no, it.account_no, it.customer_name, names.get(it.area_code, it.area_code),
             it.due_on.isoformat() if it.due_on else NEVER, STATUS_ZH[it.status], it.rule, it.devices, "", ""]
            for i, it in enumerate(mine, 1)
        ]
        keys += [f"{KIND_ZH[kind]} {it.target_no}" for it in mine]
        groups.append(Group(f"{KIND_ZH[kind]}（{len(mine):,} 项）", rows))
        summary.append([KIND_ZH[kind]] + [sum(1 for it in mine if it.status == s) for s in DueStatus]
                       + [len(mine)])
    year, _, mon = month.partition("-")
    notes = [
        "状态：紧急 = 现场检验不合格，应在3个工作日内更换；超期 = 应完成日期早于本月；本月到期；"
        "近3月 = 其后3个月内到期。应完成日期按最近一次完成记录和规则设置计算，“依据”列为所依规程条款。",
        "完成后请填写完成日期与执行人，并在系统中登记（现场检验填误差与结论；轮换按拆装登记；抽检按批次登记）。",
    ]
    appendix = [Appendix("按类别汇总（项）", ["类别"] + [STATUS_ZH[s] for s in DueStatus] + ["合计"],
                         summary, [40] + [18] * len(DueStatus) + [18], ["LEFT"] + ["RIGHT"] * (len(DueStatus) + 1))]
    return LedgerParts(title=TITLE, station=station, period=f"{year}年{mon}月", columns=_columns(), groups=groups,
                       unit="项", subtitle=f"{scope or '全部台区'}　{count_line(items)}", key_col=1, month=month,
                       appendix=appendix if summary else (), notes=notes, keys=keys)


def build_due_plan(
    items: Sequence[DueItem],
    out: str | Path | IO[bytes],
    *,
    station: str,
    month: str,
    scope: str = "",
    area_names: dict[str, str] | None = None,
    printed_at: dt.datetime | None = None,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """Write the plan of `items` (kept in the given order within each kind) to `out`; returns the pages."""
    parts = plan_parts(items, station=station, month=month, scope=scope, area_names=area_names)
    return parts.render(out, printed_at=printed_at, progress=progress, cancelled=cancelled)


def due_plan_parts(session: Session, params: dict[str, Any]) -> LedgerParts:
    """The sealed plan as asked for: `month`, `area_id`, `device_class`, `statuses` (None: all), `scope` (its
    label), and `only` (the
    keys printed, when the page printed a filtered part of the list: a check then looks at those rows)."""
    from station.due import due_items

    month = params["month"]
    items = due_items(session, month, area_id=params.get("area_id"), device_class=params.get("device_class"),
                      statuses=params.get("statuses"))
    parts = plan_parts(items, station=station_name(session), month=month, scope=params.get("scope", ""),
                       area_names=area_names(session))
    only = params.get("only")
    if only is not None:
        wanted = set(only)
        kept = [it for it, key in zip(items, parts.keys or (), strict=True) if key in wanted]
        parts = plan_parts(kept, station=parts.station, month=month, scope=params.get("scope", ""),
                           area_names=area_names(session))
    return parts


def area_names(session: Session) -> dict[str, str]:
    """台区 code → name (a station has at most a few hundred 台区: one query)."""
    return {code: name for code, name in session.execute(select(TransformerArea.code, TransformerArea.name))}


def due_plan_pdf(
    session: Session,
    items: Sequence[DueItem],
    out: str | Path | IO[bytes],
    *,
    month: str,
    scope: str = "",
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """The plan of `items` with the station's name and the 台区 names read in `session`."""
    station = station_name(session)
    return build_due_plan(items, out, station=station, month=month, scope=scope, area_names=area_names(session),
                          progress=progress, cancelled=cancelled)
