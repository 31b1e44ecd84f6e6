"""Recording completions from the due list (tests, checks, visits) and batch sampling results, with audit rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import Asset, AssetEvent, BatchSampling, Customer, InspectionVisit
from station import audit
from station.domain.codes import AssetKind, EventKind
from station.domain.lifecycle import check_transition
from station.domain.problems import Problem, Rejected
from station.due.items import DueKind
from station.i18n import QT_TRANSLATE_NOOP, msg

#: Which event a completion of each device kind writes, and which asset kinds it applies to.
EVENTS: dict[DueKind, tuple[EventKind, frozenset[str]]] = {
    DueKind.ONSITE: (EventKind.ONSITE_TEST, frozenset({AssetKind.METER})),
    DueKind.PTDROP: (EventKind.PT_DROP_TEST, frozenset({AssetKind.PT})),
    DueKind.CTPT: (EventKind.CTPT_CHECK, frozenset({AssetKind.CT, AssetKind.PT})),
}
RESULTS = ("pass", "fail")


@dataclass(frozen=True, slots=True)
class Completion:
    """What was written: an asset event or an inspection visit."""

    kind: DueKind
    record_id: int  # asset_event.id or inspection_visit.id
    target_id: int
    on: dt.date


@dataclass(frozen=True, slots=True)
class SamplingRow:
    id: int
    model: str
    maker: str
    verification_year: int
    sampled_on: dt.date
    result: str
    devices: int  # meters of the batch on record


def _problem(field: str, text: str, value: object = None, **params: object) -> Problem:
    return Problem(field, msg(text, **params), value)


def _create(session: Session, problems: list[Problem], row: Any, operator: str, entity: str,
            after: dict[str, object]) -> int:
    """Rejected with every problem found, writing nothing; else add `row` and its "create" audit row and
    return the new row's id (every completion and sampling is written this one way)."""
    if problems:
        raise Rejected(problems)
    session.add(row)
    session.flush()  # assigns row.id
    audit.record(session, operator=operator, action="create", entity=entity, entity_id=row.id, after=after)
    return int(row.id)


def _common(on: dt.date, result: str | None, allowed: tuple[str, ...]) -> list[Problem]:
    problems = []
    if on > dt.date.today():
        problems.append(
            _problem("on", QT_TRANSLATE_NOOP("station", "A completion cannot be dated in the future"), on)
        )
    if result is not None and result not in allowed:
        problems.append(
            _problem(
                "result",
                QT_TRANSLATE_NOOP("station", "Result must be one of: {choices}"),
                result,
                choices=", ".join(allowed),
            )
        )
    return problems


#: The largest |error %| a completion may record (本程序取值): a meter 100 % off records nothing or double, so
#: anything beyond is a typing slip, and "nan"/"inf" would poison every later comparison.
MAX_ERROR_PCT = Decimal(100)


def _error_pct(value: Decimal | float | str | None, problems: list[Problem]) -> Decimal | None:
    if value is None:
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        problems.append(
            _problem("error_pct", QT_TRANSLATE_NOOP("station", "Error % must be a number"), value)
        )
        return None
    if abs(number) > MAX_ERROR_PCT:
        problems.append(
            _problem(
                "error_pct",
                QT_TRANSLATE_NOOP("station", "Error % must be between -{limit} and {limit}"),
                value,
                limit=MAX_ERROR_PCT,
            )
        )
        return None
    return number


