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
    from station.reports.pack import PackResult
    from station.reports.sealed import Verification


def print_sealed(ws: Workspace, kind: str, params: dict[str, Any], path: str | Path, *,
                 progress: Progress | None = None, cancelled: IsCancelled | None = None) -> int:
    """Any sealed report (station.reports.sealed.KINDS) as a PDF at `path`; returns the pages.

    The report is read and its print recorded in one transaction; the PDF is drawn after it commits, so the
    database is not held while reportlab lays out a county's pages.
    """
    from station.reports.sealed import ledger_parts, record_print

    with ws.sessions.begin() as s:
        require(s, ws.operator, "reports", "print")
        parts = ledger_parts(s, kind, params)
        seal = record_print(s, kind, params, parts, ws.operator)
    return int(parts.render(path, seal=seal, **_job_hooks(progress, cancelled)))


def write_due_plan(ws: Workspace, items: Sequence[DueItem], path: str, *, month: str, scope: str = "",
                   area_id: int | None = None, device_class: str | None = None,
                   progress: Progress | None = None, cancelled: IsCancelled | None = None) -> str:
    """月度轮换检定计划 of `items` (the list of `month`, `area_id`, `device_class` as shown) as a sealed PDF.

    When `items` is only part of that list (the page filtered it), the seal records which rows were printed,
    and a check compares those rows."""
    from station.reports.due_plan import area_names, due_plan_parts, plan_parts
    from station.reports.sealed import record_print

    params: dict[str, Any] = {"month": month, "area_id": area_id, "device_class": device_class, "scope": scope}
    with ws.sessions.begin() as s:
        require(s, ws.operator, "reports", "print")
        full = due_plan_parts(s, params)
        shown = plan_parts(items, station=full.station, month=month, scope=scope,
                           area_names=area_names(s))
        if set(shown.keys or ()) != set(full.keys or ()):
            params["only"] = sorted(shown.keys or ())
        seal = record_print(s, "due", params, shown, ws.operator)
    shown.render(path, seal=seal, **_job_hooks(progress, cancelled))
    return path


def write_report_pack(ws: Workspace, month: str, folder: str | Path, *, progress: Progress | None = None,
                      cancelled: IsCancelled | None = None) -> PackResult:
    """月度报表包 of `month` in `folder` (new, or empty): every report sealed, as PDF and .xlsx, and a manifest.

    Printing and exporting both: the role matrix is asked for each. The reports are read and their prints
    recorded in one transaction; drawing follows. A failure (PackFailed names the report) or a cancel leaves no
    folder and takes the prints' records back, so no number stands for paper that was never written.
    """
    import datetime as dt

    from station.progress import Cancelled, never_cancelled, no_progress
    from station.reports.pack import REPORTS, PackFailed, check_target, write_pack
    from station.reports.queries import resolve_period, station_name
    from station.reports.sealed import ledger_parts, record_print

    report, done = progress or no_progress, cancelled or never_cancelled
    resolve_period(month)  # Rejected for a month that is not YYYY-MM
    check_target(Path(folder))
    now = dt.datetime.now().replace(microsecond=0)
    built = []
    with ws.sessions.begin() as s:
        require(s, ws.operator, "reports", "print")
        require(s, ws.operator, "reports", "export")
        station = station_name(s)
        for i, r in enumerate(REPORTS):
            if done():
                raise Cancelled()
            report(0.3 * i / len(REPORTS), r.name)
            try:
                parts = ledger_parts(s, r.kind, r.params(month))
            except Exception as exc:  # noqa: BLE001 - the report that failed is named
                raise PackFailed(r.name, exc) from exc
            built.append((r, parts, record_print(s, r.kind, r.params(month), parts, ws.operator, now)))

    def drawing(fraction: float, message: str = "") -> None:
        report(0.3 + 0.7 * fraction, message)

    try:
        return write_pack(month, folder, built, printed_at=now, station=station, operator=ws.operator,
                          progress=drawing, cancelled=done)
    except BaseException:
        _forget_prints(ws, [seal.doc_no for _r, _p, seal in built])
        raise


def _forget_prints(ws: Workspace, doc_nos: list[str]) -> None:
    """Take back the records of prints whose paper was never written (a failed or cancelled pack)."""
    from sqlalchemy import delete

    from db.schema import PrintedDocument

    with ws.sessions.begin() as s:
        require(s, ws.operator, "reports", "print")  # the same right that numbered them
        s.execute(delete(PrintedDocument).where(PrintedDocument.doc_no.in_(doc_nos)))


def print_year_summary(ws: Workspace, year: int, path: str | Path, *, lang: str = "zh_CN",
                       progress: Progress | None = None, cancelled: IsCancelled | None = None) -> int:
    """年度工作总结 of `year` as a sealed PDF; returns the pages."""
    return print_sealed(ws, "summary", {"year": year, "lang": lang}, path, progress=progress, cancelled=cancelled)


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
    """The month's 台区线损 report as a sealed PDF at `path`."""
    print_sealed(ws, "lineloss", {"month": month}, path, progress=progress, cancelled=cancelled)
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
    """The ledger as a sealed PDF (numbered, its rows' hashes kept, a QR on every page); returns the pages."""
    return print_sealed(ws, kind, {"area_code": area_code, "month": month}, path, progress=progress,
                        cancelled=cancelled)


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

