"""A dialog that saves itself: OK starts the station action, the dialog closes only when it is saved, and a
refusal keeps every field and marks the ones it names (the issue's "everything typed was lost").

The dialog still never persists anything itself (STYLE 16): the caller hands it the save, e.g.
`dlg.save_with(lambda value, on_done, on_failed: ops.write(dlg, runner, actions.x, ws, value, on_done=…))`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

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

    def save_with(self, save: Any) -> None:
        """OK runs `save(value, on_done, on_failed)` and the dialog closes when on_done is called."""
        self._save = save

    def start_save(self) -> bool:
        """Start the save (False: no save was given, the caller accepts as a plain dialog)."""
        if self._save is None:
            return False
        self.saving = True
        self.ok_button.setEnabled(False)  # type: ignore[attr-defined]
        self.problem_label.setText(QCoreApplication.translate("AssetDialogs", "Saving…"))  # type: ignore[attr-defined]
        self._save(self.value(), self._saved, self._failed)  # type: ignore[attr-defined]
        return True

    def save_cancelled(self) -> None:
        """The save did not start after all (a question answered "no"): the dialog is as it was."""
        self.saving = False
        self.revalidate()  # type: ignore[attr-defined]

    def clear_refused(self) -> None:
        """Unmark the fields a refusal named (the "已被他人修改" panel stays until the dialog is saved)."""
        if self._refused:
            mark_refused(self._refused, False)
            self._refused = ()

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.saved_result = result
        self.done(QDialog.DialogCode.Accepted)  # type: ignore[attr-defined] # not accept(): a form may override it

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.revalidate()  # type: ignore[attr-defined]
        self.problem_label.setText(failure_text(exc))  # type: ignore[attr-defined]
        self._refused = [w for p in problems_of(exc) for w in [self.fields.get(p.field)] if w is not None]
        mark_refused(self._refused, True)
        if self._refused:
            self._refused[0].setFocus()
        self._show_stale(exc)

    def _show_stale(self, exc: BaseException) -> None:
        from ui.dialogs.stale_view import show_stale

        version = show_stale(self, self.problem_label, problems_of(exc), self.stale_mine())  # type: ignore[arg-type,attr-defined]
        if version is not None:
            self.version = version
