"""Validation problems: which field, which value, why — returned by station functions, shown by every face."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from station.i18n import Message


@dataclass(frozen=True, slots=True)
class Problem:
    """One reason a value was refused. `field` is the code name (account_no) or a file's column header.

    `code` names the reason for programs (ui/ decides on it, never on the wording): "required",
    "ratio_mismatch" …; "" where nothing decides on it yet. The text is made from `message` through the one
    catalogue (station.i18n), so editing a message changes no behaviour.
    """

    field: str
    message: Message
    value: Any = None
    code: str = ""

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


#: Problem.code of a field not filled in (a form shows it as "still needed", not as an error).
REQUIRED = "required"


class Rejected(ValueError):
    """An action refused its input; `problems` lists every reason, nothing was written."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems
