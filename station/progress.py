"""What a long station function takes to report progress and to be cancelled: plain callables, no Qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class Progress(Protocol):
    """Called with the fraction done (0…1) and a short text; the GUI binds a Qt signal's `emit` here."""

    def __call__(self, fraction: float, message: str = "") -> None: ...


#: Polled between chunks of work; True asks the job to stop.
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """Raised by a job that saw `cancelled()` return True; its transaction rolls back, nothing is written."""


def no_progress(fraction: float, message: str = "") -> None:
    """A Progress that reports nowhere (CLI without a bar, tests)."""


def never_cancelled() -> bool:
    return False
