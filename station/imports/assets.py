"""Importing meters, CTs and PTs (计量资产) from a marketing-system export: preview, then upsert by 资产编号."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db.schema import Asset
from station.collector import collector_paused
from station.domain.codes import AssetStatus
from station.domain.validation import validate_asset_fields
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.imports import normalise as n
from station.imports.aliases import (
    ASSET_KIND_LABELS,
    ASSET_STATUS_LABELS,
    PHASE_LABELS,
    VERIFICATION_RESULT_LABELS,
    reader_of,
)
from station.imports.bulk import (
    created_audit,
    insert_many,
    select_in,
    start_batch,
    write_audit,
    write_updates,
)
from station.imports.file_rows import read_sheet
from station.imports.installs import plan_installs, write_installs
from station.imports.preview import ImportPreview, ImportSummary, RowChecker, Update, diff, new_preview
from station.progress import Cancelled, Progress, never_cancelled, no_progress

KIND = "assets"
ENTITY = "asset"

_KINDS = reader_of(ASSET_KIND_LABELS)
_STATUSES = reader_of(ASSET_STATUS_LABELS)
_RESULTS = reader_of(VERIFICATION_RESULT_LABELS)
_PHASES = reader_of(PHASE_LABELS)
_CONSTANT_UNIT = re.compile(r"(imp|r)/kwh$", re.IGNORECASE)

STORED_FIELDS: tuple[str, ...] = (
    "factory_no", "kind", "model", "maker", "accuracy_class", "rated_voltage", "rated_current", "constant",
    "ratio", "phases", "made_on", "verified_on", "verification_result", "status", "batch_no",
)
_NEW_DEFAULTS: dict[str, Any] = {
    "factory_no": "", "model": "", "maker": "", "accuracy_class": "", "rated_voltage": "", "rated_current": "",
    "constant": None, "ratio": "", "phases": 1, "made_on": None, "verified_on": None,
    "verification_result": None, "batch_no": "", "metering_point_id": None,
}


def _label(table: dict[str, Any]) -> Callable[[Any], Any]:
    def parse(value: Any) -> Any:
        s = n.compact(value)
        return table.get(s.casefold(), s) if s else None

    return parse


def _accuracy(value: Any) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool):
        value = repr(float(value))  # 2.0 → "2.0", trimmed below
    s = n.compact(value).removesuffix("级").upper()
    if s.endswith(".0"):
        s = s[:-2]  # Excel turns the class "2" into 2.0
    return s


def _constant(value: Any) -> int | None:
    if isinstance(value, str):
        value = _CONSTANT_UNIT.sub("", n.compact(value))
    return n.integer(value)


def _ratio(value: Any) -> str:
    if isinstance(value, dt.date):
        # Excel reads "10/5" typed into a General cell as 10 May.
        raise n.Invalid(msg(QT_TRANSLATE_NOOP(
            "station", "Excel turned this ratio into a date; format the column as text and type it again")))
    return n.compact(value)


def _phases(value: Any) -> int | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return n.integer(value)
    s = n.compact(value)
    if not s:
        return None
    code = _PHASES.get(s.casefold())
    return code if code is not None else n.integer(s)


PARSERS: dict[str, Callable[[Any], Any]] = {
    "asset_no": n.digits,
    "factory_no": n.digits,
    "kind": _label(_KINDS),
    "model": n.text,
    "maker": n.text,
    "accuracy_class": _accuracy,
    "rated_voltage": n.compact,
    "rated_current": n.compact,
    "constant": _constant,
    "ratio": _ratio,
    "phases": _phases,
    "made_on": n.date,
    "verified_on": n.date,
    "verification_result": _label(_RESULTS),
    "status": _label(_STATUSES),
    "batch_no": n.digits,
    "install_account_no": n.digits,
}


def _new_status(values: dict[str, Any]) -> str:
    """The status of a new asset whose file gives none: where it is, or what its verification says."""
    if values.get("install_account_no"):
        return AssetStatus.INSTALLED
    result = values.get("verification_result")
    if result == "pass":
        return AssetStatus.IN_STOCK
    if result == "fail":
        return AssetStatus.FAILED
    return AssetStatus.RECEIVED


@collector_paused()
def preview_assets(
    session: Session,
    path: str | Path,
    *,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ImportPreview:
    """Read and check an asset file against the database; nothing is written."""
    sheet = read_sheet(KIND, path)
    preview = new_preview(KIND, sheet)
    checker = RowChecker(
        sheet, preview, "asset_no", PARSERS, validate_asset_fields, progress=progress, cancelled=cancelled
    )
    rows = checker.rows()
    cols = [getattr(Asset, f) for f in STORED_FIELDS]
    names = ("id", "metering_point_id", *STORED_FIELDS)
    stored = {
        r[0]: dict(zip(names, r[1:], strict=True))
        for r in select_in(
            session, [Asset.asset_no, Asset.id, Asset.metering_point_id, *cols], Asset.asset_no,
            (v["asset_no"] for _, v, _ in rows),
        )
    }
    accepted = plan_installs(session, checker, rows, stored)
    for line, values in accepted:
        asset_no = values.pop("asset_no")
        values.pop("install_account_no", None)
        old = stored.get(asset_no)
        if old is None:
            new = dict(_NEW_DEFAULTS)
            new.update({k: v for k, v in values.items() if v is not None and v != ""})
            new.setdefault("status", _new_status(values))
            new["asset_no"] = asset_no
            preview.inserts.append(new)
            preview.insert_lines.append(line)
            continue
        before, after = diff(old, values)
        if after:
            preview.updates.append(Update(old["id"], asset_no, line, before, after))
        else:
            preview.unchanged += 1
    # An install of an otherwise unchanged asset is a change: count it as updated, not unchanged.
    installs = preview.extra.get("installs", [])
    updated_keys = {u.key for u in preview.updates}
    for item in installs:
        old = stored.get(item["asset_no"])
        if old is not None and item["asset_no"] not in updated_keys:
            preview.unchanged -= 1
            preview.updates.append(Update(old["id"], item["asset_no"], item["line"], {}, {}))
    progress(0.9, str(msg(QT_TRANSLATE_NOOP("station", "Checked"))))
    return preview


@collector_paused()
def apply_assets(
    session: Session,
    preview: ImportPreview,
    operator: str,
    *,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ImportSummary:
    """Write the accepted rows of `preview` in the caller's transaction: assets, installs, events, audit rows."""
    if not preview.writes_anything:
        return ImportSummary(KIND, None, 0, 0, preview.unchanged, preview.rejected)
    batch_id, audit_rows = start_batch(session, preview, operator)
    if cancelled():
        raise Cancelled()
    progress(0.92, str(msg(QT_TRANSLATE_NOOP("station", "Writing assets"))))
    rows = preview.inserts
    insert_many(session, Asset.__table__, rows, constants={"import_batch_id": batch_id})  # type: ignore[arg-type]
    # Installs need the ids of the assets just written; the batch's own rows are exactly the new ones.
    ids: dict[str, int] = {}
    if preview.extra.get("installs"):
        ids.update(select_in(session, [Asset.asset_no, Asset.id], Asset.import_batch_id, [batch_id]))
    # An install of an otherwise unchanged asset is an update with nothing to write but its install.
    write_updates(session, Asset.__table__, ((u, u.after) for u in preview.updates if u.after),  # type: ignore[arg-type]
                  audit_rows, entity=ENTITY)
    for u in preview.updates:
        ids.setdefault(u.key, u.id)
    if rows:
        audit_rows.append(created_audit(preview, batch_id, rows, entity=ENTITY, key="asset_no"))
    progress(0.96, str(msg(QT_TRANSLATE_NOOP("station", "Installing on metering points"))))
    points_created, installed = write_installs(session, preview, ids, operator, audit_rows)
    write_audit(session, audit_rows, operator=operator)
    progress(1.0, "")
    return ImportSummary(
        KIND, batch_id, preview.new, preview.updated, preview.unchanged, preview.rejected,
        points_created=points_created, installed=installed,
    )

