"""A piece of evidence's title, and whether it goes with the notice to the authority
(DOMAIN D4.3: "3. Tài liệu kèm theo" lists it by that title, never by its file name; the
minutes are listed there by themselves). Core checks and audits the change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLineEdit,
    QVBoxLayout,
)

from dpo_desk.core import attachments
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.form import error_label, mark_invalid
from dpo_desk.ui.i18n import core_message
from dpo_desk.ui.widgets import Retranslating, hbox, label, push_button


class EvidenceDialog(Retranslating, QDialog):
    def __init__(self, desk, attachment: dict, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.attachment = attachment
        self.setObjectName("evidenceDialog")
        self.setMinimumWidth(560)
        self.heading = label("cardTitle", wrap=True)
        self.intro = label("muted", wrap=True)
        self.title_edit = QLineEdit(attachment["title"])
        self.title_edit.setObjectName("field_title")
        self.title_edit.setMinimumHeight(32)
        self.error = error_label()
        self.with_notice = QCheckBox()
        self.with_notice.setObjectName("field_with_notice")
        self.with_notice.setChecked(bool(attachment["with_notice"]))
        self.cancel_button = push_button(clicked=self.reject)
        self.save_button = push_button("primary", self.save, default=True)
        buttons = hbox(None, self.cancel_button, self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 18, 14)
        for widget in (self.heading, self.intro, self.title_edit, self.error,
                       self.with_notice):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.retranslate()

    def save(self) -> bool:
        try:
            attachments.describe(self.desk, self.attachment["id"],
                                 title=self.title_edit.text(),
                                 with_notice=self.with_notice.isChecked())
        except ValidationError as error:
            self.error.setText("\n".join(core_message(e) for e in error.errors))
            self.error.show()
            mark_invalid(self.title_edit, True)
            return False
        self.accept()
        return True

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Evidence"))
        self.heading.setText(self.attachment["filename"])
        self.intro.setText(self.tr(
            "The notice to the Ministry lists the documents sent with it by their titles; "
            "the minutes are always listed."))
        self.title_edit.setPlaceholderText(self.tr("e.g. Access log of the backup server"))
        self.with_notice.setText(self.tr("Send with the notice to the authority"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Save"))
