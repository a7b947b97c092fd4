"""Import the register from a CSV (CONTRACT: Register CSV): the file is checked off the GUI
thread, the preview shows what will be added (entries and new own items) or every bad row,
and only a clean file can be imported. Big files are written by a worker with a progress bar
and a Cancel button; cancelling writes nothing."""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThread, QTimer, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import register_csv
from dpo_desk.core.catalogue import Lookup
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError, FieldError, ValidationError
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.register_model import (
    SENSITIVE_INK,
    SENSITIVE_MARK,
    item_text,
    items_text,
    subjects_text,
    ui_language,
)
from dpo_desk.ui.widgets import Retranslating, label

log = logging.getLogger(__name__)
# Up to this many entries are written on the GUI thread through the window's own database
# connection (a fraction of a second; every view hears of the change). More go to a worker.
INLINE_LIMIT = 200
PREVIEW_ROWS = 500
CELL = re.compile(r"^row (\d+), column (.+)$")
ROW = re.compile(r"^row (\d+)$")
_RUNNING: set[QThread] = set()  # a thread must outlive its dialog until it ends


def stop_workers() -> None:
    """Cancel every running import (it rolls back) and wait until each has ended (the
    window is locking, issue 13)."""
    for worker in list(_RUNNING):
        worker.cancelled = True
        worker.wait()


class Worker(QThread):
    """Runs `job(desk, worker)` on its own connection to the same file (SQLite connections
    belong to the thread that opened them); `outcome` holds the result or the exception
    once `finished` is emitted. Progress is read by the dialog's timer (`done`, `total`)."""

    def __init__(self, db_path: Path, job, parent=None):
        super().__init__(parent)
        self.db_path, self.job = db_path, job
        self.cancelled = False
        self.outcome = None
        self.done = self.total = 0

    def run(self) -> None:
        try:
            with Desk.open(self.db_path) as desk:
                self.outcome = self.job(desk, self)
        except DeskError as error:
            self.outcome = error
        except Exception as error:  # a bug must reach the user, not die with the thread
            log.exception("register import worker failed")
            self.outcome = error

    def report(self, done: int, total: int) -> bool:
        """apply_import's progress callback: False cancels (and rolls everything back)."""
        self.done, self.total = done, total
        return not self.cancelled


