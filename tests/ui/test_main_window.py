"""The main window: scan box routing, shortcuts, remembered geometry, settings, language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from station.assets import AssetFilter, asset_ids
from ui.dialogs.settings_dialog import SettingsDialog, SettingsValues
from ui.main_window import MainWindow
from ui.settings import UiSettings


def _scan(qtbot, window, text: str) -> None:
    window.scan_box.clear()
    qtbot.keyClicks(window.scan_box, text)
    qtbot.keyClick(window.scan_box, Qt.Key.Key_Return)


def test_scanning_an_asset_barcode_opens_the_asset(window, qtbot, demo_ws):
    with demo_ws.sessions() as s:
        ident = asset_ids(s, AssetFilter(kind="ct"))[3]
    from station.actions import load_asset_detail

    asset_no = load_asset_detail(demo_ws, ident).asset.asset_no
    assert len(asset_no) == 22
    _scan(qtbot, window, asset_no)
    page = window.current_page()
    assert window.current_key() == "assets"
    assert page.current_id() == ident
    qtbot.waitUntil(lambda: page.detail.title.text() == asset_no, timeout=5000)  # read off the UI thread


def test_scanning_an_account_number_opens_the_customer(window, qtbot):
    customers = window.page("customers")
    row = customers.model.row_at(42)
    window.show_page("assets")
    _scan(qtbot, window, row.account_no)
    assert window.current_key() == "customers"
    assert customers.current_id() == row.id
    assert customers.count_label.text().startswith("600")  # opened in the full list, not a search


def test_other_text_searches_the_customer_ledger(window, qtbot):
    customers = window.page("customers")
    name = customers.model.row_at(10).name
    _scan(qtbot, window, "x")  # ASCII text: a search with no match
    assert window.current_key() == "customers"
    assert customers.model.rowCount() == 0
    customers.search(name[:1])
    assert customers.model.rowCount() > 0


def test_an_unknown_barcode_says_so(window, qtbot):
    _scan(qtbot, window, "9" * 22)
    assert "No asset with barcode" in window.statusBar().currentMessage()


def test_ctrl_f_focuses_the_scan_box(window, qtbot):
    window.page("customers").view.setFocus()
    window.activateWindow()
    window.find_action.trigger()
    assert window.scan_box.hasFocus() or window.focusWidget() is window.scan_box
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    assert window.new_customer_action.shortcut().toString() == "Ctrl+N"
    assert window.refresh_action.shortcut().toString() == "F5"
    assert window.settings_action.shortcut().toString() == "Ctrl+,"


def test_geometry_page_and_splitters_are_remembered(qtbot, demo_ws, tmp_path, english):
    path = str(tmp_path / "ui.ini")
    first = MainWindow(demo_ws, UiSettings(QSettings(path, QSettings.Format.IniFormat)))
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is 800×600 and restoreGeometry fits a window to its screen: a window at its
    # minimum width (wider than this screen) and 560 high comes back the same.
    first.resize(first.minimumSizeHint().width(), 560)
    first.splitter.setSizes([220, first.splitter.width() - 220])
    size, nav_width = first.size(), first.splitter.sizes()[0]
    first.close()
    second = MainWindow(demo_ws, UiSettings(QSettings(path, QSettings.Format.IniFormat)))
    qtbot.addWidget(second)
    second.show()
    assert second.size() == size
    assert second.splitter.sizes()[0] == nav_width


def test_the_last_page_is_shown_again(qtbot, demo_ws, ui_settings, english):
    first = MainWindow(demo_ws, ui_settings)
    qtbot.addWidget(first)
    first.show_page("assets")
    first.close()
    second = MainWindow(demo_ws, ui_settings)
    qtbot.addWidget(second)
    assert second.current_key() == "assets"


def test_settings_are_saved_where_they_belong(qtbot, window, monkeypatch, demo_ws, ui_settings):
    from station import settings as station_settings
    from ui.dialogs.settings_dialog import run_settings

    new = SettingsValues("城关供电所", "3301", "王芳", "en", "/srv/station.db")
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent, current, **k: new))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a, **k: None)
    names: list[str | None] = []
    with qtbot.waitSignal(window.runner.job_finished, timeout=10_000):  # the station settings written
        run_settings(window).done.connect(names.append)
    qtbot.waitUntil(lambda: names == ["城关供电所"], timeout=10_000)
    with demo_ws.sessions() as s:
        assert station_settings.get(s, "station.name") == "城关供电所"
        assert station_settings.get(s, "station.code") == "3301"
    assert (ui_settings.language(), ui_settings.db_location()) == ("en", "/srv/station.db")
    # logged in: the typed operator name is not taken; the audit log keeps naming the logged-in supervisor
    assert demo_ws.operator == "刘志明" and ui_settings.operator() != "王芳"


def test_a_database_url_that_cannot_be_opened_is_refused_with_the_reason(qtbot, window, monkeypatch, ui_settings):
    from ui.dialogs.settings_dialog import run_settings

    before = ui_settings.db_location()
    bad = "postgresql+psycopg://postgres@127.0.0.1:1/station"  # nothing listens on port 1
    new = SettingsValues("城关供电所", "3301", "王芳", "en", bad)
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent, current, **k: new))
    warned: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a, **k: None)
    names: list[str | None] = []
    run_settings(window).done.connect(names.append)
    qtbot.waitUntil(lambda: len(names) == 1, timeout=20_000)  # the URL is tried on the read pool
    assert len(warned) == 1 and bad in warned[0] and "Connection refused" in warned[0]
    assert ui_settings.db_location() == before  # the next start still opens the working database


def test_settings_dialog_needs_an_operator(qtbot, english):
    dlg = SettingsDialog(None, SettingsValues("所", "1", "", "zh_CN", ""), data_location="/tmp/x.db")
    qtbot.addWidget(dlg)
    assert not dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.operator_edit, "clerk1")
    assert dlg.ok_button.isEnabled()
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("en"))
    assert dlg.value() == SettingsValues("所", "1", "clerk1", "en", "")
    assert "/tmp/x.db" in dlg.where_label.text()


def test_ui_settings_migrate_the_old_language_key(tmp_path):
    qs = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    qs.setValue("language", "en")
    s = UiSettings(qs)
    assert s.language() == "en"
    assert qs.value("language") is None and int(qs.value("settings_version")) >= 1


def test_register_action_adds_to_a_menu(window):
    from PySide6.QtGui import QAction

    act = QAction("Import customers…")
    window.register_action("file", act)
    assert act in window.menu("file").actions()
    extra = window.register_action("reports", QAction("Customer ledger PDF"))
    assert extra in window.menu("reports").actions()


def test_on_page_hooks_run_when_the_page_is_built(qtbot, demo_ws, ui_settings, english):
    from PySide6.QtGui import QAction

    w = MainWindow(demo_ws, ui_settings)  # opens on the customer page; the asset page is not built yet
    qtbot.addWidget(w)
    assert "assets" not in w.built_pages()
    seen = []
    w.on_page("assets", lambda page: (seen.append(page), page.add_toolbar_action(QAction("Receive…", page))))
    assert seen == []
    w.show_page("assets")
    assert seen == [w.page("assets")]
    assert "Receive…" in [a.text() for a in w.page_toolbar.actions()]


def test_every_page_has_an_icon_and_a_page_key_for_the_command_line(qapp):
    import main
    from ui.main_window import icon
    from ui.pages.registry import PAGES

    for spec in PAGES:
        assert not icon(spec.icon).isNull(), spec.key
        assert main.parse_args(["--page", spec.key]).page == spec.key
    with pytest.raises(SystemExit):
        main.parse_args(["--page", "nosuchpage"])


def _write_job_until_cancelled(window):  # type: ignore[no-untyped-def]
    """Start a write job that runs until it is cancelled, as a long import does."""
    import threading

    from station.progress import Cancelled
    from ui.jobs import Job

    started = threading.Event()

    def work(progress, cancelled):  # type: ignore[no-untyped-def]
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled()

    job = window.runner.start(Job(work, title="import"))
    assert started.wait(10)
    return job


def test_closing_during_an_import_asks_and_no_keeps_the_window_and_the_import(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def answer_no(*args):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer_no)
    job = _write_job_until_cancelled(window)
    assert not window.close()
    assert window.isVisible() and not job._stop.is_set()
    assert asked == ["An import is still running. Stop it and close?"]
    job.cancel()


def test_closing_during_an_import_and_answering_yes_stops_it(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    job = _write_job_until_cancelled(window)
    with qtbot.waitSignal(job.signals.cancelled, timeout=10_000):
        assert window.close()
    assert not window.isVisible()


def test_closing_without_a_write_job_does_not_ask(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("asked with nothing running"))
    assert window.close()
