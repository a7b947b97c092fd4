"""Erasing a closed case (issue 14 point 4, DOMAIN D6) on real files: the personal data
leave the record, every audit entry about it and the file's bytes, the chain still verifies,
and what may not be erased is refused with nothing written."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest

from dpo_desk.core import attachments, audit, clock, complaints, erasure, settings
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError, NotFound, ValidationError
from dpo_desk.core.migrations import ERASABLE_SCHEMA, MIGRATIONS, SCHEMA_VERSION

MARK = "Zzyxqwv"  # a name no other text in the file contains
CASE = {"received_on": "2026-02-10", "channel": "email", "kind": "access",
        "requester_name": f"Nguyễn {MARK} Nhung", "requester_contact": f"{MARK.lower()}@mail.vn",
        "complexity": "simple", "summary": f"Xin bản sao dữ liệu của {MARK}"}


@pytest.fixture(autouse=True)
def today():
    clock.freeze(datetime(2026, 2, 12, 3, 0, tzinfo=UTC))


def closed_case(desk, tmp_path, *, values=CASE) -> int:
    case_id = complaints.create(desk, values)
    scan = tmp_path / f"cccd-{MARK}.txt"
    scan.write_text(f"Căn cước của {MARK}", encoding="utf-8")
    attachments.add(desk, "complaints", case_id, scan)
    complaints.record_identity_check(desk, case_id, method=f"CCCD {MARK}", result="verified")
    complaints.transition(desk, case_id, "answered", reply_text=f"Kính gửi {MARK}, ...")
    complaints.transition(desk, case_id, "completed")
    return case_id


def file_bytes(path) -> bytes:
    found = b""
    for suffix in ("", "-wal", "-journal"):
        part = path.with_name(path.name + suffix)
        if part.exists():
            found += part.read_bytes()
    return found


def test_erasing_a_closed_case_leaves_no_trace_and_the_chain_verifies(desk, db_path, tmp_path):
    case_id = closed_case(desk, tmp_path)
    other = complaints.create(desk, {**CASE, "requester_name": "Trần Văn Bình",
                                     "requester_contact": "binh@mail.vn", "summary": "Xoá"})
    anchor = audit.last_entry(desk)
    assert MARK.encode() in file_bytes(db_path)
    done = erasure.erase_complaint(desk, case_id, "retention over (D6)")
    assert done["fields"] == ["requester_name", "requester_contact", "summary", "reply_text",
                              "identity_method"]
    assert done["attachments"] == 1 and done["entries"] >= 6
    assert audit.verify(desk) == []
    assert audit.held_anchor(desk, anchor[0], anchor[1][:12]) is None
    case = complaints.get(desk, case_id)
    assert case["requester_name"] == erasure.ERASED and case["summary"] == erasure.ERASED
    assert case["status"] == "closed" and case["outcome"] == "completed"
    assert case["received_on"] == "2026-02-10" and case["identity_result"] == "verified"
    assert attachments.list_for(desk, "complaints", case_id) == []
    entry = desk.row("SELECT * FROM audit_log WHERE id = ?", (done["entry"],))
    assert entry["actor"] and entry["action"] == "update"
    assert entry["note"].startswith("erasure: personal data of complaint")
    assert entry["note"].endswith("reason: retention over (D6)")
    assert complaints.get(desk, other)["requester_name"] == "Trần Văn Bình"
    assert complaints.list_cases(desk, complaints.Query(text=MARK.lower())) == []
    with pytest.raises(ValidationError, match="already erased"):
        erasure.erase_complaint(desk, case_id, "again")
    desk.close()
    raw = file_bytes(db_path)
    assert MARK.encode() not in raw and MARK.lower().encode() not in raw
    assert "Trần Văn Bình".encode() in raw
    with Desk.open(db_path) as again:  # reopened: still intact, still writable
        assert audit.verify(again) == []
        complaints.create(again, {**CASE, "requester_name": "Lê Thị Cúc"})
        assert audit.verify(again) == []


def test_an_erased_entry_edited_later_or_falsely_marked_is_named(desk, db_path, tmp_path):
    case_id = closed_case(desk, tmp_path)
    other = complaints.create(desk, {**CASE, "requester_name": "Trần Văn Bình"})
    done = erasure.erase_complaint(desk, case_id, "asked by the person")
    first_of_other = desk.scalar("SELECT min(id) FROM audit_log WHERE table_name = "
                                 "'complaints' AND record_id = ?", (str(other),))
    desk.close()
    conn = sqlite3.connect(db_path)
    # an entry of another case claims to be erased, its content changed
    conn.execute("UPDATE audit_log SET after = replace(after, 'Bình', 'Bính'), erased_by = ? "
                 "WHERE id = ?", (done["entry"], first_of_other))
    conn.commit()
    conn.close()
    with Desk.open(db_path) as desk:
        found = "\n".join(p.message for p in audit.verify(desk))
    assert f"audit entry #{first_of_other} (complaints {other}) is marked as erased" in found


def test_refusals_write_nothing(desk, tmp_path):
    open_case = complaints.create(desk, CASE)
    closed = closed_case(desk, tmp_path)
    head = audit.last_entry(desk)
    with pytest.raises(ValidationError, match="still open"):
        erasure.erase_complaint(desk, open_case, "no")
    with pytest.raises(ValidationError, match="reason"):
        erasure.erase_complaint(desk, closed, "  ")
    with pytest.raises(NotFound):
        erasure.erase_complaint(desk, 999, "gone")
    assert audit.last_entry(desk) == head
    assert complaints.get(desk, open_case)["requester_name"] == CASE["requester_name"]
    assert complaints.get(desk, closed)["requester_name"] == CASE["requester_name"]


def test_candidates_are_closed_cases_past_the_retention_setting(desk, tmp_path):
    clock.freeze(datetime(2020, 3, 2, 3, 0, tzinfo=UTC))
    old = closed_case(desk, tmp_path, values={**CASE, "received_on": "2020-03-01"})
    clock.freeze(datetime(2022, 6, 2, 3, 0, tzinfo=UTC))
    recent = closed_case(desk, tmp_path, values={**CASE, "received_on": "2022-06-01"})
    complaints.create(desk, {**CASE, "received_on": "2022-06-01"})  # open: never a candidate
    clock.freeze(datetime(2025, 3, 2, 3, 0, tzinfo=UTC))  # five years to the day: not yet
    assert settings.get(desk, "erase_after_years") == 5
    assert erasure.candidates(desk) == [] and erasure.candidate_count(desk) == 0
    clock.freeze(datetime(2025, 3, 3, 3, 0, tzinfo=UTC))
    assert [c["id"] for c in erasure.candidates(desk)] == [old]
    settings.update(desk, {"erase_after_years": "3"})  # a setting, not a constant
    assert [c["id"] for c in erasure.candidates(desk)] == [old]
    clock.freeze(datetime(2025, 6, 3, 3, 0, tzinfo=UTC))  # three years after closing
    assert [c["id"] for c in erasure.candidates(desk)] == [old, recent]
    erasure.erase_complaint(desk, old, "past retention")
    assert [c["id"] for c in erasure.candidates(desk)] == [recent]
    assert erasure.candidate_count(desk) == 1
    with pytest.raises(ValidationError, match="erase_after_years"):
        settings.update(desk, {"erase_after_years": "0"})


# -- the upgrade to schema 7 (format 2) ------------------------------------------------------

def evidence_file(path, tmp_path):
    """A file of the schema before format 2, written on this computer (this user's seals,
    this anchor store)."""
    with Desk.create(path, migrations=MIGRATIONS[:ERASABLE_SCHEMA - 1]) as old:
        case_id = closed_case(old, tmp_path)
        settings.update(old, {"company_name": "Sen Vàng"})
        assert audit.verify(old) == []
        chain = old.conn.execute("SELECT id, hash FROM audit_log ORDER BY id").fetchall()
    return case_id, chain


def test_a_file_of_the_evidence_schema_is_converted_and_its_old_anchors_hold(db_path, tmp_path):
    from dpo_desk.core import anchors

    case_id, chain = evidence_file(db_path, tmp_path)
    with Desk.open(db_path) as desk:  # upgraded: backed up, verified, re-linked
        assert desk.schema_version == SCHEMA_VERSION and desk.backup_path.is_file()
        assert desk.refusal == []  # this computer's anchor (an old hash) still holds
        assert audit.verify(desk) == []
        last_id, last_hash = chain[-1]
        assert audit.held_anchor(desk, last_id, last_hash[:12]) is None
        assert audit.held_anchor(desk, last_id, "0" * 12) is not None
        assert desk.scalar("SELECT hash FROM audit_log WHERE id = ?", (last_id,)) != last_hash
        entry = desk.row("SELECT * FROM audit_log WHERE id = ?", (last_id + 1,))
        assert entry["note"].endswith(f"old head {last_id}:{last_hash[:12]}")
        assert anchors.recall(desk.database_id) == audit.last_entry(desk)
        # and the converted case can be erased, the chain still whole
        erasure.erase_complaint(desk, case_id, "retention over")
        assert audit.verify(desk) == []
        assert audit.held_anchor(desk, last_id, last_hash[:12]) is None


def test_a_damaged_old_chain_is_not_converted(db_path, tmp_path):
    evidence_file(db_path, tmp_path)
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE audit_log SET after = replace(after, 'Sen Vàng', 'Sen Đỏ') "
                 "WHERE table_name = 'settings'")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(DeskError, match="audit trail is damaged: audit entry #.* was edited"):
        Desk.open(db_path)
    assert db_path.read_bytes() == before  # left as it was (its backup copy beside it)


# -- incident evidence: kept five years after remediation (DOMAIN D4.5) ----------------------

BREACH = {"title": "Lộ nhật ký vị trí giao hàng", "occurred_at": "2026-02-10T22:10:00+07:00",
          "detected_at": "2026-02-11T08:30:00+07:00", "location": "Máy chủ giao hàng",
          "description": "Nhật ký công khai", "cause": "Cấu hình sai",
          "data_categories": ["Vị trí giao hàng"], "subjects_count": 40, "records_count": 90,
          "consequences": "Lộ địa chỉ", "measures": "Đã khóa", "reporter": "Trần Minh Đức"}


def breach_with_evidence(desk, tmp_path) -> tuple[int, int]:
    from dpo_desk.core import incidents

    incident_id = incidents.create(desk, BREACH)
    log = tmp_path / "nhat-ky.log"
    log.write_bytes(b"GET /track 200\n" * 10)
    return incident_id, attachments.add(desk, "incidents", incident_id, log)


def test_an_open_incidents_evidence_cannot_be_removed(desk, tmp_path):
    incident_id, evidence = breach_with_evidence(desk, tmp_path)
    head = audit.last_entry(desk)
    with pytest.raises(ValidationError) as refused:
        attachments.remove(desk, evidence)
    message = refused.value.errors[0].message
    assert f"Incident {incident_id} ({BREACH['title']}) is not closed" in message
    assert "D4.5" in message and "nothing was removed" in message
    assert audit.last_entry(desk) == head
    assert [a["id"] for a in attachments.list_for(desk, "incidents", incident_id)] == [evidence]


def test_a_closed_incidents_evidence_is_kept_five_years_after_closing(desk, tmp_path):
    from dpo_desk.core import incidents

    incident_id, evidence = breach_with_evidence(desk, tmp_path)
    incidents.transition(desk, incident_id, "assessed", decision="no_notify",
                         assessment="Không gây thiệt hại")
    incidents.transition(desk, incident_id, "closed")  # 2026-02-12 (the frozen day)
    clock.freeze(datetime(2031, 2, 11, 16, 0, tzinfo=UTC))  # 23:00 on 11/2/2031 in Hà Nội
    with pytest.raises(ValidationError) as refused:
        attachments.remove(desk, evidence)
    message = refused.value.errors[0].message
    assert f"Incident {incident_id} ({BREACH['title']}) was closed on 2026-02-12" in message
    assert "kept until 2031-02-12" in message
    assert attachments.list_for(desk, "incidents", incident_id)
    clock.freeze(datetime(2031, 2, 12, 3, 0, tzinfo=UTC))  # five years to the day
    attachments.remove(desk, evidence)
    assert attachments.list_for(desk, "incidents", incident_id) == []
    assert audit.verify(desk) == []


def test_erasing_a_case_leaves_incident_evidence_and_case_files_stay_removable(desk, tmp_path):
    """A complaint has no link to an incident: its erasure removes its own files only, and a
    case's file is removed as before (the keeping period is the incidents')."""
    incident_id, evidence = breach_with_evidence(desk, tmp_path)
    case_id = closed_case(desk, tmp_path)
    erasure.erase_complaint(desk, case_id, "retention over")
    assert [a["id"] for a in attachments.list_for(desk, "incidents", incident_id)] == [evidence]
    other = complaints.create(desk, CASE)
    scan = tmp_path / "scan.txt"
    scan.write_text("bản quét", encoding="utf-8")
    attachments.remove(desk, attachments.add(desk, "complaints", other, scan))
    assert attachments.list_for(desk, "complaints", other) == []


def test_the_keeping_period_of_a_breach_closed_on_29_february():
    from datetime import date

    from dpo_desk.core import rules

    assert rules.evidence_kept_until(date(2028, 2, 29)) == date(2033, 3, 1)
    assert rules.evidence_kept_until(date(2026, 2, 12)) == date(2031, 2, 12)
