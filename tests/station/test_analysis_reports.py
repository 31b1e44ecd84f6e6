"""The 稽查清单 and the 台区线损月报 PDFs on a small hand-made station, read back as text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pypdfium2
import pytest
from sqlalchemy import insert

from db.schema import AreaSupply, Customer, MonthlyConsumption, TransformerArea
from station import settings

#: The hand-made station: 24 months, two 台区 of 12 households each, one large household whose use falls to a
#: fifth from DROP_MONTH; 东街 loses 4 % plus the energy he no longer pays for (high loss), 西街 4 % (normal).
MONTHS = [f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13)]
DROP_MONTH = "2025-06"
SCAN_MONTH = "2025-10"
THIEF = "3100000001"
HIGH_AREA, NORMAL_AREA = "T001", "T002"


@dataclass(frozen=True)
class SmallStation:
    area_ids: dict[str, int]
    customer_ids: dict[str, int]  # account_no → id
    thief_kwh: list[float]  # his readings, month by month


def build_station(ws) -> SmallStation:  # type: ignore[no-untyped-def]
    """Areas, customers, 24 months of readings and supply by bulk inserts (the test's own data)."""
    rng = np.random.default_rng(3)
    season = 1 + 0.25 * np.cos(2 * np.pi * (np.arange(24) % 12) / 12)  # winter heating peak
    drop = MONTHS.index(DROP_MONTH)
    with ws.sessions.begin() as s:
        settings.put(s, "station.name", "城关供电所", operator="tester")
        area_ids = {}
        for code, name in ((HIGH_AREA, "东街1号台区"), (NORMAL_AREA, "西街2号台区")):
            area_ids[code] = s.execute(insert(TransformerArea).values(code=code, name=name, area_type="public")
                                       .returning(TransformerArea.id)).scalar_one()
        readings, sold = [], {code: np.zeros(24) for code in area_ids}
        ids: dict[str, int] = {}
        n = 0
        for code in (HIGH_AREA, NORMAL_AREA):
            for k in range(12):
                n += 1
                account = f"31000000{n:02d}"
                cid = s.execute(insert(Customer).values(
                    account_no=account, name=f"住户{n:02d}", address=f"城关镇{'东' if code == HIGH_AREA else '西'}街{k + 1}号",
                    tariff_category="居民生活", voltage_level="220V", area_id=area_ids[code], status="active",
                    opened_on=dt.date(2015, 1, 1)).returning(Customer.id)).scalar_one()
                ids[account] = cid
                base = 500 if account == THIEF else 180 + 10 * k  # a large user: his theft shows in the 台区
                kwh = base * season * rng.normal(1.0, 0.03, 24)
                if account == THIEF:
                    thief = kwh.copy()
                    kwh[drop:] *= 0.2
                    stolen = thief - kwh
                    thief_kwh = [round(float(v), 1) for v in kwh]
                kwh = np.round(kwh, 1)
                sold[code] += kwh
                readings += [{"customer_id": cid, "month": int(m.replace("-", "")), "kwh": float(v)}
                             for m, v in zip(MONTHS, kwh, strict=True)]
        s.execute(insert(MonthlyConsumption), readings)
        supply = []
        for code, aid in area_ids.items():
            supplied = sold[code] * 1.04 + (stolen if code == HIGH_AREA else 0)
            supply += [{"area_id": aid, "month": int(m.replace("-", "")), "supplied_kwh": round(float(v), 1)}
                       for m, v in zip(MONTHS, supplied, strict=True)]
        s.execute(insert(AreaSupply), supply)
    return SmallStation(area_ids, ids, thief_kwh)


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


@pytest.fixture
def station(workspace):  # type: ignore[no-untyped-def]
    return build_station(workspace)


def test_inspection_list_prints_the_ranked_suspects_with_address_and_blank_result_columns(workspace, station,
                                                                                         tmp_path):
    from station.consumption.service import run_scan
    from station.reports.inspection_list import inspection_list_pdf

    out = tmp_path / "inspect.pdf"
    with workspace.sessions() as s:
        rows = run_scan(s, SCAN_MONTH)
        assert rows and rows[0].account_no == THIEF
        pages = inspection_list_pdf(s, rows, out, month=SCAN_MONTH)
    text = pdf_text(out)
    assert pages >= 1
    assert "用电检查稽查清单" in text and "城关供电所" in text and "2025年10月" in text
    assert THIEF in text and "城关镇东街1号" in text  # the 户号 and the address read from the ledger
    assert "检查结果" in text and "检查人" in text
    assert f"总计：{len(rows)} 户" in text
    assert DROP_MONTH in text  # the estimated start month is printed


def test_lineloss_report_lists_each_area_with_its_class_and_consistent_totals(workspace, station, tmp_path):
    from station.consumption.service import line_loss_table
    from station.reports.lineloss import lineloss_pdf

    out = tmp_path / "loss.pdf"
    with workspace.sessions() as s:
        rows = {r.area_code: r for r in line_loss_table(s, SCAN_MONTH)}
        lineloss_pdf(s, out, SCAN_MONTH)
    text = pdf_text(out)
    assert "台区线损月报" in text and "2025年10月" in text
    assert "东街1号台区" in text and "西街2号台区" in text
    assert "高损" in text and "合格" in text
    high, normal = rows[HIGH_AREA], rows[NORMAL_AREA]
    assert high.loss_rate > 10 > normal.loss_rate > 0
    supplied = round(high.supplied_kwh) + round(normal.supplied_kwh)
    loss = round(high.loss_kwh) + round(normal.loss_kwh)
    # The grand total row carries the summed supplied and loss kWh (±1 for the rounding of each row).
    total_line = next(line for line in text.splitlines() if line.startswith("总计"))
    numbers = [int(x.replace(",", "")) for x in total_line.replace("总计：2 个台区", "").split() if x[0].isdigit()]
    assert any(abs(v - supplied) <= 1 for v in numbers)
    assert any(abs(v - loss) <= 1 for v in numbers)


def test_lineloss_report_prints_no_figures_for_an_area_that_cannot_be_computed(tmp_path):
    from station.analysis.lineloss import LossClass
    from station.consumption.service import LossRow
    from station.reports.lineloss import build_lineloss_report, class_summary

    def row(code: str, name: str, supplied: float | None, sold: float, klass: LossClass) -> LossRow:
        loss = None if supplied is None else supplied - sold
        rate = None if supplied is None else loss / supplied * 100
        return LossRow(area_id=1, area_code=code, area_name=name, area_type="public", month="2025-01",
                       supplied_kwh=supplied, sold_kwh=sold, loss_kwh=loss, loss_rate=rate,
                       klass=klass.name.lower(), klass_zh="", klass_text="", rise=None, customers=3, missing=0,
                       band=(0.0, 10.0))

    rows = [row("A1", "有关口", 1000.0, 950.0, LossClass.NORMAL),
            row("A2", "无关口", None, 700.0, LossClass.NOT_COMPUTABLE)]
    out = tmp_path / "loss.pdf"
    build_lineloss_report(rows, out, station="测试所", month="2025-01")
    text = pdf_text(out)
    total_line = next(line for line in text.splitlines() if line.startswith("总计"))
    assert "1,000" in total_line and "950" in total_line and "700" not in total_line  # sold of A2 left out
    assert "不可算" in text
    summary = {r[0]: r for r in class_summary(rows)}
    assert summary["合格"][1] == 1 and summary["不可算"][1] == 1 and summary["高损"][1] == 0


def test_inspection_list_prints_addresses_without_the_county_every_row_shares(tmp_path):
    from station.reports.inspection_list import area_label, build_inspection_list, common_address_prefix

    assert common_address_prefix(["长丰县城关镇东街1号", "长丰县新集镇枣林村6组2号"]) == "长丰县"
    assert common_address_prefix(["城关镇东街1号", "城关镇西街2号"]) == ""  # a town is kept
    assert common_address_prefix(["长丰县城关镇阳光小区1栋", "长丰县城关镇阳光小区2栋"]) == "长丰县"  # 小区 is no 区
    assert common_address_prefix(["长丰县城关镇东街1号"]) == ""  # a lone address keeps its county

    @dataclass(frozen=True)
    class Row:
        customer_id: int
        account_no: str
        name: str
        area_code: str
        area_name: str
        score: float
        reason: str
        start_month: str

    rows = [Row(1, "3100000001", "张三", "T001", "城关镇东街1号台区", 90, "电量较去年同期下降 70%", "2025-06"),
            Row(2, "3100000002", "李四", "T002", "新集镇枣林村1号台区", 60, "较前 3 个月均值下降 60%", "2025-07")]
    assert area_label(rows[0]) == "城关镇东街1号"
    out = tmp_path / "list.pdf"
    build_inspection_list(rows, out, station="城关供电所", month="2025-10",
                          address_of={1: "长丰县城关镇东街12号", 2: "长丰县新集镇枣林村6组2号"})
    text = pdf_text(out)
    assert "城关镇东街12号" in text and "长丰县城关镇东街12号" not in text
    assert "省略共同前缀「长丰县」" in text  # the reader is told what was cut


def test_lineloss_report_gives_the_pooled_rate_without_the_negative_loss_areas(tmp_path):
    from station.consumption.service import LossRow
    from station.reports.lineloss import build_lineloss_report

    def row(code: str, supplied: float, sold: float, klass: str) -> LossRow:
        return LossRow(area_id=1, area_code=code, area_name=code, area_type="public", month="2025-01",
                       supplied_kwh=supplied, sold_kwh=sold, loss_kwh=supplied - sold,
                       loss_rate=(supplied - sold) / supplied * 100, klass=klass, klass_zh="", klass_text="",
                       rise=None, customers=3, missing=0, band=(0.0, 10.0))

    # A wrong gateway multiplier (负损) cancels the real loss of the others in the pooled rate.
    rows = [row("T001", 1000, 900, "normal"), row("T002", 1000, 1100, "negative")]
    out = tmp_path / "loss.pdf"
    build_lineloss_report(rows, out, station="城关供电所", month="2025-01")
    text = "".join(pdf_text(out).split())
    assert "综合线损率（可计算台区）：0.00%（不含负损台区：10.00%）" in text
