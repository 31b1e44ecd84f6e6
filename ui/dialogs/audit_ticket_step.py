"""One step of an audit ticket, asking only what that step needs: the responsible person (assign), the coded
result and the reply (reply), the reason (return), 查实/未查实 and who is responsible (verify). Saves itself."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from station.audit_tickets import states
from station.audit_tickets.rows import TicketRow
from station.audit_tickets.states import TicketInput
from ui.dialogs.frame import ok_cancel_to, problem_label
from ui.dialogs.saving import SavesItself
from ui.text import message_text


def _station(text: str) -> str:
    return QCoreApplication.translate("station", text)


class TicketStepDialog(SavesItself, QDialog):
    def __init__(self, parent: QWidget | None, action: str, ticket: TicketRow, names: Sequence[str]) -> None:
        super().__init__(parent)
        self.action = action
        self.setObjectName("ticket_step_dialog")
        self.setWindowTitle(f"{ticket.number} · {_station(states.STEP_NAMES[action])}")
        self.setMinimumWidth(460)
        self.responsible_combo: QComboBox | None = None
        self.result_combo: QComboBox | None = None
        self.verdict_combo: QComboBox | None = None
        self.reply_edit: QPlainTextEdit | None = None
        self.reason_edit: QLineEdit | None = None
        self.liable_edit: QLineEdit | None = None
        self.note_edit: QLineEdit | None = None
        form = QFormLayout()
        problem = QLabel(f"{ticket.object_key}：{message_text(ticket.problem)}", self)
        problem.setWordWrap(True)
        form.addRow(self.tr("Problem"), problem)
        getattr(self, f"_build_{action}", lambda _f, _t, _n: None)(form, ticket, names)
        self.problem_label = problem_label(self, name="problems")
        named: list[tuple[str, QWidget | None]] = [
            ("responsible", self.responsible_combo), ("result", self.result_combo), ("reply", self.reply_edit),
            ("reason", self.reason_edit), ("verdict", self.verdict_combo), ("liable", self.liable_edit)]
        self.fields = {k: w for k, w in named if w is not None}
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.problem_label)
        self.buttons, self.ok_button = ok_cancel_to(lay, self, on_ok=self.save_or_accept)

    def _combo(self, name: str, items: Sequence[tuple[str, str]], current: str | None = None) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for code, text in items:
            combo.addItem(text, code)
        if current:
            combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _build_assign(self, form: QFormLayout, ticket: TicketRow, names: Sequence[str]) -> None:
        self.responsible_combo = self._combo("ticket_responsible", [(n, n) for n in names], ticket.responsible)
        form.addRow(self.tr("Responsible person"), self.responsible_combo)

    def _build_reply(self, form: QFormLayout, ticket: TicketRow, _names: Sequence[str]) -> None:
        if ticket.reason:
            returned = QLabel(self.tr("Returned: %1").replace("%1", ticket.reason), self)
            returned.setWordWrap(True)
            returned.setStyleSheet("color: #B54708;")
            form.addRow("", returned)
        self.result_combo = self._combo("ticket_result", [(c, _station(t)) for c, t in states.RESULTS.items()],
                                        ticket.result)
        self.reply_edit = QPlainTextEdit(ticket.reply, self)
        self.reply_edit.setObjectName("ticket_reply")
        self.reply_edit.setFixedHeight(90)
        form.addRow(self.tr("Result"), self.result_combo)
        form.addRow(self.tr("Reply"), self.reply_edit)

    def _build_return(self, form: QFormLayout, ticket: TicketRow, _names: Sequence[str]) -> None:
        form.addRow(self.tr("Reply"), QLabel(ticket.reply, self))
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("ticket_reason")
        form.addRow(self.tr("Reason"), self.reason_edit)

    def _build_verify(self, form: QFormLayout, ticket: TicketRow, _names: Sequence[str]) -> None:
        form.addRow(self.tr("Reply"), QLabel(ticket.reply, self))
        self.verdict_combo = self._combo("ticket_verdict", [(c, _station(t)) for c, t in states.VERDICTS.items()])
        self.liable_edit = QLineEdit(self)
        self.liable_edit.setObjectName("ticket_liable")
        self.liable_edit.setPlaceholderText(self.tr("Needed when confirmed"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("ticket_note")
        form.addRow(self.tr("Verdict"), self.verdict_combo)
        form.addRow(self.tr("Who is responsible"), self.liable_edit)
        form.addRow(self.tr("Note"), self.note_edit)

    def value(self) -> TicketInput:
        def data(combo: QComboBox | None) -> str:
            return str(combo.currentData() or "") if combo is not None else ""

        def text(edit: QLineEdit | None) -> str:
            return edit.text().strip() if edit is not None else ""

        return TicketInput(responsible=data(self.responsible_combo), result=data(self.result_combo),
                           reply=self.reply_edit.toPlainText().strip() if self.reply_edit is not None else "",
                           reason=text(self.reason_edit), verdict=data(self.verdict_combo),
                           liable=text(self.liable_edit), note=text(self.note_edit))

    def revalidate(self) -> None:
        self.ok_button.setEnabled(True)
        self.problem_label.setText("")
