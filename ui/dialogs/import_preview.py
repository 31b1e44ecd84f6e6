"""The import preview: counts, every rejected row, unknown columns and new 台区; then import or save rejections."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station import actions
from station.i18n import QT_TRANSLATE_NOOP
from station.imports import ImportPreview, ImportSummary, Rejection
from station.imports.preview import NOTE_NEW_AREA, NOTE_UNKNOWN_CODE
from ui.jobs import Job
from ui.pages.registry import Refreshable
from ui.settings import UiSettings
from ui.text import failure_text, message_text

_Index = QModelIndex | QPersistentModelIndex
#: The preview's note for each new 台区 (station.imports.customers); the dialog lists them on one line instead.
#: Imports whose counts are of values, not rows: a wide readings row holds one value per month.
VALUE_KINDS = frozenset({"readings", "supply"})
#: Per kind: the file chooser's title and the preview dialog's title.
TITLES: dict[str, tuple[str, str]] = {
    "customers": (QT_TRANSLATE_NOOP("ImportFlow", "Import customers"),
                  QT_TRANSLATE_NOOP("ImportFlow", "Import customers: preview")),
    "assets": (QT_TRANSLATE_NOOP("ImportFlow", "Import assets"),
               QT_TRANSLATE_NOOP("ImportFlow", "Import assets: preview")),
    "readings": (QT_TRANSLATE_NOOP("ImportFlow", "Import monthly readings"),
                 QT_TRANSLATE_NOOP("ImportFlow", "Import monthly readings: preview")),
    "supply": (QT_TRANSLATE_NOOP("ImportFlow", "Import 台区 supply"),
               QT_TRANSLATE_NOOP("ImportFlow", "Import 台区 supply: preview")),
    "anomalies": (QT_TRANSLATE_NOOP("ImportFlow", "Import a billing-centre anomaly list"),
                  QT_TRANSLATE_NOOP("ImportFlow", "Import a billing-centre anomaly list: preview")),
}


def kind_title(kind: str, which: int) -> str:
    """The translated title of an import of `kind`: 0 the file chooser, 1 the preview dialog."""
    return QCoreApplication.translate("ImportFlow", TITLES[kind][which])


class RejectionModel(QAbstractTableModel):
    """Rejected cells of a preview: line, 户号 and 户名 of the row, column, value, reason (a list model: 100,000
    rows stay cheap; 户号/户名 are read from the row's cells when shown)."""

    def __init__(self, rows: list[Rejection], parent: Any = None, preview: ImportPreview | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._preview = preview
        self._headers = [self.tr("Line"), "户号", "户名", self.tr("Column"), self.tr("Value"), self.tr("Reason")]

    def set_rows(self, rows: list[Rejection], preview: ImportPreview | None = None) -> None:
        self.beginResetModel()
        self._rows = rows
        self._preview = preview or self._preview
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self._rows[index.row()]
        if index.column() in (1, 2):
            from station.imports.changes import row_identity

            return row_identity(self._preview, r.line)[index.column() - 1] if self._preview is not None else ""
        return (r.line, "", "", r.column, r.value, message_text(r.message))[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class ImportPreviewDialog(QDialog):
    """Shows an ImportPreview; `ask` returns the preview to write when the user chose to import, else None.

    "Save rejected rows…" writes them (original cells plus a reason column) with station's save_rejections.
    Values in no code table are listed with a box, ticked: the import adds them to the station's table;
    unticked, their rows are rejected with the reason (station.imports.codes.refuse_unknown_codes) and the
    counts and rejections shown follow at once.
    """

    def __init__(self, parent: QWidget | None, preview: ImportPreview, *, ui_settings: UiSettings | None = None,
                 ) -> None:
        super().__init__(parent)
        self.preview = self.original = preview
        self._settings = ui_settings
        self._last_folder = (ui_settings.last_folder("rejections") if ui_settings else "") or str(preview.path.parent)
        self.saved_to: Path | None = None
        values = preview.kind in VALUE_KINDS
        self.setWindowTitle(kind_title(preview.kind, 1))
        self.resize(860, 560)
        head = self._head(preview)
        self._values = values
        counts = self._counts(preview, values)
        self.notes_label = self._notes_label(preview)
        self._rejections_table(preview)
        self.rejected_title = rejected_title = QLabel(self)
        rejected_title.setStyleSheet("font-weight: bold;")
        self._changes_view(parent, preview)
        self._code_widgets = self._unknown_codes_widgets(preview)

        self._buttons(preview, values)
        self._lay_out(preview, head, counts)
        self._show(preview)

    def _head(self, preview: ImportPreview) -> QLabel:
        """The file's name, its rows read and its header line."""
        head = QLabel(self.tr("<b>%1</b> — %n data row(s) read, header on line %2", "", preview.rows_read)
                      .replace("%1", preview.path.name).replace("%2", str(preview.header_line)), self)
        head.setObjectName("file_label")
        head.setToolTip(str(preview.path))
        return head

    def _counts(self, preview: ImportPreview, values: bool) -> QGridLayout:
        """The new / updated / unchanged / rejected counts, big and coloured."""
        counts = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        # A monthly import counts values (a wide row holds one per month) but rejects whole rows: say so.
        captions = (self.tr("New values"), self.tr("Replaced values"), self.tr("Unchanged values"),
                    self.tr("Rejected rows")) if values else \
            (self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Rejected"))
        for col, (key, text, value, colour) in enumerate(zip(
                ("new", "updated", "unchanged", "rejected"), captions,
                (preview.new, preview.updated, preview.unchanged, preview.rejected),
                ("#1b5e20", "#0d47a1", "#555", "#b00020"), strict=True)):
            number = QLabel(f"{value:,}", self)
            number.setObjectName(f"count:{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setStyleSheet(f"font-size: 18pt; font-weight: bold; color: {colour};")
            caption = QLabel(text, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            counts.addWidget(number, 0, col)
            counts.addWidget(caption, 1, col)
            self.count_labels[key] = number
        return counts

    def _notes_label(self, preview: ImportPreview) -> QLabel:
        """Unknown columns, 台区 to create, installs and the preview's own notes."""
        notes: list[str] = []
        if preview.unknown_columns:
            notes.append(self.tr("Columns not imported (unknown headers): %1")
                         .replace("%1", "、".join(preview.unknown_columns)))
        if preview.new_areas:
            notes.append(self.tr("台区 to be created: %1").replace(
                "%1", "、".join(f"{code} {name}".strip() for code, name in sorted(preview.new_areas.items()))))
        installs = preview.extra.get("installs") or []
        if installs:
            notes.append(self.tr("%n asset(s) will be installed on metering points", "", len(installs)))
        notes += [message_text(m) for m in preview.notes if m.code not in (NOTE_NEW_AREA, NOTE_UNKNOWN_CODE)]
        label = QLabel("\n".join(notes), self)
        label.setObjectName("notes_label")
        label.setWordWrap(True)
        label.setVisible(bool(notes))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _rejections_table(self, preview: ImportPreview) -> None:
        self.rejections = RejectionModel(preview.rejections, self, preview)
        self.table = QTableView(self)
        self.table.setObjectName("rejections")
        self.table.setModel(self.rejections)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setStretchLastSection(True)
        for col, width in enumerate((50, 110, 90, 100, 130)):
            hh.resizeSection(col, width)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _buttons(self, preview: ImportPreview, values: bool) -> None:
        """Import, Save rejected rows…, Cancel, and the note shown when nothing would be written."""
        self.buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("import_button")
        self.save_button = QPushButton(self.tr("Save rejected rows…"), self)
        self.save_button.setObjectName("save_button")
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save_rejections())  # not clicked(bool) into `path`
        self.import_button.setDefault(True)
        if not preview.writes_anything:
            self.nothing_label = QLabel(
                self.tr("Nothing to write: every accepted value is already stored.") if values
                else self.tr("Nothing to write: every accepted row is already in the ledger."), self)
        else:
            self.nothing_label = QLabel(self)
        self.nothing_label.setVisible(not preview.writes_anything)

    def _lay_out(self, preview: ImportPreview, head: QLabel, counts: QGridLayout) -> None:
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addLayout(counts)
        lay.addWidget(self.notes_label)
        for w in self._code_widgets:
            lay.addWidget(w)
        lay.addWidget(self.rejected_title)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.changes_title)
        lay.addWidget(self.changes_table, 1)
        lay.addWidget(self.nothing_label)
        if not preview.rejections and not preview.unknown_codes and not preview.updates:
            lay.addStretch(1)
        lay.addWidget(self.buttons)

    def _changes_view(self, parent: Any, preview: ImportPreview) -> None:
        """The updated rows, old → new per changed field (customers and assets; a 台区 shown by its code)."""
        from ui.dialogs.import_changes import ChangeModel, area_codes_of

        self.changes = ChangeModel(self)
        moves = any("area_id" in u.after for u in preview.updates)
        workspace = getattr(parent, "workspace", None)
        self.changes.set_preview(preview, area_codes_of(workspace) if moves and workspace is not None else {})
        self.changes_title = QLabel(self.tr("Updated rows (%1): what changes, old → new").replace(
            "%1", f"{preview.updated:,}"), self)
        self.changes_title.setStyleSheet("font-weight: bold;")
        self.changes_table = QTableView(self)
        self.changes_table.setObjectName("changes")
        self.changes_table.setModel(self.changes)
        self.changes_table.verticalHeader().setVisible(False)
        self.changes_table.setAlternatingRowColors(True)
        self.changes_table.setWordWrap(False)
        ch = self.changes_table.horizontalHeader()
        ch.setStretchLastSection(True)
        for col, width in enumerate((50, 170, 120, 200)):
            ch.resizeSection(col, width)
        shown = preview.kind not in VALUE_KINDS and bool(self.changes.rowCount())
        self.changes_title.setVisible(shown)
        self.changes_table.setVisible(shown)

    def _unknown_codes_widgets(self, preview: ImportPreview) -> list[QWidget]:
        """The list of values in no code table (column, value, rows, first lines) and the box that adds them."""
        codes = preview.unknown_codes
        if not codes:
            self.add_codes_box = None
            return []
        title = QLabel(self.tr("Values in no code table (%1)").replace("%1", f"{len(codes):,}"), self)
        title.setStyleSheet("font-weight: bold;")
        table = QTableWidget(len(codes), 4, self)
        table.setObjectName("unknown_codes")
        table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Value"), self.tr("Rows"), self.tr("First lines")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, u in enumerate(codes):
            first = "、".join(map(str, u.first_lines)) + ("…" if u.count > len(u.first_lines) else "")
            for c, text in enumerate((u.column, u.value, f"{u.count:,}", first)):
                table.setItem(r, c, QTableWidgetItem(text))
        table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((100, 220, 60)):
            table.setColumnWidth(col, width)
        table.setMaximumHeight(min(160, 30 + 26 * len(codes)))
        box = QCheckBox(self.tr("Add these values to the station's code table (unticked: their rows are rejected)"),
                        self)
        box.setObjectName("add_codes")
        box.setChecked(not preview.codes_refused)
        box.toggled.connect(self._codes_toggled)
        self.add_codes_box = box
        return [title, table, box]

    def _codes_toggled(self, add: bool) -> None:
        from station.imports.codes import refuse_unknown_codes

        self._show(self.original if add else refuse_unknown_codes(self.original))

    def _show(self, preview: ImportPreview) -> None:
        """Counts, rejections and the import button of `preview` (the file's, or with its new values refused)."""
        self.preview = preview
        for key, value in (("new", preview.new), ("updated", preview.updated), ("unchanged", preview.unchanged),
                           ("rejected", preview.rejected)):
            self.count_labels[key].setText(f"{value:,}")
        self.rejections.set_rows(preview.rejections, preview)
        self.rejected_title.setText(self.tr("Rejected rows (%1)").replace("%1", f"{preview.rejected:,}"))
        for w in (self.rejected_title, self.table):
            w.setVisible(bool(preview.rejections))
        # Corrections of closed months (月结 amendments) are values written too.
        accepted = preview.new + preview.updated + (preview.extra.get("amendments") or {}).get("count", 0)
        self.import_button.setText(self.tr("Import %n value(s)", "", accepted) if self._values
                                   else self.tr("Import %n accepted row(s)", "", accepted))
        self.import_button.setEnabled(preview.writes_anything)
        self.save_button.setEnabled(bool(preview.rejected_rows))

    def default_rejections_path(self) -> Path:
        suffix = self.preview.path.suffix.lower() if self.preview.path.suffix.lower() in (".xlsx", ".csv") \
            else ".xlsx"
        tag = self.tr("rejected")  # outside the f-string, where lupdate sees it
        return Path(self._last_folder) / f"{self.preview.path.stem}-{tag}{suffix}"

    def save_rejections(self, path: str | Path | None = None) -> Path | None:
        """Ask where (unless `path` is given) and write the rejected rows; returns the file written."""
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save rejected rows"), str(self.default_rejections_path()),
                self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"))
            if not chosen:
                return None
            path = chosen
        from station.imports import save_rejections

        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        try:
            count = save_rejections(self.preview, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        self.saved_to = target
        self._last_folder = str(target.parent)
        if self._settings is not None:
            self._settings.set_last_folder(self._last_folder, "rejections")
        self.save_button.setText(self.tr("Saved %n row(s)", "", count))
        self.save_button.setToolTip(str(target))
        return target

    @classmethod
    def ask(cls, parent: QWidget | None, preview: ImportPreview, *,
            ui_settings: UiSettings | None = None) -> ImportPreview | None:
        """The preview to write (its new code values refused when the clerk unticked them), or None."""
        dlg = cls(parent, preview, ui_settings=ui_settings)
        return dlg.preview if dlg.exec() == QDialog.DialogCode.Accepted else None


# --- The flow: choose → preview (job) → dialog → write (job) → refresh -------------------------------------


class ImportFlow(QObject):
    """File → Import customers/assets/monthly readings/台区 supply…: the whole round trip, never blocking the window."""

    previewed = Signal(object)  #: ImportPreview
    imported = Signal(object)  #: ImportSummary

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_job: Job | None = None

    def choose_file(self, kind: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, kind_title(kind, 0), self.window.ui_settings.last_folder("import"),
            self.tr("Spreadsheets (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not path:
            return None
        self.window.ui_settings.set_last_folder(str(Path(path).parent), "import")
        return Path(path)

    def start(self, kind: str, path: Path | None = None, **options: Any) -> Job | None:
        """Preview `path` (asked for when None) as a background job; the dialog follows when it is done."""
        path = path or self.choose_file(kind)
        if path is None:
            return None
        self._checking = (kind, path, options)
        title = self.tr("Checking %1").replace("%1", path.name)
        job = Job(actions.preview_file, title=title, ws=self.window.workspace, kind=kind, path=path, **options)
        job.signals.succeeded.connect(self._on_previewed)
        self._connect_common(job)
        self.last_job = self.window.runner.start(job, write=False)
        return self.last_job

    def _connect_common(self, job: Job) -> None:
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(lambda: self.window.statusBar().showMessage(
            self.tr("Import cancelled; nothing was written"), 8000))

    def _on_previewed(self, preview: ImportPreview) -> None:
        self.previewed.emit(preview)
        answer = ImportPreviewDialog.ask(self.window, preview, ui_settings=self.window.ui_settings)
        if answer:  # the preview to write; True (a test's stand-in for the dialog) means the one shown
            self.apply(answer if isinstance(answer, ImportPreview) else preview)

    def apply(self, preview: ImportPreview) -> Job:
        title = self.tr("Importing %1").replace("%1", preview.path.name)
        job = Job(actions.write_import, title=title, ws=self.window.workspace, preview=preview)
        job.signals.succeeded.connect(self._on_imported)
        self._connect_common(job)
        self.last_job = self.window.runner.start(job, write=True)
        return self.last_job

    def _on_imported(self, summary: ImportSummary | ImportPreview) -> None:
        if isinstance(summary, ImportPreview):  # actions.write_import found another outcome and wrote nothing
            QMessageBox.warning(self.window, self.tr("Nothing imported"), self.tr(
                "The file or the database changed since the preview, so nothing was written. "
                "Check the new preview before importing."))
            self._on_previewed(summary)
            return
        for page in self.window.built_pages().values():
            if isinstance(page, Refreshable):
                page.refresh()
        text = (self.tr("Imported: %1 new values, %2 replaced, %3 unchanged, %4 rejected rows left out.")
                if summary.kind in VALUE_KINDS
                else self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 rejected rows left out.")) \
            .replace("%1", f"{summary.new:,}").replace("%2", f"{summary.updated:,}") \
            .replace("%3", f"{summary.unchanged:,}").replace("%4", f"{summary.rejected:,}")
        if summary.areas_created:
            text += " " + self.tr("%n 台区 created.", "", summary.areas_created)
        if summary.installed:
            text += " " + self.tr("%n asset(s) installed.", "", summary.installed)
        self.window.statusBar().showMessage(text, 15000)
        self.imported.emit(summary)
        QMessageBox.information(self.window, self.tr("Import finished"), text)

    def _on_failed(self, exc: BaseException) -> None:
        if self._offer_correction(exc):
            return
        QMessageBox.warning(self.window, self.tr("Import failed"), failure_text(exc))

    def _offer_correction(self, exc: BaseException) -> bool:
        """A readings/supply file refused for a closed month: offer to import it as corrections (月结)."""
        from ui.dialogs.month_dialog import ask_correction, closed_month_refusal

        checking: tuple[Any, Any, dict[str, Any]] = getattr(self, "_checking", (None, None, {}))
        kind, path, options = checking
        if kind not in VALUE_KINDS or path is None or options.get("correction") or not closed_month_refusal(exc):
            return False
        if ask_correction(self.window, exc):
            self.start(kind, path, correction=True)
        return True

if __name__ == "__main__":  # preview: python -m ui.dialogs.import_preview FILE.csv [DB] [KIND]
    import sys

    from PySide6.QtWidgets import QApplication

    from station.workspace import open_workspace

    app = QApplication(sys.argv)
    ws = open_workspace(sys.argv[2] if len(sys.argv) > 2 else "demo.db", operator="preview")
    print(ImportPreviewDialog.ask(None, actions.preview_file(ws, sys.argv[3] if len(sys.argv) > 3 else "customers",
                                                             Path(sys.argv[1]))))
