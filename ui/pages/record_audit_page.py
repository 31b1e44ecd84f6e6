"""档案稽查: the record audit's findings grouped by check, with severity, source, search, export, and the way
to the record (double-click opens the customer or the asset in its ledger, where the clerk corrects it).

The audit runs as a background write (station.actions.run_record_audit): it stores the findings, and one the
next run no longer finds (the ledger was corrected) closes by itself. Selected findings raise 稽查工作传票 (the
tickets tab, ui/pages/audit_tickets_panel.py) or a desk work order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.audit_tickets.findings import idents
from station.i18n import QT_TRANSLATE_NOOP
from station.record_audit import AuditReport, Hit
from station.workspace import Workspace
from ui import ops
from ui.dialogs.audit_ticket_raise import RaiseInput, RaiseTicketsDialog
from ui.jobs import Job, JobRunner
from ui.pages.audit_tickets_panel import AuditTicketsPanel
from ui.settings import UiSettings
from ui.text import failure_text

SEVERITY_NAMES: dict[str, str] = {
    "high": QT_TRANSLATE_NOOP("RecordAuditPage", "High"),
    "medium": QT_TRANSLATE_NOOP("RecordAuditPage", "Medium"),
    "low": QT_TRANSLATE_NOOP("RecordAuditPage", "Low"),
}
SEVERITY_COLOURS = {"high": "#B42318", "medium": "#B54708", "low": "#475467"}
SEARCH_DELAY_MS = 250
#: key, 户号, 户名, 台区, problem (stretches)
COLUMN_WIDTHS = (190, 110, 190, 80)
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE_ROLE = Qt.ItemDataRole.UserRole + 2
FINDING_ROLE = Qt.ItemDataRole.UserRole + 3  #: the stored finding's id (None when the run recorded nothing)
CLEAN = "#98A2B3"  #: a check with no finding: there, but quiet


def severity_name(code: str) -> str:
    return QCoreApplication.translate("RecordAuditPage", SEVERITY_NAMES.get(code, code))


class RecordAuditPage(QWidget):
    """`loaded()` after each run; `exported(str)` with the file written; `opened(str, int)` entity and id."""

    page_key = "record_audit"
    loaded = Signal()
    exported = Signal(str)
    opened = Signal(str, int)
    ordered = Signal(str)
    tickets_raised = Signal(list)

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings, window: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings, self.window_ = workspace, runner, ui_settings, window
        self.report: AuditReport | None = None
        self.last_dialog: RaiseTicketsDialog | None = None

        self.on_edit = QDateEdit(QDate.currentDate(), self)
        self.on_edit.setObjectName("audit_on")
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat("yyyy-MM-dd")
        self.run_button = QPushButton(self.tr("Run the audit"), self)
        self.run_button.setObjectName("audit_run")
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(lambda: self.refresh())
        self.severity_combo = QComboBox(self)
        self.severity_combo.setObjectName("audit_severity")
        self.severity_combo.addItem(self.tr("All severities"), "")
        for code in SEVERITY_NAMES:
            self.severity_combo.addItem(severity_name(code), code)
        self.severity_combo.currentIndexChanged.connect(lambda _i: self._fill())
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("audit_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search 户号, asset, name, 台区 or problem"))
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self._fill)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("As of:"), self))
        bar.addWidget(self.on_edit)
        bar.addWidget(self.run_button)
        bar.addSpacing(12)
        bar.addWidget(self.severity_combo)
        bar.addWidget(self.search_edit, 1)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("audit_tree")
        self.tree.setHeaderLabels([self.tr("Check / asset"), self.tr("Account"), self.tr("Name"),
                                   self.tr("Area"), self.tr("Problem")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSortingEnabled(False)  # checks stay in their order: the most serious first
        for col, width in enumerate(COLUMN_WIDTHS):
            self.tree.setColumnWidth(col, width)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._update_order_action)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("audit_summary")
        self.summary_label.setWordWrap(True)
        hint = QLabel(self.tr(
            "Each check is a rule setting (档案稽查 in Rule settings) with its source and severity; a check set to "
            "off is skipped. Double-click a record to open it in its ledger: the finding goes away on the next "
            "run once the record is corrected, and an audit ticket raised for it says so."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        findings = QWidget(self)
        lay = QVBoxLayout(findings)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.summary_label)
        lay.addWidget(hint)
        self.tickets = AuditTicketsPanel(workspace, runner, self)
        self.tickets.ordered.connect(self._on_ordered)  # the page's one way of saying an order was raised
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("audit_tabs")
        self.tabs.addTab(findings, self.tr("Findings"))
        self.tabs.addTab(self.tickets, self.tr("Audit tickets"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.tabs)

        self.run_action = QAction(self.tr("Run the audit"), self)
        self.run_action.setObjectName("audit_run_action")
        # F5 is the window's "refresh the page" (Refreshable), which runs the audit again here.
        self.run_action.triggered.connect(lambda _c=False: self.refresh())
        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.setObjectName("audit_export")
        self.export_action.triggered.connect(lambda _c=False: self.export())
        self.export_action.setEnabled(False)
        self.order_action = QAction(self.tr("Raise a work order…"), self)
        self.order_action.setObjectName("audit_order")
        self.order_action.setToolTip(self.tr("A 档案稽查 desk work order for the selected customers' findings"))
        self.order_action.triggered.connect(lambda _c=False: self.raise_order())
        self.order_action.setEnabled(False)
        self.ticket_action = QAction(self.tr("Raise audit tickets…"), self)
        self.ticket_action.setObjectName("audit_tickets_raise")
        self.ticket_action.setToolTip(self.tr("A 稽查工作传票 for each selected finding: responsible person and "
                                              "reply deadline"))
        self.ticket_action.triggered.connect(lambda _c=False: self.raise_tickets())
        self.ticket_action.setEnabled(False)
        self.refresh()
        self.tickets.load_names()
        self.tickets.refresh()

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.run_action, None, self.ticket_action, self.order_action, self.export_action]

    # -- running ------------------------------------------------------------------------------------
    def refresh(self) -> Job:
        self.run_button.setEnabled(False)
        self.summary_label.setText(self.tr("Running the checks…"))
        on = self.on_edit.date().toPython()
        # A write: the run stores its findings and closes those the ledger no longer has.
        return ops.write(self, self.runner, actions.run_record_audit, self.workspace, on,
                         on_done=self._on_loaded, on_failed=self._on_failed, title=self.tr("Record audit"))

    def _on_loaded(self, report: AuditReport) -> None:
        self.report = report
        self.run_button.setEnabled(True)
        self.export_action.setEnabled(True)
        self._fill()
        self.loaded.emit()
        if report.recorded is not None and report.recorded.closed:
            self.tickets.refresh()  # a ticket whose finding just closed says so

    def _on_failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        self.summary_label.setText("")
        QMessageBox.warning(self, self.tr("Record audit"), failure_text(exc))

    def ready_for_screenshot(self) -> bool:
        return self.report is not None and self.tickets.ready_for_screenshot()

    # -- showing ------------------------------------------------------------------------------------
    def _matches(self, hit: Hit, needle: str) -> bool:
        return not needle or any(needle in text.lower() for text in
                                 (hit.key, hit.account_no, hit.name, hit.area_code, hit.problem.text(self._tr)))

    @staticmethod
    def _tr(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def _fill(self) -> None:
        report = self.report
        self.tree.clear()
        if report is None:
            return
        severity, needle = self.severity_combo.currentData(), self.search_edit.text().strip().lower()
        ids = report.recorded.finding_ids if report.recorded else {}
        shown = 0
        for result in report.results:
            if severity and result.severity != severity:
                continue
            # Each hit with its identity across runs (the stored finding it is, when the run recorded it).
            hits = [(h, i) for h, i in zip(result.hits, idents(result.hits), strict=True) if self._matches(h, needle)]
            if needle and not hits:
                continue
            title = QCoreApplication.translate("station", result.title)
            # The check's line spans the columns: its title, count and severity read whole at 1366 px.
            top = QTreeWidgetItem([f"【{severity_name(result.severity)}】{title}（{len(hits):,}）"])
            top.setData(0, TITLE_ROLE, title)
            top.setToolTip(0, result.source)
            top.setForeground(0, QBrush(QColor(SEVERITY_COLOURS.get(result.severity, "#000") if hits else CLEAN)))
            font = top.font(0)
            font.setBold(bool(hits))
            top.setFont(0, font)
            for hit, ident in hits:
                # The record column names what is not in the other columns: an asset's barcode.
                child = QTreeWidgetItem([hit.key if hit.entity == "asset" else "", hit.account_no, hit.name,
                                         hit.area_code, hit.problem.text(self._tr)])
                child.setData(0, HIT_ROLE, hit)
                child.setData(0, FINDING_ROLE, ids.get(ident))
                child.setToolTip(4, child.text(4))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(bool(hits) and (bool(needle) or len(hits) <= 50))
            shown += len(hits)
        self.summary_label.setText(self._summary(report, shown))

    def _summary(self, report: AuditReport, shown: int) -> str:
        text = self.tr("%1 findings in %2 checks, as of %3.").replace("%1", f"{report.total:,}") \
            .replace("%2", str(len(report.results))).replace("%3", report.on.isoformat())
        if shown != report.total:
            text += " " + self.tr("%1 shown.").replace("%1", f"{shown:,}")
        if report.skipped:
            text += " " + self.tr("Switched off: %1.").replace("%1", ", ".join(report.skipped))
        rec = report.recorded
        if rec is not None and (rec.opened or rec.closed):
            text += " " + self.tr("Stored: %1 new, %2 closed (data corrected).").replace("%1", str(rec.opened)) \
                .replace("%2", str(rec.closed))
        return text

    def shown_hits(self) -> list[tuple[str, Hit]]:
        """(check title, hit) of every record shown, in order."""
        out = []
        root = self.tree.invisibleRootItem()
        for i in range(root.childCount()):
            top = root.child(i)
            if top is None:
                continue
            title = str(top.data(0, TITLE_ROLE))
            children = (top.child(j) for j in range(top.childCount()))
            out += [(title, c.data(0, HIT_ROLE)) for c in children if c is not None]
        return out

    # -- to the record ------------------------------------------------------------------------------
    def open_item(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, HIT_ROLE)
        if not isinstance(hit, Hit) or self.window_ is None:
            return
        if hit.entity == "asset":
            self.window_.assets_page().open_asset(hit.entity_id)
        elif hit.account_no:
            self.window_.route_scan(hit.account_no)
        else:
            return
        self.opened.emit(hit.entity, hit.entity_id)

    # -- a desk work order for what was found ----------------------------------------------------------
    def selected_hits(self) -> list[Hit]:
        hits = [item.data(0, HIT_ROLE) for item in self.tree.selectedItems()]
        return [h for h in hits if isinstance(h, Hit) and h.account_no]

    def _update_order_action(self) -> None:
        hits = self.selected_hits()
        self.order_action.setEnabled(bool(hits) and len({h.check for h in hits}) == 1)
        self.ticket_action.setEnabled(bool(self.selected_findings()) and self.tickets.defaults is not None)

    # -- 稽查工作传票 for what was found -----------------------------------------------------------------
    def selected_findings(self) -> list[int]:
        """The stored findings' ids of the selected records (any check)."""
        ids = [item.data(0, FINDING_ROLE) for item in self.tree.selectedItems()]
        return [int(i) for i in ids if isinstance(i, int)]

    def raise_tickets(self) -> RaiseTicketsDialog | None:
        """The dialog for the selected findings (the defaults were read with the tickets list); None when
        nothing stored is selected."""
        from station.audit_tickets.rows import TicketDraft

        findings, defaults = self.selected_findings(), self.tickets.defaults
        if not findings or defaults is None:
            return None
        day, source, names = defaults
        dlg = RaiseTicketsDialog(self, len(findings), names, day, source)
        self.last_dialog = dlg

        def save(value: RaiseInput, on_done: Any, on_failed: Any) -> Job:
            drafts = [TicketDraft(f, responsible=value.responsible, reply_by=value.reply_by, theme=value.theme)
                      for f in findings]
            return ops.write(dlg, self.runner, actions.raise_tickets, self.workspace, drafts, on_done=on_done,
                             on_failed=on_failed)

        dlg.save_with(save)
        if dlg.exec() == RaiseTicketsDialog.DialogCode.Accepted:
            numbers = [t.number for t in dlg.saved_result]
            self.tabs.setCurrentWidget(self.tickets)
            self.tickets.refresh(select=numbers[0] if numbers else None)
            self.tickets_raised.emit(numbers)
            if self.window_ is not None:
                self.window_.statusBar().showMessage(
                    self.tr("Audit tickets raised: %1").replace("%1", "、".join(numbers)), 8000)
        return dlg

    def show_tab(self, name: str) -> None:
        """`findings` or `tickets` (the screenshot's --tab)."""
        self.tabs.setCurrentIndex(self.tabs.indexOf(self.tickets) if name == "tickets" else 0)
        if name == "tickets":
            self.tickets.select_first_ticket()

    def raise_order(self) -> Job | None:
        hits = self.selected_hits()
        if not hits or len({h.check for h in hits}) != 1:
            return None
        problems = [(h.account_no, h.problem.text(self._tr)) for h in hits]
        return ops.write(self, self.runner, actions.raise_audit_order, self.workspace, hits[0].check, problems,
                         on_done=self._on_ordered, on_failed=self._on_failed)

    def _on_ordered(self, number: str) -> None:
        self.ordered.emit(number)
        if self.window_ is not None:
            self.window_.statusBar().showMessage(self.tr("Work order %1 raised").replace("%1", number), 8000)

    # -- export -------------------------------------------------------------------------------------
    def export(self, path: str | None = None) -> Job | None:
        """The findings shown, as .xlsx or .csv (station.exports.export_rows, formulas neutralised)."""
        if self.report is None:
            return None
        if path is None:
            folder = self.ui_settings.last_folder("exports") or str(Path.home())
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the findings"), str(Path(folder) / f"档案稽查_{self.report.on}.xlsx"),
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not path:
                return None
            self.ui_settings.set_last_folder(str(Path(path).parent), "exports")
        from station.exports import export_rows

        headers = [self.tr("Check"), self.tr("Record"), self.tr("Account"), self.tr("Name"), self.tr("Area"),
                   self.tr("Problem")]
        lines = [[title, h.key, h.account_no, h.name, h.area_code, h.problem.text(self._tr)]
                 for title, h in self.shown_hits()]
        target = str(path)

        def write(progress: Any, cancelled: Any) -> str:
            export_rows(headers, lines, target, progress=progress, cancelled=cancelled, total=len(lines))
            return target

        job = Job(write, title=self.tr("Exporting the findings"))
        job.signals.succeeded.connect(lambda p: self.exported.emit(str(p)))
        job.signals.failed.connect(self._on_failed)
        return self.runner.start(job, write=False)


def make_page(window: Any) -> RecordAuditPage:
    """The registry's factory."""
    return RecordAuditPage(window.workspace, window.runner, window.ui_settings, window, window)
