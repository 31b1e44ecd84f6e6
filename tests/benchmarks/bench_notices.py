"""Rendering a work-order notice: the 用电检查结果通知书 (two copies, two QR stamps) and the 现场检查（取证）记录,
from a canned content (station.orders.documents.render is a pure function of it), and the QR stamp alone."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from tests.benchmarks.common import report

ISSUED = dt.datetime(2026, 10, 12, 9, 30)
DIGEST = "3f" * 32


def content(kind: str, findings: int = 6) -> dict[str, Any]:
    number = {"result": "JG2026-0042", "evidence": "QZ2026-0042"}[kind]
    target = {"account_no": "3100000002", "name": "李家小卖部", "address": "城东路2号", "voltage_level": "220V",
              "tariff_category": "一般工商业", "drop_start": "2026-05", "score": "87.5", "result": "有问题",
              "signature": "拒签（有见证人）", "witness": "村委会 王主任"}
    return {
        "number": number, "kind": kind, "title": "用电检查结果通知书" if kind == "result" else "现场检查（取证）记录",
        "station": "城东供电所",
        "order": {"number": "GD2026-0042", "kind": "反窃电检查", "source": "电量突降筛查", "scan_month": "2026-09",
                  "planned_on": "2026-10-10", "due_on": "2026-10-20", "approver": "张所长",
                  "approved_at": "2026-10-09 10:00", "started_at": "2026-10-12 09:00", "reported_at": "",
                  "created_by": "李检查", "status": "现场检查", "note": ""},
        "inspectors": [{"name": "李检查", "cert_no": "JC-2024-0117", "cert_grade": "2"},
                       {"name": "王检查", "cert_no": "JC-2024-0118", "cert_grade": "2"}],
        "targets": [target],
        "findings": [{"id": i, "account_no": "3100000002", "category": "窃电", "location": "", "description":
                      "表尾短接，绕越计量" * 3, "rule": "供电营业规则 第一百零二条", "requirement": "立即停止窃电",
                      "rectify_by": "2026-10-15", "deadline_source": "3个工作日"} for i in range(findings)],
        "cases": [],
        "evidence": [{"kind": "现场照片", "file": f"IMG_{i:04d}.jpg", "sha256": "ab12cd34ef56ab78"} for i in range(8)],
        "issued_by": "李检查", "issued_at": ISSUED.strftime("%Y-%m-%d %H:%M"), "report_within_days": 3,
        "record": {"meters": [{"account_no": "3100000002", "point": "主计量点", "multiplier": "1",
                               "asset_no": "3130001000000000000015", "kind": "meter", "model": "DDZY71",
                               "accuracy_class": "2"}],
                   "swaps": [], "readings": ["正向有功 01234.56（示数.jpg）"], "seals": ["封前 00123 封后 00456（封印.jpg）"]},
    }


def _vector_qr(payload: str, size: float) -> Any:
    """The baseline: the QR stamp as it was drawn before, reportlab's QrCodeWidget (a rectangle per run of
    dark modules) in a scaled Drawing."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _time_render(kind: str) -> tuple[float, int, int]:
    """Best of 5 renders, each of a new notice number (a new QR code, as every issue has)."""
    from station.orders import documents
    from station.orders.notices import qr_payload

    c = content(kind)
    runs = iter(range(10_000))
    best, pdf, pages = float("inf"), b"", 0
    for _ in range(5):
        payload = qr_payload(f"{c['number'][:7]}{next(runs):04d}", DIGEST)
        t0 = time.perf_counter()
        pdf, pages = documents.render(c, payload, ISSUED)
        best = min(best, time.perf_counter() - t0)
    return best, pages, len(pdf)


def main() -> None:
    from station.orders import documents

    _time_render("result")  # fonts registered, imports warm
    for kind in ("result", "evidence"):
        real = documents.qr_image
        documents.qr_image = _vector_qr  # type: ignore[assignment]
        try:
            baseline, _p, before = _time_render(kind)
        finally:
            documents.qr_image = real  # type: ignore[assignment]
        seconds, pages, size = _time_render(kind)
        report(f"notice {kind} ({pages} pages, {size // 1024} KiB; vector QR {before // 1024} KiB)", seconds,
               baseline, aim="below the vector QR's time")


if __name__ == "__main__":
    main()
