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
