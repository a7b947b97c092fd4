"""The audit trail: what every write records, and what `audit.verify` finds after tampering."""

import hashlib
import json
import sqlite3
from datetime import UTC, datetime

import pytest

from dpo_desk.core import audit, clock, settings
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DatabaseBroken, NotFound

GENESIS = "0" * 64


def all_entries(desk) -> list[dict]:
    return desk.rows("SELECT * FROM audit_log ORDER BY id")


def independent_hash(entry: dict) -> str:
    """The entry hash as documented in core/audit.py, computed here on its own: the format
    is part of every file on disk, so changing it would break every existing chain. Format 2
    (schema 9) links each entry over the SHA-256 of its before, after and note texts."""
    def digest(text):
        return None if text is None else hashlib.sha256(text.encode("utf-8")).hexdigest()

    values = [entry["id"], entry["at"], entry["actor"], entry["action"], entry["table_name"],
              entry["record_id"], digest(entry["before"]), digest(entry["after"]),
              digest(entry["note"]), entry["prev_hash"]]
    payload = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def raw(db_path, sql: str, params=()) -> None:
    """Change the file behind the app's back, through a separate connection."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def messages(problems) -> str:
    return "\n".join(str(p) for p in problems)


# -- what a write records --------------------------------------------------------------------

def test_each_settings_write_is_one_chained_entry(desk, monkeypatch):
    monkeypatch.setenv("LOGNAME", "os-nguoi-dung")
    clock.freeze(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC))
    settings.update(desk, {"company_name": "Sen Vàng"})
    settings.update(desk, {"company_name": "Sen Vàng JSC", "tax_code": "0312345678"})
    settings.update(desk, {"dpo_name": "Nguyễn Thị Lan"})
    settings.update(desk, {"address": "123 Nguyễn Thị Minh Khai"})
    desk.delete("settings", "tax_code")

    entries = all_entries(desk)
    assert [(e["action"], e["table_name"], e["record_id"]) for e in entries] == [
        ("insert", "settings", "company_name"),
        ("update", "settings", "company_name"),
        ("insert", "settings", "tax_code"),
        ("insert", "settings", "dpo_name"),
        ("insert", "settings", "address"),
        ("delete", "settings", "tax_code"),
    ]
    # Actor: the OS user until the DPO's name is set, then the DPO.
    assert [e["actor"] for e in entries[:3]] == ["os-nguoi-dung"] * 3
    assert [e["actor"] for e in entries[4:]] == ["Nguyễn Thị Lan"] * 2
    assert {e["at"] for e in entries} == {"2025-03-04T12:06:07+07:00"}

    first, second, *_, last = entries
    assert first["before"] is None
    assert first["after"] == '{"key":"company_name","value":"Sen Vàng"}'
    assert json.loads(second["before"]) == {"key": "company_name", "value": "Sen Vàng"}
    assert json.loads(second["after"]) == {"key": "company_name", "value": "Sen Vàng JSC"}
    assert json.loads(last["before"]) == {"key": "tax_code", "value": "0312345678"}
    assert last["after"] is None

    previous = GENESIS
    for entry in entries:
        assert entry["prev_hash"] == previous
        assert entry["hash"] == independent_hash(entry)
        previous = entry["hash"]
    assert json.loads(desk.meta("audit_head")) == {"id": entries[-1]["id"], "hash": previous}
    assert audit.verify(desk) == []


def test_update_that_changes_nothing_adds_no_entry(desk):
    settings.update(desk, {"company_name": "Sen Vàng", "language": "en"})
    count = audit.count(desk)
    settings.update(desk, {"company_name": "Sen Vàng", "language": "en"})
    settings.update(desk, {"company_name": "  Sen Vàng  "})  # stored stripped: the same
    assert audit.count(desk) == count == 2


def test_failed_transaction_leaves_no_entry_and_no_change(desk, db_path):
    settings.update(desk, {"company_name": "Sen Vàng"})
    head = desk.meta("audit_head")
    with pytest.raises(RuntimeError), desk.transaction():
        settings.update(desk, {"company_name": "Hoa Sữa", "tax_code": "0109876543"})
        assert settings.get(desk, "company_name") == "Hoa Sữa"  # visible inside only
        raise RuntimeError("power cut")
    assert settings.get(desk, "company_name") == "Sen Vàng"
    assert settings.get(desk, "tax_code") == ""
    assert audit.count(desk) == 1
    assert desk.meta("audit_head") == head
    with Desk.open(db_path) as other:  # and nothing reached the file
        assert audit.count(other) == 1
        assert audit.verify(other) == []


def test_write_of_a_missing_record_is_refused_without_entry(desk):
    with pytest.raises(NotFound, match="settings nothing"):
        desk.update("settings", "nothing", {"value": "x"})
    assert audit.count(desk) == 0


def test_two_open_desks_keep_one_chain(db_path):
    with Desk.create(db_path) as first, Desk.open(db_path) as second:
        for i in range(3):
            settings.update(first, {"company_name": f"Một {i}"})
            settings.update(second, {"address": f"Hai {i}"})
        assert audit.count(first) == 6
        assert audit.verify(first) == [] and audit.verify(second) == []


# -- reading the trail ------------------------------------------------------------------------

def test_entries_are_newest_first_and_filtered(desk):
    settings.update(desk, {"company_name": "Sen Vàng", "tax_code": "0312345678"})
    settings.update(desk, {"company_name": "Hoa Sữa"})
    settings.update(desk, {"tax_code": "0312345678-001"})

    assert [e["id"] for e in audit.entries(desk)] == [4, 3, 2, 1]
    assert [e["id"] for e in audit.entries(desk, record_id="tax_code")] == [4, 2]
    assert [e["id"] for e in audit.entries(desk, text="Hoa Sữa")] == [3]
    assert [e["id"] for e in audit.entries(desk, text="Sen Vàng")] == [3, 1]  # before, after
    assert [e["id"] for e in audit.entries(desk, table="settings", text="-001")] == [4]
    assert audit.entries(desk, table="complaints") == []
    assert audit.entries(desk, text="không có") == []
    assert [e["id"] for e in audit.entries(desk, limit=2, offset=1)] == [3, 2]
    assert audit.count(desk, record_id="company_name") == 2


# -- what verify finds ------------------------------------------------------------------------

@pytest.fixture
def audited(desk):
    """Three settings, one of them changed twice: entries #1..#5, all well."""
    settings.update(desk, {"company_name": "Sen Vàng", "tax_code": "0312345678",
                           "address": "123 Nguyễn Thị Minh Khai"})
    settings.update(desk, {"company_name": "Sen Vàng JSC"})
    settings.update(desk, {"address": "45 Phố Huế"})
    assert audit.count(desk) == 5
    assert audit.verify(desk) == []
    return desk


