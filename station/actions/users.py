"""The workstation's operators: logging in, the first administrator, add, passwords, disable (all audited)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from station.domain.problems import Rejected
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.users import UserRow


def station_has_users(ws: Workspace) -> bool:
    """Whether the station is set up: False on a new database, whose first start creates the administrator."""
    from station.auth import has_users

    with ws.sessions() as s:
        return has_users(s)


def login(ws: Workspace, name: str, secret: str, *, key: bool = False, now: dt.datetime | None = None) -> UserRow:
    """Authenticate `name`; on success the workspace acts as that user (the audit log's operator) from now.

    The failure count and its audit row are committed before the Rejected is raised (auth.authenticate).
    """
    from station.auth import authenticate

    with ws.sessions.begin() as s:
        outcome = authenticate(s, name, secret, key=key, now=now)
    if isinstance(outcome, Rejected):
        raise outcome
    ws.operator, ws.role = outcome.name, outcome.role
    return outcome


def create_first_admin(ws: Workspace, name: str, password: str) -> UserRow:
    """The first start: the station's administrator, with a password, on a station with no users; logged in."""
    from station.auth import has_users, password_problems, set_password
    from station.domain.problems import Problem
    from station.i18n import QT_TRANSLATE_NOOP, msg
    from station.users import add_user as add

    with ws.sessions.begin() as s:
        if has_users(s):
            raise Rejected([Problem("name", msg(QT_TRANSLATE_NOOP(
                "station", "This station already has users: log in as its administrator")), name, "has_users")])
        if password_problems(password):
            raise Rejected(password_problems(password))
        add(s, name, "admin", (name or "").strip())
        row = set_password(s, name, password, (name or "").strip())
    ws.operator, ws.role = row.name, row.role
    return row


def add_user(ws: Workspace, name: str, role: str, *, cert_no: str | None = None,
             cert_grade: str | None = None, password: str | None = None) -> int:
    """A new user (the admin's), with a password (or a service key) when given, else none yet."""
    from station.auth import set_password
    from station.users import add_user as add
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "users", "edit")
        user_id = add(s, name, role, ws.operator, cert_no=cert_no, cert_grade=cert_grade)
        if password is not None:
            set_password(s, name, password, ws.operator)
        return user_id


def set_password(ws: Workspace, name: str, secret: str) -> UserRow:
    """A new password (or service key) for `name`: the admin's for anyone, a user's own; clears a lockout."""
    from station.auth import set_password as store
    from station.users import may_set_password

    with ws.sessions.begin() as s:
        may_set_password(s, ws.operator, name)
        return store(s, name, secret, ws.operator)


def set_user_active(ws: Workspace, name: str, active: bool) -> UserRow:
    """Disable a user (they can no longer log in, every action refuses them) or enable them again."""
    from station.users import require, set_active

    with ws.sessions.begin() as s:
        require(s, ws.operator, "users", "edit")
        return set_active(s, name, active, ws.operator)


def set_user_role(ws: Workspace, name: str, role: str) -> UserRow:
    """A new role for `name` (the admin's), audited; the last active administrator keeps theirs."""
    from station.users import require, set_role

    with ws.sessions.begin() as s:
        require(s, ws.operator, "users", "edit")
        return set_role(s, name, role, ws.operator)


def unlock_user(ws: Workspace, name: str) -> UserRow:
    """Lift `name`'s lockout after failed logins (the admin's), audited."""
    from station.users import require, unlock

    with ws.sessions.begin() as s:
        require(s, ws.operator, "users", "edit")
        return unlock(s, name, ws.operator)


def log_session_event(ws: Workspace, event: str) -> None:
    """The logged-in user locked the program or logged out (switch user, quit): one audit row."""
    from station.users import session_event

    with ws.sessions.begin() as s:
        session_event(s, ws.operator, event)


def list_users(ws: Workspace) -> list[UserRow]:
    """Every user with role and certificate: the supervisor's and the admin's to see."""
    from station.users import list_users as users
    from station.users import require

    with ws.sessions() as s:
        require(s, ws.operator, "users", "view")
        return users(s)


def load_login_names(ws: Workspace) -> list[str]:
    """Who the login dialog offers (active people), before anyone has logged in."""
    from station.users import login_names

    with ws.sessions() as s:
        return login_names(s)
