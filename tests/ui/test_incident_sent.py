"""Issue 15, the rest, as the DPO drives it: Finalise minutes… (DOMAIN D4.4), the notice to
the people affected with the file actually sent (D4.7), and a time corrected after the
notice to the authority was sent (D4.7), on a real database with the clock frozen."""

from __future__ import annotations

import hashlib
import zipfile

from PySide6.QtWidgets import QApplication

from dpo_desk.core import attachments, incidents, letters, packets
from tests.ui import test_incidents as base
from tests.ui.conftest import close_now
from tests.ui.test_incidents import at, log, set_time

window, view = base.window, base.view  # the incidents screen, clock at 05/03/2026 10:00

MINUTES = {"notify_decision": "notify", "minutes_place": "Phòng họp tầng 3",
           "minutes_participants": ["Bà Lê Hoàng Yến, người phụ trách bảo vệ dữ liệu cá nhân",
                                    "Ông Võ Thành Nam, Giám đốc"]}


def test_finalise_minutes_keeps_them_as_signed_and_hides_the_action(view, tmp_path):
    incident_id = log(view.desk, at(5, 8), minutes_at=at(5, 9).isoformat(), **MINUTES)
    view.show_incident(incident_id)
    detail = view.detail
    assert detail.finalise_button.isVisible()
    assert view.finalise_minutes(confirm=False)
    view.finalise_runner.wait()
    kept = incidents.kept_document(view.desk, incident_id, "minutes")
    assert kept is not None and kept["filename"] == "minutes.pdf"
    # the same core function as `letter minutes --final`: written as kept from now on
    assert letters.render_document(view.desk, incident_id, "minutes") == \
        attachments.content(view.desk, kept["id"])
    view.show_incident(incident_id)
    assert not detail.finalise_button.isVisible() and detail.minutes_final
    # the packet carries the minutes kept, byte for byte
    packet = packets.build(view.desk, incident_id, tmp_path / "packet.zip")
    with zipfile.ZipFile(packet) as archive:
        assert archive.read("documents/minutes.pdf") == \
            attachments.content(view.desk, kept["id"])
    # the kept minutes are listed with the evidence, and cannot be removed
    assert detail.files.rowCount() == 1
    detail.files.selectRow(0)
    assert not detail.remove_file_button.isEnabled()
    QApplication.processEvents()  # the button row lays out the new texts
    detail.grab().save("/tmp/law-finalised.png")
    assert view.finalise_minutes(confirm=False)  # core refuses a second time
    view.finalise_runner.wait()
    assert view.message is not None and view.message.isVisible()
    assert incidents.kept_document(view.desk, incident_id, "minutes") == kept
    view.message.close()


def test_minutes_without_their_meeting_are_not_finalised(view):
    incident_id = log(view.desk, at(5, 8))  # no meeting recorded, no decision
    view.show_incident(incident_id)
    assert view.finalise_minutes(confirm=False)
    view.finalise_runner.wait()
    assert incidents.kept_document(view.desk, incident_id, "minutes") is None
    assert view.message is not None and view.message.isVisible()
    view.message.grab().save("/tmp/law-finalise-refused.png")
    view.message.close()


def notified(view, **facts) -> int:
    incident_id = log(view.desk, at(5, 8), **facts)
    incidents.transition(view.desk, incident_id, "authority_notified", channel="portal",
                         at=at(5, 9).isoformat())
    view.refresh()
    view.show_incident(incident_id)
    return incident_id


def test_the_people_notice_step_keeps_the_file_sent(view, tmp_path):
    incident_id = notified(view, exposed_items=["EMAIL", "GPS"])  # location: Art. 29
    assert view.detail.step_buttons["subjects_notified"].isVisible()
    dialog = view.step_dialog("subjects_notified")
    dialog.show()
    assert dialog.lateness.property("tone") == "ok"  # within 72 h of discovery
    sent = tmp_path / "thong-bao-khach-hang.pdf"
    sent.write_bytes(b"%PDF-1.7 the notice e-mailed to the customers")
    dialog.file_edit.setText(str(sent))
    set_time(dialog.time_edit, at(5, 9, 45))
    dialog.grab().save("/tmp/law-subjects-step.png")
    assert dialog.save()
    close_now(dialog)
    stored = incidents.get(view.desk, incident_id)
    assert stored["status"] == "subjects_notified"
    assert stored["subjects_notified_at"] == at(5, 9, 45).isoformat()
    kept = incidents.kept_document(view.desk, incident_id, "subjects")
    assert kept["sha256"] == hashlib.sha256(sent.read_bytes()).hexdigest()
    assert kept["filename"] == sent.name


def test_the_people_notice_step_without_a_file_keeps_the_notice_made_then(view):
    incident_id = notified(view)
    dialog = view.step_dialog("subjects_notified")
    assert dialog.lateness.property("tone") == "muted"  # no location or biometric data
    assert dialog.save()
    close_now(dialog)
    kept = incidents.kept_document(view.desk, incident_id, "subjects")
    assert kept is not None and kept["filename"] == "subject-notice.pdf"


def test_a_time_corrected_after_the_notice_asks_for_the_reason(view):
    incident_id = notified(view)
    dialog = view.form_dialog(incident_id)
    dialog.show()
    assert dialog.boxes["correction"].isVisible()
    set_time(dialog.occurred_edit, at(1, 6))
    dialog.occurred_unknown.setChecked(False)
    set_time(dialog.detected_edit, at(1, 7))  # the notice at 05/03 09:00 would be late
    assert not dialog.save()
    assert dialog.errors["correction"].isVisible()
    assert incidents.get(view.desk, incident_id)["detected_at"] == at(5, 8).isoformat()
    dialog.correction_edit.setPlainText("Nhật ký máy chủ cho thấy phát hiện từ 01/03")
    dialog.grab().save("/tmp/law-correction-form.png")
    assert dialog.save()
    close_now(dialog)
    stored = incidents.get(view.desk, incident_id)
    assert stored["late"] is False and stored["late_by_facts"] is True
    view.refresh()
    view.show_incident(incident_id)
    [event] = [e for e in view.detail.events if e["key"] == "corrected"]
    assert "Nhật ký máy chủ cho thấy phát hiện từ 01/03" in event["text"]
    assert "detected_at" not in event["text"]  # the fields in the DPO's words
    view.detail.grab().save("/tmp/law-correction-timeline.png")


def test_the_people_notice_step_names_what_the_notice_lacks(view):
    from dpo_desk.ui.dialogs.incident_form import WORDS

    incident_id = notified(view, exposed_items=["EMAIL", "GPS"])  # Art. 29, no severity
    dialog = view.step_dialog("subjects_notified")
    dialog.show()
    assert not dialog.save()
    assert WORDS.captions()["severity"] in dialog.status.text()
    assert incidents.get(view.desk, incident_id)["status"] == "authority_notified"
    dialog.grab().save("/tmp/law-subjects-refused.png")
    close_now(dialog)
