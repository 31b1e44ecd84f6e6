"""The workstation's operators: add (audited) and list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.users import UserRow


def add_user(ws: Workspace, name: str, role: str, *, cert_no: str | None = None,
             cert_grade: str | None = None) -> int:
    from station.users import add_user as add
    from station.users import require

    with ws.sessions.begin() as s:
        require(s, ws.operator, "users", "edit")
        return add(s, name, role, ws.operator, cert_no=cert_no, cert_grade=cert_grade)


def list_users(ws: Workspace) -> list[UserRow]:
    from station.users import list_users as users

    with ws.sessions() as s:
        return users(s)
