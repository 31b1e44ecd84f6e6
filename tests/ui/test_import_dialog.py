"""Import from the GUI: the preview of a messy file as a job, its rejected rows, saving them, writing the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from station.customers import CustomerFilter, customer_ids, find_customer
from ui.dialogs.import_preview import ImportFlow, ImportPreviewDialog
from ui.main_window import MainWindow

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


@pytest.fixture
def window(qtbot, demo_ws, ui_settings, english):
    w = MainWindow(demo_ws, ui_settings, station_name="测试供电所")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.runner.wait()


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
    rows = [[model.data(model.index(r, c)) for c in range(4)] for r in range(model.rowCount())]
    assert rows[0][:3] == [6, "户号", "31000ABC03"] and "6 to 20 digits" in rows[0][3]
    assert rows[1][:3] == [7, "电压等级", "999V"] and "is not one of" in rows[1][3]
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
    job = flow.start("customers", bad)
    with qtbot.waitSignal(job.signals.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    assert shown[0]
