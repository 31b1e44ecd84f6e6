"""Extension (called by MainWindow._install_features): work orders where the work is found.

- "New order" on the 电量突降 list (the selected suspects, with the scan month and each one's score and
  drop-start month), on the due list (the month's on-site tests), on the line-loss page (the selected 台区,
  its customers by drop score) and on the customer ledger (the selected customer);
- a 工单 tab in the customer detail and a work-order section in the asset detail;
- the status bar's overdue entry: open findings past their deadline, a click opens the overdue list.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from station.actions.order_links import load_asset_orders, load_customer_orders, load_overdue_findings
from station.orders.rows import OrderDraft, TargetDraft
from ui import ops
from ui.widgets.linked_orders import LinkedOrdersWidget

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.orders_page import OrdersPage




class OrderHooks(QObject):
    """Kept by the window as `window.order_hooks`; `actions` maps a page key to its "new order" action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.customer_orders: LinkedOrdersWidget | None = None
        self.asset_orders: LinkedOrdersWidget | None = None
        self.overdue_button = QPushButton(window)
        self.overdue_button.setObjectName("overdue_findings")
        self.overdue_button.setFlat(True)
        self.overdue_button.setStyleSheet("color: #b00020; font-weight: bold;")
        self.overdue_button.setVisible(False)
        self._only_escalated = False  #: the note counts escalated findings only: its click lists those
        self.overdue_button.clicked.connect(self.open_overdue)
        window.statusBar().insertPermanentWidget(0, self.overdue_button)
        for key, text, make in (
                ("suspects", self.tr("New order for the selected suspects…"), self._from_suspects),
                ("due", self.tr("New order for the month's on-site tests…"), self._from_due),
                ("lineloss", self.tr("New order for this area…"), self._from_lineloss),
                ("customers", self.tr("New work order…"), self._from_customer)):
            self._hook(key, text, make)
        window.on_page("customers", self._customer_tab)
        window.on_page("assets", self._asset_section)
        window.page_created.connect(self._page_created)
        self.check_overdue()

    # -- "new order" on the pages -----------------------------------------------------------------------
    def _hook(self, key: str, text: str, make: Any) -> None:
        if key not in self.window.page_keys() or "orders" not in self.window.page_keys():
            return
        act = QAction(text, self.window)
        act.setObjectName(f"new_order_from:{key}")
        act.triggered.connect(lambda: self.new_order(key))
        self.actions[key] = act
        self._makers = getattr(self, "_makers", {})
        self._makers[key] = make

        def add(page: Any) -> None:
            page.add_toolbar_action(None)
            page.add_toolbar_action(act)
            if self.window.current_key() == key:
                self.window.refresh_page_toolbar()

        self.window.on_page(key, add)

    def orders_page(self) -> OrdersPage:
        from ui.pages.orders_page import OrdersPage

        page = self.window.show_page("orders")
        assert isinstance(page, OrdersPage)
        return page

    def new_order(self, key: str) -> Any:
        """The draft the page `key` suggests, in the new-order dialog of the 工单 page."""
        draft = self._makers[key](self.window.page(key))
        if draft is None:
            self.window.statusBar().showMessage(self.tr("Select what the order is for first."), 5000)
            return None
        return self.orders_page().flows.new_order(draft)

    @staticmethod
    def _from_suspects(page: Any) -> OrderDraft | None:
        rows = page.selected_rows() or ([page.current_row()] if page.current_row() is not None else [])
        if not rows:
            return None
        return OrderDraft("theft", tuple(TargetDraft(r.account_no, drop_start=r.start_month, score=r.score)
                                         for r in rows),
                          source="suspect", scan_month=page.scanned_month or None, due_on=_in_days(14))

    @staticmethod
    def _from_due(page: Any) -> OrderDraft | None:
        from station.due.items import DueKind

        tests = [it for it in page.shown_items() if it.kind == DueKind.ONSITE and it.account_no]
        if not tests:
            return None
        year, month = (int(x) for x in page.month().split("-"))
        first = dt.date(year, month, 1)
        return OrderDraft("onsite-test", tuple(TargetDraft(it.account_no, it.target_no) for it in tests),
                          source="due", planned_on=max(first, dt.date.today()),
                          due_on=max(first.replace(day=28), dt.date.today() + dt.timedelta(days=7)),
                          note=QCoreApplication.translate("OrderHooks", "On-site tests of %1").replace(
                              "%1", page.month()))

    @staticmethod
    def _from_lineloss(page: Any) -> OrderDraft | None:
        row = page.current_row()
        if row is None:
            return None
        suspects = [page.customers_model.row_at(i) for i in range(min(5, page.customers_model.rowCount()))]
        return OrderDraft("special", tuple(TargetDraft(r.account_no) for r in suspects), source="lineloss",
                          area_code=row.area_code, due_on=_in_days(30),
                          note=QCoreApplication.translate("OrderHooks", "Line loss of %1 in %2").replace(
                              "%1", row.area_code).replace("%2", row.month))

    @staticmethod
    def _from_customer(page: Any) -> OrderDraft | None:
        detail = page.detail.detail
        if detail is None:
            return None
        return OrderDraft("periodic", (TargetDraft(detail.customer.account_no),), source="manual",
                          due_on=_in_days(30))

    # -- orders beside the customer and the asset ----------------------------------------------------------
    def _customer_tab(self, page: Any) -> None:
        widget = LinkedOrdersWidget(page.detail)
        widget.setObjectName("customer_orders")
        widget.open_order_requested.connect(self.open_order)
        page.detail.tabs.addTab(widget, self.tr("Work orders"))
        self.customer_orders = widget

        def shown(ident: int) -> None:
            if not ident:
                widget.show_links(None)
                return
            ops.read(widget, self.window.runner, load_customer_orders, self.window.workspace, ident,
                     supersede="links", on_done=lambda got: self._show_customer(page, widget, got))

        page.detail_shown.connect(shown)

    def _show_customer(self, page: Any, widget: LinkedOrdersWidget, linked: Any) -> None:
        widget.show_links(linked)
        index = page.detail.tabs.indexOf(widget)
        text = self.tr("Work orders (%1)").replace("%1", str(widget.count()))
        page.detail.tabs.setTabText(index, text)

    def _asset_section(self, page: Any) -> None:
        widget = LinkedOrdersWidget(page.detail, compact=True)
        widget.setObjectName("asset_orders")
        widget.open_order_requested.connect(self.open_order)
        side = getattr(page.detail, "side", None)
        if side is None:
            return
        side.addWidget(widget, 1)
        self.asset_orders = widget

        def selected(ident: int) -> None:
            widget.setVisible(bool(ident))
            if ident:
                ops.read(widget, self.window.runner, load_asset_orders, self.window.workspace, ident,
                         supersede="links", on_done=widget.show_links)

        page.asset_selected.connect(selected)
        widget.setVisible(False)

    # -- the window -------------------------------------------------------------------------------
    def open_order(self, number: str) -> None:
        self.orders_page().open_order(number)

    def open_overdue(self) -> None:
        """The overdue list, or the escalated one when only escalated findings are noted."""
        self.orders_page().show_list("escalated" if self._only_escalated else "overdue")

    def _page_created(self, key: str, page: Any) -> None:
        if key == "orders":
            page.order_written.connect(lambda _r: self.check_overdue())

    def check_overdue(self) -> None:
        ops.read(self.overdue_button, self.window.runner, load_overdue_findings, self.window.workspace,
                 on_done=self._show_overdue, supersede="overdue")

    def _show_overdue(self, rows: list[Any]) -> None:
        from station.orders.states import ESCALATED

        escalated = sum(1 for f in rows if f.status == ESCALATED)
        late = sum(1 for f in rows if f.overdue)
        self._only_escalated = bool(escalated) and not late
        self.overdue_button.setVisible(bool(rows))
        parts = [self.tr("%n finding(s) overdue", "", late)] if late else []
        if escalated:  # waiting for a supervisor's decision, late or not
            parts.append(self.tr("%n escalated", "", escalated))
        self.overdue_button.setText(" · ".join(parts))
        self.overdue_button.setToolTip("\n".join(
            f"{f.order_number}  {f.account_no or ''}  {f.rectify_by}" for f in rows[:15]))


def _in_days(days: int) -> dt.date:
    return dt.date.today() + dt.timedelta(days=days)


def install(window: MainWindow) -> OrderHooks:
    """The main window's extension hook (MainWindow._install_features): kept as `window.order_hooks`."""
    return OrderHooks(window)
