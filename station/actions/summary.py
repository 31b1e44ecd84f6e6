"""年度工作总结: the year's figures from the records (a read)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from station.workspace import Workspace

if TYPE_CHECKING:
    from station.summary import YearSummary


def load_year_summary(ws: Workspace, year: int) -> YearSummary:
    from station.summary import year_summary

    with ws.sessions() as s:
        return year_summary(s, year)
