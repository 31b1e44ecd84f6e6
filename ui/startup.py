"""Start-up steps between the command line and the main window: which database, first run, demo."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from station.paths import data_dir, default_db_path, demo_db_path
from station.workspace import Workspace
from ui.jobs import Job, JobRunner
from ui.settings import UiSettings

#: Size of the generated demo station: a real county station has about this many customers (DESIGN.md).
DEMO_CUSTOMERS = 20_000
DEMO_SEED = 1


@dataclass(frozen=True, slots=True)
class Target:
    """The database to open, and what to do with it once open."""

    location: str
    demo: bool = False  # generate the demo station when the database is still empty
    station_name: str = ""  # a new empty station: write its name and code
    station_code: str = ""


def choose_target(ui: UiSettings, *, db: str | None, demo: bool) -> Target | None:
    """--db wins, then --demo, then the configured location; on a first start ask. None: the user quit."""
    if db:
        return Target(db)
    if demo:
        return Target(str(demo_db_path()), demo=True)
    if ui.db_location():
        return Target(ui.db_location(), demo=ui.db_is_demo())
    from ui.dialogs.first_run import FirstRunDialog

    choice = FirstRunDialog.ask(None, data_location=str(data_dir()))
    if choice is None:
        return None
    if choice.demo:
        target = Target(str(demo_db_path()), demo=True)
    else:
        target = Target(str(default_db_path()), station_name=choice.station_name, station_code=choice.station_code)
    ui.set_db_location(target.location, demo=target.demo)
    ui.sync()
    return target


class PasswordNotGiven(Exception):
    """The user closed the password prompt: start no further."""


def open_asking_password(location: str, operator: str, ui: UiSettings) -> Workspace:
    """Open (and upgrade) the database; when the server wants a password not kept anywhere, ask for it.

    A password typed here goes to the keyring where there is one (issue 15), never into the settings.
    """
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    from db.redact import redact
    from station import secrets
    from station.workspace import open_workspace

    try:
        return open_workspace(location, operator=operator)  # upgrades to head, backing the file up first
    except Exception as exc:
        if not secrets.needs_password(exc):
            raise
        first = exc
    password, ok = QInputDialog.getText(
        None, QCoreApplication.translate("Startup", "Database password"),
        QCoreApplication.translate("Startup", "The server %1 needs a password:").replace("%1", redact(location)),
        QLineEdit.EchoMode.Password)
    if not ok:
        raise PasswordNotGiven from first
    ws = open_workspace(secrets.with_password(location, password), operator=operator)
    if location == ui.db_location():
        ui.set_db_location(secrets.with_password(location, password), demo=ui.db_is_demo())
    return ws


def check_audit_log(window: QWidget, ws: Workspace, runner: JobRunner) -> None:
    """Walk the audit log's hash chain in the background at start (issue 15); a broken chain is told at once.

    Not modal: the counter's work goes on; the message names the first row that does not follow, which
    `station db verify` also prints.
    """
    from PySide6.QtWidgets import QMessageBox

    from station.actions import verify_audit_log
    from ui import ops

    def told(report: object) -> None:
        if getattr(report, "intact", True):
            return
        at, operator, action, entity, entity_id = getattr(report, "broken_row", None) or ("",) * 5
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("Startup", "Audit log broken"),
                          QCoreApplication.translate(
                              "Startup", "The audit log was changed outside the program: row %1 (%2, %3, %4 %5) "
                              "does not follow the rows before it, or a row before it was removed. Keep a copy "
                              "of the database and tell the station head.")
                          .replace("%1", str(getattr(report, "broken_at", ""))).replace("%2", str(at))
                          .replace("%3", str(operator)).replace("%4", str(action))
                          .replace("%5", f"{entity} {entity_id}"), QMessageBox.StandardButton.Ok, window)
        box.setObjectName("auditBroken")
        box.setModal(False)
        box.show()

    ops.read(window, runner, verify_audit_log, ws, on_done=told, on_failed=lambda _exc: None)


def station_name(ws: Workspace) -> str:
    """The station's name for the title bar; "" while none is set (the demo is not generated yet)."""
    from station.actions import load_station_name

    return load_station_name(ws)


def prepare(ws: Workspace, target: Target, runner: JobRunner) -> bool:
    """Name a new station, or generate the demo in an empty database with a progress dialog.

    Returns False when the user cancelled the demo generation (nothing was written).
    """
    if target.station_name:
        from station.actions import save_station_settings

        save_station_settings(ws, {"station.name": target.station_name, "station.code": target.station_code})
    if target.demo and not station_name(ws):  # the demo writes its station name; none yet = not generated
        return generate_demo_with_progress(ws, runner)
    return True


def generate_demo_with_progress(ws: Workspace, runner: JobRunner, parent: QWidget | None = None,
                                customers: int = DEMO_CUSTOMERS) -> bool:
    """Run station.demo.create_demo as a background job behind a modal progress dialog."""
    from station.actions import create_demo
    from station.demo import DEMO_MONTHS

    title = QCoreApplication.translate("Startup", "Demo station")
    dlg = QProgressDialog(
        QCoreApplication.translate("Startup", "Generating the demo station (%1 customers)…")
        .replace("%1", f"{customers:,}"), QCoreApplication.translate("Startup", "Cancel"), 0, 100, parent)
    dlg.setWindowTitle(title)
    dlg.setWindowModality(Qt.WindowModality.ApplicationModal)
    dlg.setMinimumDuration(0)
    dlg.setAutoClose(False)
    dlg.setAutoReset(False)
    # with consumption, so the analysis pages and back-billing are populated at first sight
    job = Job(create_demo, title=title, ws=ws, customers=customers, seed=DEMO_SEED, months=DEMO_MONTHS)

    def show(fraction: float, message: str) -> None:
        dlg.setValue(int(fraction * 100))
        if message:  # station/ progress texts are English marked for the "station" context
            dlg.setLabelText(QCoreApplication.translate("station", message))

    job.signals.progress.connect(show)
    dlg.canceled.connect(job.cancel)
    loop = QEventLoop()
    job.signals.finished.connect(loop.quit)
    dlg.show()
    runner.start(job)
    loop.exec()
    dlg.close()
    if job.error is not None:
        raise job.error
    return job.result is not None
