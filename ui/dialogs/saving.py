"""A dialog that saves itself: OK starts the station action, the dialog closes only when it is saved, and a
refusal keeps every field and marks the ones it names (the issue's "everything typed was lost").

The dialog still never persists anything itself (STYLE 16): the caller hands it the save, e.g.
`dlg.save_with(lambda value, on_done, on_failed: ops.write(dlg, runner, actions.x, ws, value, on_done=…))`.
Its OK runs `save_or_accept` (`ok_cancel(self, on_ok=self.save_or_accept)`, ui.dialogs.frame).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from ui.text import failure_text, problems_of

#: The frame of a field a refusal named.
REFUSED_STYLE = "border: 2px solid #b00020;"


def mark_refused(widgets: Sequence[QWidget], refused: bool) -> None:
    """A red frame on the fields a refusal named, and the "refused" property a test (or a style) reads."""
    for w in widgets:
        w.setProperty("refused", refused)
        w.setStyleSheet(REFUSED_STYLE if refused else "")


class SavesItself:
    """Mixin for a QDialog with `ok_button`, `problem_label`, `value()` and `revalidate()`.

    `fields` maps a station Problem's field to the widget to mark; `saved_result` is the action's result.
    """

    ok_button: QPushButton
    problem_label: QLabel

    saving = False
    saved_result: Any = None
    _save: Any = None
    _refused: Sequence[QWidget] = ()
    fields: dict[str, QWidget] = {}  # noqa: RUF012 - each dialog assigns its own
    # The version of the record the dialog loaded (station.domain.stale); the save passes it on. A stale
    # refusal puts the version saved now here, so Save again replaces it knowingly.
    version: int | None = None

    def stale_mine(self) -> dict[str, Any]:
        """What the editor typed, by the station's field names, for the "已被他人修改" table ({}: not shown)."""
        return {}

    def value(self) -> Any:  # pragma: no cover - every dialog has its own
        raise NotImplementedError

    def revalidate(self) -> Any:
        """Check the form again; what it returns is true while the form has a problem (OK does nothing then)."""
        return None

    def save_or_accept(self) -> None:
        """OK: nothing while a save runs or the form has a problem; else the marks of the last refusal go and
        the save starts, or, when no save was given, the dialog accepts as a plain one."""
        if self.saving or self.revalidate():
            return
        self.clear_refused()
        if not self.start_save():
            self._dialog().accept()

    def _dialog(self) -> QDialog:
        assert isinstance(self, QDialog)  # the mixin is only ever mixed into a dialog
        return self

    def save_with(self, save: Any) -> None:
        """OK runs `save(value, on_done, on_failed)` and the dialog closes when on_done is called."""
        self._save = save

    def start_save(self) -> bool:
        """Start the save (False: no save was given, the caller accepts as a plain dialog)."""
        if self._save is None:
            return False
        self.saving = True
        self.ok_button.setEnabled(False)
        self.problem_label.setText(QCoreApplication.translate("AssetDialogs", "Saving…"))
        self._save(self.value(), self._saved, self._failed)
        return True

    def save_cancelled(self) -> None:
        """The save did not start after all (a question answered "no"): the dialog is as it was."""
        self.saving = False
        self.revalidate()

    def clear_refused(self) -> None:
        """Unmark the fields a refusal named (the "已被他人修改" panel stays until the dialog is saved)."""
        if self._refused:
            mark_refused(self._refused, False)
            self._refused = ()

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.saved_result = result
        self._dialog().done(QDialog.DialogCode.Accepted)  # not accept(): a form may override it

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.revalidate()
        self.problem_label.setText(failure_text(exc))
        self._refused = [w for p in problems_of(exc) for w in [self.fields.get(p.field)] if w is not None]
        mark_refused(self._refused, True)
        if self._refused:
            self._refused[0].setFocus()
        self._show_stale(exc)

    def _show_stale(self, exc: BaseException) -> None:
        from ui.dialogs.stale_view import show_stale

        version = show_stale(self._dialog(), self.problem_label, problems_of(exc), self.stale_mine())
        if version is not None:
            self.version = version
