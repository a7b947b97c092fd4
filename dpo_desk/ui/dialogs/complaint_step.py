"""The small forms of a complaint's workflow (DOMAIN D3): acknowledge, put on hold, answer
(with the reply text and its draft), close with an outcome, extend once, record the identity
check. Each step says when it happened (now by default; the letters carry that date, DOMAIN
D3.9). Core checks every step (`complaints.transition`, `extend`, `check_identity`,
`save_reply`); a refused step shows each message next to its field and changes nothing."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from dpo_desk.core import clock, complaints, deadlines
from dpo_desk.core.errors import ConflictError, NotFound, ValidationError
from dpo_desk.ui.complaints_model import (
    day_text,
    identity_labels,
    outcome_labels,
    status_labels,
)
from dpo_desk.ui.dialogs.incident_form import edited_time, now_to_minute, set_time, time_edit
from dpo_desk.ui.form import FormFrame
from dpo_desk.ui.i18n import citation
from dpo_desk.ui.widgets import Retranslating, label, push_button, vbox

# -- the dialogs ----------------------------------------------------------------------------

DIALOG_STYLE = """
QDateEdit { background: #ffffff; border: 1px solid #c9d1e1; border-radius: 6px; padding: 4px 6px; }
QDateEdit[invalid="true"], QWidget[invalid="true"] QRadioButton { color: #c62828; }
QDateEdit[invalid="true"] { border: 1px solid #c62828; background: #fff6f6; }
QFrame#deadlineBox { background: #eef3fd; border: 1px solid #c9d6f3; border-radius: 8px; }
QLabel#deadlinePreview { color: #17233d; }
"""


class StepDialog(Retranslating, QDialog):
    """A form for one step of case `case`: fields with their errors, OK and Cancel. The
    subclass builds the fields, names the step and calls core in `apply()`."""

    def __init__(self, desk, case: dict, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.case = case
        # the case as stored when the form opened: a step is refused if another window or
        # program changed the case meanwhile (issue 8, two writers)
        self.loaded = desk.get(complaints.TABLE, case["id"])
        self.setMinimumWidth(520)
        self.setStyleSheet(DIALOG_STYLE)
        self.intro = label("muted", wrap=True)
        self.general_error = label("fieldError", wrap=True)
        self.general_error.hide()
        self.frame = FormFrame(self.general_error, hide_empty_summary=True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions = self.frame.captions
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = push_button("primary", default=True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        vbox(self.intro, self.form, self.general_error, self.buttons, spacing=10, parent=self)

    def add_field(self, key: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"field_{key}")
        self.frame.row(self.form, key, widget, caption_width=120, spacing=2)
        return widget

    def add_when(self) -> None:
        """The "When" field of a step: now unless the DPO records it after the fact."""
        self.when_default = now_to_minute()
        self.when = self.add_field("at", time_edit("field_at"))
        set_time(self.when, self.when_default)

    def at(self) -> datetime | None:
        """When the step happened; None (now, to the second) while the field is untouched."""
        moment = edited_time(self.when)
        return None if moment == self.when_default else moment

    def retranslate_when(self) -> None:
        self.captions["at"].setText(self.tr("When"))
        self.when.setToolTip(self.tr(
            "When this step happened. Letters are dated by it; it cannot lie in the future "
            "or before the case's previous step."))

    def save(self) -> bool:
        """Run the step through core; stay open showing the errors when refused."""
        self.frame.clear_errors()
        try:
            self.apply()
        except ValidationError as error:
            self.frame.show_errors(error)
            return False
        except ConflictError:
            self.changed_elsewhere()
            return False
        self.accept()
        return True

    def changed_elsewhere(self) -> None:
        """The case was changed elsewhere since the form opened: nothing was saved; the form
        now works on the case as it is stored (what was typed stays) and says so."""
        try:
            self.case = complaints.get(self.desk, self.case["id"])
            self.loaded = self.desk.get(complaints.TABLE, self.case["id"])
        except NotFound:  # deleted elsewhere: nothing left to change
            self.reject()
            return
        self.retranslate()
        self.general_error.setText(self.tr(
            "Not saved: this case was changed elsewhere (another window or program) since "
            "this form was opened. It has been reloaded; check it and confirm again, or "
            "Cancel."))
        self.general_error.show()

    def apply(self) -> None:
        raise NotImplementedError

    def case_title(self) -> str:
        return f"#{self.case['id']} · {self.case['requester_name']}"


def _text_edit(height: int = 90, text: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit(text)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    if height < 200:
        edit.setMaximumHeight(height + 30)
    return edit


class HoldDialog(StepDialog):
    """Put a case on hold: the reason is required; the legal clock keeps running."""

    def __init__(self, desk, case: dict, parent=None):
        super().__init__(desk, case, parent)
        self.setObjectName("complaintHoldDialog")
        self.reason = self.add_field("reason", _text_edit())
        self.add_when()
        self.retranslate()

    def apply(self) -> None:
        complaints.transition(self.desk, self.case["id"], "on_hold",
                              reason=self.reason.toPlainText(), at=self.at(),
                              expected=self.loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Put on hold · {0}").format(self.case_title()))
        self.intro.setText(self.tr(
            "The case waits for the requester (for example a missing document). The due date "
            "{0} does not move: the legal deadline keeps running while the case is on hold.")
            .format(day_text(self.case["due"])))
        self.captions["reason"].setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. Waiting for a copy of the ID card"))
        self.retranslate_when()
        self.ok_button.setText(self.tr("Put on hold"))


class AcknowledgeDialog(StepDialog):
    """Acknowledge receipt: when the acknowledgement went out (the letter carries that date;
    Decree 356 Art. 5 allows 2 working days, DOMAIN D3.2)."""

    def __init__(self, desk, case: dict, parent=None):
        super().__init__(desk, case, parent)
        self.setObjectName("complaintAcknowledgeDialog")
        self.add_when()
        self.retranslate()

    def apply(self) -> None:
        complaints.transition(self.desk, self.case["id"], "acknowledged", at=self.at(),
                              expected=self.loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Acknowledge · {0}").format(self.case_title()))
        if self.case["ack_due"]:
            self.intro.setText(self.tr(
                "Record when the requester was told that the request was received. The law "
                "asks for it by {0}; the acknowledgement letter carries this date.").format(
                    day_text(self.case["ack_due"])))
        else:
            self.intro.setText(self.tr(
                "Record when the requester was told that the request was received; the "
                "acknowledgement letter carries this date."))
        self.retranslate_when()
        self.ok_button.setText(self.tr("Acknowledge"))


class ReplyDialog(StepDialog):
    """Write the reply; save it as a draft or mark the case answered with it."""

    def __init__(self, desk, case: dict, parent=None):
        super().__init__(desk, case, parent)
        self.setObjectName("complaintReplyDialog")
        self.setMinimumWidth(640)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.reply = self.add_field("reply_text", _text_edit(220, case["reply_text"] or ""))
        self.draft_button = push_button("saveDraft", self.save_draft)
        self.buttons.addButton(self.draft_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.draft_status = label("muted")
        self.form.addRow("", self.draft_status)
        self.add_when()
        self.ok_button.setEnabled("answered" in complaints.allowed_next(case["status"]))
        self.retranslate()

    def save_draft(self) -> bool:
        self.frame.clear_errors()
        try:
            complaints.save_reply(self.desk, self.case["id"], self.reply.toPlainText(),
                                  expected=self.loaded)
        except ValidationError as error:
            self.frame.show_errors(error)
            return False
        except ConflictError:
            self.changed_elsewhere()
            return False
        self.loaded = self.desk.get(complaints.TABLE, self.case["id"])  # our own change
        self.draft_status.setText(self.tr("Draft saved at {0}.").format(
            clock.now().strftime("%H:%M")))
        return True

    def apply(self) -> None:
        complaints.transition(self.desk, self.case["id"], "answered",
                              reply_text=self.reply.toPlainText(), at=self.at(),
                              expected=self.loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reply · {0}").format(self.case_title()))
        self.intro.setText(self.tr(
            "The reply is printed on the reply letter. Save a draft to finish it later, or mark "
            "the case answered once the reply has been sent."))
        self.captions["reply_text"].setText(self.tr("Reply"))
        self.draft_button.setText(self.tr("Save draft"))
        self.retranslate_when()
        self.ok_button.setText(self.tr("Mark answered"))


class CloseDialog(StepDialog):
    """Close a case with an outcome; a rejection needs its reason."""

    def __init__(self, desk, case: dict, parent=None):
        super().__init__(desk, case, parent)
        self.setObjectName("complaintCloseDialog")
        self.outcome = self.add_field("outcome", QComboBox())
        for code in complaints.OUTCOMES:
            self.outcome.addItem("", code)
        self.outcome.setCurrentIndex(self.outcome.findData(self._likely_outcome()))
        self.reason = self.add_field("reason", _text_edit())
        self.add_when()
        self.outcome.currentIndexChanged.connect(self._update_hint)
        self.retranslate()

    def _likely_outcome(self) -> str:
        if self.case["status"] == "answered":
            return "completed"
        if self.case["identity_result"] == "failed":
            return "identity_not_verified"
        return "withdrawn"

    def apply(self) -> None:
        complaints.transition(self.desk, self.case["id"], "closed",
                              outcome=self.outcome.currentData(),
                              reason=self.reason.toPlainText(), at=self.at(),
                              expected=self.loaded)

    def _update_hint(self) -> None:
        if self.outcome.currentData() == "rejected":
            self.reason.setPlaceholderText(self.tr(
                "Required: why the request is rejected (it is told to the requester)"))
        else:
            self.reason.setPlaceholderText(self.tr("Optional note"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Close · {0}").format(self.case_title()))
        self.intro.setText(self.tr(
            "A closed case is final. Only an answered case can be closed as completed."))
        self.captions["outcome"].setText(self.tr("Outcome"))
        self.captions["reason"].setText(self.tr("Reason"))
        for index, text in enumerate(outcome_labels().values()):
            self.outcome.setItemText(index, text)
        self.retranslate_when()
        self.ok_button.setText(self.tr("Close the case"))
        self._update_hint()


class ExtendDialog(StepDialog):
    """Extend once, by at most the law's extension, with the reason told to the requester;
    shows the new due date as the days change."""

    def __init__(self, desk, case: dict, parent=None):
        super().__init__(desk, case, parent)
        self.setObjectName("complaintExtendDialog")
        self.limit, self.source = complaints.extension_limit(case)
        self.calendar = deadlines.load_calendar(desk)
        self.days = self.add_field("days", QSpinBox())
        self.days.setRange(1, self.limit)
        self.days.setValue(self.limit)
        self.days.setMinimumWidth(120)
        self.days.setMaximumWidth(180)
        self.limit_note = label("muted", wrap=True)
        self.form.addRow("", self.limit_note)
        self.reason = self.add_field("reason", _text_edit())
        self.add_when()  # the day it was announced: before the due date ran out (D3.8)
        self.preview = label("deadlinePreview", wrap=True)
        self.form.addRow("", self.preview)
        self.days.valueChanged.connect(self.update_preview)
        self.retranslate()

    def update_preview(self) -> None:
        """The due date core would give (DOMAIN D3.8: the earlier of the extended promise
        and the extended legal limit)."""
        dues = complaints.compute_dues(self.case | {"extension_days": self.days.value()},
                                       self.calendar)
        self.preview.setText(self.tr("New due date: <b>{0}</b> (originally {1})").format(
            day_text(dues["due"]), day_text(self.case["original_due"])))

    def apply(self) -> None:
        complaints.extend(self.desk, self.case["id"], self.days.value(),
                          self.reason.toPlainText(), at=self.at(), expected=self.loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Extend · {0}").format(self.case_title()))
        self.intro.setText(self.tr(
            "A case may be extended once. The reason is told to the requester; the original "
            "due date stays on the record."))
        self.captions["days"].setText(self.tr("Extend by"))
        self.captions["reason"].setText(self.tr("Reason"))
        self.retranslate_when()
        self.days.setSuffix(self.tr(" days"))
        if self.source:
            self.limit_note.setText(self.tr("At most {0} days ({1}).").format(
                self.limit, citation(self.source)))
        else:
            self.limit_note.setText(self.tr(
                "At most {0} days (company practice: the law sets no extension for this "
                "kind).").format(self.limit))
        self.reason.setPlaceholderText(self.tr(
            "e.g. The data must be collected from our delivery partner"))
        self.ok_button.setText(self.tr("Extend"))
        self.update_preview()


class IdentityDialog(StepDialog):
    """Record how the requester's identity was checked and the result (DOMAIN D3.6); the
    case moves to "checking identity" and, once verified, on to work if asked."""

    METHODS = ("cccd", "email", "phone", "vneid")

    def __init__(self, desk, case: dict, parent=None):
        super().__init__(desk, case, parent)
        self.setObjectName("complaintIdentityDialog")
        self.method = self.add_field("identity_method", QComboBox())
        self.method.setEditable(True)
        self.method.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for _code in self.METHODS:
            self.method.addItem("")
        self.method.setCurrentIndex(-1)
        result = QWidget()
        row = QHBoxLayout(result)
        row.setContentsMargins(0, 0, 0, 0)
        self.result_group = QButtonGroup(self)
        self.result_buttons: dict[str, QRadioButton] = {}
        for code in complaints.IDENTITY_RESULTS:
            button = QRadioButton()
            button.setObjectName(f"identity_{code}")
            self.result_group.addButton(button)
            self.result_buttons[code] = button
            row.addWidget(button)
        row.addStretch(1)
        self.add_field("identity_result", result)
        self.add_when()
        self.start_work = QCheckBox()
        self.start_work.setObjectName("startWork")
        self.form.addRow("", self.start_work)
        self.result_group.buttonToggled.connect(self._update_start_work)
        self._update_start_work()
        if case["identity_method"]:
            self.method.setCurrentText(case["identity_method"])
        self.retranslate()

    def result(self) -> str:
        return next((code for code, button in self.result_buttons.items()
                     if button.isChecked()), "")

    def set_result(self, code: str) -> None:
        self.result_buttons[code].setChecked(True)

    def _update_start_work(self, *_) -> None:
        verified = self.result() == "verified"
        self.start_work.setEnabled(verified)
        self.start_work.setChecked(verified)

    def apply(self) -> None:
        complaints.check_identity(self.desk, self.case["id"], self.result(),
                                  method=self.method.currentText(), at=self.at(),
                                  start_work=self.start_work.isChecked(), expected=self.loaded)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Identity check · {0}").format(self.case_title()))
        self.intro.setText(self.tr(
            "A request about a person's own data needs their identity verified. Who checked "
            "and when is recorded; the deadline keeps running meanwhile."))
        self.captions["identity_method"].setText(self.tr("Method"))
        self.captions["identity_result"].setText(self.tr("Result"))
        self.retranslate_when()
        methods = (self.tr("Citizen ID card (CCCD) checked in person"),
                   self.tr("Reply from the email address we hold"),
                   self.tr("Call back to the phone number we hold"),
                   self.tr("VNeID electronic identification"))
        for index, text in enumerate(methods):
            self.method.setItemText(index, text)
        self.method.lineEdit().setPlaceholderText(self.tr("Choose or describe the method"))
        for code, text in identity_labels().items():
            self.result_buttons[code].setText(text)
        self.start_work.setText(self.tr("Then start work on the case ({0})").format(
            status_labels()["in_progress"]))
        self.ok_button.setText(self.tr("Record the check"))


class EraseDialog(StepDialog):
    """Erase a closed case's personal data (DOMAIN D6, core/erasure.py): the reason is
    required and recorded in the audit trail; the erasure cannot be undone."""

    def __init__(self, desk, case: dict, parent=None):
        super().__init__(desk, case, parent)
        self.setObjectName("complaintEraseDialog")
        self.reason = self.add_field("reason", _text_edit(70))
        self.ok_button.setObjectName("danger")
        self.retranslate()

    def apply(self) -> None:
        from dpo_desk.core import erasure

        erasure.erase_complaint(self.desk, self.case["id"], self.reason.toPlainText())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase personal data · {0}").format(self.case_title()))
        self.intro.setText(self.tr(
            "The requester's name and contact, the summary, the reply, the identity check's "
            "method, the reasons written on the case and its attached files are erased from "
            "the case and from its audit trail, for good. Dates, kind, status and outcome "
            "stay for the statistics; the audit trail keeps the hashes of what was erased and "
            "records who erased it and why. This cannot be undone; backups made before "
            "keep the data."))
        self.captions["reason"].setText(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. Retention period over; the requester "
                                               "asked for erasure"))
        self.ok_button.setText(self.tr("Erase for good"))


STEP_DIALOGS = {"acknowledged": AcknowledgeDialog, "on_hold": HoldDialog,
                "answered": ReplyDialog, "closed": CloseDialog, "extend": ExtendDialog,
                "identity_check": IdentityDialog, "erase": EraseDialog}
