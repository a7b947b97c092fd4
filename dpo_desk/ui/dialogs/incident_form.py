"""The incident form (new or existing): the facts of a breach as the notice to the authority
needs them (DOMAIN D4.3), the data categories concerned picked from the register and the
catalogue, and the notification deadline shown live as the DPO types the discovery time
(DOMAIN D4.2). Core validates (`incidents.clean`); this form collects values and shows each
error next to its field.

The module also holds the incident wording the screen and the step dialog share (field
captions, states, regimes, the clocks), so that each word is translated once.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QObject,
    QSignalBlocker,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import clock, incidents, register, rules
from dpo_desk.core.catalogue import Lookup, shipped
from dpo_desk.core.text import fold
from dpo_desk.ui.dialogs.exposed_items import ExposedItems
from dpo_desk.ui.form import (
    FormFrame,
    FramedForm,
    box_form,
    error_label,
    form_layout,
    line_field,
    text_field,
)
from dpo_desk.ui.formatting import local_time
from dpo_desk.ui.register_model import SENSITIVE_INK, SENSITIVE_MARK, ui_language
from dpo_desk.ui.widgets import (
    Retranslating,
    SavesThroughCore,
    hbox,
    label,
    long_form_frame,
    resize_on_screen,
    vbox,
)

NAME = Qt.ItemDataRole.UserRole
UNKNOWN = -1  # the spin boxes' "unknown" (stored as null)


# -- shared wording -----------------------------------------------------------------------

class IncidentWords(QObject):
    """The incident wording the screen, the form and the step dialog share, so that each
    word is translated once (context "IncidentWords")."""

    def captions(self) -> dict[str, str]:
        """The name of each incident fact as the DPO reads it (also names missing facts)."""
        return {
            "title": self.tr("Title"),
            "occurred_at": self.tr("Occurred at"),
            "detected_at": self.tr("Discovered at"),
            "location": self.tr("Place or system"),
            "description": self.tr("What happened"),
            "cause": self.tr("Cause"),
            "parties_involved": self.tr("Organisations or persons involved"),
            "data_categories": self.tr("Personal data concerned"),
            "exposed_items": self.tr("Items exposed"),
            "minutes_at": self.tr("Minutes: meeting held at"),
            "minutes_place": self.tr("Minutes: place"),
            "minutes_participants": self.tr("Minutes: participants"),
            "minutes_findings": self.tr("Minutes: findings"),
            "sensitive": self.tr("Sensitive data"),
            "subjects_count": self.tr("Number of data subjects"),
            "records_count": self.tr("Number of records"),
            "consequences": self.tr("Consequences"),
            "severity": self.tr("Severity for the people affected"),
            "measures": self.tr("Measures taken"),
            "measures_planned": self.tr("Measures planned"),
            "reporter": self.tr("Reported by"),
            "late_reason": self.tr("Reason for the late notice"),
            "notify_decision": self.tr("Harm assessment"),
            "assessment": self.tr("Reason for the assessment"),
            "submission_channel": self.tr("Sent via"),
            "notice_reference": self.tr("Submission reference"),
            "notified_at": self.tr("Authority notified at"),
            "subjects_notified_at": self.tr("Data subjects notified at"),
            "at": self.tr("Time"),
            "correction": self.tr("Reason for the correction"),
            "revise_late": self.tr("Lateness of the notice"),
        }

    def field_list(self, text: str) -> str:
        """"occurred_at, detected_at" (a corrected event's fields) in the DPO's words."""
        names = self.captions()
        return ", ".join(names.get(f.strip(), f.strip()) for f in text.split(","))

    def statuses(self) -> dict[str, str]:
        return {"discovered": self.tr("Discovered"), "assessed": self.tr("Assessed"),
                "contained": self.tr("Contained"),
                "authority_notified": self.tr("Authority notified"),
                "subjects_notified": self.tr("Data subjects notified"),
                "closed": self.tr("Closed")}

    def regimes(self, *, short: bool = False) -> dict[str, str]:
        if short:
            return {rules.REGIME_LAW_91: self.tr("Law 91"),
                    rules.REGIME_DECREE_13: self.tr("Decree 13")}
        return {rules.REGIME_LAW_91: self.tr("Law 91/2025/QH15"),
                rules.REGIME_DECREE_13: self.tr("Decree 13/2023/NĐ-CP")}

    def specials(self) -> dict[str, str]:
        return {"location": self.tr("Location"), "biometric": self.tr("Biometric")}

    def special_data(self, kinds: list[str]) -> str:
        """"location data", "location and biometric data" (inside a sentence)."""
        if len(kinds) > 1:
            return self.tr("location and biometric data")
        return {"location": self.tr("location data"),
                "biometric": self.tr("biometric data")}[kinds[0]]

    def channels(self) -> dict[str, str]:
        return {"agency": self.tr("Directly to the agency (A05, Ministry of Public Security)"),
                "portal": self.tr("National Portal on personal data protection")}

    def decisions(self) -> dict[str, str]:
        return {"notify": self.tr("Notify the authority"),
                "no_notify": self.tr("No notice to the authority")}

    def duration(self, minutes: int) -> str:
        """A span of the 72-hour clocks: hours and minutes, or days and hours when long."""
        if minutes >= 48 * 60:
            return self.tr("{0} d {1} h").format(minutes // (24 * 60), minutes // 60 % 24)
        return self.tr("{0} h {1} min").format(minutes // 60, f"{minutes % 60:02d}")

    def clock(self, state: str, minutes: int) -> str:
        if state == "open":
            return self.tr("{0} left").format(self.duration(minutes))
        if state == "overdue":
            return self.tr("Overdue by {0}").format(self.duration(minutes))
        return {"sent_late": self.tr("Sent late"), "not_required": self.tr("No notice"),
                "sent": self.tr("Sent")}[state]

    def deadline_basis(self, regime: str, occurred_known: bool) -> str:
        """Which law sets the clock and from when it runs (DOMAIN D4.2)."""
        hours = rules.BREACH_NOTICE_HOURS
        if regime == rules.REGIME_LAW_91:
            return self.tr("Law 91/2025, {0} hours from discovery").format(hours)
        if occurred_known:
            return self.tr("Decree 13/2023, {0} hours from occurrence").format(hours)
        return self.tr("Decree 13/2023, {0} hours from occurrence (unknown, so counted "
                       "from discovery)").format(hours)


WORDS = IncidentWords()


TONES = {  # (ink, paper): the colours of app.qss's badges
    "ok": ("#1b6b35", "#e3f4e8"), "warn": ("#8a5a00", "#fff1d6"),
    "bad": ("#a11d1d", "#fde3e3"), "plain": ("#24417f", "#e8eefb"),
    "muted": ("#5b6680", "#eef1f6")}


def paint_tone(widget: QLabel, tone: str) -> None:
    """A message line in the colours of its tone; `tone` is kept as a property (tests)."""
    ink, paper = TONES[tone]
    widget.setProperty("tone", tone)
    widget.setStyleSheet(f"QLabel {{ color: {ink}; background: {paper}; border-radius: 6px;"
                         " padding: 6px 10px; }")


def wrapped(object_name: str) -> QLabel:
    """A message line that wraps and takes the whole width it is given."""
    line = QLabel()
    line.setObjectName(object_name)
    line.setWordWrap(True)
    line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
    return line


def clock_tone(state: str, minutes: int) -> str:
    """ok (green), warn (amber: under 24 hours left), bad (red: passed or late), plain."""
    if state == "open":
        return "warn" if rules.clock_urgent(state, minutes) else "plain"
    return {"sent": "ok", "sent_late": "bad", "overdue": "bad"}.get(state, "muted")


def local_with_offset(stamp: str | None) -> str:
    """A stored time in the display zone, with the zone's offset: 04/06/2025 09:10 (UTC+07:00)."""
    if not stamp:
        return ""
    offset = datetime.fromisoformat(stamp).astimezone(clock.zone()).strftime("%z")
    return f"{local_time(stamp)} (UTC{offset[:3]}:{offset[3:]})"


def zone_offset_text() -> str:
    offset = clock.now().strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


# -- times in the display zone ------------------------------------------------------------

def time_edit(object_name: str) -> QDateTimeEdit:
    """A date-and-time field showing wall-clock time of the display zone (clock.zone()).
    The widget keeps it as UTC only so that no daylight-saving rule of the computer's own
    zone shifts what the DPO types."""
    edit = QDateTimeEdit()
    edit.setObjectName(object_name)
    edit.setTimeZone(QTimeZone.utc())
    edit.setDisplayFormat("dd/MM/yyyy HH:mm")
    edit.setCalendarPopup(True)
    edit.setMinimumHeight(32)
    edit.setMinimumWidth(170)
    return edit


def set_time(edit: QDateTimeEdit, moment: datetime) -> None:
    local = moment.astimezone(clock.zone())
    edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                               QTime(local.hour, local.minute), QTimeZone.utc()))


