"""The incidents screen as the DPO drives it, on a real database with the clock frozen: the
incident form (per-field errors, live deadline and category flags), the live 72-hour
countdown, evidence files with their hashes, the workflow steps (a late notice needs its
reason) and the timeline. Checks read objectNames, data roles and stored values, never the
Vietnamese wording."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from dpo_desk.core import audit, clock, demo, incidents, rules
from dpo_desk.ui.app import apply_preferences, build_window
from dpo_desk.ui.dialogs.incident_form import TONES, IncidentFormDialog, set_time
from dpo_desk.ui.incidents_model import CLOCK_ROLE, TONE_ROLE, IncidentsModel
from tests.ui.conftest import close_now

NOW = datetime(2026, 3, 5, 10, 0, tzinfo=clock.zone())
COLUMN = {name: i for i, name in enumerate(IncidentsModel.COLUMNS)}
LOCATION_ENTRY = "Định vị nhân viên giao hàng"  # a register entry of the demo company


def at(day: int, hour: int, minute: int = 0, month: int = 3, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=clock.zone())


@pytest.fixture
def window(app, qtbot, desk):
    """The main window on the incidents screen: the demo company and register, no
    incidents, the clock frozen at 05/03/2026 10:00 (+07:00)."""
    clock.freeze(NOW)
    demo.fill(desk, seed=1, incidents=False)
    apply_preferences(app, desk)
    main = build_window(desk)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.started)  # shortcuts, first view: right after the paint
    main.show_view("incidents")
    yield main
    main.desk.unsubscribe(main._on_data_changed)
    close_now(main)


@pytest.fixture
def view(window):
    return window.view("incidents")


def log(desk, detected: datetime, **facts) -> int:
    values = {"title": "Lộ danh sách khách hàng", "detected_at": detected.isoformat(),
              "location": "Hệ thống bán hàng", "description": "Gửi nhầm tệp",
              "data_categories": ["Tài khoản khách hàng"], "subjects_count": 40,
              "consequences": "Nguy cơ lừa đảo", "measures": "Thu hồi email",
              "exposed_items": ["EMAIL", "USERNAME"], **facts}
    return incidents.create(desk, values)


def cell(view, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return view.model.data(view.model.index(row, COLUMN[column]), role)


def ink(view, row: int, column: str) -> str:
    return cell(view, row, column, Qt.ItemDataRole.ForegroundRole).color().name()


# -- the form -----------------------------------------------------------------------------

def test_form_shows_errors_next_to_fields_and_saves_nothing(view, qtbot):
    entries = audit.count(view.desk)
    dialog = view.form_dialog()
    dialog.show()
    set_time(dialog.occurred_edit, at(5, 9))
    set_time(dialog.detected_edit, at(5, 8))  # discovered before it occurred
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    shown = {field for field, label in dialog.errors.items() if label.isVisible()}
    assert shown == {"title", "detected_at"}
    assert dialog.error_text("title") and dialog.error_text("detected_at")
    assert dialog.inputs["title"].property("invalid") is True
    assert dialog.inputs["detected_at"].property("invalid") is True
    assert dialog.status.text()
    assert incidents.list_incidents(view.desk) == []
    assert audit.count(view.desk) == entries

    dialog.edits["title"].setText("Mất điện thoại giao hàng")
    set_time(dialog.detected_edit, at(5, 9, 30))
    dialog.picker.check(LOCATION_ENTRY)
    dialog.picker.free_edit.setText("Dữ liệu lạ")
    dialog.subjects_spin.setValue(12)
    assert dialog.unknown_names == ["Dữ liệu lạ"] and dialog.unknown_line.isVisible()
    assert dialog.special == ["location"]
    assert dialog.flags_line.property("tone") == "bad"  # sensitive data
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == IncidentFormDialog.DialogCode.Accepted
    stored = incidents.get(view.desk, dialog.incident_id)
    assert stored["occurred_at"] == "2026-03-05T09:00:00+07:00"
    assert stored["detected_at"] == "2026-03-05T09:30:00+07:00"
    assert stored["data_categories"] == [LOCATION_ENTRY, "Dữ liệu lạ"]
    assert (stored["subjects_count"], stored["records_count"]) == (12, None)
    assert stored["subjects_notify_by"] == "2026-03-08T09:30:00+07:00"
    close_now(dialog)


def test_form_shows_the_deadline_of_each_regime_live(view):
    dialog = view.form_dialog()
    set_time(dialog.occurred_edit, at(5, 7))
    set_time(dialog.detected_edit, at(5, 8, 30))
    assert dialog.deadline_line.property("regime") == rules.REGIME_LAW_91
    assert "08/03/2026 08:30" in dialog.deadline_line.text()  # 72 h from discovery
    set_time(dialog.occurred_edit, at(29, 10, month=12, year=2025))
    set_time(dialog.detected_edit, at(30, 16, month=12, year=2025))
    assert dialog.deadline_line.property("regime") == rules.REGIME_DECREE_13
    assert "01/01/2026 10:00" in dialog.deadline_line.text()  # 72 h from occurrence
    assert dialog.deadline_line.property("tone") == "bad"  # long passed
    dialog.occurred_unknown.setChecked(True)
    assert "02/01/2026 16:00" in dialog.deadline_line.text()
    assert dialog.values()["occurred_at"] is None
    close_now(dialog)


def test_the_data_are_classified_by_the_law_of_the_discovery_day(view):
    """DOMAIN D4.3: order history is sensitive under Decree 356 Art. 4(1)(l), basic under
    Decree 13 Art. 2(3)(k); the form's flag follows the discovery time as it is typed."""
    dialog = view.form_dialog()
    dialog.picker.set_names(["Lịch sử mua hàng"])
    set_time(dialog.occurred_edit, at(5, 7))
    set_time(dialog.detected_edit, at(5, 8, 30))
    assert [d["sensitive"] for d in dialog.details] == [True]
    assert dialog.mark_sensitive.isChecked()
    set_time(dialog.occurred_edit, at(29, 10, month=12, year=2025))
    set_time(dialog.detected_edit, at(30, 16, month=12, year=2025))
    assert [d["sensitive"] for d in dialog.details] == [False]
    assert not dialog.mark_sensitive.isChecked()
    close_now(dialog)


