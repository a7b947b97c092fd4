"""Add the company's own data item (one the catalogue lacks), basic or sensitive; core
checks it (register.add_custom_item) and keeps it for every entry."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from dpo_desk.core import register
from dpo_desk.core.catalogue import Item
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.form import FormFrame, error_label
from dpo_desk.ui.widgets import Retranslating, label


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
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = QPushButton()
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 16)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.caption)
        layout.addWidget(self.label_edit)
        layout.addWidget(self.label_error)
        layout.addSpacing(6)
        layout.addWidget(self.kind_caption)
        layout.addWidget(self.basic)
        layout.addWidget(self.sensitive)
        layout.addWidget(self.kind_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
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
