"""The selected work order's form: header, the next transitions as buttons (each with what is still missing),
and tabs for targets, inspectors, findings, cases, attachments (drop files here), notices and history.

Display only: buttons emit `step_requested(action)` / `tool_requested(name)`; the page runs the actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.i18n import QT_TRANSLATE_NOOP
from station.orders import states
from station.orders.rows import OrderDetail, Step
from ui.models.order_models import (
    AttachmentModel,
    CaseModel,
    FindingModel,
    HistoryModel,
    NoticeModel,
    TargetModel,
    kind_text,
    order_state_text,
    source_text,
)
from ui.models.row_table import row_of
from ui.text import message_text
from ui.widgets.common import fmt

_CTX = "OrderForm"
#: The order's transition buttons, in the order of the work.
STEP_TEXT: dict[str, str] = {
    "submit": QT_TRANSLATE_NOOP("OrderForm", "Submit for approval"),
    "approve": QT_TRANSLATE_NOOP("OrderForm", "Approve and dispatch"),
    "start": QT_TRANSLATE_NOOP("OrderForm", "Start on site"),
    "report": QT_TRANSLATE_NOOP("OrderForm", "Report results…"),
    "return": QT_TRANSLATE_NOOP("OrderForm", "Send back…"),
    "close": QT_TRANSLATE_NOOP("OrderForm", "Close"),
    "cancel": QT_TRANSLATE_NOOP("OrderForm", "Cancel order…"),
}
#: Buttons under each tab: (tool name, text); the page enables them by the selected row's state.
TOOLS: dict[str, tuple[tuple[str, str], ...]] = {
    "inspectors": (("inspectors", QT_TRANSLATE_NOOP("OrderForm", "Change inspectors…")),),
    "findings": (
        ("finding", QT_TRANSLATE_NOOP("OrderForm", "Record finding…")),
        ("f:acknowledge", QT_TRANSLATE_NOOP("OrderForm", "Receipt back")),
        ("f:ready", QT_TRANSLATE_NOOP("OrderForm", "Ready for re-check")),
        ("f:pass", QT_TRANSLATE_NOOP("OrderForm", "Re-check passed")),
        ("f:fail", QT_TRANSLATE_NOOP("OrderForm", "Re-check failed…")),
        ("f:escalate", QT_TRANSLATE_NOOP("OrderForm", "Failed: escalate…")),
        ("f:extend", QT_TRANSLATE_NOOP("OrderForm", "Extend…")),
        ("f:follow-up", QT_TRANSLATE_NOOP("OrderForm", "Follow-up order…")),
        ("f:void", QT_TRANSLATE_NOOP("OrderForm", "Void…")),
    ),
    "cases": (
        ("case", QT_TRANSLATE_NOOP("OrderForm", "New case…")),
        ("c:approve", QT_TRANSLATE_NOOP("OrderForm", "Approve case")),
        ("c:serve", QT_TRANSLATE_NOOP("OrderForm", "Served")),
        ("c:settle", QT_TRANSLATE_NOOP("OrderForm", "Settled")),
        ("c:refuse", QT_TRANSLATE_NOOP("OrderForm", "Refused…")),
        ("c:transfer", QT_TRANSLATE_NOOP("OrderForm", "Transfer…")),
        ("c:close", QT_TRANSLATE_NOOP("OrderForm", "Close case")),
        ("c:amend", QT_TRANSLATE_NOOP("OrderForm", "Amend…")),
        ("c:cancel", QT_TRANSLATE_NOOP("OrderForm", "Cancel case…")),
    ),
    "attachments": (("attach", QT_TRANSLATE_NOOP("OrderForm", "Add file…")),
                    ("open_attachment", QT_TRANSLATE_NOOP("OrderForm", "Open"))),
    "notices": (("issue", QT_TRANSLATE_NOOP("OrderForm", "Issue document…")),
                ("open_notice", QT_TRANSLATE_NOOP("OrderForm", "Open")),
                ("reprint", QT_TRANSLATE_NOOP("OrderForm", "Reprint…"))),
}


TOOLS_PER_ROW = 4


#: The role matrix's (area, action) behind each tool (station.domain.roles; the actions ask it again).
TOOL_RIGHTS: dict[str, tuple[str, str]] = {
    "inspectors": ("orders", "edit"), "finding": ("findings", "create"), "f:acknowledge": ("findings", "edit"),
    "f:ready": ("findings", "edit"), "f:pass": ("findings", "recheck"), "f:fail": ("findings", "recheck"),
    "f:escalate": ("findings", "recheck"), "f:extend": ("findings", "extend"), "f:void": ("findings", "void"),
    "f:follow-up": ("findings", "follow-up"), "case": ("cases", "create"),
    "c:amend": ("cases", "create"), "attach": ("orders", "attach"), "issue": ("orders", "notice"),
    **{f"c:{a}": ("cases", m) for a, m in states.CASE_MATRIX_ACTION.items()},
}


def missing_text(step: Step) -> str:
    return "\n".join(message_text(p.message) for p in step.missing)


def offered(step: Step) -> bool:
    """A step the order's state offers: allowed, or refused for something other than the state (what is
    missing, or the acting user's role: station.orders.queries.steps puts the role matrix's refusal in)."""
    return step.allowed or not any(p.code == states.NOT_NOW for p in step.missing)


class DropTable(QTableView):
    """A table that takes files dropped on it (the attachments list)."""

    files_dropped = Signal(list)  #: local file paths

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # drops arrive at the viewport, which passes them to the view
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if Path(p).is_file()]
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)


def order_table(parent: QWidget, model: Any, name: str, cls: type[QTableView] = QTableView) -> QTableView:
    view = cls(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class OrderForm(QWidget):
    """Shows one OrderDetail; `show_detail(None)` shows the empty state."""

    step_requested = Signal(str)  #: an order transition (submit, approve, start, report, return, close, cancel)
    tool_requested = Signal(str)  #: a tab's button (finding, f:pass, case, c:approve, attach, issue …)
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: OrderDetail | None = None
        self.role_of: Any = lambda: None  #: the acting user's role (None: not known yet); the page sets it
        steps = self._heading()
        self._tables()
        self.tool_buttons: dict[str, QPushButton] = {}
        self._state_tips: dict[str, str] = {}  #: a disabled finding tool → why (the finding's state)
        self.escalated_label = QLabel(self)
        self.escalated_label.setObjectName("order_escalated")
        self.escalated_label.setWordWrap(True)
        self.escalated_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.escalated_label.setVisible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("order_tabs")
        self._tab_keys: list[str] = []
        self._build_tabs()
        for key in ("findings", "cases"):
            self.views[key].selectionModel().currentRowChanged.connect(lambda *_a: self.update_tools())
        self.views["cases"].selectionModel().currentRowChanged.connect(lambda *_a: self._show_working())

        self.empty = QLabel(self.tr("Select a work order to see its form, or create one."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.subtitle)
        lay.addLayout(steps)
        lay.addWidget(self.missing_label)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.empty, 1)
        self.show_detail(None)

    def _heading(self) -> QHBoxLayout:
        """The title, subtitle, a button per order step and what the next step still misses."""
        self.title = QLabel(self)
        self.title.setObjectName("order_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("order_subtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #444;")
        self.step_buttons: dict[str, QPushButton] = {}
        steps = QHBoxLayout()
        for action, text in STEP_TEXT.items():
            button = QPushButton(QCoreApplication.translate(_CTX, text), self)
            button.setObjectName(f"order_step:{action}")
            button.clicked.connect(lambda _=False, a=action: self.step_requested.emit(a))
            self.step_buttons[action] = button
            steps.addWidget(button)
        steps.addStretch(1)
        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("order_missing")
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #a05a00;")
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return steps

    def _tables(self) -> None:
        """The models and tables of the tabs (targets, findings, cases, attachments, notices, history)."""
        self.targets, self.findings, self.cases = TargetModel(self), FindingModel(self), CaseModel(self)
        self.attachments, self.notices, self.history = AttachmentModel(self), NoticeModel(self), HistoryModel(self)
        self.inspector_label = QLabel(self)
        self.inspector_label.setObjectName("order_inspectors")
        self.inspector_label.setWordWrap(True)
        self.inspector_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.case_working = QPlainTextEdit(self)
        self.case_working.setReadOnly(True)
        self.case_working.setMaximumHeight(110)
        self.views: dict[str, QTableView] = {
            "targets": order_table(self, self.targets, "order_targets"),
            "findings": order_table(self, self.findings, "order_findings"),
            "cases": order_table(self, self.cases, "order_cases"),
            "attachments": order_table(self, self.attachments, "order_attachments", DropTable),
            "notices": order_table(self, self.notices, "order_notices"),
            "history": order_table(self, self.history, "order_history"),
        }
        self.views["findings"].setColumnHidden(1, True)  # the order's number: this order
        drop = self.views["attachments"]
        assert isinstance(drop, DropTable)
        drop.files_dropped.connect(self.files_dropped)
        drop.setToolTip(self.tr("Drop files here to attach them"))

    def _build_tabs(self) -> None:
        pages: list[tuple[str, QWidget]] = [("targets", self.views["targets"])]
        box = QWidget(self)
        QVBoxLayout(box).addWidget(self.inspector_label, 1)
        pages.append(("inspectors", box))
        for key in ("findings", "cases", "attachments", "notices"):
            pages.append((key, self._with_tools(key, self.views[key])))
        pages.append(("history", self.views["history"]))
        for key, widget in pages:
            if key == "inspectors":
                lay = box.layout()
                assert isinstance(lay, QVBoxLayout)  # the one made just above
                self._add_tools(key, lay)
            self.tabs.addTab(widget, "")
            self._tab_keys.append(key)

    def _with_tools(self, key: str, view: QWidget) -> QWidget:
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(2, 2, 2, 2)
        self._add_tools(key, lay)
        if key == "findings":
            lay.addWidget(self.escalated_label)
        lay.addWidget(view, 1)
        if key == "cases":
            lay.addWidget(self.case_working)
        return box

    def _add_tools(self, key: str, lay: QVBoxLayout) -> None:
        # At most TOOLS_PER_ROW buttons a row: the form keeps a width that leaves the list its columns at 1366 px
        # (in English too).
        tools = TOOLS[key]
        for at, start in enumerate(range(0, len(tools), TOOLS_PER_ROW)):
            row = QHBoxLayout()
            for name, text in tools[start:start + TOOLS_PER_ROW]:
                button = QPushButton(QCoreApplication.translate(_CTX, text), self)
                button.setObjectName(f"order_tool:{name}")
                button.clicked.connect(lambda _=False, n=name: self.tool_requested.emit(n))
                self.tool_buttons[name] = button
                row.addWidget(button)
            row.addStretch(1)
            lay.insertLayout(at, row)

    # -- showing -------------------------------------------------------------------------------------
    def show_detail(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        has = detail is not None
        for w in (self.title, self.subtitle, self.tabs, self.missing_label):
            w.setVisible(has)
        self.empty.setVisible(not has)
        for b in self.step_buttons.values():
            b.setVisible(False)
        for model, rows in ((self.targets, detail.targets if detail else ()),
                            (self.findings, detail.findings if detail else ()),
                            (self.cases, detail.cases if detail else ()),
                            (self.attachments, detail.attachments if detail else ()),
                            (self.notices, detail.notices if detail else ()),
                            (self.history, tuple(reversed(detail.history)) if detail else ())):
            model.set_rows(list(rows))
        if detail is None:
            return
        o = detail.order
        self.title.setText(f"{o.number}  {kind_text(o.kind)}  ·  {order_state_text(o.status)}")
        self.subtitle.setText(self._subtitle(detail))
        self._show_steps(detail.steps)
        self._show_inspectors(detail)
        self._tab_titles(detail)
        self.update_tools()
        self._show_working()

    def _subtitle(self, d: OrderDetail) -> str:
        o = d.order
        parts = [self.tr("Source: %1").replace("%1", source_text(o.source)
                                             + (f" {o.scan_month}" if o.scan_month else ""))]
        if o.area_code:
            parts.append(self.tr("Area: %1").replace("%1", o.area_code))
        if o.planned_on:
            parts.append(self.tr("Planned: %1").replace("%1", fmt(o.planned_on)))
        if o.due_on:
            due = self.tr("Due: %1").replace("%1", fmt(o.due_on))
            parts.append(f"<span style='color:#b00020'>{due}</span>" if o.overdue else due)
        if o.approver:
            parts.append(self.tr("Approved by %1").replace("%1", o.approver))
        parts.append(self.tr("Created by %1").replace("%1", o.created_by))
        return "  ·  ".join(parts)

    def _show_steps(self, steps: tuple[Step, ...]) -> None:
        lines = []
        for step in steps:
            button = self.step_buttons.get(step.action)
            if button is None:
                continue
            button.setVisible(offered(step))
            button.setEnabled(step.allowed)
            why = missing_text(step)
            button.setToolTip(why)
            if offered(step) and not step.allowed:
                lines.append(f"{button.text().rstrip('…')}: {why.replace(chr(10), '; ')}")
        self.missing_label.setText("\n".join(lines))
        self.missing_label.setVisible(bool(lines))

    def _show_inspectors(self, d: OrderDetail) -> None:
        names = d.order.inspectors
        text = "、".join(names) if names else self.tr("No inspectors named yet.")
        self.inspector_label.setText(text)
        editable = d.order.status in (states.DRAFT, states.PENDING, states.DISPATCHED)
        self.tool_buttons["inspectors"].setEnabled(editable)

    def _tab_titles(self, d: OrderDetail) -> None:
        counts = {"targets": len(d.targets), "inspectors": len(d.order.inspectors), "findings": len(d.findings),
                  "cases": len(d.cases), "attachments": len(d.attachments), "notices": len(d.notices),
                  "history": len(d.history)}
        titles = {"targets": self.tr("Targets (%1)"), "inspectors": self.tr("Inspectors (%1)"),
                  "findings": self.tr("Findings (%1)"), "cases": self.tr("Cases (%1)"),
                  "attachments": self.tr("Attachments (%1)"), "notices": self.tr("Notices (%1)"),
                  "history": self.tr("History (%1)")}
        for i, key in enumerate(self._tab_keys):
            self.tabs.setTabText(i, titles[key].replace("%1", str(counts[key])))

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(self._tab_keys.index(key))

    # -- the selected rows and the tools they allow ---------------------------------------------------
    def selected(self, key: str) -> Any | None:
        view = self.views[key]
        index = view.currentIndex()
        return row_of(view, index) if index.isValid() else None

    def select_first(self, key: str) -> None:
        if self.views[key].model().rowCount():
            self.views[key].selectRow(0)

    def update_tools(self) -> None:
        d = self.detail
        working = d is not None and d.order.status in states.working_states(d.order.kind)
        self.tool_buttons["finding"].setEnabled(working)
        self.tool_buttons["case"].setEnabled(working)
        f = self.selected("findings")
        self._state_tips.clear()
        for name, button in self.tool_buttons.items():
            if name.startswith("f:"):
                action = name[2:]
                ok = f is not None and (states.finding_next(f.status, action) is not None
                                        or (action == "extend" and f.status in states.OPEN_FINDINGS))
                button.setEnabled(ok)
                if f is not None and not ok:  # what is missing: the finding's state does not offer it
                    self._state_tips[name] = message_text(states.state_problem(
                        f.status, action, states.FINDING_STATE_NAMES).message)
        self._show_escalated(f)
        c = self.selected("cases")
        for name, button in self.tool_buttons.items():
            if name.startswith("c:"):
                action = "cancel" if name == "c:amend" else name[2:]
                button.setEnabled(c is not None and states.case_next(c.status, action) is not None)
        has_order = d is not None
        for name in ("attach", "issue"):
            self.tool_buttons[name].setEnabled(has_order)
        self.tool_buttons["open_attachment"].setEnabled(has_order and bool(self.attachments.rowCount()))
        for name in ("open_notice", "reprint"):
            self.tool_buttons[name].setEnabled(has_order and bool(self.notices.rowCount()))
        self._role_tools()

    def _role_tools(self) -> None:
        from station.domain.roles import denial, may
        from ui.text import message_text

        role = self.role_of()
        for name, button in self.tool_buttons.items():
            area_action = TOOL_RIGHTS.get(name)
            refused = role is not None and area_action is not None and not may(role, *area_action)
            if refused:
                button.setEnabled(False)
            button.setToolTip(message_text(denial(role, *area_action).message) if refused and area_action
                              else self._state_tips.get(name, ""))

    def _show_escalated(self, f: Any) -> None:
        """An escalated finding says what it waits for, above the findings' buttons."""
        escalated = f is not None and f.status == states.ESCALATED
        self.escalated_label.setVisible(escalated)
        if escalated:
            self.escalated_label.setText(self.tr(
                "%1 — a supervisor decides: extend the deadline, void it, or raise a follow-up order.")
                .replace("%1", f.deadline_source))

    def _show_working(self) -> None:
        c = self.selected("cases")
        self.case_working.setPlainText("\n".join(c.working) if c is not None else "")
        self.case_working.setVisible(c is not None)
