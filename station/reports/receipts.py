"""异常核查回执: the station's answer to a billing-centre anomaly list, per line, as .xlsx and as a signed PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from station.anomalies import AnomalyRow
from station.progress import IsCancelled, Progress, never_cancelled, no_progress
from station.reports.sealed import LedgerParts

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
    receipt_ledger(rows, station=station, scope=scope).render(path, progress=progress, cancelled=cancelled)
    return path


def receipt_ledger(rows: Sequence[AnomalyRow], *, station: str, scope: str) -> LedgerParts:
    """What the PDF receipt prints, one line per anomaly keyed by its line number in the database."""
    from station.reports.template import Column

    columns = [Column("序号", 9, "RIGHT"), Column("户号", 22), Column("户名", 30, wrap=True),
               Column("异常类型", 20, wrap=True), Column("期间", 14, "CENTER"),
               Column("异常电量", 18, "RIGHT", decimals=0), Column("异常电费", 18, "RIGHT", decimals=2),
               Column("核查结果", 24), Column("核查情况", 48, wrap=True),
               Column("追补电量", 18, "RIGHT", total=True, decimals=0),
               Column("追补电费", 18, "RIGHT", total=True, decimals=2), Column("核查人", 14),
               Column("核查日期", 18, "CENTER")]
    answered = sum(1 for r in rows if r.status == "closed")
    notes = [f"共 {len(rows)} 条，已核查 {answered} 条，未核查 {len(rows) - answered} 条。"
             "核查结果代码：" + "；".join(_result_names()) + "。"]
    return LedgerParts(title=TITLE, station=station, period=scope, columns=columns, groups=None,
                       rows=receipt_lines(rows), unit="条", subtitle="电费管理中心异常清单核查情况", notes=notes,
                       key_col=1, month=None, keys=[f"{r.account_no} {_period(r.period)} {r.anomaly_type}#{r.id}"
                                                    for r in rows])


def receipt_scope(batch_id: int | None, period: int | None) -> str:
    return f"{period // 100}年{period % 100:02d}月" if period else f"清单批次 {batch_id}" if batch_id else "全部"


def receipt_parts(session: Session, params: dict[str, Any]) -> LedgerParts:
    """The sealed receipt of one list (`batch_id`) or one month (`period`, YYYYMM), read again."""
    from station.anomalies import list_anomalies
    from station.reports.queries import station_name

    batch_id, period = params.get("batch_id"), params.get("period")
    rows = list_anomalies(session, batch_id=batch_id, period=period)
    return receipt_ledger(rows, station=station_name(session), scope=receipt_scope(batch_id, period))


def _result_names() -> list[str]:
    from station.anomalies import RESULTS

    return [f"{code} {name}" for code, name in RESULTS.items()]
