"""QApplication set-up: names, the bundled CJK font, translators; shared by main.py and the tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from station.paths import APP_AUTHOR, APP_NAME, font_path, resources_dir

#: Languages the program ships; the first is the default (the clerks read Chinese).
LANGUAGES: tuple[str, ...] = ("zh_CN", "en")
DEFAULT_LANGUAGE = LANGUAGES[0]
#: Point size of the application font: WenQuanYi at 9 pt is too small for a counter screen.
APP_FONT_POINT_SIZE = 10

_installed: list[QTranslator] = []  # QCoreApplication does not own translators: keep them alive here


def set_names() -> None:
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)


def use_bundled_font(app: QApplication) -> str | None:
    """Register the bundled font and make it the app font (offscreen and many PCs have no CJK font)."""
    fid = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(fid) if fid >= 0 else []
    if not families:
        return None
    font = QFont(families[0], APP_FONT_POINT_SIZE)
    app.setFont(font)
    return families[0]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Install the app's and Qt's own translators for `language`; English needs none. True if found."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(language))
    found = False
    ours = QTranslator(app)
    if ours.load(f"station_{language}", str(translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
        found = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found


def make_application(argv: list[str], language: str) -> QApplication:
    """The one QApplication (reused when a test already made it), set up for `language`."""
    set_names()
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    use_bundled_font(app)
    install_translators(app, language)
    return app
