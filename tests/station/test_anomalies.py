"""The billing-centre loop (issue 11): an anomaly list in, each line answered, the 回执 out, a re-import a no-op."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
from registered import set_up_users

from db.schema import Customer
from station import actions
from station.cli import EXIT_OK, EXIT_REJECTED, main
from station.domain.problems import Rejected
from station.workspace import Workspace


def _customers(ws: Workspace, *accounts: str) -> None:
    with ws.sessions.begin() as s:
        s.add_all(Customer(account_no=a, name=f"客户{a[-2:]}", tariff_category="一般工商业", voltage_level="380V",
                           status="active") for a in accounts)


def _xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """The centre's list as its system writes it: a title line above the header, a 账期 as an Excel date."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["电费管理中心 2026年10月 异常清单"])
    sheet.append(header)
    for r in rows:
        sheet.append(r)
    book.save(path)
    return path


HEADER = ["客户编号", "异常分类", "异常说明", "异常电量", "异常电费", "账期"]


def test_a_list_round_trip_import_answer_receipt_and_reimport(any_workspace: Workspace, tmp_path: Path) -> None:
    _customers(any_workspace, "3300000001", "3300000002", "3300000003")
    file = _xlsx(tmp_path / "异常清单.xlsx", HEADER, [
        ["3300000001", "电量突降", "环比下降 85%", 1200, "654.30", dt.datetime(2026, 10, 1)],
        ["3300000002", "零电量", "连续 3 个月零电量", 0, 0, "2026-10"],
        ["3300000002", "倍率异常", "综合倍率与变比不符", None, None, "202610"],
        ["3309999999", "零电量", "不在档", 0, 0, "2026-10"],
        ["3300000001", "电量突降", "重复", 1200, 654.3, "2026年10月"],
    ])
    done = actions.import_file(any_workspace, "anomalies", file, accept_valid=True)
    assert (done.summary.new, done.preview.rejected) == (3, 2)
    reasons = {(r.line, r.column): str(r.message) for r in done.preview.rejections}
    assert "no customer" in reasons[(6, "客户编号")] and "duplicate of line 3" in reasons[(7, "客户编号")]
    lines = {(r.account_no, r.anomaly_type): r for r in actions.load_anomalies(any_workspace, period=202610)}
    assert lines["3300000001", "电量突降"].amount == Decimal("654.30")

    drop = lines["3300000001", "电量突降"]
    actions.answer_anomaly(any_workspace, drop.id, "back-billed", "CT 一相开路，已追补", kwh=Decimal(950),
                           amount=Decimal("522.50"), on=dt.date(2026, 11, 20), version=drop.version)
    zero = lines["3300000002", "零电量"]
    actions.answer_anomaly(any_workspace, zero.id, "normal", on=dt.date(2026, 11, 21))
    with pytest.raises(Rejected) as twice:
        actions.answer_anomaly(any_workspace, zero.id, "not-found", "另查")
    assert twice.value.problems[0].code == "answered"

    receipt = actions.write_receipt(any_workspace, tmp_path / "回执.xlsx", period=202610)
    got = {r[1]: r for r in openpyxl.load_workbook(receipt).active.iter_rows(min_row=2, values_only=True)
           if r[3] != "倍率异常"}
    assert got["3300000001"][7:11] == ("查实并已追补", "CT 一相开路，已追补", 950, 522.5)
    assert got["3300000002"][7] == "经核查无异常"
    pdf = actions.write_receipt(any_workspace, tmp_path / "回执.pdf", period=202610)
    text = "".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(str(pdf)))
    assert "异常核查回执" in text and "未核查" in text and "522.50" in text

    again = actions.import_file(any_workspace, "anomalies", file, accept_valid=True)
    assert (again.preview.new, again.preview.updated, again.preview.unchanged) == (0, 0, 3)
    after = {(r.account_no, r.anomaly_type): r for r in actions.load_anomalies(any_workspace)}
    assert after["3300000001", "电量突降"].back_billed_amount == Decimal("522.50")


