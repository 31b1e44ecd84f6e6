"""The "已被他人修改" panel of a dialog whose save was refused as stale: what the editor typed beside what
is saved now (station.domain.stale.StaleValues), so nothing typed is lost and the difference is plain."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QLabel, QWidget

from station.i18n import QT_TRANSLATE_NOOP
from ui.text import ASSET_STATUS, EVENT_KIND, RESULT, label
from ui.widgets.common import fmt

_CTX = "StaleView"
#: Field name (station's) → its label here; a field not listed shows its name.
FIELD_LABELS: dict[str, str] = {
    "status": QT_TRANSLATE_NOOP("StaleView", "Status"),
    "account_no": QT_TRANSLATE_NOOP("StaleView", "Installed at (account)"),
    "verified_on": QT_TRANSLATE_NOOP("StaleView", "Verified on"),
    "verification_result": QT_TRANSLATE_NOOP("StaleView", "Verification result"),
    "certificate_no": QT_TRANSLATE_NOOP("StaleView", "Certificate no."),
    "last_step": QT_TRANSLATE_NOOP("StaleView", "Last step"),
    "last_step_on": QT_TRANSLATE_NOOP("StaleView", "Last step on"),
    "last_step_by": QT_TRANSLATE_NOOP("StaleView", "Last step by"),
    "value": QT_TRANSLATE_NOOP("StaleView", "Value"),
    "source": QT_TRANSLATE_NOOP("StaleView", "Source"),
    "updated_by": QT_TRANSLATE_NOOP("StaleView", "Changed by"),
    "updated_at": QT_TRANSLATE_NOOP("StaleView", "Changed at"),
    "price": QT_TRANSLATE_NOOP("StaleView", "Price (yuan/kWh)"),
    "basic_price_kva": QT_TRANSLATE_NOOP("StaleView", "Basic charge (yuan/kVA·month)"),
    "effective_from": QT_TRANSLATE_NOOP("StaleView", "Effective from"),
    "effective_to": QT_TRANSLATE_NOOP("StaleView", "Effective to"),
}
_CODED = {"status": ASSET_STATUS, "last_step": EVENT_KIND, "verification_result": RESULT}


def value_text(name: str, value: Any) -> str:
    if name in _CODED:
        return label(_CODED[name], value) or "—"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {value_text('', v)}" for k, v in value.items()) or "—"
    if isinstance(value, list | tuple):
        return "–".join(value_text("", v) for v in value) or "—"
    return fmt(value) or "—"


def stale_html(saved: Mapping[str, Any], mine: Mapping[str, Any]) -> str:
    """A table: each field, what the editor typed (where the dialog has it) and what is saved now."""
    tr = QCoreApplication.translate
    head = ([QCoreApplication.translate("StaleView", "Field")]
            + ([QCoreApplication.translate("StaleView", "Your input")] if mine else [])
            + [QCoreApplication.translate("StaleView", "Saved now")])
    rows = []
    for name, value in saved.items():
        if value is None and name not in mine:
            continue  # nothing there and nothing typed: a row that tells nothing
        cells = [tr(_CTX, FIELD_LABELS[name]) if name in FIELD_LABELS else name]
        if mine:
            cells.append(value_text(name, mine.get(name)) if name in mine else "")
        now = value_text(name, value)
        differs = name in mine and value_text(name, mine[name]) != now
        cells.append(f"<b>{html.escape(now)}</b>" if differs else html.escape(now))
        rows.append("".join(f"<td>{c if i == len(cells) - 1 else html.escape(c)}</td>" for i, c in enumerate(cells)))
    title = html.escape(QCoreApplication.translate("StaleView", "Changed by someone else"))
    hint = html.escape(QCoreApplication.translate(
        "StaleView", "Your input is kept. Save again to replace what is saved now, or Cancel."))
    header = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in head)
    body = "".join(f"<tr>{r}</tr>" for r in rows)
    return (f"<p><b>{title}</b></p><table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>"
            f"<tr>{header}</tr>{body}</table><p>{hint}</p>")


class StalePanel(QLabel):
    """Shown above the problem label of the refused dialog until it is saved or closed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stale_panel")
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#stale_panel { background: #fff4e0; border: 1px solid #d08a00; padding: 6px; }")
        self.hide()

    def show_values(self, saved: Mapping[str, Any], mine: Mapping[str, Any]) -> None:
        self.setText(stale_html(saved, mine))
        self.show()


def panel_of(dialog: QWidget, problem_label: QWidget) -> StalePanel:
    """The dialog's panel, made once and put just above its problem label (every saving dialog has one)."""
    panel = dialog.findChild(StalePanel, "stale_panel")
    if panel is None:
        panel = StalePanel(dialog)
        owner = problem_label.parentWidget()
        lay = owner.layout() if owner is not None else None
        if isinstance(lay, QBoxLayout) and lay.indexOf(problem_label) >= 0:
            lay.insertWidget(lay.indexOf(problem_label), panel)
    return panel


def show_stale(dialog: QWidget, problem_label: QLabel, problems: Any, mine: Mapping[str, Any]) -> int | None:
    """Show a stale refusal in `dialog` (reopened with the editor's input): the panel, the other reasons in
    the problem label; returns the version saved now (None: the refusal was not stale)."""
    from station.domain.stale import STALE, StaleValues
    from ui.text import problems_text

    problems = list(problems or [])
    stale = next((p.value for p in problems if p.code == STALE and isinstance(p.value, StaleValues)), None)
    if stale is None:
        return None
    panel_of(dialog, problem_label).show_values(stale.values, mine)
    problem_label.setText(problems_text([p for p in problems if p.code != STALE]))
    return stale.version
