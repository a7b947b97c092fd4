"""The steps of an incident that need more than a click (DOMAIN D4): the harm assessment
(notify the authority or not, and why: D4.1), the notice to the authority (when, how,
its reference, and the reason when it is late: D4.2-D4.3) and the notice to the people
affected (when: D4.5). The sending steps keep the document as sent (D4.7): made from the
facts then, or the file actually sent. Core checks and records the step
(`incidents.transition`); this dialog collects the values and shows each error next to its
field."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import incidents, rules
from dpo_desk.core.errors import ConflictError, ValidationError
from dpo_desk.ui.dialogs.incident_form import (
    WORDS,
    edited_time,
    iso,
    now_to_minute,
    paint_tone,
    set_time,
    time_edit,
    zone_offset_text,
)
from dpo_desk.ui.form import FormFrame, FramedForm
from dpo_desk.ui.formatting import local_time
from dpo_desk.ui.widgets import Retranslating, hbox, label, push_button, set_heading, vbox


def fact_names() -> dict[str, str]:
    """Every incident fact and company profile fact by the DPO's name for it (the facts
    core names when the document made at a step lacks them)."""
    from dpo_desk.ui.dialogs.document import FactNames
    from dpo_desk.ui.profile_form import long_captions

    names = FactNames()
    keys = [*WORDS.captions(), "profile.dpo_phone_or_email",
            *(f"profile.{key}" for key in long_captions())]
    return {key: names.name(key) for key in keys}


STEPS_WITH_DIALOG = ("assessed", "authority_notified", "subjects_notified")


class IncidentStepDialog(FramedForm, Retranslating, QDialog):
    """Assess… (state "assessed"), Notify authority… ("authority_notified") or Subjects
    notified… ("subjects_notified")."""

    def __init__(self, desk, incident_id: int, state: str, parent=None):
        super().__init__(parent)
        if state not in STEPS_WITH_DIALOG:
            raise ValueError(f"no dialog for the step {state!r}")
        self.desk = desk
        self.incident_id = incident_id
        self.incident = incidents.get(desk, incident_id)
        self.loaded = desk.get(incidents.TABLE, incident_id)  # the stale-copy check's basis
        self.state = state
        self.setObjectName(f"incidentStep_{state}")
        self.setMinimumWidth(620)
        self.status = label("fieldError", wrap=True)
        # the facts a document made at the step lacks, named in the summary (DOMAIN D4.3)
        self.frame = FormFrame(self.status, names=fact_names)
        self.inputs, self.errors = self.frame.inputs, self.frame.errors
        self.captions, self.rows = self.frame.captions, self.frame.rows

        self.heading = label("cardTitle", wrap=True)
        self.intro = label("muted", wrap=True)
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        if state == "assessed":
            self._build_assessment()
        elif state == "authority_notified":
            self._build_notice()
        else:
            self._build_subjects()
        self.cancel_button = push_button(clicked=self.reject)
        self.save_button = push_button("primary", self.save, default=True)
        buttons = hbox((self.status, 1), self.cancel_button, self.save_button)
        vbox(self.heading, self.intro, self.form, None, buttons, margins=(22, 18, 18, 14),
             spacing=10, parent=self)
        self.retranslate()

    # -- construction ------------------------------------------------------------------------

    def _row(self, key: str, widget: QWidget, focus: QWidget | None = None) -> None:
        self.frame.row(self.form, key, widget, focus)

    def _build_assessment(self) -> None:
        self.decisions = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        choices = QWidget()
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        for code in incidents.DECISIONS[1:]:
            button = QRadioButton()
            button.setObjectName(f"decision_{code}")
            button.setChecked(self.incident["notify_decision"] == code)
            self.decisions.addButton(button)
            self.decision_buttons[code] = button
            column.addWidget(button)
        self._row("notify_decision", choices, self.decision_buttons["notify"])
        self.assessment_edit = QPlainTextEdit(self.incident["assessment"])
        self.assessment_edit.setObjectName("field_assessment")
        self.assessment_edit.setTabChangesFocus(True)
        self.assessment_edit.setFixedHeight(96)
        self._row("assessment", self.assessment_edit)

    def _build_time(self) -> None:
        """When the document was sent, and whether that is in time."""
        self.time_edit = time_edit("field_at")
        set_time(self.time_edit, now_to_minute())
        self.time_edit.dateTimeChanged.connect(self._update_lateness)
        self.zone_label = label("muted")
        moment = QWidget()
        hbox(self.time_edit, self.zone_label, None, margins=0, parent=moment)
        self._row("at", moment, self.time_edit)
        self.lateness = QLabel()
        self.lateness.setObjectName("lateness")
        self.lateness.setWordWrap(True)
        self.form.addRow(QLabel(), self.lateness)

    def _build_file(self) -> None:
        """DOMAIN D4.7: the document as sent is kept; made now from the facts unless the
        DPO gives the file actually sent."""
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("field_file")
        self.file_edit.setReadOnly(True)
        self.file_edit.setMinimumHeight(32)
        self.file_button = push_button("chooseSentFile", self.choose_file)
        sent = QWidget()
        hbox((self.file_edit, 1), self.file_button, margins=0, parent=sent)
        self._row("file", sent, self.file_edit)

    def _build_subjects(self) -> None:
        self._build_time()
        self._build_file()

    def _build_notice(self) -> None:
        self._build_time()
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("field_submission_channel")
        self.channel_combo.setMinimumHeight(32)
        for code in incidents.CHANNELS:
            self.channel_combo.addItem("", code)
        self.channel_combo.setCurrentIndex(
            max(self.channel_combo.findData(self.incident["submission_channel"]), 0))
        self._row("submission_channel", self.channel_combo)
        self.reference_edit = QLineEdit(self.incident["notice_reference"])
        self.reference_edit.setObjectName("field_notice_reference")
        self.reference_edit.setMinimumHeight(32)
        self._row("notice_reference", self.reference_edit)
        self.late_edit = QPlainTextEdit(self.incident["late_reason"])
        self.late_edit.setObjectName("field_late_reason")
        self.late_edit.setTabChangesFocus(True)
        self.late_edit.setFixedHeight(84)
        self._row("late_reason", self.late_edit)
        self._build_file()

    # -- values ------------------------------------------------------------------------------

    def moment(self) -> datetime:
        return edited_time(self.time_edit)

    def is_late(self) -> bool:
        """Core's rule: sent after the deadline of the incident's regime (DOMAIN D4.2)."""
        return incidents.is_late({**self.incident, "notified_at": iso(self.moment())},
                                 self.moment())

    def _update_lateness(self, *_) -> None:
        if self.state == "subjects_notified":
            self._update_subjects_lateness()
            return
        deadline = datetime.fromisoformat(self.incident["notify_by"])
        late = self.is_late()
        state, minutes = rules.clock_state(deadline, iso(self.moment()), self.moment())
        if late:
            text = self.tr("Deadline {0}: a notice sent at this time is late by {1}. Give "
                           "the reason for the delay; it is printed on the notice.").format(
                local_time(self.incident["notify_by"]), WORDS.duration(minutes))
        else:
            text = self.tr("Deadline {0}: a notice sent at this time is on time.").format(
                local_time(self.incident["notify_by"]))
        self.lateness.setText(text)
        paint_tone(self.lateness, "bad" if late else "ok")
        self.rows["late_reason"].setVisible(late)
        self.captions["late_reason"].setVisible(late)

    def _update_subjects_lateness(self) -> None:
        """DOMAIN D4.5: location or biometric data -> the people within 72 hours of
        discovery (Decree 356 Art. 29); otherwise no deadline (good practice)."""
        due = self.incident["subjects_notify_by"]
        if due is None:
            self.lateness.setText(self.tr("No deadline: the breach involves no location or "
                                          "biometric data (Decree 356, Art. 29)."))
            paint_tone(self.lateness, "muted")
            return
        late = self.moment() > datetime.fromisoformat(due)
        self.lateness.setText((self.tr(
            "Deadline {0} (Decree 356, Art. 29): a notice sent at this time is late.") if late
            else self.tr("Deadline {0} (Decree 356, Art. 29): a notice sent at this time is "
                         "on time.")).format(local_time(due)))
        paint_tone(self.lateness, "bad" if late else "ok")

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The notice as it was sent"),
                                              str(Path(self.desk.path).parent))
        if path:
            self.file_edit.setText(path)

    def transition_arguments(self) -> dict:
        if self.state == "assessed":
            chosen = next((c for c, b in self.decision_buttons.items() if b.isChecked()), None)
            return {"decision": chosen, "assessment": self.assessment_edit.toPlainText()}
        sent = incidents.read_sent_file(self.file_edit.text()) if self.file_edit.text() \
            else None
        if self.state == "subjects_notified":
            return {"at": iso(self.moment()), "sent_file": sent}
        return {"at": iso(self.moment()),
                "channel": self.channel_combo.currentData() or "",
                "reference": self.reference_edit.text(),
                "late_reason": self.late_edit.toPlainText() if self.is_late() else None,
                "sent_file": sent}

    # -- saving ------------------------------------------------------------------------------

    def save(self) -> bool:
        """Record the step through core; on error show the messages and record nothing."""
        try:
            incidents.transition(self.desk, self.incident_id, self.state,
                                 expected=self.loaded, **self.transition_arguments())
        except ValidationError as error:
            self.show_errors(error)
            self.adjustSize()  # the summary may run to several lines
            return False
        except ConflictError:  # another window or program stepped it meanwhile
            self.clear_errors()
            self.incident = incidents.get(self.desk, self.incident_id)
            self.loaded = self.desk.get(incidents.TABLE, self.incident_id)
            self.status.setText(self.tr(
                "Not recorded: the incident was changed elsewhere meanwhile. Close and check it."))
            return False
        self.accept()
        return True

    def headline(self) -> str:
        return self.tr("Not recorded: correct the fields marked in red.")

    # -- texts -------------------------------------------------------------------------------

    def _file_texts(self) -> None:
        self.captions["at"].setText(self.tr("Sent at *"))
        self.zone_label.setText(zone_offset_text())
        self.captions["file"].setText(self.tr("File as sent"))
        self.file_edit.setPlaceholderText(self.tr("Empty: made from the facts"))
        self.file_edit.setToolTip(self.tr(
            "Empty: the notice is made now from the facts and kept as sent"))
        self.file_button.setText(self.tr("Choose…"))

    def retranslate(self) -> None:
        captions = WORDS.captions()
        title = self.incident["title"]
        if self.state == "assessed":
            set_heading(self, self.tr("Assess: {0}").format(title), self.tr(
                "Notify the Ministry of Public Security when the breach may harm national "
                "defence, security, public order, or a person's life, health, honour, dignity "
                "or property (Law 91/2025, Art. 23). Record the decision and why."),
                window_title=self.tr("Assess the incident"))
            self.captions["notify_decision"].setText(captions["notify_decision"] + " *")
            self.captions["assessment"].setText(captions["assessment"])
            for code, text in WORDS.decisions().items():
                self.decision_buttons[code].setText(text)
            self.assessment_edit.setPlaceholderText(self.tr(
                "e.g. Bank details of 86 employees exposed: risk to their property"))
            self.save_button.setText(self.tr("Record the assessment"))
        elif self.state == "subjects_notified":
            set_heading(self, self.tr("Notice to the people affected: {0}").format(title),
                        self.tr("Record when the people whose data were affected were told. "
                                "The notice is kept as sent: give the file that was sent, "
                                "or it is made now from the facts."),
                        window_title=self.tr("Notice to the people affected"))
            self._file_texts()
            self.save_button.setText(self.tr("Record the notice"))
            self._update_lateness()
        else:
            set_heading(self, self.tr("Notice to the authority: {0}").format(title), self.tr(
                "Record when and how the notice reached the specialised personal data "
                "protection agency of the Ministry of Public Security."),
                window_title=self.tr("Notice to the authority"))
            self.captions["submission_channel"].setText(captions["submission_channel"] + " *")
            self.captions["notice_reference"].setText(captions["notice_reference"])
            self.captions["late_reason"].setText(captions["late_reason"] + " *")
            self.channel_combo.setItemText(0, self.tr("Choose…"))
            for code, text in WORDS.channels().items():
                self.channel_combo.setItemText(self.channel_combo.findData(code), text)
            self.reference_edit.setPlaceholderText(self.tr(
                "the portal's or agency's receipt code, if given"))
            self.late_edit.setPlaceholderText(self.tr(
                "e.g. The scope of the data had to be checked with the cloud provider"))
            self._file_texts()
            self.save_button.setText(self.tr("Record the notice"))
            self._update_lateness()
        self.cancel_button.setText(self.tr("Cancel"))
