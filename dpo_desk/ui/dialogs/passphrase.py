"""Passphrases in the window (issue 13): choosing one for a new database, and unlocking an
encrypted one (at start, on File > Open, and on the lock screen after Lock now or idle time),
optionally remembering its key in the system keyring (core/keychain.py; off by default).

The checks are core's (`cipher.strength`, `desk.key_for`); nothing here touches the file
except through them, so a wrong passphrase leaves it byte-identical.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core import cipher
from dpo_desk.core.errors import DeskError, WrongPassphrase
from dpo_desk.ui.widgets import Retranslating, hbox, label, push_button, set_heading, vbox


def _secret() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def _busy(work):
    """Run `work` (the key derivation takes a few tenths of a second) under a wait cursor."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return work()
    finally:
        QApplication.restoreOverrideCursor()


def _top(owner: QWidget, path: Path, layout: QVBoxLayout) -> None:
    """The heading, the text under it and the file's path, the same in both forms."""
    owner.path = Path(path)
    owner.heading = label("pageTitle")
    owner.intro = label("pageSubtitle", wrap=True)
    owner.file_label = label("muted", str(owner.path), wrap=True)
    layout.setContentsMargins(22, 18, 22, 18)
    layout.setSpacing(8)
    for widget in (owner.heading, owner.intro, owner.file_label):
        layout.addWidget(widget)


class UnlockPanel(Retranslating, QWidget):
    """The passphrase form of an encrypted file: calm, one field, retry as often as needed;
    and "Remember on this computer", which keeps the file's key in the system keyring once
    the passphrase opens it (unticked: a key kept before is forgotten). The box shows
    whether a key is kept; it is disabled, saying why, without a usable keyring."""

    unlocked = Signal()

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        layout = QVBoxLayout(self)
        _top(self, path, layout)
        self.field = _secret()
        self.field.setObjectName("unlockPassphrase")
        self.field.returnPressed.connect(self.try_unlock)
        self.status = label("fieldError", wrap=True)
        self.remember = QCheckBox()
        self.remember.setObjectName("rememberKey")
        self.remember_note = label("muted", wrap=True)
        self.remember_note.setIndent(24)  # under the box's text, not under the box
        self.keyring_ready = False
        self.unlock_button = push_button("primary", self.try_unlock, default=True)
        self.buttons = hbox(None, self.unlock_button)
        layout.addSpacing(6)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.remember)
        layout.addWidget(self.remember_note)
        layout.addSpacing(6)
        layout.addLayout(self.buttons)
        self.offer_remember()
        self.retranslate()

    def offer_remember(self) -> None:
        """The remember box for the file of `path`: ticked when its key is kept already,
        disabled when no system keyring can keep one (loads `keyring`: not at the window's
        start, only when a passphrase is asked)."""
        from dpo_desk.core import keychain

        self.keyring_ready = keychain.available()
        self.remember.setEnabled(self.keyring_ready)
        self.remember.setChecked(self.keyring_ready
                                 and keychain.is_remembered(cipher.file_salt(self.path)))
        self._explain_remember()

    def try_unlock(self) -> bool:
        from dpo_desk.core.desk import key_for

        passphrase = self.field.text()
        if not passphrase:
            self.status.setText(self.tr("Type the passphrase of this database."))
            return False
        try:
            key = _busy(lambda: key_for(self.path, passphrase))
        except WrongPassphrase:
            self.status.setText(self.tr(
                "This passphrase does not open the file. Check Caps Lock and the keyboard "
                "language, then try again. The file was not changed."))
            self.field.selectAll()
            self.field.setFocus()
            self._fit()
            return False
        except DeskError as error:
            self.status.setText(str(error))
            self._fit()
            return False
        self.field.clear()
        self.status.clear()
        self._keep(key)
        self.unlocked.emit()
        return True

    def _keep(self, key: cipher.Key | None) -> None:
        """What the remember box says, done once the passphrase has opened the file. A
        keyring that fails is logged (core/keychain.py) and the file opens all the same."""
        if key is None or not self.keyring_ready:
            return
        from dpo_desk.core import keychain

        if self.remember.isChecked():
            keychain.remember(key)
        else:
            keychain.forget(key.salt)

    def _fit(self) -> None:
        """A dialog grows to show the whole message (the lock screen has room)."""
        if isinstance(self.window(), QDialog):
            self.window().adjustSize()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("This database is locked"))
        self.intro.setText(self.tr(
            "Its contents are encrypted. Type its passphrase to open it."))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.remember.setText(self.tr("Remember on this computer (system keyring)"))
        self._explain_remember()
        self.unlock_button.setText(self.tr("Unlock"))

    def _explain_remember(self) -> None:
        self.remember_note.setText(self.tr(
            "Anyone who can log in as you on this computer can then open this file without "
            "the passphrase (its key is kept, not the passphrase). Lock now still asks for it.")
            if self.keyring_ready else self.tr(
            "This computer has no system keyring that DPO Desk can use, so the passphrase "
            "cannot be remembered here."))