def test_a_later_list_corrects_an_open_line_but_not_an_answered_one(any_workspace: Workspace, tmp_path: Path) -> None:
    _customers(any_workspace, "3300000001", "3300000002")
    first = tmp_path / "a.csv"
    with first.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["户号", "异常类型", "电量", "期间"], ["3300000001", "零电量", "0", "2026-10"],
                                  ["3300000002", "零电量", "0", "2026-10"]])
    actions.import_file(any_workspace, "anomalies", first)
    answered = next(r for r in actions.load_anomalies(any_workspace) if r.account_no == "3300000002")
    actions.answer_anomaly(any_workspace, answered.id, "normal")
    second = tmp_path / "b.csv"
    with second.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows([["户号", "异常类型", "电量", "期间"], ["3300000001", "零电量", "12", "2026-10"],
                                  ["3300000002", "零电量", "15", "2026-10"]])
    done = actions.import_file(any_workspace, "anomalies", second)
    assert (done.summary.updated, done.summary.unchanged) == (1, 1)
    kwh = {r.account_no: r.kwh for r in actions.load_anomalies(any_workspace)}
    assert kwh == {"3300000001": Decimal(12), "3300000002": Decimal(0)}


def test_an_answer_that_says_nothing_is_refused_with_every_reason(any_workspace: Workspace, tmp_path: Path) -> None:
    _customers(any_workspace, "3300000001")
    file = _xlsx(tmp_path / "l.xlsx", HEADER, [["3300000001", "电量突降", "", 10, 5, "2026-10"]])
    actions.import_file(any_workspace, "anomalies", file)
    (line,) = actions.load_anomalies(any_workspace)
    with pytest.raises(Rejected) as refused:
        actions.answer_anomaly(any_workspace, line.id, "back-billed", "  ")
    assert {p.field for p in refused.value.problems} == {"note", "back_billed_kwh"}
    (still,) = actions.load_anomalies(any_workspace)
    assert still.status == "open" and still.version == line.version


def test_the_cli_imports_answers_and_writes_the_receipt(workspace: Workspace, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    _customers(workspace, "3300000001")
    db = str(workspace.file)
    file = _xlsx(tmp_path / "l.xlsx", HEADER, [["3300000001", "电量突降", "下降", 10, 5, "2026-10"]])
    assert main(["import", "anomalies", str(file), "--db", db]) == EXIT_OK
    assert main(["import", "anomalies", str(file), "--db", db, "--dry-run", "--json"]) == EXIT_OK
    assert '"unchanged": 1' in capsys.readouterr().out
    assert main(["anomalies", "answer", "1", "--result", "not-found", "--db", db]) == EXIT_REJECTED
    assert "请填写核查情况" in capsys.readouterr().err  # the reason, in Chinese by default
    assert main(["anomalies", "answer", "1", "--result", "not-found", "--note", "现场正常生产", "--db", db]) == EXIT_OK
    out = tmp_path / "r.pdf"
    assert main(["export", "receipts", "--batch", "1", "-o", str(out), "--db", db]) == EXIT_OK
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["export", "receipts", "-o", str(out), "--db", db]) == 2


def test_a_line_becomes_a_desk_order_and_is_answered_after_it(any_workspace: Workspace, tmp_path: Path) -> None:
    from station.orders.rows import OrderFilter

    _customers(any_workspace, "3300000001")
    set_up_users(any_workspace, ("李检查", "inspector", {"cert_no": "JC-1", "cert_grade": "3"}))
    inspector = dataclasses.replace(any_workspace, operator="李检查")
    file = _xlsx(tmp_path / "l.xlsx", HEADER, [["3300000001", "倍率异常", "倍率与变比不符", 10, 5, "2026-10"]])
    actions.import_file(any_workspace, "anomalies", file)
    (line,) = actions.load_anomalies(any_workspace)
    number = actions.raise_anomaly_order(inspector, line.id)
    (order,) = [o for o in actions.load_orders(any_workspace, OrderFilter()) if o.number == number]
    assert (order.kind, order.source) == ("billing-check", "billing-centre")
    (checking,) = actions.load_anomalies(any_workspace)
    assert checking.status == "checking"
    with pytest.raises(Rejected) as twice:
        actions.raise_anomaly_order(inspector, line.id)
    assert twice.value.problems[0].code == "not_open"
    actions.answer_anomaly(inspector, line.id, "record-corrected", f"工单 {number}：倍率改为 30")
    (done,) = actions.load_anomalies(any_workspace)
    assert done.status == "closed" and done.checked_by == "李检查"
