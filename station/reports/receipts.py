"""异常核查回执: the station's answer to a billing-centre anomaly list, per line, as .xlsx and as a signed PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from station.anomalies import AnomalyRow
from station.progress import IsCancelled, Progress, never_cancelled, no_progress

TITLE = "异常核查回执"
HEADERS: tuple[str, ...] = ("序号", "户号", "户名", "异常类型", "期间", "异常电量(kWh)", "异常电费(元)", "核查结果",
                            "核查情况", "追补电量(kWh)", "追补电费(元)", "核查人", "核查日期")


def _period(yyyymm: int) -> str:
    return f"{yyyymm // 100}-{yyyymm % 100:02d}"


def receipt_lines(rows: Sequence[AnomalyRow]) -> list[list[Any]]:
    """One line per anomaly, in the order given; an unanswered line says so (the centre sees what is open)."""
    return [[i, r.account_no, r.customer_name, r.anomaly_type, _period(r.period), r.kwh, r.amount,
             r.result_name or "未核查", r.result_note, r.back_billed_kwh, r.back_billed_amount, r.checked_by or "",
             r.checked_on.isoformat() if r.checked_on else ""] for i, r in enumerate(rows, 1)]


def write_receipt(rows: Sequence[AnomalyRow], path: str | Path, *, station: str, scope: str,
                  progress: Progress = no_progress, cancelled: IsCancelled = never_cancelled) -> Path:
    """The receipt at `path`: .pdf through the page template (signed by 制表/审核), else .xlsx/.csv."""
    path = Path(path)
    lines = receipt_lines(rows)
    if path.suffix.lower() != ".pdf":
        from station.exports import export_rows

        export_rows(list(HEADERS), lines, path, progress=progress, cancelled=cancelled, total=len(lines))
        return path
    from station.reports.template import Column, build_table_report

    columns = [Column("序号", 9, "RIGHT"), Column("户号", 22), Column("户名", 30), Column("异常类型", 20),
               Column("期间", 14, "CENTER"), Column("异常电量", 18, "RIGHT", decimals=0),
               Column("异常电费", 18, "RIGHT", decimals=2), Column("核查结果", 24), Column("核查情况", 48),
               Column("追补电量", 18, "RIGHT", total=True, decimals=0),
               Column("追补电费", 18, "RIGHT", total=True, decimals=2), Column("核查人", 14),
               Column("核查日期", 18, "CENTER")]
    answered = sum(1 for r in rows if r.status == "closed")
    notes = [f"共 {len(rows)} 条，已核查 {answered} 条，未核查 {len(rows) - answered} 条。"
             "核查结果代码：" + "；".join(_result_names()) + "。"]
    build_table_report(path, title=TITLE, station=station, period=scope, columns=columns, rows=lines, unit="条",
                       subtitle="电费管理中心异常清单核查情况", notes=notes, progress=progress, cancelled=cancelled)
    return path


def _result_names() -> list[str]:
    from station.anomalies import RESULTS

    return [f"{code} {name}" for code, name in RESULTS.items()]
