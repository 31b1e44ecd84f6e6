"""The `station orders` contract end to end, as scripts use it: JSON keys, exit codes, reasons on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from orders_town import INSPECTOR_A, INSPECTOR_B, SUPERVISOR, TOWN_PASSWORD, build_town

from station.cli import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from station.workspace import open_workspace


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("STATION_PASSWORD", TOWN_PASSWORD)  # every town user's, as a script gives it
    path = tmp_path / "s.db"
    ws = open_workspace(path, operator="tester")
    build_town(ws)
    ws.close()
    return str(path)


def run(capsys: pytest.CaptureFixture[str], db: str, who: str, *argv: str) -> tuple[int, str, str]:
    code = main(["orders", *argv, "--db", db, "--operator", who])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_whole_contract_from_new_to_close(db: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, db, INSPECTOR_A, "new", "--kind", "special", "--customer", "3100000001",
                       "--source", "tip-off", "--inspector", INSPECTOR_A, "--inspector", INSPECTOR_B,
                       "--due", "2099-01-31")
    assert code == EXIT_OK
    number = json.loads(out)["number"]
    assert number.startswith("GD")
    assert run(capsys, db, INSPECTOR_A, "submit", number)[0] == EXIT_OK
    code, _, err = run(capsys, db, INSPECTOR_A, "approve", number)
    assert code == EXIT_REJECTED and "所长" in err  # the role matrix, in Chinese
    assert run(capsys, db, SUPERVISOR, "approve", number)[0] == EXIT_OK
    assert run(capsys, db, INSPECTOR_A, "start", number)[0] == EXIT_OK
    code, _, err = run(capsys, db, INSPECTOR_A, "report", number, "--result", "problem", "--signature", "refused")
    assert code == EXIT_REJECTED and "witness" in err
    assert run(capsys, db, INSPECTOR_A, "report", number, "--result", "problem", "--signature", "refused",
               "--witness", "邻居陈")[0] == EXIT_OK
    code, out, _ = run(capsys, db, INSPECTOR_A, "finding", number, "--category", "wiring", "--text", "A相电压断线")
    finding = json.loads(out)["finding"]
    code, _, err = run(capsys, db, INSPECTOR_A, "close", number)
    assert code == EXIT_REJECTED and "finding" in err
    assert run(capsys, db, INSPECTOR_A, "recheck", number, str(finding), "--passed")[0] == EXIT_OK
    code, out, _ = run(capsys, db, INSPECTOR_A, "case", number, "wiring", "--k", "1.5", "--recorded-kwh", "1200",
                       "--price", "0.5283")
    assert code == EXIT_OK
    case = json.loads(out)["case"]
    code, _, err = run(capsys, db, INSPECTOR_B, "approve-case", number, case)
    assert code == EXIT_REJECTED
    assert run(capsys, db, SUPERVISOR, "approve-case", number, case)[0] == EXIT_OK
    assert run(capsys, db, INSPECTOR_A, "serve", number, case)[0] == EXIT_OK
    pdf = tmp_path / "result.pdf"
    assert run(capsys, db, INSPECTOR_A, "notice", number, "--kind", "result", "-o", str(pdf))[0] == EXIT_OK
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run(capsys, db, INSPECTOR_A, "close", number)[0] == EXIT_OK
    code, out, _ = run(capsys, db, INSPECTOR_A, "show", number, "--json")
    shown = json.loads(out)
    assert shown["order"]["status"] == "closed" and shown["cases"][0]["number"] == case
    assert shown["cases"][0]["kwh"] == "600" and [f["status"] for f in shown["findings"]] == ["closed"]
    code, out, _ = run(capsys, db, INSPECTOR_B, "list", "--mine", "--json")
    assert [o["number"] for o in json.loads(out)] == [number]


def test_refusals_exit_3_with_the_reason_and_usage_errors_exit_2(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, db, INSPECTOR_A, "new", "--kind", "theft", "--customer", "3100000001",
                       "--inspector", INSPECTOR_A)
    number = json.loads(out)["number"]
    run(capsys, db, INSPECTOR_A, "submit", number)
    code, _, err = main_lang(capsys, db, SUPERVISOR, "approve", number)
    assert code == EXIT_REJECTED and "two inspectors" in err
    code, _, err = run(capsys, db, INSPECTOR_A, "cancel", number, "--reason", "举报不实")
    assert code == EXIT_OK
    code, _, err = run(capsys, db, INSPECTOR_A, "submit", "GD1999-0001")
    assert code == EXIT_REJECTED and "GD1999-0001" in err
    assert run(capsys, db, INSPECTOR_A, "new", "--kind", "nonsense", "--customer", "1")[0] == EXIT_USAGE
    code, _, err = run(capsys, db, INSPECTOR_A, "case", number, "theft", "--kw", "2")
    assert code == EXIT_USAGE and "--use" in err


def main_lang(capsys: pytest.CaptureFixture[str], db: str, who: str, *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", "orders", *argv, "--db", db, "--operator", who])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_order_of_two_customers_gets_each_result_then_the_report(db: str, capsys: pytest.CaptureFixture[str]
                                                                    ) -> None:
    code, out, _ = run(capsys, db, INSPECTOR_A, "new", "--kind", "periodic", "--customer", "3100000001",
                       "--customer", "3100000002", "--inspector", INSPECTOR_A, "--inspector", INSPECTOR_B)
    number = json.loads(out)["number"]
    for step, who in (("submit", INSPECTOR_A), ("approve", SUPERVISOR), ("start", INSPECTOR_A)):
        assert run(capsys, db, who, step, number)[0] == EXIT_OK
    assert run(capsys, db, INSPECTOR_A, "result", number, "--customer", "3100000001", "--result", "ok",
               "--signature", "signed")[0] == EXIT_OK
    code, _, err = run(capsys, db, INSPECTOR_A, "report", number)
    assert code == EXIT_REJECTED and "3100000002" in err  # the second customer has no result yet
    assert run(capsys, db, INSPECTOR_A, "result", number, "--customer", "3100000002", "--result", "not-met",
               "--signature", "absent")[0] == EXIT_OK
    assert run(capsys, db, INSPECTOR_A, "report", number)[0] == EXIT_OK
    code, out, _ = run(capsys, db, INSPECTOR_A, "show", number, "--json")
    assert [(t["result"], t["signature"]) for t in json.loads(out)["targets"]] == [("ok", "signed"),
                                                                                ("not-met", "absent")]


def test_escalation_follow_up_and_the_evidence_record(db: str, capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    code, out, _ = run(capsys, db, INSPECTOR_A, "new", "--kind", "periodic", "--customer", "3100000001",
                       "--inspector", INSPECTOR_A, "--inspector", INSPECTOR_B)
    number = json.loads(out)["number"]
    run(capsys, db, INSPECTOR_A, "submit", number)
    run(capsys, db, SUPERVISOR, "approve", number)
    run(capsys, db, INSPECTOR_A, "start", number)
    finding = json.loads(run(capsys, db, INSPECTOR_A, "finding", number, "--category", "hazard", "--text",
                             "配电室积水", "--location", "配电室")[1])["finding"]
    pdf = tmp_path / "qz.pdf"
    code, out, _ = run(capsys, db, INSPECTOR_A, "notice", number, "--kind", "evidence", "-o", str(pdf))
    assert code == EXIT_OK and "QZ" in out and pdf.read_bytes().startswith(b"%PDF")
    assert run(capsys, db, INSPECTOR_A, "recheck", number, str(finding), "--passed", "--escalate")[0] == EXIT_USAGE
    code, out, err = run(capsys, db, SUPERVISOR, "follow-up", number, str(finding), "--reason", "派复查")
    assert code == EXIT_REJECTED and "已记录" in err  # not escalated yet: the state says why, in Chinese
    code, out, _ = run(capsys, db, INSPECTOR_A, "recheck", number, str(finding), "--failed", "--escalate", "--json")
    assert code == EXIT_OK and json.loads(out)["status"] == "escalated"
    code, _, err = run(capsys, db, INSPECTOR_A, "follow-up", number, str(finding), "--reason", "派复查")
    assert code == EXIT_REJECTED and "所长" in err
    code, out, _ = run(capsys, db, SUPERVISOR, "follow-up", number, str(finding), "--reason", "两次不合格")
    assert code == EXIT_OK and json.loads(out)["number"] != number
    code, out, _ = run(capsys, db, INSPECTOR_A, "show", json.loads(out)["number"], "--json")
    assert json.loads(out)["order"]["kind"] == "hazard-recheck" and json.loads(out)["order"]["source"] == "escalation"
