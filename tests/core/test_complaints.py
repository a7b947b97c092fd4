"""Complaints and requests through the real database: intake, deadlines stored at intake,
workflow rules, one extension, identity checks, the timeline and the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from dpo_desk.core import audit, clock, complaints, deadlines, demo, settings
from dpo_desk.core.complaints import Query
from dpo_desk.core.errors import ValidationError

ACCESS = {"received_on": "2026-02-10", "channel": "email", "kind": "access",
          "requester_name": "Nguyễn Thị Hồng Nhung", "requester_contact": "nhung@example.vn",
          "complexity": "simple", "summary": "Xin bản sao dữ liệu đơn hàng"}


@pytest.fixture
def today():
    clock.freeze(datetime(2026, 2, 12, 3, 0, tzinfo=UTC))  # 10:00 in Hà Nội, 12/2/2026


def fields_of(error) -> list[str]:
    return [e.field for e in error.value.errors]


def test_intake_stores_the_deadlines_across_tet(desk, today):
    case = complaints.get(desk, complaints.create(desk, ACCESS))
    assert case["policy_due"] == "2026-02-23"  # 17/2 in Tết: rolled to Monday 23/2
    assert case["legal_due"] == "2026-02-23" and case["ack_due"] == "2026-02-12"
    assert case["due"] == "2026-02-23" and case["binding"] == "policy"
    assert case["status"] == "new" and case["overdue"] is False and case["days_left"] == 11
    assert case["policy_days"] == 7 and case["policy_day_mode"] == "calendar"
    assert audit.verify(desk) == []


def test_bad_intake_names_every_field_and_saves_nothing(desk, today):
    with pytest.raises(ValidationError) as caught:
        complaints.create(desk, {"received_on": "2026-02-30", "channel": "fax",
                                 "requester_name": "", "kind": "gossip",
                                 "complexity": "hard", "third_party_involved": "perhaps",
                                 "colour": "red"})
    assert fields_of(caught) == ["received_on", "channel", "requester_name", "kind",
                                 "complexity", "third_party_involved", "colour"]
    with pytest.raises(ValidationError) as caught:
        complaints.create(desk, {**ACCESS, "received_on": "2026-02-13"})
    assert fields_of(caught) == ["received_on"]
    assert "future" in str(caught.value)
    assert complaints.list_cases(desk) == []


def test_a_later_policy_change_does_not_move_old_deadlines(desk, today):
    old = complaints.create(desk, {**ACCESS, "kind": "complaint"})
    settings.update(desk, {"complaint_days_simple": "3"})
    new = complaints.create(desk, {**ACCESS, "kind": "complaint"})
    assert complaints.get(desk, old)["policy_days"] == 7
    assert complaints.get(desk, old)["due"] == "2026-02-23"
    assert complaints.get(desk, new)["policy_days"] == 3
    assert complaints.get(desk, new)["due"] == "2026-02-13"


def test_the_full_lifecycle_with_timeline(desk, today):
    case_id = complaints.create(desk, ACCESS)
    complaints.transition(desk, case_id, "acknowledged")
    complaints.record_identity_check(desk, case_id, method="Đối chiếu CCCD qua video",
                                     result="verified")
    complaints.transition(desk, case_id, "in_progress")
    complaints.transition(desk, case_id, "on_hold", reason="Chờ khách hàng gửi mã đơn")
    assert complaints.get(desk, case_id)["due"] == "2026-02-23"  # the clock keeps running
    complaints.transition(desk, case_id, "in_progress")
    complaints.transition(desk, case_id, "answered", reply_text="Gửi kèm bản sao dữ liệu.")
    case = complaints.transition(desk, case_id, "completed")
    assert case["status"] == "closed" and case["outcome"] == "completed"
    assert case["identity_result"] == "verified" and case["closed_at"]
    notes = [step["note"] for step in complaints.timeline(desk, case_id)]
    assert notes == ["intake", "new → acknowledged", "identity check: verified (Đối chiếu CCCD "
                     "qua video)", "acknowledged → in_progress",
                     "in_progress → on_hold: Chờ khách hàng gửi mã đơn",
                     "on_hold → in_progress", "in_progress → answered",
                     "answered → closed (completed)"]
    assert audit.verify(desk) == []


@pytest.mark.parametrize(("state", "kwargs", "field"), [
    ("answered", {}, "reply_text"),            # no reply written
    ("on_hold", {}, "reason"),                 # waiting needs a reason
    ("rejected", {}, "reason"),                # a rejection needs a reason
    ("completed", {}, "outcome"),              # only an answered case is completed
    ("identity_not_verified", {}, "outcome"),  # needs a failed identity check first
    ("closed", {}, "outcome"),                 # closing needs an outcome
    ("flying", {}, "state"),
])
def test_steps_that_lack_what_they_need_are_refused(desk, today, state, kwargs, field):
    case_id = complaints.create(desk, ACCESS)
    before = audit.count(desk)
    with pytest.raises(ValidationError) as caught:
        complaints.transition(desk, case_id, state, **kwargs)
    assert fields_of(caught) == [field]
    assert audit.count(desk) == before and complaints.get(desk, case_id)["status"] == "new"


def test_a_closed_case_is_final(desk, today):
    case_id = complaints.create(desk, ACCESS)
    complaints.transition(desk, case_id, "withdrawn")
    with pytest.raises(ValidationError, match="cannot become in_progress"):
        complaints.transition(desk, case_id, "in_progress")


def test_one_extension_bounded_by_the_law_original_kept(desk, today):
    case_id = complaints.create(desk, ACCESS)
    with pytest.raises(ValidationError) as caught:
        complaints.extend(desk, case_id, 11, "")  # access: +10 days at most, reason required
    assert fields_of(caught) == ["days", "reason"]
    case = complaints.extend(desk, case_id, 10, "Dữ liệu nằm ở nhà cung cấp")
    assert case["due"] == "2026-03-05" and case["original_due"] == "2026-02-23"
    assert case["extension_reason"] == "Dữ liệu nằm ở nhà cung cấp"
    with pytest.raises(ValidationError, match="already extended"):
        complaints.extend(desk, case_id, 1, "again")


def test_overdue_and_due_soon_queries(desk, today):
    late = complaints.create(desk, {**ACCESS, "received_on": "2026-01-05", "kind": "complaint"})
    soon = complaints.create(desk, {**ACCESS, "received_on": "2026-02-06", "kind": "complaint"})
    done = complaints.create(desk, {**ACCESS, "received_on": "2026-01-02", "kind": "complaint"})
    complaints.transition(desk, done, "answered", reply_text="Đã trả lời.")
    assert complaints.ids(desk, Query(overdue=True)) == [late]
    assert complaints.get(desk, late)["overdue"] is True
    assert complaints.ids(desk, Query(due_within_days=2)) == [soon]  # due 13/2
    assert complaints.ids(desk, Query(text="#" + str(soon))) == [soon]
    summary = complaints.summary(desk)
    assert summary["overdue"] == 1 and summary["due_soon"] == 1
    assert summary["by_status"]["answered"] == 1 and summary["open"] == 2


def test_calendar_changes_move_open_cases_only(desk, today):
    open_case = complaints.create(desk, {**ACCESS, "kind": "complaint"})
    closed = complaints.create(desk, {**ACCESS, "kind": "complaint"})
    complaints.transition(desk, closed, "duplicate")
    deadlines.add_day_off(desk, "2026-02-23", "Nghỉ thêm sau Tết")
    assert complaints.get(desk, open_case)["due"] == "2026-02-24"
    assert complaints.get(desk, closed)["due"] == "2026-02-23"
    settings.update(desk, {"weekly_rest": "sun"})
    assert complaints.get(desk, open_case)["due"] == "2026-02-21"  # Saturday now worked
    assert audit.verify(desk) == []


def test_links_to_the_register_block_deleting_the_entry(desk, today):
    from dpo_desk.core import register
    from dpo_desk.core.errors import DeskError

    demo.fill(desk, seed=1)
    case_id = complaints.create(desk, ACCESS, register_entries=(1,))
    assert complaints.linked_entries(desk, case_id) == [1]
    with pytest.raises(DeskError, match="complaint_register_links"):
        register.delete(desk, 1)
    with pytest.raises(ValidationError):
        complaints.create(desk, ACCESS, register_entries=(999,))


def test_a_missed_acknowledgement_is_overdue_by_cores_clock(desk):
    """Decree 356 Art. 5: acknowledge within 2 working days (12/2 for a request of 10/2)."""
    clock.freeze(datetime(2026, 2, 12, 3, 0, tzinfo=UTC))  # Thursday 12/2: still in time
    case_id = complaints.create(desk, ACCESS)
    acked = complaints.create(desk, ACCESS)
    plain = complaints.create(desk, {**ACCESS, "kind": "complaint"})  # no legal ack_due
    assert complaints.get(desk, case_id)["ack_overdue"] is False
    assert complaints.ids(desk, Query(ack_overdue=True)) == []
    clock.freeze(datetime(2026, 2, 12, 16, 59, tzinfo=UTC))  # 23:59 on 12/2 in Hà Nội
    assert complaints.get(desk, case_id)["ack_overdue"] is False
    complaints.transition(desk, acked, "acknowledged")
    clock.freeze(datetime(2026, 2, 12, 17, 0, tzinfo=UTC))  # 00:00 on 13/2: passed
    case = complaints.get(desk, case_id)
    assert case["ack_overdue"] is True and case["overdue"] is False  # the due date is 23/2
    assert complaints.get(desk, acked)["ack_overdue"] is False
    assert complaints.get(desk, plain)["ack_overdue"] is False
    assert complaints.ids(desk, Query(ack_overdue=True)) == [case_id]
    assert complaints.summary(desk)["ack_overdue"] == 1
    assert [c["ack_overdue"] for c in complaints.export_records(desk)] == [True, False, False]
    complaints.transition(desk, case_id, "in_progress")  # work started, receipt never confirmed
    assert complaints.get(desk, case_id)["ack_overdue"] is True
    complaints.transition(desk, case_id, "answered", reply_text="Đã gửi bản sao.")
    assert complaints.get(desk, case_id)["ack_overdue"] is False  # answered: nothing to chase
    assert complaints.summary(desk)["ack_overdue"] == 0
