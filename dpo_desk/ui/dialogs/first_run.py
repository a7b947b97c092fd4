"""The first-start dialog: the profile essentials, each error shown next to its field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from dpo_desk.core import settings
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.profile_form import ProfileForm
from dpo_desk.ui.widgets import (
    Retranslating,
    hbox,
    keep_wrapped_height,
    label,
    push_button,
    set_heading,
    vbox,
)

ESSENTIAL_GROUPS = (("company", ("company_name", "tax_code", "address")),
                    ("dpo", ("dpo_name", "dpo_phone", "dpo_email")))


class FirstRunDialog(Retranslating, QDialog):
    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("firstRunDialog")
        self.heading = label("pageTitle")
        self.intro = label("pageSubtitle", wrap=True)
        # The width on the text, not the dialog: a dialog with a minimum size of its own
        # is not held by its layout's minimum height, and the field messages were cut.
        self.intro.setMinimumWidth(576)
        self.form = ProfileForm(ESSENTIAL_GROUPS)
        self.form.set_values(settings.get_all(desk))
        self.later_button = push_button(clicked=self.reject)
        self.save_button = push_button("primary", self.save, default=True)
        self.status = QLabel()
        self.status.setObjectName("fieldError")
        buttons = hbox((self.status, 1), self.later_button, self.save_button)
        vbox(self.heading, self.intro, self.form, buttons, margins=(22, 18, 22, 18), parent=self)
        keep_wrapped_height(self)  # the wrapped intro counted in the height it needs
        self.retranslate()

    def save(self) -> bool:
        try:
            settings.update(self.desk, self.form.values())
        except ValidationError as error:
            self.form.show_errors(error)
            self.status.setText(self.tr("Please correct the fields marked in red."))
            self.adjustSize()
            return False
        self.accept()
        return True


    def retranslate(self) -> None:
        set_heading(self, self.tr("Welcome to DPO Desk"), self.tr(
            "Before you start, tell DPO Desk who the company is and who is responsible for "
            "data protection. These facts go on every notice to the Ministry of Public "
            "Security and every letter to a data subject. You can change them later in "
            "Settings."))
        self.save_button.setText(self.tr("Save and start"))
        self.later_button.setText(self.tr("Later"))
