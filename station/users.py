"""Operators of the workstation and their roles; the name is what the audit log records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.schema import User
from station import audit
from station.domain.problems import Problem, Rejected
from station.domain.roles import ROLES, denial, may
from station.i18n import QT_TRANSLATE_NOOP, msg

__all__ = ["ROLES", "UserRow", "add_user", "disable_user", "list_users", "require", "role_of"]

#: 用电检查证 grades: 一级 up to 220 kV, 二级 up to 10 kV, 三级 up to 0.4 kV (DOMAIN.md).
CERT_GRADES: tuple[str, ...] = ("1", "2", "3")


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    name: str
    role: str
    active: bool
    cert_no: str | None = None
    cert_grade: str | None = None
    has_password: bool = False
    locked_until: dt.datetime | None = None
    last_login_at: dt.datetime | None = None
    version: int = 1


def row_of(u: User) -> UserRow:
    return UserRow(u.id, u.name, u.role, u.active, u.cert_no, u.cert_grade, u.password_hash is not None,
                   u.locked_until, u.last_login_at, u.version or 1)


def list_users(session: Session) -> list[UserRow]:
    return [row_of(u) for u in session.scalars(select(User).order_by(User.name))]


def role_of(session: Session, name: str) -> str | None:
    """The role of the user called `name`; "" for a user who is not active; None for no such user."""
    row = session.execute(select(User.role, User.active).where(User.name == name)).first()
    if row is None:
        return None
    return row.role if row.active else ""


def require(session: Session, operator: str, area: str, action: str) -> None:
    """Refuse (Rejected, code not_allowed) unless `operator`'s role may do `action` in `area`.

    Every action that writes asks this inside its transaction, so the CLI obeys the matrix as the GUI does.
    On a station that has users, an operator who is not an active registered user is refused; the faces
    (the login dialog, the CLI's --operator with its password) put only an authenticated name into the
    workspace. A station with no users yet (a new database before its first start) refuses nothing.
    """
    role = role_of(session, operator)
    if role is None and not session.scalar(select(User.id).limit(1)):
        return
    if not may(role or None, area, action):
        raise Rejected([denial(role or None, area, action)])


def first_admin_problem(role: str) -> Problem:
    """The first user of a station must be its administrator: nobody else could add users or set passwords."""
    return Problem("role", msg(QT_TRANSLATE_NOOP(
        "station", "The first user of a station is its administrator (role admin)")), role, "first_admin")


def login_names(session: Session) -> list[str]:
    """The names the login dialog lists: active people (a service account logs in only by its key file)."""
    return list(session.scalars(select(User.name).where(User.active.is_(True), User.role != "service")
                                .order_by(User.name)))


def add_user(session: Session, name: str, role: str, operator: str, *,
             cert_no: str | None = None, cert_grade: str | None = None) -> int:
    """A new operator (no password yet); Rejected when the name is empty, taken or the role unknown."""
    name = (name or "").strip()
    problems: list[Problem] = []
    if not name:
        problems.append(Problem("name", msg(QT_TRANSLATE_NOOP("station", "This field is required")), name))
    elif len(name) > 64:
        problems.append(Problem("name", msg(QT_TRANSLATE_NOOP(
            "station", "At most {limit} characters are allowed"), limit=64), name))
    elif session.scalar(select(User.id).where(User.name == name)) is not None:
        problems.append(Problem("name", msg(QT_TRANSLATE_NOOP(
            "station", "User {value} already exists"), value=name), name))
    if role not in ROLES:
        problems.append(Problem("role", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is not one of: {allowed}"), value=role, allowed=", ".join(ROLES)), role))
    cert_no = (cert_no or "").strip() or None
    if cert_no is not None and len(cert_no) > 32:
        problems.append(Problem("cert_no", msg(QT_TRANSLATE_NOOP(
            "station", "At most {limit} characters are allowed"), limit=32), cert_no))
    if cert_grade is not None and cert_grade not in CERT_GRADES:
        problems.append(Problem("cert_grade", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is not one of: {allowed}"), value=cert_grade, allowed=", ".join(CERT_GRADES)),
            cert_grade))
    if not problems and role != "admin" and session.scalar(select(User.id).limit(1)) is None:
        problems.append(first_admin_problem(role))
    if problems:
        raise Rejected(problems)
    user = User(name=name, role=role, active=True, cert_no=cert_no, cert_grade=cert_grade)
    session.add(user)
    session.flush()
    audit.record(session, operator=operator, action="create", entity="user", entity_id=user.id,
                 after={"name": name, "role": role, "cert_no": cert_no, "cert_grade": cert_grade})
    return user.id


def set_active(session: Session, name: str, active: bool, operator: str) -> UserRow:
    """Disable (or enable again) `name`: a disabled user cannot log in and every action refuses them.

    The last active administrator cannot be disabled: nobody could manage users (or set a password) then.
    """
    user = session.scalar(select(User).where(User.name == (name or "").strip()))
    if user is None:
        raise Rejected([Problem("name", msg(QT_TRANSLATE_NOOP("station", "No user {value}"), value=name), name)])
    if not active and user.active and user.role == "admin" and session.scalar(
            select(func.count()).select_from(User).where(User.role == "admin", User.active.is_(True))) == 1:
        raise Rejected([Problem("name", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is the last active administrator"), value=name), name, "last_admin")])
    if user.active != active:
        user.active = active
        user.version = (user.version or 1) + 1
        audit.record(session, operator=operator, action="enable" if active else "disable", entity="user",
                     entity_id=user.id, before={"active": not active}, after={"active": active})
    session.flush()
    return row_of(user)


def _user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == (name or "").strip()))
    if user is None:
        raise Rejected([Problem("name", msg(QT_TRANSLATE_NOOP("station", "No user {value}"), value=name), name)])
    return user


def set_role(session: Session, name: str, role: str, operator: str) -> UserRow:
    """A new role for `name`; the last active administrator keeps theirs (nobody could manage users then)."""
    user = _user(session, name)
    if role not in ROLES:
        raise Rejected([Problem("role", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is not one of: {allowed}"), value=role, allowed=", ".join(ROLES)), role)])
    if role != "admin" and user.role == "admin" and user.active and _active_admins(session) == 1:
        raise Rejected([Problem("role", msg(QT_TRANSLATE_NOOP(
            "station", "{value} is the last active administrator"), value=name), role, "last_admin")])
    if user.role != role:
        audit.record(session, operator=operator, action="update", entity="user", entity_id=user.id,
                     before={"role": user.role}, after={"role": role})
        user.role = role
        user.version = (user.version or 1) + 1
    session.flush()
    return row_of(user)


def unlock(session: Session, name: str, operator: str) -> UserRow:
    """Lift a lockout after failed logins (and forget the failures): the admin's, audited."""
    user = _user(session, name)
    if user.locked_until is not None or user.failed_logins:
        audit.record(session, operator=operator, action="unlock", entity="user", entity_id=user.id,
                     before={"locked_until": user.locked_until, "failed_logins": user.failed_logins},
                     after={"locked_until": None, "failed_logins": 0})
        user.locked_until, user.failed_logins = None, 0
        user.version = (user.version or 1) + 1
    session.flush()
    return row_of(user)


#: The session events the GUI reports besides logins (which station.auth audits itself).
SESSION_EVENTS: tuple[str, ...] = ("logout", "lock")


def session_event(session: Session, name: str, event: str) -> None:
    """Audit a logout or a lock of `name`'s session (nothing for an unknown name or event)."""
    user = session.scalar(select(User).where(User.name == name))
    if user is not None and event in SESSION_EVENTS:
        audit.record(session, operator=name, action=event, entity="user", entity_id=user.id)


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User).where(
        User.role == "admin", User.active.is_(True))) or 0


def may_set_password(session: Session, operator: str, name: str) -> None:
    """Refuse unless `operator` may set `name`'s password: the admin anyone's, a person their own."""
    if operator == name and role_of(session, operator):
        return
    require(session, operator, "users", "edit")


def disable_user(session: Session, name: str, operator: str) -> UserRow:
    return set_active(session, name, False, operator)
