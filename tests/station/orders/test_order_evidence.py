"""The 现场检查（取证）记录 as an issued notice: its content (time, place, inspectors with 检查证, customer,
meter, readings and seals as recorded, findings, evidence with hashes, signature and witness), its QR code
and hash, reprinted byte for byte; issuing it satisfies the evidence rule's record (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from orders_town import Town
from sqlalchemy import select
from test_order_notices import _expected, _qr_images

from db.schema import Notice
from station import actions
from station.domain.problems import Rejected
from station.orders import states
from station.orders.notices import content_hash, qr_payload
from station.orders.rows import FindingDraft, TargetResult


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_the_evidence_record_prints_what_was_found_and_satisfies_the_rule(town: Town, tmp_path: Path) -> None:
    number = town.on_site("theft", accounts=("3100000003",))
    finding = actions.add_finding(town.inspector, number, FindingDraft("theft", "电流互感器二次侧短接"))
    photo = tmp_path / "互感器二次侧.jpg"
    photo.write_bytes(b"\xff\xd8\xff the shorted CT secondary")
    seal = tmp_path / "封印.jpg"
    seal.write_bytes(b"\xff\xd8\xff seals")
    reading = tmp_path / "示数.jpg"
    reading.write_bytes(b"\xff\xd8\xff register")
    shot = actions.attach_file(town.inspector, number, photo)
    actions.attach_file(town.inspector, number, seal, "seal", note="封前 A00123 封后 A00456")
    actions.attach_file(town.inspector, number, reading, "reading", note="正向有功 01234.56")
    actions.report_order(town.inspector, number, [TargetResult(None, "problem", "refused", "村委会王主任")])
    with pytest.raises(Rejected) as refused:  # the photo is there, the record is not
        actions.close_order(town.inspector, number)
    assert [p.value for p in refused.value.problems if p.code == states.EVIDENCE] == ["evidence-record"]

    out = tmp_path / "evidence.pdf"
    row = actions.issue_notice(town.inspector, number, "evidence", out)
    assert row.number.startswith("QZ") and row.kind == "evidence"
    text = _text(out)
    for expected in ("现场检查（取证）记录", row.number, number, "JC-2024-0117", "JC-2024-0118", "恒达机械厂",
                     "3100000003", town.meter_no, "0.5S", "封前 A00123 封后 A00456", "正向有功 01234.56",
                     "电流互感器二次侧短接", shot.sha256[:16], "拒签", "村委会王主任", "第一联（客户留存）",
                     "第二联（供电所存档）", row.content_sha256[:32]):
        assert expected in text, expected
    with town.ws.sessions() as s:
        stored = s.scalars(select(Notice).where(Notice.number == row.number)).one()
    content = json.loads(stored.content)
    assert content["record"]["seals"] == ["封前 A00123 封后 A00456（封印.jpg）"]
    assert [m["asset_no"] for m in content["record"]["meters"]] == [town.meter_no]
    assert content_hash(stored.content) == stored.content_sha256 == row.content_sha256
    assert hashlib.sha256(out.read_bytes()).hexdigest() == row.pdf_sha256 == stored.pdf_sha256
    codes = _qr_images(out, tmp_path)
    assert codes and all(c == _expected(qr_payload(row.number, row.content_sha256)) for c in codes)
    again = tmp_path / "again.pdf"
    actions.reprint_notice(town.inspector, row.number, again)
    assert again.read_bytes() == out.read_bytes()
    # Issued, the record stands for the evidence-record attachment: with the photo, the order closes.
    actions.recheck_finding(town.inspector, number, finding.id, True, note="已恢复正确接线")
    steps = {s.action: s for s in actions.load_order(town.inspector, number).steps}
    assert steps["close"].allowed
    assert actions.close_order(town.inspector, number).status == states.CLOSED


def test_no_evidence_record_before_the_visit(town: Town, tmp_path: Path) -> None:
    number = town.order("theft")
    with pytest.raises(Rejected) as refused:
        actions.issue_notice(town.inspector, number, "evidence", tmp_path / "e.pdf")
    assert refused.value.problems[0].code == states.NOT_NOW and not (tmp_path / "e.pdf").exists()
