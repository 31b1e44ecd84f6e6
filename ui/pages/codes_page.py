"""代码表: the station's code tables (行业分类, 用电类别, 电压等级) as trees, with search, add a value, add an
alias, retire. Every write is a station action (audited, one transaction) run on the write pool.

Nothing is deleted here: a customer row may hold any value. Retiring a value takes it out of use for new
rows and changes, while the customers that hold it keep a valid record.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.codes import INDUSTRY, TABLES
from station.codes.store import FIXED_TABLES, CodeRow
from station.i18n import QT_TRANSLATE_NOOP
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.models.code_model import ALIASES, CODE, CodeTableModel
from ui.text import failure_text, problems_of, problems_text
from ui.widgets.filter_bar import debounce, search_edit

TABLE_NAMES: dict[str, str] = {
    "industry": QT_TRANSLATE_NOOP("CodeTablesPage", "Industry (行业分类)"),
    "tariff_category": QT_TRANSLATE_NOOP("CodeTablesPage", "Tariff category (用电类别)"),
    "voltage_level": QT_TRANSLATE_NOOP("CodeTablesPage", "Voltage level (电压等级)"),
    "finding_category": QT_TRANSLATE_NOOP("CodeTablesPage", "Finding category (问题类别)"),
}
#: The search box waits this long after the last key before it filters (as the ledgers do).
#: Pixel widths of code, name, aliases (stretches), customers, source, status at the 10 pt font.
COLUMN_WIDTHS = (130, 300, 200, 80, 150, 170)


class CodeTablesPage(QWidget):
    """`loaded()` after every (re)load; `saved(str)` with the code a write touched."""

    page_key = "codes"
    loaded = Signal()
    saved = Signal(str)

    def __init__(self, workspace: Workspace, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner = workspace, runner
        self.model = CodeTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)  # a match shows the values above it
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._loaded_once = False

        bar = self._bar()
        self._build_tree()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        hint = QLabel(self.tr(
            "A value is never deleted: a retired value stays valid for the customers that hold it, but no new "
            "customer or change may take it. 用电类别 and 电压等级 drive the rules, so only aliases (the forms "
            "exports write) are added to them. Values an import added are shown in blue."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(bar)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.count_label)
        lay.addWidget(hint)
        self.reload_action = QAction(self.tr("Reload"), self)
        self.reload_action.triggered.connect(lambda _c=False: self.refresh())
        self._update_buttons()
        self.refresh()

    def _bar(self) -> QHBoxLayout:
        """The table chooser, the search box and the value buttons."""
        self.table_combo = QComboBox(self)
        self.table_combo.setObjectName("table_combo")
        for table in TABLES:
            self.table_combo.addItem(QCoreApplication.translate("CodeTablesPage", TABLE_NAMES[table]), table)
        self.table_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search_edit = search_edit(self, "search_edit", self.tr("Search code, name or alias"))
        self.search_timer = debounce(self, [self.search_edit], self._apply_search)
        self.add_button = QPushButton(self.tr("Add value…"), self)
        self.add_button.setObjectName("add_value")
        self.add_button.clicked.connect(lambda: self.add_value())
        self.alias_button = QPushButton(self.tr("Add alias…"), self)
        self.alias_button.setObjectName("add_alias")
        self.alias_button.clicked.connect(lambda: self.add_alias())
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.retire_button.setObjectName("retire")
        self.retire_button.clicked.connect(lambda: self.toggle_retired())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Table:"), self))
        bar.addWidget(self.table_combo)
        bar.addWidget(self.search_edit, 1)
        for button in (self.add_button, self.alias_button, self.retire_button):
            bar.addWidget(button)
        return bar

    def _build_tree(self) -> None:
        """The values as a tree (parents above children), the aliases taking the width left."""
        self.tree = QTreeView(self)
        self.tree.setObjectName("codes_tree")
        self.tree.setModel(self.proxy)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # The aliases (older editions' names, export spellings) take the width the others leave: on a wide
        # screen they are what is cut otherwise; every cell's tooltip has it all.
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col, width in enumerate(COLUMN_WIDTHS):
            self.tree.setColumnWidth(col, width)
        header.setSectionResizeMode(ALIASES, QHeaderView.ResizeMode.Stretch)
        self.tree.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.reload_action]

    # -- loading and searching -----------------------------------------------------------------------
    def table(self) -> str:
        return str(self.table_combo.currentData() or INDUSTRY)

    def refresh(self, then: Any = None) -> Job:
        """Reload the chosen table; `then()` runs once the model is filled."""
        ws, table = self.workspace, self.table()
        def loaded(rows: list[CodeRow]) -> None:
            self._on_loaded(table, rows)
            if then is not None:
                then()

        return ops.read(self, self.runner, actions.load_code_table, ws, table, on_done=loaded,
                        on_failed=self._on_failed)

    def _on_loaded(self, table: str, rows: list[CodeRow]) -> None:
        if table != self.table():  # another table was chosen while this one loaded
            return
        self.model.set_rows(rows)
        self._apply_search()
        self._loaded_once = True
        self.loaded.emit()

    def ready_for_screenshot(self) -> bool:
        return self._loaded_once

    def _apply_search(self) -> None:
        self.proxy.setFilterFixedString(self.search_edit.text().strip())
        text = self.search_edit.text().strip()
        if text or self.table() != INDUSTRY:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            self.tree.expandToDepth(0)  # the 门类 open on their 大类; deeper levels on demand
        shown, total = self._count(self.tree.rootIndex()), len(self.model.rows)
        self.count_label.setText(self.tr("%1 of %2 values shown").replace("%1", f"{shown:,}")
                                 .replace("%2", f"{total:,}") if text else
                                 self.tr("%1 values").replace("%1", f"{total:,}"))
        self._update_buttons()

    def _count(self, parent: Any) -> int:
        n = self.proxy.rowCount(parent)
        return n + sum(self._count(self.proxy.index(r, 0, parent)) for r in range(n))

    def current_row(self) -> CodeRow | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.data(index.siblingAtColumn(CODE), CodeTableModel.RowRole)

    def select_code(self, code: str) -> bool:
        """Select (and reveal) the value `code` of the table shown; False when it is not shown."""
        hits = self.proxy.match(self.proxy.index(0, CODE), Qt.ItemDataRole.DisplayRole, code, 1,
                                Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if not hits:
            return False
        self.tree.setCurrentIndex(hits[0])
        self.tree.scrollTo(hits[0])
        return True

    def _update_buttons(self) -> None:
        row, fixed = self.current_row(), self.table() in FIXED_TABLES
        self.add_button.setEnabled(not fixed)
        self.add_button.setToolTip(self.tr("用电类别 and 电压等级 drive the rules: add an alias instead") if fixed
                                   else "")
        self.alias_button.setEnabled(row is not None)
        self.retire_button.setEnabled(row is not None and not fixed)
        self.retire_button.setText(self.tr("Bring back") if row is not None and row.retired else self.tr("Retire"))

    # -- writes ----------------------------------------------------------------------------------------
    def add_value(self, initial: Any = None, problems: str = "") -> Job | None:
        from ui.dialogs.code_value_dialog import CodeValueDialog

        row = self.current_row()
        parents = [(r.code, r.name) for r in sorted(self.model.rows, key=lambda r: r.code)]
        answer = CodeValueDialog.ask(self, parents, under=row.code if row is not None else None,
                                     problems=problems, initial=initial)
        if answer is None:
            return None
        ws, table = self.workspace, self.table()
        return ops.write(self, self.runner, actions.add_code_value, ws, table, answer.code, answer.name,
                         parent=answer.parent, on_done=lambda r: self._on_saved(r.code),
                         on_failed=lambda exc: self._on_add_failed(exc, answer))

    def _on_add_failed(self, exc: BaseException, answer: Any) -> None:
        problems = problems_of(exc)
        if problems:
            self.add_value(answer, problems_text(problems))  # again, with what was typed and the reasons
        else:
            self._on_failed(exc)

    def ask_alias(self, row: CodeRow) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Add alias"), self.tr("Another name of %1 %2 (an older edition's, or an export's "
                                                "spelling):").replace("%1", row.code).replace("%2", row.name))
        return text.strip() if ok and text.strip() else None

    def add_alias(self) -> Job | None:
        row = self.current_row()
        if row is None:
            return None
        alias = self.ask_alias(row)
        if alias is None:
            return None
        ws, table = self.workspace, self.table()
        return ops.write(self, self.runner, actions.add_code_alias, ws, table, row.code, alias,
                         on_done=lambda r: self._on_saved(r.code), on_failed=self._on_failed)

    def toggle_retired(self) -> Job | None:
        row = self.current_row()
        if row is None:
            return None
        if not row.retired:
            text = self.tr("Retire %1 %2? The %n customer(s) that hold it keep it; no new customer or change "
                           "may take it.", "", row.customers).replace("%1", row.code).replace("%2", row.name)
            answer = QMessageBox.question(self, self.tr("Retire value"), text,
                                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                          QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        ws, table, retired = self.workspace, self.table(), not row.retired
        return ops.write(self, self.runner, actions.set_code_retired, ws, table, row.code, retired,
                         on_done=lambda r: self._on_saved(r.code), on_failed=self._on_failed)

    def _on_saved(self, code: str) -> None:
        self.saved.emit(code)
        self.refresh(then=lambda: self.select_code(code))

    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), failure_text(exc))


def make_page(window: Any) -> CodeTablesPage:
    """The registry's factory: the page with the window's workspace and runner."""
    return CodeTablesPage(window.workspace, window.runner, window)