def test_raw_update_of_a_record(audited, db_path):
    raw(db_path, "UPDATE settings SET value = 'Công ty Giả' WHERE key = 'company_name'")
    [problem] = audit.verify(audited)
    assert (problem.kind, problem.table, problem.record_id) == ("record", "settings",
                                                                "company_name")
    assert "settings company_name differs from its last audited state" in problem.message
    assert '"Sen Vàng JSC"' in problem.message and '"Công ty Giả"' in problem.message


def test_raw_delete_of_a_record(audited, db_path):
    raw(db_path, "DELETE FROM settings WHERE key = 'tax_code'")
    [problem] = audit.verify(audited)
    assert (problem.kind, problem.record_id) == ("record", "tax_code")
    assert "settings tax_code vanished" in problem.message


def test_raw_insert_of_a_record(audited, db_path):
    raw(db_path, "INSERT INTO settings (key, value) VALUES ('email', 'ke-gian@vi.vn')")
    [problem] = audit.verify(audited)
    assert (problem.kind, problem.record_id) == ("record", "email")
    assert "settings email is not in the audit trail" in problem.message


def test_record_back_after_an_audited_delete(audited, db_path):
    audited.delete("settings", "tax_code")
    assert audit.verify(audited) == []
    raw(db_path, "INSERT INTO settings (key, value) VALUES ('tax_code', '0312345678')")
    [problem] = audit.verify(audited)
    assert "settings tax_code exists although the audit trail records its deletion" in str(
        problem)