def record_completion(
    session: Session,
    kind: str,
    target_id: int,
    on: dt.date,
    operator: str,
    result: str | None = None,
    error_pct: Decimal | float | str | None = None,
    note: str = "",
    work_order_id: int | None = None,
) -> Completion:
    """Record a done on-site test (with error % and pass/fail), PT drop test, CT/PT check or inspection visit.

    Device work becomes an AssetEvent, a visit an inspection_visit row; both with an audit row. The due
    list then counts the next one from `on`. Rotation is done by replacing the meter (lifecycle), sampling
    by `record_sampling`. Raises Rejected with every reason, writing nothing.
    """
    due_kind = DueKind(kind)
    if isinstance(on, dt.date):  # a completion dated in a closed month is a frozen fact: refused (月结)
        from station.month import require_open

        require_open(session, on, "visit" if due_kind is DueKind.INSPECTION else "completion")
    if due_kind is DueKind.INSPECTION:
        return _record_visit(session, target_id, on, operator, result or "", note, work_order_id)
    if due_kind not in EVENTS:
        raise Rejected(
            [
                _problem(
                    "kind",
                    QT_TRANSLATE_NOOP(
                        "station", "{kind} is completed by replacing the meter or recording a batch sampling"
                    ),
                    kind,
                    kind=kind,
                )
            ]
        )
    event_kind, asset_kinds = EVENTS[due_kind]
    problems = _common(on, result, RESULTS)
    if due_kind is DueKind.ONSITE and result is None:
        problems.append(
            _problem("result", QT_TRANSLATE_NOOP("station", "An on-site test needs its result, pass or fail"))
        )
    pct = _error_pct(error_pct, problems)
    asset = session.get(Asset, target_id)
    problems += _asset_problems(asset, target_id, event_kind, asset_kinds)
    if asset is None:
        raise Rejected(problems)
    event = AssetEvent(
        asset_id=asset.id,
        kind=event_kind,
        happened_on=on,
        operator=operator,
        metering_point_id=asset.metering_point_id,
        result=result,
        error_pct=pct,
        reason=note,
        work_order_id=work_order_id,
        status_before=asset.status,
        status_after=asset.status,
        created_at=dt.datetime.now(),
    )
    event_id = _create(
        session,
        problems,
        event,
        operator,
        "asset_event",
        {
            "asset_no": asset.asset_no,
            "kind": event_kind,
            "on": on,
            "result": result,
            "error_pct": pct,
            "note": note,
        },
    )
    return Completion(due_kind, event_id, asset.id, on)


def _asset_problems(asset: Asset | None, target_id: int, event_kind: EventKind,
                    asset_kinds: frozenset[str]) -> list[Problem]:
    """What stops `asset` (None: not found) from taking `event_kind`."""
    if asset is None:
        return [_problem("target_id", QT_TRANSLATE_NOOP("station", "No asset with id {id}"), target_id, id=target_id)]
    problems = []
    if asset.kind not in asset_kinds:
        problems.append(_problem("kind", QT_TRANSLATE_NOOP("station", "A {kind} cannot take this test"), asset.kind,
                                 kind=asset.kind))
    wrong = check_transition(asset.status, event_kind)
    if wrong is not None:
        problems.append(wrong)
    return problems


def _record_visit(
    session: Session,
    customer_id: int,
    on: dt.date,
    operator: str,
    result: str,
    note: str,
    work_order_id: int | None,
) -> Completion:
    problems = _common(on, None, ())
    if session.get(Customer, customer_id) is None:
        problems.append(
            _problem(
                "target_id",
                QT_TRANSLATE_NOOP("station", "No customer with id {id}"),
                customer_id,
                id=customer_id,
            )
        )
    visit = InspectionVisit(
        customer_id=customer_id,
        visited_on=on,
        operator=operator,
        result=result,
        note=note,
        work_order_id=work_order_id,
    )
    visit_id = _create(
        session,
        problems,
        visit,
        operator,
        "inspection_visit",
        {"customer_id": customer_id, "visited_on": on, "result": result, "note": note},
    )
    return Completion(DueKind.INSPECTION, visit_id, customer_id, on)


def record_sampling(
    session: Session,
    model: str,
    maker: str,
    year: int,
    on: dt.date,
    result: str,
    operator: str,
    note: str = "",
) -> SamplingRow:
    """A batch's sampling result: pass extends the batch's service life, fail makes the whole batch due.

    The batch is the meters of `model` by `maker` verified in `year`; at least one must be on record.
    """
    problems = _common(on, result, RESULTS)
    devices = (
        session.scalar(
            select(func.count())
            .select_from(Asset)
            .where(
                Asset.kind == AssetKind.METER,
                Asset.model == model,
                Asset.maker == maker,
                Asset.verified_on >= dt.date(year, 1, 1),
                Asset.verified_on < dt.date(year + 1, 1, 1),
            )
        )
        or 0
    )
    if devices == 0:
        problems.append(
            _problem(
                "batch",
                QT_TRANSLATE_NOOP(
                    "station", "No meter of model {model} by {maker} verified in {year} is on record"
                ),
                (model, maker, year),
                model=model,
                maker=maker,
                year=year,
            )
        )
    row = BatchSampling(
        model=model,
        maker=maker,
        verification_year=year,
        sampled_on=on,
        result=result,
        operator=operator,
        note=note,
    )
    row_id = _create(
        session,
        problems,
        row,
        operator,
        "batch_sampling",
        {
            "model": model,
            "maker": maker,
            "verification_year": year,
            "sampled_on": on,
            "result": result,
            "devices": devices,
            "note": note,
        },
    )
    return SamplingRow(row_id, model, maker, year, on, result, devices)
