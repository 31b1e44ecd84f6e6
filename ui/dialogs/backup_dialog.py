"""备份与恢复: the backups in the backup folder; back up now (progress, cancel), verify, restore (confirmed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.text import failure_text

#: Why a backup was taken (the manifest's reason), as the list shows it.
REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupDialog", "by hand"),
    "daily": QT_TRANSLATE_NOOP("BackupDialog", "daily"),
    "exit": QT_TRANSLATE_NOOP("BackupDialog", "on exit"),
    "before-close": QT_TRANSLATE_NOOP("BackupDialog", "before a month close"),
    "before-restore": QT_TRANSLATE_NOOP("BackupDialog", "before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("BackupDialog", "before an upgrade"),
}


class BackupDialog(QDialog):
    """Lists the backups; each button runs its station action as a job, the dialog never blocks."""

    def __init__(self, workspace: Workspace, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.job: Job | None = None
        self.setObjectName("BackupDialog")
        self.setWindowTitle(self.tr("Backup and restore"))
        self.resize(860, 460)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Format"),
                                              self.tr("Rows"), self.tr("By"), self.tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)  # the file / detail takes the rest
        self.table.verticalHeader().setVisible(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.status = QLabel()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.verify_button = QPushButton(self.tr("Verify…"))
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.close_button = QPushButton(self.tr("Close"))
        self.cancel_button.setEnabled(False)
        self.backup_button.clicked.connect(self.back_up)
        self.verify_button.clicked.connect(lambda: self.verify())
        self.restore_button.clicked.connect(lambda: self.restore())
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.verify_button, self.restore_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.files: list[Any] = []
        self.refresh()

    # -- the list ------------------------------------------------------------------
    def refresh(self) -> Job:
        return ops.read(self, self.runner, actions.load_backups, self.workspace, on_done=self._show,
                        supersede="list")

    def _show(self, loaded: tuple[Path, list[Any]]) -> None:
        folder, files = loaded
        self.folder_label.setText(self.tr("Backup folder: %1").replace("%1", str(folder)))
        self.files = files
        self.table.setRowCount(len(files))
        for r, b in enumerate(files):
            m = b.manifest
            why = QCoreApplication.translate("BackupDialog", str(REASONS[m.reason])) if m.reason in REASONS else m.reason
            cells = [m.created_at.replace("T", " "), why, m.database_format, str(sum(m.counts.values())),
                     m.created_by, b.path.name]
            for c, value in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(value))
        for c in range(self.table.columnCount() - 1):  # the last one stretches
            self.table.resizeColumnToContents(c)
        if files and not self.table.selectedItems():
            self.table.selectRow(0)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()].path if rows and rows[0].row() < len(self.files) else None

    # -- jobs ----------------------------------------------------------------------
    def _running(self, job: Job, text: str) -> Job:
        self.job = job
        self.status.setText(text)
        self.progress.setValue(0)
        job.signals.progress.connect(lambda f, _m="": self.progress.setValue(int(f * 100)))
        job.signals.cancelled.connect(lambda: self.status.setText(self.tr("Cancelled: nothing was written")))
        for b in (self.backup_button, self.verify_button, self.restore_button):
            b.setEnabled(False)
        self.cancel_button.setEnabled(True)
        return job

    def _finished(self, _job: Job | None = None) -> None:
        self.job = None
        for b in (self.backup_button, self.verify_button, self.restore_button):
            b.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def back_up(self) -> Job:
        job = ops.read(self, self.runner, actions.backup_database, self.workspace, on_done=self._backed_up,
                       on_failed=self._failed, on_finished=self._finished, title=self.tr("Backup"))
        return self._running(job, self.tr("Backing up…"))

    def _backed_up(self, result: Any) -> None:
        self.progress.setValue(100)
        self.status.setText(self.tr("Backed up to %1 (%2 s)").replace("%1", result.path.name)
                            .replace("%2", f"{result.seconds:.1f}"))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(failure_text(exc))
        ops.show_failure(self, exc, self.tr("Backup and restore"))

    def verify(self, path: Path | None = None) -> Job | None:
        path = path or self.selected() or self._pick()
        if path is None:
            return None
        job = ops.read(self, self.runner, actions.verify_backup_file, path, ws=self.workspace,
                       on_done=self._verified, on_failed=self._failed, on_finished=self._finished,
                       title=self.tr("Verify backup"))
        return self._running(job, self.tr("Test-restoring %1…").replace("%1", path.name))

    def _verified(self, result: Any) -> None:
        self.progress.setValue(100)
        m = result.manifest
        self.status.setText(self.tr("%1 is good: %2 tables, %3 rows as in its manifest")
                            .replace("%1", result.path.name).replace("%2", str(len(m.counts)))
                            .replace("%3", str(sum(m.counts.values()))))

    def _pick(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Backup file"), "", self.tr("Backups (*.zip)"))
        return Path(name) if name else None

    def confirm_restore(self, path: Path) -> bool:
        """Ask before anything is replaced (tests replace this with a yes or a no)."""
        answer = QMessageBox.warning(
            self, self.tr("Restore a backup"),
            self.tr("Replace the whole database by the backup %1?\n\nEverything entered since it was taken is "
                    "replaced. A safety backup of the database as it is now is taken first, and the other "
                    "counters are told on their next action.").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, path: Path | None = None) -> Job | None:
        path = path or self.selected() or self._pick()
        if path is None or not self.confirm_restore(path):
            return None
        job = ops.write(self, self.runner, actions.restore_database, self.workspace, path,
                        on_done=self._restored, on_failed=self._failed, on_finished=self._finished,
                        title=self.tr("Restore"))
        return self._running(job, self.tr("Restoring %1…").replace("%1", path.name))

    def _restored(self, result: Any) -> None:
        self.progress.setValue(100)
        self.status.setText(self.tr("Restored %1; the database before it is in %2")
                            .replace("%1", result.path.name)
                            .replace("%2", result.safety_backup.name if result.safety_backup else "-"))
        self.refresh()
        parent = self.parent()
        if parent is not None and hasattr(parent, "refresh"):
            parent.refresh()


if __name__ == "__main__":  # pragma: no cover - a preview on a scratch database
    import sys
    import tempfile

    from PySide6.QtWidgets import QApplication

    from station.workspace import open_workspace

    app = QApplication(sys.argv)
    ws = open_workspace(Path(tempfile.mkdtemp()) / "preview.db", operator="preview")
    BackupDialog(ws, JobRunner()).exec()
