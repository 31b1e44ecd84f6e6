"""The users page (用户管理): the admin adds a user, changes a role, resets a password, disables (after a
question) and unlocks, all through the real buttons; the supervisor sees the list with the buttons off."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station import actions
from station.demo import names
from ui.dialogs.asset_common import StepDialog
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english):  # type: ignore[no-untyped-def]
    actions.login(demo_ws, names.ADMIN, names.PASSWORD)
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    w.show_page("users")
    page = w.current_page()
    qtbot.waitUntil(lambda: len(page.rows) > 0, timeout=20_000)
    yield w
    w.runner.wait()


def _answer(monkeypatch, qtbot, fill) -> None:  # type: ignore[no-untyped-def]
    """Each dialog the page opens is filled by `fill(dlg)` and OK clicked; it saves itself (or stays open)."""
    def exec_(dlg):  # type: ignore[no-untyped-def]
        fill(dlg)
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        return dlg.result()

    monkeypatch.setattr(StepDialog, "exec", exec_)


def _row(page, name):  # type: ignore[no-untyped-def]
    return next(u for u in page.rows if u.name == name)


def test_the_list_shows_roles_certificates_state_and_last_login(window) -> None:  # type: ignore[no-untyped-def]
    page = window.current_page()
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(page.table.columnCount())]
    assert headers == ["Name", "Role", "Inspection certificate", "Grade", "State", "Locked until", "Last login"]
    r = next(i for i, u in enumerate(page.rows) if u.name == names.ADMIN)
    assert page.table.item(r, 1).text() == "Administrator"
    assert page.table.item(r, 6).text() not in ("", "never")  # logged in just now
    assert any(page.table.item(i, 2).text() for i in range(page.table.rowCount()))  # an inspector's 检查证


def test_the_admin_adds_a_user_changes_the_role_and_resets_the_password(window, qtbot, monkeypatch,
                                                                        demo_ws) -> None:  # type: ignore[no-untyped-def]
    page = window.current_page()

    def new(dlg):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dlg.name_edit, "clerk9")
        dlg.role.setCurrentIndex(dlg.role.findData("clerk"))
        qtbot.keyClicks(dlg.password_edit, "secret-99")
        qtbot.keyClicks(dlg.again_edit, "secret-99")

    _answer(monkeypatch, qtbot, new)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert _row(page, "clerk9").role == "clerk" and page.current_user().name == "clerk9"
    _answer(monkeypatch, qtbot, lambda dlg: dlg.role.setCurrentIndex(dlg.role.findData("metering")))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.role_button, Qt.MouseButton.LeftButton)
    assert _row(page, "clerk9").role == "metering"

    def password(dlg):  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dlg.password_edit, "other-pw-1")
        qtbot.keyClicks(dlg.again_edit, "other-pw-1")

    _answer(monkeypatch, qtbot, password)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.password_button, Qt.MouseButton.LeftButton)
    other = actions.login(demo_ws, "clerk9", "other-pw-1")
    assert other.role == "metering"


def test_a_refused_new_user_keeps_the_dialog_and_its_input(window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = window.current_page()
    seen: list[tuple[bool, str, str]] = []

    def exec_(dlg):  # type: ignore[no-untyped-def]
        dlg.name_edit.setText(names.SUPERVISOR)  # already a user
        qtbot.mouseClick(dlg.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dlg.saving, timeout=20_000)
        seen.append((dlg.result() == 0, dlg.name_edit.text(), dlg.problem_label.text()))
        return dlg.result()

    monkeypatch.setattr(StepDialog, "exec", exec_)
    assert page.add_user() is None
    assert seen == [(True, names.SUPERVISOR, seen[0][2])] and "already exists" in seen[0][2]
    assert page.last_dialog.name_edit.property("refused")  # the field the refusal named is marked


def test_disabling_asks_first_and_unlock_lifts_a_lockout(window, qtbot, monkeypatch, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from station.domain.problems import Rejected

    page = window.current_page()
    clerk = next(u.name for u in page.rows if u.role == "clerk")
    for _ in range(5):
        with pytest.raises(Rejected):
            actions.login(demo_ws, clerk, "wrong")
    demo_ws.operator, demo_ws.role = names.ADMIN, "admin"  # the failed logins do not change who acts
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    assert page.select_user(clerk)
    assert page.unlock_button.isEnabled()
    r = next(i for i, u in enumerate(page.rows) if u.name == clerk)
    assert page.table.item(r, 5).text()  # locked until …
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert _row(page, clerk).locked_until is None and not page.unlock_button.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert asked and clerk in asked[0] and _row(page, clerk).active  # "no": nothing changed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert not _row(page, clerk).active and page.active_button.text() == "Enable"
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)  # enabling asks nothing
    assert _row(page, clerk).active


def test_the_supervisor_sees_the_list_with_the_buttons_off(qtbot, demo_ws, ui_settings, english) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")  # demo_ws: the supervisor
    qtbot.addWidget(w)
    w.show()
    w.show_page("users")
    page = w.current_page()
    qtbot.waitUntil(lambda: len(page.rows) > 0, timeout=20_000)
    assert page.select_user(names.ADMIN)
    for b in (page.add_button, page.role_button, page.password_button, page.active_button):
        assert not b.isEnabled()
        assert "users" in b.toolTip().lower() or b.toolTip()
    w.runner.wait()
