"""`--screenshot FILE --page NAME [--size WxH]`: render the main window (default 1280×800) and save it."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ui.main_window import MainWindow
from ui.pages.registry import PreparesScreenshot, ReadyForScreenshot, ShowsTabs
from ui.settings import UiSettings

SIZE = (1280, 800)
#: Time for the first paint and the lazy rows to arrive before the grab.
SETTLE_MS = 400
#: How often the page's background work is looked at, and how long it may take (a 3,000-customer scan takes
#: a few seconds; a page still computing after this is grabbed as it is).
POLL_MS = 100
TIMEOUT_S = 60.0


def scratch_settings() -> UiSettings:
    """UI settings in a throwaway file: default geometry and splitters, nothing written back."""
    path = Path(tempfile.mkdtemp(prefix="station-shot-")) / "ui.ini"
    return UiSettings(QSettings(str(path), QSettings.Format.IniFormat))


def page_ready(window: MainWindow, page: QWidget) -> bool:
    """No background job runs and the page (if it says) has what it computes on show."""
    if window.runner.running:
        return False
    return page.ready_for_screenshot() if isinstance(page, ReadyForScreenshot) else True


def select_first_row(page: QWidget) -> None:
    """Select the first row unless the page already selected one (its curve or details then show)."""
    view = getattr(page, "view", None)
    if view is not None and view.model().rowCount() > 0 and not view.currentIndex().isValid():
        view.selectRow(0)


def take(window: MainWindow, path: str | Path, page: str, size: tuple[int, int] = SIZE, *, tab: str = "") -> int:
    """Show `page`, wait for the work it starts on show (a scan, the due list), select its first row, grab the
    window into `path`, quit; returns the exit code (1 also when the page was still computing at the timeout)."""
    window.resize(*size)
    window.fit_to_screen()  # under Xvfb at 1366×768 the window is what a user of that screen gets
    shown = window.show_page(page)
    if isinstance(shown, PreparesScreenshot):
        shown.prepare_for_screenshot()
    if tab and isinstance(shown, ShowsTabs):  # a page with tabs shows the one asked for
        shown.show_tab(tab)
    window.show()
    result = {"code": 1}
    deadline = time.monotonic() + TIMEOUT_S
    poll = QTimer()
    poll.setInterval(POLL_MS)

    def grab() -> None:
        ok = window.grab().save(str(path))
        result["code"] = 0 if ok and result.get("ready", True) else 1
        QApplication.quit()

    def check() -> None:
        ready = page_ready(window, shown)
        if not ready and time.monotonic() < deadline:
            return
        if ready and not result.get("selected"):
            result["selected"] = True
            select_first_row(shown)  # may start the row's own job (a 台区's drill-down): look again
            return
        poll.stop()
        result["ready"] = ready
        QTimer.singleShot(SETTLE_MS, grab)  # the lazy rows and the curve paint meanwhile

    poll.timeout.connect(check)
    # The first look after the first paint: pages start their work in showEvent.
    QTimer.singleShot(SETTLE_MS, poll.start)
    QApplication.exec()
    return result["code"]
