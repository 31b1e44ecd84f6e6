"""稽查清单: the scan's suspects in ranked order with blank 检查结果 / 检查人 columns for the inspectors to fill in."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Customer
from station.progress import IsCancelled, Progress, never_cancelled, no_progress
from station.reports.queries import station_name
from station.reports.sealed import LedgerParts

TITLE = "用电检查稽查清单"
#: SQLite allows 32,766 bound parameters; addresses are read in chunks well below it.
ID_CHUNK = 5000
#: Width of the reason column in millimetres (of the 273 mm the A4 landscape frame holds).
REASON_MM = 76
#: The province/city/county units an address starts with ("安徽省合肥市长丰县"); a unit name holds none of
#: the characters of towns, roads and buildings, so "城关镇阳光小区" is not taken for a 区.
_UNIT = r"[^省市州盟县区旗镇乡村路街道号栋楼室组，,\s]"
_ADMIN_PREFIX = re.compile(rf"^(?:{_UNIT}{{2,7}}?省)?(?:{_UNIT}{{2,7}}?[市州盟])?(?:{_UNIT}{{1,7}}?[县区旗市])?")
#: The start month has its own column, so the reason's leading "2025-03 起" is dropped to save width.
_START_PREFIX = re.compile(r"^\s*\d{4}-\d{2}\s*起\s*")


WRITE_ROW_H = 24.0  #: points (~8.5 mm): room for an inspector to write 检查结果 by hand

def _columns():  # type: ignore[no-untyped-def]
    from station.reports.template import Column

    return [
        Column("序号", 8, "RIGHT"),
        Column("户号", 20),
        Column("户名", 24),
        Column("用电地址", 46, wrap=True),
        Column("台区", 25),
        Column("评分", 8, "RIGHT", decimals=0),
        Column("疑点原因", REASON_MM),
        Column("起始月份", 14, "CENTER"),
        Column("检查结果", 40),  # written by hand on site: the widest blank
        Column("检查人", 12),
    ]


def fit_reason(text: str, width_mm: float = REASON_MM) -> str:
    """As many whole clauses of the reason as fit on the row ("…，…等"), never a clause cut in half.

    The list has one line per customer (the page template's fixed rows); the strongest evidence comes
    first in the scan's reason, and the full text stays in the GUI and the .xlsx export.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from station.reports.fonts import FONT, register_fonts
    from station.reports.template import BODY_SIZE, MM, PAD

    register_fonts()
    avail = width_mm * MM - 2 * PAD - 1

    def fits(t: str) -> bool:
        return stringWidth(t, FONT, BODY_SIZE) <= avail

    if fits(text):
        return text
    clauses = text.split("，")
    for k in range(len(clauses) - 1, 0, -1):
        shorter = "，".join(clauses[:k]) + "等"
        if fits(shorter):
            return shorter
    return clauses[0]  # one clause too long even alone: the template shortens it with "…"


def common_address_prefix(addresses: Iterable[str]) -> str:
    """The 省/市/县 prefix all non-blank `addresses` share ("长丰县"), or "" (one address keeps its own).

    Every address of a station's list starts with its county; cutting it gives the width to the village,
    road and house number an inspector looks for.
    """
    import os

    texts = [a for a in addresses if a]
    if len(texts) < 2:
        return ""
    prefix = _ADMIN_PREFIX.match(os.path.commonprefix(texts)).group(0)  # type: ignore[union-attr]
    # Never leave an address empty: the prefix stops before the shortest address's last unit.
    return prefix if all(len(t) > len(prefix) for t in texts) else ""


def area_label(row: Any) -> str:
    """The 台区 as printed: its name without the trailing "台区" the column title already says, else its code."""
    name = getattr(row, "area_name", None) or ""
    if name.endswith("台区") and len(name) > 2:
        name = name[:-2]
    return name or getattr(row, "area_code", None) or ""


def reason_zh(row: Any) -> str:
    """The reason in Chinese without its start month: `reason_zh`, else `reason` as text or a Message."""
    text = getattr(row, "reason_zh", None)
    if text is None:
        reason = getattr(row, "reason", "")
        text = reason if isinstance(reason, str) else getattr(reason, "zh", None) or str(reason)
    return _START_PREFIX.sub("", text)


def addresses(session: Session, customer_ids: Iterable[int]) -> dict[int, str]:
    """用电地址 of the listed customers: one query per chunk of ids, never one per row."""
    ids = sorted(set(customer_ids))
    out: dict[int, str] = {}
    for i in range(0, len(ids), ID_CHUNK):
        chunk = ids[i : i + ID_CHUNK]
        stmt = select(Customer.id, Customer.address).where(Customer.id.in_(chunk))
        out.update({cid: address for cid, address in session.execute(stmt)})
    return out


def build_inspection_list(
    rows: Sequence[Any],
    out: str | Path | IO[bytes],
    *,
    station: str,
    month: str,
    address_of: dict[int, str],
    scope: str = "",
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """Write the list of `rows` (SuspectRow: customer_id, account_no, name, area_code/area_name, score,
    reason, start_month) in the given order to `out`; returns the pages."""
    parts = list_parts(rows, station=station, month=month, address_of=address_of, scope=scope)
    return parts.render(out, progress=progress, cancelled=cancelled)


def list_parts(rows: Sequence[Any], *, station: str, month: str, address_of: dict[int, str],
               scope: str = "") -> LedgerParts:
    """What the list of `rows` prints, keyed by 户号."""

    where = [address_of.get(r.customer_id, "") for r in rows]
    cut = common_address_prefix(where)
    lines = [
        [rank, r.account_no, r.name, address[len(cut):] if cut else address, area_label(r), r.score,
         fit_reason(reason_zh(r)), r.start_month or "", "", ""]
        for rank, (r, address) in enumerate(zip(rows, where, strict=True), 1)
    ]
    year, _, mon = month.partition("-")
    notes = [
        "说明：按电量突降评分由高到低排序；评分与疑点原因由月用电量规则（环比、同比、同类用户对比、连续零电量、"
        "变点、台区线损）计算，仅作为现场检查线索，不作为窃电认定依据。",
        "检查结果填写：正常 / 窃电 / 违约用电 / 计量故障 / 表计更换 / 空置 / 其他（注明）；现场检查不少于 2 人。",
        "疑点原因列出最主要的依据，完整原因见系统或导出的 Excel 清单。"
        + (f"用电地址均省略共同前缀「{cut}」。" if cut else ""),
    ]
    return LedgerParts(title=TITLE, station=station, period=f"{year}年{mon}月", columns=_columns(), groups=None,
                       rows=lines, unit="户", subtitle=scope or "全部台区", notes=notes, row_height=WRITE_ROW_H,
                       key_col=1, month=month)


def inspection_list_pdf(
    session: Session,
    rows: Sequence[Any],
    out: str | Path | IO[bytes],
    *,
    month: str,
    scope: str = "",
    progress: Progress = no_progress,
    cancelled: IsCancelled = never_cancelled,
) -> int:
    """The 稽查清单 of scan rows, with the station's name and the customers' addresses read in `session`."""
    station = station_name(session)
    where = addresses(session, (r.customer_id for r in rows))
    return build_inspection_list(rows, out, station=station, month=month, address_of=where, scope=scope,
                                 progress=progress, cancelled=cancelled)


def suspects_parts(session: Session, params: dict[str, Any]) -> LedgerParts:
    """The sealed list of the scan of `params["month"]` (`area_code`, `top` as asked), scanned again."""
    from station.consumption.service import scan_suspects
    from station.domain.problems import Rejected

    month = params["month"]
    try:
        _run, rows = scan_suspects(session, month, params.get("area_code"), params.get("top"))
    except Rejected as exc:
        if params.get("area_code") or exc.problems[0].field != "month":
            raise
        # No readings for the month yet (a pack printed before month-end reading): an empty list that says so.
        parts = list_parts([], station=station_name(session), month=month, address_of={},
                           scope=params.get("scope", ""))
        parts.notes = [f"{month} 尚无月用电量数据，本月未做电量突降筛查。", *parts.notes]
        return parts
    where = addresses(session, (r.customer_id for r in rows))
    return list_parts(rows, station=station_name(session), month=month, address_of=where,
                      scope=params.get("scope", ""))
