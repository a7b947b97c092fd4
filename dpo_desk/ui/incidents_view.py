"""Sự cố: personal data breaches (DOMAIN D4). The list with both 72-hour clocks ticking
live (the notice to the authority, D4.2, and to the people affected when location or
biometric data are involved, D4.5), and the selected incident in full: its facts, what the
notice still lacks, the timeline, the evidence files and the next steps of its workflow.
Every rule is core's (`incidents`, `attachments`); this screen shows and asks."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTemporaryDir,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import attachments, clock, incidents, rules, signing
from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.core.text import fold
from dpo_desk.ui.dialogs.incident_form import (
    SPECIAL_KINDS,
    TONES,
    WORDS,
    clock_state,
    clock_tone,
    local_with_offset,
    paint_tone,
)
from dpo_desk.ui.formatting import file_size, local_time
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.profile_form import long_captions
from dpo_desk.ui.register_model import SENSITIVE_MARK
from dpo_desk.ui.widgets import EmptyState, Page, Retranslating, label

CLOCK_ROLE = Qt.ItemDataRole.UserRole + 1  # (state, minutes) of a clock cell
TONE_ROLE = Qt.ItemDataRole.UserRole + 2  # "ok", "warn", "bad", "plain" or "muted"
ID_ROLE = Qt.ItemDataRole.UserRole
TICK_MS = 30_000
TABLE = incidents.TABLE
COLUMN_WIDTHS = {"id": 34, "detected_at": 118, "status": 132, "regime": 72, "notify_by": 118,
                 "countdown": 132, "sensitive": 94, "subjects": 140}


def notice_clock(incident: dict, now: datetime) -> tuple[str, int]:
    """The authority's clock (DOMAIN D4.2); none runs once the DPO assessed that no notice
    is due."""
    if not incident["notified_at"] and incident["notify_decision"] == "no_notify":
        return "not_required", 0
    return clock_state(datetime.fromisoformat(incident["notify_by"]), incident["notified_at"],
                       now)


def subjects_clock(incident: dict, now: datetime) -> tuple[str, int] | None:
    """The people's clock (DOMAIN D4.5), where location or biometric data are involved."""
    if not incident["subjects_notify_by"]:
        return None
    return clock_state(datetime.fromisoformat(incident["subjects_notify_by"]),
                       incident["subjects_notified_at"], now)


def special_kinds(incident: dict) -> list[str]:
    return sorted({k for c in incident["categories"] for k in c["special"]
                   if k in SPECIAL_KINDS})


