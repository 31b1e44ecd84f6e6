"""Where things live: the user's data folder (platformdirs) and the bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

APP_NAME = "StationWorkstation"
APP_AUTHOR = "StationWorkstation"


def resources_dir() -> Path:
    """`resources/` beside the sources, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path() -> Path:
    """The bundled TrueType CJK font (WenQuanYi Micro Hei), used by Qt and by reportlab."""
    return resources_dir() / "fonts" / "wqy-microhei.ttc"


def data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


def default_db_path() -> Path:
    return data_dir() / "station.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"
