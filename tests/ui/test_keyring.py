"""Remembering an encrypted file's key in the system keyring, in the window (issue 13, optional):
off by default; ticked, the next start opens the file without asking; a key that no longer
opens it is asked for again; Lock now still asks; File > Forget removes it; no keyring: the
box is disabled and says why; a failing keyring never stops the file from opening. The
keyring is a real backend kept in memory (tests/conftest.py), the files real SQLCipher ones."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dpo_desk.core import cipher, keychain
from dpo_desk.ui.dialogs.passphrase import UnlockDialog
from tests.ui import test_encryption
from tests.ui.conftest import close_now
from tests.ui.test_encryption import PASSPHRASE, SHOTS, _start_on, check, when_shown

# test_encryption's fixtures: no key known before and after each test (autouse), and an
# encrypted demo file whose key is not known yet
_no_keys_left = test_encryption._no_keys_left
encrypted = test_encryption.encrypted

OTHER = "another passphrase, set with another SQLCipher tool"


def start(qtbot, path, act=None):
    """The everyday start on `path` (the window painted, then the file opened): `act` is
    done on the unlock dialog if one opens (None: it must not). Returns the started window
    and the dialogs seen."""
    window, failed = _start_on(path)
    seen = when_shown(UnlockDialog, act) if act else refuse_if_asked(window, failed)
    window.show()
    qtbot.waitUntil(lambda: window.started or bool(failed), timeout=10_000)
    if act is None:
        assert not failed and not seen, "the passphrase was asked"
    else:
        check(seen)
    return window


def refuse_if_asked(window, failed: list) -> list:
    """Cancel an unlock dialog if one opens while `window` starts (then returned in the
    list); stops looking once the window has started or failed."""
    seen = []

    def poke():
        if window.started or failed:
            return
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, UnlockDialog) and w.isVisible()]
        if found:
            seen.append(found[0])
            found[0].reject()
        else:
            QTimer.singleShot(20, poke)

    QTimer.singleShot(0, poke)
    return seen


def close(window) -> None:
    if window.desk is not None and not window.locked:
        window.desk.unsubscribe(window._on_data_changed)
    close_now(window)
    if window.desk is not None:
        window.desk.close()
    cipher.forget()  # as a new process starts


def type_passphrase(remember: bool | None):
    def act(dialog: UnlockDialog):
        panel = dialog.panel
        assert not panel.remember.isChecked()  # off by default
        if remember is not None:
            panel.remember.setChecked(remember)
        panel.field.setText(PASSPHRASE)
        assert panel.try_unlock()
    return act


def test_remembered_the_next_start_opens_without_asking(app, qtbot, encrypted,
                                                        memory_keyring):
    window = start(qtbot, encrypted, type_passphrase(remember=None))  # left unticked
    assert memory_keyring.entries == {} and not window.act_forget_key.isEnabled()
    close(window)

    window = start(qtbot, encrypted, type_passphrase(remember=True))
    assert window.desk.key is not None and window.act_forget_key.isEnabled()
    (stored,) = memory_keyring.entries.values()
    assert stored == window.desk.key.raw.hex()
    assert PASSPHRASE not in repr(memory_keyring.entries)
    assert PASSPHRASE.encode().hex() not in repr(memory_keyring.entries)
    close(window)

    window = start(qtbot, encrypted)  # not asked
    try:
        assert window.desk.key is not None and window.current_view().name == "dashboard"
        assert window.menuBar().isEnabled() and window.act_forget_key.isEnabled()
    finally:
        close(window)


def test_a_stale_remembered_key_is_ignored_and_the_passphrase_asked(app, qtbot, encrypted,
                                                                    memory_keyring):
    """The file re-keyed by another SQLCipher tool (the salt stays, the key changes)."""
    window = start(qtbot, encrypted, type_passphrase(remember=True))
    key = window.desk.key
    close(window)
    conn = cipher.connect(str(encrypted), key)
    conn.execute(f"PRAGMA rekey = '{OTHER}'")
    conn.close()
    assert memory_keyring.entries and cipher.file_salt(encrypted) == key.salt

    def asked(dialog: UnlockDialog):
        assert not keychain.is_remembered(key.salt)  # forgotten before asking
        assert not dialog.panel.remember.isChecked()
        dialog.panel.field.setText(OTHER)
        assert dialog.panel.try_unlock()

    window = start(qtbot, encrypted, asked)
    try:
        assert window.desk is not None and memory_keyring.entries == {}
        assert not window.act_forget_key.isEnabled()
    finally:
        close(window)


def test_lock_still_asks_for_the_passphrase(app, qtbot, encrypted, memory_keyring):
    window = start(qtbot, encrypted, type_passphrase(remember=True))
    close(window)
    window = start(qtbot, encrypted)
    try:
        window.act_lock.trigger()
        qtbot.wait(50)
        assert window.locked and window.pages.currentIndex() == 1  # not unlocked by itself
        panel = window.lock_panel
        assert panel.remember.isEnabled() and panel.remember.isChecked()  # shows it is kept
        assert not window.act_forget_key.isEnabled()  # the menus wait for the passphrase
        assert "Lock" in panel.remember_note.text() or "Khóa" in panel.remember_note.text()
        window.grab().save(str(SHOTS / "dpo-lock-screen-remembered.png"))
        panel.field.setText(PASSPHRASE)
        assert panel.try_unlock() and not window.locked
        assert memory_keyring.entries and window.act_forget_key.isEnabled()
        window.act_lock.trigger()
        qtbot.wait(50)  # the dropped views deleted, as before anyone can type
        panel.remember.setChecked(False)  # unticked on the lock screen: forgotten
        panel.field.setText(PASSPHRASE)
        assert panel.try_unlock()
        assert memory_keyring.entries == {} and not window.act_forget_key.isEnabled()
    finally:
        close(window)


def test_file_forget_removes_the_remembered_key(app, qtbot, encrypted, memory_keyring):
    window = start(qtbot, encrypted, type_passphrase(remember=True))
    try:
        assert window.act_forget_key.isEnabled()
        window.act_forget_key.trigger()
        assert memory_keyring.entries == {} and not window.act_forget_key.isEnabled()
        assert window.statusBar().currentMessage()
    finally:
        close(window)
    window = start(qtbot, encrypted, type_passphrase(remember=None))  # asked again
    close(window)


def test_without_a_keyring_the_box_is_disabled_and_says_why(app, qtbot, encrypted):
    dialog = UnlockDialog(encrypted)  # the tests' default backend: keyring's fail backend
    qtbot.addWidget(dialog)
    panel = dialog.panel
    assert not panel.remember.isEnabled() and not panel.remember.isChecked()
    note = panel.remember_note.text()
    assert "no system keyring" in note or "không có kho mật khẩu" in note
    panel.field.setText(PASSPHRASE)
    assert panel.try_unlock()
    assert not keychain.is_remembered(cipher.file_salt(encrypted))


def test_a_failing_keyring_never_stops_the_file_from_opening(app, qtbot, encrypted,
                                                            memory_keyring, keyring_backend,
                                                            broken_keyring):
    keyring_backend(memory_keyring)
    window = start(qtbot, encrypted, type_passphrase(remember=True))
    close(window)
    keyring_backend(broken_keyring)  # the keyring breaks: the passphrase is asked instead

    def ask(dialog: UnlockDialog):
        assert dialog.panel.remember.isChecked()  # still kept, for when the keyring is back
        dialog.panel.field.setText(PASSPHRASE)
        assert dialog.panel.try_unlock()  # remembering again fails, quietly

    window = start(qtbot, encrypted, ask)
    try:
        assert window.desk is not None and window.menuBar().isEnabled()
        assert broken_keyring.calls >= 2
        texts = []
        said = when_shown(QMessageBox, lambda box: (texts.append(box.text()), box.accept()))
        window.act_forget_key.trigger()  # said in a message box, never raised
        check(said)
        assert keychain.account(window.desk.key.salt) in texts[0]
        assert window.act_forget_key.isEnabled()  # can be tried again
    finally:
        close(window)


def test_the_unlock_dialog_with_the_box_in_vietnamese(app, qtbot, encrypted, keyring_backend,
                                                      memory_keyring):
    app.translations.set_language("vi")
    try:
        for backend, name in ((memory_keyring, "remember"), (None, "no-keyring")):
            if backend is None:
                from keyring.backends import fail

                keyring_backend(fail.Keyring())
            dialog = UnlockDialog(encrypted)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            panel = dialog.panel
            assert panel.remember.text() == "Ghi nhớ trên máy tính này (kho mật khẩu của hệ thống)"
            note = panel.remember_note.text()
            assert ("Khóa ngay" in note) if backend else ("không có kho mật khẩu" in note), note
            dialog.grab().save(str(SHOTS / f"dpo-unlock-{name}-vi.png"))
            dialog.reject()
    finally:
        app.translations.set_language("en")


START = """
import os, sys
os.environ["DPO_DESK_EXIT_WHEN_PAINTED"] = "1"
from dpo_desk.cli import main
code = main(["--db", sys.argv[1], "gui"])
print("keyring loaded:", "keyring" in sys.modules, code, flush=True)
"""


@pytest.mark.parametrize("kind", ["plain", "encrypted, passphrase given"])
def test_a_start_without_the_option_never_loads_keyring(tmp_path, kind):
    """Cold start (issue 8): `keyring` (~0.15 s to load and find its backend) is loaded only
    when a passphrase is asked or a key was remembered."""
    import os

    from dpo_desk.core.desk import Desk

    path = tmp_path / "desk.sqlite3"
    given = PASSPHRASE if kind != "plain" else None
    Desk.create(path, passphrase=given).close()
    cipher.forget()
    env = {**os.environ, **({"DPO_DESK_PASSPHRASE": given} if given else {})}
    done = subprocess.run([sys.executable, "-c", START, str(path)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert "keyring loaded: False 0" in done.stdout, done.stdout + done.stderr
