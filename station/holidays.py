"""The working-day calendar: public holidays (放假) and adjusted working days (调休上班) as data, the one
thing a deadline in working days counts with (station.due.add_working_days).

A day is a working day when it is Monday–Friday and not a holiday, or when it is an adjusted working day
(a Saturday or Sunday worked, 调休). The table `holiday` holds the exceptions; it is seeded with the State
Council's notices for 2025 and 2026 (migration 0020 keeps a frozen copy of SEED) and a supervisor keeps
it up to date (`station holidays add|remove`, the rules page). Every change is audited.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.schema import Holiday
from station.domain.problems import Problem, Rejected
from station.i18n import QT_TRANSLATE_NOOP, msg

HOLIDAY, WORKDAY = "holiday", "workday"
KINDS: dict[str, str] = {
    HOLIDAY: QT_TRANSLATE_NOOP("station", "Public holiday"),
    WORKDAY: QT_TRANSLATE_NOOP("station", "Adjusted working day (调休上班)"),
}

NOTICE_2025 = "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）"
NOTICE_2026 = "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）"


def _span(first: str, last: str, name: str, source: str) -> list[tuple[str, str, str, str]]:
    a, b = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    return [((a + dt.timedelta(days=i)).isoformat(), HOLIDAY, name, source) for i in range((b - a).days + 1)]


def _work(day: str, name: str, source: str) -> tuple[str, str, str, str]:
    return (day, WORKDAY, f"{name}调休上班", source)


#: (day, kind, name, source): every day of each 放假调休 span and each 上班 day, as the two notices list them.
SEED: tuple[tuple[str, str, str, str], ...] = (
    # 2025 — 国办发明电〔2024〕12号: 元旦 1月1日; 春节 1月28日—2月4日, 1月26日（周日）、2月8日（周六）上班;
    # 清明 4月4日—6日; 劳动节 5月1日—5日, 4月27日（周日）上班; 端午 5月31日—6月2日;
    # 国庆节、中秋节 10月1日—8日, 9月28日（周日）、10月11日（周六）上班.
    *_span("2025-01-01", "2025-01-01", "元旦", NOTICE_2025),
    *_span("2025-01-28", "2025-02-04", "春节", NOTICE_2025),
    _work("2025-01-26", "春节", NOTICE_2025), _work("2025-02-08", "春节", NOTICE_2025),
    *_span("2025-04-04", "2025-04-06", "清明节", NOTICE_2025),
    *_span("2025-05-01", "2025-05-05", "劳动节", NOTICE_2025),
    _work("2025-04-27", "劳动节", NOTICE_2025),
    *_span("2025-05-31", "2025-06-02", "端午节", NOTICE_2025),
    *_span("2025-10-01", "2025-10-08", "国庆节、中秋节", NOTICE_2025),
    _work("2025-09-28", "国庆节", NOTICE_2025), _work("2025-10-11", "国庆节", NOTICE_2025),
    # 2026 — 国务院办公厅 2025年11月4日: 元旦 1月1日—3日, 1月4日（周日）上班; 春节 2月15日—23日,
    # 2月14日（周六）、2月28日（周六）上班; 清明 4月4日—6日; 劳动节 5月1日—5日, 5月9日（周六）上班;
    # 端午 6月19日—21日; 中秋 9月25日—27日; 国庆节 10月1日—7日, 9月20日（周日）、10月10日（周六）上班.
    *_span("2026-01-01", "2026-01-03", "元旦", NOTICE_2026),
    _work("2026-01-04", "元旦", NOTICE_2026),
    *_span("2026-02-15", "2026-02-23", "春节", NOTICE_2026),
    _work("2026-02-14", "春节", NOTICE_2026), _work("2026-02-28", "春节", NOTICE_2026),
    *_span("2026-04-04", "2026-04-06", "清明节", NOTICE_2026),
    *_span("2026-05-01", "2026-05-05", "劳动节", NOTICE_2026),
    _work("2026-05-09", "劳动节", NOTICE_2026),
    *_span("2026-06-19", "2026-06-21", "端午节", NOTICE_2026),
    *_span("2026-09-25", "2026-09-27", "中秋节", NOTICE_2026),
    *_span("2026-10-01", "2026-10-07", "国庆节", NOTICE_2026),
    _work("2026-09-20", "国庆节", NOTICE_2026), _work("2026-10-10", "国庆节", NOTICE_2026),
)


@dataclass(frozen=True, slots=True)
class WorkCalendar:
    """The exceptions to Monday–Friday; an empty calendar is plain Monday–Friday."""

    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()

    def is_working(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays


@dataclass(frozen=True, slots=True)
class HolidayRow:
    day: dt.date
    kind: str
    name: str
    source: str
    updated_by: str | None


def load_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(Holiday.day, Holiday.kind)).all()
    return WorkCalendar(frozenset(d for d, k in rows if k == HOLIDAY), frozenset(d for d, k in rows if k == WORKDAY))


def holiday_rows(session: Session, year: int | None = None) -> list[HolidayRow]:
    query = select(Holiday).order_by(Holiday.day)
    if year is not None:
        query = query.where(Holiday.day >= dt.date(year, 1, 1), Holiday.day <= dt.date(year, 12, 31))
    return [HolidayRow(h.day, h.kind, h.name, h.source, h.updated_by) for h in session.scalars(query)]


def _p(field: str, text: str, raw: object, code: str = "invalid", **params: object) -> Problem:
    return Problem(field, msg(text, **params), raw, code)


def holiday_problems(day: dt.date, kind: str, name: str) -> list[Problem]:
    """A holiday needs a name; an adjusted working day is a Saturday or Sunday (any other day works anyway)."""
    problems: list[Problem] = []
    if kind not in KINDS:
        problems.append(_p("kind", QT_TRANSLATE_NOOP("station", "{value} is not one of: {allowed}"), kind,
                           value=kind, allowed=", ".join(KINDS)))
    if not name.strip():
        problems.append(_p("name", QT_TRANSLATE_NOOP("station", "Name the holiday"), name, "required"))
    if kind == WORKDAY and day.weekday() < 5:
        problems.append(_p("day", QT_TRANSLATE_NOOP(
            "station", "{value} is a weekday: only a Saturday or Sunday can be an adjusted working day"),
            day, value=day.isoformat()))
    return problems


def set_holiday(session: Session, day: dt.date, kind: str, name: str, operator: str, source: str = "") -> HolidayRow:
    """Add the day to the calendar, or change its kind and name; audited."""
    from station import audit

    problems = holiday_problems(day, kind, name)
    if problems:
        raise Rejected(problems)
    row = session.get(Holiday, day)
    before = None if row is None else {"kind": row.kind, "name": row.name}
    if row is None:
        row = Holiday(day=day)
        session.add(row)
    row.kind, row.name, row.source = kind, name.strip(), (source.strip() or "供电所维护")[:120]
    row.updated_by, row.updated_at = operator, dt.datetime.now()
    session.flush()
    audit.record(session, operator=operator, action="edit" if before else "create", entity="holiday",
                 entity_id=day.toordinal(), before=before, after={"day": day, "kind": kind, "name": row.name})
    return HolidayRow(row.day, row.kind, row.name, row.source, row.updated_by)


def remove_holiday(session: Session, day: dt.date, operator: str) -> None:
    """Take the day out of the calendar (a normal day again); audited."""
    from station import audit

    row = session.get(Holiday, day)
    if row is None:
        raise Rejected([_p("day", QT_TRANSLATE_NOOP("station", "{value} is not in the holiday calendar"), day,
                           "unknown", value=day.isoformat())])
    audit.record(session, operator=operator, action="delete", entity="holiday", entity_id=day.toordinal(),
                 before={"day": day, "kind": row.kind, "name": row.name}, after=None)
    session.delete(row)
