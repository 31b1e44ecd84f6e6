"""The role matrix the actions enforce (issue 12), and an inspector's 用电检查证 kept with the user (issue 10)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from station import actions
from station.cli import EXIT_OK, EXIT_REJECTED, main
from station.domain.problems import Rejected
from station.domain.roles import MATRIX, NOT_ALLOWED, PEOPLE, ROLES, denial, may
from station.workspace import Workspace


def test_the_admin_keeps_users_but_approves_no_case_and_reopens_no_month() -> None:
    assert may("admin", "users", "edit") and may("admin", "backup", "restore")
    assert not may("admin", "cases", "approve") and not may("admin", "month", "reopen")
    assert may("supervisor", "cases", "approve") and not may("inspector", "cases", "approve")


def test_unknown_pairs_and_no_role_are_refused() -> None:
    assert not may("supervisor", "customers", "demolish")
    assert not may(None, "customers", "view")
    assert not may("service", "customers", "edit") and may("service", "backup", "backup")
    assert all(set(roles) <= set(ROLES) for roles in MATRIX.values())
    assert all(may(role, "customers", "view") for role in PEOPLE)


def test_a_refusal_names_the_roles_that_may_in_both_languages() -> None:
    problem = denial("clerk", "cases", "approve")
    assert problem.code == NOT_ALLOWED
    assert "Supervisor" in problem.message.in_language("en") and "clerk" in problem.message.in_language("en")
    zh = problem.message.in_language("zh_CN")
    assert "所长" in zh and "营业员" in zh, zh


def test_a_registered_user_is_held_to_the_matrix(workspace: Workspace) -> None:
    actions.add_user(workspace, "王管理", "admin")  # a station with no users yet: the first start
    admin = dataclasses.replace(workspace, operator="王管理")
    actions.add_user(admin, "李营业", "clerk")
    clerk = dataclasses.replace(workspace, operator="李营业")
    with pytest.raises(Rejected) as refused:
        actions.add_user(clerk, "张三", "clerk")
    assert refused.value.problems[0].code == NOT_ALLOWED
    with pytest.raises(Rejected) as unknown:  # the station has users now: a name nobody registered may not
        actions.add_user(workspace, "张三", "clerk")
    assert unknown.value.problems[0].code == NOT_ALLOWED
    actions.add_user(admin, "张三", "inspector", cert_no="JC-2024-0117", cert_grade="3")
    rows = {u.name: u for u in actions.list_users(admin)}
    assert (rows["张三"].cert_no, rows["张三"].cert_grade) == ("JC-2024-0117", "3")
    with pytest.raises(Rejected):  # the list of users is the supervisor's and the admin's
        actions.list_users(clerk)


def test_the_cli_keeps_an_inspectors_certificate_and_refuses_by_role(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(tmp_path / "s.db")
    monkeypatch.setenv("STATION_PASSWORD", "wang-pw")
    assert main(["db", "upgrade", "--db", db]) == EXIT_OK
    assert main(["--lang", "en", "users", "add", "王管理", "--role", "admin", "--db", db]) == EXIT_OK
    pw = tmp_path / "zhang.txt"
    pw.write_text("zhang-pw\n", encoding="utf-8")
    assert main(["--lang", "en", "users", "add", "张三", "--role", "inspector", "--cert", "JC-0117",
                 "--grade", "2", "--db", db, "--operator", "王管理", "--password-file", str(pw)]) == EXIT_OK
    monkeypatch.setenv("STATION_PASSWORD", "zhang-pw")
    assert main(["--lang", "en", "users", "add", "李四", "--role", "clerk", "--db", db,
                 "--operator", "张三"]) == EXIT_REJECTED
    assert "Administrator" in capsys.readouterr().err
    assert main(["--lang", "en", "users", "add", "李四", "--role", "inspector", "--grade", "4", "--db", db]) != EXIT_OK
    capsys.readouterr()
    monkeypatch.setenv("STATION_PASSWORD", "wang-pw")
    assert main(["users", "list", "--db", db, "--json", "--operator", "王管理"]) == EXIT_OK
    assert '"cert_no": "JC-0117"' in capsys.readouterr().out
