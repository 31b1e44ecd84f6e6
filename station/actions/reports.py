"""Reports and exports: PDFs and spreadsheets read in one session (a sealed ledger also records its print)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from station.actions._common import _job_hooks
from station.users import require
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.consumption.service import SuspectRow
    from station.due import DueItem
    from station.progress import IsCancelled, Progress
    from station.reports.sealed import Verification


def write_due_plan(ws: Workspace, items: Sequence[DueItem], path: str, *, month: str, scope: str = "",
                   progress: Progress | None = None, cancelled: IsCancelled | None = None) -> str:
    """月度轮换检定计划 of `items` as a PDF at `path` (the station's and 台区 names read here)."""
    from station.reports.due_plan import due_plan_pdf

    with ws.sessions() as s:
        require(s, ws.operator, "reports", "print")
        due_plan_pdf(s, items, path, month=month, scope=scope, **_job_hooks(progress, cancelled))
    return path


def write_inspection_list(ws: Workspace, rows: Sequence[SuspectRow], path: str | Path, *, month: str,
                          scope: str = "", progress: Progress | None = None,
                          cancelled: IsCancelled | None = None) -> Path:
    """稽查清单 of `rows` (in the order given) as a PDF at `path`; station name and addresses read here."""
    from station.reports.inspection_list import inspection_list_pdf

    with ws.sessions() as s:
        require(s, ws.operator, "reports", "print")
        inspection_list_pdf(s, rows, path, month=month, scope=scope, **_job_hooks(progress, cancelled))
    return Path(path)


def write_lineloss_report(ws: Workspace, month: str, path: str | Path, *, progress: Progress | None = None,
                          cancelled: IsCancelled | None = None) -> Path:
    """The month's 台区线损 report as a PDF at `path`."""
    from station.reports.lineloss import lineloss_pdf

    with ws.sessions() as s:
        require(s, ws.operator, "reports", "print")
        lineloss_pdf(s, path, month, **_job_hooks(progress, cancelled))
    return Path(path)


def export_view(ws: Workspace, kind: Literal["customers", "assets"], flt: Any, path: str | Path,
                sort_key: str, descending: bool, progress: Progress | None = None,
                cancelled: IsCancelled | None = None) -> int:
    """Write the customers or assets of `flt`, in the ledger's order, to .xlsx/.csv at `path`; rows written."""
    from station import exports

    write = exports.export_customers if kind == "customers" else exports.export_assets
    with ws.sessions() as s:
        require(s, ws.operator, "reports", "export")
        return int(write(s, flt, path, sort_key=sort_key, descending=descending, **_job_hooks(progress, cancelled)))


def build_ledger_pdf(ws: Workspace, kind: Literal["customers", "assets"], path: str | Path,
                     area_code: str | None = None, month: str | None = None, progress: Progress | None = None,
                     cancelled: IsCancelled | None = None) -> Path:
    """The customer or asset ledger of one 台区 (None: all) as of `month`'s end (None: today) as a PDF."""
    print_ledger(ws, kind, path, area_code=area_code, month=month, progress=progress, cancelled=cancelled)
    return Path(path)


def print_ledger(ws: Workspace, kind: Literal["customers", "assets"], path: str | Path,
                 area_code: str | None = None, month: str | None = None, progress: Progress | None = None,
                 cancelled: IsCancelled | None = None) -> int:
    """The ledger as a sealed PDF (numbered, its rows' hashes kept, a QR on every page); returns the pages.

    The ledger is read and its print recorded in one transaction; the PDF is drawn after it commits, so the
    database is not held while reportlab lays out a county's pages.
    """
    from station.reports.sealed import ledger_parts, record_print

    params = {"area_code": area_code, "month": month}
    with ws.sessions.begin() as s:
        require(s, ws.operator, "reports", "print")
        parts = ledger_parts(s, kind, params)
        seal = record_print(s, kind, params, parts, ws.operator)
    return int(parts.render(path, seal=seal, **_job_hooks(progress, cancelled)))


def verify_printed(ws: Workspace, source: str | Path) -> Verification | None:
    """Check a sealed ledger against the database: `source` is the PDF, or the text its QR holds (scanned).

    None when `source` carries no seal of this program (another PDF, a damaged file).
    """
    from station.reports.seal import parse_payload, read_seal
    from station.reports.sealed import verify

    text = str(source)
    seal = parse_payload(text) if text.startswith("STWS:") else read_seal(source)
    if seal is None:
        return None
    with ws.sessions() as s:
        return verify(s, seal)


class NoSuchArea(LookupError):
    """export_ledger's 台区 code names no 台区."""


def export_ledger(ws: Workspace, kind: Literal["customers", "assets"], path: str | Path, *,
                  area_code: str | None = None, status: str | None = None, search: str = "",
                  sort_key: str | None = None, descending: bool = False) -> int:
    """The CLI's export: the ledger of one 台区 (by code; NoSuchArea when none has it) to .xlsx/.csv."""
    from station.areas import find_area

    with ws.sessions() as s:
        require(s, ws.operator, "reports", "export")
        area_id = None
        if area_code:
            area = find_area(s, area_code.strip())
            if area is None:
                raise NoSuchArea(area_code)
            area_id = area.id
        if kind == "customers":
            from station import exports
            from station.customers import CustomerFilter

            flt_c = CustomerFilter(text=search, area_id=area_id, status=status)
            return int(exports.export_customers(s, flt_c, path, sort_key=sort_key or "account_no",
                                                descending=descending))
        from station import exports
        from station.assets import AssetFilter

        flt_a = AssetFilter(text=search, area_id=area_id, status=status)
        return int(exports.export_assets(s, flt_a, path, sort_key=sort_key or "asset_no", descending=descending))

