"""规则设置: every rule value with its source and edition, the edition switches, the tariffs, and the holiday
calendar (ui/widgets/holiday_calendar.py); each change goes through station (validated, audit-logged)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.rule_settings import BY_KEY, RuleRow, TariffRow
from station.workspace import Workspace
from ui import ops
from ui.jobs import Job, JobRunner
from ui.models.rules_model import RulesModel, TariffModel
from ui.settings import UiSettings
from ui.text import failure_text

#: Pixel widths of rule, value, unit, source (stretches), edition, changed at the 10 pt font; a column is never
#: narrower than its (English) title.
RULE_COLUMN_WIDTHS = (300, 230, 64, 0, 56, 110)


class WrapDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: the default size hint is one line whatever the column's width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        text = index.data() or ""
        indent = self._view.indentation() * 2 if index.column() == 0 else 0  # a rule sits under its area
        width = max(self._view.columnWidth(index.column()) - indent - 10, 20)  # 10: the cell's margins
        need = option.fontMetrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), need.height() + 4))

#: The edition switches at the top of the page: rule key → what a change does to the station's work.
EDITION_KEYS = ("edition.dlt448", "edition.business_rules")


class RulesPage(QWidget):
    """Rule settings and tariffs. `rules_loaded()` after every (re)load, `rule_saved(str)` with the key,
    `tariff_saved()`."""

    page_key = "rules"
    rules_loaded = Signal()
    rule_saved = Signal(str)
    tariff_saved = Signal()

    def __init__(self, workspace: Workspace, runner: JobRunner, ui_settings: UiSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.runner, self.ui_settings = workspace, runner, ui_settings
        self.model = RulesModel(self)
        self.tariff_model = TariffModel(self)
        self.tariff_proxy = QSortFilterProxyModel(self)
        self.tariff_proxy.setSortRole(TariffModel.SortRole)
        self.tariff_proxy.setSourceModel(self.tariff_model)
        self._editions: dict[str, str] = {}
        self.last_dialog: Any = None
        self.last_job: Job | None = None

        bar = self._edition_bar()
        self._build_tree()
        rules_tab = self._rules_tab(bar)
        tariff_tab = self._tariff_tab()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("rules_tabs")
        self.tabs.addTab(rules_tab, self.tr("Rules"))
        self.tabs.addTab(tariff_tab, self.tr("Tariffs"))
        from ui.widgets.holiday_calendar import HolidaysTab

        self.holidays = HolidaysTab(workspace, runner, self)
        self.holidays.setObjectName("holidays_tab")
        self.tabs.addTab(self.holidays, self.tr("Holidays"))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.tabs)
        self.reload_action = QAction(self.tr("Reload"), self)
        self.reload_action.triggered.connect(lambda _c=False: self.refresh())
        self.refresh()

    def _edition_bar(self) -> QHBoxLayout:
        """The edition switches and the Edit… button above the rules."""
        self.edition_combos: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        names = {"edition.dlt448": self.tr("DL/T 448 edition:"),
                 "edition.business_rules": self.tr("供电营业规则 edition:")}
        for key in EDITION_KEYS:
            combo = QComboBox(self)
            combo.setObjectName(f"edition:{key}")
            combo.addItems(list(BY_KEY[key].choices))
            combo.activated.connect(lambda _i, k=key: self._edition_chosen(k))
            bar.addWidget(QLabel(names[key], self))
            bar.addWidget(combo)
            bar.addSpacing(16)
            self.edition_combos[key] = combo
        bar.addStretch(1)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("rule_edit")
        self.edit_button.clicked.connect(lambda: self.edit_rule())
        bar.addWidget(self.edit_button)
        return bar

    def _build_tree(self) -> None:
        """The rules by area: value, default, source; long sources wrap."""
        self.tree = QTreeView(self)
        self.tree.setObjectName("rules_tree")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        # Sources are long citations ("DL/T 448-2016 … §7.3 e)"): wrapped in a column that takes the width the
        # others leave, so at 1280 px nothing hides behind a horizontal scroll bar; every cell's tooltip has it all.
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.doubleClicked.connect(lambda _i: self.edit_rule())
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        for col, width in enumerate(RULE_COLUMN_WIDTHS):
            self.tree.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
        header.setSectionResizeMode(RulesModel.SOURCE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_a: self.tree.scheduleDelayedItemsLayout())  # re-wrap: new heights
        self._wrap = WrapDelegate(self.tree)
        for col in (RulesModel.RULE, RulesModel.VALUE, RulesModel.SOURCE):
            self.tree.setItemDelegateForColumn(col, self._wrap)

    def _rules_tab(self, bar: QHBoxLayout) -> QWidget:
        rules_tab = QWidget(self)
        rules_lay = QVBoxLayout(rules_tab)
        rules_lay.addLayout(bar)
        rules_lay.addWidget(self.tree, 1)
        hint = QLabel(self.tr("Values in blue differ from the default (hover for it). Every change is recorded "
                              "in the audit log with your name."), rules_tab)
        hint.setStyleSheet("color: #555;")
        rules_lay.addWidget(hint)
        return rules_tab

    def _tariff_tab(self) -> QWidget:
        """The tariffs table with its add and new-price buttons."""
        self.tariff_view = QTableView(self)
        self.tariff_view.setObjectName("tariff_table")
        self.tariff_view.setModel(self.tariff_proxy)
        self.tariff_view.setSortingEnabled(True)
        self.tariff_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tariff_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tariff_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tariff_view.verticalHeader().hide()
        self.tariff_view.horizontalHeader().setStretchLastSection(True)
        self.tariff_view.doubleClicked.connect(lambda _i: self.edit_tariff())
        for col, width in enumerate((150, 70, 110, 190, 100, 100)):
            self.tariff_view.setColumnWidth(col, width)
        add = QPushButton(self.tr("Add tariff…"), self)
        add.setObjectName("tariff_add")
        add.clicked.connect(lambda: self.add_tariff())
        change = QPushButton(self.tr("New price for this tariff…"), self)
        change.setObjectName("tariff_edit")
        change.clicked.connect(lambda: self.edit_tariff())
        tariff_bar = QHBoxLayout()
        tariff_bar.addWidget(add)
        tariff_bar.addWidget(change)
        tariff_bar.addStretch(1)
        tariff_tab = QWidget(self)
        tariff_lay = QVBoxLayout(tariff_tab)
        tariff_lay.addLayout(tariff_bar)
        tariff_lay.addWidget(self.tariff_view, 1)
        note = QLabel(self.tr("Grey rows are example values the station has not set; back-billing uses the "
                              "tariff in force on the day."), tariff_tab)
        note.setStyleSheet("color: #555;")
        tariff_lay.addWidget(note)
        return tariff_tab

    def toolbar_actions(self) -> list[QAction | None]:
        return [self.reload_action]

    # -- loading -----------------------------------------------------------------------------------
    def refresh(self, then: Any = None) -> Job:
        """Reload rules and tariffs; `then()` runs after the models are filled (connected before the job
        starts: a fast job could otherwise finish before a later connection and the call be lost)."""
        def loaded(result: tuple[list[RuleRow], list[TariffRow]]) -> None:
            self._on_loaded(result)
            if then is not None:
                then()

        self.holidays.refresh()
        return ops.read(self, self.runner, actions.load_rules_and_tariffs, self.workspace, on_done=loaded,
                        on_failed=self._on_failed)

    def _on_loaded(self, result: tuple[list[RuleRow], list[TariffRow]]) -> None:
        rules, tariffs = result
        self.model.set_rows(rules)
        self.tree.expandAll()
        self.tariff_model.set_rows(tariffs)
        self._editions = {r.key: str(r.value) for r in rules if r.key in EDITION_KEYS}
        for key, combo in self.edition_combos.items():
            combo.setCurrentText(self._editions.get(key, ""))
        self.rules_loaded.emit()

    # -- rules -------------------------------------------------------------------------------------
    def current_rule(self) -> RuleRow | None:
        index = self.tree.currentIndex()
        return self.model.data(index.siblingAtColumn(0), RulesModel.RowRole) if index.isValid() else None

    def select_rule(self, key: str) -> bool:
        index = self.model.rule_index(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        return index.isValid()

    def edit_rule(self) -> Job | None:
        """The rule's dialog, saving itself: a refusal (someone else saved the rule since, say) keeps it open
        with what was typed and, for a stale version, the values saved now beside it."""
        from ui.dialogs.rule_edit_dialog import RuleEditDialog

        row = self.current_rule()
        if row is None:
            return None
        dlg = RuleEditDialog(row, self)

        def save(_value: Any, on_done: Any, on_failed: Any) -> None:
            answer = dlg.result_value()
            if answer.value == row.value and not answer.source and dlg.version == row.version:
                dlg.save_cancelled()
                dlg.reject()  # nothing changed: nothing to save
                return
            if answer.key in EDITION_KEYS and not self.confirm_edition(answer.key, str(answer.value)):
                dlg.save_cancelled()
                return
            self.last_job = ops.write(dlg, self.runner, actions.set_rule, self.workspace, answer.key, answer.value,
                                      answer.source, version=dlg.version, on_done=on_done, on_failed=on_failed)

        dlg.save_with(save)
        self.last_dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        self._on_rule_saved(row.key)
        return self.last_job

    def confirm_edition(self, key: str, value: str) -> bool:
        text = (self.tr("Switch DL/T 448 to the %1 edition? Device classes and on-site test periods change, "
                        "and with them every due date of the rotation and verification plan.")
                if key == "edition.dlt448" else
                self.tr("Switch 供电营业规则 to the %1 edition? Back-billing and penalty calculations from now "
                        "on follow it."))
        answer = QMessageBox.question(self, self.tr("Change edition"), text.replace("%1", value),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _edition_chosen(self, key: str) -> None:
        combo = self.edition_combos[key]
        value, old = combo.currentText(), self._editions.get(key, "")
        if value == old:
            return
        if not self.confirm_edition(key, value):
            combo.setCurrentText(old)  # nothing changed: show the edition in force again
            return
        self._save_rule(key, value, None)

    def _save_rule(self, key: str, value: Any, source: str | None) -> Job:
        return ops.write(self, self.runner, actions.set_rule, self.workspace, key, value, source,
                         on_done=lambda row: self._on_rule_saved(row.key), on_failed=self._on_failed)

    def _on_rule_saved(self, key: str) -> None:
        self.rule_saved.emit(key)
        self.refresh(then=lambda: self.select_rule(key))

    # -- tariffs -----------------------------------------------------------------------------------
    def current_tariff(self) -> TariffRow | None:
        index = self.tariff_view.currentIndex()
        return self.tariff_proxy.data(index, TariffModel.RowRole) if index.isValid() else None

    def add_tariff(self, initial: TariffRow | None = None) -> Job | None:
        """The tariff dialog, saving itself; `initial` a stored tariff to correct (its version is checked)."""
        from ui.dialogs.tariff_dialog import TariffDialog

        dlg = TariffDialog(self, initial)
        stored = initial.id if initial is not None else None
        dlg.version = initial.version if initial is not None and stored is not None else None

        def save(draft: Any, on_done: Any, on_failed: Any) -> None:
            edited = None if stored is None or dlg.version is None else (stored, dlg.version)
            self.last_job = ops.write(
                dlg, self.runner, actions.set_tariff, self.workspace, tariff_category=draft.tariff_category,
                voltage_level=draft.voltage_level, price=draft.price, effective_from=draft.effective_from,
                basic_price_kva=draft.basic_price_kva, source=draft.source, edited=edited,
                on_done=on_done, on_failed=on_failed)

        dlg.save_with(save)
        self.last_dialog = dlg
        if dlg.exec() != QDialog.DialogCode.Accepted:
            return None
        self._on_tariff_saved()
        return self.last_job

    def edit_tariff(self) -> Job | None:
        row = self.current_tariff()
        return self.add_tariff(row) if row is not None else None

    def _on_tariff_saved(self) -> None:
        self.tariff_saved.emit()
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), failure_text(exc))
        self.refresh()


def make_page(window: Any) -> RulesPage:
    """The registry's factory: the page with the window's workspace, runner and settings."""
    return RulesPage(window.workspace, window.runner, window.ui_settings, window)
