"""GUI entry point: `python main.py [--db PATH|URL] [--lang zh_CN|en] [--demo] [--screenshot FILE --page NAME]`."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.settings import UiSettings


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="station-workstation", description="供电所工作站 Station Workstation")
    p.add_argument("--db", help="SQLite file or PostgreSQL URL (default: the configured database)")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="user-interface language (default: the setting, zh_CN)")
    p.add_argument("--demo", action="store_true", help="open the demo station, generating it on first use")
    p.add_argument("--operator", default=os.environ.get("STATION_OPERATOR") or None,
                   help="the user offered at login (default $STATION_OPERATOR); with $STATION_PASSWORD logged in "
                        "without the dialog (e.g. for --screenshot)")
    p.add_argument("--screenshot", metavar="FILE", help="render the window offscreen to FILE (PNG) and exit")
    p.add_argument("--size", metavar="WxH", default="1280x800",
                   help="window size for --screenshot (e.g. 1366x768, 1920x1080; fitted to the screen)")
    # The pages' keys: importing the registry costs only the QtWidgets import the GUI needs anyway.
    from ui.pages.registry import PAGES

    keys = [spec.key for spec in PAGES]
    p.add_argument("--page", default=keys[0], choices=keys, metavar="KEY",
                   help=f"page shown with --screenshot: {' | '.join(keys)} (default {keys[0]})")
    p.add_argument("--tab", default="", metavar="NAME",
                   help="with --screenshot: the page's tab, on a page that has tabs (record_audit: findings | tickets)")
    return p.parse_args(argv)


def open_window(args: argparse.Namespace, ui_settings: UiSettings) -> MainWindow | int:
    """Translators, database (first run, upgrade, demo), main window; an int is an exit code instead."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from db.migrate import DatabaseTooNew
    from ui import startup
    from ui.app import make_application
    from ui.jobs import JobRunner
    from ui.main_window import MainWindow

    make_application(sys.argv[:1], args.lang or ui_settings.language())
    target = startup.choose_target(ui_settings, db=args.db, demo=args.demo)
    if target is None:
        return 0
    try:  # the operator is the logged-in user (ui.login); until then nobody
        ws = startup.open_asking_password(target.location, "", ui_settings)  # upgrades to head, backing up first
    except startup.PasswordNotGiven:
        return 0
    except DatabaseTooNew as exc:
        QMessageBox.critical(None, QCoreApplication.translate("Startup", "Database too new"),
                             QCoreApplication.translate(
                                 "Startup", "This database was written by a newer version of the workstation "
                                 "(schema %1). Install that version to open it.").replace("%1", exc.revision))
        return 1
    except Exception as exc:  # noqa: BLE001 - a wrong URL, an unreachable server, an unreadable file
        from db.redact import redact
        from ui.dialogs.settings_dialog import error_line

        QMessageBox.critical(None, QCoreApplication.translate("Startup", "Database not available"),
                             QCoreApplication.translate(
                                 "Startup", "The database %1 cannot be opened:\n%2\n\nCheck the location "
                                 "(start with --db FILE to open another one, then correct it in the settings).")
                             .replace("%1", redact(target.location)).replace("%2", redact(error_line(exc))))
        return 1
    runner = JobRunner()
    from ui.login import log_in_at_start

    def login() -> bool:
        return log_in_at_start(ws, runner, ui_settings, demo=target.demo, operator=args.operator,
                               station=startup.station_name(ws), unattended=bool(args.screenshot))

    # The demo is generated first (it brings its users); a new station gets its administrator first, who
    # then names it (the audit row names the administrator).
    steps = (lambda: startup.prepare(ws, target, runner), login) if target.demo else (
        login, lambda: startup.prepare(ws, target, runner))
    for step in steps:
        if not step():
            ws.close()
            return 1 if args.screenshot else 0
    if args.screenshot:  # the default layout, and the user's remembered layout left alone
        from ui.screenshot import scratch_settings

        ui_settings = scratch_settings()
    window = MainWindow(ws, ui_settings, runner=runner, station_name=startup.station_name(ws))
    runner.setParent(window)
    startup.check_audit_log(window, ws, runner)
    return window


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication

    from ui.app import set_names
    from ui.settings import UiSettings

    set_names()  # before QSettings is read
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = open_window(args, UiSettings())
    if isinstance(window, int):
        return window
    if args.screenshot:
        from ui.screenshot import take

        width, _, height = args.size.lower().partition("x")
        return take(window, args.screenshot, args.page, (int(width), int(height)), tab=args.tab)
    from ui.month_menus import hold_database

    held = hold_database(window.workspace, window)  # a second program on this SQLite file is told who has it
    if held is None:
        window.workspace.close()
        return 1
    with held:  # the lock file goes when the program ends, however it ends
        window.show()
        window.month_actions.start_automatic()  # the daily backup, in the background
        code = app.exec()
        window.month_actions.backup_on_exit()  # only if data changed since the start
    window.workspace.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
