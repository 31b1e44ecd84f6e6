"""追补电费计算: one tab per kind, the result and its working live, start from a customer, print the sheet."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from station.actions import find_account, load_billing_setup, load_customer_case, load_tariff_periods
from station.billing import DEFAULT_RULES, Edition, PricePeriod, Result
from station.billing.customer_case import CustomerCase
from station.domain.problems import REQUIRED, Rejected
from station.i18n import translator
from station.reports.backbilling import SheetCustomer, build_sheet, sheet_file_name, sheet_of
from station.workspace import Workspace
from ui.jobs import Job, JobRunner
from ui.settings import UiSettings
from ui.text import problems_text
from ui.widgets.backbilling_corrections import (
    FaultForm,
    MeterErrorForm,
    MultiplierForm,
    PtDropForm,
    WiringForm,
)
from ui.widgets.backbilling_form import UNSIGNED, CalcContext, CalcForm, clean_number, decimal_edit
from ui.widgets.backbilling_result import BackBillingResult
from ui.widgets.backbilling_theft import TheftForm
from ui.widgets.backbilling_violations import CapacityForm, CategoryForm, SealedForm, SourceForm, TamperForm
from ui.widgets.common import fmt

#: The language of the 追补电费计算单: the customer signs a Chinese sheet whatever the UI language.
SHEET_LANGUAGE = "zh_CN"


class BackBillingPage(QWidget):
    """Hooks: `start_from_customer(id) -> bool`, `current_form()`, `result()`, `print_sheet()`, `refresh()`."""

    page_key = "backbilling"
    sheet_built = Signal(object)  #: Path of a calculation sheet written

    def __init__(
        self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings = workspace, runner, ui_settings
        self.case: CustomerCase | None = None
        self.setup = load_billing_setup(workspace)
        self._tmp = tempfile.TemporaryDirectory(prefix="station-backbilling-")

        self._build_customer_bar()
        top, rules_row = self._bar_rows()
        self._build_forms()
        self._build_result()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addLayout(rules_row)
        lay.addWidget(self.tabs)
        lay.addWidget(self.splitter, 1)

        self.print_action = QAction(self.tr("Print calculation sheet…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_sheet)
        self.addAction(self.print_action)

        edition = (
            self.setup.edition if self.setup.edition in {e.value for e in Edition} else Edition.E2024.value
        )
        self.edition_combo.setCurrentIndex(self.edition_combo.findData(edition))
        self.edition_combo.currentIndexChanged.connect(self._edition_changed)
        self.multiple_edit.textChanged.connect(self.recompute)
        self.tabs.currentChanged.connect(self.recompute)
        self._edition_changed()
        self._show_customer()

    # -- construction --------------------------------------------------------------------------
    def _build_customer_bar(self) -> None:
        """The customer the case is for (户号 → the ledger's details) and the edition of the rules applied."""
        self.account_edit = QLineEdit(self)
        self.account_edit.setObjectName("account_no")
        self.account_edit.setPlaceholderText(self.tr("Account no."))
        self.account_edit.setMaximumWidth(160)
        self.account_edit.returnPressed.connect(self._start_from_account)
        self.start_button = QPushButton(self.tr("Start from customer"), self)
        self.start_button.clicked.connect(self._start_from_account)
        self.clear_button = QPushButton(self.tr("Clear customer"), self)
        self.clear_button.clicked.connect(self.clear_customer)
        self.customer_label = QLabel(self)
        self.customer_label.setObjectName("customer_label")
        self.customer_label.setWordWrap(True)
        self.customer_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edition_combo = QComboBox(self)
        self.edition_combo.setObjectName("edition")
        self.edition_combo.addItem(self.tr("1996 edition (fixed multiples)"), Edition.E1996.value)
        self.edition_combo.addItem(self.tr("2024 edition (contract multiple)"), Edition.E2024.value)
        self.multiple_edit = decimal_edit(self, UNSIGNED)
        self.multiple_edit.setObjectName("contract_multiple")
        self.multiple_edit.setMaximumWidth(90)
        self.multiple_label = QLabel(self.tr("Contract multiple:"), self)
        self.multiple_label.setBuddy(self.multiple_edit)

    def _bar_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """户号 · Start · Clear · the customer, then edition · contract multiple · the tariff in force."""
        top = QHBoxLayout()
        account_label = QLabel(self.tr("Account no.:"), self)
        account_label.setBuddy(self.account_edit)
        for w in (account_label, self.account_edit, self.start_button, self.clear_button):
            top.addWidget(w)
        top.addWidget(self.customer_label, 1)
        rules_row = QHBoxLayout()
        edition_label = QLabel(self.tr("供电营业规则 edition:"), self)
        edition_label.setBuddy(self.edition_combo)
        for part in (edition_label, self.edition_combo, self.multiple_label, self.multiple_edit):
            rules_row.addWidget(part)
        self.tariff_label = QLabel(self)
        self.tariff_label.setObjectName("tariff_label")
        self.tariff_label.setStyleSheet("color: #555;")
        rules_row.addSpacing(16)
        rules_row.addWidget(self.tariff_label, 1)
        return top, rules_row

    def _build_forms(self) -> None:
        """One form per kind of case: a tab bar over the whole width (eleven kinds do not fit above the form
        alone) and a stack of scrollable forms."""
        # A tab bar over the whole width (eight kinds do not fit above the form alone) and a stack of forms.
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("kinds")
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(True)
        self.stack = QStackedWidget(self)
        self.forms: list[CalcForm] = []
        for form, title in (
            (TheftForm(), self.tr("Theft")),
            (CategoryForm(), self.tr("Changed category")),
            (CapacityForm(), self.tr("Added capacity")),
            (SealedForm(), self.tr("Sealed equipment")),
            (TamperForm(), self.tr("Metering touched")),
            (SourceForm(), self.tr("Outside source")),
            (MeterErrorForm(), self.tr("Meter error")),
            (PtDropForm(), self.tr("PT voltage drop")),
            (FaultForm(), self.tr("Metering fault")),
            (WiringForm(), self.tr("Wrong wiring")),
            (MultiplierForm(), self.tr("Wrong multiplier")),
        ):
            scroll = QScrollArea(self.stack)
            scroll.setWidgetResizable(True)
            scroll.setWidget(form)
            self.stack.addWidget(scroll)
            self.tabs.addTab(title)
            self.forms.append(form)
            form.changed.connect(self.recompute)
        self.tabs.currentChanged.connect(self.stack.setCurrentIndex)

    def _build_result(self) -> None:
        """The result with its working, and Print, beside the forms in a splitter."""
        self.result_view = BackBillingResult(self)
        self.print_button = QPushButton(self.tr("Print calculation sheet…"), self)
        self.print_button.setObjectName("print_sheet")
        self.print_button.clicked.connect(self.print_sheet)
        right = QWidget(self)
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.result_view, 1)
        col.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("backbilling_splitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 560])

    # -- hooks -----------------------------------------------------------------------------
    def toolbar_actions(self) -> list[QAction | None]:
        return [self.print_action]

    def refresh(self) -> None:
        """Re-read the rule settings (a supervisor may have changed them) and recompute."""
        self.setup = load_billing_setup(self.workspace)
        self._edition_changed()

    def current_form(self) -> CalcForm:
        return self.forms[self.tabs.currentIndex()]

    def show_kind(self, index: int) -> CalcForm:
        self.tabs.setCurrentIndex(index)
        return self.current_form()

    def result(self) -> Result | None:
        """The result shown, or None while the inputs are incomplete or refused."""
        return self.result_view.result

    def edition(self) -> Edition:
        return Edition(self.edition_combo.currentData())

    # -- customer ------------------------------------------------------------------------------
    def _start_from_account(self) -> None:
        text = self.account_edit.text().strip()
        if not text:
            return
        customer_id = find_account(self.workspace, text)
        if customer_id is None:
            self._set_customer_note(
                self.tr("No customer with account no. %1").replace("%1", text), error=True
            )
            return
        self.start_from_customer(customer_id)

    def start_from_customer(self, customer_id: int) -> bool:
        """Prefill every tab from the customer's record (meter, ratio, use, tariff, contract multiple)."""
        case = load_customer_case(self.workspace, customer_id)
        if case is None:
            self._set_customer_note(self.tr("No such customer"), error=True)
            return False
        self.case = case
        for form in self.forms:
            form.blockSignals(True)  # one recompute at the end, not one per field
            try:
                form.prefill(case)
            finally:
                form.blockSignals(False)
        self.account_edit.setText(case.account_no)
        self.multiple_edit.blockSignals(True)
        self.multiple_edit.setText(fmt(case.contract_multiple))
        self.multiple_edit.blockSignals(False)
        self._show_customer()
        self.recompute()
        return True

    def prepare_for_screenshot(self) -> None:
        """For `main.py --screenshot`: a worked case, the first active household started from its record."""
        from station import actions
        from station.customers import CustomerFilter

        ids = actions.load_customer_ids(
            self.workspace, CustomerFilter(tariff_category="居民生活", status="active")
        )
        if ids:
            self.start_from_customer(ids[0])

    def clear_customer(self) -> None:
        self.case = None
        self.account_edit.clear()
        self._show_customer()

    def _set_customer_note(self, text: str, *, error: bool = False) -> None:
        self.customer_label.setText(text)
        self.customer_label.setStyleSheet("color: #b00020;" if error else "")

    def _show_customer(self) -> None:
        c = self.case
        if c is None:
            self._set_customer_note(self.tr("No customer: inputs typed by hand."))
            self.tariff_label.clear()
            return
        self._set_customer_note(
            f"{c.account_no}  {c.name}  {c.address}  ·  {c.tariff_category} {c.voltage_level}"
        )
        if c.price is None:
            self.tariff_label.setText(
                self.tr("No tariff in force for %1 %2: type the price.")
                .replace("%1", c.tariff_category)
                .replace("%2", c.voltage_level)
            )
        else:
            self.tariff_label.setText(
                self.tr("Tariff in force on %1: %2 yuan/kWh (%3)")
                .replace("%1", c.tariff_date.isoformat())
                .replace("%2", fmt(c.price))
                .replace("%3", c.tariff_source or "—")
            )

    # -- calculation ---------------------------------------------------------------------------
    def _edition_changed(self) -> None:
        contract = self.edition() is Edition.E2024
        self.multiple_edit.setEnabled(contract)
        self.multiple_label.setEnabled(contract)
        default = fmt(
            self.setup.rules.contract_multiple_default if self.setup else DEFAULT_RULES.theft_multiple
        )
        self.multiple_edit.setPlaceholderText(
            self.tr("default %1").replace("%1", default) if contract else self.tr("fixed")
        )
        self.recompute()

    def context(self) -> CalcContext:
        multiple = clean_number(self.multiple_edit.text()) if self.edition() is Edition.E2024 else None
        return CalcContext(self.edition(), self.setup.rules, multiple, self._tariffs if self.case else None)

    def _tariffs(self, start: dt.date, end: dt.date) -> list[PricePeriod]:
        """The customer's tariffs over a period, split where they changed (one short read)."""
        c = self.case
        if c is None or start > end:
            return []
        return load_tariff_periods(self.workspace, c.tariff_category, c.voltage_level, start, end)

    def recompute(self) -> Result | None:
        """Compute the current tab; a refused or incomplete input blanks the result (never a stale one)."""
        form = self.current_form()
        try:
            result = form.calculate(self.context())
        except Rejected as exc:
            self._show_problems(form, exc)
            self.print_button.setEnabled(False)
            self.print_action.setEnabled(False)
            return None
        form.clear_problems()
        self._mark_multiple("")
        self.result_view.show_result(result)
        self.print_button.setEnabled(True)
        self.print_action.setEnabled(True)
        return result

    def _show_problems(self, form: CalcForm, exc: Rejected) -> None:
        if all(p.code == REQUIRED for p in exc.problems):
            form.clear_problems()  # a fresh form is not an error: say what is still needed, quietly
            self._mark_multiple("")
            names = ", ".join(dict.fromkeys(form.label_of(p.field) for p in exc.problems))
            self.result_view.show_problems(
                [self.tr("Still needed: %1").replace("%1", names)], incomplete=True
            )
            return
        # The contract multiple lives on the page, not in the form: its problem is marked here.
        mine = [p for p in exc.problems if p.field == "multiple"]
        lines = form.show_problems(
            [p for p in exc.problems if p.field != "multiple"], QCoreApplication.translate
        )
        if mine:
            text = problems_text(mine)
            lines.append(self.tr("Contract multiple: %1").replace("%1", text))
        self._mark_multiple(problems_text(mine) if mine else "")
        self.result_view.show_problems(lines)

    def _mark_multiple(self, text: str) -> None:
        self.multiple_edit.setToolTip(text)
        self.multiple_edit.setStyleSheet("border: 1px solid #b00020;" if text else "")

    # -- the sheet -----------------------------------------------------------------------------
    def sheet(self) -> Any:
        """The calculation sheet of the result shown (working in Chinese), or None when there is none."""
        result = self.result()
        if result is None:
            return None
        c = self.case
        customer = (
            SheetCustomer(c.account_no, c.name, c.address, c.tariff_category, c.voltage_level, c.meter_no)
            if c is not None
            else None
        )
        setup = load_billing_setup(self.workspace)  # the station name as set now
        return sheet_of(
            result,
            station=setup.station_name,
            customer=customer,
            computed_by=self.workspace.operator,
            computed_on=dt.date.today(),
            translate=translator(SHEET_LANGUAGE),
        )

    def print_sheet(self) -> Job | None:
        """Build the 追补电费计算单 as a background job, then preview it (or save it where the clerk chooses)."""
        if self.recompute() is None:
            QMessageBox.information(
                self,
                self.tr("Nothing to print"),
                self.tr("Correct the inputs first: there is no valid result to print."),
            )
            return None
        sheet = self.sheet()
        out = Path(self._tmp.name) / sheet_file_name(sheet)
        job = Job(_build, title=self.tr("Building the calculation sheet"), sheet=sheet, out=out)
        job.signals.succeeded.connect(self._on_built)
        job.signals.failed.connect(
            lambda exc: QMessageBox.warning(self, self.tr("Sheet not built"), str(exc))
        )
        return self.runner.start(job, write=False)

    def _on_built(self, path: Path) -> None:
        self.sheet_built.emit(path)
        try:
            from ui.widgets.pdf_preview import PdfPreviewDialog
        except ImportError:  # the preview widget is optional: save the file instead
            self._save_copy(path)
            return
        dlg = PdfPreviewDialog(
            path,
            self.tr("Back-billing calculation sheet"),
            self,
            save_folder=self.ui_settings.last_folder("reports"),
            suggested_name=path.name,
        )
        dlg.exec()
        if dlg.saved_to is not None:
            self.ui_settings.set_last_folder(str(dlg.saved_to.parent), "reports")

    def _save_copy(self, path: Path) -> None:
        folder = self.ui_settings.last_folder("reports") or str(Path.home())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save calculation sheet"), str(Path(folder) / path.name), self.tr("PDF (*.pdf)")
        )
        if chosen:
            Path(chosen).write_bytes(path.read_bytes())
            self.ui_settings.set_last_folder(str(Path(chosen).parent), "reports")


def _build(sheet: Any, out: Path, *, progress: Any, cancelled: Any) -> Path:
    build_sheet(sheet, out, progress=progress, cancelled=cancelled)
    return out


def make_page(window: Any) -> BackBillingPage:
    """The factory of the page registry (ui/pages/registry.py)."""
    return BackBillingPage(window.workspace, window.runner, window.ui_settings, window)
