"""Batch lifecycle steps on many assets at once (检定, 领出, 报废 of a whole delivery): all or nothing.

Each asset goes through the very step a single one takes (station.assets), so every rule holds for each; a
refusal of any asset is collected, prefixed by its asset number, and the batch goes on checking the rest so
that the clerk sees every refusal at once. Any refusal rejects the whole batch: the caller's transaction
rolls back and nothing is written (a half-verified delivery is worse than none: the lab would not know
which certificates were recorded). The session is never committed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Asset
from station import assets
from station.customers import CHUNK, normalise_search
from station.domain import lifecycle
from station.domain.codes import EventKind
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress

#: A batch larger than this needs no more than one progress report per this many assets.
REPORT_EVERY = 20


@dataclass(frozen=True, slots=True)
class VerifyBatch:
    """One result form applied to every asset of the batch (the lab's certificate covers the delivery)."""

    on: dt.date
    result: str  # pass | fail
    certificate_no: str | None = None
    error_pct: Decimal | None = None
    reason: str = ""


def resolve(session: Session, targets: Sequence[int | str]) -> tuple[list[int], list[Problem]]:
    """Ids of `targets` (ids from the ledger's selection, or asset numbers from a script) in their order,
    each once; an unknown number or id is a problem of its own (field "asset")."""
    numbers = [normalise_search(t) for t in targets if isinstance(t, str)]
    known: dict[str, int] = {}
    for i in range(0, len(numbers), CHUNK):
        known.update({no: ident for no, ident in session.execute(
            select(Asset.asset_no, Asset.id).where(Asset.asset_no.in_(numbers[i:i + CHUNK])))})
    wanted = [t for t in targets if isinstance(t, int)]
    present: set[int] = set()
    for i in range(0, len(wanted), CHUNK):
        present.update(session.scalars(select(Asset.id).where(Asset.id.in_(wanted[i:i + CHUNK]))))
    ids: list[int] = []
    problems: list[Problem] = []
    for t in targets:
        ident = known.get(normalise_search(t)) if isinstance(t, str) else (t if t in present else None)
        if ident is None:
            problems.append(Problem("asset", msg(QT_TRANSLATE_NOOP(
                "station", "{asset_no}: no such asset in the ledger"), asset_no=t), t, code="unknown_asset"))
        elif ident not in ids:
            ids.append(ident)
    if not targets:
        problems.append(Problem("asset", msg(QT_TRANSLATE_NOOP("station", "No assets selected")), None,
                                code="required"))
    return ids, problems


def _numbers(session: Session, ids: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for i in range(0, len(ids), CHUNK):
        out.update({ident: no for ident, no in session.execute(
            select(Asset.id, Asset.asset_no).where(Asset.id.in_(ids[i:i + CHUNK])))})
    return out


def _run(session: Session, targets: Sequence[int | str], step: Callable[[int], None], *,
         progress: Progress | None, cancelled: IsCancelled | None) -> list[int]:
    """`step(id)` for every target; every refusal prefixed by its asset number, then all of them raised."""
    report, stop = progress or no_progress, cancelled or never_cancelled
    ids, problems = resolve(session, targets)
    numbers = _numbers(session, ids)
    for n, ident in enumerate(ids):
        if stop():
            raise Cancelled()
        if n % REPORT_EVERY == 0:
            report(n / max(len(ids), 1), numbers[ident])
        try:
            step(ident)
        except Rejected as exc:
            problems += [Problem(p.field, msg(QT_TRANSLATE_NOOP("station", "{asset_no}: {problem}"),
                                              asset_no=numbers[ident], problem=p.message), numbers[ident], p.code)
                         for p in exc.problems]
    if problems:
        raise Rejected(problems)
    report(1.0, "")
    return ids


def verify_many(session: Session, targets: Sequence[int | str], form: VerifyBatch, operator: str, *,
                progress: Progress | None = None, cancelled: IsCancelled | None = None) -> list[int]:
    """检定 of every target with one result; the ids verified (all of them) or Rejected with every refusal.
    A pass needs the certificate number (the lab's report covering the batch), as the single dialog asks."""
    if form.result == "pass" and not (form.certificate_no or "").strip():
        raise Rejected([Problem("certificate_no", msg(QT_TRANSLATE_NOOP(
            "station", "A passed verification needs its certificate number")), None, code="required")])
    return _run(session, targets, lambda i: assets.verify_asset(
        session, i, form.on, form.result, form.certificate_no, operator, error_pct=form.error_pct,
        reason=form.reason), progress=progress, cancelled=cancelled)


def issue_many(session: Session, targets: Sequence[int | str], on: dt.date, issued_to: str, operator: str, *,
               progress: Progress | None = None, cancelled: IsCancelled | None = None) -> list[int]:
    """领出 of every target to one fitter or team (`issued_to`, required: stock must say where it went)."""
    if not issued_to.strip():
        raise Rejected([Problem("issued_to", msg(QT_TRANSLATE_NOOP(
            "station", "Say to whom the assets are issued (a fitter, a team or a work order)")), issued_to,
            code="required")])
    return _run(session, targets, lambda i: assets.issue_asset(session, i, on, operator, issued_to.strip()),
                progress=progress, cancelled=cancelled)


def scrap_many(session: Session, targets: Sequence[int | str], on: dt.date, reason: str, operator: str, *,
               progress: Progress | None = None, cancelled: IsCancelled | None = None) -> list[int]:
    """报废 of every target with one reason: each passes through 待报废 first when it is not there yet
    (lifecycle.scrap_path), so its history shows both steps as a single scrapping would."""
    if not reason.strip():
        raise Rejected([Problem("reason", msg(QT_TRANSLATE_NOOP("station", "A reason for scrapping is required")),
                                reason, code="required")])

    def step(ident: int) -> None:
        status = session.scalar(select(Asset.status).where(Asset.id == ident))
        path = lifecycle.scrap_path(status)
        if not path:  # the step's own check names the statuses allowed
            assets.mark_to_scrap(session, ident, on, operator, reason)
        for kind in path:
            if kind == EventKind.TO_SCRAP:
                assets.mark_to_scrap(session, ident, on, operator, reason)
            else:
                assets.scrap_asset(session, ident, on, operator, reason.strip())

    return _run(session, targets, step, progress=progress, cancelled=cancelled)