def test_editing_facts_unchanged_writes_nothing_and_edits_are_audited(view, qtbot):
    incident_id = log(view.desk, at(5, 8), occurred_at=at(4, 23).isoformat(),
                      data_categories=["Tài khoản khách hàng", "Dữ liệu lạ"])
    entries = audit.count(view.desk)
    view.show_incident(incident_id)
    dialog = view.form_dialog(incident_id)
    assert dialog.edits["title"].text() == "Lộ danh sách khách hàng"
    assert dialog.picker.free_edit.text() == "Dữ liệu lạ"
    assert dialog.subjects_spin.value() == 40
    assert dialog.save()
    assert audit.count(view.desk) == entries
    dialog = view.form_dialog(incident_id)
    dialog.records_spin.setValue(300)
    assert dialog.save()
    assert incidents.get(view.desk, incident_id)["records_count"] == 300
    assert view.detail.events[-1]["key"] == "edited"


def test_ctrl_n_opens_the_incident_form(window, view, qtbot):
    opened = []

    def close_dialog():
        dialog = QApplication.activeModalWidget()
        opened.append(type(dialog))
        dialog.reject()

    QTimer.singleShot(0, close_dialog)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [IncidentFormDialog]


# -- the list and the clocks --------------------------------------------------------------

def test_countdown_shows_hours_left_in_amber_and_ticks_without_a_query(view, monkeypatch):
    incident_id = log(view.desk, at(3, 8))  # notify by 06/03 08:00: 22 hours left
    view.refresh()
    row = view.model.row_of(incident_id)
    assert cell(view, row, "notify_by") == "06/03/2026 08:00"
    assert cell(view, row, "detected_at") == "03/03/2026 08:00"
    assert cell(view, row, "countdown", CLOCK_ROLE) == ("open", 22 * 60)
    assert "22" in cell(view, row, "countdown")
    assert cell(view, row, "countdown", TONE_ROLE) == "warn"
    assert ink(view, row, "countdown") == TONES["warn"][0]
    assert view.detail.notice_line.property("tone") == "warn"
    assert view.timer.isActive() and view.timer.interval() == 30_000

    def no_query(*_args, **_kwargs):
        raise AssertionError("the countdown must not query the incidents again")

    monkeypatch.setattr(incidents, "list_incidents", no_query)
    clock.freeze(NOW + timedelta(hours=2, minutes=30))
    view.timer.timeout.emit()
    assert cell(view, row, "countdown", CLOCK_ROLE) == ("open", 19 * 60 + 30)
    assert "19" in cell(view, row, "countdown") and "30" in cell(view, row, "countdown")
    clock.freeze(NOW + timedelta(hours=23))
    view.timer.timeout.emit()
    assert cell(view, row, "countdown", CLOCK_ROLE) == ("overdue", 60)
    assert ink(view, row, "countdown") == TONES["bad"][0]
    assert view.detail.notice_line.property("tone") == "bad"


