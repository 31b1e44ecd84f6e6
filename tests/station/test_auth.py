"""Logging in (issue 12): scrypt hashes, lockout and its end, service accounts, the first administrator,
the role matrix enforced through the actions and the CLI, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from db.schema import AuditLog, User
from station import actions
from station.auth import LOCKED, NO_PASSWORD, WRONG_LOGIN, WRONG_METHOD, hash_secret, verify_secret
from station.cli import EXIT_FAILED, EXIT_OK, EXIT_REJECTED, main
from station.customers import CustomerDraft
from station.domain.problems import Rejected
from station.domain.roles import NOT_ALLOWED
from station.workspace import Workspace

PEOPLE = {"adm": "admin", "boss": "supervisor", "clerk": "clerk", "meter": "metering", "insp": "inspector"}
NOW = dt.datetime(2026, 12, 2, 9, 0)


@pytest.fixture
def station(any_workspace: Workspace) -> Iterator[Workspace]:
    """A set-up station: its administrator (first start) and one user of every role, password NAME-pw."""
    ws = any_workspace
    actions.create_first_admin(ws, "adm", "adm-pw")
    for name, role in PEOPLE.items():
        if name != "adm":
            actions.add_user(ws, name, role, password=f"{name}-pw")
    actions.add_user(ws, "nopw", "clerk")
    actions.add_user(ws, "svc", "service", password="k" * 64)
    yield ws


def as_user(ws: Workspace, name: str) -> Workspace:
    other = dataclasses.replace(ws, operator="?", role=None)
    actions.login(other, name, f"{name}-pw")
    return other


def refusal(exc: pytest.ExceptionInfo[Rejected]) -> str:
    return exc.value.problems[0].code


def audits(ws: Workspace, action: str) -> list[AuditLog]:
    with ws.sessions() as s:
        return list(s.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))


def test_a_hash_carries_its_salt_and_parameters() -> None:
    stored = hash_secret("geheim")
    scheme, n, r, p, _salt, _hash = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1") and len(stored) <= 200
    assert verify_secret("geheim", stored) and not verify_secret("Geheim", stored)
    assert hash_secret("geheim") != stored  # a fresh salt each time
    assert not verify_secret("geheim", None) and not verify_secret("geheim", "md5$abc")


def test_login_sets_the_workspaces_user_and_role(station: Workspace) -> None:
    ws = dataclasses.replace(station, operator="typed-in", role=None)
    row = actions.login(ws, "clerk", "clerk-pw")
    assert (ws.operator, ws.role, row.role) == ("clerk", "clerk", "clerk")


def test_wrong_passwords_lock_the_account_until_the_time_has_passed(station: Workspace) -> None:
    ws = dataclasses.replace(station)
    for _ in range(4):
        with pytest.raises(Rejected) as wrong:
            actions.login(ws, "clerk", "nope", now=NOW)
        assert refusal(wrong) == WRONG_LOGIN
    with pytest.raises(Rejected) as locked:  # the fifth (auth.max_failed_logins) locks for 15 minutes
        actions.login(ws, "clerk", "nope", now=NOW)
    assert refusal(locked) == LOCKED and "09:15" in locked.value.problems[0].message.in_language("en")
    with pytest.raises(Rejected) as still:  # even the right password waits for the lock to end
        actions.login(ws, "clerk", "clerk-pw", now=NOW + dt.timedelta(minutes=14))
    assert refusal(still) == LOCKED
    assert [a.operator for a in audits(ws, "login_failed")] == ["clerk"] * 5
    assert len(audits(ws, "locked")) == 1
    assert actions.login(ws, "clerk", "clerk-pw", now=NOW + dt.timedelta(minutes=16)).name == "clerk"
    with ws.sessions() as s:
        user = s.scalar(select(User).where(User.name == "clerk"))
        assert user is not None and (user.failed_logins, user.locked_until) == (0, None)


def test_the_lockout_follows_its_rule_settings(station: Workspace) -> None:
    boss = as_user(station, "boss")
    actions.set_rule(boss, "auth.max_failed_logins", 2)
    actions.set_rule(boss, "auth.lockout_minutes", 60)
    with pytest.raises(Rejected):
        actions.login(boss, "meter", "x", now=NOW)
    with pytest.raises(Rejected) as locked:
        actions.login(boss, "meter", "x", now=NOW)
    assert refusal(locked) == LOCKED and "10:00" in locked.value.problems[0].message.in_language("en")


def test_an_admin_sets_a_password_and_so_unlocks(station: Workspace) -> None:
    for _ in range(5):
        with pytest.raises(Rejected):
            actions.login(station, "insp", "x")
    actions.set_password(as_user(station, "adm"), "insp", "new-pw")
    assert actions.login(dataclasses.replace(station), "insp", "new-pw").name == "insp"
    with pytest.raises(Rejected) as other:  # a user sets their own password only
        actions.set_password(as_user(station, "clerk"), "meter", "hijack")
    assert refusal(other) == NOT_ALLOWED
    actions.set_password(as_user(station, "clerk"), "clerk", "clerk-new")
    assert actions.login(dataclasses.replace(station), "clerk", "clerk-new").name == "clerk"


def test_no_password_unknown_name_disabled_and_service_accounts(station: Workspace) -> None:
    ws = dataclasses.replace(station)
    with pytest.raises(Rejected) as none:
        actions.login(ws, "nopw", "")
    assert refusal(none) == NO_PASSWORD
    with pytest.raises(Rejected) as unknown:
        actions.login(ws, "nobody", "x")
    assert refusal(unknown) == WRONG_LOGIN  # the same answer as a wrong password: names are not told
    actions.set_user_active(as_user(station, "adm"), "meter", False)
    with pytest.raises(Rejected):
        actions.login(ws, "meter", "meter-pw")
    with pytest.raises(Rejected) as method:
        actions.login(ws, "svc", "k" * 64)  # a service account's key is no password
    assert refusal(method) == WRONG_METHOD
    actions.login(ws, "svc", "k" * 64, key=True)
    assert ws.role == "service"


def test_the_last_administrator_cannot_be_disabled(station: Workspace) -> None:
    with pytest.raises(Rejected) as last:
        actions.set_user_active(as_user(station, "adm"), "adm", False)
    assert refusal(last) == "last_admin"


def test_the_first_start_creates_the_administrator_once(any_workspace: Workspace) -> None:
    ws = any_workspace
    assert not actions.station_has_users(ws)
    with pytest.raises(Rejected) as first:
        actions.add_user(ws, "clerk", "clerk")
    assert refusal(first) == "first_admin"
    with pytest.raises(Rejected):
        actions.create_first_admin(ws, "adm", "abc")  # too short
    actions.create_first_admin(ws, "adm", "adm-pw")
    assert (ws.operator, ws.role) == ("adm", "admin") and actions.station_has_users(ws)
    with pytest.raises(Rejected):
        actions.create_first_admin(ws, "adm2", "adm2-pw")


def _draft() -> CustomerDraft:
    return CustomerDraft(account_no="3400000001", name="王五", tariff_category="居民生活", voltage_level="220V")


def test_the_matrix_is_enforced_through_the_actions(station: Workspace, tmp_path: Path) -> None:
    clerk, meter, insp, adm, boss = (as_user(station, n) for n in ("clerk", "meter", "insp", "adm", "boss"))
    cases = [
        (lambda: actions.install_asset(clerk, 1, 1, dt.date(2026, 1, 5), Decimal(0))),  # a clerk installs no meter
        (lambda: actions.set_rule(insp, "scan.zero_months", 4)),  # an inspector edits no rule
        (lambda: actions.create_customer(adm, _draft())),  # the admin keeps no customer ledger
        (lambda: actions.create_customer(meter, _draft())),
        (lambda: actions.record_completion(clerk, "onsite", 1, dt.date(2026, 1, 5))),
        (lambda: actions.add_code_value(insp, "industry", "X1", "试")),
        (lambda: actions.add_user(boss, "x", "clerk")),  # a supervisor manages no users
        (lambda: actions.import_file(insp, "assets", tmp_path / "none.csv")),
        (lambda: actions.save_station_settings(clerk, {"station.name": "X"})),
    ]
    for case in cases:
        with pytest.raises(Rejected) as refused:
            case()
        assert refusal(refused) == NOT_ALLOWED
    assert actions.create_customer(clerk, _draft()).account_no == "3400000001"
    assert actions.set_rule(boss, "scan.zero_months", 4).value == 4
    svc = dataclasses.replace(station)
    actions.login(svc, "svc", "k" * 64, key=True)
    with pytest.raises(Rejected):
        actions.update_customer(svc, 1, _draft())
    assert actions.export_ledger(svc, "customers", tmp_path / "c.csv") == 1  # the scheduler may export
    with pytest.raises(Rejected):
        actions.create_customer(dataclasses.replace(station, operator="somebody"), _draft())


def _db(ws: Workspace) -> str:
    return ws.engine.url.render_as_string(hide_password=False)


def test_the_cli_logs_in_refuses_and_tells_the_reason(
    station: Workspace, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = _db(station)
    monkeypatch.setenv("STATION_PASSWORD", "clerk-pw")
    out = tmp_path / "c.csv"
    assert main(["export", "customers", "-o", str(out), "--db", db, "--operator", "clerk"]) == EXIT_OK
    assert main(["export", "customers", "-o", str(out), "--db", db]) == EXIT_FAILED  # who?
    capsys.readouterr()
    monkeypatch.setenv("STATION_PASSWORD", "wrong")
    assert main(["--lang", "en", "export", "customers", "-o", str(out), "--db", db, "--operator", "clerk"]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Wrong user name or password" in err
    pw = tmp_path / "insp.txt"
    pw.write_text("insp-pw\n", encoding="utf-8")
    assert main(["--lang", "en", "rules", "set", "scan.zero_months", "4", "--db", db, "--operator", "insp",
                 "--password-file", str(pw)]) == EXIT_REJECTED
    assert "Inspector" in capsys.readouterr().err
    key = tmp_path / "svc.key"
    key.write_text("k" * 64 + "\n", encoding="utf-8")
    assert main(["export", "customers", "-o", str(out), "--db", db, "--operator", "svc", "--key-file", str(key)]) == 0
    rows = tmp_path / "cust.csv"
    rows.write_text("户号,户名,用电类别,电压等级\n3400000009,赵六,居民生活,220V\n", encoding="utf-8")
    assert main(["import", "customers", str(rows), "--db", db, "--operator", "svc", "--key-file", str(key)]) == 3
    monkeypatch.setenv("STATION_PASSWORD", "clerk-pw")
    meters = tmp_path / "meters.csv"
    meters.write_text("资产编号,类别\n3310001000000000000071,电能表\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--lang", "en", "import", "assets", str(meters), "--db", db, "--operator", "clerk"]) == 3
    assert "Counter clerk may not create meter assets" in capsys.readouterr().err  # a clerk receives no meters
    assert main(["import", "customers", str(rows), "--db", db, "--operator", "clerk"]) == 0


def test_the_cli_creates_the_first_administrator_and_a_service_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "new.db")
    pw = tmp_path / "pw.txt"
    pw.write_text("root-pw\n", encoding="utf-8")
    assert main(["users", "add", "root", "--role", "admin", "--db", db, "--password-file", str(pw)]) == 1  # no db
    assert main(["db", "upgrade", "--db", db]) == EXIT_OK
    assert main(["users", "add", "root", "--role", "admin", "--db", db, "--password-file", str(pw)]) == EXIT_OK
    monkeypatch.setenv("STATION_PASSWORD", "root-pw")
    key = tmp_path / "task.key"
    assert main(["users", "add", "task", "--role", "service", "--key-file", str(key), "--db", db,
                 "--operator", "root"]) == EXIT_OK
    assert len(key.read_text().strip()) == 64 and (key.stat().st_mode & 0o077) == 0
    assert main(["users", "disable", "task", "--db", db, "--operator", "root"]) == EXIT_OK
    assert main(["--lang", "en", "export", "customers", "-o", str(tmp_path / "x.csv"), "--db", db,
                 "--operator", "task", "--key-file", str(key)]) == EXIT_FAILED
    assert "disabled" in capsys.readouterr().err
    assert main(["users", "enable", "task", "--db", db, "--operator", "root"]) == EXIT_OK
    assert main(["users", "passwd", "root", "--db", db, "--operator", "root", "--password-file", str(pw)]) == 0
