"""GUI fixtures: a demo-populated workspace, throwaway UI settings, the app font and built translations."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from station.actions import login
from station.demo import names
from station.workspace import Workspace, open_workspace
from ui.settings import UiSettings

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "station_zh_CN.ts"
LRELEASE = ROOT / ".venv" / "bin" / "pyside6-lrelease"
#: Customers in the GUI tests' demo station: enough for several lazy pages (200 rows each).
DEMO_CUSTOMERS = 600


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo station generated once per run; each test copies the file."""
    from station.actions import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    ws = open_workspace(path, operator="demo")
    create_demo(ws, customers=DEMO_CUSTOMERS, seed=7)
    ws.close()
    return path


@pytest.fixture
def demo_ws(demo_template: Path, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    ws = open_workspace(path, operator="")
    login(ws, names.SUPERVISOR, names.PASSWORD)  # the demo's users hold the station: act as its supervisor
    yield ws
    ws.close()


@pytest.fixture
def other(demo_ws):  # type: ignore[no-untyped-def]
    """Counter B: a second program on the same database, logged in as the same supervisor."""
    from station.workspace import open_workspace

    b = open_workspace(demo_ws.engine.url.render_as_string(hide_password=False), operator=demo_ws.operator)
    b.role = demo_ws.role
    yield b
    b.close()


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english):  # type: ignore[no-untyped-def]
    """The main window on the demo, in English, as the demo's supervisor (a test file may define its own)."""
    from ui.main_window import MainWindow

    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """UI settings in a file of this test only (never the developer's own)."""
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def built_translations() -> Path:
    """The .qm built from the committed .ts (as `make translations` does) when missing or stale."""
    qm = TS.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < TS.stat().st_mtime:
        tool = str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")
        assert tool, "pyside6-lrelease not found"
        subprocess.run([tool, "-silent", str(TS), "-qm", str(qm)], check=True)
    return qm


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    """The app font registered and no translator: English source texts."""
    from ui.app import install_translators, use_bundled_font

    use_bundled_font(qapp)
    install_translators(qapp, "en")
    return qapp


@pytest.fixture
def chinese(qapp, built_translations):  # type: ignore[no-untyped-def]
    from ui.app import install_translators, use_bundled_font

    use_bundled_font(qapp)
    assert install_translators(qapp, "zh_CN")
    yield qapp
    install_translators(qapp, "en")


class ModalWork:
    """Drives a modal dialog from a timer while its exec() runs; a failure closes every open dialog, so the
    test fails with the error instead of hanging on exec() (a wait that times out inside the timer's slot
    would otherwise leave the dialog open for ever)."""

    def __init__(self) -> None:
        self.error: BaseException | None = None

    def start(self, work):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog

        def guarded() -> None:
            try:
                work()
            except BaseException as exc:  # noqa: BLE001 - reported by check(), after exec() returned
                self.error = exc
                for w in QApplication.topLevelWidgets():
                    if isinstance(w, QDialog) and w.isVisible():
                        w.reject()

        QTimer.singleShot(0, guarded)

    def check(self) -> None:
        if self.error is not None:
            raise self.error


@pytest.fixture
def modal() -> ModalWork:
    return ModalWork()


#: How long a message box may stay open before the watchdog closes it: far longer than any test answers one.
STUCK_BOX_SECONDS = 45


@pytest.fixture(autouse=True)
def no_stuck_modal(request: pytest.FixtureRequest) -> Iterator[None]:
    """Close a modal dialog or message box nobody answers, and fail the test with what it said.

    A warning shown from a slot (a refusal or an error nobody expected), or a login the idle lock opened, runs
    its own event loop; a test then waiting for a signal inside that loop never returns, and the whole suite
    hangs instead of failing. The watchdog's timer still fires inside that loop, so it can close the dialog."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    seen: dict[int, float] = {}
    stuck: list[str] = []

    def check() -> None:
        now = time.monotonic()
        w = QApplication.activeModalWidget()
        if not isinstance(w, QDialog) or not w.isVisible():
            return
        first = seen.setdefault(id(w), now)
        if now - first > STUCK_BOX_SECONDS:
            said = f"{w.text()} {w.informativeText()}" if isinstance(w, QMessageBox) else type(w).__name__
            stuck.append(f"{w.windowTitle()}: {said}".strip())
            w.reject()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if stuck:
        pytest.fail("a modal dialog was left open (closed by the watchdog): " + " | ".join(stuck))
