"""`station audit tickets …` (issue 11): the CLI contract — Chinese by default, --json, exit 3 on a refusal."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from db.schema import TransformerArea
from station.cli import EXIT_OK, EXIT_REJECTED, main
from station.workspace import Workspace
from tests.station.registered import TEST_PASSWORD, set_up_users


@pytest.fixture
def db(workspace: Workspace, monkeypatch: pytest.MonkeyPatch) -> str:
    set_up_users(workspace, ("王强", "metering"), ("李军", "inspector"))
    with workspace.sessions.begin() as s:
        s.add(TransformerArea(code="TQ01", name="城关1号台区", transformer_kva=Decimal(400)))
    monkeypatch.setenv("STATION_PASSWORD", TEST_PASSWORD)
    return str(workspace.file)


def _cli(capsys: pytest.CaptureFixture[str], who: str, db: str, *argv: str) -> tuple[int, str, str]:
    code = main(["audit", *argv, "--db", db, "--operator", who])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_run_then_raise_assign_reply_return_verify_close(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _cli(capsys, "所长", db, "run", "--rule", "area_gateway", "--json")
    data = json.loads(out)
    (hit,) = data["checks"][0]["hits"]
    assert code == EXIT_OK and hit["finding"] and data["recorded"]["opened"] == 1
    code, out, _ = _cli(capsys, "所长", db, "run", "--rule", "area_gateway")
    assert code == EXIT_OK and "新增 0" in out  # Chinese by default; the rerun opened nothing
    code, out, _ = _cli(capsys, "所长", db, "tickets", "raise", "--finding", str(hit["finding"]), "--json")
    (ticket,) = json.loads(out)
    number = ticket["number"]
    assert code == EXIT_OK and ticket["state"] == "received" and ticket["state_name"] == "已接收"
    steps = [("所长", "assign", "--to", "王强"), ("王强", "start"),
             ("王强", "reply", "--result", "no-error", "--text", "关口表在档"),
             ("所长", "return", "--reason", "附关口表资产编号"),
             ("王强", "reply", "--result", "corrected", "--text", "已补录关口表 G01"),
             ("所长", "verify", "--verdict", "confirmed", "--liable", "陈静"), ("所长", "close")]
    for who, action, *rest in steps:
        code, out, err = _cli(capsys, who, db, "tickets", action, number, *rest)
        assert code == EXIT_OK, err
    code, out, _ = _cli(capsys, "所长", db, "tickets", "show", number, "--json")
    shown = json.loads(out)
    assert (shown["state"], shown["rounds"], shown["verdict"]) == ("closed", 2, "confirmed")
    assert [h["action"] for h in shown["history"]][-2:] == ["verify", "close"] and shown["steps"] == []
    code, out, _ = _cli(capsys, "所长", db, "tickets", "list")
    assert code == EXIT_OK and number in out and "已关闭" in out


def test_a_refusal_exits_3_with_every_reason_in_chinese(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = _cli(capsys, "所长", db, "run", "--json")
    finding = next(h["finding"] for c in json.loads(out)["checks"] for h in c["hits"])
    code, out, err = _cli(capsys, "李军", db, "tickets", "raise", "--finding", str(finding))
    assert code == EXIT_REJECTED and "role" in err
    _code, out, _ = _cli(capsys, "所长", db, "tickets", "raise", "--finding", str(finding), "--to", "王强")
    number = out.split()[0]
    code, _out, err = _cli(capsys, "李军", db, "tickets", "start", number)
    assert code == EXIT_REJECTED and "王强" in err and "责任人" in err
    code, _out, err = _cli(capsys, "所长", db, "tickets", "close", number)
    assert code == EXIT_REJECTED and "finding:" in err
    code, out, _ = _cli(capsys, "王强", db, "tickets", "list", "--mine", "--json")
    assert [t["number"] for t in json.loads(out)] == [number]
    code, out, _ = _cli(capsys, "所长", db, "tickets", "list", "--overdue", "--json")
    assert json.loads(out) == []
    assert main(["audit", "tickets", "reply", number, "--result", "nonsense", "--text", "x", "--db", db]) == 2


def test_order_raises_the_tickets_work_order_once(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, _ = _cli(capsys, "所长", db, "run", "--rule", "area_gateway", "--json")
    (hit,) = json.loads(out)["checks"][0]["hits"]
    _code, out, _ = _cli(capsys, "所长", db, "tickets", "raise", "--finding", str(hit["finding"]))
    number = out.split()[0]
    code, out, err = _cli(capsys, "所长", db, "tickets", "order", number, "--kind", "special", "--version", "1")
    assert code == EXIT_OK, err
    assert out.startswith(f"{number}：工单 ")  # Chinese by default
    order = out.split()[-1]
    code, out, _ = _cli(capsys, "所长", db, "tickets", "show", number, "--json")
    assert json.loads(out)["order"] == order
    code, out, _ = capsys_main(capsys, ["orders", "show", order, "--json", "--db", db, "--operator", "所长"])
    shown = json.loads(out)
    assert code == EXIT_OK and shown["order"]["number"] == order and shown["order"]["kind"] == "special"
    code, out, err = _cli(capsys, "所长", db, "tickets", "order", number, "--lang", "en")
    assert code == EXIT_REJECTED and out == "" and "already has its work order" in err


def capsys_main(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err