def edited_time(edit: QDateTimeEdit) -> datetime:
    day, time = edit.date(), edit.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                    tzinfo=clock.zone())


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def now_to_minute() -> datetime:
    return clock.now().replace(second=0, microsecond=0)


# -- the data categories ------------------------------------------------------------------

class CategoryPicker(QWidget):
    """Categories of the register (ticked in a list), items of the catalogue (searchable,
    ticked) and names typed freely; keeps the order of ticking."""

    changed = Signal()

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.order: list[str] = []
        self.register_caption = label("muted")
        self.register_list = QListWidget()
        self.register_list.setObjectName("registerCategories")
        self.catalogue_caption = label("muted")
        self.search = QLineEdit()
        self.search.setObjectName("catalogueSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter)
        self.catalogue_list = QListWidget()
        self.catalogue_list.setObjectName("catalogueCategories")
        for widget in (self.register_list, self.catalogue_list):
            widget.setMinimumHeight(190)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)
            widget.itemChanged.connect(self._on_item_changed)
        self.free_caption = label("muted")
        self.free_edit = QLineEdit()
        self.free_edit.setObjectName("field_free_categories")
        self.free_edit.setMinimumHeight(32)
        self.free_edit.textChanged.connect(self.changed)

        left = vbox(self.register_caption, (self.register_list, 1))
        right = vbox(self.catalogue_caption, self.search, (self.catalogue_list, 1))
        lists = hbox((left, 1), (right, 1))
        vbox(lists, self.free_caption, self.free_edit, margins=0, parent=self)
        self._fill()

    def _fill(self) -> None:
        blockers = [QSignalBlocker(self.register_list), QSignalBlocker(self.catalogue_list)]
        for entry in register.list_entries(self.desk):
            sensitive = entry["category_type"] == "sensitive"
            self._add(self.register_list, entry["name"], entry["name"], sensitive)
        language = ui_language()
        for item in shipped():
            self._add(self.catalogue_list, item.vi, item.label(language), item.sensitive,
                      item.reason(language))
        del blockers

    @staticmethod
    def _add(target: QListWidget, name: str, text: str, sensitive: bool,
             tip: str = "") -> None:
        node = QListWidgetItem((f"{SENSITIVE_MARK} " if sensitive else "") + text)
        node.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        node.setCheckState(Qt.CheckState.Unchecked)
        node.setData(NAME, name)
        node.setToolTip("\n".join(filter(None, [text, tip])))
        if sensitive:
            node.setForeground(QBrush(SENSITIVE_INK))
        target.addItem(node)

    def _nodes(self):
        for target in (self.register_list, self.catalogue_list):
            for row in range(target.count()):
                yield target.item(row)

    def _on_item_changed(self, node: QListWidgetItem) -> None:
        name = node.data(NAME)
        if node.checkState() == Qt.CheckState.Checked and name not in self.order:
            self.order.append(name)
        elif node.checkState() != Qt.CheckState.Checked and name in self.order:
            self.order.remove(name)
        self.changed.emit()

    # -- values ------------------------------------------------------------------------------

    def set_names(self, names: list[str]) -> None:
        """Tick the names found in the register (first) or the catalogue; the rest are
        typed names."""
        lookup = Lookup(self.desk)
        in_register = {fold(self.register_list.item(r).data(NAME)): self.register_list.item(r)
                       for r in range(self.register_list.count())}
        in_catalogue = {}
        for row in range(self.catalogue_list.count()):
            node = self.catalogue_list.item(row)
            item = lookup.find(node.data(NAME))
            if item is not None:
                in_catalogue[item.code] = node
        blockers = [QSignalBlocker(self.register_list), QSignalBlocker(self.catalogue_list)]
        for node in self._nodes():
            node.setCheckState(Qt.CheckState.Unchecked)
        self.order, free = [], []
        for name in names:
            item = lookup.find(name)
            node = in_register.get(fold(name)) or (in_catalogue.get(item.code) if item else None)
            if node is None or node.data(NAME) in self.order:
                free.append(name)
                continue
            node.setCheckState(Qt.CheckState.Checked)
            self.order.append(node.data(NAME))
        del blockers
        for target in (self.register_list, self.catalogue_list):
            ticked = [target.item(r) for r in range(target.count())
                      if target.item(r).checkState() == Qt.CheckState.Checked]
            if ticked:
                target.scrollToItem(ticked[0], QListWidget.ScrollHint.PositionAtTop)
        self.free_edit.setText("; ".join(free))
        self.changed.emit()

    def names(self) -> list[str]:
        typed = [n.strip() for n in self.free_edit.text().split(";") if n.strip()]
        return list(dict.fromkeys(self.order + typed))

    def check(self, name: str, checked: bool = True) -> None:
        for node in self._nodes():
            if node.data(NAME) == name:
                node.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(name)

    def filter(self, text: str = "") -> None:
        wanted = fold(text)
        for row in range(self.catalogue_list.count()):
            node = self.catalogue_list.item(row)
            node.setHidden(bool(wanted) and wanted not in fold(node.text()) and
                           wanted not in fold(node.data(NAME)))

    def retranslate(self) -> None:
        self.register_caption.setText(self.tr("From the register"))
        self.catalogue_caption.setText(self.tr("From the catalogue (Decree 356)"))
        self.search.setPlaceholderText(self.tr("Find an item, e.g. “CCCD”, “GPS”…"))
        self.free_caption.setText(self.tr("Other data, not listed above (separate with ;)"))
        self.free_edit.setPlaceholderText(self.tr("e.g. Delivery notes; Call recordings"))
        language = ui_language()
        by_vi = {i.vi: i for i in shipped()}
        blocker = QSignalBlocker(self.catalogue_list)  # relabelled, not re-ticked
        for row in range(self.catalogue_list.count()):
            node = self.catalogue_list.item(row)
            item = by_vi[node.data(NAME)]
            node.setText((f"{SENSITIVE_MARK} " if item.sensitive else "") + item.label(language))
            node.setToolTip(f"{item.label(language)}\n{item.reason(language)}")
        del blocker


