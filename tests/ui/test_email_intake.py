"""E-mails dropped on the complaints view (or chosen with File > New case from e-mail): the
intake form filled in from a real .eml or .msg, the DPO confirms, the case and its files are
saved; refused files are named. Today is 10 March 2026 in Hà Nội."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from dpo_desk.core import attachments, audit, complaints
from dpo_desk.ui.dialogs.complaint_intake import ComplaintIntakeDialog
from tests.core.test_email_intake import SCAN, eml, msg, today  # noqa: F401 - the fixture


def mime_of(paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(view, paths) -> bool:
    """Drag the files over the view and drop them; whether the view took the drag."""
    mime = mime_of(paths)
    centre = view.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(view, QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime,
                                            Qt.MouseButton.NoButton,
                                            Qt.KeyboardModifier.NoModifier))
    return True


def open_view(window):
    window.show_view("complaints")
    return window.view("complaints")


def test_a_dropped_eml_fills_the_form_and_saves_case_and_files(window, tmp_path, qtbot):
    view = open_view(window)
    path = eml(tmp_path)
    assert drop(view, [path])
    dialog = view.dialog
    assert isinstance(dialog, ComplaintIntakeDialog) and dialog.isVisible()
    assert dialog.name.text() == "Nguyễn Thị Hồng" and dialog.contact.text() == \
        "hong@example.vn"
    assert dialog.channel.currentData() == "email"
    assert dialog.values()["received_on"] == "2026-03-10"
    assert "10/03/2026" in dialog.email_note.text() and "cccd.jpg" in dialog.email_note.text()
    assert dialog.summary.toPlainText().startswith("Yêu cầu xóa dữ liệu cá nhân")
    assert dialog.kind.currentIndex() == -1  # the DPO chooses the kind
    assert not dialog.save()  # ... and must
    assert dialog.frame.shown() == {"kind"}
    dialog.set_kind("deletion")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    case = complaints.get(view.desk, dialog.case_id)
    assert (case["kind"], case["requester_contact"]) == ("deletion", "hong@example.vn")
    kept = attachments.list_for(view.desk, "complaints", case["id"])
    assert [f["filename"] for f in kept] == ["yêu cầu.eml", "cccd.jpg"]
    assert view.current_id() == case["id"]  # the new case is shown


def test_a_dropped_msg_and_several_files_come_one_after_another(window, tmp_path, qtbot):
    view = open_view(window)
    first, second = eml(tmp_path), msg(tmp_path)
    assert drop(view, [first, second])
    assert view.dialog.draft.source == first and view.email_queue == [str(second)]
    view.dialog.reject()
    qtbot.waitUntil(lambda: view.dialog.draft.source == second)
    dialog = view.dialog
    assert dialog.name.text() == "Trần Văn Bình" and dialog.values()["received_on"] == \
        "2026-03-06"
    dialog.set_kind("complaint")
    assert dialog.save()
    kept = attachments.list_for(view.desk, "complaints", dialog.case_id)
    assert [f["filename"] for f in kept] == ["outlook.msg", "ảnh chụp tin nhắn.png"]


def test_an_undated_message_asks_for_the_day(window, tmp_path):
    view = open_view(window)
    assert drop(view, [eml(tmp_path, date=None)])
    dialog = view.dialog
    assert dialog.values()["received_on"] == ""
    assert dialog.tr("The message has no usable date: enter the day it was received.") in \
        dialog.email_note.text()  # in the interface language
    dialog.set_kind("complaint")
    entries = audit.count(view.desk)
    assert not dialog.save()
    assert dialog.frame.shown() == {"received_on"} and audit.count(view.desk) == entries
    dialog.set_received(date(2026, 3, 9))
    assert dialog.save()
    assert complaints.get(view.desk, dialog.case_id)["received_on"] == "2026-03-09"


def test_refused_and_foreign_files(window, tmp_path):
    view = open_view(window)
    notes = tmp_path / "notes.txt"
    notes.write_text("không phải thư", encoding="utf-8")
    assert not drop(view, [notes])  # not an e-mail's name: the drag is not taken
    empty = tmp_path / "trống.eml"
    empty.write_bytes(b"")
    entries = audit.count(view.desk)
    assert drop(view, [empty])
    assert view.dialog is None or not view.dialog.isVisible()
    assert view.email_box.isVisible() and "trống.eml" in view.email_box.informativeText()
    assert QCoreApplication.translate("core", "is empty (0 bytes): not an e-mail") in \
        view.email_box.informativeText()
    assert audit.count(view.desk) == entries


def test_file_menu_opens_the_chosen_message(window, tmp_path, monkeypatch):
    path = eml(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *args, **kwargs: ([str(path)], "")))
    assert window.act_from_email in window.menu_file.actions()
    window.act_from_email.trigger()
    assert window.current_view().name == "complaints"
    assert window.view("complaints").dialog.draft.source == path
    assert window.view("complaints").dialog.windowTitle()
