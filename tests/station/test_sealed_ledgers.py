"""Sealed ledgers (issue 11): a printed ledger carries its number and digest; paper is checked against the
database later, naming the rows changed, added or removed since it was printed."""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from db.schema import Customer, TransformerArea
from station import actions
from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, main
from station.reports.seal import Seal, read_seal
from station.workspace import Workspace


def _ledger(ws: Workspace) -> None:
    with ws.sessions.begin() as s:
        area = TransformerArea(code="TQ01", name="城关1号台区", transformer_kva=Decimal(400))
        s.add(area)
        s.flush()
        s.add_all(Customer(account_no=f"33000000{i:02d}", name=f"客户{i}", tariff_category="居民生活",
                           voltage_level="220V", contract_capacity_kva=Decimal(8), area_id=area.id, status="active")
                  for i in range(1, 6))


def test_an_untouched_ledger_matches_and_each_kind_of_change_is_named(any_workspace: Workspace,
                                                                     tmp_path: Path) -> None:
    _ledger(any_workspace)
    pdf = tmp_path / "客户台账.pdf"
    actions.print_ledger(any_workspace, "customers", pdf)
    seal = read_seal(pdf)
    assert seal is not None and seal.doc_no.startswith("KH")
    first = actions.verify_printed(any_workspace, pdf)
    assert first is not None and first.matches and first.genuine
    with any_workspace.sessions.begin() as s:
        s.execute(update(Customer).where(Customer.account_no == "3300000002").values(phone="13900000000"))
        s.execute(update(Customer).where(Customer.account_no == "3300000004").values(status="closed"))
        s.add(Customer(account_no="3300000009", name="新户", tariff_category="居民生活", voltage_level="220V",
                       contract_capacity_kva=Decimal(4), area_id=s.query(TransformerArea.id).scalar(),
                       status="active"))
    after = actions.verify_printed(any_workspace, pdf)
    assert after is not None and not after.matches
    # a closed account leaves the ledger of customers in force: it is a row removed since the paper
    assert (after.changed, after.added, after.removed) == (("3300000002",), ("3300000009",), ("3300000004",))


def test_a_forged_or_unknown_seal_is_not_taken_for_the_paper(any_workspace: Workspace, tmp_path: Path) -> None:
    _ledger(any_workspace)
    pdf = tmp_path / "l.pdf"
    actions.print_ledger(any_workspace, "customers", pdf)
    seal = read_seal(pdf)
    assert seal is not None
    forged = dataclasses.replace(seal, digest="0" * 64)
    result = actions.verify_printed(any_workspace, forged.payload)
    assert result is not None and result.known and not result.genuine and not result.matches
    unknown = actions.verify_printed(any_workspace, Seal("KH2026-999999", seal.digest).payload)
    assert unknown is not None and not unknown.known
    second = tmp_path / "again.pdf"
    actions.print_ledger(any_workspace, "customers", second)
    assert read_seal(second).doc_no != seal.doc_no  # every print its own number


def test_an_unsealed_pdf_says_so(workspace: Workspace, tmp_path: Path) -> None:
    _ledger(workspace)
    other = tmp_path / "list.pdf"
    actions.write_inspection_list(workspace, [], other, month="2026-10")  # the 稽查清单 is a worksheet, not sealed
    assert actions.verify_printed(workspace, other) is None
    (tmp_path / "not.pdf").write_bytes(b"not a pdf")
    assert actions.verify_printed(workspace, tmp_path / "not.pdf") is None


def test_the_cli_verify_exit_codes(workspace: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _ledger(workspace)
    db, pdf = str(workspace.file), tmp_path / "a.pdf"
    assert main(["report", "assets", "-o", str(pdf), "--db", db]) == EXIT_OK
    assert main(["verify", str(pdf), "--db", db]) == EXIT_OK
    assert "与数据库一致" in capsys.readouterr().out  # "matches the database", Chinese by default
    assert main(["report", "customers", "-o", str(pdf), "--db", db]) == EXIT_OK
    with workspace.sessions.begin() as s:
        s.execute(update(Customer).where(Customer.account_no == "3300000001").values(name="改名"))
    assert main(["verify", str(pdf), "--db", db, "--json"]) == EXIT_REJECTED
    out = capsys.readouterr().out
    assert json.loads(out[out.index("{"):])["changed"] == ["3300000001"]
    assert main(["verify", str(tmp_path / "missing.pdf"), "--db", db]) == EXIT_FAILED
