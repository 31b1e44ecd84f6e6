"""The customer page on 200,000 customers (first rows shown, 户号 prefix and name search) and start-up time."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.bench_queries import build  # the same 200,000-customer station as the query bench
from tests.benchmarks.common import report

ROOT = Path(__file__).resolve().parents[2]

# A child process that shows a window and exits at its first paint; prints nothing. {setup} builds `window`.
_CHILD = """
import sys
from PySide6.QtCore import QEvent, QObject
{setup}
class _FirstPaint(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            app.quit()
        return False
f = _FirstPaint()
window.installEventFilter(f)
window.show()
app.exec()
"""
_BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
"""
_APP = """
import main
from PySide6.QtWidgets import QApplication
from ui.app import set_names
from ui.settings import UiSettings
set_names()
app = QApplication(sys.argv[:1])
window = main.open_window(main.parse_args(["--db", {db!r}]), UiSettings())
"""


def _child_seconds(setup: str, env: dict[str, str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", _CHILD.format(setup=setup)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if done.returncode:  # offscreen warnings are noise; a failure's traceback is not
            raise RuntimeError(done.stderr)
        best = min(best, time.perf_counter() - t0)
    return best


def _page_seconds(db: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from station.workspace import open_workspace
    from ui.app import use_bundled_font
    from ui.jobs import JobRunner
    from ui.pages.customers_page import CustomersPage
    from ui.settings import UiSettings

    app = QApplication.instance() or QApplication([])
    use_bundled_font(app)
    ws = open_workspace(db, operator="bench")
    from PySide6.QtCore import QSettings

    settings = UiSettings(QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat))
    t0 = time.perf_counter()
    page = CustomersPage(ws, JobRunner(), settings)
    page.resize(1200, 700)
    page.grab()  # paints the first screen of rows: ids queried, first page fetched
    first = time.perf_counter() - t0
    report("customer page, first rows painted (200,000 customers)", first, aim="< 300 ms")
    for label, text in (("户号 prefix search '3312' shown", "3312"), ("name search '张伟' shown", "张伟")):
        page.search("")
        best = float("inf")
        for _ in range(3):
            page.search("")
            t0 = time.perf_counter()
            page.search(text)
            page.grab()
            best = min(best, time.perf_counter() - t0)
        report(f"{label} ({page.model.count():,} matches)", best, aim="< 150 ms")
    page.deleteLater()
    ws.close()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        build(db).close()
        _page_seconds(db)
        # The child's settings go to a scratch folder, never the user's.
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               "XDG_CONFIG_HOME": tmp, "HOME": tmp}
        baseline = _child_seconds(_BASELINE, env)
        app = _child_seconds(_APP.format(db=str(db)), env)
        report("start-up to the first painted window (200,000 customers)", app, baseline, aim="< 2.5 s")


if __name__ == "__main__":
    main()
