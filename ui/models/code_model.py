"""A code table as a tree (门类 → 大类 → 中类 …) for the code-table page: one item per value, its aliases, its
customers, where it came from; retired values greyed. Built once per load from station's CodeRows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from station.codes.store import CodeRow
from station.i18n import QT_TRANSLATE_NOOP

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
RETIRED = QT_TRANSLATE_NOOP("CodeTableModel", "Retired")
WITH_BELOW = QT_TRANSLATE_NOOP("CodeTableModel", "%1 with the values below it (%2 hold this value itself)")
ADDED_BY = QT_TRANSLATE_NOOP("CodeTableModel", "Added by %1 on %2")
_GREY = QBrush(QColor("#888"))
_ADDED = QBrush(QColor("#0d47a1"))


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_text(row: CodeRow) -> str:
    """Retired, or who added it and when, or nothing for a seeded value in use."""
    if row.retired:
        return _tr(RETIRED)
    if row.origin == "added":
        when = row.added_at.strftime("%Y-%m-%d") if row.added_at else ""
        return _tr(ADDED_BY).replace("%1", row.added_by or "").replace("%2", when)
    return ""


class CodeTableModel(QStandardItemModel):
    """The values of one table; `RowRole` holds the CodeRow on the code column of every row. The customers
    column counts a value with everything below it (the tooltip gives its own count)."""

    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])
        self.rows: list[CodeRow] = []

    def set_rows(self, rows: Sequence[CodeRow]) -> None:
        self.removeRows(0, self.rowCount())
        self.rows = list(rows)
        items: dict[str, QStandardItem] = {}
        totals = self._totals()
        for row in sorted(self.rows, key=lambda r: r.level):  # parents first, the table's order within a level
            total = totals.get(row.code, 0)
            cells = [QStandardItem(text) for text in (
                row.code, row.name, "、".join(row.aliases), f"{total:,}" if total else "",
                row.source, status_text(row))]
            for cell in cells:
                cell.setEditable(False)
                cell.setToolTip(cell.text())
            if total != row.customers:
                cells[CUSTOMERS].setToolTip(_tr(WITH_BELOW).replace("%1", f"{total:,}")
                                            .replace("%2", f"{row.customers:,}"))
                if row.retired:
                    cell.setForeground(_GREY)
                elif row.origin == "added":
                    cell.setForeground(_ADDED)
            cells[CUSTOMERS].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells[CODE].setData(row, self.RowRole)
            parent = items.get(row.parent_code or "")
            (parent or self.invisibleRootItem()).appendRow(cells)
            items[row.code] = cells[CODE]

    def _totals(self) -> dict[str, int]:
        """Customers of each value and of every value below it (a 门类 counts its 大类 and 中类)."""
        parents = {r.code: r.parent_code for r in self.rows}
        totals: dict[str, int] = {}
        for row in self.rows:
            code: str | None = row.code
            seen: set[str] = set()
            while code is not None and code not in seen:  # up the tree, once per value
                seen.add(code)
                totals[code] = totals.get(code, 0) + row.customers
                code = parents.get(code)
        return totals
