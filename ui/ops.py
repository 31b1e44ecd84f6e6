"""Running station actions off the UI thread: a read or a write, in the shape of Anki's QueryOp/CollectionOp.

    ops.read(self, self.runner, actions.load_due_items, ws, month, on_done=self._on_loaded, supersede="list")
    ops.write(self, self.runner, actions.set_rule, ws, key, value, source, on_done=self._on_saved)

- A write goes to the runner's single-thread write pool (two writes never race on the database); a read
  to the read pool.
- The action gets the job's `progress` and `cancelled` when it takes them (a parameter of that name), so a
  long action reports and stops; a short one is called with its own arguments only.
- `supersede="…"`: a later read of the same name on the same widget cancels this one, and this one's result
  is dropped if it still arrives (a filter typed again, another customer selected).
- A failure is shown one way: a warning box with every reason of a refusal (ui.text.failure_text), titled
  `title` (default "Not saved" for a write, "Not loaded" for a read), unless `on_failed` handles it. A
  cancelled job calls neither handler.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.jobs import Job, JobRunner
from ui.text import failure_text

__all__ = ["read", "show_failure", "write"]

def read(parent: QWidget, runner: JobRunner, fn: Callable[..., Any], /, *args: Any,
         on_done: Callable[[Any], Any] | None = None, on_failed: Callable[[BaseException], Any] | None = None,
         on_finished: Callable[[Job], Any] | None = None, supersede: str | None = None, title: str = "",
         **kwargs: Any) -> Job:
    """Run the read action `fn(*args, **kwargs)` on the read pool; `on_done(result)` on the UI thread;
    `on_finished(job)` after it ended in any way (done, failed, cancelled or superseded)."""
    return _start(parent, runner, fn, args, kwargs, write=False, on_done=on_done, on_failed=on_failed,
                  on_finished=on_finished, supersede=supersede, title=title)


def write(parent: QWidget, runner: JobRunner, fn: Callable[..., Any], /, *args: Any,
          on_done: Callable[[Any], Any] | None = None, on_failed: Callable[[BaseException], Any] | None = None,
          on_finished: Callable[[Job], Any] | None = None, title: str = "", **kwargs: Any) -> Job:
    """Run the write action `fn(*args, **kwargs)` on the single write thread; `on_done(result)` after."""
    return _start(parent, runner, fn, args, kwargs, write=True, on_done=on_done, on_failed=on_failed,
                  on_finished=on_finished, supersede=None, title=title)


def show_failure(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """The one way a failed action is shown: a warning with every reason of a refusal."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Ops", "Not saved"), failure_text(exc))


def _takes(fn: Callable[..., Any]) -> frozenset[str]:
    """Which of progress/cancelled `fn` accepts."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):  # a builtin without a signature
        return frozenset()
    if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values()):
        return frozenset({"progress", "cancelled"})
    return frozenset(n for n in ("progress", "cancelled") if n in params)


def _latest_of(parent: QObject) -> dict[str, Job]:
    """The latest job per supersede name of `parent`, kept on the wrapper itself: a weak dictionary keyed by the
    widget matched a new dialog to a deleted one whose C++ address it reused (its jobs never finish), so a new
    look-up waited for ever behind a dead one."""
    latest = getattr(parent, "_ops_latest", None)
    if latest is None:
        latest = {}
        parent._ops_latest = latest  # type: ignore[attr-defined]
    return latest


def _call(*, progress: Any, cancelled: Any, fn: Callable[..., Any], args: tuple[Any, ...],
          kwargs: dict[str, Any]) -> Any:
    hooks = {"progress": progress, "cancelled": cancelled}
    return fn(*args, **{k: hooks[k] for k in _takes(fn) if k not in kwargs}, **kwargs)


def _start(parent: QWidget, runner: JobRunner, fn: Callable[..., Any], args: tuple[Any, ...],
           kwargs: dict[str, Any], *, write: bool, on_done: Callable[[Any], Any] | None,
           on_failed: Callable[[BaseException], Any] | None, on_finished: Callable[[Job], Any] | None,
           supersede: str | None, title: str) -> Job:
    job = Job(_call, title=title, fn=fn, args=args, kwargs=kwargs)
    current = None
    if supersede is not None:
        current = _latest_of(parent)
        old = current.get(supersede)
        if old is not None:
            old.cancel()
        current[supersede] = job

    def is_latest() -> bool:
        return current is None or current.get(supersede or "") is job

    def done(result: Any) -> None:
        if is_latest() and on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not is_latest():
            return
        if on_failed is not None:
            on_failed(exc)
        else:
            show_failure(parent, exc, title or (QCoreApplication.translate("Ops", "Not saved") if write
                                                else QCoreApplication.translate("Ops", "Not loaded")))

    def finished() -> None:
        if current is not None and current.get(supersede or "") is job:
            del current[supersede or ""]

    # Every handler is connected before the job starts: a quick job may end (and emit) before the caller gets
    # it back, and a signal emitted with nobody connected is lost (a look-up waited for ever for its end).
    job.signals.succeeded.connect(done)
    job.signals.failed.connect(failed)
    job.signals.finished.connect(finished)
    if on_finished is not None:
        job.signals.finished.connect(lambda: on_finished(job))
    return runner.start(job, write=write)
