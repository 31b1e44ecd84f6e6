"""台区 by hand from the customer page: the list, a new 台区 refused then saved with its input kept, an edit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer

from station import actions
from ui.dialogs.area_dialog import AreaForm
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english):
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    w.show_page("customers")
    yield w
    w.runner.wait()


def test_the_form_checks_as_the_clerk_types(qtbot, english):
    form = AreaForm(None)
    qtbot.addWidget(form)
    assert not form.ok_button.isEnabled() and "This field is required" in form.problem_label.text()
    qtbot.keyClicks(form.code_edit, "TQ-9")
    qtbot.keyClicks(form.name_edit, "New area")
    qtbot.keyClicks(form.kva_edit, "four hundred")
    assert form.problem_label.text() == "The capacity is a number of kVA, e.g. 400"
    form.kva_edit.setText("４００")  # full-width digits, as the scan box and the imports take them
    assert form.ok_button.isEnabled()
    assert form.value().transformer_kva == Decimal(400) and form.value().area_type == "public"


def test_a_new_area_refused_then_saved_keeps_the_input(window, qtbot, demo_ws):
    ca = window.counter_actions
    taken = actions.load_areas(demo_ws)[0].code
    seen: list[str] = []

    def form_work() -> None:
        form = ca.last_dialog
        qtbot.keyClicks(form.code_edit, taken)  # already used: only the station knows
        qtbot.keyClicks(form.name_edit, "North street")
        qtbot.keyClicks(form.feeder_edit, "10kV North")
        qtbot.keyClicks(form.kva_edit, "400")
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not form.saving, timeout=5000)
        seen.append(form.problem_label.text())
        assert form.isVisible() and form.name_edit.text() == "North street" and form.kva_edit.text() == "400"
        assert form.code_edit.property("refused") is True
        form.code_edit.setText("TQ-NEW-1")
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    def list_work() -> None:
        QTimer.singleShot(0, form_work)
        qtbot.mouseClick(ca.area_list.new_button, Qt.MouseButton.LeftButton)
        listed = [ca.area_list.table.item(r, 0).text() for r in range(ca.area_list.table.rowCount())]
        seen.append(" ".join(listed))
        ca.area_list.reject()

    QTimer.singleShot(0, list_work)
    ca.areas_action.trigger()
    assert f"Area code {taken} is already used" in seen[0]
    assert "TQ-NEW-1" in seen[1].split()
    new = next(a for a in actions.load_areas(demo_ws) if a.code == "TQ-NEW-1")
    assert (new.name, new.feeder, new.transformer_kva) == ("North street", "10kV North", Decimal(400))
    page = window.current_page()
    assert page.area_combo.findData(new.id) > 0  # the customer page's filter knows it at once


def test_an_area_is_edited_from_the_list(window, qtbot, demo_ws):
    ca = window.counter_actions
    first = actions.load_areas(demo_ws)[0]

    def form_work() -> None:
        form = ca.last_dialog
        assert form.code_edit.text() == first.code
        form.kva_edit.setText("800")
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    def list_work() -> None:
        ca.area_list.table.selectRow(0)
        assert ca.area_list.edit_button.isEnabled()
        QTimer.singleShot(0, form_work)
        qtbot.mouseClick(ca.area_list.edit_button, Qt.MouseButton.LeftButton)
        ca.area_list.reject()

    QTimer.singleShot(0, list_work)
    with qtbot.waitSignal(ca.done, timeout=5000):
        ca.areas_action.trigger()
    assert next(a for a in actions.load_areas(demo_ws) if a.id == first.id).transformer_kva == Decimal(800)
