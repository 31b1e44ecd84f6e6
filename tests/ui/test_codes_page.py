"""The code-table page: the tree of a table, search, add a value, add an alias, retire — fired through the real
buttons and signals, each write a station action that the database then holds."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from station import actions
from station.codes import INDUSTRY, VOLTAGE_LEVEL
from station.customers import CustomerDraft
from ui.dialogs.code_value_dialog import CodeValueDialog, NewCodeValue
from ui.jobs import JobRunner
from ui.models.code_model import ALIASES, CODE, CUSTOMERS, NAME, STATUS
from ui.pages.codes_page import CodeTablesPage


@pytest.fixture
def page(qtbot, workspace, english):  # type: ignore[no-untyped-def]
    actions.create_customer(workspace, CustomerDraft("3300000001", "张三", tariff_category="居民生活",
                                                     industry="乡村居民", voltage_level="220V",
                                                     contract_capacity_kva=Decimal(8)))
    runner = JobRunner()
    p = CodeTablesPage(workspace, runner)
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    qtbot.waitUntil(lambda: p.model.rowCount() > 0, timeout=10_000)
    yield p
    runner.wait()


def texts(page: CodeTablesPage, code: str) -> list[str]:
    assert page.select_code(code)
    index = page.tree.currentIndex()
    return [page.proxy.index(index.row(), c, index.parent()).data() for c in (CODE, NAME, ALIASES, CUSTOMERS, STATUS)]


def test_the_industry_table_is_a_tree_of_sections_and_divisions(page) -> None:  # type: ignore[no-untyped-def]
    assert page.proxy.rowCount() == 23  # 20 门类 and the 用电分类 groups 城乡居民生活用电, 公共服务…, 其他
    first = page.proxy.index(0, CODE)
    assert (first.data(), page.proxy.index(0, NAME).data()) == ("A", "农、林、牧、渔业")
    assert [page.proxy.index(r, CODE, first).data() for r in range(page.proxy.rowCount(first))] == \
        ["01", "02", "03", "04", "05"]
    assert texts(page, "乡村居民")[3] == "1"  # the customer holding it
    assert texts(page, "城乡居民生活用电")[3] == "1"  # counted with the values below it too
    assert "交通运输业" in texts(page, "G")[2]  # the 1994 name is an alias of G
    assert page.count_label.text() == "237 values"


def test_search_filters_by_name_and_alias_and_keeps_the_parents(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(page.search_edit, "AC00101")
    page.table_combo.setCurrentIndex(page.table_combo.findData(VOLTAGE_LEVEL))
    qtbot.waitUntil(lambda: page.model.rowCount() == 7, timeout=10_000)
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=2_000)
    assert page.proxy.index(0, CODE).data() == "10kV"
    assert page.count_label.text() == "1 of 7 values shown"
    assert not page.add_button.isEnabled()  # values of a table the rules read are fixed


def test_add_a_value_under_the_selected_one(qtbot, page, monkeypatch, workspace) -> None:  # type: ignore[no-untyped-def]
    seen = {}

    def ask(cls, parent, parents, *, under=None, problems="", initial=None):  # type: ignore[no-untyped-def]
        seen["under"] = under
        return NewCodeValue("0392", "蜜蜂饲养", under)

    monkeypatch.setattr(CodeValueDialog, "ask", classmethod(ask))
    assert page.select_code("039")
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert saved.args == ["0392"] and seen["under"] == "039"
    qtbot.waitUntil(lambda: page.current_row() is not None and page.current_row().code == "0392", timeout=10_000)
    assert page.current_row().origin == "added" and page.current_row().level == 4
    assert texts(page, "0392")[4].startswith("Added by tester on ")


def test_a_refused_value_reopens_the_dialog_with_the_reason(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[str] = []

    def ask(cls, parent, parents, *, under=None, problems="", initial=None):  # type: ignore[no-untyped-def]
        calls.append(problems)
        return NewCodeValue("A", "重复", None) if len(calls) == 1 else None

    monkeypatch.setattr(CodeValueDialog, "ask", classmethod(ask))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=10_000)
    assert calls[1] == "Code A is taken"


def test_add_an_alias_and_retire_through_the_buttons(qtbot, page, monkeypatch, workspace) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(CodeTablesPage, "ask_alias", lambda self, row: "农村居民户")
    assert page.select_code("乡村居民")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.mouseClick(page.alias_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "农村居民户" in (page.current_row().aliases if page.current_row() else ()),
                    timeout=10_000)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.saved, timeout=10_000):
        qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert "The 1 customer(s) that hold it keep it" in asked[0]
    qtbot.waitUntil(lambda: page.current_row() is not None and page.current_row().retired, timeout=10_000)
    assert page.retire_button.text() == "Bring back" and texts(page, "乡村居民")[4] == "Retired"
    assert next(r for r in actions.load_code_table(workspace, INDUSTRY) if r.code == "乡村居民").retired


def test_reload_action_reloads(qtbot, page, workspace) -> None:  # type: ignore[no-untyped-def]
    actions.add_code_alias(workspace, INDUSTRY, "A", "农林牧渔")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.reload_action.trigger()
    assert "农林牧渔" in texts(page, "A")[2]


def test_the_dialog_takes_a_parent_typed_as_its_code(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    dlg = CodeValueDialog(None, [("03", "畜牧业"), ("039", "其他畜牧业")])
    qtbot.addWidget(dlg)
    assert not dlg.ok_button.isEnabled()
    qtbot.keyClicks(dlg.code_edit, "0392")
    qtbot.keyClicks(dlg.name_edit, "bees")
    assert dlg.ok_button.isEnabled()
    dlg.parent_combo.setEditText("039")
    assert dlg.value() == NewCodeValue("0392", "bees", "039")
    dlg.parent_combo.setEditText("999")
    assert dlg.value().parent == "999"  # the station refuses it with "No such code", not the top level
