"""Intake of a complaint or data-subject request (DOMAIN D3): the facts of the case, the
register entries it concerns, and a live preview of its deadlines (the company's promise,
Decree 356 Art. 5, which of them binds). Core validates and computes what is stored; who
entered the case is recorded by core.

From an e-mail (`draft`, core's `email_intake.Draft`) the form comes filled in: the DPO checks
the day received, chooses the kind and the complexity, and the message and its attachments
are saved with the case."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
)

from dpo_desk.core import clock, complaints, deadlines, email_intake, register, settings
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.complaints_model import channel_labels, complexity_labels, kind_labels
from dpo_desk.ui.dialogs.complaint_step import DIALOG_STYLE
from dpo_desk.ui.form import FormFrame
from dpo_desk.ui.i18n import citation
from dpo_desk.ui.widgets import Retranslating, label, push_button, vbox

SENSITIVE_MARK = "\u26a0"


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class ComplaintIntakeDialog(Retranslating, QDialog):
    """New case. `case_id` holds the saved case's id once accepted."""

    def __init__(self, desk, parent=None, *, draft: email_intake.Draft | None = None):
        super().__init__(parent)
        self.desk = desk
        self.draft = draft
        self.case_id: int | None = None
        self.setObjectName("complaintIntakeDialog")
        self.setMinimumWidth(920)
        self.setStyleSheet(DIALOG_STYLE)
        self.policy = settings.get_all(desk)
        self.calendar = deadlines.load_calendar(desk)
        self.general_error = label("fieldError", wrap=True)
        self.general_error.hide()
        self.frame = FormFrame(self.general_error, hide_empty_summary=True)
        self.captions = self.frame.captions

        self.received = QDateEdit()
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("dd/MM/yyyy")
        today = clock.today()
        self.received.setDate(QDate(today.year, today.month, today.day))
        self.received.setMinimumWidth(150)
        self.channel = self._combo(complaints.CHANNELS)
        self.channel.setCurrentIndex(0)
        self.name = QLineEdit()
        self.contact = QLineEdit()
        self.kind = self._combo(complaints.KINDS)
        self.kind.setCurrentIndex(-1)  # no silent default: the kind decides the deadline
        self.complexity = self._combo(complaints.COMPLEXITIES)
        self.complexity.setCurrentIndex(0)
        self.third_party = QCheckBox()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumHeight(110)
        self.entries = QListWidget()
        self.entries.setMinimumHeight(130)
        self._fill_entries()

        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        left.setHorizontalSpacing(10)  # the style's default let the widest caption touch its field
        for key, widget in (("received_on", self.received), ("channel", self.channel),
                            ("requester_name", self.name),
                            ("requester_contact", self.contact), ("kind", self.kind),
                            ("complexity", self.complexity),
                            ("third_party_involved", self.third_party)):
            self._add_row(left, key, widget)
        right = QFormLayout()
        right.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._add_row(right, "summary", self.summary)
        self._add_row(right, "register_entries", self.entries)

        self.preview = label("deadlinePreview", wrap=True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        preview_box = QFrame()
        preview_box.setObjectName("deadlineBox")
        vbox(self.preview, margins=(14, 10, 14, 10), parent=preview_box)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = push_button("primary", default=True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.intro = label("muted", wrap=True)
        self.email_note = label("emailNote", wrap=True)
        self.email_note.setStyleSheet("QLabel { background: #eef3fd; color: #17233d; "
                                      "border-radius: 6px; padding: 6px 10px; }")
        self.email_note.setVisible(draft is not None)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        vbox(self.intro, self.email_note, grid, preview_box, self.general_error, self.buttons,
             spacing=10, parent=self)

        self.received.dateChanged.connect(self.update_preview)
        for combo in (self.kind, self.complexity):
            combo.currentIndexChanged.connect(self.update_preview)
        self.third_party.toggled.connect(self.update_preview)
        if draft is not None:
            self._fill_from(draft)
        self.retranslate()

    def _fill_from(self, draft: email_intake.Draft) -> None:
        values = draft.values
        self.channel.setCurrentIndex(self.channel.findData(values["channel"]))
        self.name.setText(values["requester_name"])
        self.contact.setText(values["requester_contact"])
        self.summary.setPlainText(values["summary"])
        if values["received_on"]:
            self.set_received(date.fromisoformat(values["received_on"]))
        else:  # no usable Date: an empty field the DPO must fill in
            self.received.setMinimumDate(QDate(1900, 1, 1))
            self.received.setSpecialValueText(" ")
            self.received.setDate(self.received.minimumDate())

    def _combo(self, codes: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        for code in codes:
            combo.addItem("", code)
        return combo

    def _add_row(self, form: QFormLayout, key: str, widget) -> None:
        widget.setObjectName(f"field_{key}")
        self.frame.row(form, key, widget, caption_width=0, spacing=2)

    def _fill_entries(self) -> None:
        for entry in register.list_entries(self.desk):
            sensitive = entry["category_type"] == "sensitive"
            text = f"{SENSITIVE_MARK} {entry['name']}" if sensitive else entry["name"]
            item = QListWidgetItem(text, self.entries)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, entry["id"])

    # -- values ------------------------------------------------------------------------------

    def received_on(self) -> str:
        """The day received; empty while the field shows no date (an undated e-mail)."""
        if self.received.specialValueText() and \
                self.received.date() == self.received.minimumDate():
            return ""
        return _date(self.received.date()).isoformat()

    def values(self) -> dict:
        return {"received_on": self.received_on(),
                "channel": self.channel.currentData() or "",
                "requester_name": self.name.text(),
                "requester_contact": self.contact.text(),
                "kind": self.kind.currentData() or "",
                "complexity": self.complexity.currentData() or "",
                "third_party_involved": self.third_party.isChecked(),
                "summary": self.summary.toPlainText()}

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))

    def set_received(self, day: date) -> None:
        self.received.setDate(QDate(day.year, day.month, day.day))

    def linked_entries(self) -> tuple[int, ...]:
        items = (self.entries.item(i) for i in range(self.entries.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def save(self) -> bool:
        """Create the case through core; on a refusal each message goes next to its field
        and nothing is saved."""
        self.frame.clear_errors()
        try:
            if self.draft is not None:  # the message and its attachments are kept too
                self.case_id = email_intake.create_case(
                    self.desk, self.draft, self.values(), register_entries=self.linked_entries())
            else:
                self.case_id = complaints.create(self.desk, self.values(),
                                                 register_entries=self.linked_entries())
        except ValidationError as error:
            self.frame.show_errors(error)
            return False
        self.accept()
        return True

    # -- the deadline preview ----------------------------------------------------------------

    def found_deadlines(self) -> complaints.Preview | None:
        kind, complexity = self.kind.currentData(), self.complexity.currentData()
        if not kind or not complexity:
            return None
        return complaints.preview(self.policy, self.calendar, received=_date(self.received.date()),
                                  kind=kind, complexity=complexity,
                                  third_party=self.third_party.isChecked())

    def update_preview(self) -> None:
        shown = self.found_deadlines() if self.received_on() else None
        if shown is None:
            self.preview.setText(self.tr("Choose the kind of request to see its deadlines."))
            return
        found = shown.found
        due = _dmy(found.due)
        if found.binding == "law":
            head = self.tr("Due: {0} (under Decree 356, Art. 5)").format(due)
        elif found.legal_due == found.due:
            head = self.tr("Due: {0} (the company's promise and Decree 356, Art. 5)").format(due)
        else:
            head = self.tr("Due: {0} (the company's promise)").format(due)
        if shown.policy_working:
            promise = self.tr("Company's promise: {0} · %n working day(s)", "", shown.policy_days)
        else:
            promise = self.tr("Company's promise: {0} · %n calendar day(s)", "",
                              shown.policy_days)
        lines = [f"<b>{head}</b>", promise.format(_dmy(found.policy_due))]
        if found.legal_due is not None:
            lines.append(self.tr("Legal deadline: {0} · {1}").format(_dmy(found.legal_due),
                                                                     citation(found.legal_source)))
            if shown.legal.ack_working_days is not None:  # Decree 13 set none (DOMAIN D3.7)
                lines.append(self.tr("Acknowledge receipt by: {0} · %n working day(s)", "",
                                     shown.legal.ack_working_days).format(_dmy(found.ack_due)))
        elif shown.before_law_91:
            lines.append(self.tr("Received before 2026: Decree 13/2023 set no fixed deadline "
                                 "for this kind; only the company's promise applies."))
        else:
            lines.append(self.tr("The law sets no deadline for this kind: only the company's "
                                 "promise applies."))
        self.preview.setText("<br>".join(lines))

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New complaint or request"))
        self.intro.setText(self.tr(
            "Record the case as it was received. The deadlines follow from the date of receipt, "
            "the kind of request and the company's promise in Settings."))
        captions = {
            "received_on": self.tr("Received on"),
            "channel": self.tr("Channel"),
            "requester_name": self.tr("Requester"),
            "requester_contact": self.tr("Contact"),
            "kind": self.tr("Kind of request"),
            "complexity": self.tr("Complexity"),
            "third_party_involved": self.tr("Third party"),
            "summary": self.tr("What is asked"),
            "register_entries": self.tr("Data concerned (from the register)"),
        }
        for key, caption in self.captions.items():
            star = " *" if key in complaints.REQUIRED else ""
            caption.setText(captions[key] + star)
        for combo, labels in ((self.channel, channel_labels()), (self.kind, kind_labels()),
                              (self.complexity, complexity_labels())):
            for index in range(combo.count()):
                combo.setItemText(index, labels[combo.itemData(index)])
        self.kind.setPlaceholderText(self.tr("Choose…"))
        self.name.setPlaceholderText(self.tr("Full name, e.g. Nguyễn Văn An"))
        self.contact.setPlaceholderText(self.tr("Email, phone or address"))
        self.third_party.setText(self.tr("A processor or third party must act"))
        self.third_party.setToolTip(self.tr(
            "Decree 356 allows a longer deadline when a processor or another party must act."))
        self.summary.setPlaceholderText(self.tr(
            "e.g. Asks for a copy of all order history held about her"))
        self.save_button.setText(self.tr("Save"))
        if self.draft is not None:
            self._retranslate_email()
        self.update_preview()

    def _retranslate_email(self) -> None:
        self.setWindowTitle(self.tr("New case from e-mail"))
        source, values = self.draft.source.name, self.draft.values
        if values["received_on"]:
            when = self.tr("Received on {0}, as the message's date says: check it.").format(
                _dmy(date.fromisoformat(values["received_on"])))
        else:
            when = self.tr("The message has no usable date: enter the day it was received.")
        files = ", ".join(name for name, _ in self.draft.files)
        self.email_note.setText(self.tr(
            "From {0}. {1} Choose the kind of request and its complexity. Kept with the case "
            "(SHA-256): {2}.").format(source, when, files))
