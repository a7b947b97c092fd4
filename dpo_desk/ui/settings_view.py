"""Cài đặt: the company profile and preferences, validated by core.settings, and the
working-day calendar the deadlines are counted on."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)

from dpo_desk.core import settings
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.calendar_widget import CalendarSection
from dpo_desk.ui.i18n import LANGUAGES
from dpo_desk.ui.profile_form import (
    COMPANY_KEYS,
    DPO_KEYS,
    PREFERENCE_KEYS,
    REGISTRATION_KEYS,
    SIGNER_KEYS,
    ProfileForm,
)
from dpo_desk.ui.widgets import Page, Retranslating, hbox, push_button, vbox


class SettingsView(Retranslating, Page):
    name, icon_name = "settings", "settings"
    saved = Signal(dict)  # the values that were stored
    language_chosen = Signal(str)  # the interface language, the user's own (not the file's)

    def __init__(self, desk, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.form = ProfileForm((("company", COMPANY_KEYS), ("registration", REGISTRATION_KEYS),
                                 ("signer", SIGNER_KEYS), ("dpo", DPO_KEYS),
                                 ("preferences", PREFERENCE_KEYS)))
        self.form.changed.connect(self._on_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        holder.setObjectName("page")
        self.calendar = CalendarSection(desk)
        self.user_box = QGroupBox()
        self.interface_language = QComboBox()
        self.interface_language.setObjectName("interfaceLanguage")
        self.interface_language.setMinimumWidth(140)
        self.interface_language.setMinimumHeight(32)
        for code, language_name in LANGUAGES.items():
            self.interface_language.addItem(language_name, code)
        self.interface_language.currentIndexChanged.connect(self._on_language_chosen)
        self.interface_language_caption = QLabel()
        self.interface_language_caption.setBuddy(self.interface_language)
        self.interface_language_caption.setMinimumWidth(190)  # as the profile's captions
        self.interface_language_note = QLabel()
        self.interface_language_note.setObjectName("muted")
        self.interface_language_note.setWordWrap(True)
        row = hbox(self.interface_language_caption, self.interface_language, None)
        vbox(row, self.interface_language_note, parent=self.user_box)
        vbox(self.user_box, self.form, self.calendar, None, margins=(0, 0, 8, 0), spacing=16,
             parent=holder)
        scroll.setWidget(holder)
        self.body.addWidget(scroll, 1)

        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status_key = ""  # which message the status line shows, re-read on a language change
        self.revert_button = push_button(clicked=self.refresh)
        self.save_button = push_button("primary", self.save, default=True)
        buttons = hbox((self.status, 1), self.revert_button, self.save_button)
        self.body.addLayout(buttons)
        self.retranslate()
        self.refresh()

    def set_desk(self, desk) -> None:
        self.desk = desk
        self.calendar.set_desk(desk)
        self.refresh()

    def refresh(self) -> None:
        self.form.set_values(settings.get_all(self.desk))
        self._show_status("")
        self._set_dirty(False)
        self._show_interface_language()

    def _show_interface_language(self) -> None:
        from dpo_desk.ui.register_model import ui_language

        self.interface_language.blockSignals(True)
        self.interface_language.setCurrentIndex(
            max(self.interface_language.findData(ui_language()), 0))
        self.interface_language.blockSignals(False)

    def _on_language_chosen(self) -> None:
        self.language_chosen.emit(self.interface_language.currentData())

    def focus_search(self) -> None:
        self.form.inputs["company_name"].setFocus()

    def save(self) -> bool:
        """Store what changed; on error show each message next to its field."""
        stored = settings.get_all(self.desk)
        changed = {k: v for k, v in self.form.values().items() if str(stored.get(k, "")) != v}
        try:
            cleaned = settings.update(self.desk, changed)
        except ValidationError as error:
            self.form.show_errors(error)
            self._show_status("refused")
            return False
        self.form.set_values(settings.get_all(self.desk))
        self._show_status("saved" if cleaned else "unchanged")
        self._set_dirty(False)
        self.saved.emit(cleaned)
        return True

    def _on_changed(self) -> None:
        self._set_dirty(True)
        self._show_status("unsaved")

    def _show_status(self, key: str) -> None:
        """The status line by its meaning, so that it follows a change of language."""
        self.status_key = key
        self.status.setText({
            "": "", "saved": self.tr("Saved."), "unchanged": self.tr("Nothing to save."),
            "unsaved": self.tr("Unsaved changes."),
            "refused": self.tr("Not saved: correct the fields marked in red.")}[key])

    def _set_dirty(self, dirty: bool) -> None:
        self.revert_button.setEnabled(dirty)


    def retranslate(self) -> None:
        self.set_heading(self.tr("Settings"), self.tr(
            "The company profile printed on letters and notices, your preferences and, below "
            "them, the working-day calendar of every deadline. Fields marked * are required."))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.user_box.setTitle(self.tr("On this computer"))
        self.interface_language_caption.setText(self.tr("Interface language"))
        self.interface_language_note.setText(self.tr(
            "Your own choice, whichever database is open. The language of letters and "
            "reports is the company's, below."))
        self._show_interface_language()
        self._show_status(self.status_key)
