"""Cases (违约用电/窃电处理): a back-billing calculation of the existing calculators, stored with its inputs,
working, rule and edition; approved by a supervisor who did not inspect the order; never edited once
approved (amend: this version cancelled, a new one linked to it).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import BillingCase, Customer, WorkOrder, WorkOrderTarget
from station.billing.common import Result
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg, translator
from station.orders import history, states
from station.orders.numbering import CASE_PREFIX, format_number, version_number
from station.orders.service import customer_by_account, inspector_names, sync_tracking


@dataclass(frozen=True, slots=True)
class CaseInput:
    """What a case computes: a calculator of station.billing.dispatch by name and its parameters (as `station
    calc` takes them); `tariff_changes` are (day, price) pairs made into the period's tariffs once the period
    is known (a theft's may start at the drop month)."""

    calculator: str
    params: dict[str, Any] = field(default_factory=dict)
    account_no: str | None = None  # which target; None: the order's first
    edition: str | None = None  # None: the station's rule setting
    tariff_changes: tuple[tuple[dt.date, Any], ...] = ()
    finding_id: int | None = None


def _default(value: object) -> object:
    import dataclasses
    from decimal import Decimal

    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)


def _inputs_json(data: CaseInput, params: dict[str, Any], result: Result) -> str:
    """The inputs kept with the case: the calculator, its parameters, the inputs as the calculator recorded
    them, and the tariff changes given."""
    return json.dumps({"calculator": data.calculator, "params": params,
                       "entered": [list(pair) for pair in result.inputs],
                       "clauses": [c.value for c in result.rule.clauses],
                       "tariff_changes": [list(t) for t in data.tariff_changes]},
                      ensure_ascii=False, default=_default, sort_keys=True)


def _p(field_: str, text: str, raw: object, code: str = "invalid", **params: object) -> Problem:
    return Problem(field_, msg(text, **params), raw, code)


def get_case(session: Session, number: str, order: WorkOrder | None = None) -> BillingCase:
    case = session.scalars(select(BillingCase).where(BillingCase.number == number.strip())).first()
    if case is None or (order is not None and case.order_id != order.id):
        raise Rejected([_p("case", QT_TRANSLATE_NOOP("station", "No case {value} on this order"), number,
                           "unknown", value=number)])
    return case


def _target(session: Session, order: WorkOrder, account_no: str | None) -> tuple[int | None, str | None]:
    """(customer id, drop-start month) of the case's target."""
    query = select(WorkOrderTarget.customer_id, WorkOrderTarget.drop_start).where(
        WorkOrderTarget.order_id == order.id)
    if account_no:
        query = query.where(WorkOrderTarget.customer_id == customer_by_account(session, account_no).id)
    row = session.execute(query.order_by(WorkOrderTarget.id).limit(1)).first()
    if row is None:
        raise Rejected([_p("customer", QT_TRANSLATE_NOOP("station", "{value} is not a target of this order"),
                           account_no, "unknown", value=account_no)])
    return row[0], row[1]


def theft_period(params: dict[str, Any], order: WorkOrder, drop_start: str | None) -> dict[str, Any]:
    """For an order from the scan, a theft's period starts at the drop-start month unless given, and ends the
    day the theft was found (the order's on-site day, else today)."""
    if order.source != "suspect" or not drop_start or params.get("date_from") or params.get("days"):
        return params
    year, month = (int(x) for x in drop_start.split("-"))
    found = (order.started_at or dt.datetime.now()).date()
    return {**params, "date_from": dt.date(year, month, 1), "date_to": params.get("date_to") or found}


def _compute(session: Session, order: WorkOrder, data: CaseInput) -> tuple[Result, dict[str, Any], int | None]:
    from station.billing import periods_of
    from station.billing.dispatch import CALCULATORS, compute
    from station.billing.rule_values import BillingRules
    from station.rule_settings.store import load_rules

    if data.calculator not in CALCULATORS:
        raise Rejected([_p("calculator", QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                           data.calculator, value=data.calculator, allowed=", ".join(CALCULATORS))])
    customer_id, drop_start = _target(session, order, data.account_no)
    params = dict(data.params)
    if data.calculator == "theft":
        params = theft_period(params, order, drop_start)
    ruleset = load_rules(session)
    setup: dict[str, Any] = {"rules": BillingRules.from_settings(ruleset.values),
                             "edition": data.edition or ruleset.business_rules_edition}
    if data.tariff_changes:
        try:
            setup["tariffs"] = periods_of(list(data.tariff_changes), params["date_from"], params["date_to"])
        except (KeyError, TypeError, ValueError) as exc:
            raise Rejected([_p("tariffs", QT_TRANSLATE_NOOP("station", "The tariffs do not cover the period: {why}"),
                               str(exc), why=str(exc))]) from None
    result = compute(data.calculator, params, **setup)
    return result, params, customer_id


