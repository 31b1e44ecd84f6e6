"""The working-day calendar (放假 and 调休上班 days): read by everyone, kept by a supervisor (audited)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from station.users import require
from station.workspace import Workspace

if TYPE_CHECKING:
    from station.holidays import HolidayRow


def load_holidays(ws: Workspace, year: int | None = None) -> list[HolidayRow]:
    """The calendar's days (of `year`, or all), in date order."""
    from station.holidays import holiday_rows

    with ws.sessions() as s:
        return holiday_rows(s, year)


def set_holiday(ws: Workspace, day: dt.date, kind: str, name: str, source: str = "") -> HolidayRow:
    """Add a public holiday (kind "holiday") or an adjusted working day (kind "workday", a Saturday or
    Sunday worked), or change the day's entry; every working-day deadline counts with it from then on."""
    from station.holidays import set_holiday as store

    with ws.sessions.begin() as s:
        require(s, ws.operator, "holidays", "edit")
        return store(s, day, kind, name, ws.operator, source)


def remove_holiday(ws: Workspace, day: dt.date) -> None:
    """Take `day` out of the calendar: an ordinary day again."""
    from station.holidays import remove_holiday as remove

    with ws.sessions.begin() as s:
        require(s, ws.operator, "holidays", "edit")
        remove(s, day, ws.operator)
