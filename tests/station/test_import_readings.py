"""Importing monthly readings and 台区 supply: both forms, messy files, every rejection, re-imports, the CLI."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from db.schema import AreaSupply, AuditLog, ImportBatch, MonthlyConsumption, TransformerArea
from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from station.domain.problems import Rejected
from station.imports import apply_import, preview_customers, save_rejections
from station.imports import normalise as n
from station.imports.month_parse import header_month, parse_month
from station.imports.monthly_file import kwh
from station.imports.readings import MonthlyPreview, apply_monthly, preview_readings
from station.imports.supply import preview_supply
from station.progress import Cancelled
from station.workspace import Workspace

ACCOUNTS = ("3300000001", "3300000002", "3300000003")
CUSTOMERS = (
    "户号,户名,用电类别,电压等级,台区编号,台区名称\n"
    "3300000001,张三,居民生活,220V,T01,东街台区\n"
    "3300000002,李四,居民生活,220V,T01,东街台区\n"
    "3300000003,某厂,一般工商业,380V,T02,西街台区\n"
)


@pytest.fixture
def ws(workspace: Workspace, tmp_path: Path) -> Workspace:
    """A station with three customers in two 台区 (T01, T02), written by the customer import."""
    path = tmp_path / "customers.csv"
    path.write_text(CUSTOMERS, encoding="utf-8")
    with workspace.sessions.begin() as s:
        apply_import(s, preview_customers(s, path), workspace.operator)
    return workspace


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


def preview(ws: Workspace, path: Path, **kw: object) -> MonthlyPreview:
    with ws.sessions() as s:
        return preview_readings(s, path, **kw)  # type: ignore[arg-type]


def imported(ws: Workspace, path: Path, fn: object = preview_readings) -> MonthlyPreview:
    with ws.sessions.begin() as s:
        p = fn(s, path)  # type: ignore[operator]
        apply_monthly(s, p, ws.operator)
    return p  # type: ignore[no-any-return]


def stored(ws: Workspace) -> dict[tuple[str, int], float]:
    from db.schema import Customer

    with ws.sessions() as s:
        rows = s.execute(
            select(Customer.account_no, MonthlyConsumption.month, MonthlyConsumption.kwh)
            .join(Customer, Customer.id == MonthlyConsumption.customer_id)
        ).all()
    return {(a, m): k for a, m, k in rows}


def count(ws: Workspace, table: object) -> int:
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(table)) or 0)  # type: ignore[arg-type]


# --- cells ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("cell", [
    "2024-01", "2024/1", "202401", "2024年1月", "2024年01月", "2024.01", " 2024-01 ", "２０２４－０１",
    "2024-01-31", "2024/1/5", 202401, 202401.0, dt.datetime(2024, 1, 1), dt.date(2024, 1, 15), 45292, "45292",
])
def test_month_cells_as_exports_write_them(cell: object) -> None:
    assert parse_month(cell) == 202401


@pytest.mark.parametrize("cell", ["2024-13", "202400", "24-01", "一月", "abc", 12, 1.5])
def test_impossible_months_are_refused(cell: object) -> None:
    with pytest.raises(n.Invalid):
        parse_month(cell)


@pytest.mark.parametrize("header, month", [
    ("2024-01", 202401), ("2024/01", 202401), ("202401", 202401), ("2024年1月", 202401), ("2024年01月", 202401),
    ("2024-03电量", 202403), ("2024年3月用电量(kWh)", 202403), (dt.datetime(2024, 2, 1), 202402),
    ("户号", None), ("户名", None), ("年月", None), ("电量", None), (None, None), (3300000001, None),
])
def test_wide_headers_name_months(header: object, month: int | None) -> None:
    assert header_month(header) == month


@pytest.mark.parametrize("cell, value", [
    ("1,234.5", 1234.5), ("１２３４．５", 1234.5), (" 7 ", 7.0), ("0", 0.0), (12, 12.0), (3.25, 3.25), ("", None), (None, None),
])
def test_kwh_cells(cell: object, value: float | None) -> None:
    assert kwh(cell) == value


@pytest.mark.parametrize("cell, reason", [("-3", "negative kWh"), ("abc", "not a number"), ("nan", "not a number")])
def test_bad_kwh_cells_say_why(cell: str, reason: str) -> None:
    with pytest.raises(n.Invalid, match=reason):
        kwh(cell)


# --- the long form -----------------------------------------------------------------------------------


def test_long_form_bom_csv_with_title_blank_rows_and_messy_cells(ws: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", (
        "XX供电所 采集系统电量导出 2024年\n"
        ",,\n"
        "户号,年月,电量(kWh),备注\n"
        "3300000001,2024-01,120.5,\n"
        "\n"
        " 3300000001 ,2024/2,\"1,234.5\",抄表补录\n"
        "３３０００００００２,2024年1月,８８,\n"
        "3300000003,202401,0,\n"
        "3300000003,2024-02,,\n"
    ), encoding="utf-8-sig")
    p = imported(ws, path)
    assert (p.layout, p.header_line, p.rows_read) == ("long", 3, 5)
    assert (p.new, p.updated, p.unchanged, p.rejected, p.blank) == (4, 0, 0, 0, 1)
    assert p.unknown_columns == ["备注"]
    assert stored(ws) == {
        ("3300000001", 202401): 120.5, ("3300000001", 202402): 1234.5,
        ("3300000002", 202401): 88.0, ("3300000003", 202401): 0.0,
    }


def test_bad_rows_are_rejected_with_line_column_value_and_reason(ws: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", (
        "户号,年月,电量\n"
        "3300000001,2024-01,10\n"
        "3300000009,2024-01,10\n"
        "3300000002,2024-01,-5\n"
        "3300000002,2024-02,很多\n"
        "3300000003,2099-01,10\n"
        "3300000003,2024-13,10\n"
        ",2024-01,10\n"
        "3300000001,2024-01,11\n"
    ))
    p = preview(ws, path, today=202410)
    got = [(r.line, r.column, r.value, r.reason) for r in p.rejections]
    assert got == [
        (3, "户号", "3300000009", "unknown 户号 3300000009: import the customer first, or correct the number"),
        (4, "电量", "-5", "negative kWh: -5"),
        (5, "电量", "很多", "not a number: 很多"),
        (6, "年月", "2099-01", "2099-01 is in the future: no reading can exist yet"),
        (7, "年月", "2024-13", "not a month: 2024-13 (write it as 2024-01)"),
        (8, "户号", "", "This field is required"),
        (9, "户号", "3300000001", "2024-01 is already on line 2 of this file"),
    ]
    assert (p.new, p.rejected) == (1, 7)
    assert p.rejected_rows[9] == ("3300000001", "2024-01", "11")


def test_rejected_rows_save_to_a_file_that_reimports_once_fixed(ws: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "户号,年月,电量\n3300000001,2024-01,10\n3300000002,2024-01,-5\n")
    p = preview(ws, path)
    out = tmp_path / "rejected.csv"
    assert save_rejections(p, out) == 1
    text = out.read_text(encoding="utf-8-sig")
    assert "3300000002,2024-01,-5,电量: negative kWh: -5" in text
    write(out, text.replace("-5,", "5,"), encoding="utf-8-sig")
    fixed = preview(ws, out)
    assert (fixed.new, fixed.rejected, fixed.unknown_columns) == (1, 0, ["错误原因"])


# --- the wide form -----------------------------------------------------------------------------------


def test_wide_form_gbk_csv_blank_cells_are_no_reading(ws: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "wide.csv", (
        "户号,户名,2024-01,2024/02,202403,2024年4月\n"
        "3300000001,张三,10,11,,13\n"
        "3300000002,李四,,,,\n"
        "3300000003,某厂,\"1,000\",900,800.5,０\n"
    ), encoding="gbk")
    p = imported(ws, path)
    assert (p.layout, p.rows_read, p.new, p.blank, p.unknown_columns) == ("wide", 3, 7, 5, ["户名"])
    assert stored(ws) == {
        ("3300000001", 202401): 10.0, ("3300000001", 202402): 11.0, ("3300000001", 202404): 13.0,
        ("3300000003", 202401): 1000.0, ("3300000003", 202402): 900.0, ("3300000003", 202403): 800.5,
        ("3300000003", 202404): 0.0,
    }


def test_a_bad_cell_rejects_its_whole_wide_row_and_a_repeated_row_names_the_first(ws: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "wide.csv", (
        "户号,2024-01,2024-02\n"
        "3300000001,10,-1\n"
        "3300000002,5,6\n"
        "3300000002,5,7\n"
    ))
    p = preview(ws, path)
    assert [(r.line, r.column, r.reason) for r in p.rejections] == [
        (2, "2024-02", "negative kWh: -1"),
        (4, "户号", "2024-01 is already on line 3 of this file"),
    ]
    assert (p.new, p.rejected) == (2, 2)


def test_xlsx_with_title_row_excel_date_headers_and_number_cells(ws: Workspace, tmp_path: Path) -> None:
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["2024年 台区用户月度电量"])
    sheet.append(["户号", "户名", dt.datetime(2024, 1, 1), dt.datetime(2024, 2, 1)])
    sheet.append([3300000001, "张三", 10, 12.5])  # a 户号 typed into a number cell
    sheet.append(["3300000002", "李四", "20", None])
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    p = imported(ws, path)
    assert (p.layout, p.header_line, p.new, p.blank) == ("wide", 2, 3, 1)
    assert stored(ws) == {("3300000001", 202401): 10.0, ("3300000001", 202402): 12.5, ("3300000002", 202401): 20.0}


def test_long_form_xlsx_with_date_and_serial_month_cells(ws: Workspace, tmp_path: Path) -> None:
    wb = Workbook()
    sheet = wb.active
    assert sheet is not None
    sheet.append(["户号", "抄表年月", "抄见电量(kWh)"])
    sheet.append(["3300000001", dt.datetime(2024, 3, 1), 30])
    sheet.append(["3300000001", 45413, 40])  # 2024-05-01 as a bare Excel serial
    path = tmp_path / "long.xlsx"
    wb.save(path)
    imported(ws, path)
    assert stored(ws) == {("3300000001", 202403): 30.0, ("3300000001", 202405): 40.0}


@pytest.mark.parametrize("text, reason", [
    ("户号,户名\n3300000001,张三\n", "line 1 names 户号 but neither 年月 and 电量 nor columns headed by months"),
    ("a,b\n1,2\n", "no header row found"),
    ("户号,2024-01,2024年1月\n3300000001,1,2\n", "column 2024年1月 is the same month as column 2024-01"),
    ("户号,2024-01,2099-01\n3300000001,1,2\n", "2099-01 is in the future"),
])
def test_unusable_files_are_refused_as_a_whole(ws: Workspace, tmp_path: Path, text: str, reason: str) -> None:
    path = write(tmp_path / "r.csv", text)
    with pytest.raises(Rejected, match=reason):
        preview(ws, path)


# --- re-imports ------------------------------------------------------------------------------------


LONG = "户号,年月,电量\n3300000001,2024-01,10\n3300000001,2024-02,20\n3300000002,2024-01,30\n3300000002,2024-02,40\n"


def test_reimport_changes_nothing(ws: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", LONG)
    imported(ws, path)
    batches = count(ws, ImportBatch)
    again = imported(ws, path)
    assert (again.new, again.updated, again.unchanged, again.writes_anything) == (0, 0, 4, False)
    assert count(ws, ImportBatch) == batches
    assert count(ws, MonthlyConsumption) == 4


def test_a_corrected_month_replaces_its_values_and_audits_once_per_month(ws: Workspace, tmp_path: Path) -> None:
    imported(ws, write(tmp_path / "r.csv", LONG))
    corrected = write(tmp_path / "fix.csv", "户号,年月,电量\n3300000001,2024-02,21\n3300000002,2024-02,41\n"
                                            "3300000002,2024-01,30\n3300000003,2024-02,5\n")
    p = imported(ws, corrected)
    assert (p.new, p.updated, p.unchanged) == (1, 2, 1)
    assert [str(m) for m in p.notes] == ["2024-02: 2 stored values differ and will be replaced"]
    values = stored(ws)
    assert values[("3300000001", 202402)] == 21.0 and values[("3300000002", 202402)] == 41.0
    assert values[("3300000001", 202401)] == 10.0  # a month not in the file is left alone
    with ws.sessions() as s:
        batch = s.scalar(select(func.max(ImportBatch.id)))
        replaced = s.scalars(select(AuditLog).where(AuditLog.action == "replace")).all()
        tagged = s.scalar(select(func.count()).select_from(MonthlyConsumption)
                          .where(MonthlyConsumption.import_batch_id == batch))
    assert len(replaced) == 1
    audit = replaced[0]
    assert (audit.entity, audit.entity_id, audit.operator) == ("monthly_consumption", 202402, "tester")
    assert json.loads(audit.before or "")["sample"] == {"3300000001": 20.0, "3300000002": 40.0}
    after = json.loads(audit.after or "")
    assert (after["replaced"], after["import_batch_id"], after["sample"]["3300000002"]) == (2, batch, 41.0)
    assert tagged == 3  # two replaced and one new value carry the new batch


def test_cancel_leaves_nothing_written(ws: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", LONG)
    with pytest.raises(Cancelled), ws.sessions.begin() as s:
        p = preview_readings(s, path)
        apply_monthly(s, p, ws.operator, cancelled=lambda: True)
    assert count(ws, MonthlyConsumption) == 0 and count(ws, ImportBatch) == 1  # the customers' batch only


# --- 台区 supply ---------------------------------------------------------------------------------------


def test_supply_import_rejects_unknown_areas_and_replaces_a_corrected_month(ws: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "s.csv", "台区编号,年月,供电量\nT01,2024-01,\"5,000\"\nT02,2024-01,800\nT09,2024-01,1\n")
    with ws.sessions.begin() as s:
        p = preview_supply(s, path)
        assert [(r.line, r.column, r.value) for r in p.rejections] == [(4, "台区编号", "T09")]
        apply_monthly(s, p, ws.operator)
    fixed = write(tmp_path / "s2.csv", "台区编号,年月,关口电量\nT01,2024-01,5100\nT02,2024-01,800\n")
    p2 = imported(ws, fixed, preview_supply)
    assert (p2.new, p2.updated, p2.unchanged) == (0, 1, 1)
    with ws.sessions() as s:
        supply = dict(s.execute(select(TransformerArea.code, AreaSupply.supplied_kwh)
                                .join(TransformerArea, TransformerArea.id == AreaSupply.area_id)).all())
        audit = s.scalars(select(AuditLog).where(AuditLog.entity == "area_supply")).all()
    assert supply == {"T01": 5100.0, "T02": 800.0}
    assert [(a.action, a.entity_id) for a in audit] == [("replace", 202401)]


# --- the CLI --------------------------------------------------------------------------------------------


def run_cli(ws: Workspace, *args: str) -> int:
    return main(["import", *args, "--db", str(ws.engine.url.database)])


def test_cli_readings_all_or_nothing_exit_codes_and_json(
    ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path / "r.csv", LONG + "3300000009,2024-01,1\n")
    capsys.readouterr()
    assert run_cli(ws, "readings", str(bad)) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert f"{bad}:6: 户号=3300000009: 未知户号 3300000009" in err  # the reason in Chinese by default
    assert count(ws, MonthlyConsumption) == 0

    assert run_cli(ws, "readings", str(bad), "--dry-run", "--json") == EXIT_REJECTED
    summary = json.loads(capsys.readouterr().out)
    assert (summary["kind"], summary["new"], summary["rejected_rows"], summary["written"]) == ("readings", 4, 1, False)
    assert summary["rejected"][0] == {"line": 6, "column": "户号", "value": "3300000009",
                                      "reason": "unknown 户号 3300000009: import the customer first, or correct the number"}

    assert run_cli(ws, "readings", str(bad), "--accept-valid") == EXIT_REJECTED
    assert count(ws, MonthlyConsumption) == 4
    capsys.readouterr()

    good = write(tmp_path / "good.csv", LONG)
    assert run_cli(ws, "readings", str(good), "--json") == EXIT_OK
    again = json.loads(capsys.readouterr().out)
    assert (again["new"], again["unchanged"], again["written"], again["batch_id"]) == (0, 4, True, None)


def test_cli_supply_and_usage_errors(ws: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "s.csv", "台区编号,年月,供电量\nT01,2024-01,5000\n")
    assert run_cli(ws, "supply", str(path), "--lang", "en") == EXIT_OK
    assert "1 new, 0 updated, 0 unchanged, 0 rejected" in capsys.readouterr().out
    assert count(ws, AreaSupply) == 1
    assert run_cli(ws, "supply", str(tmp_path / "missing.csv")) == EXIT_USAGE
    no_header = write(tmp_path / "x.csv", "a,b\n1,2\n")
    assert run_cli(ws, "readings", str(no_header), "--json") == EXIT_REJECTED
    assert "no header row found" in json.loads(capsys.readouterr().out)["error"][0]["reason"]


def test_the_generic_entry_points_preview_and_write_readings(workspace, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The GUI's import dialog goes through preview_file / apply_import for every kind, readings included."""
    from station import actions
    from station.customers import CustomerDraft
    from station.imports import apply_import, preview_file

    with workspace.sessions.begin() as s:
        from station.areas import create_area

        area = create_area(s, code="TQ9", name="九号台区", operator="tester")
    actions.create_customer(workspace, CustomerDraft(
        account_no="3100000001", name="王一", address="", phone="", tariff_category="居民生活", industry="",
        voltage_level="220V", contract_capacity_kva=Decimal(8), running_capacity_kva=None,
        area_id=area, opened_on=None, penalty_multiple=None, phases=1))
    path = tmp_path / "r.csv"
    path.write_text("户号,年月,电量\n3100000001,2024-01,120\n3100000001,2024-02,130\n", encoding="utf-8")
    with workspace.sessions.begin() as s:
        preview = preview_file(s, path, "readings")
        assert (preview.new, preview.rejected) == (2, 0)
        apply_import(s, preview, "tester")
    with workspace.sessions() as s:
        assert preview_file(s, path, "readings").unchanged == 2
