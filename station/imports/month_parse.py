"""Months as collection-system exports write them (2024-01, 2024/1, 202401, 2024年1月, an Excel date) → YYYYMM ints."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from station.i18n import QT_TRANSLATE_NOOP, msg
from station.imports import normalise as n

#: Years a month may name: the window normalise uses for Excel serials, so a stray number is not a month.
MIN_YEAR, MAX_YEAR = 1950, 2100

# 2024-01, 2024/1, 2024.01, 2024年1月, 2024年01月份 (after full-width → ASCII and without spaces).
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})(?:月份?)?$")
# What follows a month in a wide header: "2024-01电量", "2024年1月用电量(kWh)".
_HEADER_SUFFIX = re.compile(r"(?:\([^()]*\))?(?:抄见|结算|用)?(?:电量)?(?:\([^()]*\))?$")


def _not_a_month(value: Any) -> n.Invalid:
    return n.Invalid(
        msg(QT_TRANSLATE_NOOP("station", "not a month: {value} (write it as 2024-01)"), value=n.raw_text(value))
    )


def _checked(yyyymm: int, shown: Any) -> int:
    if not (MIN_YEAR <= yyyymm // 100 <= MAX_YEAR and 1 <= yyyymm % 100 <= 12):
        raise _not_a_month(shown)
    return yyyymm


def parse_month(value: Any) -> int | None:
    """A month cell → YYYYMM (202401); None for an empty cell; raises `normalise.Invalid` otherwise.

    Accepts 2024-01, 2024/1, 2024.01, 202401, 2024年1月, a full date (2024-01-31, 2024/1/1, 20240131), an
    Excel date cell or an Excel serial (45292). A full date stands for its month.
    """
    if value is None:
        return None
    if isinstance(value, dt.date):  # datetime too
        return _checked(value.year * 100 + value.month, value)
    if isinstance(value, bool):
        raise _not_a_month(value)
    if isinstance(value, int | float):
        if float(value).is_integer() and 100_000 <= value <= 999_999:
            return _checked(int(value), value)
        return _from_date(value)  # an Excel serial, or a refusal
    s = n.compact(value)
    if not s:
        return None
    if len(s) == 6 and s.isdigit():
        return _checked(int(s), s)
    m = _MONTH.match(s)
    if m:
        return _checked(int(m[1]) * 100 + int(m[2]), s)
    return _from_date(value)


def _from_date(value: Any) -> int:
    try:
        day = n.date(value)
    except n.Invalid:
        raise _not_a_month(value) from None
    if day is None:
        raise _not_a_month(value)
    return _checked(day.year * 100 + day.month, value)


def header_month(value: Any) -> int | None:
    """The month a wide-form column header names (2024-01, 2024年1月电量, an Excel date cell), else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float) and not 100_000 <= value <= 999_999:
        return None  # a bare serial in a header row is more likely a count or a code than a date
    try:
        return parse_month(value)
    except n.Invalid:
        pass
    s = n.compact(value)
    bare = _HEADER_SUFFIX.sub("", s) if s else ""
    if not bare or bare == s:
        return None
    try:
        return parse_month(bare)
    except n.Invalid:
        return None


def current_month(today: dt.date | None = None) -> int:
    """This month as YYYYMM: readings of later months cannot exist yet."""
    today = today or dt.date.today()
    return today.year * 100 + today.month


def month_label(yyyymm: int) -> str:
    """202401 → "2024-01", how messages and the audit log write a month."""
    return f"{yyyymm // 100:04d}-{yyyymm % 100:02d}"


def future_month(yyyymm: int) -> n.Invalid:
    """The refusal of a month after the current one (a typo, or a file from a misset clock)."""
    return n.Invalid(
        msg(QT_TRANSLATE_NOOP("station", "{month} is in the future: no reading can exist yet"), month=month_label(yyyymm))
    )