def test_last_audited_content_turned_into_a_blob_is_named(audited, db_path):
    # the same bytes, stored as a BLOB: the chain's hashes still hold, but the record no
    # longer equals its last audited content (check compares them through the chain pass)
    raw(db_path, "UPDATE audit_log SET after = CAST(after AS BLOB) WHERE id = 5")
    [problem] = audit.verify(audited)
    assert (problem.kind, problem.record_id) == ("record", "address")
    assert "settings address differs from its last audited state" in problem.message


def test_raw_update_of_an_audit_entry(audited, db_path):
    raw(db_path, "UPDATE audit_log SET actor = 'Người khác' WHERE id = 2")
    [problem] = audit.verify(audited)
    assert problem.kind == "chain"
    assert "audit entry #2 (settings tax_code) was edited" in problem.message


def test_raw_delete_of_a_middle_entry(audited, db_path):
    raw(db_path, "DELETE FROM audit_log WHERE id = 4")  # company_name's update
    problems = audit.verify(audited)
    text = messages(problems)
    assert "audit entry #5 (settings address) does not follow entry #3" in text
    # company_name's last remaining entry (#1) no longer matches the stored record.
    assert "settings company_name differs from its last audited state" in text


def test_raw_delete_of_the_last_entry_stays_visible(audited, db_path):
    raw(db_path, "DELETE FROM audit_log WHERE id = 5")
    text = messages(audit.verify(audited))
    assert "the audit trail ends at entry #4, but its last entry was #5" in text
    assert "settings address differs from its last audited state" in text

    settings.update(audited, {"tax_code": "0312345678-001"})  # a later, normal write
    text = messages(audit.verify(audited))
    assert "audit entry #6 (settings tax_code) does not follow entry #4" in text


def test_two_entries_swapped(audited, db_path):
    conn = sqlite3.connect(db_path)
    rows = {r[0]: r[1:] for r in conn.execute("SELECT * FROM audit_log WHERE id IN (2, 3)")}
    columns = [d[1] for d in conn.execute("PRAGMA table_info(audit_log)")][1:]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    conn.execute("UPDATE audit_log SET hash = 'x' WHERE id = 2")  # free the UNIQUE hash
    conn.execute(f"UPDATE audit_log SET {assignments} WHERE id = 3", rows[2])
    conn.execute(f"UPDATE audit_log SET {assignments} WHERE id = 2", rows[3])
    conn.commit()
    conn.close()
    assert [e["record_id"] for e in all_entries(audited)][1:3] == ["address", "tax_code"]
    problems = audit.verify(audited)
    assert problems and all(p.kind == "chain" for p in problems)
    text = messages(problems)
    assert "audit entry #2 (settings address) does not follow entry #1" in text
    assert "audit entry #3 (settings tax_code) does not follow entry #2" in text


def test_integrity_failure(db_files):
    path = db_files.corrupt()
    try:
        desk = Desk.open(path)
    except DatabaseBroken as refused:  # damage this deep may also make the file unopenable
        assert str(path) in str(refused)
        return
    try:
        problems = audit.verify(desk)
    finally:
        desk.close()
    assert problems and {p.kind for p in problems} == {"integrity"}
    assert "SQLite" in messages(problems)


def test_verify_is_clean_after_many_ordinary_writes(desk):
    for i in range(20):
        settings.update(desk, {"company_name": f"Công ty {i}", "complaint_days_simple": i % 9 + 1})
    desk.delete("settings", "company_name")
    settings.update(desk, {"company_name": "Trở lại"})
    assert audit.verify(desk) == []
