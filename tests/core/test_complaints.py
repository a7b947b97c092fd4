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


def test_an_extension_after_the_due_date_is_refused_and_the_miss_stays(desk, today):
    """DOMAIN D3.8: announced before the deadline runs out; afterwards refused."""
    case_id = complaints.create(desk, ACCESS)  # due Mon 23/2/2026
    clock.freeze(datetime(2026, 2, 23, 16, 59, tzinfo=UTC))  # 23:59 on the due day: allowed
    complaints.get(desk, case_id)
    clock.freeze(datetime(2026, 2, 23, 17, 0, tzinfo=UTC))  # 00:00 on 24/2 in Hà Nội
    with pytest.raises(ValidationError) as caught:
        complaints.extend(desk, case_id, 5, "Dữ liệu nằm ở nhà cung cấp")
    assert fields_of(caught) == ["due"] and "2026-02-23" in str(caught.value)
    case = complaints.get(desk, case_id)
    assert case["extension_days"] is None and case["overdue"] is True
    assert case["due"] == "2026-02-23"


def test_an_extension_shows_the_extended_law_and_promise_side_by_side(desk, today):
    """DOMAIN D3.8: both limits move; `due` is the earlier and `binding` names it, so a date
    later than the law's limit is never called the company's promise."""
    restrict = complaints.create(desk, {**ACCESS, "kind": "restriction",
                                        "received_on": "2026-02-12"})
    case = complaints.get(desk, restrict)  # promise 7 days: 19/2 (Tết: -> 23/2); law 15: 27/2
    assert (case["policy_due"], case["legal_due"], case["binding"]) == (
        "2026-02-23", "2026-02-27", "policy")
    case = complaints.extend(desk, restrict, 15, "Cần xác minh với bên xử lý")
    assert (case["extended_policy_due"], case["extended_legal_due"]) == (
        "2026-03-10", "2026-03-16")  # 23/2 + 15 = 10/3; 27/2 + 15 = Sun 14/3 -> Mon 16/3
    assert (case["due"], case["binding"], case["original_due"]) == (
        "2026-03-10", "policy", "2026-02-23")
    settings.update(desk, {"complaint_days_complex": "30"})
    slow = complaints.create(desk, {**ACCESS, "complexity": "complex"})
    case = complaints.extend(desk, slow, 10, "Dữ liệu nằm ở nhà cung cấp")
    # the law (10 days: 20/2 -> 23/2) bound; extended: law 5/3, the promise 24/3 + 10
    assert (case["extended_legal_due"], case["due"], case["binding"]) == (
        "2026-03-05", "2026-03-05", "law")
    assert case["extended_policy_due"] > case["extended_legal_due"]


def test_steps_carry_their_own_dates(desk, today):
    """Each step may be recorded after the fact (`at`), never in the future, before receipt
    or before the step it follows; the letters take these dates (DOMAIN D3.9)."""
    case_id = complaints.create(desk, ACCESS)  # received 10/2, now 12/2 10:00
    for when, word in (("2026-02-12T10:01", "future"), ("2026-02-13", "future"),
                       ("2026-02-09T23:00", "received"), ("12/02/2026", "real date")):
        with pytest.raises(ValidationError, match=word) as caught:
            complaints.transition(desk, case_id, "acknowledged", at=when)
        assert fields_of(caught) == ["at"]
    case = complaints.transition(desk, case_id, "acknowledged", at="2026-02-11T08:00")
    assert case["acknowledged_at"] == case["status_at"] == "2026-02-11T08:00:00+07:00"
    with pytest.raises(ValidationError, match="previous step"):
        complaints.transition(desk, case_id, "in_progress", at="2026-02-11T07:59")
    case = complaints.transition(desk, case_id, "in_progress", at="2026-02-11")
    assert case["status_at"] == "2026-02-11T08:00:00+07:00"  # that day, after the step before
    case = complaints.transition(desk, case_id, "answered", reply_text="Đã gửi bản sao.",
                                 at="2026-02-12")  # today without a time: now
    assert case["answered_at"] == "2026-02-12T10:00:00+07:00"
    case = complaints.transition(desk, case_id, "completed")
    assert case["closed_at"] == "2026-02-12T10:00:00+07:00"
    assert audit.verify(desk) == []


def test_the_identity_check_is_one_use_case(desk, today):
    """DOMAIN D3.6 (issue 16 point 3): the check moves the case, is recorded with who, how,
    when and what, and may start the work; all of it or nothing."""
    case_id = complaints.create(desk, ACCESS)
    before = audit.count(desk)
    with pytest.raises(ValidationError) as caught:
        complaints.check_identity(desk, case_id, "verified", method=" ")
    assert fields_of(caught) == ["identity_method"]
    assert audit.count(desk) == before and complaints.get(desk, case_id)["status"] == "new"
    with pytest.raises(ValidationError, match="previous step|received"):
        complaints.check_identity(desk, case_id, "verified", method="CCCD",
                                  at="2026-02-09")
    case = complaints.check_identity(desk, case_id, "not_verified", at="2026-02-11T15:00")
    assert (case["status"], case["identity_result"], case["identity_method"]) == (
        "identity_check", "failed", "")
    case = complaints.check_identity(desk, case_id, "verified", method="VNeID",
                                     start_work=True)
    assert (case["status"], case["identity_result"]) == ("in_progress", "verified")
    assert case["identity_checked_by"] and case["identity_checked_at"].startswith("2026-02-12")
    complaints.transition(desk, case_id, "withdrawn")
    with pytest.raises(ValidationError, match="open case"):
        complaints.check_identity(desk, case_id, "verified", method="VNeID")
