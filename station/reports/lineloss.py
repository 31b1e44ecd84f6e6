"""台区线损月报: each 台区's supplied, sold, loss and rate for one month, totals, and the count per loss class."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from sqlalchemy.orm import Session

from station.analysis.lineloss import LOSS_CLASS_TEXT, LossClass
from station.progress import IsCancelled, Progress, never_cancelled, no_progress
from station.reports.queries import station_name
from station.reports.sealed import LedgerParts

TITLE = "台区线损月报"


def _columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 10, "RIGHT"),
        Column("台区编号", 24),
        Column("台区名称", 42),
        Column("供电量(kWh)", 30, "RIGHT", total=True, decimals=0),
        Column("售电量(kWh)", 30, "RIGHT", total=True, decimals=0),
        Column("损失电量(kWh)", 30, "RIGHT", total=True, decimals=0),
        Column("线损率(%)", 20, "RIGHT", decimals=2),
        Column("类别", 16, "CENTER"),
        Column("较上月(百分点)", 24, "RIGHT"),
        Column("备注", 47),
    ]


def _num(value: Any) -> float | None:
    """A float, or None for missing/NaN (a blank cell, left out of the totals)."""
    if value is None:
        return None
    v = float(value)
    return None if math.isnan(v) else v


def _klass(row: Any) -> LossClass:
    """LossRow.klass is the class name in lower case ("high"); an int code is accepted too."""
    value = row.klass
    return LossClass[value.upper()] if isinstance(value, str) else LossClass(int(value))


def _missing_remark(row: Any) -> str:
    sup, sold = _num(row.supplied_kwh), _num(row.sold_kwh)
    if sup is None or sup <= 0:
        return "关口表无数据" + (f"（售电量 {sold:,.0f}）" if sold else "")
    return f"售电量不全（供电量 {sup:,.0f}）"


def _order(rows: Sequence[Any]) -> list[Any]:
    """Highest loss rate first; 不可算 last; ties by 台区 code (a stable, reproducible order)."""
    def key(r: Any) -> tuple[int, float, str]:
        rate = _num(r.loss_rate)
        return (1, 0.0, r.area_code) if rate is None else (0, -rate, r.area_code)

    return sorted(rows, key=key)


def class_summary(rows: Sequence[Any]) -> list[list[Any]]:
    """Per class (合格, 高损, 负损, 不可算): 台区 count, supplied, sold, loss and the pooled rate."""
    out: list[list[Any]] = []
    for klass in (LossClass.NORMAL, LossClass.HIGH, LossClass.NEGATIVE, LossClass.NOT_COMPUTABLE):
        mine = [r for r in rows if _klass(r) == klass]
        sup = sum(_num(r.supplied_kwh) or 0.0 for r in mine)
        sold = sum(_num(r.sold_kwh) or 0.0 for r in mine)
        loss = sum(_num(r.loss_kwh) or 0.0 for r in mine)
        if klass == LossClass.NOT_COMPUTABLE:  # no loss to speak of: the figures that exist, dashes for the rest
            out.append([LOSS_CLASS_TEXT[klass][1], len(mine), round(sup) if sup else "—", round(sold), "—", "—"])
            continue
        rate = f"{loss / sup * 100:.2f}" if sup > 0 else "—"
        out.append([LOSS_CLASS_TEXT[klass][1], len(mine), round(sup), round(sold), round(loss), rate])
    return out


def loss_parts(rows: Sequence[Any], *, station: str, month: str) -> LedgerParts:
    """What the report of `rows` prints (station.consumption.service.LossRow: area_code, area_name,
    supplied_kwh, sold_kwh, loss_kwh, loss_rate, klass, rise, band), keyed by 台区编号."""
    from station.reports.template import Appendix

    ordered = _order(rows)
    lines: list[list[Any]] = []
    for i, r in enumerate(ordered, 1):
        klass = _klass(r)
        figures = klass != LossClass.NOT_COMPUTABLE
        rise = _num(r.rise)
        remark = {LossClass.HIGH: "核查窃电、计量与线路", LossClass.NEGATIVE: "核查关口倍率与户变关系",
                  LossClass.NOT_COMPUTABLE: _missing_remark(r)}.get(klass, "")
        # A 不可算 row prints no figures: the totals stay 供电量 − 售电量 = 损失电量 over the same 台区.
        lines.append([
            i, r.area_code, r.area_name, _num(r.supplied_kwh) if figures else None, _num(r.sold_kwh) if figures else None,
            _num(r.loss_kwh) if figures else None, _num(r.loss_rate), LOSS_CLASS_TEXT[klass][1],
            "" if rise is None else f"{rise:+.2f}", remark,
        ])
    computable = [r for r in ordered if _klass(r) != LossClass.NOT_COMPUTABLE]
    sup = sum(_num(r.supplied_kwh) or 0.0 for r in computable)
    loss = sum(_num(r.loss_kwh) or 0.0 for r in computable)
    overall = f"{loss / sup * 100:.2f}%" if sup > 0 else "—"
    # A 负损 台区 is a metering fault (a wrong gateway multiplier), not energy gained: its negative loss
    # hides the loss of the others in the pooled rate, so the rate without them is printed beside it.
    sound = [r for r in computable if _klass(r) != LossClass.NEGATIVE]
    sound_sup = sum(_num(r.supplied_kwh) or 0.0 for r in sound)
    sound_loss = sum(_num(r.loss_kwh) or 0.0 for r in sound)
    if len(sound) < len(computable) and sound_sup > 0:
        overall += f"（不含负损台区：{sound_loss / sound_sup * 100:.2f}%）"
    summary = Appendix("按线损类别汇总", ["类别", "台区数", "供电量(kWh)", "售电量(kWh)", "损失电量(kWh)", "线损率(%)"],
                       class_summary(ordered), widths=[28, 20, 34, 34, 34, 24],
                       align=["LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"])
    year, _, mon = month.partition("-")
    notes = [
        f"综合线损率（可计算台区）：{overall}；线损率 =（供电量 − 售电量）÷ 供电量 × 100%，同一抄表月；"
        "售电量按当月户变关系汇总。",
        "不可算台区不计入合计；合格区间按台区类型取自系统设置（默认 0–10%），高于上限为高损，低于下限为负损。",
    ]
    return LedgerParts(title=TITLE, station=station, period=f"{year}年{mon}月", columns=_columns(), groups=None,
                       rows=lines, unit="个台区", subtitle="按线损率由高到低排列", appendix=[summary], notes=notes,
                       key_col=1, month=month)


def build_lineloss_report(
    rows: Sequence[Any],
    out: str | Path | IO[bytes],
    *,
    station: str,
    month: str,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """Write the report of `rows` (unsealed); returns the pages."""
    return loss_parts(rows, station=station, month=month).render(out, progress=progress, cancelled=cancelled)


def lineloss_parts(session: Session, params: dict[str, Any]) -> LedgerParts:
    """The sealed report of `params["month"]`, read from the database."""
    from station.consumption.service import line_loss_table

    month = params["month"]
    return loss_parts(line_loss_table(session, month), station=station_name(session), month=month)


def lineloss_pdf(
    session: Session,
    out: str | Path | IO[bytes],
    month: str,
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """The month's line-loss report from the database; returns the pages."""
    from station.consumption.service import line_loss_table

    rows = line_loss_table(session, month)
    station = station_name(session)
    return build_lineloss_report(rows, out, station=station, month=month, progress=progress, cancelled=cancelled)