def test_notified_on_time_is_green_and_sensitive_location_data_is_flagged(view):
    incident_id = log(view.desk, at(2, 12), data_categories=[LOCATION_ENTRY, "Dữ liệu lạ"],
                      exposed_items=["Họ và tên", "GPS", "Dữ liệu lạ"])
    incidents.transition(view.desk, incident_id, "authority_notified", channel="portal")
    view.refresh()
    row = view.model.row_of(incident_id)
    assert cell(view, row, "countdown", CLOCK_ROLE) == ("sent", 0)
    assert ink(view, row, "countdown") == TONES["ok"][0]
    assert cell(view, row, "sensitive", TONE_ROLE) == "bad"
    assert LOCATION_ENTRY in cell(view, row, "sensitive", Qt.ItemDataRole.ToolTipRole)
    # the people's own 72-hour clock (Decree 356 Art. 29): by 05/03 12:00, 2 hours left
    assert cell(view, row, "subjects", CLOCK_ROLE) == ("open", 120)
    assert ink(view, row, "subjects") == TONES["warn"][0]
    assert view.detail.subjects_line.isVisible()
    facts = view.detail.facts.toPlainText()
    assert LOCATION_ENTRY in facts and "Dữ liệu lạ" in facts


def test_filters_by_status_open_and_text(view):
    first = log(view.desk, at(4, 8), title="Email gửi nhầm")
    second = log(view.desk, at(4, 9), title="Mất máy tính xách tay")
    incidents.transition(view.desk, first, "assessed", decision="no_notify",
                         assessment="Không gây thiệt hại")
    incidents.transition(view.desk, first, "closed")
    view.refresh()
    assert view.model.rowCount() == 2
    view.open_only.setChecked(True)
    assert [view.model.incident(r)["id"] for r in range(view.model.rowCount())] == [second]
    view.open_only.setChecked(False)
    view.status_filter.setCurrentIndex(view.status_filter.findData("closed"))
    assert [view.model.incident(r)["id"] for r in range(view.model.rowCount())] == [first]
    assert cell(view, 0, "countdown", CLOCK_ROLE) == ("not_required", 0)
    view.status_filter.setCurrentIndex(0)
    view.search.setText("máy tính")
    view.apply_filters()
    assert [view.model.incident(r)["id"] for r in range(view.model.rowCount())] == [second]
    assert view.show_incident(first)  # hidden by the filter: the filters are cleared
    assert view.current_id() == first and view.search.text() == ""