# -- the form -----------------------------------------------------------------------------

class IncidentFormDialog(SavesThroughCore, FramedForm, Retranslating, QDialog):
    """New incident, or "Edit facts…" of an existing one."""

    TEXTS = ("title", "location", "cause", "parties_involved", "reporter")
    LONG_TEXTS = ("description", "consequences", "severity", "measures", "measures_planned",
                  "late_reason")

    CORE = incidents

    def __init__(self, desk, incident_id: int | None = None, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.open_record(incident_id)
        self.setObjectName("incidentFormDialog")
        resize_on_screen(self, 980, 780)
        self.frame = FormFrame(names=WORDS.captions,
                               check=lambda: incidents.clean(self.values()))
        self.inputs, self.errors = self.frame.inputs, self.frame.errors
        self.captions = self.frame.captions
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._manual_sensitive = False
        self.details: list[dict] = []  # incidents.category_details of the chosen names
        self._regime = rules.REGIME_LAW_91  # the law that classified them (DOMAIN D4.3)

        long_form_frame(self, {"correction": self._build_correction, "what": self._build_what,
                               "data": self._build_data, "response": self._build_response,
                               "minutes": self._build_minutes, "late": self._build_late},
                        self.save)

        self.retranslate()
        self.set_values(self.record or {})

    # -- construction ------------------------------------------------------------------------

    def _row(self, form: QFormLayout, key: str, widget: QWidget,
             focus: QWidget | None = None) -> None:
        """A caption, the field and its error below it; `focus` is the part of a composite
        field that is marked red and focused on error."""
        self.frame.row(form, key, widget, focus, caption_width=190, caption_top=6)

    def _time_row(self, form: QFormLayout, key: str, edit: QDateTimeEdit,
                  beside: QWidget) -> None:
        """A time field with a widget beside it (a checkbox, the zone)."""
        holder = QWidget()
        hbox(edit, beside, None, margins=0, parent=holder)
        self._row(form, key, holder, edit)

    def _text(self, form: QFormLayout, key: str) -> QLineEdit:
        edit = line_field(key)
        self.edits[key] = edit
        self._row(form, key, edit)
        return edit

    def _long_text(self, form: QFormLayout, key: str, height: int = 64) -> QPlainTextEdit:
        edit = text_field(key, height)
        self.edits[key] = edit
        self._row(form, key, edit)
        return edit

    def _count(self, form: QFormLayout, key: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(f"field_{key}")
        spin.setRange(UNKNOWN, 2_000_000_000)
        spin.setGroupSeparatorShown(True)
        spin.setMinimumHeight(32)
        spin.setMinimumWidth(180)
        holder = QWidget()
        hbox(spin, None, margins=0, parent=holder)
        self._row(form, key, holder, spin)
        return spin

    def _build_what(self, box: QGroupBox) -> None:
        form = box_form(box)
        self._text(form, "title")
        self.occurred_edit = time_edit("field_occurred_at")
        self.occurred_unknown = QCheckBox()
        self.occurred_unknown.setObjectName("occurredUnknown")
        self.occurred_unknown.toggled.connect(self._on_unknown_toggled)
        self._time_row(form, "occurred_at", self.occurred_edit, self.occurred_unknown)
        self.detected_edit = time_edit("field_detected_at")
        self.zone_label = label("muted")
        self._time_row(form, "detected_at", self.detected_edit, self.zone_label)
        self.deadline_line = wrapped("deadlineLine")
        form.addRow("", self.deadline_line)
        for edit in (self.occurred_edit, self.detected_edit):
            edit.dateTimeChanged.connect(self._update_deadline)
        self._text(form, "location")
        self._long_text(form, "description", 74)
        self._text(form, "cause")
        self._text(form, "parties_involved")
        self._text(form, "reporter")

    def _build_data(self, box: QGroupBox) -> None:
        self.picker = CategoryPicker(self.desk)
        self.picker.changed.connect(self._update_categories)
        self.flags_line = wrapped("categoryFlags")
        self.unknown_line = wrapped("unknownCategories")
        paint_tone(self.unknown_line, "warn")
        self.mark_sensitive = QCheckBox()
        self.mark_sensitive.setObjectName("field_sensitive")
        self.mark_sensitive.toggled.connect(self._on_mark_toggled)
        layout = QVBoxLayout(box)
        layout.setSpacing(6)
        self.exposed = ExposedItems(self.desk)
        self.exposed.changed.connect(self._show_flags)
        for key, widget, focus in (("data_categories", self.picker, self.picker.register_list),
                                   ("exposed_items", self.exposed, self.exposed.list),
                                   ("sensitive", self.mark_sensitive, self.mark_sensitive)):
            if key == "sensitive":
                layout.addWidget(self.flags_line)
                layout.addWidget(self.unknown_line)
            layout.addWidget(widget)
            error = error_label()
            self.frame.add(key, focus, error)
            layout.addWidget(error)
        form = form_layout(top_captions=True, spacing=10)
        layout.addLayout(form)
        self.subjects_spin = self._count(form, "subjects_count")
        self.records_spin = self._count(form, "records_count")

    def _build_response(self, box: QGroupBox) -> None:
        form = box_form(box)
        self._long_text(form, "consequences")
        self._long_text(form, "severity")  # DOMAIN D4.5: the DPO's words, for the people
        self._long_text(form, "measures")
        self._long_text(form, "measures_planned")

    def _build_minutes(self, box: QGroupBox) -> None:
        """DOMAIN D4.4: the minutes are drawn up from the facts of their meeting; the
        decision is the harm assessment of the "Assessed" step."""
        form = box_form(box)
        self.minutes_note = wrapped("minutesNote")
        form.addRow(self.minutes_note)
        self.minutes_edit = time_edit("field_minutes_at")
        self.minutes_unheld = QCheckBox()
        self.minutes_unheld.setObjectName("minutesNotHeld")
        self.minutes_unheld.toggled.connect(lambda unheld: self.minutes_edit.setEnabled(
            not unheld and self.minutes_open))
        self._time_row(form, "minutes_at", self.minutes_edit, self.minutes_unheld)
        self._text(form, "minutes_place")
        self.participants_edit = text_field("minutes_participants")
        self._row(form, "minutes_participants", self.participants_edit)
        self._long_text(form, "minutes_findings")
        self.minutes_open = True

    def _show_minutes_note(self) -> None:
        self.minutes_note.setText(self.tr(
            "The minutes are drawn up from the meeting that confirmed the violation: when "
            "and where it was held, who took part (one per line: name, role), what it found. "
            "The decision is the harm assessment.") if self.minutes_open else self.tr(
            "The minutes are final (kept as signed): their facts no longer change."))

    def _build_correction(self, box: QGroupBox) -> None:
        """DOMAIN D4.7: once the notice to the authority was sent, a change to a fact it
        states is a correction with its reason; the lateness stays as judged then unless
        the DPO asks to judge it again."""
        form = box_form(box)
        self.correction_note = wrapped("correctionNote")
        form.addRow(self.correction_note)
        self.correction_edit = text_field("correction", 56)
        self._row(form, "correction", self.correction_edit)
        self.revise_late = QCheckBox()
        self.revise_late.setObjectName("field_revise_late")
        self._row(form, "revise_late", self.revise_late)

    def update_options(self) -> dict:
        """The reason of a correction and whether to judge the lateness again (`write`)."""
        if not self.boxes["correction"].isVisibleTo(self):
            return {}
        return {"correction": self.correction_edit.toPlainText().strip() or None,
                "revise_late": self.revise_late.isChecked()}

    def _build_late(self, box: QGroupBox) -> None:
        form = box_form(box)
        self._long_text(form, "late_reason")

    # -- values ------------------------------------------------------------------------------

    def set_values(self, incident: dict) -> None:
        for key, edit in self.edits.items():
            value = incident.get(key) or ""
            edit.setPlainText(value) if isinstance(edit, QPlainTextEdit) else edit.setText(value)
        now = now_to_minute()
        detected = incident.get("detected_at")
        occurred = incident.get("occurred_at")
        set_time(self.detected_edit, datetime.fromisoformat(detected) if detected else now)
        set_time(self.occurred_edit, datetime.fromisoformat(occurred) if occurred else
                 datetime.fromisoformat(detected) if detected else now)
        self.occurred_unknown.setChecked(bool(incident) and not occurred)
        self._on_unknown_toggled(self.occurred_unknown.isChecked())
        for spin, key in ((self.subjects_spin, "subjects_count"),
                          (self.records_spin, "records_count")):
            value = incident.get(key)
            spin.setValue(UNKNOWN if value is None else value)
        self._manual_sensitive = bool(self.desk.get(incidents.TABLE, self.record_id)
                                      ["sensitive"]) if self.record_id is not None else False
        self.picker.set_names(incident.get("data_categories", []))
        self.exposed.set_items(incident.get("exposed_items"), incidents.proposed_items(
            self.desk, self.details), self._regime)
        minutes = incident.get("minutes_at")
        set_time(self.minutes_edit, datetime.fromisoformat(minutes) if minutes else now)
        self.minutes_unheld.setChecked(not minutes)
        self.participants_edit.setPlainText("\n".join(incident.get("minutes_participants")
                                                      or []))
        # DOMAIN D4.4: final minutes are frozen, and so are their facts
        self.minutes_open = self.record_id is None or incidents.kept_document(
            self.desk, self.record_id, "minutes") is None
        for widget in (self.minutes_unheld, self.participants_edit,
                       self.edits["minutes_place"], self.edits["minutes_findings"]):
            widget.setEnabled(self.minutes_open)
        self.minutes_edit.setEnabled(self.minutes_open and minutes is not None)
        self._show_minutes_note()
        self._update_deadline()
        self.clear_errors()

    def _time_value(self, key: str, edit: QDateTimeEdit) -> str:
        """The edited time as ISO 8601 with the zone's offset; a stored time left as it was
        keeps its own spelling, so that saving unchanged facts changes nothing."""
        moment = edited_time(edit)
        stored = (self.record or {}).get(key)
        if stored and datetime.fromisoformat(stored) == moment:
            return stored
        return iso(moment)

    def values(self) -> dict:
        out = {key: (edit.toPlainText() if isinstance(edit, QPlainTextEdit)
                     else edit.text()).strip() for key, edit in self.edits.items()}
        out["occurred_at"] = (None if self.occurred_unknown.isChecked()
                              else self._time_value("occurred_at", self.occurred_edit))
        out["detected_at"] = self._time_value("detected_at", self.detected_edit)
        names = self.picker.names()
        stored = (self.record or {}).get("data_categories")
        if stored is not None and sorted(map(fold, stored)) == sorted(map(fold, names)):
            names = stored  # same names: keep their order
        out["data_categories"] = names
        out["exposed_items"] = self.exposed.value()
        if self.minutes_open:
            out["minutes_at"] = (None if self.minutes_unheld.isChecked()
                                 else self._time_value("minutes_at", self.minutes_edit))
            out["minutes_participants"] = [
                line.strip() for line in self.participants_edit.toPlainText().splitlines()
                if line.strip()]
        else:  # frozen with the final minutes: not sent, so never refused
            for key in ("minutes_place", "minutes_findings"):
                out.pop(key)
        out["sensitive"] = self._manual_sensitive
        for key, spin in (("subjects_count", self.subjects_spin),
                          ("records_count", self.records_spin)):
            out[key] = None if spin.value() == UNKNOWN else spin.value()
        return out

    # -- saving ------------------------------------------------------------------------------

    @property
    def incident_id(self) -> int | None:
        """The incident edited; after saving a new one, its id."""
        return self.record_id


    # -- live feedback -----------------------------------------------------------------------

    def _on_unknown_toggled(self, unknown: bool) -> None:
        self.occurred_edit.setEnabled(not unknown)
        self._update_deadline()

    def _on_mark_toggled(self, checked: bool) -> None:
        if self.mark_sensitive.isEnabled():
            self._manual_sensitive = checked
            self._show_flags()

    def deadline(self) -> tuple[str, datetime]:
        """The regime and the notify-by time core derives from the times as typed."""
        facts = {"detected_at": iso(edited_time(self.detected_edit)),
                 "occurred_at": None if self.occurred_unknown.isChecked()
                 else iso(edited_time(self.occurred_edit))}
        return incidents.regime(facts), incidents.notify_by(facts)

    def _update_deadline(self, *_) -> None:
        regime, deadline = self.deadline()
        basis = WORDS.deadline_basis(regime, not self.occurred_unknown.isChecked())
        text = self.tr("Notify by: {0} — {1}").format(local_time(iso(deadline)), basis)
        if self.record is None or not self.record.get("notified_at"):
            state, minutes = rules.clock_state(deadline, None, clock.now())
            text += f" · {WORDS.clock(state, minutes)}"
            tone = clock_tone(state, minutes)
        else:
            tone = "plain"
        self.deadline_line.setText(text)
        self.deadline_line.setProperty("regime", regime)
        paint_tone(self.deadline_line, tone)
        if regime != self._regime:  # another law's list classifies the data now
            self._update_categories()
        else:
            self._show_flags()

    def _update_categories(self) -> None:
        """The chosen names matched against the register and the catalogue by core (read
        here only: retranslating must not touch the database)."""
        self._regime = self.deadline()[0]
        self.details = incidents.category_details(self.desk, self.picker.names(),
                                                  regime_=self._regime)
        self.exposed.propose(incidents.proposed_items(self.desk, self.details), self._regime)
        self._show_flags()

    def _show_flags(self) -> None:
        """Live flags: sensitive data (DOMAIN D2), location or biometric data with the
        second 72-hour clock (D4.5), and names the register lacks."""
        # DOMAIN D4.3: the flags follow the items this breach exposed
        items = self.exposed.details()
        language = ui_language()
        sensitive = [d["label_en" if language == "en" else "label_vi"] for d in items
                     if d["sensitive"]]
        with QSignalBlocker(self.mark_sensitive):
            self.mark_sensitive.setEnabled(not sensitive)
            self.mark_sensitive.setChecked(bool(sensitive) or self._manual_sensitive)
        parts = [self.tr("%n categories chosen.", "", len(self.details)),
                 self.tr("%n items exposed.", "", len(items))]
        if sensitive:
            parts.append(self.tr("Sensitive personal data: {0}.").format("; ".join(sensitive)))
        elif self._manual_sensitive:
            parts.append(self.tr("Sensitive personal data (marked by you)."))
        else:
            parts.append(self.tr("Basic personal data only."))
        special = sorted(rules.subject_notice_kinds(items))
        if special:
            facts = {"detected_at": iso(edited_time(self.detected_edit))}
            by = incidents.subjects_notify_by(facts, items)
            kinds = WORDS.special_data(special)
            if by is not None:
                parts.append(self.tr(
                    "Involves {0}: tell the people affected by {1} (Decree 356, Art. 29).")
                    .format(kinds, local_time(iso(by))))
            else:
                parts.append(self.tr("Involves {0}.").format(kinds))
        self.flags_line.setText(" ".join(parts))
        paint_tone(self.flags_line, "bad" if sensitive or self._manual_sensitive else "ok")
        self.special = special
        unknown = [d["name"] for d in self.details if not d["known"]]
        self.unknown_line.setVisible(bool(unknown))
        self.unknown_line.setText(self.tr(
            "Not in the register: {0}. Add them to the register so that it stays "
            "complete.").format("; ".join(unknown)))
        self.unknown_names = unknown

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self.record is None:
            self.setWindowTitle(self.tr("New incident"))
            self.heading.setText(self.tr("New incident"))
        else:
            self.setWindowTitle(self.tr("Edit the facts of the incident"))
            self.heading.setText(self.record["title"])
        self.intro.setText(self.tr(
            "The facts of the personal data breach, as the notice to the Ministry of Public "
            "Security needs them. Times are local time ({0}). Fields marked * are required.")
            .format(zone_offset_text()))
        self.boxes["what"].setTitle(self.tr("What happened"))
        self.boxes["data"].setTitle(self.tr("Personal data concerned"))
        self.boxes["response"].setTitle(self.tr("Consequences and remedies"))
        self.boxes["late"].setTitle(self.tr("Late notice"))
        self.boxes["correction"].setTitle(self.tr("Correction after the notice was sent"))
        sent = (self.record or {}).get("notified_at")
        self.boxes["correction"].setVisible(bool(sent))
        if sent:
            self.correction_note.setText(self.tr(
                "The notice to the authority was sent on {0}. Changing a fact it states is a "
                "correction: give its reason, kept in the timeline. The notice kept as sent "
                "does not change; send a supplementary notice if the Ministry must know.")
                .format(local_time(sent)))
            self.revise_late.setText(self.tr(
                "Judge the lateness again from the corrected times (now: {0})").format(
                self.tr("late") if self.record["late"] else self.tr("on time")))
            self.correction_edit.setPlaceholderText(self.tr(
                "e.g. The server log shows the breach was discovered earlier"))
        self.boxes["minutes"].setTitle(self.tr("Minutes confirming the violation"))
        self._show_minutes_note()
        self.minutes_unheld.setText(self.tr("Not held yet"))
        names = WORDS.captions()
        for key, caption in self.captions.items():
            star = " *" if key in ("title", "detected_at") else ""
            caption.setText(names[key] + star)
        placeholders = {
            "title": self.tr("e.g. Customer list sent to the wrong recipient"),
            "location": self.tr("e.g. Order system, Ho Chi Minh City office"),
            "description": self.tr("What was done to the data, how it was discovered"),
            "cause": self.tr("e.g. Wrong access settings, stolen laptop"),
            "parties_involved": self.tr("e.g. The hosting provider (processor)"),
            "reporter": self.tr("Who reported it"),
            "consequences": self.tr("Harm or risks for the people concerned"),
            "severity": self.tr("How serious it is for them, e.g. Serious: the couriers' "
                                "home-to-work routes can be traced"),
            "measures": self.tr("What has been done to stop and remedy it"),
            "measures_planned": self.tr("What will be done"),
            "late_reason": self.tr(
                "Required when the notice is sent after the deadline"),
            "minutes_place": self.tr("e.g. Meeting room, head office"),
            "minutes_findings": self.tr("What the meeting established"),
        }
        for key, edit in self.edits.items():
            edit.setPlaceholderText(placeholders.get(key, ""))
        self.occurred_unknown.setText(self.tr("Time unknown"))
        self.zone_label.setText(zone_offset_text())
        self.mark_sensitive.setText(self.tr(
            "Treat as sensitive even though no category listed is"))
        for spin in (self.subjects_spin, self.records_spin):
            spin.setSpecialValueText(self.tr("unknown"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))
        self.picker.retranslate()
        self.exposed.retranslate()
        self.participants_edit.setPlaceholderText(self.tr(
            "e.g. Ms Lê Hoàng Yến, person in charge of data protection"))
        if hasattr(self, "special"):  # not during construction
            self._update_deadline()
