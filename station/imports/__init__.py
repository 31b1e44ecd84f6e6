"""Importing customers and assets from marketing-system exports (.xlsx, .csv): preview first, then write.

    with ws.sessions.begin() as s:
        preview = preview_customers(s, path)          # counts, every rejected row, nothing written
        if not preview.rejections:
            apply_import(s, preview, ws.operator)     # the accepted rows, one ImportBatch, audit rows
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from station.imports.aliases import ALIASES, ASSET_ALIASES, CUSTOMER_ALIASES, REQUIRED
from station.imports.assets import apply_assets, preview_assets
from station.imports.customers import apply_customers, preview_customers
from station.imports.preview import ImportPreview, ImportSummary, Rejection
from station.imports.rejects import save_rejections
from station.jobs import Progress, never_cancelled, no_progress


def apply_import(
    session: Session,
    preview: ImportPreview,
    operator: str,
    *,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] = never_cancelled,
) -> ImportSummary:
    """Write the accepted rows of a preview in the caller's transaction (rejected rows are left out)."""
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
    "preview_assets",
    "preview_customers",
    "save_rejections",
]
