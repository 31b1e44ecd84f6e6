"""Importing customers and assets from marketing-system exports (.xlsx, .csv): preview first, then write.

    with ws.sessions.begin() as s:                  # in station/actions/imports.py, the one owner
        preview = preview_customers(s, path)          # counts, every rejected row, nothing written
        if not preview.rejections:
            apply_import(s, preview, ws.operator)     # the accepted rows, one ImportBatch, audit rows
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from station.imports.aliases import ALIASES, ASSET_ALIASES, CUSTOMER_ALIASES, REQUIRED
from station.imports.assets import apply_assets, preview_assets
from station.imports.customers import apply_customers, preview_customers
from station.imports.preview import ImportPreview, ImportSummary, Rejection
from station.imports.rejects import save_rejections
from station.progress import Progress, never_cancelled, no_progress


def preview_file(session: Session, path: Path, kind: str, **options: Any) -> ImportPreview:
    """The preview of `path` as an import of `kind`: customers, assets, readings, supply or anomalies."""
    from station.imports.anomalies import preview_anomalies
    from station.imports.readings import preview_readings
    from station.imports.supply import preview_supply

    read = {"customers": preview_customers, "assets": preview_assets,
            "readings": preview_readings, "supply": preview_supply, "anomalies": preview_anomalies}[kind]
    if kind not in ("readings", "supply"):
        return read(session, path, **options)
    from station.month.amend import guard_monthly

    correction = bool(options.pop("correction", False))
    preview = read(session, path, **options)
    # A file carrying a closed month is refused whole, or (as a correction) books amendments in an open month.
    guard_monthly(session, preview, correction=correction, today=options.get("today"))
    return preview


def apply_import(
    session: Session,
    preview: ImportPreview,
    operator: str,
    *,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ImportSummary:
    """Write the accepted rows of a preview in the caller's transaction (rejected rows are left out)."""
    if preview.kind in ("readings", "supply"):
        from station.imports.readings import apply_monthly
        from station.month.amend import write_amendments

        summary = apply_monthly(session, preview, operator, progress=progress, cancelled=cancelled)
        write_amendments(session, preview, summary.batch_id, operator)
        return summary
    if preview.kind == "anomalies":
        from station.imports.anomalies import apply_anomalies

        return apply_anomalies(session, preview, operator, progress=progress, cancelled=cancelled)
    apply = apply_customers if preview.kind == "customers" else apply_assets
    return apply(session, preview, operator, progress=progress, cancelled=cancelled)


__all__ = [
    "ALIASES",
    "ASSET_ALIASES",
    "CUSTOMER_ALIASES",
    "REQUIRED",
    "ImportPreview",
    "ImportSummary",
    "Rejection",
    "apply_import",
    "preview_file",
    "preview_assets",
    "preview_customers",
    "save_rejections",
]
