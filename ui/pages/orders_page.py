"""工单: the work-order lists (mine, to approve, on site, overdue, all; by kind, source, 台区; search by number or
户号), counts per status, and the selected order's form with its next steps. Every read and write goes
through ui/ops.py; the steps and tools live in ui/pages/orders_flows.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.actions.orders import load_order, load_order_counts, load_orders
from station.i18n import QT_TRANSLATE_NOOP
from station.orders import states, vocab
from station.orders.rows import OrderDetail, OrderDraft, OrderFilter, OrderRow
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.models.order_models import OrderFilterProxy, OrderListModel, kind_text, order_state_text, source_text
from ui.settings import UiSettings
from ui.widgets.order_form import OrderForm

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SEARCH_DEBOUNCE_MS = 250
#: The lists of the page: key → (title, the filter it adds).
LISTS: tuple[tuple[str, str], ...] = (
    ("all", QT_TRANSLATE_NOOP("OrdersPage", "All orders")), ("mine", QT_TRANSLATE_NOOP("OrdersPage", "Mine")),
    ("to_approve", QT_TRANSLATE_NOOP("OrdersPage", "To approve")),
    ("onsite", QT_TRANSLATE_NOOP("OrdersPage", "On site")), ("overdue", QT_TRANSLATE_NOOP("OrdersPage", "Overdue")),
    ("open", QT_TRANSLATE_NOOP("OrdersPage", "Tracking")),
    ("escalated", QT_TRANSLATE_NOOP("OrdersPage", "Escalated")),
)


class OrdersPage(QWidget):
    """Signals for tests and other modules: `list_loaded(int)`, `detail_loaded(str)` (the order number shown),
    `counts_loaded(dict)`, `order_written(object)` (a write's result, after the lists are read again)."""

    page_key = "orders"
    list_loaded = Signal(int)
    detail_loaded = Signal(str)
    counts_loaded = Signal(dict)
    order_written = Signal(object)

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings = workspace, runner, ui_settings
        self.current_number: str | None = None
        self._select_after: str | None = None
        self._written: list[Any] = []  #: the result of a write whose lists and form are being read again
        self._writes = 0  #: writes done: a form read before the last one is not what it left
        self._screenshot_tab = ""
        self._screenshot_tried: list[str] = []  #: orders opened while looking for an escalated finding
        self._widened = False
        self.flows_previewed = ""  #: the PDF the last notice preview showed (tests compare its hash)
        self.model = OrderListModel(self)
        self.proxy = OrderFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build_filters()
        self.view = QTableView(self)
        self.view.setObjectName("orders_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(OrderListModel.NUMBER, Qt.SortOrder.DescendingOrder)  # newest first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        hh = self.view.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setStretchLastSection(True)
        # In the form (or, for "overdue", the due date in red): the list keeps number, kind, state, customers, due.
        for col in (OrderListModel.SOURCE, OrderListModel.INSPECTORS, OrderListModel.FINDINGS, OrderListModel.LATE):
            hh.setSectionHidden(col, True)
        list_width = self._size_columns(hh)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._on_current(cur.row()))
        self.form = OrderForm(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("orders_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.form)
        self.splitter.setStretchFactor(0, 0)  # the list keeps its columns' width; the form takes the rest
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([list_width, 1280 - list_width])  # the list's columns whole, the form the rest
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(self.filter_bar)
        lay.addWidget(self.counts_label)
        lay.addWidget(self.splitter, 1)
        self.new_action = QAction(self.tr("New order…"), self)
        self.new_action.setObjectName("new_order")
        self.new_action.triggered.connect(lambda: self.new_order())
        from ui.pages.orders_flows import OrderFlows

        self.flows = OrderFlows(self)
        state = ui_settings.splitter_state("orders")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        self._load_areas()
        self.refresh()

    # -- construction ----------------------------------------------------------------------------
    def _size_columns(self, hh: QHeaderView) -> int:
        """Widths for the shown columns in the UI language (a kind's long English name is elided, its state
        is not); returns the list's width."""
        from ui.pages.analysis_common import size_columns

        fm = self.fontMetrics()
        widths = [0] * self.model.columnCount()
        widths[OrderListModel.NUMBER] = fm.horizontalAdvance("GD2026-00000") + 16
        widths[OrderListModel.KIND] = fm.horizontalAdvance("专项（突击）检查") + 16
        widths[OrderListModel.STATUS] = 60
        widths[OrderListModel.CUSTOMERS] = fm.horizontalAdvance("3400000000") + 16
        widths[OrderListModel.DUE] = fm.horizontalAdvance("2026-00-00") + 16
        size_columns(hh, widths, {OrderListModel.STATUS: [order_state_text(s) for s in states.ORDER_STATES]})
        hh.resizeSection(OrderListModel.KIND, min(hh.sectionSize(OrderListModel.KIND), widths[OrderListModel.KIND]))
        shown = [c for c in range(self.model.columnCount()) if not hh.isSectionHidden(c)]
        return sum(hh.sectionSize(c) for c in shown) + 24 + self.view.verticalScrollBar().sizeHint().width()

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(lambda _i: self.refresh())
        return combo

    def _build_filters(self) -> None:
        every = self.tr("All")
        self.list_combo = self._combo("orders_list", [(self.tr(title), key) for key, title in LISTS])
        self.kind_combo = self._combo("orders_kind", [(every, None)] + [(kind_text(k), k) for k in vocab.KINDS])
        self.source_combo = self._combo("orders_source", [(every, None)] + [(source_text(k), k)
                                                                            for k in vocab.SOURCES])
        self.area_combo = self._combo("orders_area", [(every, None)])
        self.area_combo.setMinimumContentsLength(8)
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("orders_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Order number or account no."))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("font-weight: bold;")
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("orders_counts")
        self.counts_label.setStyleSheet("color: #444;")
        self.filter_bar = QHBoxLayout()
        for text, w in ((self.tr("List"), self.list_combo), (self.tr("Kind"), self.kind_combo),
                        (self.tr("Source"), self.source_combo), (self.tr("Area"), self.area_combo)):
            lab = QLabel(text + ":", self)
            lab.setBuddy(w)
            self.filter_bar.addWidget(lab)
            self.filter_bar.addWidget(w)
        self.filter_bar.addWidget(self.search_edit, 1)
        self.filter_bar.addWidget(self.count_label)

    def _load_areas(self) -> None:
        from station.actions import load_areas

        def fill(areas: list[Any]) -> None:
            self.area_combo.blockSignals(True)
            for a in areas:
                self.area_combo.addItem(f"{a.code} {a.name}", a.code)
            self.area_combo.blockSignals(False)

        ops.read(self, self.runner, load_areas, self.workspace, on_done=fill)

    def _widen_kinds(self) -> None:
        """Once, when the first rows are in and no splitter was remembered."""
        if self._widened or not self.isVisible() or not self.ui_settings.splitter_state("orders").isEmpty():
            return
        self._widened = True
        # On a wide screen the kinds' names fit whole: widen that column and the list by what it needs, if the
        # form keeps two thirds of the page.
        hh = self.view.horizontalHeader()
        before = hh.sectionSize(OrderListModel.KIND)
        need = max(before, self.view.sizeHintForColumn(OrderListModel.KIND))
        sizes = self.splitter.sizes()
        if need > before and sizes[1] - (need - before) > 2 * sum(sizes) // 3 - 80:
            hh.resizeSection(OrderListModel.KIND, need)
            self.splitter.setSizes([sizes[0] + need - before, sizes[1] - (need - before)])

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.new_action]

    # -- the list -----------------------------------------------------------------------------------
    def current_filter(self) -> OrderFilter:
        key = self.list_combo.currentData()
        return OrderFilter(
            status=states.ONSITE if key == "onsite" else states.TRACKING if key == "open" else None,
            kind=self.kind_combo.currentData(), source=self.source_combo.currentData(),
            area_code=self.area_combo.currentData(), overdue=key == "overdue",
            mine=self.workspace.operator if key == "mine" else None, to_approve=key == "to_approve",
            escalated=key == "escalated")

    def show_list(self, key: str) -> None:
        """Switch to the list keyed `key` (all, mine, to_approve, onsite, overdue, open, escalated), other filters
        cleared."""
        for combo in (self.kind_combo, self.source_combo, self.area_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        index = self.list_combo.findData(key)
        if index == self.list_combo.currentIndex():
            self.refresh()
        self.list_combo.setCurrentIndex(index)

    def refresh(self) -> Job:
        ops.read(self, self.runner, load_order_counts, self.workspace, on_done=self._on_counts, supersede="counts")
        return ops.read(self, self.runner, load_orders, self.workspace, self.current_filter(),
                        on_done=self._on_loaded, supersede="list")

    def _on_loaded(self, rows: list[OrderRow]) -> None:
        wanted = self._select_after
        keep = wanted or self.current_number
        self._select_after = None
        self.model.set_rows(rows)
        self._widen_kinds()
        self._update_count()
        row = self.model.row_of(keep) if keep else -1
        if wanted and row < 0 and self.list_combo.currentData() != "all":  # e.g. a new order: list them all
            self._select_after = wanted
            self.show_list("all")
            return
        proxy_row = self.proxy.mapFromSource(self.model.index(row, 0)).row() if row >= 0 else -1
        if proxy_row < 0 and self.proxy.rowCount():
            proxy_row = 0
        if proxy_row >= 0:
            self.view.selectRow(proxy_row)
            self._on_current(proxy_row)  # the same row again does not emit currentRowChanged
        else:
            self.form.show_detail(None)
            self.current_number = None
            self._written_done()
        self.list_loaded.emit(len(rows))

    def _on_counts(self, counts: dict[str, int]) -> None:
        parts = [f"{order_state_text(s)} {counts.get(s, 0)}" for s in states.ORDER_STATES if counts.get(s)]
        late = counts.get("overdue", 0)
        overdue = self.tr("Overdue %1").replace("%1", str(late))
        parts.append(f"<span style='color:#b00020; font-weight:bold'>{overdue}</span>" if late else overdue)
        if counts.get("escalated"):  # waiting for the supervisor's decision
            escalated = self.tr("Escalated %1").replace("%1", str(counts["escalated"]))
            parts.append(f"<span style='color:#b00020; font-weight:bold'>{escalated}</span>")
        self.counts_label.setText("  ·  ".join(parts))
        self.counts_loaded.emit(counts)

    def _apply_search(self) -> None:
        self.search_timer.stop()
        self.proxy.set_text(self.search_edit.text())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%n order(s)", "", shown) if shown == total else
                                 self.tr("%1 of %2 orders").replace("%1", str(shown)).replace("%2", str(total)))

    # -- the form -----------------------------------------------------------------------------------
    def _on_current(self, proxy_row: int) -> None:
        row = self.proxy.row_at(proxy_row) if proxy_row >= 0 else None
        if row is None:
            return
        self.current_number = row.number
        self.load_detail(row.number)

    def load_detail(self, number: str) -> Job:
        writes = self._writes
        return ops.read(self, self.runner, load_order, self.workspace, number, supersede="detail",
                        on_done=lambda detail: self._show_detail(detail, writes))

    def _show_detail(self, detail: OrderDetail, writes: int) -> None:
        if detail.order.number != self.current_number:
            return
        self.form.show_detail(detail)
        self.detail_loaded.emit(detail.order.number)
        if writes == self._writes:  # read after the last write: the form shows what it left
            self._written_done()

    def open_order(self, number: str) -> None:
        """Show order `number` (from another page, the start banner, a customer's order list)."""
        self.current_number = number
        row = self.model.row_of(number)
        if row < 0:  # not in the list shown: list every order, then select it
            self._select_after = number
            self.search_edit.clear()
            self.show_list("all")
            return
        self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self.load_detail(number)

    def after_write(self, result: Any, number: str | None = None) -> None:
        """A write went through: read the lists and the form again, keep (or move to) the order."""
        self._select_after = number or self.current_number
        self.current_number = self._select_after
        self._written = [result]
        self._writes += 1
        self.refresh()

    def _written_done(self) -> None:
        """The lists and the form show what the last write left: tell the listeners."""
        if self._written:
            result = self._written.pop()
            self.order_written.emit(result)

    def new_order(self, initial: OrderDraft | None = None) -> None:
        self.flows.new_order(initial or OrderDraft("periodic", ()))

    def prepare_for_screenshot(self) -> None:
        """`--screenshot`: show an order in its tracking with its findings (the page's busiest form), the one
        with an escalated finding (and that finding selected) when there is one."""
        self._screenshot_tab = "findings"
        self._screenshot_tried = []

    def ready_for_screenshot(self) -> bool:
        d = self.form.detail
        if self._screenshot_tab and d is not None:
            tracking = [r.number for r in self.model.rows() if r.status == states.TRACKING]
            escalated = [i for i, f in enumerate(d.findings) if f.status == states.ESCALATED]
            untried = [n for n in tracking if n not in self._screenshot_tried and n != d.order.number]
            if (d.order.number not in tracking or not escalated) and untried:
                self._screenshot_tried.append(d.order.number)
                self.open_order(untried[0])
                return False
            self.form.show_tab(self._screenshot_tab)
            self.form.views["findings"].selectRow(escalated[0] if escalated else 0)
            self._screenshot_tab = ""
            return False
        return self.form.detail is not None and not self._screenshot_tab

    def save_state(self) -> None:
        self.ui_settings.set_splitter_state("orders", self.splitter.saveState())


def make_page(window: MainWindow) -> OrdersPage:
    """The PageSpec factory (ui/pages/registry.py)."""
    return OrdersPage(window.workspace, window.runner, window.ui_settings, window)
