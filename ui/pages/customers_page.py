"""客户台账: search, filters, the count, the lazy table and the detail pane; New / Edit / Close."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from station.domain.codes import TARIFF_CATEGORIES, VOLTAGE_LEVELS, CustomerStatus
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.models.customer_model import CustomerModel
from ui.settings import UiSettings
from ui.text import CUSTOMER_STATUS, TARIFF_CATEGORY, failure_text, label
from ui.widgets.customer_detail import CustomerDetailWidget
from ui.widgets.filter_bar import (
    add_labelled,
    count_label,
    debounce,
    filter_combo,
    reset_quietly,
    search_edit,
)
from ui.widgets.ledger_view import LedgerView

#: Column widths in pixels at the 10 pt application font.
COLUMN_WIDTHS = (105, 120, 270, 105, 100, 60, 90, 160, 60)


class CustomersPage(QWidget):
    """The customer ledger. Hooks for other modules: `open_customer`, `search`, `refresh`,
    `current_id`, `model`, `toolbar_actions()` (shown in the main window's page toolbar)."""

    page_key = "customers"
    customer_saved = Signal(int)  #: id of a customer created, edited or closed
    detail_shown = Signal(int)  #: id of the customer whose detail was read and shown (0: none)

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings = workspace, runner, ui_settings
        self.model = CustomerModel(workspace, self)

        self.search_edit = search_edit(self, "customer_search", self.tr("Search account no., name, address or phone"))
        self.search_timer = debounce(self, [self.search_edit], self._apply_search)
        self.area_combo = filter_combo(self, 12)
        self.tariff_combo = filter_combo(self, 8)
        self.voltage_combo = filter_combo(self, 5)
        self.status_combo = filter_combo(self, 4)
        self._fill_filters()
        for combo in (self.area_combo, self.tariff_combo, self.voltage_combo, self.status_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.count_label = count_label(self, "customer_count")

        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 3)
        add_labelled(bar, self, [(self.tr("Area"), self.area_combo), (self.tr("Tariff"), self.tariff_combo),
                                 (self.tr("Voltage"), self.voltage_combo), (self.tr("Status"), self.status_combo)])
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.view = LedgerView(self.model, self, widths=COLUMN_WIDTHS)
        self.view.setObjectName("customer_table")
        self.detail = CustomerDetailWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("customers_splitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 270])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(bar)
        lay.addWidget(self.splitter, 1)

        self._build_actions()
        self.model.count_changed.connect(self._show_count)
        self.view.current_id_changed.connect(self._on_current)
        self.view.activated_id.connect(lambda _i: self.edit_customer())
        self._restore_state()
        self.model.reload()

    # -- construction -----------------------------------------------------------------
    def _fill_filters(self) -> None:
        everything = self.tr("All")
        self._reload_areas()
        self.tariff_combo.addItem(everything, None)
        for code in TARIFF_CATEGORIES:
            self.tariff_combo.addItem(label(TARIFF_CATEGORY, code), code)
        self.voltage_combo.addItem(everything, None)
        for code in VOLTAGE_LEVELS:
            self.voltage_combo.addItem(code, code)
        self.status_combo.addItem(everything, None)
        for code in CustomerStatus:
            self.status_combo.addItem(label(CUSTOMER_STATUS, code), str(code))

    def _reload_areas(self) -> None:
        """Read the 台区 list again: areas are added and renamed on the areas page while this page is open,
        and a form offering a stale list would drop a customer from an area it does not know."""
        from station.actions import load_areas

        self.areas = load_areas(self.workspace)
        keep = self.area_combo.currentData()
        self.area_combo.blockSignals(True)
        self.area_combo.clear()
        self.area_combo.addItem(self.tr("All"), None)
        for area in self.areas:
            self.area_combo.addItem(f"{area.name}", area.id)
            self.area_combo.setItemData(self.area_combo.count() - 1, area.code, Qt.ItemDataRole.ToolTipRole)
        kept = self.area_combo.findData(keep) if keep is not None else 0
        self.area_combo.setCurrentIndex(max(kept, 0))
        self.area_combo.blockSignals(False)
        if kept < 0:  # the filtered area is gone: the list must stop filtering by it
            self._apply_filters()

    def _build_actions(self) -> None:
        self.new_action = QAction(self.tr("New"), self)
        self.new_action.setToolTip(self.tr("New customer (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_customer)
        self.edit_action = QAction(self.tr("Edit"), self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_customer)
        self._edit_tip = self.tr("Edit the selected customer (Ctrl+E)")
        self.close_action = QAction(self.tr("Close account"), self)
        self._close_tip = self.tr("Close (销户) the selected customer's account")
        self.close_action.triggered.connect(self.close_customer)
        self.addAction(self.edit_action)
        self._extra_actions: list[QAction | None] = []
        self._update_actions()

    def toolbar_actions(self) -> list[QAction | None]:
        """Actions shown in the main window's page toolbar; None is a separator."""
        return [self.new_action, self.edit_action, self.close_action, *self._extra_actions]

    def add_toolbar_action(self, action: QAction | None) -> None:
        """Hook for other modules (export, report): add an action to this page's toolbar."""
        self._extra_actions.append(action)

    # -- searching and filtering ---------------------------------------------------------
    def _apply_search(self) -> None:
        self.search_timer.stop()
        keep = self.view.current_id()
        self.model.search(self.search_edit.text())
        self._reselect(keep)

    def search(self, text: str) -> None:
        """Show the customers matching `text` at once (the global search box calls this)."""
        self.search_edit.blockSignals(True)
        self.search_edit.setText(text)
        self.search_edit.blockSignals(False)
        self._apply_search()

    def _apply_filters(self) -> None:
        keep = self.view.current_id()
        self.model.update_filter(
            area_id=self.area_combo.currentData(), tariff_category=self.tariff_combo.currentData(),
            voltage_level=self.voltage_combo.currentData(), status=self.status_combo.currentData())
        self._reselect(keep)

    def clear_filters(self) -> None:
        reset_quietly([self.area_combo, self.tariff_combo, self.voltage_combo, self.status_combo], [self.search_edit])
        from station.customers import CustomerFilter

        self.model.set_filter(CustomerFilter())

    def _reselect(self, ident: int | None) -> None:
        if ident is None or not self.view.select_id(ident):
            if self.model.count() == 1:
                self.view.selectRow(0)  # one match (a typed 户号): show its detail at once

    def _show_count(self, n: int) -> None:
        self.count_label.setText(self.tr("%Ln customer(s)", "", n))

    def refresh(self) -> None:
        keep = self.view.current_id()
        self._reload_areas()
        self.model.reload()
        self._reselect(keep)

    # -- selection and detail ------------------------------------------------------------
    def current_id(self) -> int | None:
        return self.view.current_id()

    def _on_current(self, ident: int) -> None:
        self._update_actions()
        if not ident:
            self.detail.show_detail(None)
            return
        from station.actions import load_customer_detail

        # A read op per selection; arrowing down the list cancels the detail of the row left behind.
        ops.read(self, self.runner, load_customer_detail, self.workspace, ident, supersede="detail",
                 on_done=self._show_detail)

    def _show_detail(self, detail: Any) -> None:
        if detail is not None and detail.customer.id != self.view.current_id():
            return  # another row was selected meanwhile
        self.detail.show_detail(detail)
        self.detail_shown.emit(detail.customer.id if detail is not None else 0)

    def _update_actions(self) -> None:
        row = self.model.row_at(self.model.row_of_id(self.view.current_id() or -1)) \
            if self.view.current_id() else None
        closed = row is not None and row.status == CustomerStatus.CLOSED
        # A closed account is kept as it was closed (the station refuses its save): say so on the buttons
        # instead of letting the counter fill a form that cannot be saved.
        self.edit_action.setEnabled(row is not None and not closed)
        self.close_action.setEnabled(row is not None and not closed)
        self.edit_action.setToolTip(self._closed_text() if closed else self._edit_tip)
        self.close_action.setToolTip(self.tr("This account is already closed.") if closed else self._close_tip)

    def _closed_text(self) -> str:
        return self.tr("A closed account cannot be edited.")

    def _fresh_detail(self, ident: int, title: str) -> Any | None:
        """The customer as the database has it now, or None after telling the user it is gone.

        The table's row cache may be older than another counter's save, or not read yet (a long list
        scrolled fast), so Edit and Close both start from the stored record."""
        from station.actions import load_customer_detail

        detail = load_customer_detail(self.workspace, ident)
        if detail is None:
            QMessageBox.information(self, title, self.tr("This customer is no longer in the ledger."))
            self.refresh()
        return detail

    def areas_changed(self) -> None:
        """A 台区 was created or edited elsewhere (the 台区 dialog): the filter and the table show it."""
        self._reload_areas()
        self.model.reload()
        self.refresh_detail()

    def refresh_detail(self) -> None:
        """Read the selected customer's detail again (after a step taken elsewhere: a meter swap)."""
        self._on_current(self.view.current_id() or 0)

    def open_customer(self, ident: int) -> None:
        """Select and show customer `ident`, clearing the filters when they hide it."""
        if not self.view.select_id(ident):
            self.clear_filters()
            self.view.select_id(ident)
        self.view.setFocus()

    # -- actions -----------------------------------------------------------------------------
    def _areas_for_form(self) -> list[Any]:
        self._reload_areas()
        return self.areas

    def _form(self, initial: Any = None, existing_id: int | None = None) -> Any:
        from station.actions import check_customer_draft
        from station.customers import CustomerDraft, draft_problems
        from ui.dialogs.customer_form import CustomerForm

        return CustomerForm(self, draft_type=CustomerDraft, validate=draft_problems,
                            check=lambda draft: check_customer_draft(self.workspace, draft, existing_id),
                            areas=self._areas_for_form(), initial=initial)

    def _save_in_form(self, form: Any, fn: Any) -> Any | None:
        """Run the form with its save: a refusal (someone else changed the record, a role) keeps the input."""
        form.save_with(lambda draft, on_done, on_failed: ops.write(
            form, self.runner, fn, draft, on_done=on_done, on_failed=on_failed))
        self.last_form = form
        if form.exec() != form.DialogCode.Accepted:
            return None
        self._on_saved(form.saved_result)
        return form.saved_result

    def new_customer(self) -> Any | None:
        from station import actions

        return self._save_in_form(self._form(), lambda draft: actions.create_customer(self.workspace, draft))

    def edit_customer(self) -> Any | None:
        ident = self.view.current_id()
        if ident is None:
            return None
        from station import actions
        from station.customers import draft_of

        # Read the record afresh: the form's fields (and the penalty multiple it does not show) are all
        # written back, and a double-click or Ctrl+E reaches here even for a closed account.
        detail = self._fresh_detail(ident, self.tr("Edit customer"))
        if detail is None:
            return None
        if detail.customer.status == CustomerStatus.CLOSED:
            QMessageBox.information(self, self.tr("Edit customer"), self._closed_text())
            self.model.refresh_rows([ident])
            self._update_actions()
            return None
        form = self._form(draft_of(detail.customer), existing_id=ident)
        # The version the form loaded; a stale refusal puts the one saved now there, so OK again replaces it.
        form.version = detail.customer.version
        return self._save_in_form(form, lambda draft: actions.update_customer(
            self.workspace, ident, draft, version=form.version))

    def close_customer(self) -> None:
        ident = self.view.current_id()
        if ident is None:
            return
        from station import actions
        from ui.dialogs.close_customer import CloseCustomerDialog

        title = self.tr("Close customer account")
        detail = self._fresh_detail(ident, title)
        if detail is None:
            return
        row = detail.customer
        if row.status == CustomerStatus.CLOSED:  # closed meanwhile at another counter
            QMessageBox.information(self, title, self.tr("This account is already closed."))
            self.model.refresh_rows([ident])
            self._update_actions()
            return
        answer = CloseCustomerDialog.ask(self, row.account_no, row.name)
        if answer is None:
            return
        closed_on, reason = answer
        confirm = QMessageBox.question(
            self, title,
            self.tr("Really close account %1 (%2) on %3?").replace("%1", row.account_no)
            .replace("%2", row.name).replace("%3", closed_on.isoformat()))
        if confirm != QMessageBox.StandardButton.Yes:
            return
        # The version read before the questions: an edit at another counter meanwhile refuses the close.
        self._run_write(lambda: actions.close_customer(self.workspace, ident, closed_on, reason,
                                                       version=row.version))

    def _run_write(self, fn: Any) -> Job:
        """Run one write action on the single write thread; reload and select the saved row after."""
        return ops.write(self, self.runner, fn, on_done=self._on_saved, on_failed=self._on_failed)

    def _on_saved(self, result: Any) -> None:
        ident = getattr(result, "id", result if isinstance(result, int) else None)
        self.model.reload()
        if ident:
            self.open_customer(ident)
            self.customer_saved.emit(ident)

    def _on_failed(self, exc: BaseException) -> None:
        text = failure_text(exc)
        QMessageBox.warning(self, self.tr("Not saved"), text)

    # -- state ---------------------------------------------------------------------------------
    def _restore_state(self) -> None:
        state = self.ui_settings.splitter_state("customers")
        if not state.isEmpty():
            self.splitter.restoreState(state)
        header = self.ui_settings.splitter_state("customers_header")
        if not header.isEmpty():
            self.view.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.ui_settings.set_splitter_state("customers", self.splitter.saveState())
        self.ui_settings.set_splitter_state("customers_header", self.view.horizontalHeader().saveState())
