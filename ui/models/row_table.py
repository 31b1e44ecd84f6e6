"""A small in-memory table model: a list of frozen rows, one `RowColumn` per column (STYLE 13)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class RowColumn:
    """A column: its header (marked with QT_TRANSLATE_NOOP in the model's context), the text shown, the
    value the proxy sorts by, and optional tooltip; numbers align right."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel):
    """Rows in memory; `SortRole` gives the native value for a QSortFilterProxyModel, `RowRole` the row."""

    SortRole = Qt.ItemDataRole.UserRole  #: native value for the proxy
    RowRole = Qt.ItemDataRole.UserRole + 1  #: the row itself
    context = "RowTableModel"  #: translation context of the column titles
    columns: tuple[RowColumn, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == self.SortRole:
            return col.sort(row) if col.sort is not None else col.text(row)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        """Other roles (colours …) for subclasses."""
        return None


def row_of(view: QAbstractItemView, index: QModelIndex) -> Any:
    """The row a RowTableModel shows at `index` of `view`, through any proxy in between (its RowRole)."""
    return view.model().data(index.siblingAtColumn(0), RowTableModel.RowRole)
