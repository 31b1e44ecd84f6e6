"""Importing the billing centre's anomaly list (电费管理中心异常清单): preview, then add the new lines.

A line is 户号 + 异常类型 + 期间 (its `line_key`): importing the same list again finds every line and writes
nothing; a later list that corrects the centre's figures of a line still open updates them; a line the station
has answered keeps its figures as they were when it answered (the 回执 must say what was checked).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db.schema import BillingAnomaly, Customer
from station.collector import collector_paused
from station.domain.limits import MAX_KWH_MONTH
from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.imports import normalise as n
from station.imports.bulk import (
    created_audit,
    insert_many,
    select_in,
    start_batch,
    write_audit,
    write_updates,
)
from station.imports.file_rows import read_sheet
from station.imports.month_parse import parse_month
from station.imports.preview import ImportPreview, ImportSummary, RowChecker, Update, diff, new_preview
from station.progress import Cancelled, Progress, never_cancelled, no_progress

KIND = "anomalies"
ENTITY = "billing_anomaly"
#: The centre's fields (what a later list may correct while the line is open).
CENTRE_FIELDS: tuple[str, ...] = ("description", "kwh", "amount")
_LENGTHS = {"anomaly_type": 64, "description": 2000}


def _quantity(value: Any) -> Any:
    number = n.decimal(value)
    return None if number is None else n.bounded(number, MAX_KWH_MONTH, value)


PARSERS: dict[str, Callable[[Any], Any]] = {
    "account_no": n.digits,
    "anomaly_type": n.text,
    "description": n.text,
    "kwh": _quantity,
    "amount": _quantity,
    "period": parse_month,
}


def line_key(account_no: str, anomaly_type: str, period: int) -> str:
    return f"{account_no}|{anomaly_type}|{period}"


def validate_anomaly(values: Mapping[str, Any]) -> list[Problem]:
    required = msg(QT_TRANSLATE_NOOP("station", "This field is required"))
    problems = [Problem(f, required, values.get(f)) for f in ("account_no", "anomaly_type", "period")
                if values.get(f) in (None, "")]
    problems += [Problem(f, msg(QT_TRANSLATE_NOOP("station", "At most {limit} characters are allowed"), limit=k),
                         v) for f, k in _LENGTHS.items() if isinstance(v := values.get(f), str) and len(v) > k]
    return problems


@collector_paused()
def preview_anomalies(
    session: Session,
    path: str | Path,
    *,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ImportPreview:
    """Read and check an anomaly list against the database; nothing is written."""
    sheet = read_sheet(KIND, path)
    preview = new_preview(KIND, sheet)
    customers: dict[str, int] = {}

    def known(values: dict[str, Any]) -> list[Problem]:
        # Also names the line for the file's duplicate test (RowChecker's key): one line per 户号, 类型, 期间.
        values["line_key"] = line_key(values.get("account_no") or "", values.get("anomaly_type") or "",
                                      values.get("period") or 0)
        account = values.get("account_no")
        if account and account not in customers:
            return [Problem("account_no", msg(QT_TRANSLATE_NOOP(
                "station", "no customer with 户号 {value} in the ledger"), value=account), account)]
        return []

    accounts = {n.digits(c) for c in _column(sheet, "account_no")}
    customers.update(select_in(session, [Customer.account_no, Customer.id], Customer.account_no, accounts))
    checker = RowChecker(sheet, preview, "line_key", PARSERS, validate_anomaly, lookup=known, progress=progress,
                         cancelled=cancelled, duplicate_field="account_no")
    rows = checker.rows()
    stored = {r[0]: r[1:] for r in select_in(
        session, [BillingAnomaly.line_key, BillingAnomaly.id, BillingAnomaly.status,
                  *(getattr(BillingAnomaly, f) for f in CENTRE_FIELDS)],
        BillingAnomaly.line_key, (v["line_key"] for _, v, _ in rows))}
    for line, values, _cells in rows:
        old = stored.get(values["line_key"])
        if old is None:
            preview.inserts.append({**values, "customer_id": customers[values["account_no"]],
                                    "description": values.get("description") or ""})
            preview.insert_lines.append(line)
            continue
        row_id, status, *figures = old
        before, after = diff(dict(zip(CENTRE_FIELDS, figures, strict=True)),
                             {f: values.get(f) for f in CENTRE_FIELDS})
        if after and status == "open":
            preview.updates.append(Update(row_id, values["line_key"], line, before, after))
        else:
            preview.unchanged += 1
    progress(0.9, str(msg(QT_TRANSLATE_NOOP("station", "Checked"))))
    return preview


def _column(sheet: Any, field: str) -> list[Any]:
    index = sheet.columns.get(field)
    if index is None:
        return []
    return [cells[index] for _, cells in sheet.rows if index < len(cells) and cells[index] not in (None, "")]


@collector_paused()
def apply_anomalies(
    session: Session,
    preview: ImportPreview,
    operator: str,
    *,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ImportSummary:
    """Write the new lines (open, to be checked) and the corrected figures of open lines, one batch."""
    if not preview.writes_anything:
        return ImportSummary(KIND, None, 0, 0, preview.unchanged, preview.rejected)
    batch_id, audit_rows = start_batch(session, preview, operator)
    if cancelled():
        raise Cancelled()
    rows = [{k: r.get(k) for k in _COLUMNS} for r in preview.inserts]  # every row the same keys (a file may
    # lack the optional columns)
    insert_many(session, BillingAnomaly.__table__, rows,  # type: ignore[arg-type]
                constants={"import_batch_id": batch_id, "status": "open", "result_note": "", "version": 1})
    write_updates(session, BillingAnomaly.__table__, ((u, u.after) for u in preview.updates),  # type: ignore[arg-type]
                  audit_rows, entity=ENTITY)
    if rows:
        audit_rows.append(created_audit(preview, batch_id, rows, entity=ENTITY, key="line_key"))
    write_audit(session, audit_rows, operator=operator)
    progress(1.0, "")
    return ImportSummary(KIND, batch_id, preview.new, preview.updated, preview.unchanged, preview.rejected)


_COLUMNS: tuple[str, ...] = ("line_key", "account_no", "customer_id", "anomaly_type", "description", "period",
                             "kwh", "amount")
