"""The counter's own steps on the customer and asset pages: 换表 (meter swap), 台区 by hand, readings by hand.

`install(window)` is called once by the main window (listed in MainWindow._install_features). Each step opens
its dialog, which saves itself through ui.ops (a refused save keeps the dialog and every field, marking the
refused ones) and refreshes the pages it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from station import actions
from station.domain.codes import AssetStatus, CustomerStatus
from ui import ops
from ui.widgets.ledger_menu import ColumnChooser, LedgerMenu, copy_text

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class CounterActions(QObject):
    """Kept as `window.counter_actions`; `done(kind, result)` after a step is saved."""

    done = Signal(str, object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ws = window.workspace
        self.swap_action = self._make(self.tr("Swap meter…"), self.swap_from_customer, "swap_customer")
        self.swap_action.setToolTip(self.tr("换表: remove the customer's meter and install a new one, in one step"))
        self.swap_asset_action = self._make(self.tr("Swap…"), self.swap_from_asset, "swap_asset")
        self.swap_asset_action.setToolTip(self.tr("换表: replace this installed asset with a new one"))
        self.readings_action = self._make(self.tr("Enter readings…"), self.enter_readings, "enter_readings")
        self.readings_action.setToolTip(self.tr("Type a customer's monthly kWh by hand (no collection-system file)"))
        self.areas_action = self._make(self.tr("台区…"), self.edit_areas, "areas")
        self.areas_action.setToolTip(self.tr("The station's 台区: create and edit them by hand"))
        window.register_action("ledger", self.areas_action, separator=True)
        self._customers: Any = None
        self._assets: Any = None
        self.last_dialog: Any = None  #: the dialog opened last (tests drive it)
        window.on_page("customers", self._hook_customers)
        window.on_page("assets", self._hook_assets)

    def _make(self, text: str, slot: Callable[[], Any], name: str) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        act.triggered.connect(lambda: slot())  # not triggered(bool): `checked` must not reach the slot
        return act

    # -- hooks --------------------------------------------------------------------------------------
    def _hook_customers(self, page: Any) -> None:
        self._customers = page
        page.add_toolbar_action(None)
        page.add_toolbar_action(self.swap_action)
        page.add_toolbar_action(self.readings_action)
        page.add_toolbar_action(self.areas_action)
        page.view.current_id_changed.connect(lambda _i: self._update())
        from ui.widgets.empty_station import EmptyStationPanel

        self.empty_panel = EmptyStationPanel(page)
        self.empty_panel.hide()
        self.empty_panel.chosen.connect(self._first_step)
        page.layout().insertWidget(1, self.empty_panel)
        page.model.count_changed.connect(self._show_empty)
        page.view.lead_from(page.search_edit)
        self.customer_menu = LedgerMenu(page.view, self._customer_items, ColumnChooser(
            page.view, lambda state: self.window.ui_settings.set_splitter_state("customers_header", state)),
            lambda: [self.swap_action, self.readings_action, page.close_action])
        self._show_empty(page.model.count())
        self._refresh_toolbar("customers")
        self._update()

    def _hook_assets(self, page: Any) -> None:
        self._assets = page
        page.add_toolbar_action(self.swap_asset_action)
        page.view.addAction(self.swap_asset_action)
        page.asset_selected.connect(lambda _i: self._update())
        page.view.lead_from(page.search_edit)
        self.asset_menu = LedgerMenu(page.view, self._asset_items, ColumnChooser(
            page.view, lambda state: self.window.ui_settings.set_splitter_state("assets_header", state)),
            page.view.actions)
        self._refresh_toolbar("assets")
        self._update()

    def _refresh_toolbar(self, key: str) -> None:
        if self.window.current_key() == key:
            self.window.refresh_page_toolbar()

    def _customer_row(self) -> Any:
        page = self._customers
        ident = page.view.current_id() if page is not None else None
        return page.model.row_at(page.model.row_of_id(ident)) if ident else None

    def _asset_row(self) -> Any:
        page = self._assets
        detail = page.detail.detail if page is not None else None
        return detail.asset if detail is not None and detail.asset.id == page.current_id() else None

    def _update(self) -> None:
        row = self._customer_row()
        self.swap_action.setEnabled(row is not None and row.status != CustomerStatus.CLOSED)
        self.readings_action.setEnabled(row is not None)
        asset = self._asset_row()
        self.swap_asset_action.setEnabled(asset is not None and asset.status == AssetStatus.INSTALLED)

    # -- the ledgers' context menus ----------------------------------------------------------------------
    def _customer_items(self, index: Any) -> list[Any]:
        page = self._customers
        row = page.model.row_at(index.row())
        if row is None:
            return []
        cell = str(index.data() or "")

        def history() -> None:
            page.detail.tabs.setCurrentWidget(page.detail.history)
            page.detail.history.setFocus()

        return [(self.tr("Open (edit)…"), page.edit_customer), None,
                (self.tr("Copy 户号 %1").replace("%1", row.account_no), lambda: copy_text(row.account_no)),
                (self.tr("Copy \"%1\"").replace("%1", cell[:30]), lambda: copy_text(cell)),
                (self.tr("Show history"), history)]

    def _asset_items(self, index: Any) -> list[Any]:
        page = self._assets
        row = page.model.row_at(index.row())
        if row is None:
            return []
        cell = str(index.data() or "")
        items: list[Any] = []
        if row.account_no:
            items.append((self.tr("Open customer %1").replace("%1", row.account_no),
                          lambda: self.open_customer(row.account_no)))
        items += [None, (self.tr("Copy 资产编号 %1").replace("%1", row.asset_no), lambda: copy_text(row.asset_no)),
                  (self.tr("Copy \"%1\"").replace("%1", cell[:30]), lambda: copy_text(cell)),
                  (self.tr("Show history"), page.detail.events.setFocus)]
        return items

    def open_customer(self, account_no: str) -> None:
        found = actions.find_by_scan(self.ws, account_no)
        if found and found[0] == "customer":
            self.window.customers_page().open_customer(found[1])

    # -- an empty station --------------------------------------------------------------------------------
    def _show_empty(self, count: int) -> None:
        """The first steps instead of an empty ledger: no customer at all (not a filter that matches none)."""
        page = self._customers
        filtered = bool(page.search_edit.text().strip()) or any(
            c.currentIndex() > 0 for c in (page.area_combo, page.tariff_combo, page.voltage_combo, page.status_combo))
        empty = count == 0 and not filtered
        self.empty_panel.setVisible(empty)
        page.splitter.setVisible(not empty)

    def _first_step(self, key: str) -> Any:
        la = self.window.ledger_actions
        steps = {"import_customers": la.import_customers_action.trigger,
                 "import_readings": la.import_readings_action.trigger,
                 "new_customer": self._customers.new_action.trigger, "areas": self.areas_action.trigger}
        if key in steps:
            return steps[key]()
        from ui.widgets.empty_station import open_demo_window

        if not open_demo_window(self.window.ui_settings.language()):
            ops.show_failure(self.window, RuntimeError(self.tr("The demo station could not be started.")),
                             self.tr("Demo station"))
        return None

    # -- 换表 ---------------------------------------------------------------------------------------
    def swap_from_customer(self) -> Any:
        row = self._customer_row()
        return self.swap(row.account_no if row is not None else "")

    def swap_from_asset(self) -> Any:
        asset = self._asset_row()
        if asset is None:
            return None
        return self.swap(asset.account_no or "", asset.kind)

    def swap(self, account_no: str = "", kind: str = "meter") -> Any:
        from ui.dialogs.meter_swap import SwapDialog, swap_summary

        dlg = SwapDialog(self.window, self.ws, self.window.runner, account_no, kind)
        dlg.save_with(lambda req, on_done, on_failed: ops.write(
            dlg, self.window.runner, actions.swap_meter, self.ws, req, on_done=on_done, on_failed=on_failed))
        self.last_dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        result = dlg.saved_result
        self.window.statusBar().showMessage(swap_summary(result, dlg.value()), 8000)
        self._after_asset_step(result)
        self.done.emit("swap", result)
        return result

    def _after_asset_step(self, result: Any) -> None:
        """The customer detail and the asset ledger show the swap at once (the issue's stale detail)."""
        if self._customers is not None:
            self._customers.model.reload()
            self._customers.refresh_detail()
        if self._assets is not None:
            self._assets.refresh()
            if self._assets.current_id() == result.removed_id:
                self._assets.open_asset(result.removed_id)


    # -- readings by hand -------------------------------------------------------------------------------
    def enter_readings(self) -> Any:
        from ui.dialogs.readings_entry import ReadingsEntryDialog, _next_month

        row = self._customer_row()
        if row is None:
            return None
        last = actions.last_reading_month(self.ws)
        if last is None:
            import datetime as dt

            today = dt.date.today()
            last = _next_month(f"{today.year:04d}-{today.month:02d}", -2)
        # A station typing its readings goes on from its last month; the month picked can be changed.
        dlg = ReadingsEntryDialog(self.window, row, _next_month(last))
        dlg.save_with(lambda entries, on_done, on_failed: ops.write(
            dlg, self.window.runner, actions.enter_readings, self.ws, row.account_no, entries,
            on_done=on_done, on_failed=on_failed))
        self.last_dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        summary = dlg.saved_result
        self.window.statusBar().showMessage(self.tr("Readings of %1: %2 new, %3 replaced").replace(
            "%1", row.account_no).replace("%2", str(summary.new)).replace("%3", str(summary.updated)), 8000)
        self.done.emit("readings", summary)
        return summary

    # -- 台区 by hand ------------------------------------------------------------------------------------
    def edit_areas(self) -> Any:
        from ui.dialogs.area_dialog import AreaListDialog

        dlg = AreaListDialog(self.window, actions.load_areas(self.ws), self.area_form)
        self.area_list = dlg
        dlg.exec()
        return dlg

    def area_form(self, area: Any) -> Any:
        """The form of one 台区 (None: a new one), saved by create_area / update_area; the list follows."""
        from ui.dialogs.area_dialog import AreaForm

        parent = getattr(self, "area_list", None) or self.window
        form = AreaForm(parent, area)

        def save(values: Any, on_done: Any, on_failed: Any) -> None:
            if area is None:
                ops.write(form, self.window.runner, actions.create_area, self.ws, **values.kwargs(),
                          on_done=on_done, on_failed=on_failed)
            else:
                ops.write(form, self.window.runner, actions.update_area, self.ws, area.id, **values.kwargs(),
                          on_done=on_done, on_failed=on_failed)

        form.save_with(save)
        self.last_dialog = form
        if form.exec() != QDialog.DialogCode.Accepted:
            return None
        saved = form.saved_result
        if isinstance(parent, QDialog) and hasattr(parent, "set_areas"):
            parent.set_areas(actions.load_areas(self.ws), saved.id)
        if self._customers is not None:
            self._customers.areas_changed()
        self.done.emit("area", saved)
        return saved


def install(window: MainWindow) -> CounterActions:
    """The main window's extension hook (MainWindow._install_features): kept as `window.counter_actions`."""
    return CounterActions(window)
