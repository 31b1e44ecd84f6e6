"""月结 on SQLite and PostgreSQL: close with its checklist, a closed month refusing imports and completions,
amendments booked in an open month, reopening a supervisor's with a reason (issue 12)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.schema import AuditLog, MonthlyAmendment, MonthlyConsumption, PeriodLock
from station import actions
from station.cli import main
from station.domain.periods import MONTH_CLOSED
from station.domain.problems import Rejected
from station.imports import apply_import, preview_customers
from station.month import require_open
from station.month.checklist import BLOCKING, CHECKS, NOTED, CheckResult, check
from station.workspace import Workspace

CUSTOMERS = "户号,户名,用电类别,电压等级,台区编号,台区名称\n" + "".join(
    f"{3500000000 + i},客户{i},居民生活,220V,T{i % 2:02d},{i % 2}号台区\n" for i in range(6))


def readings(path: Path, month: str, bump: float = 0.0, skip: int = 0) -> Path:
    lines = ["户号,年月,电量"] + [f"{3500000000 + i},{month},{100 + i + bump}" for i in range(skip, 6)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def supply(path: Path, month: str) -> Path:
    path.write_text(f"台区编号,年月,供电量\nT00,{month},900\nT01,{month},800\n", encoding="utf-8")
    return path


@pytest.fixture
def ws(any_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    monkeypatch.setenv("STATION_PASSWORD", "pw-1234")  # every user's: the CLI logs in as a script does
    path = tmp_path / "customers.csv"
    path.write_text(CUSTOMERS, encoding="utf-8")
    with any_workspace.sessions.begin() as s:
        apply_import(s, preview_customers(s, path), any_workspace.operator)
    actions.add_user(any_workspace, "adm", "admin", password="pw-1234")  # the first; the admin adds the rest
    admin = dataclasses.replace(any_workspace, operator="adm")
    for name, role in (("boss", "supervisor"), ("clerk1", "clerk"), ("meter1", "metering")):
        actions.add_user(admin, name, role, password="pw-1234")
    any_workspace.operator = "boss"
    actions.import_file(any_workspace, "readings", readings(tmp_path / "r.csv", "2025-03"))
    actions.import_file(any_workspace, "supply", supply(tmp_path / "s.csv", "2025-03"))
    return any_workspace


def test_close_then_an_import_carrying_the_month_is_refused_whole(ws: Workspace, tmp_path: Path) -> None:
    result = actions.close_month(ws, "2025-03")
    assert result.closed and result.backup and Path(result.backup).is_file()  # the backup before the close
    assert {i.key: i.outcome for i in result.items}["readings"] == "passed"
    with ws.sessions() as s:
        row = s.get(PeriodLock, 202503)
        assert row is not None and row.status == "closed" and row.closed_by == "boss"
    # A file with 2025-03 and an open month: nothing of it is written, the reason names the month.
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("户号,年月,电量\n3500000000,2025-03,999\n3500000001,2025-04,5\n", encoding="utf-8")
    with pytest.raises(Rejected) as caught:
        actions.import_file(ws, "readings", mixed)
    assert [p.code for p in caught.value.problems] == [MONTH_CLOSED]
    assert "2025-03" in str(caught.value.problems[0].message)
    with ws.sessions() as s:
        assert s.scalar(select(func.count()).select_from(MonthlyConsumption)
                        .where(MonthlyConsumption.month == 202504)) == 0
    with pytest.raises(Rejected):
        actions.import_file(ws, "supply", supply(tmp_path / "s2.csv", "2025-03"))
    # The CLI: exit 3 with the month on stderr.
    assert main(["import", "readings", str(mixed), "--db", _db(ws), "--operator", "boss"]) == 3


def _db(ws: Workspace) -> str:
    return ws.engine.url.render_as_string(hide_password=False)


def test_a_completion_dated_in_a_closed_month_is_refused(ws: Workspace) -> None:
    actions.close_month(ws, "2025-03", backup=False)
    with ws.sessions() as s:
        require_open(s, dt.date(2025, 4, 1), "visit")  # an open month: nothing said
        with pytest.raises(Rejected) as caught:
            require_open(s, dt.date(2025, 3, 31), "visit")
    assert caught.value.problems[0].code == MONTH_CLOSED
    with ws.sessions() as s:
        customer_id = s.scalar(select(func.min(MonthlyConsumption.customer_id)))
    with pytest.raises(Rejected) as caught:
        actions.record_completion(ws, "inspection", customer_id, dt.date(2025, 3, 15), result="normal")
    assert [p.code for p in caught.value.problems] == [MONTH_CLOSED]


def test_amendment_in_an_open_month_points_to_the_original(ws: Workspace, tmp_path: Path) -> None:
    actions.close_month(ws, "2025-03", backup=False)
    with ws.sessions() as s:
        before = dict(s.execute(select(MonthlyConsumption.id, MonthlyConsumption.kwh)
                                .where(MonthlyConsumption.month == 202503)).all())
    done = actions.import_file(ws, "readings", readings(tmp_path / "fix.csv", "2025-03", bump=10, skip=3),
                               correction=True)
    assert done.written
    with ws.sessions() as s:
        after = dict(s.execute(select(MonthlyConsumption.id, MonthlyConsumption.kwh)
                               .where(MonthlyConsumption.month == 202503)).all())
        rows = s.scalars(select(MonthlyAmendment).order_by(MonthlyAmendment.owner_id)).all()
        assert after == before  # the closed month keeps its values
        assert len(rows) == 3
        for a in rows:
            assert a.month == 202503 and a.original_id in before and a.original_kwh == before[a.original_id]
            assert a.corrected_kwh == a.original_kwh + 10 and a.delta_kwh == 10
            today = dt.date.today()
            assert a.booked_month == today.year * 100 + today.month
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "amend")) == 1


def test_blocking_items_stop_the_close_and_an_override_is_per_item(ws: Workspace) -> None:
    result = actions.close_month(ws, "2025-05", backup=False)  # no readings, no supply in 2025-05
    assert not result.closed
    assert {i.key for i in result.blocking} == {"readings", "supply"}
    with ws.sessions() as s:  # back to open, not left closing
        assert s.get(PeriodLock, 202505).status == "open"  # type: ignore[union-attr]
    assert actions.load_months(ws) == []
    accepted = actions.close_month(ws, "2025-05", accept=frozenset({"readings", "supply"}), backup=False)
    assert accepted.closed and {i.outcome for i in accepted.items if i.key == "readings"} == {"accepted"}
    future = dt.date.today() + dt.timedelta(days=40)
    refused = actions.close_month(ws, future, accept=frozenset({"month_ended", "readings", "supply"}), backup=False)
    assert not refused.closed and [i.key for i in refused.blocking] == ["month_ended"]  # never overridden


def test_a_registered_check_joins_the_checklist(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(CHECKS, "demo", CHECKS["readings"])  # restored after the test
    calls = []

    @check("demo", "A check added after the merge")
    def _demo(_s: object, month: int) -> CheckResult:
        calls.append(month)
        from station.i18n import msg

        return CheckResult(NOTED if month % 2 else BLOCKING, msg("x"))

    items = actions.load_checklist(ws, "2025-03")
    assert items[-1].key == "demo" and items[-1].outcome == NOTED and calls == [202503]


def test_reopen_is_a_supervisors_with_a_reason(ws: Workspace, tmp_path: Path) -> None:
    actions.close_month(ws, "2025-03", backup=False)
    for who in ("adm", "clerk1", "meter1"):
        ws.operator = who
        with pytest.raises(Rejected) as caught:
            actions.reopen_month(ws, "2025-03", "a wrong file")
        assert caught.value.problems[0].code == "not_allowed"
        with pytest.raises(Rejected):
            actions.close_month(ws, "2025-04", backup=False)
    ws.operator = "boss"
    with pytest.raises(Rejected) as caught:
        actions.reopen_month(ws, "2025-03", "  ")
    assert caught.value.problems[0].code == "required"
    row = actions.reopen_month(ws, "2025-03", "the collection system re-sent March")
    assert row.status == "open" and row.reopened_by == "boss"
    with ws.sessions() as s:
        log = s.scalars(select(AuditLog).where(AuditLog.entity == "month", AuditLog.action == "reopen")).one()
        assert log.operator == "boss" and json.loads(log.after or "{}")["reason"].startswith("the collection")
    assert actions.import_file(ws, "readings", readings(tmp_path / "again.csv", "2025-03", bump=1)).written


def test_month_cli_close_status_reopen(ws: Workspace, capsys: pytest.CaptureFixture[str]) -> None:
    db = _db(ws)
    assert main(["month", "close", "2025-05", "--db", db, "--operator", "boss"]) == 3  # blocking: no readings
    assert "readings" in capsys.readouterr().err
    assert main(["month", "close", "2025-03", "--db", db, "--operator", "boss", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["closed"] and out["backup"]
    assert main(["month", "status", "--db", db, "--operator", "clerk1", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)["months"][0]
    assert (first["month"], first["status"], first["closed_by"]) == ("2025-03", "closed", "boss")
    assert main(["month", "reopen", "2025-03", "--reason", "x", "--db", db, "--operator", "adm"]) == 3
    assert main(["month", "reopen", "2025-03", "--reason", "re-sent", "--db", db, "--operator", "boss"]) == 0
