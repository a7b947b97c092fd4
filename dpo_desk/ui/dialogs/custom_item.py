"""Add the company's own data item (one the catalogue lacks), basic or sensitive; core
checks it (register.add_custom_item) and keeps it for every entry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
)

from dpo_desk.core import register
from dpo_desk.core.catalogue import Item
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.form import FormFrame, error_label
from dpo_desk.ui.widgets import Retranslating, hbox, label, push_button, vbox


class CustomItemDialog(Retranslating, QDialog):
    def __init__(self, desk, text: str = "", parent=None):
        super().__init__(parent)
        self.desk = desk
        self.item: Item | None = None
        self.setObjectName("customItemDialog")
        self.setMinimumWidth(520)
        self.intro = label("muted", wrap=True)
        self.caption = QLabel()
        self.label_edit = QLineEdit(text)
        self.label_edit.setObjectName("field_label")
        self.caption.setBuddy(self.label_edit)
        self.label_error = error_label()
        self.basic = QRadioButton()
        self.basic.setChecked(True)
        self.sensitive = QRadioButton()
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.basic)
        self.kind.addButton(self.sensitive)
        self.kind_caption = QLabel()
        self.kind_error = error_label()
        self.frame = FormFrame()
        self.frame.add("label", self.label_edit, self.label_error)
        self.frame.add("category_type", self.basic, self.kind_error)
        self.cancel_button = push_button(clicked=self.reject)
        self.save_button = push_button("primary", self.save, default=True)

        layout = vbox(self.intro, 6, self.caption, self.label_edit, self.label_error, 6,
                      self.kind_caption, self.basic, self.sensitive, self.kind_error,
                      margins=(22, 18, 22, 16), parent=self)
        buttons = hbox(None, self.cancel_button, self.save_button)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.retranslate()

    def category_type(self) -> str:
        return "sensitive" if self.sensitive.isChecked() else "basic"

    def save(self) -> bool:
        try:
            self.item = register.add_custom_item(self.desk, self.label_edit.text(),
                                                 self.category_type())
        except ValidationError as error:
            self.show_errors(error)
            return False
        self.accept()
        return True

    def show_errors(self, error: ValidationError) -> None:
        self.frame.show_errors(error)
        self.adjustSize()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add your own data item"))
        self.intro.setText(self.tr(
            "For data the catalogue of Decree 356 does not list. The item is kept in this "
            "database and offered in every entry of the register."))
        self.caption.setText(self.tr("Name of the data item"))
        self.label_edit.setPlaceholderText(self.tr("e.g. Shoe size"))
        self.kind_caption.setText(self.tr("Kind of personal data"))
        self.basic.setText(self.tr("Basic personal data"))
        self.sensitive.setText(self.tr("Sensitive personal data (Decree 356, Art. 4)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_button.setText(self.tr("Add item"))
