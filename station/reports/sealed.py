"""A ledger read once and printed sealed (issue 11): its parts, the record of each print, and the check of paper
against the database (`verify`).

`LedgerParts` is what a ledger prints; its `data_rows` are hashed by key (station.reports.seal). Printing a sealed
ledger stores a `PrintedDocument` (its number, what was asked for, each row's hash); verifying reads the ledger
again with the same request and names the rows added, removed or changed since.
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
    """A banded ledger as build_table_report takes it, with the column that keys its rows."""

    title: str
    station: str
    period: str
    columns: Sequence[Any]
    groups: Sequence[Any]
    unit: str
    subtitle: str
    key_col: int
    month: str | None
    appendix: Sequence[Any] = ()
    notes: Sequence[str] = ()
    hashes: dict[str, str] = field(default_factory=dict)

    @property
    def data_rows(self) -> list[Sequence[Any]]:
        return [row for g in self.groups for row in g.rows]

    def row_hashes(self) -> dict[str, str]:
        if not self.hashes:
            self.hashes = row_hashes(self.data_rows, self.key_col)
        return self.hashes

    def render(self, out: str | Path | IO[bytes], *, seal: Seal | None = None, printed_at: dt.datetime | None = None,
               progress: Progress = no_progress, cancelled: IsCancelled = never_cancelled) -> int:
        from station.reports.template import build_table_report

        return build_table_report(out, title=self.title, station=self.station, period=self.period,
                                  columns=self.columns, groups=self.groups, unit=self.unit, subtitle=self.subtitle,
                                  appendix=self.appendix, notes=self.notes, printed_at=printed_at, seal=seal,
                                  progress=progress, cancelled=cancelled)


def _builders() -> dict[str, Callable[..., LedgerParts]]:
    from station.reports.assets import asset_ledger_parts
    from station.reports.customers import customer_ledger_parts

    return {"customers": customer_ledger_parts, "assets": asset_ledger_parts}


#: The number's prefix per ledger: 客户台账 KH, 资产台账 ZC, then the year and a serial.
DOC_PREFIX = {"customers": "KH", "assets": "ZC"}


def ledger_parts(session: Session, kind: str, params: dict[str, Any]) -> LedgerParts:
    return _builders()[kind](session, area_code=params.get("area_code"), month=params.get("month"))


def record_print(session: Session, kind: str, params: dict[str, Any], parts: LedgerParts, operator: str,
                 now: dt.datetime | None = None) -> Seal:
    """Number the print and keep its row hashes (in the caller's transaction); the seal to print on it."""
    from db.schema import PrintedDocument

    now = now or dt.datetime.now().replace(microsecond=0)
    prefix = f"{DOC_PREFIX[kind]}{now:%Y}"
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
