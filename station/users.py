"""Operators of the workstation and their roles; the name is what the audit log records."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import User
from station import audit
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg

#: 营业员, 计量员, 用电检查员, 所长/营销主管, and the administrator who keeps the program.
ROLES: tuple[str, ...] = ("clerk", "metering", "inspector", "supervisor", "admin")


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    name: str
    role: str
    active: bool


def list_users(session: Session) -> list[UserRow]:
    return [UserRow(u.id, u.name, u.role, u.active) for u in session.scalars(select(User).order_by(User.name))]


def add_user(session: Session, name: str, role: str, operator: str) -> int:
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
    if problems:
        raise Rejected(problems)
    user = User(name=name, role=role, active=True)
    session.add(user)
    session.flush()
    audit.record(session, operator=operator, action="create", entity="user", entity_id=user.id,
                 after={"name": name, "role": role})
    return user.id
