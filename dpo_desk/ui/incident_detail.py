"""The selected incident in full (DOMAIN D4): its facts, both 72-hour clocks, what the
notice still lacks, the timeline, the evidence files (dropped onto the pane or added) and the
buttons of its workflow and documents, which the incidents view carries out."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QTemporaryDir, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QWidget,
)

from dpo_desk.core import attachments, clock, incidents, rules
from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.ui.dialogs.incident_form import (
    TONES,
    WORDS,
    clock_tone,
    local_with_offset,
    paint_tone,
)
from dpo_desk.ui.formatting import file_size, local_time
from dpo_desk.ui.i18n import core_message, event_text
from dpo_desk.ui.incidents_model import (
    ID_ROLE,
    TONE_ROLE,
    special_kinds,
)
from dpo_desk.ui.profile_form import long_captions
from dpo_desk.ui.register_model import SENSITIVE_MARK, ui_language
from dpo_desk.ui.widgets import (
    FlowLayout,
    ask,
    hbox,
    keep_wrapped_height,
    label,
    push_button,
    text_browser,
    vbox,
    warn,
)

TABLE = incidents.TABLE


class IncidentDetail(QWidget):
    """The detail pane of the incidents view. Files dropped onto it become evidence of the
    shown incident; its buttons ask the view to edit, step, make documents or packets."""

    STEPS = ("assessed", "contained", "authority_notified", "subjects_notified", "closed")
    edit_requested = Signal()
    step_requested = Signal(str)
    document_requested = Signal(str)
    finalise_requested = Signal()  # the minutes as signed (DOMAIN D4.4)
    export_requested = Signal()
    verify_requested = Signal()
    changed = Signal()  # evidence added or removed: the view refreshes

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.incident: dict | None = None
        self.message = None  # the last error shown (tests read it)
        self.missing: list[str] = []
        self.events: list[dict] = []  # what the timeline shows (tests read it)
        self._intact: dict[int, bool] = {}  # hash checks, redone by recheck()
        self._files: dict[int, dict] = {}  # the attachments shown, by id
        self.open_folder = QTemporaryDir()  # copies opened for viewing; removed on exit
        self.setObjectName("incidentDetail")
        self.setAcceptDrops(True)
        self._build()

    # -- dropped files -----------------------------------------------------------------------

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
            self.add_files(files)

    # -- construction ------------------------------------------------------------------------

    def _build(self) -> None:
        self.detail_title = label("cardTitle")
        self.detail_title.setMinimumWidth(120)
        self.detail_title.setWordWrap(True)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("incidentStatus")
        self.edit_button = push_button("editFacts", self.edit_requested)
        self.step_buttons: dict[str, QPushButton] = {}
        header = hbox((self.detail_title, 1), self.status_badge, spacing=8)
        # the edit and step buttons under the title, in a row that wraps in a narrow window
        steps = FlowLayout(spacing=6)
        steps.addWidget(self.edit_button)
        for state in self.STEPS:
            button = push_button(f"step_{state}",
                                 lambda _=False, s=state: self.step_requested.emit(s))
            self.step_buttons[state] = button
            steps.addWidget(button)

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

        self.facts = text_browser("incidentFacts")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("incidentTabs")
        self.timeline = text_browser("incidentTimeline")
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

        layout = vbox(header, steps, margins=(0, 8, 0, 0), spacing=6, parent=self)
        clocks = hbox((self.notice_line, 1), (self.subjects_line, 1), spacing=8)
        layout.addLayout(clocks)
        layout.addWidget(self.missing_label)
        layout.addLayout(self._build_documents())
        layout.addWidget(side, 1)
        keep_wrapped_height(self)  # the wrapped button rows are not squeezed by the splitter

    def _build_documents(self) -> FlowLayout:
        """The documents of the incident (DOMAIN D4.3-D4.5) and its packet, in a row that
        wraps in a narrow window."""
        self.documents_caption = label("muted")
        self.document_buttons: dict[str, QPushButton] = {}
        row = FlowLayout(spacing=6)
        row.addWidget(self.documents_caption)
        for kind in ("authority", "minutes", "subjects", "public"):
            button = push_button(f"document_{kind}",
                                 lambda _=False, k=kind: self.document_requested.emit(k))
            self.document_buttons[kind] = button
            row.addWidget(button)
            if kind == "minutes":
                self.finalise_button = push_button("finaliseMinutes", self.finalise_requested)
                row.addWidget(self.finalise_button)
        self.packet_button = QToolButton()
        self.packet_button.setObjectName("exportButton")  # the register's export menu look
        self.packet_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.packet_button)
        self.export_packet_action = menu.addAction("")
        self.export_packet_action.triggered.connect(self.export_requested)
        self.verify_packet_action = menu.addAction("")
        self.verify_packet_action.triggered.connect(self.verify_requested)
        self.packet_button.setMenu(menu)
        self.packet_button.setFixedHeight(self.document_buttons["minutes"].sizeHint().height())
        row.addWidget(self.packet_button)
        return row

    def _build_attachments(self) -> QWidget:
        self.files = QTableWidget(0, 6)
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
        self.add_file_button = push_button("addAttachment", self.choose_files)
        self.open_file_button = push_button("openAttachment", lambda: self.open_attachment())
        self.remove_file_button = push_button("danger", lambda: self.remove_attachment())
        self.describe_file_button = push_button("describeAttachment",
                                                lambda: self.describe_attachment())
        self.drop_hint = label("muted", wrap=True)
        buttons = hbox(self.add_file_button, self.open_file_button, self.describe_file_button,
                       self.remove_file_button, None)
        page = QWidget()
        vbox((self.files, 1), buttons, self.drop_hint, margins=6, parent=page)
        return page

    # -- showing an incident ----------------------------------------------------------------

    def show_incident(self, incident: dict | None) -> None:
        """Show `incident` (None: none is selected)."""
        self.incident = incident
        self.setEnabled(incident is not None)
        self._show_header(incident)
        self._show_documents(incident)
        self.show_clocks(incident)
        self._show_missing(incident)
        self._show_facts(incident)
        self._show_timeline(incident)
        self._show_attachments(incident)

    def recheck(self) -> None:
        """Check the evidence files against their hashes again when next shown."""
        self._intact.clear()

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
        # DOMAIN D4.4: once final, the minutes are kept as signed and never drawn up again
        self.minutes_final = incident is not None and incidents.kept_document(
            self.desk, incident["id"], "minutes") is not None
        self.finalise_button.setVisible(incident is not None and not self.minutes_final)
        self._show_minutes_button()

    def _show_minutes_button(self) -> None:
        final = getattr(self, "minutes_final", False)
        button = self.document_buttons["minutes"]
        button.setText(self.tr("Minutes (final)…") if final else self.tr("Minutes…"))
        button.setToolTip(self.tr("The minutes as they were signed, kept with their SHA-256")
                          if final else self.tr(
                              "The minutes confirming the violation, for the parties to sign"))

    def show_clocks(self, incident: dict | None) -> None:
        if incident is None:
            self.notice_line.hide()
            self.subjects_line.hide()
            return
        now = clock.now()
        stand = rules.notice_clock(incident, now)
        basis = WORDS.deadline_basis(incident["regime"], bool(incident["occurred_at"]))
        text = self.tr("Notice to the Ministry of Public Security by {0} ({1}): {2}").format(
            local_time(incident["notify_by"]), basis, WORDS.clock(*stand))
        self.notice_line.setText(text)
        paint_tone(self.notice_line, clock_tone(*stand))
        self.notice_line.show()
        people = rules.subjects_clock(incident, now)
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
            sensitive = self.tr("Sensitive")
            flags.append(flag(f"{SENSITIVE_MARK} {sensitive}", red))
        flags += [flag(WORDS.specials()[k], red)
                  for k in rules.subject_notice_kinds([category])]
        if not category["known"]:
            flags.append(flag(self.tr("not in the register"),
                              "background:#fff1d6; color:#8a5a00"))
        elif category["register_entry"] is None:
            flags.append(flag(self.tr("catalogue item"), "color:#6b7590"))
        tail = f" — {' · '.join(flags)}" if flags else ""
        return f"\u2022 {escape(category['name'])}{tail}"

    def _items_html(self, incident: dict) -> str:
        """The items the breach exposed (DOMAIN D4.3), sensitive ones marked; a proposal
        not yet confirmed says so."""
        language = ui_language()
        items = [(f"<span style='color:#a11d1d'>{SENSITIVE_MARK} " if d["sensitive"] else
                  "<span>") + escape(d["label_en" if language == "en" else "label_vi"])
                 + "</span>" for d in incident["exposed"]]
        if not items:
            return ""
        shown = "; ".join(items)
        if not incident["items_confirmed"]:
            note = escape(self.tr("proposed from the register, not confirmed"))
            shown += f"<br><i style='background:#fff1d6; color:#8a5a00'>{note}</i>"
        return shown

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
            (names["exposed_items"], self._items_html(incident)),
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
        event = {"at": entry["at"], "actor": entry["actor"], "recorded": entry["at"],
                 "detail": ""}
        if entry["event"] == "incident_logged":
            return {**event, "key": "logged", "text": self.tr("Incident logged")}
        state = entry["params"].get("to") if entry["event"] == "status" else None
        if state in incidents.STATUSES:
            moment = after.get(incidents.STEP_TIMES.get(state, ""))
            return {**event, "key": state, "at": moment or entry["at"],
                    "text": WORDS.statuses()[state], "detail": self._step_detail(after)}
        if entry["event"]:  # a file attached or removed, the file upgraded (core/eventlog.py)
            return {**event, "key": entry["event"],
                    "text": event_text(entry, {"fields": WORDS.field_list})}
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
        self._files = {item["id"]: item for item in rows}
        kept = {"authority": self.tr("Notice to the authority, as sent"),
                "minutes": self.tr("Minutes, final as signed"),
                "subjects": self.tr("Notice to the people affected, as sent")}
        for row, item in enumerate(rows):
            if item["id"] not in self._intact:  # reads and hashes the whole file
                self._intact[item["id"]] = attachments.intact(self.desk, item["id"])
            intact = self._intact[item["id"]]
            self.files.insertRow(row)
            # DOMAIN D4.7 documents as sent; D4.3 evidence sent with the notice, by title
            use = kept[item["document"]] if item["document"] else (
                f"\u2709 {item['title']}" if item["with_notice"] else item["title"])
            cells = (item["filename"], file_size(item["bytes"]), item["sha256"][:12],
                     "\u2713" if intact else "\u2717", local_time(item["added_at"]), use)
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
        chosen = self.current_attachment()
        evidence = chosen is not None and not self._files[chosen]["document"]
        self.open_file_button.setEnabled(chosen is not None)
        self.remove_file_button.setEnabled(evidence)  # never a document as sent
        self.describe_file_button.setEnabled(evidence)

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
        if self.incident is None:
            return []
        incident_id = self.incident["id"]
        added, problems = [], []
        for path in paths:
            try:
                added.append(attachments.add(self.desk, TABLE, incident_id, path))
            except ValidationError as error:
                problems += [f"{Path(e.field).name}: {core_message(e)}" for e in error.errors]
            except DeskError as error:
                problems.append(str(error))
        self.changed.emit()
        self.tabs.setCurrentIndex(1)
        if problems:
            self.message = warn(self, self.tr("Some files were not attached"),
                                "\n".join(problems))
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
            self.message = warn(self, self.tr("Cannot open the file"), str(error))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def describe_attachment(self, attachment_id: int | None = None):
        """The evidence's title and whether it goes with the notice: the dialog, opened
        (window-modal, not run) so that tests can fill it in."""
        from dpo_desk.ui.dialogs.evidence import EvidenceDialog

        attachment_id = attachment_id or self.current_attachment()
        if attachment_id is None:
            return None
        dialog = EvidenceDialog(self.desk, self._files[attachment_id], self)
        dialog.accepted.connect(self.changed)
        dialog.open()
        return dialog

    def remove_attachment(self, attachment_id: int | None = None, *,
                          confirm: bool = True) -> bool:
        attachment_id = attachment_id or self.current_attachment()
        if attachment_id is None:
            return False
        name = self._file_name(attachment_id)
        if confirm and not ask(self, self.tr("Remove the file"), self.tr(
                "Remove “{0}” from the evidence of this incident? The removal is kept in "
                "the audit log.").format(name), self.tr("Remove")):
            return False
        try:
            attachments.remove(self.desk, attachment_id)
        except ValidationError as error:  # evidence inside its keeping period (DOMAIN D4.5)
            self.message = warn(self, self.tr("The file was not removed"),
                                "\n".join(core_message(e) for e in error.errors))
            return False
        self.changed.emit()
        return True

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit facts…"))
        texts = {"assessed": self.tr("Assess…"), "contained": self.tr("Contained"),
                 "authority_notified": self.tr("Notify authority…"),
                 "subjects_notified": self.tr("Subjects notified…"), "closed": self.tr("Close")}
        tips = {"assessed": self.tr("Record whether the breach must be notified, and why"),
                "contained": self.tr("The breach is stopped and contained"),
                "authority_notified": self.tr("Record the notice sent to the Ministry of "
                                              "Public Security"),
                "subjects_notified": self.tr("Record when the people affected were told, "
                                             "and keep the notice as sent"),
                "closed": self.tr("Close the incident")}
        for state, button in self.step_buttons.items():
            button.setText(texts[state])
            button.setToolTip(tips[state])
        self.documents_caption.setText(self.tr("Documents:"))
        self.document_buttons["authority"].setToolTip(self.tr(
            "The notice to the Ministry of Public Security on the official form: Mẫu số 08 "
            "(Law 91), Mẫu số 03 for incidents before 2026 (Decree 13)"))
        self._show_minutes_button()
        self.finalise_button.setText(self.tr("Finalise minutes…"))
        self.finalise_button.setToolTip(self.tr(
            "Keep the minutes as signed, with their SHA-256: from then on they are never "
            "drawn up again, and the packet carries them"))
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
        self.describe_file_button.setText(self.tr("Title…"))
        self.describe_file_button.setToolTip(self.tr(
            "The title the notice lists it by, and whether it is sent with the notice"))
        self.drop_hint.setText(self.tr(
            "Drop files onto this pane to attach them as evidence. Each is kept in the "
            "database with its SHA-256 hash."))
        self.files.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), "SHA-256",
                                              "\u2713", self.tr("Added"),
                                              self.tr("Title / sent with the notice")])
        self.files.horizontalHeaderItem(3).setToolTip(self.tr(
            "Intact: the stored file still matches the SHA-256 hash taken when it was "
            "attached"))
