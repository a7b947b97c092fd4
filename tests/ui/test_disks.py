"""The app on an unfriendly disk: a save the disk refuses (a read-only file, a database
deleted while open) is shown in a message box naming the file, the editor keeps what was
typed, and the app goes on running."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from dpo_desk.core import audit, demo, register
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import StorageError
from dpo_desk.ui.app import apply_preferences, build_window, install_error_hook
from dpo_desk.ui.i18n import core_message
from tests.core.test_disks import read_only
from tests.ui.conftest import close_now

pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="POSIX file semantics"),
              pytest.mark.qt_no_exception_capture]  # the app's own hook must see them


@pytest.fixture
def hook(monkeypatch):
    """The app's error hook, over a recorder standing for Python's default one."""
    reported = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: reported.append(info[1]))
    installed = install_error_hook()
    installed.reported = reported
    return installed


def error_boxes() -> list[QMessageBox]:
    """The error boxes on screen, each once (a box over a window is both a top-level widget
    and that window's child)."""
    found = [w for w in QApplication.topLevelWidgets() + [
        c for w in QApplication.topLevelWidgets() for c in w.findChildren(QMessageBox)]
        if isinstance(w, QMessageBox) and w.objectName() == "deskErrorBox" and w.isVisible()]
    return list(dict.fromkeys(found))


def edit_and_save(window, qtbot, entry_id: int):
    dialog = window.view("register").entry_dialog(entry_id)
    dialog.show()
    dialog.notes_edit.setPlainText("Ghi chú chưa lưu")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    return dialog


def open_window(app, qtbot, desk):
    apply_preferences(app, desk)
    main = build_window(desk)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.started)  # shortcuts, first view: right after the paint
    main.show_view("register")
    return main


def test_a_database_deleted_while_open_shows_the_error_and_keeps_running(
        app, qtbot, profiled_desk, hook):
    window = open_window(app, qtbot, profiled_desk)
    entry_id = window.view("register").model.entry(0)["id"]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{profiled_desk.path}{suffix}").unlink(missing_ok=True)

    dialog = edit_and_save(window, qtbot, entry_id)
    [box] = error_boxes()
    assert str(profiled_desk.path) in box.text()
    assert "bị xóa, di chuyển hoặc thay thế" in box.text()  # in the interface language
    assert dialog.isVisible() and dialog.notes_edit.toPlainText() == "Ghi chú chưa lưu"
    assert hook.reported == []  # handled: not reported as a crash
    box.close()
    close_now(dialog)
    window.show_view("complaints")  # still running, still reading what is open
    assert register.count(window.desk) > 0
    window.desk.unsubscribe(window._on_data_changed)
    close_now(window)


def test_a_read_only_database_opens_and_a_save_is_refused_with_a_message(
        app, qtbot, db_path, hook):
    with Desk.create(db_path) as desk:
        demo.fill(desk, seed=1)
        entry_id = register.list_entries(desk, order_by="id")[0]["id"]
    with read_only(db_path), Desk.open(db_path) as desk:
        window = open_window(app, qtbot, desk)
        dialog = edit_and_save(window, qtbot, entry_id)
        [box] = error_boxes()
        assert box.text() == core_message(StorageError(db_path, "read_only"))
        assert dialog.isVisible()
        box.close()
        close_now(dialog)
        assert register.get(desk, entry_id)["notes"] != "Ghi chú chưa lưu"
        assert audit.verify(desk) == []
        window.desk.unsubscribe(window._on_data_changed)
        close_now(window)


def test_anything_else_is_left_to_the_previous_hook(qapp, hook):
    error = ValueError("a bug")
    hook(ValueError, error, None)
    assert hook.reported == [error] and error_boxes() == []
