"""Notices: rendered in Chinese, numbered, a QR payload of number and content hash, frozen (a reprint is the
stored bytes), two copies where the rules want two; attachments stored by content and never overwritten."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from orders_town import Town
from sqlalchemy import select

from db.schema import AttachmentBlob, Notice
from station import actions
from station.domain.problems import Rejected
from station.orders import states
from station.orders.cases import CaseInput
from station.orders.notices import content_hash, qr_payload
from station.orders.rows import FindingDraft

WIRING = CaseInput("wiring", {"k": "1.5", "recorded_kwh": "1000", "price": "0.5"})


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def found(town: Town) -> tuple[Town, str, str]:
    number = town.reported("theft", accounts=("3100000002",))
    actions.add_finding(town.inspector, number, FindingDraft("theft", "表尾短接，绕越计量", rule_cited=""))
    actions.add_finding(town.inspector, number, FindingDraft("hazard", "进户线老化破损", location="进户点"))
    case = actions.open_case(town.inspector, number, CaseInput("theft", {"use": "lighting", "kw": "2",
                                                                        "days": "90", "price": "0.5283"}))
    actions.approve_case(town.supervisor, number, case.number)
    return town, number, case.number


def test_each_notice_renders_in_chinese_with_its_number_and_qr_payload(found: tuple[Town, str, str],
                                                                       tmp_path: Path) -> None:
    town, number, case_no = found
    titles = {"work-sheet": "用电检查工作单", "result": "用电检查结果通知书", "theft": "违约用电、窃电通知书",
              "rectify": "整改通知书"}
    for kind, title in titles.items():
        out = tmp_path / f"{kind}.pdf"
        row = actions.issue_notice(town.inspector, number, kind, out)
        text = _text(out)
        assert title in text and row.number in text and number in text, kind
        assert row.content_sha256[:32] in text  # the check code printed under the QR code
        with town.ws.sessions() as s:
            stored = s.scalars(select(Notice).where(Notice.number == row.number)).one()
        assert hashlib.sha256(out.read_bytes()).hexdigest() == row.pdf_sha256 == stored.pdf_sha256
        assert content_hash(stored.content) == stored.content_sha256 == row.content_sha256
        assert json.loads(stored.content)["number"] == row.number
        assert qr_payload(row.number, row.content_sha256) == f"SGNOTICE|{row.number}|{row.content_sha256}"
    result = _text(tmp_path / "result.pdf")
    assert "第一联（客户留存）" in result and "第二联（供电所存档）" in result and "回" in result
    assert "表尾短接" in result and "进户线老化破损" in result and "整改期限" in result
    theft = _text(tmp_path / "theft.pdf")
    assert "第二联" in theft and case_no in theft and "是否中止供电" in theft and "日内" in theft
    sheet = tmp_path / "sheet.pdf"
    row = actions.issue_notice(town.inspector, number, "case-sheet", sheet, case_number=case_no)
    text = _text(sheet)
    assert "追补电费计算单" in text and f"案件编号：{case_no}" in text and "张所长" in text and row.number in text


def test_issuing_a_result_notice_moves_its_findings_to_notified(found: tuple[Town, str, str],
                                                               tmp_path: Path) -> None:
    town, number, _case = found
    actions.issue_notice(town.inspector, number, "result", tmp_path / "r.pdf")
    assert {f.status for f in actions.load_order(town.inspector, number).findings} == {states.NOTIFIED}


def test_a_reprint_is_the_stored_file_byte_for_byte(found: tuple[Town, str, str], tmp_path: Path) -> None:
    town, number, _case = found
    first = actions.issue_notice(town.inspector, number, "result", tmp_path / "first.pdf")
    reprint = actions.reprint_notice(town.inspector, first.number, tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "first.pdf").read_bytes()
    assert reprint == first
    second = actions.issue_notice(town.inspector, number, "result", tmp_path / "second.pdf")
    assert second.number != first.number  # issuing again is a new notice with its own number
    assert second.number.startswith("JG") and int(second.number[-4:]) == int(first.number[-4:]) + 1


def test_a_notice_before_the_visit_is_only_the_work_sheet(town: Town, tmp_path: Path) -> None:
    number = town.order()
    actions.issue_notice(town.inspector, number, "work-sheet", tmp_path / "w.pdf")
    with pytest.raises(Rejected) as refused:
        actions.issue_notice(town.inspector, number, "result", tmp_path / "r.pdf")
    assert refused.value.problems[0].code == states.NOT_NOW
    assert not (tmp_path / "r.pdf").exists()
    reported = town.reported()
    with pytest.raises(Rejected) as refused:  # nothing stolen: no 窃电通知书
        actions.issue_notice(town.inspector, reported, "theft", tmp_path / "t.pdf")
    assert refused.value.problems[0].code == "nothing"


def test_attachments_are_stored_once_by_content_and_read_back(town: Town, tmp_path: Path) -> None:
    number = town.on_site()
    photo = tmp_path / "封印.jpg"
    photo.write_bytes(b"\xff\xd8 seal 00123 before")
    first = actions.attach_file(town.inspector, number, photo, "seal", note="封印号 00123")
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    second = actions.attach_file(town.inspector, number, copy)
    assert first.sha256 == second.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    with town.ws.sessions() as s:
        blobs = s.scalars(select(AttachmentBlob)).all()
    assert len(blobs) == 1
    store = town.ws.file.with_name(f"{town.ws.file.stem}-files") if town.ws.file else None
    if store is not None:  # SQLite: a read-only file next to the database, not in it
        assert blobs[0].data is None and (store / first.sha256[:2] / first.sha256).read_bytes() == photo.read_bytes()
    else:
        assert blobs[0].data == photo.read_bytes()
    assert actions.load_attachment(town.inspector, first.id) == ("封印.jpg", photo.read_bytes())


def _qr_images(pdf: Path, tmp_path: Path) -> list[list[list[bool]]]:
    """The QR codes embedded in the PDF (pdfimages), read back as rows of dark modules."""
    from PIL import Image

    from station.orders.documents import QR_PIXELS

    subprocess.run(["pdfimages", "-png", str(pdf), str(tmp_path / "img")], check=True)
    codes = []
    for png in sorted(tmp_path.glob("img-*.png")):
        img = Image.open(png).convert("L")
        side = img.width // QR_PIXELS
        px = img.load()
        codes.append([[px[c * QR_PIXELS + QR_PIXELS // 2, r * QR_PIXELS + QR_PIXELS // 2] < 128  # type: ignore[index]
                       for c in range(side)] for r in range(side)])
    return codes


def _expected(payload: str) -> list[list[bool]]:
    """The modules of `payload` by reportlab's encoder, in their quiet zone."""
    from station.orders.documents import qr_modules

    rows, border = qr_modules(payload)
    side = len(rows) + 2 * border
    blank = [[False] * side for _ in range(border)]
    return blank + [[False] * border + row + [False] * border for row in rows] + blank


def test_the_qr_code_in_the_pdf_holds_the_number_and_the_content_hash(found: tuple[Town, str, str],
                                                                        tmp_path: Path) -> None:
    town, number, _case = found
    row = actions.issue_notice(town.inspector, number, "result", tmp_path / "z.pdf")
    codes = _qr_images(tmp_path / "z.pdf", tmp_path)
    expected = _expected(qr_payload(row.number, row.content_sha256))
    assert len(codes) == 2 and all(code == expected for code in codes)  # one image per copy, the same code
    assert sum(map(sum, expected)) > 200
    assert _expected(qr_payload(row.number, "0" * 64)) != expected  # another hash would draw another code
