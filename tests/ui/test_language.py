"""The program opens in Simplified Chinese by default and in English with --lang en."""

from __future__ import annotations

import main
from ui.main_window import MainWindow


def _open(args, ui_settings):
    window = main.open_window(main.parse_args(args), ui_settings)
    assert isinstance(window, MainWindow)
    return window


def test_opens_in_chinese_by_default(qtbot, demo_ws, ui_settings, built_translations, demo_login):
    path = str(demo_ws.file)
    demo_ws.close()
    window = _open(["--db", path], ui_settings)
    qtbot.addWidget(window)
    try:
        assert window.nav.item(0).text() == "客户台账"
        assert window.nav.item(1).text() == "计量资产台账"
        page = window.page("customers")
        assert page.count_label.text() == "共 600 户"
        assert page.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "户号"
    finally:
        window.workspace.close()
        main.open_window(main.parse_args(["--db", path, "--lang", "en"]), ui_settings).workspace.close()


def test_opens_in_english_with_lang_en(qtbot, demo_ws, ui_settings, built_translations, demo_login):
    path = str(demo_ws.file)
    demo_ws.close()
    window = _open(["--db", path, "--lang", "en"], ui_settings)
    qtbot.addWidget(window)
    try:
        assert window.nav.item(0).text() == "Customer ledger"
        assert window.windowTitle().startswith("Station Workstation")
    finally:
        window.workspace.close()


def test_every_translation_is_finished():
    from pathlib import Path

    ts = (Path(__file__).resolve().parents[2] / "resources" / "translations" / "station_zh_CN.ts").read_text("utf-8")
    assert ts.count("<message") > 300
    assert 'type="unfinished"' not in ts