def test_missing_notice_facts_are_listed(view):
    incident_id = incidents.create(view.desk, {"title": "Đăng nhập bất thường",
                                               "detected_at": at(5, 7).isoformat()})
    view.refresh()
    view.show_incident(incident_id)
    assert set(view.detail.missing) == {"location", "description", "exposed_items",
                                        "subjects_count", "consequences", "measures"}
    assert view.detail.missing_label.isVisible()
    assert len(view.detail.missing_names(view.detail.missing)) == 6


# -- evidence -----------------------------------------------------------------------------

def test_evidence_file_is_listed_with_its_hash_and_checked(view, tmp_path, db_path):
    incident_id = log(view.desk, at(5, 8))
    view.refresh()
    view.show_incident(incident_id)
    evidence = tmp_path / "nhat-ky-truy-cap.log"
    evidence.write_bytes(b"09:12 GET /admin 200 from 203.0.113.5\n" * 50)
    digest = hashlib.sha256(evidence.read_bytes()).hexdigest()
    added = view.detail.add_files([str(evidence)])
    assert len(added) == 1
    assert view.detail.files.rowCount() == 1
    assert view.detail.files.item(0, 0).text() == "nhat-ky-truy-cap.log"
    assert view.detail.files.item(0, 2).text() == digest[:12]
    assert view.detail.files.item(0, 3).data(TONE_ROLE) is True
    assert view.detail.files.item(0, 3).text() == "\u2713"
    assert "(1)" in view.detail.tabs.tabText(1)

    assert view.detail.add_files([str(tmp_path / "missing.pdf")]) == []
    assert view.detail.message is not None and "missing.pdf" in view.detail.message.text()
    view.detail.message.close()

    raw = sqlite3.connect(db_path)  # the stored copy altered behind the app's back
    raw.execute("UPDATE attachments SET content = ? WHERE id = ?", (b"forged", added[0]))
    raw.commit()
    raw.close()
    view.refresh()
    assert view.detail.files.item(0, 3).data(TONE_ROLE) is False
    assert view.detail.files.item(0, 3).text() == "\u2717"

    # an open incident's evidence is kept (DOMAIN D4.5): the removal is refused and said
    view.detail.files.selectRow(0)
    head = audit.last_entry(view.desk)
    assert not view.detail.remove_attachment(confirm=False)
    assert view.detail.message is not None
    title = view.desk.get("incidents", incident_id)["title"]
    said = view.detail.message.text()  # in the interface language
    assert f"{incident_id} ({title})" in said and "D4.5" in said
    view.detail.message.close()
    assert view.detail.files.rowCount() == 1 and audit.last_entry(view.desk) == head


def test_opening_evidence_writes_a_copy_for_the_viewer(view, tmp_path, monkeypatch):
    incident_id = log(view.desk, at(5, 8))
    view.refresh()
    view.show_incident(incident_id)
    evidence = tmp_path / "bien-ban.pdf"
    evidence.write_bytes(b"%PDF-1.4 bien ban")
    view.detail.add_files([str(evidence)])
    opened = []
    monkeypatch.setattr("dpo_desk.ui.incident_detail.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    view.detail.files.selectRow(0)
    copy = view.detail.open_attachment()
    assert copy.read_bytes() == b"%PDF-1.4 bien ban" and opened == [str(copy)]


# -- the workflow -------------------------------------------------------------------------

def test_late_notice_to_the_authority_requires_the_reason(view, qtbot):
    incident_id = log(view.desk, at(1, 8))  # notify by 04/03 08:00; now 05/03 10:00
    view.refresh()
    view.show_incident(incident_id)
    dialog = view.step_dialog("authority_notified")
    dialog.show()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("portal"))
    dialog.reference_edit.setText("07/2026/TB-SV")
    assert dialog.rows["late_reason"].isVisible()
    assert dialog.lateness.property("tone") == "bad"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors["late_reason"].isVisible() and dialog.error_text("late_reason")
    assert dialog.inputs["late_reason"].property("invalid") is True
    assert incidents.get(view.desk, incident_id)["status"] == "discovered"

    set_time(dialog.time_edit, at(4, 7))  # before the deadline: no reason asked
    assert not dialog.rows["late_reason"].isVisible()
    assert dialog.lateness.property("tone") == "ok"
    set_time(dialog.time_edit, at(5, 9, 45))
    dialog.late_edit.setPlainText("Chờ xác minh phạm vi dữ liệu với nhà cung cấp")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = incidents.get(view.desk, incident_id)
    assert stored["status"] == "authority_notified"
    assert stored["notified_at"] == "2026-03-05T09:45:00+07:00"
    assert stored["submission_channel"] == "portal" and stored["late"] is True
    assert stored["late_reason"] == "Chờ xác minh phạm vi dữ liệu với nhà cung cấp"
    view.refresh()
    assert cell(view, view.model.row_of(incident_id), "countdown", CLOCK_ROLE)[0] == \
        "sent_late"
    close_now(dialog)


