"""Registered users for tests that need a set-up station (a station with users refuses an unregistered name)."""

from __future__ import annotations

from station.workspace import Workspace

#: The password set_up_users gives everyone (the CLI tests pass it through $STATION_PASSWORD).
TEST_PASSWORD = "pw-1234"


def set_up_users(ws: Workspace, *users: tuple[str, str] | tuple[str, str, dict[str, str]]) -> Workspace:
    """A station's first administrator (管理) and supervisor (所长), then `users` (name, role[, kwargs]), all with
    TEST_PASSWORD; `ws` acts as the supervisor afterwards (a station with users refuses an unregistered name)."""
    from station import actions

    actions.add_user(ws, "管理", "admin", password=TEST_PASSWORD)
    ws.operator = "管理"
    actions.add_user(ws, "所长", "supervisor", password=TEST_PASSWORD)
    for user in users:
        name, role, extra = user[0], user[1], (user[2] if len(user) > 2 else {})  # type: ignore[misc]
        actions.add_user(ws, name, role, password=TEST_PASSWORD, **extra)
    ws.operator = "所长"
    return ws
