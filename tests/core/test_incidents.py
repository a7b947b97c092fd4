"""Breach incidents: facts checked, the 72-hour clock across the 2026 boundary, categories
matched against the register and catalogue, the workflow, attachments, required facts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dpo_desk.core import attachments, audit, clock, demo, incidents, rules
from dpo_desk.core.errors import ValidationError

FACTS = {
    "title": "Lộ dữ liệu khách hàng do cấu hình sai kho lưu trữ",
    "occurred_at": "2026-03-01T22:10:00+07:00", "detected_at": "2026-03-03T08:30:00+07:00",
    "location": "Kho lưu trữ đám mây (Singapore)", "description": "Thư mục sao lưu công khai",
    "cause": "Cấu hình sai", "data_categories": ["Khách hàng mua hàng trực tuyến"],
    "subjects_count": 1200, "records_count": 5400, "consequences": "Nguy cơ lừa đảo",
    "measures": "Đã khóa thư mục", "reporter": "Trần Minh Đức",
    "exposed_items": ["Họ và tên", "Số điện thoại", "Lịch sử mua hàng"],
}


@pytest.fixture
def shop(desk):
    clock.freeze(datetime(2026, 3, 4, 1, 0, tzinfo=UTC))  # 08:00 on 4/3/2026 in Hà Nội
    demo.fill(desk, seed=1, incidents=False)
    return desk


def test_law_91_counts_72_hours_from_discovery(shop):
    incident = incidents.get(shop, incidents.create(shop, FACTS))
    assert incident["regime"] == "law-91-2025"
    assert incident["notify_by"] == "2026-03-06T08:30:00+07:00"
    assert incident["late"] is False and incident["hours_left"] == 48.5
    assert incident["sensitive"] is True  # the register entry holds order history (Art. 4)
    assert incident["subjects_notify_by"] is None  # no location or biometric data


def test_time_left_is_rounded_down_never_up(shop):
    # 71 h 50 min before the deadline the clock must not say 72 h (issue 17)
    clock.freeze(datetime(2026, 3, 3, 1, 40, tzinfo=UTC))  # 08:40, discovered at 08:30
    incident = incidents.get(shop, incidents.create(shop, FACTS))
    assert incident["minutes_left"] == 71 * 60 + 50
    assert incident["hours_left"] == 71.8
    deadline = datetime.fromisoformat(incident["notify_by"])
    assert rules.clock_state(deadline, None, clock.now()) == ("open", 71 * 60 + 50)
    clock.freeze(datetime(2026, 3, 3, 1, 40, 59, tzinfo=UTC))  # 71 h 49 min 1 s left
    assert incidents.get(shop, incident["id"])["hours_left"] == 71.8
    assert rules.clock_state(deadline, None, clock.now()) == ("open", 71 * 60 + 49)
    clock.freeze(datetime(2026, 3, 6, 1, 30, 1, tzinfo=UTC))  # one second past
    assert rules.clock_state(deadline, None, clock.now()) == ("overdue", 1)
    assert rules.clock_state(deadline, "2026-03-06T08:30:01+07:00", clock.now()) == (
        "sent_late", 1)


def test_decree_13_counts_from_occurrence_and_a_late_notice_needs_a_reason(shop):
    old = incidents.create(shop, {**FACTS, "occurred_at": "2025-12-28T10:00:00+07:00",
                                  "detected_at": "2025-12-31T23:00:00+07:00"})
    incident = incidents.get(shop, old)
    assert incident["regime"] == "decree-13-2023"
    assert incident["notify_by"] == "2025-12-31T10:00:00+07:00"
    assert incident["late"] is True
    with pytest.raises(ValidationError) as caught:
        incidents.transition(shop, old, "authority_notified", channel="portal",
                             at="2026-01-02T09:00:00+07:00")
    assert [e.field for e in caught.value.errors] == ["late_reason"]
    done = incidents.transition(shop, old, "authority_notified", channel="portal",
                                at="2026-01-02T09:00:00+07:00",
                                late_reason="Phát hiện vào đêm giao thừa")
    assert done["late"] is True and done["late_reason"] == "Phát hiện vào đêm giao thừa"


def test_the_boundary_follows_the_local_date_of_discovery(shop):
    # 31/12/2025 23:30 in UTC is already 1/1/2026 in Hà Nội: Law 91 applies
    incident = incidents.get(shop, incidents.create(shop, {
        **FACTS, "occurred_at": "2025-12-31T20:00:00+00:00",
        "detected_at": "2025-12-31T23:30:00+00:00"}))
    assert incident["regime"] == "law-91-2025"
    assert incident["notify_by"] == "2026-01-03T23:30:00+00:00"


def test_location_or_biometric_data_start_the_clock_for_the_people(shop):
    incident = incidents.get(shop, incidents.create(shop, {
        **FACTS, "data_categories": ["Định vị nhân viên giao hàng", "Dữ liệu chưa đăng ký"],
        "exposed_items": ["Họ và tên", "GPS"]}))
    assert incident["subjects_notify_by"] == "2026-03-06T08:30:00+07:00"
    assert [c["known"] for c in incident["categories"]] == [True, False]
    assert incident["categories"][0]["special"] == ["location"]


@pytest.mark.parametrize(("change", "fields"), [
    ({"detected_at": "2026-02-01T08:00:00+07:00"}, ["detected_at"]),  # before occurrence
    ({"detected_at": "2026-03-03T08:30:00"}, ["detected_at"]),         # no offset
    ({"subjects_count": -3, "records_count": "many"}, ["subjects_count", "records_count"]),
    ({"title": " ", "colour": "red"}, ["title", "colour"]),
    ({"occurred_at": "2026-03-09T08:00:00+07:00"}, ["occurred_at", "detected_at"]),
])
def test_bad_facts_are_refused_naming_the_field(shop, change, fields):
    with pytest.raises(ValidationError) as caught:
        incidents.create(shop, {**FACTS, **change})
    assert sorted(e.field for e in caught.value.errors) == sorted(fields)
    assert incidents.list_incidents(shop) == []


def test_workflow_timeline_and_reminder(shop):
    incident_id = incidents.create(shop, FACTS)
    assert [i["id"] for i in incidents.awaiting_notice(shop)] == [incident_id]
    with pytest.raises(ValidationError):
        incidents.transition(shop, incident_id, "assessed")  # no decision recorded
    incidents.transition(shop, incident_id, "assessed", decision="notify",
                         assessment="Có thể gây thiệt hại tài sản cho khách hàng",
                         at="2026-03-03T10:00:00+07:00")
    incidents.transition(shop, incident_id, "contained", at="2026-03-03T11:00:00+07:00")
    with pytest.raises(ValidationError) as caught:
        incidents.transition(shop, incident_id, "closed")
    assert "Notify the authority" in str(caught.value)
    done = incidents.transition(shop, incident_id, "authority_notified", channel="portal",
                                reference="08/2026/SV")
    assert done["notified_at"] and done["late"] is False
    assert incidents.awaiting_notice(shop) == []
    notes = [t["note"] for t in incidents.timeline(shop, incident_id)]
    # DOMAIN D4.7: the step keeps the notice as sent, in the same transaction
    assert notes == ["incident logged", "discovered → assessed", "assessed → contained",
                     "contained → authority_notified",
                     "notice to the authority kept as sent: authority-notice.pdf"]
    assert audit.verify(shop) == []


def test_attachments_keep_their_hash_and_edits_show_in_the_check(shop, tmp_path, db_path):
    import sqlite3

    incident_id = incidents.create(shop, FACTS)
    evidence = tmp_path / "nhat-ky-truy-cap.log"
    evidence.write_bytes(b"GET /backup/customers.csv 200\n" * 100)
    attachment_id = attachments.add(shop, "incidents", incident_id, evidence)
    [listed] = attachments.list_for(shop, "incidents", incident_id)
    assert listed["filename"] == "nhat-ky-truy-cap.log" and listed["bytes"] == 3000
    assert attachments.intact(shop, attachment_id) and audit.verify(shop) == []
    assert [t["note"] for t in incidents.timeline(shop, incident_id)] == [
        "incident logged", "attached nhat-ky-truy-cap.log"]
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE attachments SET content = ? WHERE id = ?", (b"forged", attachment_id))
    raw.commit()
    raw.close()
    assert not attachments.intact(shop, attachment_id)
    [problem] = audit.verify(shop)
    assert problem.table == "attachments" and "content" in problem.message
    with pytest.raises(ValidationError):
        attachments.add(shop, "incidents", incident_id, tmp_path / "missing.pdf")


def test_missing_notice_facts_are_named(shop, desk):
    sparse = incidents.create(shop, {"title": "Mất máy tính xách tay",
                                     "detected_at": "2026-03-03T08:30:00+07:00"})
    missing = incidents.missing_notice_facts(shop, incidents.get(shop, sparse))
    assert missing == ["location", "description", "exposed_items", "subjects_count",
                       "consequences", "measures"]
    complete = incidents.get(shop, incidents.create(shop, FACTS))
    assert incidents.missing_notice_facts(shop, complete) == []
