"""The due list (轮换检定计划) and its exceptions as in-memory tables, with the kind/status/search filter proxy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from station.due import DueItem, DueKind, DueStatus, ExceptionItem
from station.due.duelist import DueList
from station.due.items import STATUS_ORDER
from station.i18n import QT_TRANSLATE_NOOP
from ui.models.row_table import Index, RowColumn, RowTableModel
from ui.text import ASSET_KIND, label, message_text

_CTX = "DueModel"

DUE_KIND: dict[str, str] = {
    DueKind.ONSITE: QT_TRANSLATE_NOOP("DueModel", "On-site test"),
    DueKind.PTDROP: QT_TRANSLATE_NOOP("DueModel", "PT voltage-drop test"),
    DueKind.CTPT: QT_TRANSLATE_NOOP("DueModel", "HV CT/PT check"),
    DueKind.ROTATION: QT_TRANSLATE_NOOP("DueModel", "Rotation"),
    DueKind.SAMPLING: QT_TRANSLATE_NOOP("DueModel", "Batch sampling"),
    DueKind.INSPECTION: QT_TRANSLATE_NOOP("DueModel", "Periodic inspection"),
}

DUE_STATUS: dict[str, str] = {
    DueStatus.URGENT: QT_TRANSLATE_NOOP("DueModel", "Urgent"),
    DueStatus.OVERDUE: QT_TRANSLATE_NOOP("DueModel", "Overdue"),
    DueStatus.DUE: QT_TRANSLATE_NOOP("DueModel", "Due this month"),
    DueStatus.UPCOMING: QT_TRANSLATE_NOOP("DueModel", "Next 3 months"),
    DueStatus.OK: QT_TRANSLATE_NOOP("DueModel", "OK"),
}

#: Row tint per status. The status is also written in its own column: colour is never the only signal.
STATUS_COLOUR: dict[str, str] = {
    DueStatus.URGENT: "#F4B6B6",
    DueStatus.OVERDUE: "#FAD7B5",
    DueStatus.DUE: "#FFF0A8",
    DueStatus.UPCOMING: "#D9E8F6",
}

EXCEPTION_REASON: dict[str, str] = {
    "below_minimum": QT_TRANSLATE_NOOP("DueModel", "Below class minimum"),
    "unverified": QT_TRANSLATE_NOOP("DueModel", "Not verified"),
    "past_life": QT_TRANSLATE_NOOP("DueModel", "Past service life"),
}


def kind_text(kind: str) -> str:
    return QCoreApplication.translate(_CTX, DUE_KIND.get(str(kind), str(kind)))


def status_text(status: str) -> str:
    return QCoreApplication.translate(_CTX, DUE_STATUS.get(str(status), str(status)))


def _date(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def _due_text(it: DueItem) -> str:
    # No date: never done and no start on record, so the list counts it overdue from the start.
    return it.due_on.isoformat() if it.due_on else QCoreApplication.translate("DueModel", "never done")


def _target(it: DueItem) -> str:
    if it.target_kind == "batch":
        return QCoreApplication.translate("DueModel", "%1 (%2 meters)").replace("%1", it.target_no) \
            .replace("%2", f"{it.devices:,}")
    return it.target_no


#: date.toordinal of 1970-01-01: the list's day numbers count from there.
_ORDINAL_1970 = dt.date(1970, 1, 1).toordinal()


class DueModel(RowTableModel):
    """The rows of a DueList that pass the kind/status/search filter, in the order asked for; background tinted
    by status. Filter and order are worked out on the list's columns, so showing a county's 200,000 items
    builds only the DueItems of the rows the view paints (DueList.built)."""

    context = _CTX
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Status"), lambda it: status_text(it.status),
                  sort=lambda it: STATUS_ORDER[it.status] * 10_000_000 + (it.due_on.toordinal() if it.due_on else 0)),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Kind"), lambda it: kind_text(it.kind)),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Target"), _target, sort=lambda it: it.target_no),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Account no."), lambda it: it.account_no),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Customer"), lambda it: it.customer_name),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Area"), lambda it: it.area_code),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Due on"), _due_text,
                  sort=lambda it: it.due_on.toordinal() if it.due_on else 0),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Last done"), lambda it: _date(it.last_done),
                  sort=lambda it: it.last_done.toordinal() if it.last_done else 0),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Rule"), lambda it: it.rule, tooltip=lambda it: it.rule),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items = DueList.of([])
        self._shown = np.zeros(0, dtype="int64")  # positions in _items of the rows shown, in order
        self._filter: tuple[Any, Any, str] = (None, None, "")
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Any]) -> None:
        """The list to show: a DueList as it is (its items built as rows are painted), other items wrapped."""
        self.beginResetModel()
        self._items = rows if isinstance(rows, DueList) else DueList.of(rows)
        self._shown = self._arrange()
        self.endResetModel()

    def items(self) -> DueList:
        return self._items

    def rows(self) -> list[Any]:
        """Every item of the list, shown or not (builds them all)."""
        return list(self._items)

    def row_at(self, row: int) -> Any:
        return self._items[int(self._shown[row])]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self._shown)

    def set_filters(self, kinds: Iterable[str] | None, statuses: Iterable[str] | None, text: str) -> None:
        self.beginResetModel()
        self._filter = (list(kinds) if kinds is not None else None, list(statuses) if statuses is not None else None,
                        text.strip().lower())
        self._shown = self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        held = self.persistentIndexList()  # the selection and the current row: they follow their items
        items = [int(self._shown[i.row()]) for i in held]
        self._sort = (column, order)
        self._shown = self._arrange()
        if held:
            row_of = np.empty(len(self._items), dtype="int64")
            row_of[self._shown] = np.arange(len(self._shown))
            self.changePersistentIndexList(held, [self.index(int(row_of[p]), i.column()) for p, i in zip(items, held,
                                                                                                       strict=True)])
        self.layoutChanged.emit()

    def counts(self) -> dict[str, int]:
        """Rows per status under the kind and search filters (not the status filter: the chips choose it)."""
        kinds, _statuses, text = self._filter
        found = self._items.count_by_status(self._items.matches(kinds, None, text))
        return {str(s): n for s, n in found.items()}

    def find(self, kind: str, target_no: str) -> int | None:
        """The row showing that item, if shown (by the list's columns: no item is built)."""
        at = np.flatnonzero((self._items.kinds()[self._shown] == str(kind))
                            & (self._items.target_keys[self._shown] == target_no.encode()))
        return int(at[0]) if len(at) else None

    def _arrange(self) -> np.ndarray:
        kinds, statuses, text = self._filter
        shown = np.flatnonzero(self._items.matches(kinds, statuses, text))
        if self._sort is None:
            return shown
        column, order = self._sort
        keys = self._sort_keys(column, shown)
        ranked = shown[np.argsort(keys, kind="stable")]
        return ranked[::-1] if order == Qt.SortOrder.DescendingOrder else ranked

    def _sort_keys(self, column: int, shown: np.ndarray) -> np.ndarray:
        """What the column sorts by, for the rows shown: status, kind, target and due date from the columns;
        the other columns from the items (a click on their header builds the rows it sorts)."""
        items = self._items
        due = items.due_days[shown]
        ordinal = np.where(due == np.iinfo("int64").min, 0, due + _ORDINAL_1970)
        if column == 0:
            return items.status_codes[shown].astype("int64") * 10_000_000 + ordinal  # type: ignore[no-any-return]
        if column == 6:
            return ordinal  # type: ignore[no-any-return]
        if column == 2:
            return items.target_keys[shown]
        if column == 1:
            texts = {k: kind_text(k) for k in DueKind}
            return np.array([texts[DueKind(k)] for k in items.kinds()[shown].tolist()], dtype=object)
        col = self.columns[column]
        key = col.sort or col.text
        return np.array([key(items[i]) for i in shown.tolist()], dtype=object)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = STATUS_COLOUR.get(row.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and row.status in STATUS_COLOUR:
            return QBrush(QColor("#1A1A1A"))  # dark text on the tint, also under a dark desktop theme
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.status in (DueStatus.URGENT,
                                                                               DueStatus.OVERDUE):
            font = QFont()
            font.setBold(True)
            return font
        return None


class DueFilter(QIdentityProxyModel):
    """Kind, status and search (asset_no / 户号 / name) over a DueModel. The model filters and sorts on its
    list's columns; this proxy passes the view's requests on (a QSortFilterProxyModel asked every row for
    its item and compared them in Python, building all 200,000 of a county)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._statuses: frozenset[str] | None = None

    def _model(self) -> DueModel:
        model = self.sourceModel()
        assert isinstance(model, DueModel)
        return model

    def set_filters(self, kinds: Iterable[str] | None, statuses: Iterable[str] | None, text: str) -> None:
        """Kinds and statuses to show (None: all) and a search text; one re-filter for all three."""
        self._statuses = frozenset(str(s) for s in statuses) if statuses is not None else None
        self._model().set_filters([str(k) for k in kinds] if kinds is not None else None,
                                  sorted(self._statuses) if self._statuses is not None else None, text)

    def statuses(self) -> frozenset[str] | None:
        return self._statuses

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model().sort(column, order)

    def shown_rows(self) -> list[DueItem]:
        """The rows as the view shows them (filtered, in its order)."""
        model = self._model()
        return [model.row_at(r) for r in range(model.rowCount())]


class ExceptionModel(RowTableModel):
    """Installed devices that should not be in service (future audit findings)."""

    context = _CTX
    columns = (
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Reason"),
                  lambda e: QCoreApplication.translate(_CTX, EXCEPTION_REASON.get(e.reason, e.reason))),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Asset no."), lambda e: e.asset_no),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Type"), lambda e: label(ASSET_KIND, e.asset_kind)),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Accuracy"), lambda e: e.accuracy_class),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Device class"), lambda e: e.device_class),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Account no."), lambda e: e.account_no),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Customer"), lambda e: e.customer_name),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Area"), lambda e: e.area_code),
        RowColumn(QT_TRANSLATE_NOOP("DueModel", "Detail"), lambda e: message_text(e.detail),
                  tooltip=lambda e: message_text(e.detail)),
    )

    def extra_data(self, row: ExceptionItem, column: int, role: int) -> Any:
        return None