def test_a_step_taken_elsewhere_meanwhile_is_not_taken_twice(view, qtbot, tmp_path):
    from dpo_desk.core.desk import Desk

    incident_id = log(view.desk, at(5, 8))
    view.refresh()
    view.show_incident(incident_id)
    dialog = view.step_dialog("authority_notified")
    dialog.show()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("portal"))
    with Desk.open(view.desk.path) as other:  # another window notifies first
        incidents.transition(other, incident_id, "authority_notified", channel="agency",
                             at=at(5, 9).isoformat())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.status.text().startswith("Chưa ghi nhận: sự cố vừa được thay đổi ở nơi khác")
    dialog.grab().save(str(tmp_path / "stale-step.png"))
    stored = incidents.get(view.desk, incident_id)
    assert (stored["status"], stored["submission_channel"]) == ("authority_notified", "agency")
    notes = [e["note"] for e in audit.entries(view.desk, table="incidents",
                                             record_id=str(incident_id), limit=100)]
    assert notes.count("discovered → authority_notified") == 1
    close_now(dialog)


def test_steps_follow_the_workflow_and_the_timeline_lists_them(view, qtbot):
    incident_id = log(view.desk, at(5, 8), occurred_at=at(5, 6).isoformat())
    view.refresh()
    view.show_incident(incident_id)
    visible = {s for s, b in view.detail.step_buttons.items() if b.isVisible()}
    assert visible == set(incidents.TRANSITIONS["discovered"])

    assess = view.step_dialog("assessed")
    assess.show()
    qtbot.mouseClick(assess.save_button, Qt.MouseButton.LeftButton)  # no decision yet
    assert assess.errors["notify_decision"].isVisible()
    assess.decision_buttons["notify"].setChecked(True)
    assess.assessment_edit.setPlainText("Lộ số điện thoại: nguy cơ bị lừa đảo")
    assert assess.save()
    close_now(assess)
    view.refresh()

    clock.freeze(NOW + timedelta(minutes=20))
    assert view.run_step("contained")
    assert not view.run_step("closed", confirm=False)  # notify before closing
    assert view.message is not None and view.message.isVisible()
    view.message.close()
    clock.freeze(NOW + timedelta(hours=1))
    notice = view.step_dialog("authority_notified")
    notice.channel_combo.setCurrentIndex(notice.channel_combo.findData("agency"))
    assert notice.save()
    close_now(notice)
    view.refresh()
    clock.freeze(NOW + timedelta(hours=2))
    assert view.run_step("closed", confirm=False)
    assert incidents.get(view.desk, incident_id)["status"] == "closed"
    events = view.detail.events
    # DOMAIN D4.7: the notice made at the step is kept as sent, in the timeline
    assert [e["key"] for e in events] == ["occurred", "detected", "logged", "assessed",
                                          "contained", "authority_notified", "notice_kept",
                                          "closed"]
    assert events[3]["actor"] and "nguy cơ bị lừa đảo" in events[3]["detail"]
    assert "Lộ số điện thoại" in view.detail.timeline.toPlainText()
    assert not any(b.isVisible() for b in view.detail.step_buttons.values())


