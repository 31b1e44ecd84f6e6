"""月度报表包 (issue 11): the month's reports in one folder, each sealed (PDF) and exported (.xlsx), written whole
or not at all; and every newly sealed kind checked against the database untouched and after a change."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import aliased

from db.schema import BillingCase, Customer, Finding, PrintedDocument, WorkOrder
from station import actions
from station.actions import login
from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from station.demo import names
from station.reports.due_plan import KIND_ZH
from station.reports.pack import MANIFEST, REPORTS, PackFailed
from station.reports.seal import read_seal
from station.workspace import Workspace

THIS_MONTH = f"{dt.date.today():%Y-%m}"  # the demo's orders, findings and cases are all opened today


def _last_month() -> str:
    first = dt.date.today().replace(day=1)
    return f"{first - dt.timedelta(days=1):%Y-%m}"


def _month_bounds() -> tuple[dt.datetime, dt.datetime]:
    first = dt.date.today().replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    return dt.datetime.combine(first, dt.time()), dt.datetime.combine(nxt, dt.time())


def _demo(ws: Workspace) -> Workspace:
    actions.create_demo(ws, customers=400, seed=7, months=13)
    login(ws, names.SUPERVISOR, names.PASSWORD)
    return ws


def _counts(ws: Workspace) -> dict[str, int]:
    """What the registers must hold, counted here by their own definitions (not through the reports)."""
    start, end = _month_bounds()
    newer = aliased(BillingCase)
    with ws.sessions() as s:
        orders = s.scalar(select(func.count()).select_from(WorkOrder)
                          .where(WorkOrder.created_at >= start, WorkOrder.created_at < end))
        findings = s.scalar(select(func.count()).select_from(Finding)
                            .where(Finding.recorded_at >= start, Finding.recorded_at < end))
        cases = s.scalar(select(func.count()).select_from(BillingCase).where(
            BillingCase.created_at >= start, BillingCase.created_at < end,
            ~select(newer.id).where(newer.supersedes_id == BillingCase.id).exists()))
        customers = s.scalar(select(func.count()).select_from(Customer).where(Customer.status != "closed"))
    return {"orders": int(orders or 0), "findings": int(findings or 0), "cases": int(cases or 0),
            "customers": int(customers or 0)}


def _sheet_rows(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return sum(1 for _ in book.active.iter_rows()) - 1  # the header
    finally:
        book.close()


def test_the_pack_holds_every_report_with_the_rows_of_the_month(any_workspace: Workspace, tmp_path: Path) -> None:
    ws = _demo(any_workspace)
    with ws.sessions.begin() as s:  # a name a spreadsheet would take for a formula
        first = s.scalars(select(Customer).where(Customer.status != "closed").order_by(Customer.account_no)).first()
        first.name, formula_account = "=HYPERLINK(\"http://x\",\"点我\")", first.account_no
    expected = _counts(ws)
    assert expected["orders"] and expected["findings"] and expected["cases"]  # the demo's month has work
    out = tmp_path / "out" / "pack"
    out.parent.mkdir()
    result = actions.write_report_pack(ws, THIS_MONTH, out)

    assert [r.kind for r in result.reports] == [r.kind for r in REPORTS]
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert [e["doc_no"] for e in manifest["reports"]] == [r.doc_no for r in result.reports]
    by_kind = {r.kind: r for r in result.reports}
    for kind in ("orders", "findings", "cases", "customers"):
        assert by_kind[kind].rows == expected[kind], kind
    for r in result.reports:
        assert (out / r.pdf).is_file() and (out / r.xlsx).is_file()
        assert _sheet_rows(out / r.xlsx) == r.rows, r.kind
        seal = read_seal(out / r.pdf)
        assert seal is not None and seal.doc_no == r.doc_no
        check = actions.verify_printed(ws, out / r.pdf)
        assert check is not None and check.matches, r.kind
    assert [p.name for p in out.parent.iterdir()] == ["pack"]  # no work folder left beside it
    sheet = openpyxl.load_workbook(out / by_kind["customers"].xlsx).active
    cell = next(row[2] for row in sheet.iter_rows(min_row=2) if row[1].value == formula_account)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")  # kept as text, never a formula
    with ws.sessions() as s:
        kinds = set(s.scalars(select(PrintedDocument.kind)))
    assert kinds == {r.kind for r in REPORTS}


def _changed(ws: Workspace, pdf: Path) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    check = actions.verify_printed(ws, pdf)
    assert check is not None and check.known and check.genuine
    return check.changed, check.added, check.removed


def test_each_newly_sealed_kind_names_the_rows_changed_since_it_was_printed(any_workspace: Workspace,
                                                                            tmp_path: Path) -> None:
    ws = _demo(any_workspace)
    last = _last_month()
    prints = {"orders": {"month": THIS_MONTH}, "findings": {"month": THIS_MONTH}, "cases": {"month": THIS_MONTH},
              "lineloss": {"month": last}, "suspects": {"month": last, "area_code": None, "top": None},
              "due": {"month": THIS_MONTH, "area_id": None, "device_class": None, "statuses": ["urgent", "overdue"]},
              "summary": {"year": dt.date.today().year}}
    pdfs = {}
    for kind, params in prints.items():
        pdfs[kind] = tmp_path / f"{kind}.pdf"
        actions.print_sealed(ws, kind, params, pdfs[kind])
        assert _changed(ws, pdfs[kind]) == ((), (), ()), kind  # untouched: it matches

    start, _end = _month_bounds()
    with ws.sessions.begin() as s:
        order = s.scalars(select(WorkOrder).where(WorkOrder.created_at >= start).order_by(WorkOrder.id)).first()
        order.planned_on, order_no = dt.date(2020, 1, 1), order.number
        finding = s.scalars(select(Finding).where(Finding.recorded_at >= start).order_by(Finding.id)).first()
        finding.description = "改过的问题描述"
        finding_key = f"{s.get(WorkOrder, finding.order_id).number}-{finding.id}"
        case = s.scalars(select(BillingCase).where(BillingCase.created_at >= start).order_by(BillingCase.id)).first()
        case.approved_by, case_no = "别人", case.number
    area = actions.load_areas(ws)[0]  # renamed by the 台区 form's action (it keeps the analysis copy right)
    actions.update_area(ws, area.id, code=area.code, name="改名台区", feeder=area.feeder,
                        transformer_kva=area.transformer_kva, gateway_meter=area.gateway_meter,
                        area_type=area.area_type)
    area_code = area.code
    assert _changed(ws, pdfs["orders"])[0] == (order_no,)
    assert _changed(ws, pdfs["findings"])[0] == (finding_key,)
    assert _changed(ws, pdfs["cases"])[0] == (case_no,)
    assert _changed(ws, pdfs["lineloss"])[0] == (area_code,)

    with ws.sessions.begin() as s:  # the year's thefts undone: the summary's theft figures have moved
        s.execute(update(BillingCase).where(BillingCase.calc_kind == "theft").values(status="cancelled"))
    assert {"thefts", "theft_kwh", "theft_yuan"} <= set(_changed(ws, pdfs["summary"])[0])

    account = next(iter(json.loads(_printed(ws, pdfs["suspects"]).row_hashes)))
    item = next(it for it in actions.load_due_items(ws, THIS_MONTH, statuses=["urgent", "overdue"])
                if it.account_no)
    with ws.sessions.begin() as s:
        # the same county's address (the list cuts the prefix all its addresses share), another house
        s.execute(update(Customer).where(Customer.account_no == account).values(address=Customer.address + "附1号"))
        s.execute(update(Customer).where(Customer.account_no == item.account_no).values(name="改名户"))
    assert _changed(ws, pdfs["suspects"])[0] == (account,)
    assert f"{KIND_ZH[item.kind]} {item.target_no}" in _changed(ws, pdfs["due"])[0]


def _printed(ws: Workspace, pdf: Path) -> PrintedDocument:
    seal = read_seal(pdf)
    assert seal is not None
    with ws.sessions() as s:
        doc = s.scalar(select(PrintedDocument).where(PrintedDocument.doc_no == seal.doc_no))
        assert doc is not None
        s.expunge(doc)
        return doc


def _prints(ws: Workspace) -> int:
    with ws.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(PrintedDocument)) or 0)


def test_a_failure_leaves_no_folder_and_no_print_on_record(workspace: Workspace, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _demo(workspace)
    from station import exports
    from station.reports import registers

    real = exports.export_rows

    def third_fails(headers: list[str], rows: list[list[object]], path: Path, **kw: object) -> int:
        if Path(path).name.startswith("03_"):
            raise OSError(28, "No space left on device")
        return real(headers, rows, path, **kw)  # type: ignore[arg-type]

    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(exports, "export_rows", third_fails)
    with pytest.raises(PackFailed) as failed:
        actions.write_report_pack(ws, THIS_MONTH, out / "pack")
    assert failed.value.report == REPORTS[2].name  # the report whose file failed is named
    assert list(out.iterdir()) == []  # neither the folder nor its work copy (two reports were already in it)
    assert _prints(ws) == 0  # the numbers given to the pack's reports were taken back
    monkeypatch.setattr(exports, "export_rows", real)

    def unreadable(*_a: object, **_k: object) -> None:
        raise RuntimeError("the orders could not be read")

    monkeypatch.setattr(registers, "orders_parts", unreadable)
    with pytest.raises(PackFailed) as failed:
        actions.write_report_pack(ws, THIS_MONTH, out / "pack")
    assert failed.value.report == "用电检查登记表"
    assert list(out.iterdir()) == [] and _prints(ws) == 0


def test_an_unwritable_target_fails_whole(workspace: Workspace, tmp_path: Path) -> None:
    ws = _demo(workspace)
    out = tmp_path / "out"
    out.mkdir()
    blocker = out / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        actions.write_report_pack(ws, THIS_MONTH, blocker / "pack")
    assert [p.name for p in out.iterdir()] == ["a file"]
    assert _prints(ws) == 0  # the prints recorded for the pack were taken back


def test_the_cli_contract(workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                          capsys: pytest.CaptureFixture[str]) -> None:
    _demo(workspace)
    db = str(workspace.file)
    monkeypatch.setenv("STATION_OPERATOR", names.SUPERVISOR)
    monkeypatch.setenv("STATION_PASSWORD", names.PASSWORD)
    out = tmp_path / "pack"
    assert main(["report", "pack", "--month", THIS_MONTH, "-o", str(out), "--json", "--db", db]) == EXIT_OK
    printed = json.loads(capsys.readouterr().out)
    assert [r["kind"] for r in printed["reports"]] == [r.kind for r in REPORTS]
    # a folder that is not empty is refused, nothing changed in it
    assert main(["report", "pack", "--month", THIS_MONTH, "-o", str(out), "--db", db]) == EXIT_REJECTED
    assert "pack" in capsys.readouterr().err
    assert main(["report", "pack", "-o", str(tmp_path / "x"), "--db", db]) == EXIT_USAGE  # --month required
    assert main(["report", "pack", "--month", "2026-13", "-o", str(tmp_path / "y"), "--db", db]) == EXIT_REJECTED
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["report", "pack", "--month", THIS_MONTH, "-o", str(blocker / "pack"), "--db", db]) == EXIT_FAILED
    assert not (tmp_path / "y").exists() and not (tmp_path / "x").exists()
    pdf = next(out.glob("04_*.pdf"))
    assert main(["verify", str(pdf), "--db", db]) == EXIT_OK


def test_an_unregistered_operator_may_not_print_the_pack(workspace: Workspace, tmp_path: Path) -> None:
    ws = _demo(workspace)
    ws.operator = "路人"
    from station.domain.problems import Rejected

    with pytest.raises(Rejected):
        actions.write_report_pack(ws, THIS_MONTH, tmp_path / "pack")
    assert not (tmp_path / "pack").exists()


def test_a_cancel_while_drawing_leaves_nothing(workspace: Workspace, tmp_path: Path) -> None:
    from station.progress import Cancelled

    ws = _demo(workspace)
    seen: list[float] = []
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        actions.write_report_pack(ws, THIS_MONTH, out / "pack", progress=lambda f, m="": seen.append(f),
                                  cancelled=lambda: any(f > 0.5 for f in seen))  # half the pack drawn
    assert list(out.iterdir()) == [] and _prints(ws) == 0
