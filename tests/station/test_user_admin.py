"""The admin's user management (the users page's actions) and the audited logins, lock and logout (issue 12)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from db.schema import AuditLog
from station import actions
from station.domain.problems import Rejected
from station.workspace import Workspace
from tests.station.registered import TEST_PASSWORD, set_up_users


def _audit(ws: Workspace, name: str) -> list[tuple[str, str]]:
    with ws.sessions() as s:
        return [(r.operator, r.action) for r in s.scalars(
            select(AuditLog).where(AuditLog.entity == "user").order_by(AuditLog.id))
            if r.operator == name or r.action in ("update", "unlock")]


def test_a_successful_login_is_audited_and_shown_as_the_last_login(any_workspace: Workspace) -> None:
    ws = set_up_users(any_workspace, ("营业员甲", "clerk"))
    at = dt.datetime(2026, 3, 2, 8, 30)
    actions.login(ws, "营业员甲", TEST_PASSWORD, now=at)
    ws.operator = "管理"
    row = next(u for u in actions.list_users(ws) if u.name == "营业员甲")
    assert row.last_login_at == at
    assert ("营业员甲", "login") in _audit(ws, "营业员甲")


def test_lock_and_logout_are_audited_for_the_logged_in_user(any_workspace: Workspace) -> None:
    ws = set_up_users(any_workspace)
    actions.login(ws, "所长", TEST_PASSWORD)
    actions.log_session_event(ws, "lock")
    actions.log_session_event(ws, "logout")
    assert _audit(ws, "所长")[-3:] == [("所长", "login"), ("所长", "lock"), ("所长", "logout")]


def test_the_admin_changes_a_role_and_unlocks_a_locked_user(any_workspace: Workspace) -> None:
    ws = set_up_users(any_workspace, ("营业员甲", "clerk"))
    for _ in range(5):
        with pytest.raises(Rejected):
            actions.login(ws, "营业员甲", "wrong-password")
    ws.operator = "管理"
    locked = next(u for u in actions.list_users(ws) if u.name == "营业员甲")
    assert locked.locked_until is not None
    assert actions.unlock_user(ws, "营业员甲").locked_until is None
    assert actions.set_user_role(ws, "营业员甲", "metering").role == "metering"
    assert [a for _o, a in _audit(ws, "管理")][-2:] == ["unlock", "update"]
    actions.login(ws, "营业员甲", TEST_PASSWORD)  # in again at once
    assert ws.role == "metering"


def test_only_the_admin_manages_users_and_the_last_admin_stays(any_workspace: Workspace) -> None:
    ws = set_up_users(any_workspace, ("营业员甲", "clerk"))
    for act in (lambda: actions.set_user_role(ws, "营业员甲", "supervisor"),
                lambda: actions.unlock_user(ws, "营业员甲")):
        with pytest.raises(Rejected) as exc:
            act()  # the supervisor may not
        assert exc.value.problems[0].code == "not_allowed"
    ws.operator = "管理"
    with pytest.raises(Rejected) as exc:
        actions.set_user_role(ws, "管理", "clerk")
    assert exc.value.problems[0].code == "last_admin"
