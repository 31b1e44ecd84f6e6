"""The 档案稽查 page's tickets tab: 稽查工作传票 by state, mine or overdue; the selected ticket's form and history,
and its next transitions as buttons (disabled with what is still missing as the acting user meets it)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.audit_tickets import states
from station.audit_tickets.rows import TicketDetail, TicketFilter, TicketRow
from station.workspace import Workspace
from ui import ops
from ui.dialogs.audit_ticket_step import TicketStepDialog
from ui.jobs import Job, JobRunner
from ui.text import message_text, problems_text

OVERDUE = "#B42318"
CORRECTED = "#067647"
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_WIDTH = 175  #: an asset's 22-digit barcode is elided (its tooltip has it whole)


def station_text(text: str | None) -> str:
    return QCoreApplication.translate("station", text) if text else ""


class AuditTicketsPanel(QWidget):
    """`loaded()` after each list; `shown(str)` when a ticket's form is filled; `moved(str)` after a step."""

    loaded = Signal()
    shown = Signal(str)
    moved = Signal(str)
    ordered = Signal(str)  #: the number of a work order raised for the shown ticket

    def __init__(self, workspace: Workspace, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.rows: list[TicketRow] = []
        self.detail: TicketDetail | None = None
        self.names: list[str] = []
        #: (default reply deadline, its rule's source, who may answer): the raise dialog opens without a wait.
        self.defaults: tuple[Any, str, list[str]] | None = None
        self.last_dialog: TicketStepDialog | None = None
        self.select_first = False  #: select the first ticket when the list arrives (the screenshot's)
        self.listed = False
        self.filter_combo = QComboBox(self)
        self.filter_combo.setObjectName("tickets_filter")
        self.filter_combo.addItem(self.tr("Open tickets"), "open")
        self.filter_combo.addItem(self.tr("Mine"), "mine")
        self.filter_combo.addItem(self.tr("Overdue"), "overdue")
        for code in states.STATES:
            self.filter_combo.addItem(station_text(states.STATE_NAMES[code]), code)
        self.filter_combo.addItem(self.tr("All tickets"), "all")
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:"), self))
        bar.addWidget(self.filter_combo)
        bar.addWidget(self.count_label, 1)

        self.table = QTableWidget(0, 9, self)
        self.table.setObjectName("tickets_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Number"), self.tr("State"), self.tr("Record"), self.tr("Theme"), self.tr("Problem"),
            self.tr("Responsible"), self.tr("Reply by"), self.tr("Rounds"), self.tr("Finding")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The theme (a check's title, or typed) and the problem share what is left: sized to their contents the
        # long English titles would squeeze the problem to a few letters at 1366 px.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, RECORD_WIDTH)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selected)

        self.form_label = QLabel(self)
        self.form_label.setObjectName("ticket_form")
        self.form_label.setWordWrap(True)
        self.form_label.setTextFormat(Qt.TextFormat.RichText)
        self.form_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.history = QTreeWidget(self)
        self.history.setObjectName("ticket_history")
        self.history.setMinimumWidth(420)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Step"), self.tr("From → to"), self.tr("By"),
                                      self.tr("Reason")])
        self.history.setRootIsDecorated(False)
        self.history.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setStretchLastSection(True)
        self.buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        labels = {"assign": self.tr("Assign…"), "start": self.tr("Start the check"), "reply": self.tr("Reply…"),
                  "return": self.tr("Return…"), "verify": self.tr("Verify…"), "close": self.tr("Close")}
        for action in states.ACTIONS:
            button = QPushButton(labels[action], self)
            button.setObjectName(f"ticket_{action}")
            button.clicked.connect(lambda _c=False, a=action: self.run_step(a))
            button.setVisible(False)
            self.buttons[action] = button
            steps.addWidget(button)
        steps.addStretch(1)
        # Not a transition: the responsible person asks for a desk re-check or a check on site, and the ticket
        # carries the order's number (its reply's result is then usually "needs a check on site").
        self.order_button = QPushButton(self.tr("Raise a work order…"), self)
        self.order_button.setObjectName("ticket_order")
        self.order_button.setToolTip(self.tr("A work order for this ticket's customer or 台区, with you as its "
                                             "inspector; the ticket keeps its number"))
        self.order_button.clicked.connect(lambda: self.raise_order())
        self.order_button.setVisible(False)
        steps.addWidget(self.order_button)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("ticket_missing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #B54708;")
        lower = QWidget(self)
        lower_lay = QVBoxLayout(lower)
        lower_lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.form_label, 2)  # the history wider: its lines name people and work orders
        top.addWidget(self.history, 3)
        lower_lay.addLayout(top, 1)
        lower_lay.addLayout(steps)
        lower_lay.addWidget(self.missing_label)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(split, 1)

    # -- the list ------------------------------------------------------------------------------------
    def ticket_filter(self) -> TicketFilter:
        key = str(self.filter_combo.currentData() or "open")
        if key == "mine":  # the user's own tickets still to do
            return TicketFilter(status="open", responsible=self.workspace.operator)
        if key == "overdue":
            return TicketFilter(overdue=True)
        return TicketFilter(status=None if key == "all" else key)

    def load_names(self) -> Job:
        """Who may answer tickets (the assign dialog's choice)."""
        return ops.read(self, self.runner, actions.load_ticket_defaults, self.workspace,
                        on_done=self._on_defaults, supersede="names")

    def _on_defaults(self, defaults: tuple[Any, str, list[str]]) -> None:
        self.defaults = defaults
        self.names = list(defaults[2])

    def refresh(self, select: str | None = None) -> Job:
        return ops.read(self, self.runner, actions.load_tickets, self.workspace, self.ticket_filter(),
                        on_done=lambda rows: self._on_loaded(rows, select), supersede="tickets")

    def _on_loaded(self, rows: list[TicketRow], select: str | None) -> None:
        # The ticket to keep is decided when the list arrives, not when it was asked for: a refresh started
        # before the user picked a ticket (the page's audit run on opening) must not clear that pick.
        picked = next((i.data(NUMBER_ROLE) for i in self.table.selectedItems() if i.data(NUMBER_ROLE)), None)
        keep = select or (self.detail.ticket.number if self.detail else None) or picked
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, t in enumerate(rows):
            for c, cell in enumerate(self._cells(t)):
                self.table.setItem(r, c, cell)
        self.count_label.setText(self.tr("%1 tickets, %2 overdue").replace("%1", str(len(rows)))
                                 .replace("%2", str(sum(t.overdue for t in rows))))
        numbers = [t.number for t in rows]
        if keep in numbers:
            self.table.blockSignals(True)  # the form is loaded once, below, even when the row stays selected
            self.table.selectRow(numbers.index(keep))
            self.table.blockSignals(False)
            self.load_detail(keep)
        elif rows and self.select_first:
            self.select_first = False
            self.table.selectRow(0)
        else:
            self._show(None)
        self.listed = True
        self.loaded.emit()

    def select_first_ticket(self) -> None:
        """Select the first ticket now, or when the list arrives."""
        if self.listed:
            if self.rows:
                self.table.selectRow(0)
        else:
            self.select_first = True

    def ready_for_screenshot(self) -> bool:
        return self.listed and not self.select_first

    def _cells(self, t: TicketRow) -> list[QTableWidgetItem]:
        finding = (self.tr("closed: corrected") if t.finding_closed else self.tr("open")) if t.finding_id else "—"
        texts = [t.number, station_text(states.STATE_NAMES.get(t.status)), t.object_key,
                 t.theme or station_text(t.check_title), message_text(t.problem), t.responsible or "—",
                 t.reply_by.isoformat() + (" " + self.tr("(overdue)") if t.overdue else ""), str(t.rounds), finding]
        cells = [QTableWidgetItem(text) for text in texts]
        cells[0].setData(NUMBER_ROLE, t.number)
        cells[2].setToolTip(texts[2])
        cells[3].setToolTip(texts[3])
        cells[4].setToolTip(texts[4])
        if t.overdue:
            cells[6].setForeground(QBrush(QColor(OVERDUE)))
        if t.finding_closed:
            cells[8].setForeground(QBrush(QColor(CORRECTED)))
        return cells

    def select_number(self, number: str) -> None:
        numbers = [t.number for t in self.rows]
        if number in numbers:
            self.table.selectRow(numbers.index(number))

    # -- the selected ticket ---------------------------------------------------------------------------
    def _on_selected(self) -> None:
        items = self.table.selectedItems()
        number = next((i.data(NUMBER_ROLE) for i in items if i.data(NUMBER_ROLE)), None)
        if number:
            self.load_detail(str(number))

    def load_detail(self, number: str) -> Job:
        return ops.read(self, self.runner, actions.load_ticket, self.workspace, number, on_done=self._show,
                        supersede="ticket")

    def _show(self, detail: TicketDetail | None) -> None:
        self.detail = detail
        self.history.clear()
        for b in self.buttons.values():
            b.setVisible(False)
        self.missing_label.setText("")
        self.order_button.setVisible(detail is not None and detail.ticket.status != states.CLOSED
                                     and not detail.ticket.order_number)
        if detail is None:
            self.form_label.setText("")
            return
        self.form_label.setText(self._form(detail.ticket))
        for e in detail.events:
            self.history.addTopLevelItem(QTreeWidgetItem([
                e.at.strftime("%Y-%m-%d %H:%M"),
                message_text(states.event_name(e.action, e.from_state, e.subject)), self._moved(e.from_state, e.to_state),
                e.operator, e.reason]))
        missing = []
        for step in detail.steps:
            button = self.buttons[step.action]
            button.setVisible(True)
            button.setEnabled(step.allowed)
            button.setToolTip(problems_text(step.missing))
            if step.missing:
                missing.append(f"{button.text().rstrip('…')}{self.tr(': ')}{problems_text(step.missing)}")
        self.missing_label.setText("\n".join(missing))
        self.shown.emit(detail.ticket.number)

    @staticmethod
    def _moved(from_state: str | None, to_state: str | None) -> str:
        """"From → to"; the state alone when the step left it as it was (a work order, a reassignment)."""
        after = station_text(states.STATE_NAMES.get(to_state or ""))
        if from_state == to_state:
            return after
        return f"{station_text(states.STATE_NAMES.get(from_state or '')) or '—'} → {after}"

    def _form(self, t: TicketRow) -> str:
        sep = self.tr(": ")

        def line(label: str, value: str) -> str:
            return f"<b>{html.escape(label)}</b>{sep}{html.escape(value)}<br>" if value else ""

        result = station_text(states.RESULTS.get(t.result or "")) if t.result else ""
        verdict = station_text(states.VERDICTS.get(t.verdict or "")) if t.verdict else ""
        return (f"<b>{t.number}</b> · {station_text(states.STATE_NAMES.get(t.status))}<br>"
                + line(self.tr("Theme"), t.theme or station_text(t.check_title))
                + line(self.tr("Record"), f"{t.object_key} {t.area_code}".strip())
                + line(self.tr("Problem"), message_text(t.problem))
                + line(self.tr("Reply by"), f"{t.reply_by.isoformat()}（{t.reply_by_source}）")
                + line(self.tr("Work order"), t.order_number or "")
                + line(self.tr("Result"), result) + line(self.tr("Reply"), t.reply)
                + line(self.tr("Returned"), t.reason if t.rounds > 1 else "")
                + line(self.tr("Verdict"), f"{verdict} {t.liable}".strip()))

    # -- a work order for the ticket ---------------------------------------------------------------------
    def order_kinds(self) -> list[tuple[str, str]]:
        """(kind, what the user reads) of the orders a ticket may raise."""
        from station.audit_tickets.service import ORDER_KINDS

        names = {"record-audit": self.tr("Desk re-check of the record (档案稽查)"),
                 "special": self.tr("Check on site (专项检查)")}
        return [(k, names[k]) for k in ORDER_KINDS]

    def raise_order(self, kind: str | None = None) -> Job | None:
        """Ask desk or on site (unless `kind` is given), then raise the order on the write thread."""
        if self.detail is None:
            return None
        ticket = self.detail.ticket
        if kind is None:
            from PySide6.QtWidgets import QInputDialog

            kinds = self.order_kinds()
            chosen, ok = QInputDialog.getItem(self, self.tr("Work order for %1").replace("%1", ticket.number),
                                              self.tr("Kind of work order"), [name for _k, name in kinds], 0, False)
            if not ok:
                return None
            kind = next(k for k, name in kinds if name == chosen)
        return ops.write(self, self.runner, actions.raise_ticket_order, self.workspace, ticket.number, kind,
                         version=ticket.version, on_done=lambda row: self._on_ordered(row))

    def _on_ordered(self, row: TicketRow) -> None:
        self.ordered.emit(row.order_number or "")
        self.refresh(select=row.number)

    # -- a step --------------------------------------------------------------------------------------
    def run_step(self, action: str) -> TicketStepDialog | None:
        if self.detail is None:
            return None
        ticket = self.detail.ticket
        dlg = TicketStepDialog(self, action, ticket, self.names)
        self.last_dialog = dlg

        def save(given: Any, on_done: Any, on_failed: Any) -> Job:
            return ops.write(dlg, self.runner, actions.move_ticket, self.workspace, ticket.number, action, given,
                             version=ticket.version, on_done=on_done, on_failed=on_failed)

        dlg.save_with(save)
        if dlg.exec() == TicketStepDialog.DialogCode.Accepted:
            self.moved.emit(ticket.number)
            self.refresh(select=ticket.number)
        return dlg
