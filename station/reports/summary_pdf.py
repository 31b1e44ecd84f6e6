"""年度工作总结 as a sealed PDF: each figure of station.summary beside the year before, and the paragraph.

A figure is one row keyed by its code, so `station verify` names the figures whose count (or value) has moved
since the paper was printed; the rows behind each figure are the drill-down of `station summary --rows`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from station.reports.queries import station_name
from station.reports.sealed import LedgerParts

TITLE = "年度用电检查与营销稽查工作总结"


def _columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 10, "RIGHT"), Column("项目", 110), Column("单位", 16, "CENTER"),
        Column("本年", 30, "RIGHT"), Column("上年", 30, "RIGHT"), Column("增减", 30, "RIGHT"),
        Column("明细行数", 20, "RIGHT"),
    ]


def _value(v: Decimal | None) -> Any:
    """A count prints as an integer, kWh and yuan with their decimals."""
    if v is None:
        return ""
    return int(v) if v == v.to_integral() else v


def _change(change: Decimal | None) -> str:
    """"+16", "−3", "0" (no sign on no change), kWh and yuan with their decimals."""
    if change is None:
        return ""
    if change == 0:
        return "0"
    return f"{change:+,.0f}" if change == change.to_integral() else f"{change:+,.2f}"


def summary_parts(session: Session, params: dict[str, Any]) -> LedgerParts:
    """The summary of `params["year"]` (titles in `params["lang"]`, Chinese by default)."""
    from station.i18n import msg
    from station.summary import paragraph, year_summary

    year, lang = int(params["year"]), params.get("lang") or "zh_CN"
    summary = year_summary(session, year)
    rows, keys = [], []
    for i, f in enumerate(summary.figures, 1):
        before = summary.previous.get(f.code)
        change = None if before is None else f.value - before
        rows.append([i, msg(f.title).in_language(lang), f.unit, _value(f.value), _value(before),
                     _change(change), len(f.rows)])
        keys.append(f.code)
    return LedgerParts(
        title=TITLE, station=station_name(session), period=f"{year}年", columns=_columns(), groups=None,
        rows=rows, unit="项", subtitle=f"与{year - 1}年对比", key_col=1, month=None, keys=keys,
        notes=[paragraph(summary),
               "统计口径：只计最终状态、未取消的记录和案件的最新版本；检查户次按检查日期，整改按复查合格日期，"
               "追补电费按审批日期计入年度。各项明细可用 station summary --rows 项目代码 列出。"])
