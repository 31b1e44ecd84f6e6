"""A ledger read once and printed sealed (issue 11): its parts, the record of each print, and the check of paper
against the database (`verify`).

`LedgerParts` is what a ledger prints; its `data_rows` are hashed by key (station.reports.seal). Printing a sealed
ledger stores a `PrintedDocument` (its number, what was asked for, each row's hash); verifying reads the ledger
again with the same request and names the rows added, removed or changed since.

Every sealed kind is one line of `KINDS`: its number's prefix and the builder that reads its parts from a session
and the request (`params`, JSON-able) as printed; the builder is the only reader, so paper and check agree.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station.progress import IsCancelled, Progress, never_cancelled, no_progress
from station.reports.seal import Seal, digest_of, row_hashes


@dataclass(slots=True)
class LedgerParts:
    """A ledger as build_table_report takes it (banded `groups`, or flat `rows` when groups is None), with the
    column that keys its rows (or `keys`, one per data row, when no single printed column is unique)."""

    title: str
    station: str
    period: str
    columns: Sequence[Any]
    groups: Sequence[Any] | None
    unit: str
    subtitle: str
    key_col: int
    month: str | None
    appendix: Sequence[Any] = ()
    notes: Sequence[str] = ()
    rows: Sequence[Sequence[Any]] = ()
    keys: Sequence[str] | None = None
    row_height: float | None = None
    hashes: dict[str, str] = field(default_factory=dict)

    @property
    def data_rows(self) -> list[Sequence[Any]]:
        if self.groups is None:
            return list(self.rows)
        return [row for g in self.groups for row in g.rows]

    def row_hashes(self) -> dict[str, str]:
        if not self.hashes:
            rows = self.data_rows
            if self.keys is None:
                self.hashes = row_hashes(rows, self.key_col)
            else:  # the key leads each row for the hash only, so a row moved under another key is a change
                self.hashes = row_hashes([[k, *r] for k, r in zip(self.keys, rows, strict=True)], 0)
        return self.hashes

    def sheet(self) -> tuple[list[str], list[list[Any]]]:
        """The headers and rows of the same ledger for a spreadsheet (no bands, no totals)."""
        return [c.title for c in self.columns], [list(r) for r in self.data_rows]

    def render(self, out: str | Path | IO[bytes], *, seal: Seal | None = None, printed_at: dt.datetime | None = None,
               progress: Progress = no_progress, cancelled: IsCancelled = never_cancelled) -> int:
        from station.reports.template import build_table_report

        extra: dict[str, Any] = {} if self.row_height is None else {"row_height": self.row_height}
        return build_table_report(out, title=self.title, station=self.station, period=self.period,
                                  columns=self.columns, groups=self.groups,
                                  rows=self.rows if self.groups is None else None, unit=self.unit,
                                  subtitle=self.subtitle, appendix=self.appendix, notes=self.notes,
                                  printed_at=printed_at, seal=seal, progress=progress, cancelled=cancelled, **extra)


Builder = Callable[[Session, dict[str, Any]], LedgerParts]


def _area_month(build: Callable[..., LedgerParts]) -> Builder:
    return lambda s, p: build(s, area_code=p.get("area_code"), month=p.get("month"))


def _kinds() -> dict[str, tuple[str, Builder]]:
    """kind → (the number's prefix, the builder). Imported on first use: each pulls its own queries."""
    from station.reports.assets import asset_ledger_parts
    from station.reports.customers import customer_ledger_parts
    from station.reports.due_plan import due_plan_parts
    from station.reports.inspection_list import suspects_parts
    from station.reports.lineloss import lineloss_parts
    from station.reports.receipts import receipt_parts
    from station.reports.registers import cases_parts, findings_parts, orders_parts
    from station.reports.summary_pdf import summary_parts

    return {
        "customers": ("KH", _area_month(customer_ledger_parts)),  # 客户台账
        "assets": ("ZC", _area_month(asset_ledger_parts)),  # 计量资产台账
        "due": ("JH", due_plan_parts),  # 轮换检定计划
        "orders": ("DJ", orders_parts),  # 用电检查登记表
        "findings": ("ZG", findings_parts),  # 问题及整改台账
        "cases": ("WZ", cases_parts),  # 违章用电窃电登记
        "lineloss": ("XS", lineloss_parts),  # 台区线损月报
        "suspects": ("QD", suspects_parts),  # 稽查清单
        "receipts": ("HZ", receipt_parts),  # 异常核查回执
        "summary": ("ZJ", summary_parts),  # 年度工作总结
    }


def ledger_parts(session: Session, kind: str, params: dict[str, Any]) -> LedgerParts:
    return _kinds()[kind][1](session, params)


def record_print(session: Session, kind: str, params: dict[str, Any], parts: LedgerParts, operator: str,
                 now: dt.datetime | None = None) -> Seal:
    """Number the print and keep its row hashes (in the caller's transaction); the seal to print on it."""
    from db.schema import PrintedDocument

    now = now or dt.datetime.now().replace(microsecond=0)
    prefix = f"{_kinds()[kind][0]}{now:%Y}"
    serial = (session.scalar(select(func.count()).select_from(PrintedDocument)
                             .where(PrintedDocument.doc_no.like(f"{prefix}-%"))) or 0) + 1
    hashes = parts.row_hashes()
    seal = Seal(f"{prefix}-{serial:06d}", digest_of(hashes))
    session.add(PrintedDocument(doc_no=seal.doc_no, kind=kind, params=json.dumps(params, ensure_ascii=False),
                                printed_at=now, operator=operator, digest=seal.digest,
                                row_hashes=json.dumps(hashes, ensure_ascii=False), rows=len(hashes)))
    session.flush()
    return seal


@dataclass(frozen=True, slots=True)
class Verification:
    """What a check of paper against the database found."""

    doc_no: str
    kind: str
    printed_at: dt.datetime | None
    operator: str
    known: bool  # the number is on record
    genuine: bool  # the paper's digest is the one recorded for that number
    added: tuple[str, ...] = ()  # keys in the database now, not on the paper
    removed: tuple[str, ...] = ()  # keys on the paper, gone from the ledger now
    changed: tuple[str, ...] = ()

    @property
    def matches(self) -> bool:
        return self.known and self.genuine and not (self.added or self.removed or self.changed)


def verify(session: Session, seal: Seal) -> Verification:
    """Read the ledger again as it was asked for when printed and compare it, row by row, with the paper."""
    from db.schema import PrintedDocument

    doc = session.scalar(select(PrintedDocument).where(PrintedDocument.doc_no == seal.doc_no))
    if doc is None:
        return Verification(seal.doc_no, "", None, "", known=False, genuine=False)
    printed: dict[str, str] = json.loads(doc.row_hashes)
    now = ledger_parts(session, doc.kind, json.loads(doc.params)).row_hashes()
    return Verification(
        doc.doc_no, doc.kind, doc.printed_at, doc.operator, known=True, genuine=doc.digest == seal.digest,
        added=tuple(sorted(now.keys() - printed.keys())), removed=tuple(sorted(printed.keys() - now.keys())),
        changed=tuple(sorted(k for k in printed.keys() & now.keys() if printed[k] != now[k])))
