"""A big-table model that holds ids and fetches rows a page at a time (Anki's DataModel).

One SQL query gives the ordered list of ids for the current filter and sort; `data()` fills a row cache
~200 rows at a time through a read action (station.actions, one short session each); a header click changes ORDER BY and re-runs the id query.
There is no proxy model: filtering and sorting happen in SQL, so 200,000 rows stay instant.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from station.workspace import Workspace

#: Rows fetched per read session; one screen is ~30 rows, so a page covers several screens of scrolling.
PAGE_SIZE = 200
#: Cached rows kept before the cache is dropped (memory stays flat while scrolling 200,000 rows).
CACHE_LIMIT = 20 * PAGE_SIZE

_Index = QModelIndex | QPersistentModelIndex

#: read actions: (workspace, filter, sort key, descending) -> ids; (workspace, ids) -> rows by id
IdsQuery = Callable[[Workspace, Any, str, bool], list[int]]
RowsQuery = Callable[[Workspace, Sequence[int]], dict[int, Any]]


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column: its header (English, marked with QT_TRANSLATE_NOOP in the model's context), how to
    get the shown value from a row, and the station sort key a header click asks for (None: not sortable)."""

    title: str
    value: Callable[[Any], Any]
    sort_key: str | None = None
    align_right: bool = False
    tooltip: Callable[[Any], str] | None = None



def sortable_columns(columns: Sequence[ColumnSpec], sort_keys: Iterable[str]) -> list[ColumnSpec]:
    """`columns` with the sort key dropped where the station query cannot order by it (see its SORT_KEYS)."""
    sortable = set(sort_keys)
    return [c if c.sort_key in sortable else ColumnSpec(c.title, c.value, None, c.align_right, c.tooltip)
            for c in columns]

class LazyTableModel(QAbstractTableModel):
    """Ids in memory, rows fetched lazily. Subclasses give the queries, the columns and a context."""

    IdRole = Qt.ItemDataRole.UserRole  #: the row's database id
    RowRole = Qt.ItemDataRole.UserRole + 1  #: the frozen row dataclass itself

    count_changed = Signal(int)  #: the number of matching rows after each re-query
    reloaded = Signal()  #: the id list was re-queried (filter, sort or refresh)

    #: translation context of the column titles (lupdate reads the QT_TRANSLATE_NOOP calls)
    context = "LazyTableModel"

    def __init__(
        self,
        workspace: Workspace,
        *,
        ids_query: IdsQuery,
        rows_query: RowsQuery,
        columns: Sequence[ColumnSpec],
        initial_filter: Any,
        sort_key: str,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._ids_query = ids_query
        self._rows_query = rows_query
        self._columns = list(columns)
        self._filter = initial_filter
        self._sort_key = sort_key
        self._descending = False
        self._ids: list[int] = []
        self._pos: dict[int, int] | None = None  # id -> row, built on demand
        self._cache: dict[int, Any] = {}
        self.queries = 0  #: id re-queries so far (tests check sorting re-queries)

    # -- state -----------------------------------------------------------------
    @property
    def filter(self) -> Any:
        return self._filter

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def columns(self) -> list[ColumnSpec]:
        return list(self._columns)

    def count(self) -> int:
        return len(self._ids)

    def set_filter(self, flt: Any) -> None:
        """Replace the whole filter and re-query."""
        self._filter = flt
        self.reload()

    def update_filter(self, **changes: Any) -> None:
        """Change some fields of the (frozen dataclass) filter and re-query."""
        self.set_filter(dataclasses.replace(self._filter, **changes))

    def sort_by(self, sort_key: str, descending: bool = False) -> None:
        self._sort_key, self._descending = sort_key, descending
        self.reload()

    def column_of_sort_key(self, sort_key: str) -> int:
        for i, col in enumerate(self._columns):
            if col.sort_key == sort_key:
                return i
        return -1

    def reload(self) -> None:
        """Re-run the id query with the current filter and order; the row cache starts empty."""
        ids = list(self._ids_query(self._workspace, self._filter, self._sort_key, self._descending))
        self.queries += 1
        self.beginResetModel()
        self._ids, self._pos, self._cache = ids, None, {}
        self.endResetModel()
        self.reloaded.emit()
        self.count_changed.emit(len(ids))

    def refresh_rows(self, ids: Sequence[int]) -> None:
        """Forget cached rows after an edit so they are fetched again when shown."""
        for i in ids:
            self._cache.pop(i, None)
            r = self.row_of_id(i)
            if r >= 0:
                self.dataChanged.emit(self.index(r, 0), self.index(r, self.columnCount() - 1))

    # -- ids and rows --------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of_id(self, ident: int) -> int:
        if self._pos is None:
            self._pos = {v: i for i, v in enumerate(self._ids)}
        return self._pos.get(ident, -1)

    def row_at(self, row: int) -> Any | None:
        ident = self.id_at(row)
        if ident is None:
            return None
        if ident not in self._cache:
            self._fetch_page(row)
        return self._cache.get(ident)

    def _fetch_page(self, row: int) -> None:
        if len(self._cache) > CACHE_LIMIT:
            self._cache = {}
        start = row - row % PAGE_SIZE
        page = self._ids[start : start + PAGE_SIZE]
        rows = self._rows_query(self._workspace, page)
        for ident in page:
            # None marks a row deleted since the id query, so it is not fetched again and again.
            self._cache[ident] = rows.get(ident)

    # -- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == self.IdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, self.RowRole):
            return None
        col = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            h = Qt.AlignmentFlag.AlignRight if col.align_right else Qt.AlignmentFlag.AlignLeft
            return int(h | Qt.AlignmentFlag.AlignVCenter)
        row = self.row_at(index.row())
        if role == self.RowRole:
            return row
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return col.tooltip(row) if col.tooltip else None
        value = col.value(row)
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return QCoreApplication.translate(self.context, self._columns[section].title)
            return None
        return section + 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: re-query with that column's ORDER BY (no proxy)."""
        if not (0 <= column < len(self._columns)):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        self.sort_by(key, order == Qt.SortOrder.DescendingOrder)
