"""The table view of a ledger page: row selection, SQL sorting by header click, cheap fixed row heights."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from ui.models.lazy_table import LazyTableModel


class LedgerView(QTableView):
    """A QTableView over a LazyTableModel. Emits `current_id_changed(id or 0)` and `activated_id(id)`."""

    current_id_changed = Signal(int)
    activated_id = Signal(int)

    def __init__(self, model: LazyTableModel, parent: QWidget | None = None, *,
                 widths: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self._model = model
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        vh = self.verticalHeader()
        vh.setVisible(False)
        # A fixed height: Qt then never asks 200,000 rows for their size hints.
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(self.fontMetrics().height() + 10)
        hh = self.horizontalHeader()
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setHighlightSections(False)
        hh.setStretchLastSection(True)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, w in enumerate(widths):
            hh.resizeSection(i, w)
        self._sync_indicator()
        # Connected after the indicator is set, so building the view does not re-query.
        hh.sortIndicatorChanged.connect(self._on_sort_clicked)
        model.modelReset.connect(self._on_reset)
        self.selectionModel().currentRowChanged.connect(self._on_current)
        self.doubleClicked.connect(self._on_double)

    def _sync_indicator(self) -> None:
        col = self._model.column_of_sort_key(self._model.sort_key)
        order = Qt.SortOrder.DescendingOrder if self._model.descending else Qt.SortOrder.AscendingOrder
        hh = self.horizontalHeader()
        hh.blockSignals(True)
        hh.setSortIndicator(col, order)
        hh.blockSignals(False)

    def _on_sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        keep = self.current_id()
        self._model.sort(column, order)
        self._sync_indicator()  # a column without an ORDER BY key leaves the order as it was
        if keep is not None:
            self.select_id(keep)

    def _on_reset(self) -> None:
        self._sync_indicator()
        self.current_id_changed.emit(0)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ident = self._model.id_at(current.row()) if current.isValid() else None
        self.current_id_changed.emit(ident or 0)

    def _on_double(self, index: QModelIndex) -> None:
        ident = self._model.id_at(index.row())
        if ident is not None:
            self.activated_id.emit(ident)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter opens the current row, as a double-click does (QTableView itself ignores it).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id() is not None:
            event.accept()
            self.activated_id.emit(self.current_id() or 0)
            return
        super().keyPressEvent(event)

    def lead_from(self, search: QLineEdit) -> None:
        """Down (or PageDown) in the page's search box moves into the results, on the first row when none is
        current: a clerk types, arrows down and presses Enter without the mouse."""
        self._search = search
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (watched is getattr(self, "_search", None) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                and self._model.count()):
            if self.current_id() is None:
                self.selectRow(0)
            self.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self._model.id_at(index.row()) if index.isValid() else None

    def select_id(self, ident: int) -> bool:
        """Make the row of `ident` current, selected and visible; False when it is not in the list."""
        row = self._model.row_of_id(ident)
        if row < 0:
            return False
        index = self._model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True
