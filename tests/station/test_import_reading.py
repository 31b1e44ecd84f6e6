"""Reading the messy files real exports are: encodings, title rows, blank rows, numbers as text, Excel dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from station.domain.problems import Rejected
from station.imports import ALIASES, REQUIRED
from station.imports import normalise as n
from station.imports.aliases import match_header
from station.imports.file_rows import read_sheet

HEADER = "户号,户名,用电地址,用电类别,电压等级,合同容量(kVA),台区编号,台区名称,联系电话,立户日期"


def write_xlsx(path: Path, rows: list[list[object]], *, text_columns: tuple[int, ...] = ()) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for col in text_columns:  # what "format the column as text" does in Excel
        for cell in ws.iter_cols(min_col=col + 1, max_col=col + 1).__next__():
            cell.number_format = "@"
    wb.save(path)
    return path


# --- normalising ------------------------------------------------------------------------------


def test_text_trims_spaces_and_makes_full_width_digits_ascii() -> None:
    assert n.text("\u3000 张三　 ") == "张三"
    assert n.text("城关镇  东街１２号") == "城关镇 东街12号"
    assert n.text("（东）") == "（东）"  # Chinese brackets in free text stay as typed


def test_digits_keep_leading_zeros_and_read_excel_numbers() -> None:
    assert n.digits("0001234567") == "0001234567"
    assert n.digits(" ０００１２３４５６７ ") == "0001234567"
    assert n.digits(1234567890.0) == "1234567890"
    assert n.digits(1234567890) == "1234567890"
    assert n.digits("1234567890.0") == "1234567890"


@pytest.mark.parametrize("value", ["1.5E+21", "3.30001E+21", "1.5e21", 3.3000012345678901e21])
def test_a_barcode_excel_rounded_is_refused_with_the_reason(value: object) -> None:
    with pytest.raises(n.Invalid, match="rounded"):
        n.digits(value)


def test_scientific_text_that_spells_every_digit_is_exact() -> None:
    assert n.digits("1.23456789012E+11") == "123456789012"


def test_integer_accepts_excel_floats_and_text() -> None:
    assert n.integer(1200.0) == 1200
    assert n.integer("１,２００") == 1200
    assert n.integer("1200.00") == 1200
    assert n.integer("") is None
    with pytest.raises(n.Invalid):
        n.integer("12.5")
    with pytest.raises(n.Invalid):
        n.integer("abc")


def test_decimal_reads_floats_by_their_shortest_form() -> None:
    assert n.decimal(0.1) == Decimal("0.1")
    assert n.decimal(" ３１５ ") == Decimal(315)
    assert n.decimal("1,250.5") == Decimal("1250.5")
    with pytest.raises(n.Invalid, match="not a number"):
        n.decimal("八")


@pytest.mark.parametrize(
    "value",
    ["2024-01-05", "2024/1/5", "2024.1.5", "20240105", "2024年1月5日", "2024-01-05 00:00:00", "２０２４－０１－０５",
     dt.datetime(2024, 1, 5), dt.date(2024, 1, 5), 45296, 45296.0, "45296"],
)
def test_every_date_form_reads_as_the_same_day(value: object) -> None:
    assert n.date(value) == dt.date(2024, 1, 5)


@pytest.mark.parametrize("value", ["2024-13-01", "20240230", "昨天", "5", 12])
def test_impossible_dates_are_refused(value: object) -> None:
    with pytest.raises(n.Invalid):
        n.date(value)


# --- headers ---------------------------------------------------------------------------------


def test_every_alias_maps_back_to_its_field() -> None:
    for kind, table in ALIASES.items():
        for field, aliases in table.items():
            for alias in aliases:
                assert match_header(kind, alias) == field, (kind, alias)
    assert set(REQUIRED["customers"]) <= set(ALIASES["customers"])


def test_headers_match_through_spaces_full_width_brackets_and_units() -> None:
    assert match_header("customers", " 户 号 ") == "account_no"
    assert match_header("customers", "合同容量（kVA）") == "contract_capacity_kva"
    assert match_header("customers", "合同容量(千伏安)") == "contract_capacity_kva"
    assert match_header("customers", "户号*") == "account_no"
    assert match_header("customers", "备注") is None


# --- files -----------------------------------------------------------------------------------


def test_gbk_csv_under_a_title_row_with_blank_rows_keeps_excel_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    text = (
        "XX供电所客户档案导出 2024-05,,,\n"
        "\n" + HEADER + ",备注\n"
        "0001234567,张三,东街1号,居民生活,220V,8,T01,东街台区,13800000001,2024/1/5,x\n"
        ",,,,,,,,,,\n"
        "　,  ,,,,,,,,,\n"
        "0001234568,李四,东街2号,居民生活,220V,8,T01,东街台区,13800000002,20240105,\n"
    )
    path.write_bytes(text.encode("gbk"))
    sheet = read_sheet("customers", path)
    assert sheet.encoding == "gb18030"
    assert sheet.header_line == 3
    assert [line for line, _ in sheet.rows] == [4, 7]
    assert sheet.rows[0][1][1] == "张三"
    assert sheet.unknown == ["备注"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_csv_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "c.csv"
    path.write_text(HEADER + "\n0001234567,张三,东街,居民生活,220V,8,T01,东街台区,138,2024-01-05\n", encoding=encoding)
    sheet = read_sheet("customers", path)
    assert sheet.headers[0] == "户号"  # no BOM glued to the first header
    assert sheet.rows[0][1][1] == "张三"


def test_xlsx_with_title_row_date_cells_and_numbers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", [
        ["XX供电所客户档案导出 2024-05"],
        HEADER.split(","),
        [None] * 10,
        ["0001234567", "张三", "东街1号", "居民生活", "220V", 8, "T01", "东街台区", 13800000001, dt.datetime(2024, 1, 5)],
    ])
    sheet = read_sheet("customers", path)
    assert sheet.header_line == 2
    line, cells = sheet.rows[0]
    assert line == 4
    assert cells[0] == "0001234567" and cells[9] == dt.datetime(2024, 1, 5)


def test_a_missing_required_column_rejects_the_file_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("户号,户名,电压等级\n0001234567,张三,220V\n", encoding="utf-8")
    with pytest.raises(Rejected) as exc:
        read_sheet("customers", path)
    assert [p.field for p in exc.value.problems] == ["用电类别"]
    assert "用电类别" in str(exc.value.problems[0].message)


def test_a_file_without_any_header_row_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(Rejected, match="no header row"):
        read_sheet("customers", path)


def test_old_xls_and_other_types_are_refused_with_advice(tmp_path: Path) -> None:
    for name in ("c.xls", "c.json"):
        path = tmp_path / name
        path.write_bytes(b"\xd0\xcf\x11\xe0")
        with pytest.raises(Rejected, match="xlsx"):
            read_sheet("customers", path)
