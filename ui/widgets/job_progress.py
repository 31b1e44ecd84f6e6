"""Status-bar widget showing the running background job: its title, a progress bar and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui.jobs import Job, JobRunner


class JobProgress(QWidget):
    """Follows the runner: shows the most recently started job still running, hidden when idle."""

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._job: Job | None = None
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setFixedWidth(160)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar)
        lay.addWidget(self.cancel_button)
        runner.job_started.connect(self._follow)
        runner.job_finished.connect(self._finished)
        self.setVisible(False)

    @property
    def job(self) -> Job | None:
        return self._job

    def _follow(self, job: Job) -> None:
        if not job.title:  # quick untitled jobs (saving one record) do not flash the bar
            return
        if self._job is not None:
            self._job.signals.progress.disconnect(self._on_progress)
        self._job = job
        self.label.setText(job.title)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        job.signals.progress.connect(self._on_progress)
        self.setVisible(True)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.bar.setValue(int(round(max(0.0, min(1.0, fraction)) * 100)))
        if message:  # station/ messages are English marked for the "station" context
            text = QCoreApplication.translate("station", message)
            self.label.setText(f"{self._job.title if self._job else ''} — {text}")

    def _finished(self, job: Job) -> None:
        if job is not self._job:
            return
        job.signals.progress.disconnect(self._on_progress)
        self._job = None
        others = [j for j in self._runner.running if j.title]
        if others:
            self._follow(others[-1])
        else:
            self.setVisible(False)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))
