"""The billing-centre loop (issue 11): each line of an anomaly list checked and answered, and the 回执 back.

The station answers a line with a coded result (a quick coded closure where the check is plain, so that a long
list is not only paperwork) or raises a desk work order for it; the receipt carries, per line, the result, what
was found, the kWh and amount back-billed, who checked and when.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import BillingAnomaly, Customer, ImportBatch
from station import audit
from station.domain.limits import MAX_KWH_MONTH
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg

#: Result codes of a checked line (the receipt prints the Chinese name).
RESULTS: dict[str, str] = {
    "normal": "经核查无异常",  # the consumption is explained (vacant, seasonal, a known stoppage)
    "record-corrected": "档案差错已更正",  # a wrong multiplier, category or reading in the ledger, corrected
    "meter-fault": "计量故障已处理",
    "back-billed": "查实并已追补",  # needs the kWh or the amount back-billed
    "not-found": "现场未查实",
}
#: Results that say what was found: the note must say it too.
NOTE_REQUIRED = frozenset({"record-corrected", "meter-fault", "back-billed", "not-found"})


@dataclass(frozen=True, slots=True)
class AnomalyRow:
    id: int
    batch_id: int
    file_name: str
    account_no: str
    customer_name: str
    anomaly_type: str
    description: str
    period: int
    kwh: Decimal | None
    amount: Decimal | None
    status: str
    result: str | None
    result_note: str
    back_billed_kwh: Decimal | None
    back_billed_amount: Decimal | None
    checked_by: str | None
    checked_on: dt.date | None
    version: int

    @property
    def result_name(self) -> str:
        return RESULTS.get(self.result or "", "")


def list_anomalies(session: Session, *, batch_id: int | None = None, period: int | None = None,
                   status: str | None = None) -> list[AnomalyRow]:
    """The lines of one list (batch), one month (期间) or all, open ones first, then by 户号."""
    stmt = (select(BillingAnomaly.id, BillingAnomaly.import_batch_id, ImportBatch.file_name, BillingAnomaly.account_no,
                   Customer.name, BillingAnomaly.anomaly_type, BillingAnomaly.description, BillingAnomaly.period,
                   BillingAnomaly.kwh, BillingAnomaly.amount, BillingAnomaly.status, BillingAnomaly.result,
                   BillingAnomaly.result_note, BillingAnomaly.back_billed_kwh, BillingAnomaly.back_billed_amount,
                   BillingAnomaly.checked_by, BillingAnomaly.checked_on, BillingAnomaly.version)
            .join(Customer, BillingAnomaly.customer_id == Customer.id)
            .join(ImportBatch, BillingAnomaly.import_batch_id == ImportBatch.id))
    if batch_id is not None:
        stmt = stmt.where(BillingAnomaly.import_batch_id == batch_id)
    if period is not None:
        stmt = stmt.where(BillingAnomaly.period == period)
    if status is not None:
        stmt = stmt.where(BillingAnomaly.status == status)
    rows = [AnomalyRow(*r) for r in session.execute(stmt)]  # type: ignore[call-arg]
    rows.sort(key=lambda r: (r.status == "closed", r.account_no, r.anomaly_type, r.period))
    return rows


def _amount(field: str, value: Decimal | None) -> list[Problem]:
    if value is None:
        return []
    if not value.is_finite() or value < 0 or value >= MAX_KWH_MONTH:
        return [Problem(field, msg(QT_TRANSLATE_NOOP("station", "{value} is not a quantity from 0 to {limit}"),
                                   value=value, limit=f"{MAX_KWH_MONTH:,.0f}"), value)]
    return []


def answer_problems(result: str, note: str, kwh: Decimal | None, amount: Decimal | None) -> list[Problem]:
    """Why an answer may not be recorded (one decision, for the GUI's form and the CLI alike)."""
    problems: list[Problem] = []
    if result not in RESULTS:
        problems.append(Problem("result", msg(QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"),
                                              value=result, allowed=", ".join(RESULTS)), result))
    if result in NOTE_REQUIRED and not note.strip():
        problems.append(Problem("note", msg(QT_TRANSLATE_NOOP(
            "station", "Say what was found: a result other than 'normal' needs a note")), note, "required"))
    if result == "back-billed" and not (kwh or amount):
        problems.append(Problem("back_billed_kwh", msg(QT_TRANSLATE_NOOP(
            "station", "A back-billed line needs the kWh or the amount back-billed")), kwh, "required"))
    return problems + _amount("back_billed_kwh", kwh) + _amount("back_billed_amount", amount)


def answer(session: Session, anomaly_id: int, result: str, note: str, operator: str, *, on: dt.date,
           kwh: Decimal | None = None, amount: Decimal | None = None, version: int | None = None) -> None:
    """Record the station's answer to a line (it is then closed); Rejected when it was answered already.

    `version` is the one the clerk saw: another counter's answer in between is told, not overwritten.
    """
    line = session.get(BillingAnomaly, anomaly_id, with_for_update=True)
    if line is None:
        raise Rejected([Problem("anomaly", msg(QT_TRANSLATE_NOOP("station", "No such anomaly line: {value}"),
                                               value=anomaly_id), anomaly_id)])
    problems = answer_problems(result, note or "", kwh, amount)
    if line.status == "closed":  # a line being checked (an order raised) is answered when the order says
        problems.insert(0, Problem("anomaly", msg(QT_TRANSLATE_NOOP(
            "station", "Already answered on {day} by {who}: {result}"),
            day=line.checked_on or "", who=line.checked_by or "", result=RESULTS.get(line.result or "", "")),
            anomaly_id, "answered"))
    elif version is not None and version != line.version:
        problems.insert(0, Problem("anomaly", msg(QT_TRANSLATE_NOOP(
            "station", "Changed by someone else since you opened it: look at it again")), anomaly_id, "stale"))
    if problems:
        raise Rejected(problems)
    before = {"status": line.status}
    line.status, line.result, line.result_note = "closed", result, (note or "").strip()
    line.back_billed_kwh, line.back_billed_amount = kwh, amount
    line.checked_by, line.checked_on, line.answered_at = operator, on, dt.datetime.now().replace(microsecond=0)
    line.version += 1
    audit.record(session, operator=operator, action="answer", entity="billing_anomaly", entity_id=line.id,
                 before=before, after={"status": "closed", "result": result, "note": line.result_note,
                                       "back_billed_kwh": kwh, "back_billed_amount": amount, "on": on})


def raise_order(session: Session, anomaly_id: int, operator: str, *, inspectors: tuple[str, ...] = ()) -> str:
    """A desk work order (电费核查, source billing-centre) for an open line; the line is then being checked.

    The order carries the centre's wording in its note, so the inspector sees what the centre saw; answering the
    line stays the station's own step (the order's findings and cases say what was done).
    """
    from station.orders.rows import OrderDraft, TargetDraft
    from station.orders.service import create_order

    line = session.get(BillingAnomaly, anomaly_id, with_for_update=True)
    if line is None:
        raise Rejected([Problem("anomaly", msg(QT_TRANSLATE_NOOP("station", "No such anomaly line: {value}"),
                                               value=anomaly_id), anomaly_id)])
    if line.status != "open":
        raise Rejected([Problem("anomaly", msg(QT_TRANSLATE_NOOP(
            "station", "Only a line still to check gets a work order (this one is {value})"), value=line.status),
            anomaly_id, "not_open")])
    note = f"电费中心异常清单：{line.anomaly_type}（{line.period // 100}-{line.period % 100:02d}）{line.description}"
    order = create_order(session, OrderDraft(kind="billing-check", targets=(TargetDraft(line.account_no),),
                                             source="billing-centre", inspectors=inspectors or (operator,),
                                             note=note[:2000]), operator)
    line.status, line.work_order_id = "checking", order.id
    line.version += 1
    audit.record(session, operator=operator, action="raise_order", entity="billing_anomaly", entity_id=line.id,
                 before={"status": "open"}, after={"status": "checking", "work_order": order.number})
    return order.number


def batches(session: Session) -> list[tuple[int, str, dt.datetime]]:
    """The anomaly lists imported: (batch id, file name, when), newest first."""
    return [tuple(r) for r in session.execute(  # type: ignore[misc]
        select(ImportBatch.id, ImportBatch.file_name, ImportBatch.imported_at)
        .where(ImportBatch.kind == "anomalies").order_by(ImportBatch.id.desc()))]
