"""The import preview's list of updated rows: each changed field, old → new (station.imports.changes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from station.imports import ImportPreview
from station.imports.changes import Change, changes

_Index = QModelIndex | QPersistentModelIndex
#: The new value in the colour of the "Updated" count.
NEW_COLOUR = QColor("#0d47a1")


class ChangeModel(QAbstractTableModel):
    """Line, key (户号 or 资产编号), column, old, new: one row per changed field (a list model, cheap)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Change] = []
        self._headers = [self.tr("Line"), self.tr("Key"), self.tr("Column"), self.tr("Before"), self.tr("After")]

    def set_preview(self, preview: ImportPreview, area_codes: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = changes(preview, area_codes)
        if preview.kind == "customers":
            self._headers[1] = "户号"
        elif preview.kind == "assets":
            self._headers[1] = "资产编号"
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else 5

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            return NEW_COLOUR
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (c.line, c.key, c.column, c.before or "—", c.after)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def area_codes_of(workspace: Any) -> dict[int, str]:
    """台区 id → code, for an update that moves a customer to another 台区 (one short read)."""
    from station.actions import load_areas

    return {a.id: a.code for a in load_areas(workspace)}
