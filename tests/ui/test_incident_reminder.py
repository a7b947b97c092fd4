"""On start, every open incident whose notice to the authority is not sent is listed."""

from datetime import UTC, datetime

from dpo_desk.core import clock, incidents

# the notice as it was submitted, kept by the step (DOMAIN D4.7)
SENT = ("thong-bao-da-gui.pdf", b"%PDF-1.7 as submitted on the portal")


def test_unsent_notices_are_reminded_and_open_the_incident(window, qtbot):
    clock.freeze(datetime(2026, 3, 4, 1, 0, tzinfo=UTC))
    sent = incidents.create(window.desk, {"title": "Đã báo", "detected_at":
                                          "2026-03-03T08:30:00+07:00"})
    incidents.transition(window.desk, sent, "authority_notified", channel="portal",
                         sent_file=SENT)
    pending = incidents.create(window.desk, {"title": "Chưa báo", "detected_at":
                                             "2026-03-03T08:30:00+07:00"})
    window.show_reminders()
    dialog = window.incident_reminder
    assert dialog is not None and dialog.isVisible()
    ids = dialog.incident_ids()
    assert pending in ids and sent not in ids  # (the demo company's unsent ones too)
    row = dialog.list.topLevelItem(ids.index(pending))
    assert row.text(3) == "còn 2 ngày 0 giờ"  # 72 h from 3/3 08:30 is 6/3 08:30; now 4/3 08:00
    clock.freeze(datetime(2026, 3, 3, 1, 40, tzinfo=UTC))  # 71 h 50 min left: never "72"
    dialog.retranslate()
    row = dialog.list.topLevelItem(ids.index(pending))
    assert row.text(3) == "còn 2 ngày 23 giờ"  # 71 h 50 min, rounded down
    dialog.list.itemDoubleClicked.emit(row, 0)
    assert window.current_view().name == "incidents"


def test_no_reminder_when_every_notice_is_sent(window):
    for incident in incidents.awaiting_notice(window.desk):
        incidents.transition(window.desk, incident["id"], "authority_notified",
                             channel="portal", late_reason="demo", sent_file=SENT)
    window.show_reminders()
    assert window.incident_reminder is None
