"""月度报表包 (issue 11): the month's ledgers and registers in one folder, each a sealed PDF and an .xlsx, with a
manifest. The folder is written whole or not at all: everything goes into a hidden sibling folder first, which
is renamed to the target only when the last file is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg
from station.progress import Cancelled, IsCancelled, Progress, never_cancelled, no_progress
from station.reports.seal import Seal
from station.reports.sealed import LedgerParts

MANIFEST = "manifest.json"
INDEX = "目录.txt"


@dataclass(frozen=True, slots=True)
class PackReport:
    """One report of the pack: its sealed kind, its printed name, and its request for the month."""

    kind: str
    name: str

    def params(self, month: str) -> dict[str, Any]:
        if self.kind in ("customers", "assets"):
            return {"area_code": None, "month": month}
        if self.kind == "due":
            from station.due.items import DueStatus

            # the month's work: what is urgent, overdue, due or coming (not the devices years from due)
            return {"month": month, "area_id": None, "device_class": None, "scope": "",
                    "statuses": [str(s) for s in DueStatus if s != DueStatus.OK]}
        if self.kind == "suspects":
            return {"month": month, "area_code": None, "top": None, "scope": ""}
        return {"month": month}


#: The pack, in its printed order (the file names are numbered so the folder lists in this order).
REPORTS: tuple[PackReport, ...] = (
    PackReport("customers", "客户台账"),
    PackReport("assets", "计量资产台账"),
    PackReport("due", "月度轮换检定计划"),
    PackReport("orders", "用电检查登记表"),
    PackReport("findings", "问题及整改台账"),
    PackReport("cases", "违章用电窃电登记"),
    PackReport("lineloss", "台区线损月报"),
    PackReport("suspects", "用电检查稽查清单"),
)


@dataclass(frozen=True, slots=True)
class PackedReport:
    kind: str
    name: str
    doc_no: str
    digest: str
    rows: int
    pages: int
    pdf: str
    xlsx: str


@dataclass(frozen=True, slots=True)
class PackResult:
    month: str
    folder: Path
    reports: tuple[PackedReport, ...]


class PackFailed(Exception):
    """One report of the pack could not be read or written; nothing was left in the target folder."""

    def __init__(self, report: str, cause: BaseException) -> None:
        super().__init__(f"{report}: {cause}")
        self.report, self.cause = report, cause


def check_target(folder: Path) -> None:
    """Rejected when the target exists and is not an empty folder (a pack never mixes with other files)."""
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise Rejected([Problem("output", msg(QT_TRANSLATE_NOOP(
            "station", "{folder} already exists and is not an empty folder"), folder=str(folder)), str(folder),
            code="exists")])


def file_stem(i: int, report: PackReport, month: str) -> str:
    return f"{i:02d}_{report.name}_{month}"


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_pack(month: str, folder: str | Path, built: Sequence[tuple[PackReport, LedgerParts, Seal]], *,
               printed_at: dt.datetime, station: str, operator: str, progress: Progress = no_progress,
               cancelled: IsCancelled = never_cancelled) -> PackResult:
    """Render every report (PDF and .xlsx) into a hidden sibling of `folder`, then rename it to `folder`.

    PackFailed names the report that failed; OSError when the folder itself cannot be made; Cancelled when asked
    to stop. Either way nothing is left behind.
    """
    from station.exports import export_rows

    target = Path(folder)
    check_target(target)
    parent = target.parent if str(target.parent) else Path(".")
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.part-", dir=parent))  # OSError: the folder failed
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(work, 0o777 & ~mask)  # mkdtemp's 0700 would follow the folder when renamed
    done: list[PackedReport] = []
    try:
        for i, (report, parts, seal) in enumerate(built, 1):
            if cancelled():
                raise Cancelled()
            progress((i - 1) / len(built), report.name)
            stem = file_stem(i, report, month)
            try:
                pages = parts.render(work / f"{stem}.pdf", seal=seal, printed_at=printed_at, cancelled=cancelled)
                headers, rows = parts.sheet()
                export_rows(headers, rows, work / f"{stem}.xlsx", cancelled=cancelled)
            except (Cancelled, PackFailed):
                raise
            except Exception as exc:  # noqa: BLE001 - any failure of one report fails the pack, named
                raise PackFailed(report.name, exc) from exc
            done.append(PackedReport(report.kind, report.name, seal.doc_no, seal.digest, len(parts.row_hashes()),
                                     pages, f"{stem}.pdf", f"{stem}.xlsx"))
        _write_manifest(work, month, done, printed_at=printed_at, station=station, operator=operator)
        if target.exists():
            target.rmdir()  # empty (checked above): a rename onto it needs it gone on Windows
        os.replace(work, target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    progress(1.0, "")
    return PackResult(month, target, tuple(done))


def _write_manifest(work: Path, month: str, done: Sequence[PackedReport], *, printed_at: dt.datetime,
                    station: str, operator: str) -> None:
    entries = [{"kind": r.kind, "name": r.name, "doc_no": r.doc_no, "digest": r.digest, "rows": r.rows,
                "pages": r.pages, "pdf": r.pdf, "xlsx": r.xlsx, "pdf_sha256": _sha256(work / r.pdf),
                "xlsx_sha256": _sha256(work / r.xlsx)} for r in done]
    manifest = {"month": month, "station": station, "printed_at": printed_at.isoformat(sep=" "),
                "operator": operator, "reports": entries}
    (work / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = [f"{station} {month} 月度报表包", f"打印时间：{printed_at:%Y-%m-%d %H:%M}  制表：{operator}", ""]
    lines += [f"{r.pdf}\t{r.name}\t凭证号 {r.doc_no}\t{r.rows} 行\t{r.pages} 页" for r in done]
    lines += ["", "核对：station verify 文件.pdf（或在工作站扫描框中扫描页脚二维码）。"]
    (work / INDEX).write_text("\n".join(lines) + "\n", encoding="utf-8")
