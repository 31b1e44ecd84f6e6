"""Background work: one `Job` type (QRunnable + QObject signals) and the runner that owns the pools.

Writes go through a single-thread pool so that two actions never race on the database (Anki: "tasks that
access the collection are serialized"); reads may run in parallel on a second pool.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from station.progress import Cancelled

__all__ = ["Cancelled", "Job", "JobRunner", "JobSignals"]

#: Progress is re-emitted only when its rounded percentage or its message changes (Orange's throttle):
#: a generator calling back 200,000 times must not flood the event loop.
PROGRESS_STEPS = 100


class JobSignals(QObject):
    progress = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class Job(QRunnable):
    """Run `fn(progress=…, cancelled=…, **kwargs)` off the UI thread; results come back as signals."""

    def __init__(self, fn: Callable[..., Any], /, title: str = "", **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the reference until `finished`
        self.signals = JobSignals()  # created on the UI thread, so connected slots run there
        self.title = title
        self._fn, self._kwargs, self._stop = fn, kwargs, threading.Event()
        self._last: tuple[int, str] | None = None
        self.result: Any = None
        self.error: BaseException | None = None

    def _progress(self, fraction: float, message: str = "") -> None:
        key = (int(max(0.0, min(1.0, fraction)) * PROGRESS_STEPS), message)
        if key != self._last:
            self._last = key
            self.signals.progress.emit(fraction, message)

    def run(self) -> None:
        try:
            self.result = self._fn(progress=self._progress, cancelled=self._stop.is_set, **self._kwargs)
        except Exception as exc:  # noqa: BLE001 - reported to the UI, not swallowed
            if isinstance(exc, Cancelled):
                self.signals.cancelled.emit()
            else:
                self.error = exc
                self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(self.result)
        self.signals.finished.emit()

    def cancel(self) -> None:
        self._stop.set()


class JobRunner(QObject):
    """Owns the write pool (1 thread) and the read pool; keeps every running job alive until it ends."""

    job_started = Signal(object)  # Job
    job_finished = Signal(object)  # Job

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.write_pool = QThreadPool(self)
        self.write_pool.setMaxThreadCount(1)
        self.read_pool = QThreadPool(self)
        self.read_pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount() // 2))
        self._running: set[Job] = set()

    def start(self, job: Job, *, write: bool = True) -> Job:
        """Start `job` on the write pool (default) or the read pool; returns it for chaining."""
        self._running.add(job)
        job.signals.finished.connect(lambda j=job: self._done(j))
        self.job_started.emit(job)
        (self.write_pool if write else self.read_pool).start(job)
        return job

    def _done(self, job: Job) -> None:
        self._running.discard(job)
        self.job_finished.emit(job)

    @property
    def running(self) -> list[Job]:
        return list(self._running)

    def cancel_all(self) -> None:
        for job in list(self._running):
            job.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until both pools are idle (used on exit and in tests)."""
        return self.write_pool.waitForDone(msecs) and self.read_pool.waitForDone(msecs)
