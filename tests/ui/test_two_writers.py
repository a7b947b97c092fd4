"""The editors and a second writer (the CLI, another window) on the same file: a save made
from a stale view is refused with a message, and the editor reloads instead of
overwriting what was saved meanwhile."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from dpo_desk.core import audit, clock, demo, incidents, register
from dpo_desk.core.desk import Desk
from tests.ui.conftest import close_now


def conflict_box(dialog) -> QMessageBox:
    box = dialog.findChild(QMessageBox, "conflictBox")
    assert box is not None and box.isVisible()
    assert box.text() == "Bản ghi đã bị thay đổi ở nơi khác. Hãy tải lại."  # Vietnamese UI
    return box


def test_the_register_editor_refuses_a_stale_save_and_reloads(window, qtbot):
    desk = window.desk
    [entry] = register.list_entries(desk, text="Sổ khách ra vào")
    dialog = window.view("register").entry_dialog(entry["id"])
    dialog.show()
    with Desk.open(desk.path) as elsewhere:  # the CLI, or a second window, saves meanwhile
        register.update(elsewhere, entry["id"], {"notes": "Sửa từ máy khác"})
    dialog.retention_combo.setEditText("7 năm")
    entries = audit.count(desk)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    box = conflict_box(dialog)
    stored = register.get(desk, entry["id"])
    assert (stored["notes"], stored["retention"]) == ("Sửa từ máy khác", entry["retention"])
    assert audit.count(desk) == entries  # nothing overwritten, nothing written

    box.buttons()[0].click()  # Reload
    assert dialog.notes_edit.toPlainText() == "Sửa từ máy khác"
    assert dialog.retention_combo.currentText() == entry["retention"]
    dialog.retention_combo.setEditText("7 năm")  # the change again, on the fresh view
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = register.get(desk, entry["id"])
    assert (stored["notes"], stored["retention"]) == ("Sửa từ máy khác", "7 năm")
    assert audit.verify(desk) == []
    close_now(dialog)


def test_an_entry_deleted_elsewhere_closes_the_editor_after_the_message(window, qtbot):
    entry_id = register.create(window.desk, {
        "name": "Ứng viên tuyển dụng", "subjects": ["candidates"], "items": ["EMAIL"],
        "purpose": ["Tuyển dụng"], "legal_basis": "consent"})
    dialog = window.view("register").entry_dialog(entry_id)
    dialog.show()
    with Desk.open(window.desk.path) as elsewhere:
        register.delete(elsewhere, entry_id)
    assert not dialog.save()
    conflict_box(dialog).buttons()[0].click()
    assert dialog.result() == dialog.DialogCode.Rejected
    assert window.desk.get(register.TABLE, entry_id) is None
    close_now(dialog)


def test_the_incident_form_refuses_a_stale_save_and_reloads(app, qtbot, desk):
    from dpo_desk.ui.app import apply_preferences
    from dpo_desk.ui.dialogs.incident_form import IncidentFormDialog

    clock.freeze(datetime(2026, 3, 5, 10, 0, tzinfo=clock.zone()))
    demo.fill(desk, seed=1, incidents=False)
    apply_preferences(app, desk)
    incident_id = incidents.create(desk, {"title": "Lộ danh sách khách hàng",
                                          "detected_at": "2026-03-05T09:30:00+07:00"})
    dialog = IncidentFormDialog(desk, incident_id)
    dialog.show()
    with Desk.open(desk.path) as elsewhere:
        incidents.update(elsewhere, incident_id, {"measures": "Đổi mật khẩu"})
    dialog.edits["title"].setText("Tiêu đề sửa trên bản cũ")

    assert not dialog.save()
    box = conflict_box(dialog)
    stored = incidents.get(desk, incident_id)
    assert (stored["title"], stored["measures"]) == ("Lộ danh sách khách hàng", "Đổi mật khẩu")
    box.buttons()[0].click()
    assert dialog.edits["title"].text() == "Lộ danh sách khách hàng"
    assert dialog.edits["measures"].toPlainText() == "Đổi mật khẩu"
    assert dialog.save()
    close_now(dialog)
