"""Background jobs: results, errors and cancel come back as signals; progress is throttled."""

from __future__ import annotations

import threading

from station.progress import Cancelled
from ui.jobs import Job, JobRunner
from ui.widgets.job_progress import JobProgress


def test_job_result_reaches_the_ui_thread(qtbot):
    runner = JobRunner()
    job = Job(lambda progress, cancelled, x: x * 2, x=21)
    with qtbot.waitSignal(job.signals.succeeded, timeout=5000) as blocker:
        runner.start(job)
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: not runner.running)


def test_job_error_is_reported_not_swallowed(qtbot):
    runner = JobRunner()

    def boom(progress, cancelled):
        raise ValueError("bad file")

    job = Job(boom)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        runner.start(job)
    assert str(blocker.args[0]) == "bad file"


def test_cancel_stops_a_running_job(qtbot):
    runner = JobRunner()
    started = threading.Event()

    def long(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled()

    job = Job(long, title="long")
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        runner.start(job)
        started.wait(5)
        job.cancel()


def test_progress_is_emitted_only_when_the_percentage_changes(qtbot):
    runner = JobRunner()
    seen: list[float] = []

    def many(progress, cancelled):
        for i in range(10_001):
            progress(i / 10_000, "")
        return True

    job = Job(many)
    job.signals.progress.connect(lambda f, m: seen.append(f))
    with qtbot.waitSignal(job.signals.finished, timeout=10000):
        runner.start(job)
    qtbot.waitUntil(lambda: len(seen) >= 101)
    assert len(seen) == 101  # 0 %, 1 % … 100 %, not 10,001 signals


def test_write_pool_runs_one_job_at_a_time(qtbot):
    runner = JobRunner()
    active, peak, lock = [0], [0], threading.Lock()

    def write(progress, cancelled):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        threading.Event().wait(0.05)
        with lock:
            active[0] -= 1

    jobs = [Job(write) for _ in range(4)]
    with qtbot.waitSignals([j.signals.finished for j in jobs], timeout=10000):
        for job in jobs:  # started inside the block: a job may finish before a later connection is made
            runner.start(job)
    assert peak[0] == 1


def test_status_bar_progress_shows_the_job_and_cancels_it(qtbot):
    runner = JobRunner()
    widget = JobProgress(runner)
    qtbot.addWidget(widget)
    gate = threading.Event()

    def slow(progress, cancelled):
        progress(0.5, "")
        while not cancelled() and not gate.is_set():
            threading.Event().wait(0.01)
        if cancelled():
            raise Cancelled()

    job = Job(slow, title="Importing customers")
    runner.start(job)
    assert not widget.isHidden()
    assert "Importing customers" in widget.label.text()
    qtbot.waitUntil(lambda: widget.bar.value() == 50)
    with qtbot.waitSignal(job.signals.cancelled, timeout=5000):
        qtbot.mouseClick(widget.cancel_button, __import__("PySide6.QtCore").QtCore.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(widget.isHidden)


def test_a_read_that_ends_before_ops_returns_still_reports_its_end(qtbot):
    """A look-up answers in microseconds: its end may be emitted before ops.read returns the job. `on_finished`
    is connected before the job starts, so the end is never lost (the 换表 dialog waited for ever for one)."""
    import time

    from PySide6.QtWidgets import QWidget

    from ui import ops

    runner, parent, ended = JobRunner(), QWidget(), []
    job = ops.read(parent, runner, lambda: 1, on_finished=ended.append)
    time.sleep(0.2)  # the worker has run and emitted by now, before anyone could connect to the returned job
    qtbot.waitUntil(lambda: ended == [job], timeout=5000)
    runner.wait()
