"""月结: a month's checklist as it stands, closing it (confirmed; a backup first) and reopening it (a reason)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.domain.periods import label
from station.month.checklist import CHECKS
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.text import failure_text, message_text

OUTCOMES = {
    "passed": QT_TRANSLATE_NOOP("MonthDialog", "passed"),
    "noted": QT_TRANSLATE_NOOP("MonthDialog", "noted"),
    "blocking": QT_TRANSLATE_NOOP("MonthDialog", "blocking"),
    "accepted": QT_TRANSLATE_NOOP("MonthDialog", "accepted"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("MonthDialog", "open"),
    "closing": QT_TRANSLATE_NOOP("MonthDialog", "closing"),
    "closed": QT_TRANSLATE_NOOP("MonthDialog", "closed"),
}
COLOURS = {"blocking": "#c62828", "noted": "#8d6e00", "accepted": "#8d6e00", "passed": "#2e7d32"}
#: Months offered: the last two years, newest first.
MONTHS_SHOWN = 24


def recent_months(today: dt.date | None = None, n: int = MONTHS_SHOWN) -> list[int]:
    today = today or dt.date.today()
    key = today.year * 100 + today.month
    out = []
    for _ in range(n):
        out.append(key)
        key = key - 1 if key % 100 > 1 else key - 89
    return out


class MonthDialog(QDialog):
    """Pick a month; its checklist and state load in the background; Close and Reopen run as write jobs."""

    def __init__(self, workspace: Workspace, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.setObjectName("MonthDialog")
        self.setWindowTitle(self.tr("Month close"))
        self.resize(820, 440)
        self.month_combo = QComboBox()
        for m in recent_months():
            self.month_combo.addItem(label(m), m)
        self.month_combo.setCurrentIndex(1)  # last month: the one usually closed
        self.state_label = QLabel()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Result"), self.tr("Detail")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)  # the file / detail takes the rest
        self.table.verticalHeader().setVisible(False)
        self.close_month_button = QPushButton(self.tr("Close month…"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        done = QPushButton(self.tr("Close"))
        self.close_month_button.clicked.connect(lambda: self.close_month())
        self.reopen_button.clicked.connect(lambda: self.reopen())
        done.clicked.connect(self.reject)
        self.month_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month:")))
        top.addWidget(self.month_combo)
        top.addWidget(self.state_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_month_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.months: dict[int, Any] = {}
        self.refresh()

    def month(self) -> int:
        return int(self.month_combo.currentData())

    def refresh(self) -> Job:
        ops.read(self, self.runner, actions.load_months, self.workspace, on_done=self._show_months,
                 supersede="months")
        return ops.read(self, self.runner, actions.load_checklist, self.workspace, self.month(),
                        on_done=self.show_items, supersede="checklist")

    def _show_months(self, rows: list[Any]) -> None:
        self.months = {r.month: r for r in rows}
        row = self.months.get(self.month())
        status = row.status if row is not None else "open"
        text = QCoreApplication.translate("MonthDialog", str(STATUSES.get(status, status)))
        if row is not None and status == "closed":
            text = self.tr("%1: closed by %2 at %3").replace("%1", label(row.month)).replace(
                "%2", row.closed_by or "").replace("%3", f"{row.closed_at:%Y-%m-%d %H:%M}")
        elif row is not None and row.reopen_reason:
            text = self.tr("%1: open, reopened by %2: %3").replace("%1", label(row.month)).replace(
                "%2", row.reopened_by or "").replace("%3", row.reopen_reason)
        self.state_label.setText(text)
        self.close_month_button.setEnabled(status != "closed")
        self.reopen_button.setEnabled(status in ("closed", "closing"))

    def show_items(self, items: list[Any]) -> None:
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            shown = str(OUTCOMES.get(item.outcome, item.outcome))
            outcome = QTableWidgetItem(QCoreApplication.translate("MonthDialog", shown))
            outcome.setForeground(QBrush(QColor(COLOURS.get(item.outcome, "#000000"))))
            self.table.setItem(r, 0, QTableWidgetItem(message_text(item.title)))
            self.table.setItem(r, 1, outcome)
            self.table.setItem(r, 2, QTableWidgetItem(message_text(item.detail)))
        for c in range(self.table.columnCount() - 1):  # the last one stretches
            self.table.resizeColumnToContents(c)

    # -- close and reopen ---------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (tests replace it)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def close_month(self, accept: frozenset[str] = frozenset()) -> Job | None:
        name = label(self.month())
        if not accept and not self.confirm(self.tr("Close month"), self.tr(
                "Close %1? Its readings, 台区 supply, completions and visits are then frozen: corrections go in "
                "an open month. A backup is taken first.").replace("%1", name)):
            return None
        return ops.write(self, self.runner, actions.close_month, self.workspace, self.month(), accept=accept,
                         on_done=self._closed, title=self.tr("Month close"))

    def _closed(self, result: Any) -> None:
        self.show_items(list(result.items))
        self.refresh_months()
        if result.closed:
            return
        blocking = result.blocking
        names = "\n".join(f"• {message_text(i.title)}: {message_text(i.detail)}" for i in blocking)
        if all(CHECKS[i.key].overridable for i in blocking if i.key in CHECKS) and self.confirm(
                self.tr("Month not closed"),
                self.tr("These items block the close:\n%1\n\nClose the month anyway, accepting them?").replace(
                    "%1", names)):
            self.close_month(frozenset(i.key for i in blocking))
        elif not all(CHECKS[i.key].overridable for i in blocking if i.key in CHECKS):
            QMessageBox.warning(self, self.tr("Month not closed"),
                                self.tr("These items block the close:\n%1").replace("%1", names))

    def refresh_months(self) -> Job:
        return ops.read(self, self.runner, actions.load_months, self.workspace, on_done=self._show_months,
                        supersede="months")

    def ask_reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Reopen month"), self.tr(
            "Why is %1 reopened? (kept in the audit log)").replace("%1", label(self.month())))
        return text if ok else None

    def reopen(self) -> Job | None:
        reason = self.ask_reason()
        if reason is None:
            return None
        return ops.write(self, self.runner, actions.reopen_month, self.workspace, self.month(), reason,
                         on_done=lambda _row: self.refresh(), title=self.tr("Reopen month"))


def closed_month_refusal(exc: BaseException) -> bool:
    """Whether `exc` refused a write only because its months are closed."""
    from station.domain.periods import MONTH_CLOSED

    codes = {p.code for p in getattr(exc, "problems", [])}
    return codes == {MONTH_CLOSED}


def ask_correction(parent: QWidget, exc: BaseException) -> bool:
    """The import's offer when a file carries a closed month: book its values as corrections instead?"""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("MonthDialog", "Month closed"),
        failure_text(exc) + "\n\n" + QCoreApplication.translate(
            "MonthDialog", "Import the file as a correction instead? The closed months keep their values; each "
                       "differing value is booked as an amendment in this month, pointing to the original."))
    return answer == QMessageBox.StandardButton.Yes


if __name__ == "__main__":  # pragma: no cover - a preview on a scratch database
    import sys
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from station.workspace import open_workspace

    app = QApplication(sys.argv)
    ws = open_workspace(Path(tempfile.mkdtemp()) / "preview.db", operator="preview")
    MonthDialog(ws, JobRunner()).exec()