class UnlockDialog(Retranslating, QDialog):
    """The unlock form as a dialog: at start and when opening an encrypted file."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setMinimumWidth(520)
        self.panel = UnlockPanel(path, self)
        self.panel.unlocked.connect(self.accept)
        self.cancel_button = push_button(clicked=self.reject)
        self.panel.buttons.insertWidget(1, self.cancel_button)
        vbox(self.panel, margins=0, parent=self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unlock the database"))
        self.cancel_button.setText(self.tr("Cancel"))


class NewPassphraseDialog(Retranslating, QDialog):
    """The passphrase of a new database, typed twice, with a strength hint; or, chosen
    explicitly and with a warning, no passphrase at all."""

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newPassphraseDialog")
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        _top(self, path, layout)
        self.first = _secret()
        self.first.setObjectName("newPassphrase")
        self.second = _secret()
        self.second.setObjectName("repeatPassphrase")
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.first_label, self.second_label = QLabel(), QLabel()
        self.strength = label("muted", wrap=True)
        self.strength.setObjectName("strengthHint")
        form = QFormLayout()
        form.addRow(self.first_label, self.first)
        form.addRow(self.second_label, self.second)
        form.addRow("", self.strength)
        self.no_passphrase = QCheckBox()
        self.no_passphrase.setObjectName("noPassphrase")
        self.no_passphrase.toggled.connect(self._update)
        self.warning = label("fieldError", wrap=True)
        self.status = label("fieldError", wrap=True)
        self.cancel_button = push_button(clicked=self.reject)
        self.create_button = push_button("primary", self.choose, default=True)
        buttons = hbox((self.status, 1), self.cancel_button, self.create_button)
        layout.addLayout(form)
        layout.addWidget(self.no_passphrase)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self.retranslate()

    @property
    def passphrase(self) -> str | None:
        """The chosen passphrase; None for a plain file (after `choose` accepted)."""
        return None if self.no_passphrase.isChecked() else self.first.text()

    def choose(self) -> bool:
        if not self.no_passphrase.isChecked():
            if cipher.strength(self.first.text()) == 0:
                self.status.setText(self.tr("Use at least {0} characters.")
                                    .format(cipher.MIN_LENGTH))
                return False
            if self.first.text() != self.second.text():
                self.status.setText(self.tr("The two passphrases differ; type them again."))
                self.second.selectAll()
                self.second.setFocus()
                return False
        self.accept()
        return True

    def _update(self) -> None:
        plain = self.no_passphrase.isChecked()
        self.first.setEnabled(not plain)
        self.second.setEnabled(not plain)
        self.status.clear()
        self.warning.setText(self.tr(
            "Without a passphrase, anyone who gets a copy of the file (a lost laptop, a "
            "backup disk) can read every name, contact and ID scan in it. Choose this only "
            "for trying DPO Desk out.") if plain else "")
        hints = (self.tr("Too short: at least {0} characters.").format(cipher.MIN_LENGTH),
                 self.tr("Weak: make it longer, or mix words, digits and signs."),
                 self.tr("Fair: a few more characters make it strong."),
                 self.tr("Strong."))
        typed = self.first.text()
        self.strength.setText("" if plain or not typed else hints[cipher.strength(typed)])

    def retranslate(self) -> None:
        set_heading(self, self.tr("Protect the new database"), self.tr(
            "DPO Desk encrypts the database and its backups with a passphrase. A sentence "
            "of four or more words you will remember is a good one. "
            "Keep it safe: without it nobody, not even the developers, can recover the data."))
        self.first_label.setText(self.tr("Passphrase"))
        self.second_label.setText(self.tr("Repeat it"))
        self.no_passphrase.setText(self.tr("Use no passphrase (not recommended)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.create_button.setText(self.tr("Create the database"))
        self._update()