class IncidentsModel(QAbstractTableModel):
    """The incidents (a company has a handful): rows from `incidents.list_incidents`, the
    text filter applied in Python. The clock cells are computed when painted, so `tick()`
    moves them on without a query."""

    COLUMNS = ("id", "detected_at", "title", "status", "regime", "notify_by", "countdown",
               "sensitive", "subjects")

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.rows: list[dict] = []
        self.total = 0
        self.now = clock.now()
        self.filters = {"status": "", "open_only": False, "text": ""}
        self.headers: tuple[str, ...] = self.COLUMNS
        self.retranslate()

    def set_filters(self, *, status: str = "", open_only: bool = False, text: str = "") -> None:
        self.filters = {"status": status, "open_only": open_only, "text": text}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.now = clock.now()
        rows = incidents.list_incidents(self.desk, status=self.filters["status"],
                                        open_only=self.filters["open_only"], now=self.now)
        self.total = len(incidents.list_incidents(self.desk)) if any(
            self.filters.values()) else len(rows)
        wanted = fold(self.filters["text"])
        self.rows = [r for r in rows if not wanted or wanted in self._haystack(r)]
        self.endResetModel()

    @staticmethod
    def _haystack(incident: dict) -> str:
        parts = [str(incident["id"]), *(incident[k] or "" for k in incidents.TEXT_FIELDS),
                 *incident["data_categories"]]
        return fold(" ".join(parts))

    def tick(self) -> None:
        """Move the clocks on to now (every 30 s): repaint the two clock columns only."""
        self.now = clock.now()
        if self.rows:
            for column in ("countdown", "subjects"):
                index = self.COLUMNS.index(column)
                self.dataChanged.emit(self.index(0, index), self.index(len(self.rows) - 1, index),
                                      [Qt.ItemDataRole.DisplayRole, CLOCK_ROLE, TONE_ROLE,
                                       Qt.ItemDataRole.ForegroundRole,
                                       Qt.ItemDataRole.BackgroundRole])

    def incident(self, row: int) -> dict | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, incident_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r["id"] == incident_id), -1)

    # -- cells -------------------------------------------------------------------------------

    def clock(self, incident: dict, column: str) -> tuple[str, int] | None:
        if column == "countdown":
            return notice_clock(incident, self.now)
        if column == "subjects":
            return subjects_clock(incident, self.now)
        return None

    def tone(self, incident: dict, column: str) -> str | None:
        if column == "sensitive":
            return "bad" if incident["sensitive"] else None
        stand = self.clock(incident, column)
        return clock_tone(*stand) if stand else None

    def text(self, incident: dict, column: str) -> str:
        if column == "id":
            return str(incident["id"])
        if column in ("detected_at", "notify_by"):
            return local_time(incident[column])
        if column == "status":
            return WORDS.statuses()[incident["status"]]
        if column == "regime":
            return WORDS.regimes(short=True)[incident["regime"]]
        if column == "countdown":
            return WORDS.clock(*notice_clock(incident, self.now))
        if column == "sensitive":
            return f"{SENSITIVE_MARK} {self.words['sensitive']}" if incident["sensitive"] else ""
        if column == "subjects":
            kinds = ", ".join(WORDS.specials()[k] for k in special_kinds(incident))
            stand = subjects_clock(incident, self.now)
            return f"{kinds}: {WORDS.clock(*stand)}" if kinds and stand else kinds
        return incident[column] or ""

    def tooltip(self, incident: dict, column: str) -> str:
        if column == "title":
            return incident["title"]
        if column in ("countdown", "notify_by"):
            basis = WORDS.deadline_basis(incident["regime"], bool(incident["occurred_at"]))
            tip = self.tr("Notify the Ministry of Public Security by {0} ({1}).").format(
                local_time(incident["notify_by"]), basis)
            if incident["notified_at"]:
                tip += "\n" + self.tr("Notice sent {0}.").format(
                    local_time(incident["notified_at"]))
            elif incident["notify_decision"] == "no_notify":
                tip += "\n" + self.tr("Assessed: no notice to the authority.")
            return tip
        if column == "sensitive" and incident["sensitive"]:
            names = [c["name"] for c in incident["categories"] if c["sensitive"]]
            if not names:
                return self.tr("Marked sensitive by the DPO.")
            return "\n".join([self.tr("Sensitive personal data:"),
                              *(f"\u2022 {n}" for n in names)])
        if column == "subjects" and special_kinds(incident):
            kinds = WORDS.special_data(special_kinds(incident))
            if incident["subjects_notify_by"]:
                return self.tr("Involves {0}: the people affected must be told within {1} hours "
                               "of discovery, by {2} (Decree 356, Art. 29).").format(
                    kinds, rules.SUBJECT_NOTICE_HOURS,
                    local_time(incident["subjects_notify_by"]))
            return self.tr("Involves {0}. Decree 13 sets no deadline for telling the people "
                           "affected; telling them is good practice.").format(kinds)
        return ""

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        incident = self.incident(index.row())
        if incident is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(incident, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(incident, column) or None
        if role == ID_ROLE:
            return incident["id"]
        if role == CLOCK_ROLE:
            return self.clock(incident, column)
        tone = self.tone(incident, column)
        if role == TONE_ROLE:
            return tone
        if role == Qt.ItemDataRole.ForegroundRole:
            if tone:
                return QBrush(QColor(TONES[tone][0]))
            return QBrush(QColor("#6b7590")) if incident["status"] == "closed" else None
        if role == Qt.ItemDataRole.BackgroundRole and tone and tone != "plain":
            return QBrush(QColor(TONES[tone][1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "id":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headers = (self.tr("#"), self.tr("Discovered"), self.tr("Title"),
                        self.tr("Status"), self.tr("Law"), self.tr("Notify by"),
                        self.tr("Time left"), self.tr("Data"),
                        self.tr("Location/biometric"))
        self.words = {"sensitive": self.tr("Sensitive")}
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))


class DropPane(QWidget):
    """The detail pane: files dropped onto it become evidence of the shown incident."""

    files_dropped = Signal(list)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAcceptDrops(True)

    @staticmethod
    def _local_files(event) -> list[str]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [u.toLocalFile() for u in data.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.isEnabled() and self._local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.isEnabled() and self._local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        files = self._local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)


class IncidentsView(Retranslating, Page):
    name, icon_name = "incidents", "incidents"
    STEPS = ("assessed", "contained", "authority_notified", "subjects_notified", "closed")

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.model = IncidentsModel(desk, self)
        self.message: QMessageBox | None = None  # the last error shown (tests read it)
        self.missing: list[str] = []
        self.document_dialog = None  # the last document or packet window (tests read it)
        self._intact: dict[int, bool] = {}  # hash checks, redone on refresh()
        self._reselecting = False
        self.open_folder = QTemporaryDir()  # copies opened for viewing; removed on exit

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_list())
        self.pages.addWidget(self._build_empty_state())
        self.body.addWidget(self.pages, 1)
        self.retranslate()

        # Filter as the user types, but query once they pause.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.open_only.toggled.connect(self.apply_filters)
        # The clocks tick without a query (DOMAIN D4.2: hours are counted exactly).
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.refresh()

    # -- construction ------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setObjectName("incidentSearch")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("incidentStatusFilter")
        self.status_filter.setMinimumWidth(190)
        for code in ("", *incidents.STATUSES):
            self.status_filter.addItem("", code)
        self.open_only = QCheckBox()
        self.open_only.setObjectName("incidentOpenOnly")
        self.count_label = label("muted")
        self.new_button = QPushButton()
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_record)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        bar.addWidget(self.open_only)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.new_button)

        self.table = QTableView()
        self.table.setObjectName("incidentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # titles get two lines (the full one in the tooltip)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing()
                                                          + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.model.COLUMNS.index("title"),
                                    QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(self.model.COLUMNS.index(column), width)
        self.table.doubleClicked.connect(lambda _index: self.edit_facts())
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self._build_detail())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 370])
        self.splitter = splitter

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        return page

    def _build_detail(self) -> QWidget:
        self.detail = DropPane()
        self.detail.setObjectName("incidentDetail")
        self.detail.files_dropped.connect(self.add_files)
        self.detail_title = label("cardTitle")
        self.detail_title.setMinimumWidth(120)
        self.detail_title.setWordWrap(True)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("incidentStatus")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editFacts")
        self.edit_button.clicked.connect(self.edit_facts)
        self.step_buttons: dict[str, QPushButton] = {}
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.detail_title, 1)
        header.addWidget(self.status_badge)
        header.addSpacing(8)
        header.addWidget(self.edit_button)
        for state in self.STEPS:
            button = QPushButton()
            button.setObjectName(f"step_{state}")
            button.clicked.connect(lambda _=False, s=state: self.run_step(s))
            self.step_buttons[state] = button
            header.addWidget(button)

        self.notice_line = QLabel()
        self.notice_line.setObjectName("noticeClock")
        self.notice_line.setWordWrap(True)
        self.subjects_line = QLabel()
        self.subjects_line.setObjectName("subjectsClock")
        self.subjects_line.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingFacts")
        self.missing_label.setWordWrap(True)
        paint_tone(self.missing_label, "warn")

        self.facts = QTextBrowser()
        self.facts.setObjectName("incidentFacts")
        self.facts.setOpenLinks(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("incidentTabs")
        self.timeline = QTextBrowser()
        self.timeline.setObjectName("incidentTimeline")
        self.timeline.setOpenLinks(False)
        self.events: list[dict] = []  # what the timeline shows (tests read it)
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self._build_attachments(), "")
        side = QSplitter(Qt.Orientation.Horizontal)
        side.setChildrenCollapsible(False)
        side.addWidget(self.facts)
        side.addWidget(self.tabs)
        side.setStretchFactor(0, 1)
        side.setStretchFactor(1, 1)
        side.setSizes([490, 490])

        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(header)
        clocks = QHBoxLayout()
        clocks.setSpacing(8)
        clocks.addWidget(self.notice_line, 1)
        clocks.addWidget(self.subjects_line, 1)
        layout.addLayout(clocks)
        layout.addWidget(self.missing_label)
        layout.addLayout(self._build_documents())
        layout.addWidget(side, 1)
        return self.detail

    def _build_documents(self) -> QHBoxLayout:
        """The documents of the incident (DOMAIN D4.3-D4.5) and its packet."""
        self.documents_caption = label("muted")
        self.document_buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.documents_caption)
        for kind in ("authority", "minutes", "subjects", "public"):
            button = QPushButton()
            button.setObjectName(f"document_{kind}")
            button.clicked.connect(lambda _=False, k=kind: self.open_document(k))
            self.document_buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)
        self.packet_button = QToolButton()
        self.packet_button.setObjectName("exportButton")  # the register's export menu look
        self.packet_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.packet_button)
        self.export_packet_action = menu.addAction("")
        self.export_packet_action.triggered.connect(lambda: self.export_packet())
        self.verify_packet_action = menu.addAction("")
        self.verify_packet_action.triggered.connect(lambda: self.verify_packet())
        self.packet_button.setMenu(menu)
        self.packet_button.setFixedHeight(self.document_buttons["minutes"].sizeHint().height())
        row.addWidget(self.packet_button)
        return row

    def _build_attachments(self) -> QWidget:
        self.files = QTableWidget(0, 5)
        self.files.setObjectName("attachmentTable")
        self.files.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.files.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.files.verticalHeader().hide()
        self.files.setWordWrap(False)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the extension
        header = self.files.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.files.doubleClicked.connect(lambda _index: self.open_attachment())
        self.files.itemSelectionChanged.connect(self._update_file_buttons)
        self.add_file_button = QPushButton()
        self.add_file_button.setObjectName("addAttachment")
        self.add_file_button.clicked.connect(self.choose_files)
        self.open_file_button = QPushButton()
        self.open_file_button.setObjectName("openAttachment")
        self.open_file_button.clicked.connect(lambda: self.open_attachment())
        self.remove_file_button = QPushButton()
        self.remove_file_button.setObjectName("danger")
        self.remove_file_button.clicked.connect(lambda: self.remove_attachment())
        self.drop_hint = label("muted", wrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.drop_hint)
        return page

    def _build_empty_state(self) -> QWidget:
        self.empty = EmptyState(self.icon_name)
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.new_record)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        layout = self.empty.layout()
        layout.insertSpacing(layout.count() - 1, 10)
        layout.insertLayout(layout.count() - 1, buttons)
        return self.empty

    # -- view protocol -----------------------------------------------------------------------

    def set_desk(self, desk) -> None:
        self.desk = desk
        self.model.desk = desk
        self.refresh()

    def refresh(self) -> None:
        """Re-read the incidents, keeping the filters and the selected one; the evidence
        files are checked against their hashes again."""
        selected = self.current_id()
        self._intact.clear()
        self._reselecting = True
        try:
            self._query()
            if (selected is None or not self.select_incident(selected)) and \
                    self.model.rowCount():
                self.table.selectRow(0)
        finally:
            self._reselecting = False
        self._show_detail()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record(self) -> int | None:
        """Ctrl+N: the form for a new incident; returns its id once saved."""
        return self.edit_incident(None)

    def show_incident(self, incident_id: int) -> bool:
        """Select an incident (other views link here), showing all if the filters hide it."""
        if self.model.row_of(incident_id) < 0:
            self.clear_filters()
        return self.select_incident(incident_id)

    def tick(self) -> None:
        self.model.tick()
        self._show_clocks(self.current())

    # -- filters and table -------------------------------------------------------------------

    def apply_filters(self) -> None:
        self._reselecting = True
        try:
            self._query()
            if self.model.rowCount():
                self.table.selectRow(0)
        finally:
            self._reselecting = False
        self._show_detail()

    def _query(self) -> None:
        self._debounce.stop()
        self.model.set_filters(status=self.status_filter.currentData() or "",
                               open_only=self.open_only.isChecked(),
                               text=self.search.text().strip())
        self.pages.setCurrentIndex(1 if self.model.total == 0 else 0)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count_label.setText(self.tr("%n incident(s)", "", total))
        else:
            self.count_label.setText(self.tr("%n of {0} incidents shown", "", shown)
                                     .format(total))

    def clear_filters(self) -> None:
        for widget, clear in ((self.search, self.search.clear),
                              (self.status_filter, lambda: self.status_filter.setCurrentIndex(0)),
                              (self.open_only, lambda: self.open_only.setChecked(False))):
            widget.blockSignals(True)
            clear()
            widget.blockSignals(False)
        self._query()

    def current(self) -> dict | None:
        return self.model.incident(self.table.currentIndex().row())

    def current_id(self) -> int | None:
        incident = self.current()
        return incident["id"] if incident else None

    def select_incident(self, incident_id: int) -> bool:
        row = self.model.row_of(incident_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # -- the detail pane ---------------------------------------------------------------------

    def _on_current_changed(self, *_) -> None:
        if not self._reselecting:  # a refresh shows the detail once, when it is done
            self._show_detail()

    def _show_detail(self, *_) -> None:
        incident = self.current()
        self.detail.setEnabled(incident is not None)
        self._show_header(incident)
        self._show_documents(incident)
        self._show_clocks(incident)
        self._show_missing(incident)
        self._show_facts(incident)
        self._show_timeline(incident)
        self._show_attachments(incident)

    def _show_header(self, incident: dict | None) -> None:
        allowed = incidents.TRANSITIONS[incident["status"]] if incident else ()
        for state, button in self.step_buttons.items():
            button.setVisible(state in allowed)
        self.edit_button.setVisible(incident is not None)
        self.status_badge.setVisible(incident is not None)
        if incident is None:
            self.detail_title.setText(self.tr("No incident selected"))
            return
        self.detail_title.setText(f"#{incident['id']} · {incident['title']}")
        self.detail_title.setToolTip(incident["title"])
        self.status_badge.setText(WORDS.statuses()[incident["status"]])
        paint_tone(self.status_badge, "muted" if incident["status"] == "closed" else "plain")

    def _show_documents(self, incident: dict | None) -> None:
        form = incident["notice_form"] if incident else rules.notice_form(clock.today())
        self.document_buttons["authority"].setText(
            self.tr("Authority notice (Mẫu {0})…").format(form))

    def _show_clocks(self, incident: dict | None) -> None:
        if incident is None:
            self.notice_line.hide()
            self.subjects_line.hide()
            return
        now = clock.now()
        stand = notice_clock(incident, now)
        basis = WORDS.deadline_basis(incident["regime"], bool(incident["occurred_at"]))
        text = self.tr("Notice to the Ministry of Public Security by {0} ({1}): {2}").format(
            local_time(incident["notify_by"]), basis, WORDS.clock(*stand))
        self.notice_line.setText(text)
        paint_tone(self.notice_line, clock_tone(*stand))
        self.notice_line.show()
        people = subjects_clock(incident, now)
        self.subjects_line.setVisible(people is not None)
        if people is not None:
            kinds = WORDS.special_data(special_kinds(incident))
            self.subjects_line.setText(self.tr(
                "Involves {0}: tell the people affected by {1} (Decree 356, Art. 29): {2}").format(
                kinds, local_time(incident["subjects_notify_by"]), WORDS.clock(*people)))
            paint_tone(self.subjects_line, clock_tone(*people))

    def missing_names(self, keys: list[str]) -> list[str]:
        facts, profile = WORDS.captions(), long_captions()
        out = []
        for key in keys:
            if key == "profile.dpo_phone_or_email":
                out.append(self.tr("Company profile: DPO's phone or email"))
            elif key.startswith("profile."):
                name = key.removeprefix("profile.")
                out.append(self.tr("Company profile: {0}").format(profile.get(name, name)))
            else:
                out.append(facts.get(key, key))
        return out

    def _show_missing(self, incident: dict | None) -> None:
        due = incident is not None and incident["notify_decision"] != "no_notify"
        self.missing = incidents.missing_notice_facts(self.desk, incident) if due else []
        self.missing_label.setVisible(bool(self.missing))
        if self.missing:
            names = "; ".join(self.missing_names(self.missing))
            self.missing_label.setText(self.tr("The notice to the authority still lacks: "
                                               "{0}").format(names))

    def _category_html(self, category: dict) -> str:
        """A data category concerned, with its flags: sensitive, location or biometric
        (DOMAIN D4.5), or unknown to the register and the catalogue."""
        def flag(text: str, style: str) -> str:
            return f"<span style='{style}'>{escape(text).replace(' ', '&nbsp;')}</span>"

        red = "color:#a11d1d"
        flags = []
        if category["sensitive"]:
            flags.append(flag(f"{SENSITIVE_MARK} {self.model.words['sensitive']}", red))
        flags += [flag(WORDS.specials()[k], red) for k in category["special"]
                  if k in SPECIAL_KINDS]
        if not category["known"]:
            flags.append(flag(self.tr("not in the register"),
                              "background:#fff1d6; color:#8a5a00"))
        elif category["register_entry"] is None:
            flags.append(flag(self.tr("catalogue item"), "color:#6b7590"))
        tail = f" — {' · '.join(flags)}" if flags else ""
        return f"\u2022 {escape(category['name'])}{tail}"

    def _facts_rows(self, incident: dict) -> list[tuple[str, str]]:
        """(caption, html) of every fact; empty facts are left out."""
        names, unknown = WORDS.captions(), self.tr("unknown")

        def text(key: str) -> str:
            return escape(incident[key] or "").replace("\n", "<br>")

        def count(key: str) -> str:
            value = incident[key]
            return f"<i style='color:#6b7590'>{escape(unknown)}</i>" if value is None else \
                escape(self.locale().toString(value))

        occurred = local_with_offset(incident["occurred_at"]) or \
            f"<i style='color:#6b7590'>{escape(unknown)}</i>"
        regime = WORDS.regimes()[incident["regime"]]
        decision = WORDS.decisions().get(incident["notify_decision"], "")
        if decision and incident["assessment"]:
            decision = f"<b>{escape(decision)}</b>: {text('assessment')}"
        late_reason = text("late_reason")
        if incident["late"] and not incident["late_reason"]:
            missing = escape(self.tr("missing"))
            late_reason = f"<span style='color:#a11d1d'>{missing}</span>"
        rows = [
            (names["occurred_at"], occurred),
            (names["detected_at"], escape(local_with_offset(incident["detected_at"]))),
            (self.tr("Law"), escape(regime)),
            (names["location"], text("location")),
            (names["description"], text("description")),
            (names["cause"], text("cause")),
            (names["parties_involved"], text("parties_involved")),
            (names["data_categories"], "<br>".join(self._category_html(c)
                                                   for c in incident["categories"])),
            (names["subjects_count"], count("subjects_count")),
            (names["records_count"], count("records_count")),
            (names["consequences"], text("consequences")),
            (names["measures"], text("measures")),
            (names["measures_planned"], text("measures_planned")),
            (names["reporter"], text("reporter")),
            (names["notify_decision"], decision),
            (names["submission_channel"],
             escape(WORDS.channels().get(incident["submission_channel"], ""))),
            (names["notified_at"], escape(local_with_offset(incident["notified_at"]))),
            (names["notice_reference"], text("notice_reference")),
            (names["late_reason"], late_reason if incident["late"] or
             incident["late_reason"] else ""),
            (names["subjects_notified_at"],
             escape(local_with_offset(incident["subjects_notified_at"]))),
        ]
        return [(k, v) for k, v in rows if v]

    def _show_facts(self, incident: dict | None) -> None:
        if incident is None:
            hint = escape(self.tr("Select an incident to see its facts, timeline and "
                                  "evidence, or record a new one (Ctrl+N)."))
            self.facts.setHtml(f"<p style='color:#6b7590'>{hint}</p>")
            return
        cells = "".join(
            f"<tr><td style='color:#5b6680; padding:2px 14px 4px 0' valign='top'>"
            f"{escape(k)}</td><td style='padding-bottom:4px'>{v}</td></tr>"
            for k, v in self._facts_rows(incident))
        self.facts.setHtml(f"<table cellspacing='0' cellpadding='0'>{cells}</table>")

    def timeline_events(self, incident: dict) -> list[dict]:
        """What happened and what was recorded, oldest first (DOMAIN D4.6): occurrence and
        discovery from the facts, then each audited step at the time it was taken."""
        events = []
        if incident["occurred_at"]:
            events.append({"key": "occurred", "at": incident["occurred_at"], "actor": "",
                           "text": self.tr("Occurred"), "detail": "", "recorded": ""})
        reporter = incident["reporter"]
        events.append({"key": "detected", "at": incident["detected_at"], "actor": "",
                       "text": self.tr("Discovered"), "recorded": "",
                       "detail": f"{WORDS.captions()['reporter']}: {reporter}" if reporter
                       else ""})
        for entry in incidents.timeline(self.desk, incident["id"]):
            events.append(self._timeline_event(entry))
        return sorted(events, key=lambda e: datetime.fromisoformat(e["at"]))

    def _timeline_event(self, entry: dict) -> dict:
        after = {name: new for name, _old, new in entry["changes"]}
        note = entry["note"] or ""
        event = {"at": entry["at"], "actor": entry["actor"], "recorded": entry["at"],
                 "detail": ""}
        if note == "incident logged":
            return {**event, "key": "logged", "text": self.tr("Incident logged")}
        state = note.partition(" → ")[2]
        if state in incidents.STATUSES:
            moment = after.get(incidents.STEP_TIMES.get(state, ""))
            return {**event, "key": state, "at": moment or entry["at"],
                    "text": WORDS.statuses()[state], "detail": self._step_detail(after)}
        names = WORDS.captions()
        fields = [names.get(n, n) for n in after if n in incidents.FIELDS]
        return {**event, "key": "edited", "text": self.tr("Facts edited"),
                "detail": ", ".join(fields)}

    @staticmethod
    def _step_detail(after: dict) -> str:
        """What a step recorded besides its time: the decision and why, how the notice
        was sent, its reference, the reason it was late."""
        names = WORDS.captions()
        parts = []
        decision = WORDS.decisions().get(after.get("notify_decision") or "")
        if decision:
            parts.append(f"{decision}: {after['assessment']}" if after.get("assessment")
                         else decision)
        if after.get("submission_channel"):
            parts.append(WORDS.channels()[after["submission_channel"]])
        for key in ("notice_reference", "late_reason"):
            if after.get(key):
                parts.append(f"{names[key]}: {after[key]}")
        return "\n".join(parts)

    def _show_timeline(self, incident: dict | None) -> None:
        self.events = self.timeline_events(incident) if incident else []
        rows = []
        for event in self.events:
            who = f" <span style='color:#6b7590'>· {escape(event['actor'])}</span>" \
                if event["actor"] else ""
            lines = [f"<b>{escape(event['text'])}</b>{who}"]
            lines += [escape(line) for line in event["detail"].splitlines()]
            if event["recorded"] and local_time(event["recorded"]) != local_time(event["at"]):
                recorded = self.tr("recorded {0}").format(local_time(event["recorded"]))
                lines.append(f"<span style='color:#9aa6c0'>{escape(recorded)}</span>")
            rows.append(f"<tr><td style='color:#5b6680; padding:0 12px 8px 0' valign='top'>"
                        f"{local_time(event['at']).replace(' ', '&nbsp;')}</td>"
                        f"<td style='padding-bottom:8px'>{'<br>'.join(lines)}</td></tr>")
        self.timeline.setHtml(f"<table cellspacing='0' cellpadding='0'>{''.join(rows)}</table>")
        self.tabs.setTabText(0, self.tr("Timeline ({0})").format(len(self.events)))

    def _show_attachments(self, incident: dict | None) -> None:
        self.files.setRowCount(0)
        rows = attachments.list_for(self.desk, TABLE, incident["id"]) if incident else []
        for row, item in enumerate(rows):
            if item["id"] not in self._intact:  # reads and hashes the whole file
                self._intact[item["id"]] = attachments.intact(self.desk, item["id"])
            intact = self._intact[item["id"]]
            self.files.insertRow(row)
            cells = (item["filename"], file_size(item["bytes"]), item["sha256"][:12],
                     "\u2713" if intact else "\u2717", local_time(item["added_at"]))
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setData(ID_ROLE, item["id"])
                self.files.setItem(row, column, cell)
            self.files.item(row, 0).setToolTip(item["filename"])
            self.files.item(row, 2).setToolTip(f"SHA-256 {item['sha256']}")
            mark = self.files.item(row, 3)
            mark.setData(TONE_ROLE, intact)
            mark.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setForeground(QBrush(QColor(TONES["ok" if intact else "bad"][0])))
            mark.setToolTip(self.tr("The file matches its SHA-256 hash.") if intact else
                            self.tr("The file no longer matches its SHA-256 hash: it was "
                                    "altered after it was attached."))
        self.tabs.setTabText(1, self.tr("Evidence files ({0})").format(len(rows)))
        self._update_file_buttons()

    def _update_file_buttons(self) -> None:
        chosen = self.current_attachment() is not None
        self.open_file_button.setEnabled(chosen)
        self.remove_file_button.setEnabled(chosen)

    # -- evidence files ----------------------------------------------------------------------

    def current_attachment(self) -> int | None:
        row = self.files.currentRow()
        cell = self.files.item(row, 0) if row >= 0 and self.files.selectedItems() else None
        return cell.data(ID_ROLE) if cell else None

    def choose_files(self) -> list[int]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"),
                                                str(Path(self.desk.path).parent))
        return self.add_files(paths) if paths else []

    def add_files(self, paths: list[str]) -> list[int]:
        """Attach files to the shown incident (file dialog or drag and drop); core keeps
        each with its SHA-256 and audits it. Returns the new attachment ids."""
        incident_id = self.current_id()
        if incident_id is None:
            return []
        added, problems = [], []
        for path in paths:
            try:
                added.append(attachments.add(self.desk, TABLE, incident_id, path))
            except ValidationError as error:
                problems += [f"{Path(e.field).name}: {core_message(e)}" for e in error.errors]
            except DeskError as error:
                problems.append(str(error))
        self.refresh()
        self.tabs.setCurrentIndex(1)
        if problems:
            self.show_error(self.tr("Some files were not attached"), "\n".join(problems))
        return added

    def _file_name(self, attachment_id: int) -> str:
        for row in range(self.files.rowCount()):
            if self.files.item(row, 0).data(ID_ROLE) == attachment_id:
                return self.files.item(row, 0).text()
        return str(attachment_id)

    def open_attachment(self, attachment_id: int | None = None) -> Path | None:
        """Write a copy to a temporary folder and open it with the system's viewer."""
        attachment_id = attachment_id or self.current_attachment()
        if attachment_id is None:
            return None
        name = self._file_name(attachment_id)
        folder = Path(self.open_folder.path()) / str(attachment_id)
        folder.mkdir(exist_ok=True)
        try:
            copy = attachments.save_copy(self.desk, attachment_id, folder / name)
        except (DeskError, OSError) as error:
            self.show_error(self.tr("Cannot open the file"), str(error))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def remove_attachment(self, attachment_id: int | None = None, *,
                          confirm: bool = True) -> bool:
        attachment_id = attachment_id or self.current_attachment()
        if attachment_id is None:
            return False
        name = self._file_name(attachment_id)
        if confirm and not self._confirm(self.tr("Remove the file"), self.tr(
                "Remove “{0}” from the evidence of this incident? The removal is kept in "
                "the audit log.").format(name), self.tr("Remove")):
            return False
        attachments.remove(self.desk, attachment_id)
        self.refresh()
        return True

    # -- documents and packets ---------------------------------------------------------------

    def open_document(self, kind: str):
        """A document of the shown incident in a window of its own: "authority", "minutes",
        "subjects" (made and previewed) or "public" (the text of a public notice)."""
        incident_id = self.current_id()
        if incident_id is None:
            return None
        from dpo_desk.ui.dialogs.document import DocumentDialog, PublicNoticeDialog

        dialog = PublicNoticeDialog(self.desk, incident_id, self) if kind == "public" else \
            DocumentDialog(self.desk, kind, incident_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document_dialog = dialog
        dialog.show()
        return dialog

    def export_packet(self, path: str | Path | None = None):
        """Ask for the zip (unless `path` is given), then build the packet in a worker with
        a progress bar and Cancel."""
        incident_id = self.current_id()
        if incident_id is None:
            return None
        from dpo_desk.ui.dialogs.packet import PacketExportDialog

        dialog = PacketExportDialog(self.desk, incident_id, self)
        path = path or dialog.ask_target()
        if not path:
            dialog.deleteLater()
            return None
        return self._open_packet_dialog(dialog, path)

    def verify_packet(self, path: str | Path | None = None):
        """Ask for a packet (unless `path` is given) and check every file of it."""
        from dpo_desk.ui.dialogs.packet import PacketVerifyDialog

        dialog = PacketVerifyDialog(self, company_key=signing.fingerprint(self.desk))
        path = path or dialog.ask_source(Path(self.desk.path).parent)
        if not path:
            dialog.deleteLater()
            return None
        return self._open_packet_dialog(dialog, path)

    def _open_packet_dialog(self, dialog, path: str | Path):
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document_dialog = dialog
        dialog.start(path)
        dialog.open()
        return dialog

    # -- workflow ----------------------------------------------------------------------------

    def form_dialog(self, incident_id: int | None = None):
        from dpo_desk.ui.dialogs.incident_form import IncidentFormDialog

        return IncidentFormDialog(self.desk, incident_id, self)

    def edit_incident(self, incident_id: int | None) -> int | None:
        """Open the form; returns the id of the saved incident, None when cancelled."""
        dialog = self.form_dialog(incident_id)
        saved = dialog.exec() == dialog.DialogCode.Accepted
        dialog.deleteLater()
        if not saved:
            return None
        self.refresh()
        self.show_incident(dialog.incident_id)
        return dialog.incident_id

    def edit_facts(self) -> int | None:
        incident_id = self.current_id()
        return self.edit_incident(incident_id) if incident_id is not None else None

    def step_dialog(self, state: str):
        from dpo_desk.ui.dialogs.incident_step import IncidentStepDialog

        return IncidentStepDialog(self.desk, self.current_id(), state, self)

    def run_step(self, state: str, *, confirm: bool = True) -> bool:
        """One step of the workflow: the assessment and the notice ask for details in a
        dialog; the other steps are recorded now."""
        incident = self.current()
        if incident is None:
            return False
        from dpo_desk.ui.dialogs.incident_step import STEPS_WITH_DIALOG

        if state in STEPS_WITH_DIALOG:
            dialog = self.step_dialog(state)
            done = dialog.exec() == dialog.DialogCode.Accepted
            dialog.deleteLater()
        else:
            if confirm and state == "closed" and not self._confirm(
                    self.tr("Close the incident"), self.tr(
                        "Close “{0}”? Its record, timeline and evidence are kept.").format(
                        incident["title"]), self.tr("Close the incident")):
                return False
            try:
                incidents.transition(self.desk, incident["id"], state)
                done = True
            except ValidationError as error:
                self.show_error(self.tr("Step not recorded"),
                                "\n".join(core_message(e) for e in error.errors))
                done = False
        self.refresh()
        return done

    # -- messages ----------------------------------------------------------------------------

    def show_error(self, title: str, text: str) -> None:
        """A window-modal message that does not block the caller."""
        self.message = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        self.message.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
        self.message.open()

    def _confirm(self, title: str, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is yes

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Breach incidents"))
        self.subtitle.setText(self.tr(
            "Personal data breaches, the 72-hour clock and the notice to the Ministry of "
            "Public Security."))
        self.search.setPlaceholderText(self.tr("Search title, place, data… (Ctrl+F)"))
        self.status_filter.setItemText(0, self.tr("All states"))
        for code, name in WORDS.statuses().items():
            self.status_filter.setItemText(self.status_filter.findData(code), name)
        self.open_only.setText(self.tr("Open only"))
        self.new_button.setText(self.tr("New incident"))
        self.new_button.setToolTip(self.tr("Record a breach (Ctrl+N)"))
        self.edit_button.setText(self.tr("Edit facts…"))
        texts = {"assessed": self.tr("Assess…"), "contained": self.tr("Contained"),
                 "authority_notified": self.tr("Notify authority…"),
                 "subjects_notified": self.tr("Subjects notified"), "closed": self.tr("Close")}
        tips = {"assessed": self.tr("Record whether the breach must be notified, and why"),
                "contained": self.tr("The breach is stopped and contained"),
                "authority_notified": self.tr("Record the notice sent to the Ministry of "
                                              "Public Security"),
                "subjects_notified": self.tr("The people affected have been told"),
                "closed": self.tr("Close the incident")}
        for state, button in self.step_buttons.items():
            button.setText(texts[state])
            button.setToolTip(tips[state])
        self.documents_caption.setText(self.tr("Documents:"))
        self.document_buttons["authority"].setToolTip(self.tr(
            "The notice to the Ministry of Public Security on the official form: Mẫu số 08 "
            "(Law 91), Mẫu số 03 for incidents before 2026 (Decree 13)"))
        self.document_buttons["minutes"].setText(self.tr("Minutes…"))
        self.document_buttons["minutes"].setToolTip(self.tr(
            "The minutes confirming the violation, for the parties to sign"))
        self.document_buttons["subjects"].setText(self.tr("Subject notice…"))
        self.document_buttons["subjects"].setToolTip(self.tr(
            "The notice to the people whose data were affected"))
        self.document_buttons["public"].setText(self.tr("Public notice…"))
        self.document_buttons["public"].setToolTip(self.tr(
            "The text of a notice for the website or app, to copy"))
        self.packet_button.setText(self.tr("Packet"))
        self.export_packet_action.setText(self.tr("Export packet…"))
        self.export_packet_action.setToolTip(self.tr(
            "Everything about the incident in one zip whose files carry their SHA-256 hashes"))
        self.verify_packet_action.setText(self.tr("Verify packet…"))
        self.verify_packet_action.setToolTip(self.tr(
            "Check that no file of a packet was added, removed or altered"))
        self.packet_button.setToolTip(self.tr(
            "The incident packet: export it as a zip, or verify one received back"))
        self.add_file_button.setText(self.tr("Add files…"))
        self.open_file_button.setText(self.tr("Open"))
        self.remove_file_button.setText(self.tr("Remove"))
        self.drop_hint.setText(self.tr(
            "Drop files onto this pane to attach them as evidence. Each is kept in the "
            "database with its SHA-256 hash."))
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), "SHA-256",
                                              "\u2713", self.tr("Added")])
        self.files.horizontalHeaderItem(3).setToolTip(self.tr(
            "Intact: the stored file still matches the SHA-256 hash taken when it was "
            "attached"))
        self.empty.heading.setText(self.tr("No incident recorded"))
        self.empty.text.setText(self.tr(
            "When personal data are lost, leaked, altered or accessed without permission, "
            "record the incident at once: the Ministry of Public Security must be notified "
            "within {0} hours of its discovery.").format(rules.BREACH_NOTICE_HOURS))
        self.start_button.setText(self.tr("Record an incident"))
        self.model.retranslate()
        if hasattr(self, "timer"):  # not during construction
            self._update_count()
            self._show_detail()
