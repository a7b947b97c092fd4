"""Encryption in the window (issue 13): a new database asks for a passphrase (or an explicit
"no passphrase"), an encrypted one is unlocked calmly, Lock now and auto-lock clear the views."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from dpo_desk.core import cipher, demo, settings
from dpo_desk.core.desk import Desk
from dpo_desk.ui.app import apply_preferences, build_window, open_desk
from dpo_desk.ui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog
from tests.ui.conftest import close_now

PASSPHRASE = "bốn chữ rất dài 2026"
SHOTS = Path("/tmp")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _no_keys_left():
    cipher.forget()
    yield
    cipher.forget()


@pytest.fixture
def encrypted(db_path) -> Path:
    with Desk.create(db_path, passphrase=PASSPHRASE) as desk:
        demo.fill(desk, seed=1)
    cipher.forget()
    return db_path


@pytest.fixture
def locked_window(app, qtbot, encrypted):
    desk = Desk.open(encrypted, passphrase=PASSPHRASE)
    apply_preferences(app, desk)
    main = build_window(desk)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.started)
    yield main
    if not main.locked:
        main.desk.unsubscribe(main._on_data_changed)
    close_now(main)
    main.desk.close()


def when_shown(dialog_class, act) -> list:
    """Run `act(dialog)` on the next `dialog_class` dialog that opens; returns what was seen
    (the dialog, then any error `act` raised: the dialog is then closed, never left
    waiting)."""
    seen = []

    def poke():
        from PySide6.QtWidgets import QApplication

        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, dialog_class) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, poke)
            return
        seen.append(found[0])
        try:
            act(found[0])
        except BaseException as error:  # raised again by `check`, after the dialog is gone
            seen.append(error)
            found[0].reject()

    QTimer.singleShot(0, poke)
    return seen


def check(seen: list) -> None:
    assert seen, "the dialog never opened"
    if len(seen) > 1:
        raise seen[1]


def test_the_first_start_creates_an_encrypted_database(app, qtbot, tmp_path):
    path = tmp_path / "new" / "desk.sqlite3"

    def choose(dialog: NewPassphraseDialog):
        dialog.first.setText(PASSPHRASE)
        dialog.second.setText(PASSPHRASE + "x")
        assert not dialog.choose()  # the two differ: said, nothing created
        assert dialog.status.text() and not path.exists()
        dialog.second.setText(PASSPHRASE)
        assert dialog.strength.text() in ("Strong.", "Mạnh.")
        dialog.grab().save(str(SHOTS / "dpo-new-passphrase.png"))
        dialog.choose()

    seen = when_shown(NewPassphraseDialog, choose)
    desk = open_desk(path)
    check(seen)
    try:
        assert desk is not None and desk.key is not None
        settings.update(desk, {"company_name": "Công ty MARKER Sen Vàng"})
    finally:
        desk.close()
    assert cipher.is_encrypted(path)
    assert b"MARKER" not in path.read_bytes()


def test_no_passphrase_is_an_explicit_choice_with_a_warning(app, qtbot, tmp_path):
    dialog = NewPassphraseDialog(tmp_path / "plain.sqlite3")
    qtbot.addWidget(dialog)
    assert not dialog.choose()  # nothing typed, nothing chosen: refused
    assert dialog.warning.text() == ""
    dialog.no_passphrase.setChecked(True)
    assert dialog.warning.text()  # the warning, in the interface language
    assert not dialog.first.isEnabled()
    dialog.grab().save(str(SHOTS / "dpo-no-passphrase.png"))
    assert dialog.choose() and dialog.passphrase is None


def test_a_wrong_passphrase_is_told_calmly_and_leaves_the_file_alone(app, qtbot, encrypted):
    before = digest(encrypted)
    names = sorted(p.name for p in encrypted.parent.iterdir())

    def wrong_then_right(dialog: UnlockDialog):
        dialog.panel.field.setText("sai mật khẩu")
        assert not dialog.panel.try_unlock()
        assert dialog.panel.status.text()  # told, in the interface language
        dialog.grab().save(str(SHOTS / "dpo-unlock-wrong.png"))
        assert digest(encrypted) == before
        dialog.panel.field.setText(PASSPHRASE)
        dialog.panel.try_unlock()

    seen = when_shown(UnlockDialog, wrong_then_right)
    desk = open_desk(encrypted)
    check(seen)
    try:
        assert desk is not None and desk.key is not None
        assert settings.get(desk, "company_name")
    finally:
        desk.close()
    assert names == sorted(p.name for p in encrypted.parent.iterdir() if p.suffix == ".sqlite3"
                           or p.name in names)


def test_cancel_at_the_unlock_opens_nothing(app, qtbot, encrypted):
    before = digest(encrypted)
    seen = when_shown(UnlockDialog, lambda dialog: dialog.reject())
    assert open_desk(encrypted) is None
    check(seen)
    assert digest(encrypted) == before


def test_lock_now_clears_the_views_and_asks_again(locked_window, qtbot):
    window = locked_window
    window.show_view("complaints")
    assert window.view("complaints").isVisible()
    window.act_lock.trigger()
    assert window.locked and window.views == []
    assert window.pages.currentIndex() == 1 and not window.menuBar().isEnabled()
    assert cipher.known_key(window.desk.key.salt) is None  # the key is forgotten
    qtbot.wait(10)
    window.grab().save(str(SHOTS / "dpo-lock-screen.png"))
    panel = window.lock_panel
    panel.field.setText("sai")
    assert not panel.try_unlock() and window.locked
    panel.field.setText(PASSPHRASE)
    assert panel.try_unlock()
    assert not window.locked and window.pages.currentIndex() == 0
    assert window.current_view().name == "complaints"  # back where the DPO was
    assert window.view("complaints").isVisible()


def test_idle_minutes_lock_the_window(locked_window):
    window = locked_window
    assert window.idle_timer.isActive() and window.idle_timer.interval() == 10 * 60_000
    view = window.view("settings")  # the setting, changed in the window
    view.form.inputs["auto_lock_minutes"].setValue(3)
    assert view.save() and settings.get(window.desk, "auto_lock_minutes") == 3
    assert window.idle_timer.interval() == 3 * 60_000
    window.idle_timer.timeout.emit()  # three idle minutes
    assert window.locked and window.views == []


def test_no_auto_lock_when_the_setting_is_0(locked_window):
    window = locked_window
    view = window.view("settings")
    view.form.inputs["auto_lock_minutes"].setValue(0)
    assert view.form.inputs["auto_lock_minutes"].text() in ("Never", "Không bao giờ")
    assert view.save() and not window.idle_timer.isActive()


def test_a_plain_file_has_nothing_to_lock(window):
    assert not window.lock() and not window.locked
    assert not window.idle_timer.isActive()
    assert "dpo-desk encrypt" in window.statusBar().currentMessage()


def test_lock_stops_a_running_job_before_clearing(locked_window, qtbot):
    """A background job (a packet, an import, the dashboard's figures) does not go on with
    the file once locked: it is asked to stop, waited for, and what it ends with is
    delivered before the views are cleared, so nothing is shown or written after."""
    from dpo_desk.core import complaints
    from dpo_desk.ui.jobs import JobRunner

    window = locked_window
    steps, delivered = [], []

    def job(desk, worker) -> str:
        for step in range(100_000):  # bounded: stops when asked (the lock asks)
            if not worker.report(step, 100_000):
                return "stopped"
            steps.append(len(complaints.list_cases(desk, limit=1)))
        return "ran to the end"

    runner = JobRunner(window)
    runner.finished.connect(lambda outcome: delivered.append((outcome, window.locked)))
    runner.start(window.desk.path, job)
    qtbot.waitUntil(lambda: len(steps) > 3)
    window.act_lock.trigger()
    assert window.locked and window.views == []
    assert not runner.busy() and delivered == [("stopped", False)]  # before the clearing
    done = len(steps)
    qtbot.wait(50)
    assert len(steps) == done  # nothing read after the lock


def _start_on(path: Path):
    """The everyday start's window (ui/app.py `run`): painted before it opens `path`."""
    window = build_window(None, path)
    failed = []
    window.open_failed.connect(lambda: failed.append(True))
    return window, failed


def test_the_window_paints_first_then_asks_the_passphrase_over_it(app, qtbot, encrypted):
    window, failed = _start_on(encrypted)
    asked_over = []

    def unlock(dialog: UnlockDialog):
        # the window is on screen, its file not open yet, when the passphrase is asked
        asked_over.append((dialog.parent() is window, window.isVisible(), window.desk))
        dialog.panel.field.setText(PASSPHRASE)
        dialog.panel.try_unlock()

    seen = when_shown(UnlockDialog, unlock)
    window.show()
    qtbot.waitUntil(lambda: window.started or bool(failed), timeout=10_000)
    check(seen)
    try:
        assert asked_over == [(True, True, None)] and not failed
        assert window.desk is not None and window.desk.key is not None
        assert window.menuBar().isEnabled() and window.act_lock.isEnabled()
        assert window.current_view().name == "dashboard"
    finally:
        window.desk.unsubscribe(window._on_data_changed)
        close_now(window)
        window.desk.close()


def test_cancel_at_the_start_closes_the_window_with_nothing_opened(app, qtbot, encrypted):
    before = digest(encrypted)
    window, failed = _start_on(encrypted)
    seen = when_shown(UnlockDialog, lambda dialog: dialog.reject())
    window.show()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    check(seen)
    assert window.desk is None and not window.started
    assert not window.menuBar().isEnabled()
    close_now(window)
    assert digest(encrypted) == before
