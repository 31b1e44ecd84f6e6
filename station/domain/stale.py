"""Concurrent edits (issue 12): a record carries a version; a save that started from an older one is refused.

One decision for every versioned record (asset, metering point, finding, rule setting, tariff): the action
reads the record under the write lock, and `version_problems(seen, stored, current)` refuses the save when
the record moved on since the form loaded it. The refusal carries the values saved now (`StaleValues`), so
the dialog shows them beside what the editor typed, keeps that input, and a second Save (with the new
version) replaces them on purpose.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from station.domain.problems import Problem
from station.i18n import QT_TRANSLATE_NOOP, msg

#: Problem.code of a save refused because someone else saved the record first.
STALE = "stale"


@dataclass(frozen=True, slots=True)
class StaleValues:
    """What a stale refusal carries: the record's version now and its values (field name → value)."""

    version: int
    values: dict[str, Any] = field(default_factory=dict)


def version_problems(seen: int | None, stored: int | None, current: Callable[[], dict[str, Any]]) -> list[Problem]:
    """[] when `seen` (the version the form loaded; None: the caller did not say) is still `stored`.

    `current` makes the values saved now, called only for a refusal. A record that does not exist yet is
    version 0 (a rule still at its default, say), so two first edits of it are told apart too.
    """
    now = stored or 0
    if seen is None or seen == now:
        return []
    return [Problem("version", msg(QT_TRANSLATE_NOOP(
        "station", "Changed by someone else since you opened it (now version {version}): "
                   "save again to replace it with yours"), version=now),
        StaleValues(now, current()), STALE)]


def bump(record: Any) -> None:
    """The record was edited: a form holding the version before is told on its save."""
    record.version = (record.version or 0) + 1
