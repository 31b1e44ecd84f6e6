"""A code table as a tree (门类 → 大类 → 中类 …) for the code-table page: one item per value, its aliases, its
customers, where it came from; retired values greyed. Built once per load from station's CodeRows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from station.codes.store import CodeRow

_CTX = "CodeTableModel"
HEADERS = (
    QT_TRANSLATE_NOOP("CodeTableModel", "Code"),
    QT_TRANSLATE_NOOP("CodeTableModel", "Name"),
    QT_TRANSLATE_NOOP("CodeTableModel", "Aliases"),
    QT_TRANSLATE_NOOP("CodeTableModel", "Customers"),
    QT_TRANSLATE_NOOP("CodeTableModel", "Source"),
    QT_TRANSLATE_NOOP("CodeTableModel", "Status"),
)
CODE, NAME, ALIASES, CUSTOMERS, SOURCE, STATUS = range(6)
_GREY = QBrush(QColor("#888"))
_ADDED = QBrush(QColor("#0d47a1"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_text(row: CodeRow) -> str:
    """Retired, or who added it and when, or nothing for a seeded value in use."""
    if row.retired:
        return _tr("Retired")
    if row.origin == "added":
        when = row.added_at.strftime("%Y-%m-%d") if row.added_at else ""
        return _tr("Added by %1 on %2").replace("%1", row.added_by or "").replace("%2", when)
    return ""


class CodeTableModel(QStandardItemModel):
    """The values of one table; `RowRole` holds the CodeRow on the code column of every row."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        self.rows: list[CodeRow] = []

    def set_rows(self, rows: Sequence[CodeRow]) -> None:
        self.removeRows(0, self.rowCount())
        self.rows = list(rows)
        items: dict[str, QStandardItem] = {}
        for row in sorted(self.rows, key=lambda r: r.level):  # parents first, the table's order within a level
            cells = [QStandardItem(text) for text in (
                row.code, row.name, "、".join(row.aliases), f"{row.customers:,}" if row.customers else "",
                row.source, status_text(row))]
            for cell in cells:
                cell.setEditable(False)
                cell.setToolTip(cell.text())
                if row.retired:
                    cell.setForeground(_GREY)
                elif row.origin == "added":
                    cell.setForeground(_ADDED)
            cells[CUSTOMERS].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[CODE].setData(row, self.RowRole)
            parent = items.get(row.parent_code or "")
            (parent or self.invisibleRootItem()).appendRow(cells)
            items[row.code] = cells[CODE]
