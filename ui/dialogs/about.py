"""The text of Help → About."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion


def version() -> str:
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version("station-workstation")
    except PackageNotFoundError:
        return "dev"


def about_text() -> str:
    title = QCoreApplication.translate("About", "Station Workstation")
    what = QCoreApplication.translate(
        "About", "Ledgers, schedules, consumption analysis and PDF reports for a power supply station.")
    font = QCoreApplication.translate("About", "Font: WenQuanYi Micro Hei (Apache-2.0).")
    return f"<h3>{title} {version()}</h3><p>{what}</p><p>{font} Qt {qVersion()}</p>"
