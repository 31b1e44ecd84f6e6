"""追补电费计算单: the sheet reads back with its customer, figures, article and signatures; 大写 amounts."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from decimal import Decimal

import pytest

from station.billing import theft, wrong_wiring
from station.reports.backbilling import SheetCustomer, build_sheet, rmb_upper, sheet_file_name, sheet_of

CUSTOMER = SheetCustomer("3100012345", "张三", "城关镇解放路12号", "居民生活", "220V", "1234567890123456789012")


def _text(pdf: bytes) -> str:
    out = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True)
    return out.stdout.decode()


def _pdf(sheet) -> tuple[bytes, int]:
    buf = io.BytesIO()
    pages = build_sheet(sheet, buf, printed_at=dt.datetime(2025, 3, 1, 9, 30))
    return buf.getvalue(), pages


def test_theft_sheet_reads_back_customer_total_and_article():
    result = theft(use="lighting", voltage="220", current="5(60)A", price="0.5283", edition="1996")
    pdf, pages = _pdf(sheet_of(result, station="城关供电所", customer=CUSTOMER, computed_by="tester",
                               computed_on=dt.date(2025, 3, 1)))
    text = _text(pdf)
    assert pages == 1
    for expected in ("追补电费计算单", "城关供电所", "3100012345", "张三", "城关镇解放路12号",
                     "1,188", "627.62", "1,882.86", "2,510.48", "人民币贰仟伍佰壹拾元肆角捌分",
                     "第一百零二条", "第一百零三条", "1996年版", "计算人", "审核", "客户签字", "tester"):
        assert expected in text, expected
    # the working as computed, line by line (English here: no translator given)
    assert "1.1 kW × 6 h/day × 180 days = 1188 kWh" in text


def test_a_long_three_phase_case_with_dates_still_fits_one_page():
    result = theft(use="power", voltage="380", current="1.5(6)", phases=3, ratio="20",
                   date_from=dt.date(2024, 1, 1), date_to=dt.date(2024, 3, 31), price="0.6664", multiple="2")
    pdf, pages = _pdf(sheet_of(result, station="城关供电所"))
    text = _text(pdf)
    assert pages == 1
    assert "2024-01-01 至 2024-03-31" in text  # the period in the header
    assert "43,106.76" in text
    assert "未从客户档案带入" in text  # no customer: the clerk fills it in by hand


def test_a_refund_is_labelled_and_negative():
    result = wrong_wiring(recorded_kwh="3000", k="0.5", price="0.5")  # K < 1: the customer paid too much
    text = _text(_pdf(sheet_of(result, station="城关供电所", customer=CUSTOMER))[0])
    assert "负数为退还客户" in text
    assert "-750.00" in text and "负柒佰伍拾元整" in text


def test_translated_working_is_printed():
    result = theft(use="lighting", kw="2", days="10", price="1")
    sheet = sheet_of(result, station="X", translate=lambda ctx, text: "【" + text + "】")
    assert all(line.startswith("【") for line in sheet.working)
    assert "【" in _text(_pdf(sheet)[0])


def test_written_to_a_path_atomically(tmp_path):
    result = theft(use="lighting", kw="2", days="10", price="1")
    sheet = sheet_of(result, station="X", customer=CUSTOMER, computed_on=dt.date(2025, 3, 1))
    path = tmp_path / sheet_file_name(sheet)
    assert build_sheet(sheet, path) == 1
    assert path.name == "追补电费计算单-3100012345-2025-03-01.pdf"
    assert path.read_bytes().startswith(b"%PDF") and [p.name for p in tmp_path.iterdir()] == [path.name]


@pytest.mark.parametrize(("amount", "words"), [
    ("0", "零元整"),
    ("1188", "壹仟壹佰捌拾捌元整"),
    ("1188.50", "壹仟壹佰捌拾捌元伍角整"),
    ("1000.05", "壹仟元零伍分"),
    ("10005", "壹万零伍元整"),
    ("100000", "壹拾万元整"),
    ("2000300", "贰佰万零叁佰元整"),
    ("1010", "壹仟零壹拾元整"),
    ("0.05", "伍分"),
    ("-188.10", "负壹佰捌拾捌元壹角整"),
])
def test_rmb_upper(amount, words):
    assert rmb_upper(Decimal(amount)) == words
