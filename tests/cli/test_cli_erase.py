"""`dpo-desk erase` (issue 14 point 4, DOMAIN D6): erase a closed case, list the candidates
past the retention setting, refuse what may not be erased (exit 2, nothing written)."""

import json
from datetime import UTC, datetime

from dpo_desk.core import audit, clock, complaints
from dpo_desk.core.desk import Desk

CASE = {"received_on": "2020-03-01", "channel": "email", "kind": "access",
        "requester_name": "Phạm Qwzyx Thu", "requester_contact": "qwzyx@mail.vn",
        "complexity": "simple", "summary": "Xin xoá dữ liệu của Qwzyx"}


def make_file(path) -> tuple[int, int]:
    clock.freeze(datetime(2020, 3, 2, 3, 0, tzinfo=UTC))
    with Desk.create(path) as desk:
        closed = complaints.create(desk, CASE)
        complaints.transition(desk, closed, "answered", reply_text="Đã xoá, Qwzyx")
        complaints.transition(desk, closed, "completed")
        open_case = complaints.create(desk, {**CASE, "requester_name": "Lê Văn An",
                                             "requester_contact": "", "summary": ""})
    return closed, open_case


def test_candidates_then_erase_then_check(run, tmp_path):
    db = tmp_path / "desk.sqlite3"
    closed, open_case = make_file(db)
    later = {"DPO_DESK_NOW": "2025-06-01T03:00:00+00:00"}
    listed = run("erase", "--candidates", "--json", db=db, env=later)
    assert listed.returncode == 0, listed.stderr
    shown = json.loads(listed.stdout)
    assert shown["closed_before"] == "2020-06-01"
    assert [c["id"] for c in shown["candidates"]] == [closed]
    text = run("erase", "--candidates", db=db, env=later)
    assert text.stdout.startswith("1 closed case(s) closed before 2020-06-01:")
    assert f"#{closed}  closed 2020-03-02" in text.stdout

    done = run("erase", "--complaint", closed, "--reason", "hết hạn lưu trữ", "--json", db=db,
               env=later)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["fields"] == ["requester_name", "requester_contact",
                                                 "summary", "reply_text"]
    assert run("check", db=db, env=later).returncode == 0
    assert json.loads(run("erase", "--candidates", "--json", db=db, env=later).stdout)[
        "candidates"] == []
    assert b"Qwzyx" not in db.read_bytes() and b"qwzyx" not in db.read_bytes()
    with Desk.open(db) as desk:
        assert complaints.get(desk, open_case)["requester_name"] == "Lê Văn An"
        assert audit.verify(desk) == []


def test_refusals_exit_2_and_write_nothing(run, tmp_path):
    db = tmp_path / "desk.sqlite3"
    closed, open_case = make_file(db)
    with Desk.open(db) as desk:
        head = audit.last_entry(desk)
    refused = run("erase", "--complaint", open_case, "--reason", "no", db=db)
    assert refused.returncode == 2 and "still open (new)" in refused.stderr
    no_reason = run("erase", "--complaint", closed, db=db)
    assert no_reason.returncode == 2 and "--reason" in no_reason.stderr
    missing = run("erase", "--complaint", 99, "--reason", "x", db=db)
    assert missing.returncode == 2 and "complaint 99 does not exist" in missing.stderr
    assert run("erase", db=db).returncode == 2  # neither --complaint nor --candidates
    with Desk.open(db) as desk:
        assert audit.last_entry(desk) == head
