"""The one check of a 行业分类 value against the station's code table, shared by the customer form and the
import: in the table, or retired (refused unless the row already holds it)."""

from __future__ import annotations

from station.codes.index import CodeIndex
from station.codes.seed import INDUSTRY
from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, msg

#: The form's reason for a value in no table (an import lists such values and adds them instead).
UNKNOWN = QT_TRANSLATE_NOOP(
    "station", "{value} is in no code table: add it on the code-table page (代码表) first")
#: A retired value stays valid where it is stored, but no new row or change takes it.
RETIRED = QT_TRANSLATE_NOOP("station", "{value} is retired in the code table: choose another value")


def retired(index: CodeIndex, value: str, stored: str | None = None) -> bool:
    """True when `value` names a retired value and the row does not already hold it."""
    entry = index.lookup(INDUSTRY, value)
    return entry is not None and entry.retired and value != stored


def industry_problems(index: CodeIndex, value: str, stored: str | None = None) -> list[Problem]:
    """Why `value` may not be a customer's 行业分类 (empty is allowed); `stored` is what the row holds now."""
    if not value or value == stored:
        return []
    if index.lookup(INDUSTRY, value) is None:
        return [Problem("industry", msg(UNKNOWN, value=value), value)]
    if retired(index, value, stored):
        return [Problem("industry", msg(RETIRED, value=value), value)]
    return []
