"""Every menu action and every button, on every page, fired through its real signal.

A slot connected to `triggered(bool)` or `clicked(bool)` receives `checked` in its first parameter; tests that
call the slot directly never see it (the export action and the save-rejected button were broken that way).
Here each action is triggered and each visible, enabled button clicked, with every modal dialog answered
"cancel" so the sweep never blocks; an exception in a slot or a Qt warning fails the test. Two enabled
actions on one shortcut (Qt then runs neither: "Ambiguous shortcut overload") fail it too.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english, monkeypatch):
    # Every modal answers "cancel" at once: a dialog the sweep opens must not wait for a person.
    monkeypatch.setattr(QDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    for name in ("information", "warning", "critical", "question", "about", "aboutQt"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QMenu, "exec", lambda self, *a, **k: None)
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()


def _window_actions(window: MainWindow) -> list[QAction]:
    """The actions a user can reach now: the menus' and the page toolbar's, enabled and not a separator."""
    seen: list[QAction] = []
    menus = [window.menu(k) for k in ("file", "ledger", "tools", "help")]
    for act in [a for m in menus for a in m.actions()] + list(window.page_toolbar.actions()):
        if act.isSeparator() or not act.isEnabled() or act.menu() is not None or act in seen:
            continue
        seen.append(act)
    return seen


def _settle(qtbot, window: MainWindow) -> None:
    window.runner.wait()
    qtbot.wait(20)  # queued signals of finished jobs reach their slots


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # the offscreen platform's, not ours
def test_every_action_and_button_on_every_page_runs_through_its_signal(qtbot, window):
    for key in window.page_keys():
        page = window.show_page(key)
        _settle(qtbot, window)
        for act in _window_actions(window):
            if act in (window.quit_action, window.session.lock_action):  # a locked screen's cancel quits
                continue
            act.trigger()
            _settle(qtbot, window)
            if window.current_key() != key:  # a page-switching action: come back for the buttons
                window.show_page(key)
                _settle(qtbot, window)
        for button in page.findChildren(QAbstractButton):
            if button.isVisible() and button.isEnabled():
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                _settle(qtbot, window)
    assert window.isVisible()


def test_no_two_actions_of_a_page_share_a_shortcut(qtbot, window):
    for key in window.page_keys():
        window.show_page(key)
        _settle(qtbot, window)
        keys = Counter(
            act.shortcut().toString()
            for act in window.findChildren(QAction)
            # disabled ones too: the calculation sheet's print is enabled as soon as a result stands
            if act.isVisible() and not act.shortcut().isEmpty()
            and act.shortcutContext() != Qt.ShortcutContext.WidgetWithChildrenShortcut
            # a window's action is always live; a page's only while a widget carrying it is shown
            and (act.parent() is window or any(isinstance(o, QWidget) and o.isVisible()
                                                for o in act.associatedObjects()))
        )
        twice = sorted(k for k, n in keys.items() if n > 1)
        assert not twice, f"page {key}: {twice} belong to more than one action"


@pytest.mark.qt_log_level_fail("WARNING")
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_with_a_row_selected_every_action_and_context_menu_entry_runs(qtbot, window):
    """The ledgers' actions that need a selected row (换表, 录入电量, the steps) and every context-menu entry."""
    for key, menu_name in (("customers", "customer_menu"), ("assets", "asset_menu")):
        page = window.show_page(key)
        _settle(qtbot, window)
        ledger_menu = getattr(window.counter_actions, menu_name)  # made when the page is first built
        page.view.selectRow(0)
        qtbot.waitUntil(lambda p=page: p.detail.isVisible(), timeout=5000)
        _settle(qtbot, window)
        needs_row = {"customers": (window.counter_actions.swap_action, window.counter_actions.readings_action),
                     "assets": (window.counter_actions.swap_asset_action,)}[key]
        assert set(needs_row) <= set(_window_actions(window))  # enabled by the selection, so swept here
        for act in _window_actions(window):
            if act not in (window.quit_action, window.session.lock_action):  # a locked screen's cancel quits
                act.trigger()
                _settle(qtbot, window)
                window.show_page(key)
        menu = ledger_menu.build(page.model.index(0, 1))
        entries = [a for a in menu.actions() if not a.isSeparator() and a.isEnabled()]
        assert len(entries) >= 4, [a.text() for a in entries]
        for act in entries:
            if act.menu() is not None:
                for column in act.menu().actions()[:2]:
                    column.trigger()  # hide, and the check mark follows
                    column.trigger()
                continue
            act.trigger()
            _settle(qtbot, window)
            window.show_page(key)
            page.view.selectRow(0)
    assert window.isVisible()
