"""The sealed kinds beyond the ledgers (issue 11): a receipt printed alone and the yearly summary carry a seal and
are checked against the database; the page template wraps long texts instead of cutting them."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
from registered import set_up_users

from db.schema import Customer, InspectionVisit
from station import actions
from station.cli import EXIT_OK, EXIT_REJECTED, main
from station.reports.seal import read_seal
from station.reports.template import Column, build_table_report
from station.workspace import Workspace


def _anomalies(ws: Workspace, tmp_path: Path) -> None:
    with ws.sessions.begin() as s:
        s.add_all(Customer(account_no=a, name=f"客户{a[-2:]}", tariff_category="一般工商业", voltage_level="380V",
                           status="active") for a in ("3300000001", "3300000002"))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户编号", "异常分类", "异常说明", "异常电量", "异常电费", "账期"])
    sheet.append(["3300000001", "电量突降", "环比下降 85%", 1200, "654.30", "2026-10"])
    sheet.append(["3300000002", "零电量", "连续 3 个月零电量", 0, 0, "2026-10"])
    book.save(tmp_path / "list.xlsx")
    actions.import_file(ws, "anomalies", tmp_path / "list.xlsx", accept_valid=True)


def test_a_receipt_printed_alone_is_sealed_and_names_the_line_answered_since(any_workspace: Workspace,
                                                                             tmp_path: Path) -> None:
    set_up_users(any_workspace)
    _anomalies(any_workspace, tmp_path)
    pdf = actions.write_receipt(any_workspace, tmp_path / "回执.pdf", period=202610)
    seal = read_seal(pdf)
    assert seal is not None and seal.doc_no.startswith("HZ")
    first = actions.verify_printed(any_workspace, pdf)
    assert first is not None and first.matches
    zero = next(r for r in actions.load_anomalies(any_workspace, period=202610) if r.anomaly_type == "零电量")
    actions.answer_anomaly(any_workspace, zero.id, "normal", on=dt.date(2026, 11, 21))
    after = actions.verify_printed(any_workspace, pdf)
    assert after is not None and not after.matches
    assert len(after.changed) == 1 and after.changed[0].startswith("3300000002 2026-10 零电量")
    xlsx = actions.write_receipt(any_workspace, tmp_path / "回执.xlsx", period=202610)  # a sheet: no seal
    assert xlsx.exists() and read_seal(xlsx) is None


def test_the_yearly_summary_pdf_is_sealed_and_the_cli_prints_it(workspace: Workspace, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from registered import TEST_PASSWORD

    set_up_users(workspace)
    monkeypatch.setenv("STATION_OPERATOR", "所长")
    monkeypatch.setenv("STATION_PASSWORD", TEST_PASSWORD)
    pdf, db, year = tmp_path / "总结.pdf", str(workspace.file), dt.date.today().year
    assert main(["summary", "--year", str(year), "--pdf", str(pdf), "--db", db]) == EXIT_OK
    text = "".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(str(pdf)))
    assert "工作总结" in text and "检查客户" in text  # Chinese by default
    capsys.readouterr()
    assert main(["verify", str(pdf), "--json", "--db", db]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["matches"] is True
    english = tmp_path / "summary_en.pdf"
    assert main(["summary", "--lang", "en", "--year", str(year), "--pdf", str(english), "--db", db]) == EXIT_OK
    text_en = "".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(str(english)))
    assert "Customer visits" in text_en
    assert main(["verify", str(english), "--db", db]) == EXIT_OK
    assert main(["summary", "--year", str(year - 1), "--db", db]) == EXIT_OK
    # a figure moved since: an inspection visit recorded after the print
    with workspace.sessions.begin() as s:
        s.add(Customer(account_no="3300000077", name="后来检查的户", tariff_category="居民生活", voltage_level="220V",
                       status="active"))
        s.flush()
        cid = s.query(Customer.id).filter(Customer.account_no == "3300000077").scalar()
        s.add(InspectionVisit(customer_id=cid, visited_on=dt.date.today(), operator="所长"))
    capsys.readouterr()
    assert main(["verify", str(pdf), "--json", "--db", db]) == EXIT_REJECTED
    changed = json.loads(capsys.readouterr().out)["changed"]
    assert {"visits", "customers"} <= set(changed)


def test_a_long_address_wraps_onto_a_taller_row_and_is_printed_whole(tmp_path: Path) -> None:
    address = "安徽省合肥市长丰县双墩镇永和路与北城大道交口东北角恒大御景湾二期十八栋二单元一千二百零三室"
    cols = [Column("序号", 10, "RIGHT"), Column("户号", 25), Column("用电地址", 40, wrap=True),
            Column("电量", 20, "RIGHT", total=True, decimals=0)]
    out = tmp_path / "wrap.pdf"
    rows = [[i, f"33000000{i:02d}", address if i % 2 else "短地址", Decimal(i)] for i in range(1, 80)]
    pages = build_table_report(out, title="换行", station="测试供电所", period="2026年01月", columns=cols, rows=rows)
    text = "".join(p.get_textpage().get_text_range() for p in pypdfium2.PdfDocument(str(out)))
    assert "…" not in text
    assert text.replace("\r\n", "").count(address) == 40  # every long address whole, over two lines
    assert pages > 79 // 34 + 1  # taller rows: more pages than one-line rows would take
    assert "3,160" in text  # the grand total still sums every row (1 + … + 79)
