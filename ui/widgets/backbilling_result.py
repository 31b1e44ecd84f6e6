"""The result of a back-billing calculation: the figures, refund or bill, the rule, and the working line by line."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from station.billing import Result
from ui.dialogs.frame import PROBLEM_STYLE, problem_label

#: Shown in place of a figure while the inputs are incomplete or refused: never a stale number.
NO_FIGURE = "—"
REFUND_STYLE = "color: #1b5e20; font-weight: bold;"
BILL_STYLE = "font-weight: bold;"


def money(value: Decimal) -> str:
    return "¥" + format(value, ",.2f")


def energy(value: Decimal) -> str:
    return format(value, ",f") + " kWh"


class BackBillingResult(QWidget):
    """Read-only: `show_result(result)` or `show_problems(lines)`; `result` is None while nothing is valid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: Result | None = None
        figures = QGroupBox(self.tr("Result"), self)
        grid = QGridLayout(figures)
        grid.setHorizontalSpacing(16)
        self.kwh_label, self.amount_label = QLabel(NO_FIGURE, self), QLabel(NO_FIGURE, self)
        self.penalty_label, self.total_label = QLabel(NO_FIGURE, self), QLabel(NO_FIGURE, self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        self.total_label.setFont(big)
        rows = (
            (self.tr("Energy back-billed"), self.kwh_label, "kwh"),
            (self.tr("Charge (补交电费)"), self.amount_label, "amount"),
            (self.tr("Penalty (违约使用电费)"), self.penalty_label, "penalty"),
            (self.tr("Total"), self.total_label, "total"),
        )
        for r, (text, value, key) in enumerate(rows):
            name = QLabel(text + ":", figures)
            value.setObjectName(f"result:{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, r, 0)
            grid.addWidget(value, r, 1)
        grid.setColumnStretch(1, 1)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("result_status")
        self.status_label.setWordWrap(True)
        grid.addWidget(self.status_label, len(rows), 0, 1, 2)
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("result_rule")
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(self.rule_label, len(rows) + 1, 0, 1, 2)

        self.problem_label = problem_label(self)
        self.problem_label.hide()

        working = QGroupBox(self.tr("Working"), self)
        self.working_view = QPlainTextEdit(working)
        self.working_view.setObjectName("working")
        self.working_view.setReadOnly(True)
        self.working_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.working_view.setTabChangesFocus(True)
        col = QVBoxLayout(working)
        col.addWidget(self.working_view)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(figures)
        lay.addWidget(self.problem_label)
        lay.addWidget(working, 1)

    def _figures(self, kwh: str, amount: str, penalty: str, total: str) -> None:
        self.kwh_label.setText(kwh)
        self.amount_label.setText(amount)
        self.penalty_label.setText(penalty)
        self.total_label.setText(total)

    def show_result(self, result: Result) -> None:
        self.result = result
        self.problem_label.hide()
        self.problem_label.clear()
        refund = result.refund
        # A refund is shown as a positive amount under a "refund" heading, the sign stays in the working.
        self._figures(energy(result.kwh), money(result.amount), money(result.penalty), money(result.total))
        if refund:
            self.status_label.setText(
                self.tr("Refund to the customer: %1").replace(
                    "%1", money(-result.total) if result.total else energy(-result.kwh)
                )
            )
            self.status_label.setStyleSheet(REFUND_STYLE)
        else:
            self.status_label.setText(self.tr("The customer pays %1").replace("%1", money(result.total)))
            self.status_label.setStyleSheet(BILL_STYLE)
        self.total_label.setStyleSheet("color: #1b5e20;" if refund else "")
        self.rule_label.setText(self.tr("Rule: %1").replace("%1", str(result.rule)))
        lines = result.working_text(QCoreApplication.translate)
        self.working_view.setPlainText("\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1)))

    def show_problems(self, lines: Sequence[str], *, incomplete: bool = False) -> None:
        """No valid result: blank figures; `incomplete` says the form was merely not filled in yet."""
        self.result = None
        self._figures(NO_FIGURE, NO_FIGURE, NO_FIGURE, NO_FIGURE)
        self.total_label.setStyleSheet("")
        self.rule_label.clear()
        self.working_view.clear()
        if incomplete:
            self.status_label.setText(self.tr("Fill in the fields marked below to see the result."))
            self.status_label.setStyleSheet("color: #555;")
        else:
            self.status_label.setText(self.tr("No result: correct the inputs."))
            self.status_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setStyleSheet("color: #555;" if incomplete else PROBLEM_STYLE)
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))
