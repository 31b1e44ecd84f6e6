"""`--screenshot FILE --page NAME`: render the main window offscreen at 1280×800 and save it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from ui.settings import UiSettings

SIZE = (1280, 800)
#: Time for the first paint and the lazy rows to arrive before the grab.
SETTLE_MS = 400


def scratch_settings() -> UiSettings:
    """UI settings in a throwaway file: default geometry and splitters, nothing written back."""
    path = Path(tempfile.mkdtemp(prefix="station-shot-")) / "ui.ini"
    return UiSettings(QSettings(str(path), QSettings.Format.IniFormat))


def take(window: MainWindow, path: str | Path, page: str) -> int:
    """Show `page` with its first row selected, grab the window into `path`, quit; returns the exit code."""
    window.resize(*SIZE)
    shown = window.show_page(page)
    view = getattr(shown, "view", None)
    if view is not None and view.model().rowCount() > 0:
        view.selectRow(0)
    window.show()
    result = {"code": 1}

    def grab() -> None:
        ok = window.grab().save(str(path))
        result["code"] = 0 if ok else 1
        QApplication.instance().quit()

    QTimer.singleShot(SETTLE_MS, grab)
    QApplication.instance().exec()
    return result["code"]
