"""Sự cố: personal data breaches (DOMAIN D4). The list with both 72-hour clocks ticking
live (the notice to the authority, D4.2, and to the people affected when location or
biometric data are involved, D4.5) over the selected incident in full (`IncidentDetail`),
and the steps of its workflow, its documents and packets. Every rule is core's
(`incidents`, `attachments`); this screen shows and asks."""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QWidget,
)

from dpo_desk.core import incidents, rules, signing
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.dialogs.incident_form import WORDS
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.incident_detail import IncidentDetail
from dpo_desk.ui.incidents_model import IncidentsModel
from dpo_desk.ui.jobs import JobRunner
from dpo_desk.ui.widgets import (
    ListPage,
    Retranslating,
    ask,
    hbox,
    label,
    push_button,
    record_table,
    run_dialog,
    search_box,
    vbox,
    warn,
)

TICK_MS = 30_000
LIST_ROWS_SHOWN = 3  # the list keeps room for this many incidents however long the detail
COLUMN_WIDTHS = {"id": 34, "detected_at": 118, "status": 132, "regime": 72, "notify_by": 118,
                 "countdown": 132, "sensitive": 94, "subjects": 140}


class IncidentsView(Retranslating, ListPage):
    name, icon_name = "incidents", "incidents"

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.model = IncidentsModel(desk, self)
        self.message = None  # the last error shown (tests read it)
        self.document_dialog = None  # the last document or packet window (tests read it)
        self._reselecting = False
        self.finalise_runner = JobRunner(self)  # the minutes kept as signed
        self.finalise_runner.finished.connect(self._on_finalised)

        self.add_pages(self._build_list(), self._build_empty_state())
        self.retranslate()

        self._debounce = self.debounce(self.apply_filters, 250, self.search)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.open_only.toggled.connect(self.apply_filters)
        # The clocks tick without a query (DOMAIN D4.2: hours are counted exactly).
        self.timer = self.every(TICK_MS, self.tick)
        self.refresh()

    # -- construction ------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        self.search = search_box("incidentSearch")
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("incidentStatusFilter")
        self.status_filter.setMinimumWidth(190)
        for code in ("", *incidents.STATUSES):
            self.status_filter.addItem("", code)
        self.open_only = QCheckBox()
        self.open_only.setObjectName("incidentOpenOnly")
        self.count_label = label("muted")
        self.new_button = push_button("primary", self.new_record)
        bar = hbox((self.search, 3), (self.status_filter, 1), self.open_only, self.count_label,
                   None, self.new_button, spacing=8)

        # titles get two lines (the full one in the tooltip)
        self.table = record_table("incidentTable", self.model, wrap=True,
                                  row_height=2 * self.fontMetrics().lineSpacing() + 10)
        header = self.table.horizontalHeader()
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
        self.detail = IncidentDetail(self.desk)
        self.detail.edit_requested.connect(self.edit_facts)
        self.detail.step_requested.connect(self.run_step)
        self.detail.document_requested.connect(self.open_document)
        self.detail.finalise_requested.connect(self.finalise_minutes)
        self.detail.export_requested.connect(lambda: self.export_packet())
        self.detail.verify_requested.connect(lambda: self.verify_packet())
        self.detail.changed.connect(self.refresh)
        # The detail scrolls rather than squeezing the list: at 960x700 its buttons and
        # banners alone took all but one row of the list.
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setObjectName("incidentDetailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self.detail)
        self.detail_scroll.viewport().setAutoFillBackground(False)
        self.detail.setAutoFillBackground(False)
        splitter.addWidget(self.detail_scroll)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + LIST_ROWS_SHOWN * self.table.verticalHeader()
                                    .defaultSectionSize() + 2 * self.table.frameWidth())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 370])
        self.splitter = splitter

        page = QWidget()
        vbox(bar, (splitter, 1), margins=0, spacing=10, parent=page)
        return page

    # -- view protocol -----------------------------------------------------------------------

    def set_desk(self, desk) -> None:
        self.detail.desk = desk
        super().set_desk(desk)

    def refresh(self) -> None:
        """Re-read the incidents, keeping the filters and the selected one; the evidence
        files are checked against their hashes again."""
        selected = self.current_id()
        self.detail.recheck()
        self._reselecting = True
        try:
            self._query()
            if (selected is None or not self.select_incident(selected)) and \
                    self.model.rowCount():
                self.table.selectRow(0)
        finally:
            self._reselecting = False
        self._show_detail()

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
        self.detail.show_clocks(self.current())

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

    current = ListPage.current_record
    select_incident = ListPage.select_record

    def _on_current_changed(self, *_) -> None:
        if not self._reselecting:  # a refresh shows the detail once, when it is done
            self._show_detail()

    def _show_detail(self) -> None:
        self.detail.show_incident(self.current())

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

    def finalise_minutes(self, *, confirm: bool = True) -> bool:
        """Keep the minutes of the shown incident as signed (DOMAIN D4.4), through the core
        function of `dpo-desk letter minutes --final`, in a worker (a document takes up to
        350 ms to make). Refused, naming what is missing, when their facts are incomplete.
        Returns whether the job was started."""
        incident = self.current()
        if incident is None or self.finalise_runner.busy():
            return False
        if confirm and not ask(self, self.tr("Finalise the minutes"), self.tr(
                "Keep the minutes of “{0}” as they are now, to be signed? They are kept with "
                "their SHA-256 and never drawn up again: their meeting's facts can no longer "
                "be changed.").format(incident["title"]), self.tr("Finalise")):
            return False
        from dpo_desk.core import letters

        incident_id = incident["id"]

        def job(desk, _worker) -> None:
            letters.minutes(desk, incident_id, io.BytesIO(), final=True)

        self.finalise_runner.start(self.desk.path, job)
        return True

    def _on_finalised(self, outcome) -> None:
        if isinstance(outcome, ValidationError):
            names = self.detail.missing_names([e.field for e in outcome.errors
                                               if e.field != "final"])
            texts = [core_message(e) for e in outcome.errors if e.field == "final"]
            self.message = warn(self, self.tr("The minutes were not finalised"), "\n".join(
                texts + ([self.tr("Missing: {0}").format("; ".join(names))] if names else [])))
        elif isinstance(outcome, Exception):
            self.message = warn(self, self.tr("The minutes were not finalised"), str(outcome))
        self.refresh()

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
        return self.edit_record(self.form_dialog(incident_id))

    def after_save(self, incident_id: int) -> None:
        self.refresh()  # its evidence checked again too
        super().after_save(incident_id)

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
            done = run_dialog(dialog)
        else:
            if confirm and state == "closed" and not ask(self,
                    self.tr("Close the incident"), self.tr(
                        "Close “{0}”? Its record, timeline and evidence are kept.").format(
                        incident["title"]), self.tr("Close the incident")):
                return False
            try:
                incidents.transition(self.desk, incident["id"], state)
                done = True
            except ValidationError as error:
                self.message = warn(self, self.tr("Step not recorded"),
                                "\n".join(core_message(e) for e in error.errors))
                done = False
        self.refresh()
        return done

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_heading(self.tr("Breach incidents"), self.tr(
            "Personal data breaches, the 72-hour clock and the notice to the Ministry of "
            "Public Security."))
        self.search.setPlaceholderText(self.tr("Search title, place, data… (Ctrl+F)"))
        self.status_filter.setItemText(0, self.tr("All states"))
        for code, name in WORDS.statuses().items():
            self.status_filter.setItemText(self.status_filter.findData(code), name)
        self.open_only.setText(self.tr("Open only"))
        self.new_button.setText(self.tr("New incident"))
        self.new_button.setToolTip(self.tr("Record a breach (Ctrl+N)"))
        self.empty.heading.setText(self.tr("No incident recorded"))
        self.empty.text.setText(self.tr(
            "When personal data are lost, leaked, altered or accessed without permission, "
            "record the incident at once: the Ministry of Public Security must be notified "
            "within {0} hours of its discovery.").format(rules.BREACH_NOTICE_HOURS))
        self.start_button.setText(self.tr("Record an incident"))
        self.model.retranslate()
        self.detail.retranslate()
        if hasattr(self, "timer"):  # not during construction
            self._update_count()
            self._show_detail()