class RegisterImportDialog(Retranslating, QDialog):
    imported = Signal(list)  # the new entry ids

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.path: str = ""
        self.plan: register_csv.ImportPlan | None = None
        self.lookup: Lookup | None = None  # the catalogue, own items and the plan's new ones
        self.error: Exception | None = None
        self.ids: list[int] = []
        self.state = "idle"  # checking, ready, invalid, importing, done, cancelled, failed
        self.worker: Worker | None = None
        self._on_result = None
        self._close_when_idle = False
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._show_progress)
        self.setObjectName("registerImportDialog")
        self.resize(900, 640)

        self.heading = label("pageTitle")
        self.intro = label("pageSubtitle", wrap=True)
        self.columns = label("muted", wrap=True)
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setObjectName("importFile")
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        self.summary = label("importSummary", wrap=True)

        self.entries_caption = label("cardTitle")
        self.entries = QTableWidget(0, 4)
        self.entries.setObjectName("importEntries")
        self.entries.verticalHeader().hide()
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setAlternatingRowColors(True)
        self.entries.setWordWrap(False)
        self.entries.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((220, 110, 170)):
            self.entries.setColumnWidth(column, width)
        self.new_items_caption = label("cardTitle")
        self.new_items = QListWidget()
        self.new_items.setObjectName("importNewItems")
        self.new_items.setMaximumHeight(110)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(self.entries_caption)
        preview_layout.addWidget(self.entries, 1)
        preview_layout.addWidget(self.new_items_caption)
        preview_layout.addWidget(self.new_items)
        self.preview = preview

        self.problems = QListWidget()
        self.problems.setObjectName("importErrors")
        self.problems.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(True)

        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.import_button = QPushButton()
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.start_import)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 14)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.columns)
        layout.addLayout(file_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problems, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._show_state()

    # -- checking ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        start = self.path or str(Path(self.desk.path).parent)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the register CSV"), start,
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.check_file(path)

    def check_file(self, path: str | Path) -> None:
        """Check the whole file in a worker; the preview follows when it is done."""
        if self.busy():
            return
        self.path = str(path)
        self.file_edit.setText(self.path)
        self.plan, self.error = None, None
        self.state = "checking"
        self._show_state()
        source = Path(path)
        self._start(lambda desk, _worker: register_csv.plan_import(desk, source),
                    self._on_checked)

    def _on_checked(self, result) -> None:
        if isinstance(result, Exception):
            self.error = result
            self.state = "invalid" if isinstance(result, ValidationError) else "failed"
        else:
            self.plan = result
            self.lookup = Lookup(self.desk)
            for item in result.new_items:
                self.lookup.add(item)
            self.state = "ready" if result.entries else "invalid"
        self._show_state()

    # -- importing ---------------------------------------------------------------------------

    def start_import(self) -> None:
        if self.state != "ready" or self.plan is None:
            return
        if len(self.plan.entries) <= INLINE_LIMIT:
            try:
                ids = register_csv.apply_import(self.desk, self.plan)
            except DeskError as error:
                self._on_applied(error)
            else:
                self._on_applied(ids)
            return
        self.state = "importing"
        self._show_state()
        plan = self.plan
        self._start(lambda desk, worker: register_csv.apply_import(desk, plan, worker.report),
                    self._on_applied)

    def _on_applied(self, result) -> None:
        if isinstance(result, register_csv.ImportCancelled):
            self.state = "cancelled"
        elif isinstance(result, Exception):
            self.error, self.state = result, "failed"
        else:
            self.ids, self.state = list(result), "done"
        self._show_state()
        if self.state == "done":
            self.imported.emit(self.ids)
            self.accept()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True
            self.progress.setFormat(self.tr("Cancelling…"))

    # -- the worker --------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.worker is not None

    def _start(self, job, on_result) -> None:
        worker = Worker(self.desk.path, job)
        worker.finished.connect(self._on_finished)
        worker.finished.connect(lambda: _RUNNING.discard(worker))
        _RUNNING.add(worker)
        self.worker, self._on_result = worker, on_result
        worker.start()
        self._progress_timer.start()

    def _show_progress(self) -> None:
        if self.worker is not None and self.worker.total:
            self.progress.setRange(0, self.worker.total)
            self.progress.setValue(self.worker.done)

    def _on_finished(self) -> None:
        """The thread has ended: show its outcome, then close if Cancel was asked for."""
        self._progress_timer.stop()
        worker, self.worker = self.worker, None
        worker.deleteLater()
        self._on_result(worker.outcome)
        if self._close_when_idle and self.state != "done":
            super().reject()

    def wait_until_idle(self) -> None:
        """Block until the worker is done and its results are shown (scripts, tests)."""
        while self.worker is not None:
            self.worker.wait(50)
            QCoreApplication.processEvents()

    def reject(self) -> None:
        """Cancel stops a running import (nothing is written) before the dialog closes."""
        if self.busy():
            self.cancel()
            self._close_when_idle = True
            return
        super().reject()

    # -- showing -----------------------------------------------------------------------------

    def _show_state(self) -> None:
        state = self.state
        working = state in ("checking", "importing")
        self.import_button.setEnabled(state == "ready")
        self.choose_button.setEnabled(not working)
        self.progress.setVisible(working)
        if working:
            self.progress.setRange(0, 0)  # busy until the first progress report
            self.progress.setFormat(self.tr("Checking the file…") if state == "checking"
                                    else self.tr("Importing… %v of %m"))
        self.preview.setVisible(state in ("ready", "importing", "cancelled"))
        self.problems.setVisible(state in ("invalid", "failed"))
        self._fill_preview()
        self._fill_problems()
        self.summary.setProperty("tone", {"ready": "ok", "invalid": "bad", "failed": "bad",
                                          "cancelled": "warn"}.get(state, ""))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self.summary.setText(self._summary_text())

    def _summary_text(self) -> str:
        count = len(self.plan.entries) if self.plan else 0
        if self.state == "idle":
            return self.tr("Choose a CSV file to see what it will add.")
        if self.state == "checking":
            return self.tr("Checking every row of the file…")
        if self.state in ("ready", "importing"):
            text = self.tr("The file is correct: %n entries will be added.", "", count)
            if self.plan.new_items:
                text += " " + self.tr("%n new own data item(s) will be created.", "",
                                      len(self.plan.new_items))
            return text
        if self.state == "cancelled":
            return self.tr("Import cancelled: nothing was written.")
        if self.state == "done":
            return self.tr("Imported %n entries.", "", len(self.ids))
        if self.state == "invalid" and self.plan is not None:
            return self.tr("The file holds no entries.")
        if self.state == "invalid":
            return self.tr("%n problem(s) found: fix the file and choose it again. Nothing "
                           "was imported.", "", len(self.error_lines()))
        return self.tr("The import failed: {0}").format(self.error)

    def _fill_preview(self) -> None:
        plan = self.plan if self.state in ("ready", "importing", "cancelled") else None
        entries = plan.entries if plan else []
        language = ui_language()
        lookup = self.lookup
        words = {"sensitive": self.tr("Sensitive"), "basic": self.tr("Basic")}
        shown = entries[:PREVIEW_ROWS]
        self.entries.setRowCount(len(shown))
        for row, entry in enumerate(shown):
            items = [lookup.get(code) for code in entry["items"]]
            sensitive = entry["category_type"] == "sensitive"
            kind = words[entry["category_type"]]
            cells = (entry["name"], f"{SENSITIVE_MARK} {kind}" if sensitive else kind,
                     subjects_text(entry["subjects"], language),
                     items_text(items, language))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 1 and sensitive:
                    cell.setForeground(QBrush(SENSITIVE_INK))
                self.entries.setItem(row, column, cell)
        more = len(entries) - len(shown)
        caption = self.tr("Entries to add")
        if more > 0:
            caption += " " + self.tr("(the first {0}; %n more not shown)", "", more).format(
                len(shown))
        self.entries_caption.setText(caption)
        self.new_items.clear()
        new = plan.new_items if plan else []
        for item in new:
            kind = self.tr("sensitive") if item.sensitive else self.tr("basic")
            row = QListWidgetItem(f"{item_text(item, language)} ({kind})")
            if item.sensitive:
                row.setForeground(QBrush(SENSITIVE_INK))
            self.new_items.addItem(row)
        self.new_items_caption.setText(self.tr(
            "New own data items, not in the catalogue (%n)", "", len(new)))
        self.new_items_caption.setVisible(bool(new))
        self.new_items.setVisible(bool(new))

    def error_lines(self) -> list[str]:
        if isinstance(self.error, ValidationError):
            return [f"{self.where(e)}: {core_message(e)}" for e in self.error.errors]
        return [str(self.error)] if self.error else []

    def where(self, error: FieldError) -> str:
        """"row 3, column items" as the interface language says it."""
        cell, row = CELL.match(error.field), ROW.match(error.field)
        if cell:
            return self.tr("Row {0}, column {1}").format(cell[1], cell[2])
        if row:
            return self.tr("Row {0}").format(row[1])
        return error.field

    def _fill_problems(self) -> None:
        self.problems.clear()
        if self.state in ("invalid", "failed"):
            self.problems.addItems(self.error_lines())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the register from CSV"))
        self.heading.setText(self.tr("Import the register from CSV"))
        self.intro.setText(self.tr(
            "A UTF-8 CSV file (Excel: “CSV UTF-8”) with a header row and one data category "
            "per row. Lists are separated by “;”. Data items may be catalogue codes, names in "
            "Vietnamese or English, or your own items, which are created. Nothing is written "
            "unless every row is correct."))
        self.columns.setText(self.tr("Columns: {0}").format(", ".join(register_csv.COLUMNS)))
        self.choose_button.setText(self.tr("Choose file…"))
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.entries.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Type"),
                                                self.tr("Data subjects"), self.tr("Data items")])
        self.cancel_button.setText(self.tr("Cancel"))
        self.import_button.setText(self.tr("Import"))
        self._show_state()
