"""Writing a ledger view to .xlsx or .csv with the Chinese headers the import reads, so an export re-imports."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, Message, msg
from station.progress import Cancelled, Progress

if TYPE_CHECKING:  # the ledgers import the ORM; a bare export_rows (rejected rows) does not need them
    from sqlalchemy.orm import Session

    from station.assets import AssetFilter
    from station.customers import CustomerFilter
    from station.domain.rows import AssetRow, CustomerRow

#: Rows read ahead to size the columns of a workbook (write-only sheets need widths before the rows).
WIDTH_SAMPLE = 200
MAX_WIDTH = 60
#: Progress and cancel are checked every this many rows.
PROGRESS_EVERY = 2000


def _display_width(value: str) -> int:
    # A CJK character is about two Latin characters wide in Excel's default font.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in value)


# A cell starting with one of these is taken as a formula (or DDE) by Excel and LibreOffice: OWASP's list
# for CSV injection. An exported text cell starting with one gets a leading ' (the quote Excel itself hides);
# station.imports.file_rows takes it off again, so a re-import gives the original text.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


# A signed plain number ("-5" in a rejected-rows file) carries no formula: left as it is, it stays a number.
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def neutralise(text: str) -> str:
    """Text safe to put in a .csv cell: `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`, shown as text."""
    if text.startswith(FORMULA_TRIGGERS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_text(value: Any) -> str:
    """A cell as CSV text: dates as 2024-01-05, Decimals as written, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def export_rows(
    headers: list[str],
    rows: Iterable[Sequence[Any]],
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    total: int | None = None,
) -> int:
    """Write headers and rows to `path`: .xlsx (bold frozen header, sized columns) or .csv (UTF-8 with BOM
    so Excel opens it in Chinese). Returns the number of rows written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise Rejected([Problem(path.name, msg(QT_TRANSLATE_NOOP(
            "station", "unknown file type {suffix}: use .xlsx or .csv"), suffix=suffix))])
    watched = _watch(iter(rows), progress, cancelled, total)
    tmp = path.with_name(path.name + ".part")
    try:
        count = _write_xlsx(headers, watched, tmp) if suffix == ".xlsx" else _write_csv(headers, watched, tmp)
        tmp.replace(path)  # a cancelled or failed export leaves no half-written file behind
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(1.0, "")
    return count


def output_problem(path: str | Path, *, suffixes: tuple[str, ...] = (".xlsx", ".csv")) -> Message | None:
    """Why a file cannot be written at `path` (wrong type, folder missing or not writable), or None.

    Checked before any work whose result would then be lost, e.g. before an import commits its rows.
    """
    path = Path(path)
    if path.suffix.lower() not in suffixes:
        return msg(QT_TRANSLATE_NOOP("station", "unknown file type {suffix}: use {allowed}"),
                   suffix=path.suffix or path.name, allowed=" or ".join(suffixes))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        return msg(QT_TRANSLATE_NOOP("station", "no such folder: {folder}"), folder=str(folder))
    if not os.access(folder, os.W_OK):
        return msg(QT_TRANSLATE_NOOP("station", "the folder {folder} cannot be written"), folder=str(folder))
    if path.is_dir():
        return msg(QT_TRANSLATE_NOOP("station", "{path} is a folder"), path=str(path))
    return None


def _watch(
    rows: Iterator[Sequence[Any]], progress: Progress | None, cancelled: Callable[[], bool] | None, total: int | None
) -> Iterator[Sequence[Any]]:
    text = str(msg(QT_TRANSLATE_NOOP("station", "Exporting")))
    for n, row in enumerate(rows):
        if n % PROGRESS_EVERY == 0:
            if cancelled and cancelled():
                raise Cancelled()
            if progress and total:
                progress(min(n / total, 0.99), text)
        yield row


def _write_csv(headers: list[str], rows: Iterator[Sequence[Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for row in rows:
            # only text is neutralised: a negative number stays a number
            writer.writerow([neutralise(v) if isinstance(v, str) else csv_text(v) for v in row])
            count += 1
    return count


def _write_xlsx(headers: list[str], rows: Iterator[Sequence[Any]], path: Path) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    head = list(islice(rows, WIDTH_SAMPLE))
    for i, h in enumerate(headers):
        widest = max([_display_width(h)] + [_display_width(csv_text(r[i])) for r in head if i < len(r)])
        ws.column_dimensions[get_column_letter(i + 1)].width = min(widest + 2, MAX_WIDTH)
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        cells.append(cell)
    ws.append(cells)

    def clean(value: Any) -> Any:
        if isinstance(value, str):
            value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters make a workbook Excel refuses
            if value.startswith("="):  # openpyxl would write a formula: type the cell as text instead
                cell = WriteOnlyCell(ws, value=value)
                cell.data_type = "s"
                return cell
        return value

    count = 0
    for source in (head, rows):
        for row in source:
            ws.append([clean(v) for v in row])
            count += 1
    wb.save(path)
    return count


# --- The two ledgers -------------------------------------------------------------------------------

#: Rows fetched per query while exporting (the ledgers' own page size).
PAGE = 1000


def _headers(kind: str) -> list[str]:
    """The header an import reads first for each field, in the order of the export rows below."""
    from station.imports.aliases import ALIASES

    return [aliases[0] for aliases in ALIASES[kind].values()]


def customer_export_row(row: CustomerRow) -> list[Any]:
    """A customer as its export line: the import's fields, codes written as the marketing system's labels."""
    from station.imports.aliases import CUSTOMER_STATUS_LABELS, label_of

    return [
        row.account_no, row.name, row.address, row.tariff_category, row.voltage_level,
        row.contract_capacity_kva, row.running_capacity_kva, row.area_code, row.area_name, row.industry,
        row.phone, row.opened_on, label_of(CUSTOMER_STATUS_LABELS, row.status),
    ]


def asset_export_row(row: AssetRow) -> list[Any]:
    from station.imports.aliases import (
        ASSET_KIND_LABELS,
        ASSET_STATUS_LABELS,
        PHASE_LABELS,
        VERIFICATION_RESULT_LABELS,
        label_of,
    )

    return [
        row.asset_no, row.factory_no, label_of(ASSET_KIND_LABELS, row.kind), row.model, row.maker,
        row.accuracy_class, row.rated_voltage, row.rated_current, row.constant, row.ratio,
        label_of(PHASE_LABELS, row.phases), row.made_on, row.verified_on,
        label_of(VERIFICATION_RESULT_LABELS, row.verification_result) if row.verification_result else None,
        label_of(ASSET_STATUS_LABELS, row.status), row.batch_no, row.account_no,
    ]


def _paged(ids: list[int], fetch: Callable[[list[int]], dict[int, Any]], line: Callable[[Any], list[Any]]) -> Iterator[list[Any]]:
    for start in range(0, len(ids), PAGE):
        page = ids[start : start + PAGE]
        rows = fetch(page)
        for i in page:
            yield line(rows[i])


def export_customers(
    session: Session,
    flt: CustomerFilter,
    path: str | Path,
    *,
    sort_key: str = "account_no",
    descending: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """The customer ledger view (its filter and sort order) to .xlsx or .csv; returns the rows written."""
    from station.customers import customer_ids, customer_rows

    ids = customer_ids(session, flt, sort_key, descending)
    rows = _paged(ids, lambda page: customer_rows(session, page), customer_export_row)
    return export_rows(_headers("customers"), rows, path, progress=progress, cancelled=cancelled, total=len(ids))


def export_assets(
    session: Session,
    flt: AssetFilter,
    path: str | Path,
    *,
    sort_key: str = "asset_no",
    descending: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """The asset ledger view to .xlsx or .csv; installed assets carry their 安装户号."""
    from station.assets import asset_ids, asset_rows

    ids = asset_ids(session, flt, sort_key, descending)
    rows = _paged(ids, lambda page: asset_rows(session, page), asset_export_row)
    return export_rows(_headers("assets"), rows, path, progress=progress, cancelled=cancelled, total=len(ids))
