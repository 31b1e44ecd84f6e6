"""The ledger tables' context menu (open, copy the number, history, the page's steps) and column chooser.

The column chooser is the header's context menu (and a submenu of the row menu): a checkable entry per column;
what is hidden is saved at once in the table's QSettings entry (the header state the page restores at start),
so it survives a restart, per table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QTableView, QWidget


class ColumnChooser:
    """Columns of `view` shown or hidden from a menu; `save(state)` stores the header state (QSettings)."""

    def __init__(self, view: QTableView, save: Callable[[Any], None]) -> None:
        self.view, self._save = view, save
        header = view.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.menu(view).popup(header.mapToGlobal(pos)))

    def menu(self, parent: QWidget) -> QMenu:
        menu = QMenu(QCoreApplication.translate("LedgerMenu", "Columns"), parent)
        menu.setObjectName("column_chooser")
        model, header = self.view.model(), self.view.horizontalHeader()
        shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        for c in range(model.columnCount()):
            act = menu.addAction(str(model.headerData(c, Qt.Orientation.Horizontal)))
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(c))
            act.setEnabled(not (len(shown) == 1 and c in shown))  # the last column shown stays
            act.setData(c)
            act.toggled.connect(lambda on, col=c: self.set_shown(col, on))
        return menu

    def set_shown(self, column: int, shown: bool) -> None:
        header = self.view.horizontalHeader()
        header.setSectionHidden(column, not shown)
        self._save(header.saveState())


class LedgerMenu:
    """The row context menu of a ledger table. `items(index)` gives the entries of the row under the mouse:
    (text, slot) pairs, None for a separator; `actions()` adds the page's own (steps), and the columns."""

    def __init__(self, view: QTableView, items: Callable[[QModelIndex], Sequence[tuple[str, Callable[[], Any]] | None]],
                 columns: ColumnChooser, actions: Callable[[], Sequence[QAction]] = lambda: ()) -> None:
        self.view, self._items, self._columns, self._actions = view, items, columns, actions
        self.last_menu: QMenu | None = None
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._popup)

    def build(self, index: QModelIndex) -> QMenu:
        menu = QMenu(self.view)
        menu.setObjectName("ledger_menu")
        for item in self._items(index) if index.isValid() else ():
            if item is None:
                menu.addSeparator()
                continue
            text, slot = item
            menu.addAction(text).triggered.connect(lambda _=False, f=slot: f())
        own = [a for a in self._actions() if a.isVisible()]
        if own:
            menu.addSeparator()
            menu.addActions(own)
        menu.addSeparator()
        menu.addMenu(self._columns.menu(menu))
        self.last_menu = menu
        return menu

    def _popup(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        self.build(index).popup(self.view.viewport().mapToGlobal(pos))


def copy_text(text: str) -> None:
    QGuiApplication.clipboard().setText(text)
