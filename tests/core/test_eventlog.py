"""Timeline events as data (issue 16 point 4): core records each step as a kind and its
parameters beside the English note the chain covers; a file of an older schema gets the
events of its entries once, at the upgrade, without a link of its chain changing; `check`
names an event that no longer writes its note; erasure redacts the parameters too."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from dpo_desk.core import audit, clock, complaints, erasure, eventlog, incidents
from dpo_desk.core.desk import Desk
from dpo_desk.core.eventlog import KINDS, Event
from dpo_desk.core.migrations import MIGRATIONS, SCHEMA_VERSION, TIMELINE_SCHEMA

NAME = "Lê Thị Thu Trang"
CASE = {"received_on": "2026-02-10", "channel": "email", "kind": "access",
        "requester_name": NAME, "requester_contact": "trang@example.vn",
        "complexity": "simple", "summary": "Xin bản sao dữ liệu"}
# one event of each kind, with parameters as core writes them
SAMPLES = [
    Event("case_recorded"),
    Event("status", {"from": "new", "to": "acknowledged"}),
    Event("status", {"from": "answered", "to": "closed", "outcome": "rejected",
                     "reason": "không đủ căn cứ: thiếu giấy tờ"}),
    Event("extended", {"days": 10, "due": "2026-03-09", "reason": "cần bên xử lý dữ liệu"}),
    Event("identity_check", {"result": "verified", "method": "CCCD (bản gốc)"}),
    Event("identity_check", {"result": "failed"}),
    Event("deadlines_recomputed"),
    Event("incident_logged"),
    Event("corrected", {"fields": "occurred_at, detected_at",
                        "reason": "nhật ký (máy chủ): phát hiện sớm hơn"}),
    Event("attached", {"name": "biên bản.pdf"}),
    Event("attachment_removed"),
    Event("document_kept", {"name": "05/2026/TB-BVDLCN"}),
    Event("notice_kept", {"name": "authority-notice.pdf"}),
    Event("minutes_kept", {"name": "minutes.pdf"}),
    Event("subject_notice_kept", {"name": "thông báo (đã gửi).pdf"}),
    Event("evidence_with_notice", {"title": "Nhật ký truy cập (máy chủ)"}),
    Event("evidence_on_file", {"title": ""}),
    Event("from_email", {"source": "yeu-cau.eml", "name": "cccd.jpg"}),
    Event("erasure", {"complaint": 4, "fields": "requester_name, summary", "attachments": 1,
                      "reason": "hết thời hạn lưu trữ"}),
    Event("attachment_erased", {"complaint": 4}),
    Event("csv_import"),
    Event("duplicate", {"entry": 12}),
    Event("policy_import", {"source": "chinh-sach.pdf"}),
    Event("policy_import", {"source": ""}),
    Event("demo_data"),
    Event("demo_evidence"),
    Event("restored"),
    Event("schema_upgrade", {"version": 7}),
    Event("audit_format", {"version": 9, "head": "41:0123456789ab"}),
]


@pytest.fixture(autouse=True)
def today():
    clock.freeze(datetime(2026, 2, 12, 3, 0, tzinfo=UTC))


def test_every_kind_writes_its_old_note_and_is_read_back_from_it():
    assert {e.kind for e in SAMPLES} == set(KINDS)
    for event in SAMPLES:
        assert eventlog.parse(event.note()) == event, event
        assert eventlog.describe(event)  # English words for every kind
    assert Event("status", {"from": "new", "to": "acknowledged"}).note() == "new → acknowledged"
    assert eventlog.parse("a note no kind writes") is None


def test_words_come_from_the_caller_without_reading_the_note():
    event = Event("status", {"from": "answered", "to": "closed", "outcome": "rejected",
                             "reason": "thiếu giấy tờ"})
    names = {"answered": "Đã trả lời", "closed": "Đã đóng", "rejected": "Từ chối"}
    vietnamese = {"{from} → {to}": "{from} → {to}", "{text} ({outcome})": "{text} ({outcome})",
                  "{text}: {reason}": "{text} — lý do: {reason}"}
    said = eventlog.describe(event, vietnamese.get, {k: names.get for k in
                                                     ("from", "to", "outcome")})
    assert said == "Đã trả lời → Đã đóng (Từ chối) — lý do: thiếu giấy tờ"
    assert eventlog.describe(Event("extended", {"days": 1, "due": "2026-03-02",
                                                "reason": "x"})) == \
        "Extended by 1 day to 2026-03-02: x"


def test_core_writes_events_with_their_parameters(desk):
    case_id = complaints.create(desk, CASE)
    complaints.transition(desk, case_id, "acknowledged")
    complaints.extend(desk, case_id, 5, "chờ bên xử lý")
    steps = complaints.timeline(desk, case_id)
    assert [(s["event"], s["params"]) for s in steps] == [
        ("case_recorded", {}),
        ("status", {"from": "new", "to": "acknowledged"}),
        ("extended", {"days": 5, "due": complaints.get(desk, case_id)["due"],
                      "reason": "chờ bên xử lý"})]
    assert [s["note"] for s in steps][:2] == ["intake", "new → acknowledged"]  # as ever
    incident_id = incidents.create(desk, {"title": "Lộ danh sách", "detected_at":
                                          "2026-02-12T08:00:00+07:00"})
    assert [s["event"] for s in incidents.timeline(desk, incident_id)] == ["incident_logged"]
    assert audit.verify(desk) == []


def test_an_older_file_gets_its_events_once_and_its_chain_stays(db_path):
    with Desk.create(db_path, migrations=MIGRATIONS[:TIMELINE_SCHEMA - 1]) as old:
        case_id = complaints.create(old, CASE)
        complaints.transition(old, case_id, "acknowledged")
        complaints.check_identity(old, case_id, "verified", method="CCCD")
        chain = old.rows("SELECT id, hash, mac, note FROM audit_log ORDER BY id")
    with Desk.open(db_path) as desk:
        assert desk.schema_version == SCHEMA_VERSION >= TIMELINE_SCHEMA
        after = desk.rows("SELECT id, hash, mac, note FROM audit_log ORDER BY id")
        assert after[:len(chain)] == chain  # no entry re-linked, re-sealed or re-worded
        assert [(s["event"], s["params"]) for s in complaints.timeline(desk, case_id)] == [
            ("case_recorded", {}),
            ("status", {"from": "new", "to": "acknowledged"}),
            ("status", {"from": "acknowledged", "to": "identity_check"}),
            ("identity_check", {"result": "verified", "method": "CCCD"})]
        assert audit.verify(desk) == []
        assert eventlog.fill(desk) == 0  # nothing left to read: done once


def test_an_event_edited_behind_the_apps_back_is_named(db_path):
    with Desk.create(db_path) as desk:
        case_id = complaints.create(desk, CASE)
        complaints.transition(desk, case_id, "acknowledged")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE audit_log SET event_params = "
                 "'{\"from\":\"new\",\"to\":\"closed\"}' WHERE event = 'status'")
    conn.commit()
    conn.close()
    with Desk.open(db_path) as desk:
        found = audit.verify(desk)
        assert [p.kind for p in found] == ["chain"]
        assert "timeline event does not match its note" in found[0].message
        assert found[0].record_id == str(case_id)


def test_erasure_redacts_the_events_parameters(desk, tmp_path):
    case_id = complaints.create(desk, CASE)
    complaints.check_identity(desk, case_id, "verified", method=f"CCCD của {NAME}")
    complaints.transition(desk, case_id, "in_progress")
    complaints.transition(desk, case_id, "closed", outcome="withdrawn",
                          reason=f"{NAME} rút yêu cầu")
    erasure.erase_complaint(desk, case_id, "hết thời hạn")
    params = " ".join(r[0] for r in desk.conn.execute(
        "SELECT event_params FROM audit_log WHERE event_params IS NOT NULL"))
    assert NAME not in params and erasure.ERASED in params
    assert audit.verify(desk) == []


@pytest.mark.parametrize("edit", [
    "event = 'demo_data'",  # a status step passed off as demo data
    "event_params = '{}'",  # its parameters dropped
    "event = 'case_recorded', event_params = '{}'",
])
def test_check_names_a_forged_event_of_any_shape(db_path, edit):
    with Desk.create(db_path) as desk:
        case_id = complaints.create(desk, CASE)
        complaints.transition(desk, case_id, "acknowledged")
    conn = sqlite3.connect(db_path)
    conn.execute(f"UPDATE audit_log SET {edit} WHERE event = 'status'")
    conn.commit()
    conn.close()
    with Desk.open(db_path) as desk:
        assert ["timeline event does not match" in p.message for p in audit.verify(desk)] == [
            True]