def test_files_dropped_onto_the_detail_pane_are_attached(view, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    incident_id = log(view.desk, at(5, 8))
    view.refresh()
    view.show_incident(incident_id)
    photo = tmp_path / "anh-chup-man-hinh.png"
    photo.write_bytes(b"\x89PNG fake screenshot")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(view.detail.rect().center(), actions, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.detail.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(view.detail.rect().center()), actions, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.detail.dropEvent(drop)
    assert view.detail.files.rowCount() == 1
    assert view.detail.files.item(0, 0).text() == "anh-chup-man-hinh.png"
    assert view.detail.tabs.currentIndex() == 1


# -- what the breach exposed, the minutes' facts, evidence and documents as sent ---------------

def test_the_exposed_items_are_pre_filled_from_the_register_and_confirmed_by_the_dpo(view):
    dialog = view.form_dialog()
    dialog.edits["title"].setText("Mất điện thoại giao hàng")
    dialog.picker.check(LOCATION_ENTRY)
    exposed = dialog.exposed
    # pre-filled with the entry's items, still a proposal
    assert exposed.codes() == ["B01", "PHONE", "GPS_LOCATION"]
    assert not exposed.confirmed.isChecked() and exposed.value() is None
    assert dialog.special == ["location"]
    exposed.check("B01", False)  # the DPO unticks what was not exposed: confirmed
    assert exposed.confirmed.isChecked() and exposed.value() == ["PHONE", "GPS_LOCATION"]
    exposed.input.setText("số CCCD")  # free text matched by core (an alias)
    exposed.add_typed()
    exposed.input.setText("Ghi chú giao hàng")  # an own item, kept as typed
    exposed.add_typed()
    assert exposed.value() == ["PHONE", "GPS_LOCATION", "CCCD_NUMBER", "Ghi chú giao hàng"]
    exposed.check("GPS_LOCATION", False)
    assert dialog.special == [] and not dialog.mark_sensitive.isChecked()
    exposed.check("GPS_LOCATION", True)
    assert dialog.save()
    [incident] = incidents.list_incidents(view.desk)
    assert incident["exposed_items"] == ["PHONE", "GPS_LOCATION", "CCCD_NUMBER",
                                         "Ghi chú giao hàng"]
    assert incident["sensitive"] and incident["subjects_notify_by"]
    dialog.grab().save("/tmp/incdocs-form.png")


def test_the_minutes_facts_are_recorded_in_the_form_and_frozen_when_final(view, tmp_path):
    from dpo_desk.core import letters

    incident_id = log(view.desk, at(5, 8), notify_decision="notify")
    dialog = view.form_dialog(incident_id)
    assert dialog.minutes_unheld.isChecked()
    dialog.minutes_unheld.setChecked(False)
    set_time(dialog.minutes_edit, at(5, 9, 30))
    dialog.edits["minutes_place"].setText("Phòng họp tầng 3")
    dialog.participants_edit.setPlainText("Bà Lê Hoàng Yến, DPO\n\nÔng Võ Thành Nam, Giám đốc")
    dialog.edits["minutes_findings"].setPlainText("Tệp bị gửi tới 3 địa chỉ ngoài")
    assert dialog.save()
    stored = incidents.get(view.desk, incident_id)
    assert stored["minutes_at"] == at(5, 9, 30).isoformat()
    assert stored["minutes_participants"] == ["Bà Lê Hoàng Yến, DPO",
                                              "Ông Võ Thành Nam, Giám đốc"]
    letters.minutes(view.desk, incident_id, tmp_path / "bb.pdf", final=True)
    frozen = view.form_dialog(incident_id)
    assert not frozen.minutes_open and not frozen.edits["minutes_place"].isEnabled()
    entries = audit.count(view.desk)
    assert frozen.save()  # the other facts still save; the minutes' are not sent
    assert audit.count(view.desk) == entries


def test_evidence_gets_a_title_and_goes_with_the_notice(view, tmp_path):
    incident_id = log(view.desk, at(5, 8))
    view.show_incident(incident_id)
    photo = tmp_path / "IMG_2041.png"
    photo.write_bytes(b"png")
    [attachment] = view.detail.add_files([str(photo)])
    view.show_incident(incident_id)
    dialog = view.detail.describe_attachment(attachment)
    dialog.with_notice.setChecked(True)
    assert not dialog.save() and dialog.error.isVisible()  # a title is needed
    dialog.title_edit.setText("Ảnh chụp cấu hình")
    assert dialog.save()
    [stored] = incidents_attachments(view.desk, incident_id)
    assert (stored["title"], stored["with_notice"]) == ("Ảnh chụp cấu hình", 1)
    view.show_incident(incident_id)
    assert view.detail.files.item(0, 5).text() == "\u2709 Ảnh chụp cấu hình"


def test_the_notice_step_keeps_the_file_sent(view, tmp_path):
    incident_id = log(view.desk, at(5, 8))
    view.show_incident(incident_id)
    sent = tmp_path / "thong-bao-da-gui.pdf"
    sent.write_bytes(b"%PDF-1.7 as submitted")
    notice = view.step_dialog("authority_notified")
    notice.channel_combo.setCurrentIndex(notice.channel_combo.findData("portal"))
    notice.file_edit.setText(str(sent))
    notice.grab().save("/tmp/incdocs-step.png")
    assert notice.save()
    close_now(notice)
    kept = incidents.kept_document(view.desk, incident_id, "authority")
    assert kept["sha256"] == hashlib.sha256(sent.read_bytes()).hexdigest()
    view.refresh()
    view.show_incident(incident_id)
    view.detail.files.selectRow(0)
    assert not view.detail.remove_file_button.isEnabled()  # never removed
    assert view.detail.events[-1]["key"] == "notice_kept"
    view.detail.tabs.setCurrentIndex(1)
    view.window().grab().save("/tmp/incdocs-detail.png")


def incidents_attachments(desk, incident_id: int) -> list[dict]:
    from dpo_desk.core import attachments

    return attachments.list_for(desk, incidents.TABLE, incident_id)


def test_the_severity_is_the_dpos_field_and_goes_on_the_peoples_notice(view, tmp_path):
    """DOMAIN D4.5 (issue 15 review P1): the severity is written by the DPO in the form,
    stored with the incident and printed on the notice to the people, in their words."""
    from dpo_desk.core import letters
    from tests.core.test_incident_letters import pdf_text

    incident_id = log(view.desk, at(5, 8), notify_decision="notify",
                      assessment="Nội bộ: phải thông báo vì có nguy cơ lừa đảo")
    dialog = view.form_dialog(incident_id)
    dialog.show()
    severity = dialog.edits["severity"]
    assert severity.objectName() == "field_severity" and severity.toPlainText() == ""
    dialog.retranslate()
    assert dialog.captions["severity"].text()  # captioned, translated (not the key)
    severity.setPlainText("Trung bình: email và tên đăng nhập có thể bị dùng để lừa đảo")
    dialog.scroll.ensureWidgetVisible(severity)
    dialog.grab().save(str(tmp_path / "severity-form.png"))
    assert dialog.save()
    stored = incidents.get(view.desk, incident_id)
    assert stored["severity"] == "Trung bình: email và tên đăng nhập có thể bị dùng để lừa đảo"
    text = pdf_text(letters.subject_notice(view.desk, incident_id, tmp_path / "people.pdf"))
    assert "Mức độ nghiêm trọng: Trung bình: email và tên đăng nhập có thể bị dùng để lừa " \
        "đảo" in text
    assert "Nội bộ: phải thông báo" not in text
    close_now(dialog)
