"""The working-day calendar: seeded with the State Council's 2025 and 2026 notices, kept by a supervisor,
counted by the one deadline function (station.due.add_working_days) — on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from db.schema import AuditLog
from station import actions
from station.domain.problems import Rejected
from station.domain.roles import NOT_ALLOWED
from station.due import add_working_days
from station.holidays import HOLIDAY, SEED, WORKDAY, WorkCalendar
from station.workspace import Workspace
from tests.station.registered import set_up_users

D = dt.date


def _calendar() -> WorkCalendar:
    return WorkCalendar(frozenset(D.fromisoformat(d) for d, k, _n, _s in SEED if k == HOLIDAY),
                        frozenset(D.fromisoformat(d) for d, k, _n, _s in SEED if k == WORKDAY))


def test_the_seed_follows_the_notices() -> None:
    cal = _calendar()
    # 2026 国庆节 10月1日—7日, 9月20日（周日）、10月10日（周六）上班; 春节 2月15日—23日 (9 days).
    assert all(D(2026, 10, d) in cal.holidays for d in range(1, 8)) and D(2026, 10, 8) not in cal.holidays
    assert {D(2026, 9, 20), D(2026, 10, 10), D(2026, 2, 14), D(2026, 2, 28), D(2026, 1, 4), D(2026, 5, 9)} \
        <= cal.workdays
    assert sum(1 for d in cal.holidays if D(2026, 2, 15) <= d <= D(2026, 2, 23)) == 9
    # 2025: 国庆节、中秋节 10月1日—8日, 9月28日（周日）、10月11日（周六）上班.
    assert D(2025, 10, 8) in cal.holidays and {D(2025, 9, 28), D(2025, 10, 11)} <= cal.workdays
    assert all(d.weekday() >= 5 for d in cal.workdays)  # every 调休上班 day is a weekend day
    assert len(cal.holidays) == 28 + 33 and len(cal.workdays) == 5 + 6


def test_a_deadline_across_national_day_2026() -> None:
    cal = _calendar()
    # Found Wednesday 30 Sep 2026: 3 working days are 8, 9 Oct and Saturday 10 Oct (调休上班).
    assert add_working_days(D(2026, 9, 30), 3, cal) == D(2026, 10, 10)
    assert add_working_days(D(2026, 9, 30), 3) == D(2026, 10, 5)  # Monday–Friday only: inside the holiday
    assert add_working_days(D(2026, 10, 3), 1, cal) == D(2026, 10, 9)  # a holiday rolls forward to 8 Oct first


def test_a_deadline_across_an_adjusted_saturday() -> None:
    cal = _calendar()
    # Thursday 7 May 2026 + 2 working days: Friday 8 May, then Saturday 9 May (调休上班).
    assert add_working_days(D(2026, 5, 7), 2, cal) == D(2026, 5, 9)
    assert add_working_days(D(2026, 5, 7), 2) == D(2026, 5, 11)
    # Found on the working Saturday itself: it counts as a working day.
    assert add_working_days(D(2026, 2, 28), 1, cal) == D(2026, 3, 2)


def test_the_finding_deadline_counts_the_calendar(any_workspace: Workspace) -> None:
    from station.orders.findings import deadline
    from station.rule_settings.store import load_rules

    with any_workspace.sessions() as s:
        from station.holidays import load_calendar

        rules, cal = load_rules(s), load_calendar(s)
    by, source = deadline(rules, "faulty-meter", D(2026, 9, 30), cal)
    assert by == D(2026, 10, 10) and "3个工作日（已计节假日）" in source
    assert deadline(rules, "faulty-meter", D(2026, 9, 30))[0] == D(2026, 10, 5)


def test_a_supervisor_keeps_the_calendar_and_it_is_audited(any_workspace: Workspace) -> None:
    set_up_users(any_workspace, ("营业员", "clerk"))
    supervisor = dataclasses.replace(any_workspace, operator="所长")
    clerk = dataclasses.replace(any_workspace, operator="营业员")
    assert len(actions.load_holidays(supervisor, 2026)) == 33 + 6
    with pytest.raises(Rejected) as refused:
        actions.set_holiday(clerk, D(2027, 1, 1), "holiday", "元旦")
    assert [p.code for p in refused.value.problems] == [NOT_ALLOWED]
    with pytest.raises(Rejected) as refused:  # a 调休 working day on a weekday, and no name
        actions.set_holiday(supervisor, D(2027, 1, 4), "workday", " ")
    assert sorted(p.field for p in refused.value.problems) == ["day", "name"]
    row = actions.set_holiday(supervisor, D(2027, 1, 1), "holiday", "元旦", "国务院办公厅通知")
    assert (row.day, row.kind, row.updated_by) == (D(2027, 1, 1), HOLIDAY, "所长")
    actions.set_holiday(supervisor, D(2026, 12, 26), "workday", "测试调休")
    with any_workspace.sessions() as s:
        from station.holidays import load_calendar

        cal = load_calendar(s)
    assert add_working_days(D(2026, 12, 31), 1, cal) == D(2027, 1, 4)
    assert add_working_days(D(2026, 12, 25), 1, cal) == D(2026, 12, 26)
    actions.remove_holiday(supervisor, D(2026, 12, 26))
    with pytest.raises(Rejected) as refused:
        actions.remove_holiday(supervisor, D(2026, 12, 26))
    assert [p.code for p in refused.value.problems] == ["unknown"]
    with any_workspace.sessions() as s:
        audited = s.execute(select(AuditLog.action, AuditLog.operator).where(AuditLog.entity == "holiday")
                            .order_by(AuditLog.id)).all()
    assert audited == [("create", "所长"), ("create", "所长"), ("delete", "所长")]


def test_the_cli_lists_adds_and_removes(workspace: Workspace, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from station.cli import main

    path = str(workspace.engine.url.database)
    workspace.close()
    assert main(["holidays", "list", "--db", path, "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert "2026-10-10" in out and "国庆节调休上班" in out and "调休上班日" in out  # the kind in words, Chinese by default
    assert main(["holidays", "add", "2027-10-01", "--name", "国庆节", "--db", path]) == 0
    assert main(["holidays", "add", "2027-10-04", "--kind", "workday", "--name", "x", "--db", path]) == 3
    assert "周六或周日" in capsys.readouterr().err
    assert main(["holidays", "remove", "2027-10-01", "--db", path]) == 0


def test_a_database_at_head_holds_the_modules_seed(any_workspace: Workspace) -> None:
    """Migration 0020 keeps a frozen copy of SEED: a later change to the seed comes with its own migration."""
    from station.holidays import holiday_rows

    with any_workspace.sessions() as s:
        stored = [(r.day.isoformat(), r.kind, r.name, r.source) for r in holiday_rows(s)]
    assert stored == sorted(SEED)
