"""Two writers on one file (the GUI and the CLI, two windows): a write waits for the other
instead of failing, changes to different fields of one record are both kept, and an edit
made from a stale view is refused (`ConflictError`) instead of overwriting."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dpo_desk.core import audit, clock, complaints, incidents, register
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import ConflictError, DeskError, StorageError

ROOT = Path(__file__).resolve().parents[2]
ENTRY = {"name": "Khách hàng mua online", "subjects": ["customers"], "items": ["EMAIL"],
         "purpose": ["Giao hàng"], "legal_basis": "contract", "retention": "2 năm"}


@pytest.fixture
def two(db_path):
    """Two Desk objects (two connections) on the same file."""
    first, second = Desk.create(db_path), Desk.open(db_path)
    yield first, second
    first.close()
    second.close()


# -- a stale view is refused --------------------------------------------------------------

def test_a_stale_edit_is_refused_and_nothing_is_lost(two):
    a, b = two
    entry_id = register.create(a, ENTRY)
    loaded = a.get(register.TABLE, entry_id)  # A opens the editor
    register.update(b, entry_id, {"notes": "Đã rà soát ngày 3/3"})  # B saves meanwhile
    entries = audit.count(a)

    with pytest.raises(ConflictError) as caught:
        register.update(a, entry_id, {"retention": "5 năm"}, expected=loaded)
    assert isinstance(caught.value, DeskError)  # the CLI prints it and exits 2
    assert str(caught.value) == (f"register_entries {entry_id} changed elsewhere since you "
                                 "opened it; reload it")
    assert "notes" in caught.value.fields
    entry = register.get(a, entry_id)
    assert (entry["notes"], entry["retention"]) == ("Đã rà soát ngày 3/3", "2 năm")
    assert audit.count(a) == entries and audit.verify(a) == []

    register.update(a, entry_id, {"retention": "5 năm"},  # reloaded: now it saves
                    expected=a.get(register.TABLE, entry_id))
    entry = register.get(b, entry_id)
    assert (entry["notes"], entry["retention"]) == ("Đã rà soát ngày 3/3", "5 năm")
    assert audit.verify(b) == []


def test_an_unchanged_record_saves_with_its_expectation(desk):
    entry_id = register.create(desk, ENTRY)
    register.update(desk, entry_id, {"notes": "x"}, expected=desk.get(register.TABLE, entry_id))
    assert register.get(desk, entry_id)["notes"] == "x"


def test_desk_update_and_delete_check_the_expectation(two):
    a, b = two
    entry_id = register.create(a, ENTRY)
    loaded = a.get(register.TABLE, entry_id)
    b.update(register.TABLE, entry_id, {"notes": "B"})
    with pytest.raises(ConflictError):
        a.update(register.TABLE, entry_id, {"notes": "A"}, expected=loaded)
    with pytest.raises(ConflictError):
        a.delete(register.TABLE, entry_id, expected=loaded)
    assert register.get(a, entry_id)["notes"] == "B"
    a.delete(register.TABLE, entry_id, expected=a.get(register.TABLE, entry_id))
    assert a.get(register.TABLE, entry_id) is None


def test_a_record_deleted_elsewhere_is_a_conflict_too(two):
    a, b = two
    entry_id = register.create(a, ENTRY)
    loaded = a.get(register.TABLE, entry_id)
    register.delete(b, entry_id)
    with pytest.raises(ConflictError) as caught:
        register.update(a, entry_id, {"notes": "A"}, expected=loaded)
    assert caught.value.fields == []
    assert a.get(register.TABLE, entry_id) is None and audit.verify(a) == []


def test_a_stale_incident_form_is_refused(two):
    a, b = two
    clock.freeze(datetime(2026, 3, 5, 3, 0, tzinfo=UTC))
    incident_id = incidents.create(a, {"title": "Lộ danh sách khách hàng",
                                       "detected_at": "2026-03-05T09:30:00+07:00"})
    loaded = a.get(incidents.TABLE, incident_id)
    incidents.update(b, incident_id, {"measures": "Đổi mật khẩu"})
    with pytest.raises(ConflictError):
        incidents.update(a, incident_id, {"title": "Sửa tiêu đề"}, expected=loaded)
    stored = incidents.get(a, incident_id)
    assert (stored["title"], stored["measures"]) == ("Lộ danh sách khách hàng", "Đổi mật khẩu")


def test_a_stale_reply_or_step_of_a_complaint_is_refused(two):
    a, b = two
    clock.freeze(datetime(2026, 2, 12, 3, 0, tzinfo=UTC))
    case_id = complaints.create(a, {
        "received_on": "2026-02-10", "channel": "email", "kind": "access",
        "requester_name": "Nguyễn Thị Hồng Nhung", "requester_contact": "nhung@example.vn",
        "complexity": "simple", "summary": "Xin bản sao dữ liệu đơn hàng"})
    loaded = a.get(complaints.TABLE, case_id)
    complaints.save_reply(b, case_id, "Bản trả lời của B")
    with pytest.raises(ConflictError):
        complaints.save_reply(a, case_id, "Bản trả lời của A", expected=loaded)
    with pytest.raises(ConflictError):
        complaints.transition(a, case_id, "acknowledged", expected=loaded)
    case = complaints.get(a, case_id)
    assert (case["reply_text"], case["status"]) == ("Bản trả lời của B", "new")
    complaints.transition(a, case_id, "acknowledged", expected=a.get(complaints.TABLE, case_id))
    assert complaints.get(b, case_id)["status"] == "acknowledged"


def test_a_stale_extension_or_identity_check_is_refused(two):
    a, b = two
    clock.freeze(datetime(2026, 2, 12, 3, 0, tzinfo=UTC))
    case_id = complaints.create(a, {
        "received_on": "2026-02-10", "channel": "email", "kind": "access",
        "requester_name": "Trần Văn Khoa", "requester_contact": "khoa@example.vn",
        "complexity": "complex", "summary": "Xin bản sao dữ liệu"})
    loaded = a.get(complaints.TABLE, case_id)
    complaints.extend(b, case_id, 3, "Cần phối hợp với bên xử lý")
    with pytest.raises(ConflictError):
        complaints.extend(a, case_id, 10, "Gia hạn của A", expected=loaded)
    with pytest.raises(ConflictError):
        complaints.record_identity_check(a, case_id, method="CCCD", result="verified",
                                         expected=loaded)
    case = complaints.get(a, case_id)
    assert (case["extension_days"], case["identity_result"]) == (3, "")
    done = complaints.record_identity_check(a, case_id, method="CCCD", result="verified",
                                            expected=a.get(complaints.TABLE, case_id))
    assert done["identity_result"] == "verified"


# -- writing at the same time -------------------------------------------------------------

def test_a_write_waits_for_the_other_writer_instead_of_failing(two):
    a, b = two
    entry_id = register.create(a, ENTRY)
    holding, release = threading.Event(), threading.Event()

    def hold_the_lock():
        with Desk.open(a.path) as other, other.transaction():
            other.update(register.TABLE, entry_id, {"notes": "giữ khóa"})
            holding.set()
            release.wait(5)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    assert holding.wait(5)
    threading.Timer(0.5, release.set).start()
    started = time.monotonic()
    register.update(b, entry_id, {"retention": "1 năm"})  # waits for the lock
    waited = time.monotonic() - started
    holder.join(5)
    assert waited >= 0.4
    entry = register.get(a, entry_id)
    assert (entry["notes"], entry["retention"]) == ("giữ khóa", "1 năm")
    assert audit.verify(a) == []


def test_a_database_kept_busy_too_long_is_a_clear_error(two):
    a, b = two
    entry_id = register.create(a, ENTRY)
    b.conn.execute("PRAGMA busy_timeout = 100")
    with a.transaction():
        a.update(register.TABLE, entry_id, {"notes": "A"})
        with pytest.raises(StorageError) as caught:
            register.update(b, entry_id, {"notes": "B"})
    assert caught.value.cause == "busy" and str(a.path) in str(caught.value)
    assert not b.conn.in_transaction
    register.update(b, entry_id, {"retention": "3 năm"})  # free again: it saves
    assert register.get(a, entry_id)["notes"] == "A" and audit.verify(a) == []


WRITER = r'''
import sys
from dpo_desk.core import register
from dpo_desk.core.desk import Desk

path, field, who, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
with Desk.open(path) as desk:
    for n in range(count):
        register.update(desk, 1, {field: f"{who} {n:03d}"})
        register.create(desk, {"name": f"{who} {n:03d}", "subjects": ["staff"],
                               "items": ["EMAIL"], "purpose": ["Trả lương"],
                               "legal_basis": "contract"})
print("done", flush=True)
'''


def test_two_processes_writing_at_once_lose_no_update(db_path, tmp_path):
    """Each process changes its own field of the same entry, over and over, while creating
    entries: every write lands, neither overwrites the other's field with an old value."""
    with Desk.create(db_path) as desk:
        assert register.create(desk, ENTRY) == 1
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    count = 60
    writers = [subprocess.Popen([sys.executable, str(script), str(db_path), field, who,
                                 str(count)], cwd=ROOT, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
               for field, who in (("notes", "GUI"), ("retention", "CLI"))]
    for writer in writers:
        output, errors = writer.communicate(timeout=60)
        assert writer.returncode == 0 and output == "done\n", errors
    with Desk.open(db_path) as desk:
        entry = register.get(desk, 1)
        assert (entry["notes"], entry["retention"]) == (f"GUI {count - 1:03d}",
                                                        f"CLI {count - 1:03d}")
        assert register.count(desk) == 1 + 2 * count
        assert audit.verify(desk) == []
        notes = [e for e in audit.entries(desk, table=register.TABLE, record_id="1",
                                          limit=1000) if e["action"] == "update"]
        assert len(notes) == 2 * count  # every update of both is in the trail
