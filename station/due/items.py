"""Due-list records and the date arithmetic behind them: kinds, statuses, month windows, month/working-day steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np

from station.i18n import Message

if TYPE_CHECKING:
    from station.holidays import WorkCalendar


class DueKind(StrEnum):
    ONSITE = "onsite"  # 现场检验 of a meter at a class I–III point
    PTDROP = "ptdrop"  # PT 二次压降测试, 35 kV and above
    CTPT = "ctpt"  # 高压互感器现场检验
    ROTATION = "rotation"  # 轮换: end of the meter's service life
    SAMPLING = "sampling"  # 抽检 of a batch before its service life ends
    INSPECTION = "inspection"  # 周期检查 of a customer


class DueStatus(StrEnum):
    URGENT = "urgent"  # failed its last on-site test: replace within 3 working days
    OVERDUE = "overdue"  # due before the month
    DUE = "due"  # due within the month
    UPCOMING = "upcoming"  # due within the next 3 months
    OK = "ok"  # later


#: Order of a list: what needs doing first comes first.
STATUS_ORDER: dict[DueStatus, int] = {s: i for i, s in enumerate(DueStatus)}
#: How far ahead "upcoming" looks, in months after the month shown (issue 4: the next 3 months).
UPCOMING_MONTHS = 3


@dataclass(frozen=True, slots=True)
class DueItem:
    """One thing to do: which device, customer or batch, by when, and the rule that says so."""

    kind: DueKind
    target_kind: str  # asset | customer | batch
    target_id: int | None  # asset.id or customer.id; None for a batch
    target_no: str  # asset_no, account_no, or "model / maker / year" for a batch
    account_no: str
    customer_name: str
    area_code: str
    due_on: dt.date | None  # None: never done and no start date on record, so overdue
    status: DueStatus
    rule: str  # the source text of the rule it follows
    last_done: dt.date | None
    devices: int = 1  # meters in a batch (sampling, batch rotation); 1 otherwise


@dataclass(frozen=True, slots=True)
class ExceptionItem:
    """An installed device that should not be in service: below its class minimum, unverified or past its life."""

    reason: str  # below_minimum | unverified | past_life
    asset_id: int
    asset_no: str
    asset_kind: str
    accuracy_class: str
    device_class: str
    account_no: str
    customer_name: str
    area_code: str
    detail: Message


@dataclass(frozen=True, slots=True)
class MonthWindow:
    """The month a list is for, as datetime64 bounds: [first, next_first) and the end of the upcoming look-ahead."""

    first: np.datetime64
    next_first: np.datetime64
    horizon: np.datetime64  # first day after the upcoming window

    @classmethod
    def of(cls, month: dt.date | str) -> MonthWindow:
        m = np.datetime64(parse_month(month), "M")
        return cls(
            m.astype("datetime64[D]"),
            (m + 1).astype("datetime64[D]"),
            (m + 1 + UPCOMING_MONTHS).astype("datetime64[D]"),
        )

    def statuses(self, due: np.ndarray, urgent: np.ndarray) -> np.ndarray:
        """The status code (index into DueStatus) of each due date; NaT counts as overdue."""
        codes = np.full(due.shape, STATUS_ORDER[DueStatus.OK], dtype=np.int8)
        codes[due < self.horizon] = STATUS_ORDER[DueStatus.UPCOMING]
        codes[due < self.next_first] = STATUS_ORDER[DueStatus.DUE]
        codes[(due < self.first) | np.isnat(due)] = STATUS_ORDER[DueStatus.OVERDUE]
        codes[urgent] = STATUS_ORDER[DueStatus.URGENT]
        return codes


def parse_month(month: dt.date | str) -> dt.date:
    """`2025-03` (or any date in it) → 2025-03-01; ValueError for anything else."""
    if isinstance(month, dt.date):
        return month.replace(day=1)
    year, _, mon = month.strip().partition("-")
    return dt.date(int(year), int(mon), 1)


def add_months(days: np.ndarray, months: np.ndarray | int) -> np.ndarray:
    """Calendar months added to datetime64[D] dates, the day clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    days = days.astype("datetime64[D]")
    start = days.astype("datetime64[M]")
    day = days - start.astype("datetime64[D]")  # timedelta64[D]: day of month − 1
    target = start + np.asarray(months, dtype="int64").astype("timedelta64[M]")
    length = (target + 1).astype("datetime64[D]") - target.astype("datetime64[D]")
    return target.astype("datetime64[D]") + np.minimum(day, length - np.timedelta64(1, "D"))


def add_working_days(day: dt.date, n: int, calendar: WorkCalendar | None = None) -> dt.date:
    """`n` working days after `day` (a day off first rolls forward to the next working day, as numpy's
    busday_offset does). Working days are Monday–Friday, less the calendar's public holidays, plus its
    adjusted working days (调休上班); without a calendar, Monday–Friday only."""
    if calendar is None or not (calendar.holidays or calendar.workdays):
        shifted: dt.date = np.busday_offset(np.datetime64(day, "D"), n, roll="forward").astype(dt.date)
        return shifted
    one = dt.timedelta(days=1)
    while not calendar.is_working(day):
        day += one
    for _ in range(n):
        day += one
        while not calendar.is_working(day):
            day += one
    return day


_EPOCH = dt.date(1970, 1, 1).toordinal()
_NAT = np.iinfo("int64").min  # the integer behind NaT


def to_days(values: Sequence[dt.date | None]) -> np.ndarray:
    """A list of dates (None allowed) as datetime64[D], None → NaT.

    Through day ordinals: numpy converts Python date objects one by one and slowly (0.2 s for 200,000),
    integers it takes in bulk (0.01 s).
    """
    ordinals = (_NAT if v is None else v.toordinal() - _EPOCH for v in values)
    return np.fromiter(ordinals, dtype="int64", count=len(values)).astype("datetime64[D]")


def to_dates(days: np.ndarray) -> list[dt.date | None]:
    """datetime64[D] as Python dates, NaT → None (one vectorised conversion, not one per item)."""
    dates: list[dt.date | None] = days.astype("datetime64[D]").tolist()
    return dates