def _write(session: Session, order: WorkOrder, data: CaseInput, operator: str, *, number: str, version: int,
           supersedes: int | None) -> BillingCase:
    result, params, customer_id = _compute(session, order, data)
    working = {lang: result.working_text(translator(lang)) for lang in ("zh_CN", "en")}
    case = BillingCase(
        number=number, order_id=order.id, customer_id=customer_id, finding_id=data.finding_id, version=version,
        supersedes_id=supersedes, calc_kind=result.kind.value,
        inputs=_inputs_json(data, params, result),
        working=json.dumps(working, ensure_ascii=False), rule=str(result.rule)[:200], edition=result.rule.edition.value,
        kwh=result.kwh, amount=result.amount, penalty=result.penalty, total=result.total, status=states.C_PENDING,
        reason="", created_by=operator, created_at=dt.datetime.now())
    session.add(case)
    session.flush()
    history.record(session, order_id=order.id, number=order.number, entity="case", entity_id=case.id,
                   action="create", operator=operator, from_state=None, to_state=states.C_PENDING,
                   details={"case": number, "kind": result.kind.value, "total": result.total,
                            "supersedes": supersedes})
    return case


def open_case(session: Session, order: WorkOrder, data: CaseInput, operator: str) -> BillingCase:
    """Compute and store a new case of `order`, submitted for approval (pending)."""
    if order.status not in states.working_states(order.kind):
        raise Rejected([states.state_problem(order.status, "case", states.ORDER_STATE_NAMES)])
    year = dt.date.today().year
    base = format_number(CASE_PREFIX, year, _next_case_seq(session, year))
    case = _write(session, order, data, operator, number=base, version=1, supersedes=None)
    sync_tracking(session, order, operator)
    return case


def _next_case_seq(session: Session, year: int) -> int:
    # Case numbers carry their own sequence in the number (versions share it): read the highest base.
    from db.locks import writers_lock

    writers_lock(session)
    prefix = f"{CASE_PREFIX}{year}-"
    numbers = session.scalars(select(BillingCase.number).where(BillingCase.number.like(prefix + "%")))
    return max((int(n[len(prefix):].split("-")[0]) for n in numbers), default=0) + 1


def update_case(session: Session, order: WorkOrder, case: BillingCase, data: CaseInput, operator: str) -> None:
    """Re-compute a case not yet approved, in place; an approved one is refused (amend it instead)."""
    problems = states.frozen_case_problem(case.status)
    if problems:
        raise Rejected(problems)
    result, params, customer_id = _compute(session, order, data)
    case.inputs = _inputs_json(data, params, result)
    case.working = json.dumps({lang: result.working_text(translator(lang)) for lang in ("zh_CN", "en")},
                              ensure_ascii=False)
    case.calc_kind, case.rule, case.edition = result.kind.value, str(result.rule)[:200], result.rule.edition.value
    case.kwh, case.amount, case.penalty, case.total = result.kwh, result.amount, result.penalty, result.total
    case.customer_id = customer_id
    history.record(session, order_id=order.id, number=order.number, entity="case", entity_id=case.id,
                   action="update", operator=operator, from_state=case.status, to_state=case.status,
                   details={"case": case.number, "total": result.total})


def amend_case(session: Session, order: WorkOrder, case: BillingCase, data: CaseInput, reason: str,
               operator: str) -> BillingCase:
    """A correction: `case` cancelled with `reason`, a new version (number -2, -3 …) linked to it."""
    problems = states.reason_problems(reason)
    if states.case_next(case.status, "cancel") is None:
        problems.append(states.state_problem(case.status, "amend", states.CASE_STATE_NAMES))
    if problems:
        raise Rejected(problems)
    move_case(session, order, case, "cancel", operator, reason)
    base = case.number.rsplit("-", 1)[0] if case.version > 1 else case.number
    new = _write(session, order, data, operator, number=version_number(base, case.version + 1),
                 version=case.version + 1, supersedes=case.id)
    sync_tracking(session, order, operator)
    return new


def move_case(session: Session, order: WorkOrder, case: BillingCase, action: str, operator: str,
              reason: str = "", transferred_to: str | None = None) -> None:
    """One transition of a case, with its decisions (approval by someone else; a reason where one is due)."""
    after = states.case_next(case.status, action)
    if after is None:
        raise Rejected([states.state_problem(case.status, action, states.CASE_STATE_NAMES)])
    problems: list[Problem] = []
    if action == "approve":
        problems = states.case_approval_problems(inspector_names(session, order.id), case.created_by, operator)
    if action in ("cancel", "refuse", "transfer"):
        problems = states.reason_problems(reason)
    if problems:
        raise Rejected(problems)
    before = case.status
    case.status = after
    now = dt.datetime.now()
    if action == "approve":
        case.approved_by, case.approved_at = operator, now
    elif action == "serve":
        case.served_at = now
    if reason:
        case.reason = reason
    if transferred_to:
        case.transferred_to = transferred_to
    history.record(session, order_id=order.id, number=order.number, entity="case", entity_id=case.id,
                   action=action, operator=operator, from_state=before, to_state=after, reason=reason,
                   details={"case": case.number, **({"to": transferred_to} if transferred_to else {})})
    sync_tracking(session, order, operator)


def account_of_case(session: Session, case: BillingCase) -> str | None:
    if case.customer_id is None:
        return None
    return session.scalar(select(Customer.account_no).where(Customer.id == case.customer_id))
