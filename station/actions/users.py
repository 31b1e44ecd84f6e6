"""The workstation's operators: add (audited) and list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.users import UserRow


def add_user(ws: Workspace, name: str, role: str) -> int:
    from station.users import add_user as add

    with ws.sessions.begin() as s:
        return add(s, name, role, ws.operator)


def list_users(ws: Workspace) -> list[UserRow]:
    from station.users import list_users as users

    with ws.sessions() as s:
        return users(s)
