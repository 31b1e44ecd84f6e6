"""Import from the GUI: the preview of a messy file as a job, its rejected rows, saving them, writing the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from station.customers import CustomerFilter, customer_ids, find_customer
from ui.dialogs.import_preview import ImportFlow, ImportPreviewDialog

# What a marketing-system export looks like: a title row, a blank row, stray spaces, full-width digits,
# numbers as text, an unknown column, a 台区 the station does not have yet, and two bad rows.
MESSY = """客户档案导出 2024-07-01,,,,,,,,,
户号,户名,用电地址,用电类别,电压等级,合同容量,台区编号,台区名称,联系电话,备注
 ３１０００９９００１ ,张三 ,幸福路1号,居民生活,220V,8,TQ-NEW-01,新建台区一,13800000000,x
3100099002,李四,幸福路2号,居民生活,220V,"8",TQ-NEW-01,新建台区一,13800000001,
,,,,,,,,,
31000ABC03,王五,幸福路3号,居民生活,220V,8,TQ-NEW-01,新建台区一,,
3100099004,赵六,幸福路4号,居民生活,999V,8,TQ-NEW-01,新建台区一,,
"""


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    path = tmp_path / "客户档案.csv"
    path.write_text(MESSY, encoding="gb18030")  # county offices still export GBK
    return path


def _preview(qtbot, window, path: Path, monkeypatch, *, answer: bool):
    """Run the preview job as File → Import does; the dialog is replaced by `answer`."""
    seen = []
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, preview, ui_settings=None: seen.append(preview) or answer))
    flow = ImportFlow(window)
    with qtbot.waitSignal(flow.previewed, timeout=10_000):
        flow.start("customers", path)
    return flow, seen[0]


def test_preview_dialog_lists_every_rejected_row(qtbot, window, messy, monkeypatch):
    _flow, preview = _preview(qtbot, window, messy, monkeypatch, answer=False)
    dlg = ImportPreviewDialog(window, preview)
    qtbot.addWidget(dlg)
    counts = {k: lab.text() for k, lab in dlg.count_labels.items()}
    assert counts == {"new": "2", "updated": "0", "unchanged": "0", "rejected": "2"}
    model = dlg.rejections
    rows = [[model.data(model.index(r, c)) for c in range(6)] for r in range(model.rowCount())]
    # 户号 and 户名 of the file's row beside each rejected line
    assert rows[0][:5] == [6, "31000ABC03", "王五", "户号", "31000ABC03"] and "6 to 20 digits" in rows[0][5]
    assert rows[1][:5] == [7, "3100099004", "赵六", "电压等级", "999V"] and "is not one of" in rows[1][5]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (1, 2)] == ["户号", "户名"]
    assert not dlg.changes_table.isVisibleTo(dlg)  # nothing updated: no before/after list
    notes = dlg.notes_label.text()
    assert "备注" in notes and "TQ-NEW-01 新建台区一" in notes
    assert dlg.import_button.isEnabled() and dlg.import_button.text() == "Import 2 accepted row(s)"


def test_rejected_rows_are_saved_to_fix_and_import_again(qtbot, window, messy, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    _flow, preview = _preview(qtbot, window, messy, monkeypatch, answer=False)
    dlg = ImportPreviewDialog(window, preview, ui_settings=window.ui_settings)
    qtbot.addWidget(dlg)
    (tmp_path / "out").mkdir()
    target = dlg.save_rejections(tmp_path / "out" / "rejected")  # no suffix: a workbook
    assert target == tmp_path / "out" / "rejected.xlsx"
    assert dlg.save_button.text() == "Saved 2 row(s)"
    sheet = load_workbook(target).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][:2] == ["户号", "户名"] and values[0][-1] == "错误原因"
    assert [v[0] for v in values[1:]] == ["31000ABC03", "3100099004"]
    assert "电压等级" in values[2][-1]
    assert window.ui_settings.last_folder("rejections") == str(tmp_path / "out")


def test_the_save_rejected_button_clicked_for_real_asks_where_and_writes(qtbot, window, messy, monkeypatch, tmp_path):
    # clicked(bool) once passed `checked` as the path: the button did nothing
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    _flow, preview = _preview(qtbot, window, messy, monkeypatch, answer=False)
    dlg = ImportPreviewDialog(window, preview, ui_settings=window.ui_settings)
    qtbot.addWidget(dlg)
    out = tmp_path / "fix-me.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    assert dlg.saved_to == out and out.exists()
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 3  # the header and the two rejected rows


def test_importing_writes_the_accepted_rows_and_refreshes_the_pages(qtbot, window, messy, monkeypatch, demo_ws):
    page = window.show_page("customers")
    before = page.model.count()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, preview, ui_settings=None: True))
    flow = ImportFlow(window)
    with qtbot.waitSignal(flow.imported, timeout=15_000) as blocker:
        flow.start("customers", messy)
    summary = blocker.args[0]
    assert (summary.new, summary.rejected, summary.areas_created) == (2, 2, 1)
    with demo_ws.sessions() as s:
        assert find_customer(s, "3100099001") is not None  # full-width digits and spaces cleaned
        assert find_customer(s, "3100099004") is None  # the rejected row was left out
        assert len(customer_ids(s, CustomerFilter())) == before + 2
    assert page.model.count() == before + 2  # the page re-queried
    assert "2 new" in shown[0]


def test_importing_the_same_file_again_changes_nothing(qtbot, window, messy, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, preview, ui_settings=None: True))
    flow = ImportFlow(window)
    with qtbot.waitSignal(flow.imported, timeout=15_000):
        flow.start("customers", messy)
    _flow, again = _preview(qtbot, window, messy, monkeypatch, answer=False)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 2)
    dlg = ImportPreviewDialog(window, again)
    qtbot.addWidget(dlg)
    assert not dlg.import_button.isEnabled()
    assert dlg.nothing_label.isVisibleTo(dlg)


def test_a_file_that_cannot_be_read_is_reported(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "notes.csv"
    bad.write_text("hello,world\n1,2\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    flow = ImportFlow(window)
    flow.start("customers", bad)
    # wait for the message itself: the job may finish before a waitSignal on it could be entered
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "no header row" in shown[0] and "户号" in shown[0]  # says why, and what it looked for


@pytest.mark.parametrize(("name", "data", "says"), [
    ("cut.xlsx", b"PK\x03\x04" + bytes(60), "damaged"),
    ("old.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504), ".xls"),
    ("empty.csv", b"", "empty"),
])
def test_a_damaged_file_is_one_message(qtbot, window, tmp_path, monkeypatch, name, data, says):
    """Issue 15: a truncated workbook, an .xls renamed .xlsx, a zero-byte file: one message, no traceback."""
    bad = tmp_path / name
    bad.write_bytes(data)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    ImportFlow(window).start("customers", bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert says in shown[0] and "Traceback" not in shown[0]


# --- Monthly readings and 台区 supply (issue 3): the same flow, counts of values -------------------------------


def _accounts(ws, n: int = 2) -> list[str]:
    from sqlalchemy import select

    from db.schema import Customer

    with ws.sessions() as s:
        return list(s.scalars(select(Customer.account_no).order_by(Customer.id).limit(n)))


def _stored(ws, accounts: list[str]) -> dict[tuple[str, int], float]:
    from sqlalchemy import select

    from db.schema import Customer, MonthlyConsumption

    with ws.sessions() as s:
        rows = s.execute(select(Customer.account_no, MonthlyConsumption.month, MonthlyConsumption.kwh)
                         .join(Customer, Customer.id == MonthlyConsumption.customer_id)
                         .where(Customer.account_no.in_(accounts), MonthlyConsumption.month < 201600))
        return {(a, int(m)): float(k) for a, m, k in rows}


def _write_and_reimport(qtbot, window, path: Path, monkeypatch):
    """Import `path` as readings through the flow (dialog answered yes), then preview it again."""
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, preview, ui_settings=None: True))
    flow = ImportFlow(window)
    with qtbot.waitSignal(flow.imported, timeout=15_000) as blocker:
        flow.start("readings", path)
    _flow, again = _preview_kind(qtbot, window, path, monkeypatch, "readings")
    return blocker.args[0], again


def _preview_kind(qtbot, window, path: Path, monkeypatch, kind: str):
    seen = []
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, preview, ui_settings=None: seen.append(preview) or False))
    flow = ImportFlow(window)
    with qtbot.waitSignal(flow.previewed, timeout=10_000):
        flow.start(kind, path)
    return flow, seen[0]


def test_long_form_readings_are_previewed_as_values_written_and_a_reimport_changes_nothing(
        qtbot, window, tmp_path, monkeypatch, demo_ws):
    a, b = _accounts(demo_ws)
    path = tmp_path / "电量.csv"
    path.write_text("户号,年月,电量\n"
                    f"{a},2015-01,100\n{a},2015-02,110.5\n{b},2015-01,50\n"
                    "9999999999,2015-01,10\n", encoding="gb18030")
    _flow, preview = _preview_kind(qtbot, window, path, monkeypatch, "readings")
    dlg = ImportPreviewDialog(window, preview)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Import monthly readings: preview"
    assert {k: lab.text() for k, lab in dlg.count_labels.items()} == {
        "new": "3", "updated": "0", "unchanged": "0", "rejected": "1"}
    captions = {w.text() for w in dlg.findChildren(QLabel)}
    assert {"New values", "Replaced values", "Unchanged values", "Rejected rows"} <= captions
    model = dlg.rejections
    row = [model.data(model.index(0, c)) for c in range(6)]
    assert row[:5] == [5, "9999999999", "", "户号", "9999999999"] and "unknown 户号 9999999999" in row[5]
    assert dlg.import_button.text() == "Import 3 value(s)"

    # A page of the analysis that is built is refreshed once the readings are in.
    analysis = window.page("lineloss")
    refreshed: list[bool] = []
    monkeypatch.setattr(analysis, "refresh", lambda: refreshed.append(True))
    summary, again = _write_and_reimport(qtbot, window, path, monkeypatch)
    assert (summary.new, summary.rejected) == (3, 1) and refreshed
    assert _stored(demo_ws, [a, b]) == {(a, 201501): 100.0, (a, 201502): 110.5, (b, 201501): 50.0}
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    dlg = ImportPreviewDialog(window, again)
    qtbot.addWidget(dlg)
    assert not dlg.import_button.isEnabled() and dlg.nothing_label.isVisibleTo(dlg)
    assert dlg.nothing_label.text() == "Nothing to write: every accepted value is already stored."


def test_wide_form_xlsx_counts_one_value_per_month_and_names_the_bad_cell(qtbot, window, tmp_path, monkeypatch,
                                                                           demo_ws):
    from openpyxl import Workbook

    a, b = _accounts(demo_ws)
    wb = Workbook()
    sheet = wb.active
    sheet.append(["采集系统月度电量导出"])
    sheet.append(["户号", "2015-01", "2015年2月"])
    sheet.append([a, 100, 120])
    sheet.append([b, None, 60])  # no reading for January: skipped, not zero
    sheet.append([a[:-1] + "x", 5, 6])
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    _flow, preview = _preview_kind(qtbot, window, path, monkeypatch, "readings")
    dlg = ImportPreviewDialog(window, preview)
    qtbot.addWidget(dlg)
    assert {k: lab.text() for k, lab in dlg.count_labels.items()} == {
        "new": "3", "updated": "0", "unchanged": "0", "rejected": "1"}
    assert "2 months, 2015-01 to 2015-02" in dlg.notes_label.text()
    model = dlg.rejections
    assert [model.data(model.index(0, c)) for c in range(5)] == [5, a[:-1] + "x", "", "户号", a[:-1] + "x"]
    summary, again = _write_and_reimport(qtbot, window, path, monkeypatch)
    assert summary.new == 3
    assert _stored(demo_ws, [a, b]) == {(a, 201501): 100.0, (a, 201502): 120.0, (b, 201502): 60.0}
    assert (again.new, again.updated, again.unchanged, again.rejected) == (0, 0, 3, 1)


def test_the_file_menu_offers_every_import_with_its_own_titles(qtbot, window, tmp_path, monkeypatch):
    la = window.ledger_actions
    texts = [a.text() for a in window.menu("file").actions()]
    start = texts.index("Import customers…")
    assert texts[start:start + 4] == ["Import customers…", "Import assets…", "Import monthly readings…",
                                      "Import 台区 supply…"]
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda parent, title, *a: asked.append(title) or ("", ""))
    for act in (la.import_readings_action, la.import_supply_action):
        act.trigger()
    assert asked == ["Import monthly readings", "Import 台区 supply"]

    path = tmp_path / "供电量.csv"
    path.write_text("台区编号,年月,供电量\nNOSUCH,2015-01,1000\n", encoding="utf-8")
    _flow, preview = _preview_kind(qtbot, window, path, monkeypatch, "supply")
    dlg = ImportPreviewDialog(window, preview)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Import 台区 supply: preview" and dlg.count_labels["rejected"].text() == "1"


def _changed_before_writing(qtbot, window, messy, monkeypatch, change):
    """Preview, `change` something while the dialog is open, import: returns the previews shown and the warnings."""
    seen: list = []
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))

    def ask(cls, parent, preview, ui_settings=None):
        seen.append(preview)
        if len(seen) == 1:
            change()
            return True  # the clerk imports what the first preview showed
        return False  # and closes the second one
    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(ask))
    flow = ImportFlow(window)
    imported: list = []
    flow.imported.connect(imported.append)
    flow.start("customers", messy)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15_000)
    window.runner.wait()
    assert imported == []
    return seen, warned


def test_a_file_edited_after_its_preview_is_not_written_and_the_new_preview_shown(qtbot, window, messy, monkeypatch,
                                                                                 demo_ws):
    def edit() -> None:
        messy.write_text(MESSY + "3100099005,钱七,幸福路5号,居民生活,220V,8,TQ-NEW-01,新建台区一,,\n",
                         encoding="gb18030")

    seen, warned = _changed_before_writing(qtbot, window, messy, monkeypatch, edit)
    assert (seen[0].new, seen[1].new) == (2, 3)
    assert "changed since the preview" in warned[0]
    with demo_ws.sessions() as s:
        assert find_customer(s, "3100099001") is None and find_customer(s, "3100099005") is None


def test_a_database_changed_after_the_preview_is_not_written_over(qtbot, window, messy, monkeypatch, demo_ws):
    from station.customers import CustomerDraft, create_customer

    def someone_adds_li_si() -> None:
        with demo_ws.sessions.begin() as s:
            create_customer(s, CustomerDraft("3100099002", "李四", voltage_level="220V",
                                             tariff_category="居民生活", contract_capacity_kva=8), "another clerk")

    seen, warned = _changed_before_writing(qtbot, window, messy, monkeypatch, someone_adds_li_si)
    assert (seen[0].new, seen[0].updated) == (2, 0)
    assert (seen[1].new, seen[1].updated) == (1, 1)  # 李四 is now an update of the other clerk's record
    assert "changed since the preview" in warned[0]
    with demo_ws.sessions() as s:
        assert find_customer(s, "3100099001") is None


def test_updated_rows_show_old_and_new(qtbot, window, tmp_path, monkeypatch):
    from station import actions

    first = actions.load_customer_rows(window.workspace, actions.load_customer_ids(window.workspace, CustomerFilter())[:1])
    row = next(iter(first.values()))
    path = tmp_path / "改.csv"
    path.write_text("户号,户名,用电地址,用电类别,电压等级\n"  # the required columns, else a box is shown
                    f"{row.account_no},{row.name},新地址88号,{row.tariff_category},{row.voltage_level}\n",
                    encoding="utf-8")
    _flow, preview = _preview(qtbot, window, path, monkeypatch, answer=False)
    dlg = ImportPreviewDialog(window, preview)
    qtbot.addWidget(dlg)
    assert dlg.count_labels["updated"].text() == "1" and dlg.changes_table.isVisibleTo(dlg)
    model = dlg.changes
    assert [model.data(model.index(0, c)) for c in range(5)] == [2, row.account_no, "用电地址", row.address, "新地址88号"]
    assert "Updated rows (1)" in dlg.changes_title.text()
