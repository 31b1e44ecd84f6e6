"""月度轮换检定计划 PDF read back: title, month, groups by kind, asset numbers, counts, blank columns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from station import actions, settings
from station.assets import AssetDraft
from station.customers import CustomerDraft
from station.domain import asset_no as barcode
from station.due import DueItem, DueKind, DueStatus, due_items
from station.reports.due_plan import build_due_plan, count_line, due_plan_pdf

D = dt.date
ROTATE = barcode.make("1330001", 7)


def text_of(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def items() -> list[DueItem]:
    return [
        DueItem(DueKind.ONSITE, "asset", 1, barcode.make("1330001", 1), "1000000001", "东街机械厂", "T01",
                D(2025, 2, 10), DueStatus.URGENT, "DL/T 448-2000 §7.3 d)", D(2025, 2, 5)),
        DueItem(DueKind.ROTATION, "asset", 2, ROTATE, "1000000002", "李四", "T01", D(2023, 6, 1),
                DueStatus.OVERDUE, "JJG 596-2012（智能电能表，检定后8年）", D(2015, 6, 1)),
        DueItem(DueKind.ROTATION, "asset", 3, barcode.make("1330001", 8), "1000000003", "王五", "T02",
                D(2025, 3, 20), DueStatus.DUE, "JJG 596-2012（智能电能表，检定后8年）", D(2017, 3, 20)),
        DueItem(DueKind.SAMPLING, "batch", None, "DDZY71 / 华立 / 2018", "", "", "T02", D(2025, 5, 1),
                DueStatus.UPCOMING, "省公司惯例（到期前12个月）", None, devices=120),
        DueItem(DueKind.INSPECTION, "customer", 1, "1000000001", "1000000001", "东街机械厂", "T01", None,
                DueStatus.OVERDUE, "供电所惯例（每3个月）", None),
    ]


def test_plan_reads_back(tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    pages = build_due_plan(items(), out, station="城关供电所", month="2025-03", area_names={"T01": "东街台区"},
                           printed_at=dt.datetime(2025, 3, 1, 9, 0))
    assert pages >= 1
    text = text_of(out)
    assert "月度轮换检定计划" in text
    assert "城关供电所" in text and "2025年03月" in text
    assert ROTATE in text
    assert "紧急 1 项 · 超期 2 项 · 本月到期 1 项 · 近3月 1 项" in text
    # grouped by kind, each group with its count; the batch prints its meters in the 只数 column
    for band in ("现场检验（1 项）", "轮换（2 项）", "批次抽检（1 项）", "周期检查（1 项）"):
        assert band in text
    assert "120" in text
    assert "东街" in text and "东街台区" not in text and "T02" in text  # a name where known (the column says 台区)
    assert "未做过" in text  # an inspection never done has no due date
    assert "完成日期" in text and "执行人" in text


def test_count_line_names_only_present_statuses() -> None:
    assert count_line([]) == "无到期项目"
    assert count_line(items()[1:3]) == "超期 1 项 · 本月到期 1 项"


def test_plan_of_a_station_from_its_due_list(workspace, tmp_path: Path) -> None:
    ws = workspace
    with ws.sessions.begin() as s:
        settings.put(s, "station.name", "城关供电所", operator="tester")
    area = actions.create_area(ws, code="T01", name="东街台区")
    home = actions.create_customer(ws, CustomerDraft(
        "1000000002", "李四", tariff_category="居民生活", voltage_level="220V", contract_capacity_kva=Decimal(8),
        area_id=area.id, opened_on=D(2015, 1, 1), phases=1))
    point = actions.load_customer_detail(ws, home.id).points[0]
    (ident,) = actions.receive_assets(ws, [AssetDraft(ROTATE, "meter", model="DDZY71", maker="华立",
                                                      accuracy_class="2", phases=1)], D(2015, 5, 1), "B1")
    actions.verify_asset(ws, ident, D(2015, 6, 1), "pass", "C1")
    actions.issue_asset(ws, ident, D(2015, 6, 5))
    actions.install_asset(ws, ident, point.id, D(2015, 6, 10), Decimal(0))
    out = tmp_path / "plan.pdf"
    with ws.sessions() as s:
        listed = due_items(s, "2025-03", statuses=["urgent", "overdue", "due"])
        due_plan_pdf(s, listed, out, month="2025-03", scope="东街台区")
    text = text_of(out)
    assert [it.target_no for it in listed] == [ROTATE]
    assert "城关供电所" in text and ROTATE in text and "东街台区" in text
    assert "超期 1 项" in text
