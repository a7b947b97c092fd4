"""Evidence that proves itself (issue 14): each attack of a knowledgeable user on a real file
is named by `audit.verify` (and the quick checks at opening, which make the desk read-only),
never a traceback, with nothing written."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from dpo_desk.core import anchors, audit, backup, complaints, demo, settings
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DatabaseBroken, DeskError
from dpo_desk.core.migrations import SCHEMA_VERSION

SCHEMA = f"schema {SCHEMA_VERSION}"

TRIGGER = ("CREATE TRIGGER quietly_withdraw AFTER INSERT ON complaints BEGIN "
           "UPDATE complaints SET status = 'closed', outcome = 'withdrawn' "
           "WHERE id = new.id; END")


def raw(path, *statements) -> None:
    """Change the file behind the app's back, through a separate connection."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(*statement) if isinstance(statement, tuple) else conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def kinds(problems) -> list[str]:
    return [p.kind for p in problems]


def text(problems) -> str:
    return "\n".join(p.message for p in problems)


@pytest.fixture
def shop(db_path):
    """A closed file with the demo company and a few complaints."""
    with Desk.create(db_path) as desk:
        demo.fill(desk, seed=1, complaints=5)
    return db_path


def new_complaint(desk) -> int:
    return complaints.create(desk, {"received_on": "2026-03-02", "channel": "email",
                                    "requester_name": "Lê Văn C", "kind": "access",
                                    "complexity": "simple"})


def test_an_intact_file_has_no_problem_and_raises_the_anchor(shop):
    with Desk.open(shop) as desk:
        assert audit.verify(desk) == []
        assert desk.refusal == []
        assert anchors.recall(desk.database_id) == audit.last_entry(desk)
        settings.update(desk, {"company_name": "Sen Vàng mới"})
        assert anchors.recall(desk.database_id) == audit.last_entry(desk)
    key_file = anchors.state_dir() / anchors.KEY_FILE
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert (anchors.state_dir() / anchors.ANCHORS_FILE).stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("planted, named", [
    (TRIGGER, f"trigger quietly_withdraw (on complaints) that {SCHEMA} does not define"),
    ("CREATE VIEW everyone AS SELECT requester_name FROM complaints",
     f"view everyone (on everyone) that {SCHEMA} does not define"),
    ("CREATE TABLE stash (x)", f"table stash (on stash) that {SCHEMA} does not define"),
    ("DROP TABLE incidents", f"the table incidents (on incidents) of {SCHEMA} is missing"),
    ("DROP INDEX complaints_due", f"the index complaints_due (on complaints) of {SCHEMA} is "
                                  "missing"),
])
def test_a_planted_or_dropped_object_is_named_and_the_file_opens_read_only(shop, planted, named):
    raw(shop, planted)
    with Desk.open(shop) as desk:
        problems = audit.verify(desk)
        assert named in text(problems)
        assert "schema" in kinds(problems)
        assert {p.kind for p in desk.refusal} == {"schema"}
        before = desk.scalar("SELECT count(*) FROM audit_log")
        with pytest.raises(DeskError, match="open read-only: the file has|open read-only: the"):
            new_complaint(desk)
        assert desk.scalar("SELECT count(*) FROM audit_log") == before


def test_the_planted_trigger_closes_nothing_because_nothing_is_written(shop):
    raw(shop, TRIGGER)
    with Desk.open(shop) as desk:
        count = desk.scalar("SELECT count(*) FROM complaints")
        with pytest.raises(DeskError, match="quietly_withdraw"):
            new_complaint(desk)
        assert desk.scalar("SELECT count(*) FROM complaints") == count


def test_an_older_file_with_a_planted_trigger_is_not_upgraded(tmp_path):
    frozen = tmp_path / "old.sqlite3"
    shutil.copyfile(Path(__file__).parent.parent / "fixtures" / "schema-5.sqlite3", frozen)
    raw(frozen, TRIGGER)
    data = frozen.read_bytes()
    with pytest.raises(DatabaseBroken, match="extra trigger quietly_withdraw.*not upgraded"):
        Desk.open(frozen)
    assert frozen.read_bytes() == data


def test_a_chain_resealed_without_the_key_is_named(shop):
    """The attacker edits an entry and recomputes every later hash and the head, as the
    public algorithm allows; the seals, made with a key not in the file, no longer match."""
    conn = sqlite3.connect(shop)
    rows = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    names = [d[0] for d in conn.execute("SELECT * FROM audit_log").description]
    previous = audit.GENESIS
    for values in rows:
        entry = dict(zip(names, values, strict=True))
        if entry["id"] == 3:
            entry["actor"] = "someone else"
        entry["prev_hash"] = previous
        entry["hash"] = audit.entry_hash(entry)
        conn.execute("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     (entry["actor"], entry["prev_hash"], entry["hash"], entry["id"]))
        previous = entry["hash"]
    conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'",
                 (json.dumps({"id": rows[-1][0], "hash": previous}),))
    conn.commit()
    conn.close()
    with Desk.open(shop) as desk:
        problems = audit.verify(desk)
    assert "audit entry #3 (settings" in text(problems)
    assert "was re-sealed without the key: its seal does not match" in text(problems)
    assert {"seal", "rollback"} <= set(kinds(problems))  # the anchor saw the old head too


def test_seals_of_another_key_are_named(shop):
    raw(shop, "UPDATE audit_log SET mac = 'deadbeef:' || substr(mac, 10)")
    with Desk.open(shop) as desk:
        problems = audit.verify(desk)
    assert kinds(problems) == ["seal"]
    assert "sealed with a key this computer does not have (deadbeef)" in text(problems)


def test_a_seal_of_non_ascii_characters_is_named_not_a_traceback(shop):
    raw(shop, "UPDATE audit_log SET mac = substr(mac, 1, 9) || 'é' || substr(mac, 11) "
              "WHERE id = 3")
    with Desk.open(shop) as desk:
        [problem] = audit.verify(desk)
    assert problem.kind == "seal"
    assert "audit entry #3 (settings" in problem.message
    assert "was re-sealed without the key" in problem.message


def test_unsealed_entries_are_named(shop):
    raw(shop, "UPDATE audit_log SET mac = NULL WHERE id > 2")
    with Desk.open(shop) as desk:
        [problem] = audit.verify(desk)
    assert problem.kind == "seal"
    assert "carry no seal" in problem.message and "(#3 to #" in problem.message


def test_a_cut_tail_with_meta_edited_is_named_rolled_back(shop):
    with Desk.open(shop) as desk:
        last, _ = audit.last_entry(desk)
        kept = desk.row("SELECT id, hash FROM audit_log WHERE id = ?", (last - 2,))
    raw(shop, ("DELETE FROM audit_log WHERE id > ?", (last - 2,)),
        ("UPDATE meta SET value = ? WHERE key = 'audit_head'", (json.dumps(kept),)))
    with Desk.open(shop) as desk:
        assert kinds(desk.refusal) == ["rollback"]
        problems = audit.verify(desk)
        assert f"this computer saw this database with {last} audit entries, but the file " \
               f"ends at entry #{last - 2}" in text(problems)
        with pytest.raises(DeskError, match="read-only: rolled back"):
            settings.update(desk, {"company_name": "X"})


def test_a_rollback_to_an_older_copy_is_named(shop, tmp_path):
    older = tmp_path / "older.sqlite3"
    shutil.copyfile(shop, older)
    with Desk.open(shop) as desk:
        settings.update(desk, {"company_name": "Sau bản sao"})
    shutil.copyfile(older, shop)
    with Desk.open(shop) as desk:
        assert "rolled back" in text(audit.verify(desk))
        assert kinds(desk.refusal) == ["rollback"]


def test_a_fork_is_named(shop, tmp_path):
    """Another copy of the same database written elsewhere: as long, different history."""
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(shop, other)
    with Desk.open(shop) as desk:
        settings.update(desk, {"company_name": "Bản chính"})
    raw(other, "UPDATE settings SET value = 'x' WHERE key = 'company_name'")
    with Desk.open(shop) as desk:
        anchored = anchors.recall(desk.database_id)
    # the copy gets an entry with the same number and another hash (a fork)
    with pytest.raises(DeskError, match="rolled back"), Desk.open(other) as desk:
        settings.update(desk, {"company_name": "Bản phụ"})
    conn = sqlite3.connect(other)
    entry = conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    conn.close()
    assert entry == anchored[0] - 1  # nothing written to the copy


def test_a_restore_through_the_app_is_a_rollback_on_purpose_and_recorded(shop, tmp_path):
    with Desk.open(shop) as desk:
        saved = backup.backup(desk, tmp_path / "saved.sqlite3")
        settings.update(desk, {"company_name": "Sau sao lưu"})
    backup.restore(shop, saved)
    with Desk.open(shop) as desk:
        assert audit.verify(desk) == []
        assert desk.refusal == []
        last = desk.row("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1")
        assert last["note"] == "restored from a backup" and last["table_name"] == "meta"
        assert json.loads(last["after"])["restored_from"] == str(saved)
        assert anchors.recall(desk.database_id) == (last["id"], last["hash"])


def test_a_backup_with_a_planted_trigger_is_refused_by_restore(shop, tmp_path):
    with Desk.open(shop) as desk:
        saved = backup.backup(desk, tmp_path / "saved.sqlite3")
    raw(saved, TRIGGER)
    data = shop.read_bytes()
    with pytest.raises(DatabaseBroken, match="extra trigger quietly_withdraw"):
        backup.restore(shop, saved)
    assert shop.read_bytes() == data


@pytest.mark.parametrize("value", ["{not json", '{"id": "x", "hash": 5}', "[]", "null",
                                   '{"id": 3, "hash": "zz"}'])
def test_a_garbage_head_is_named_and_writes_refuse_cleanly(shop, value):
    raw(shop, ("UPDATE meta SET value = ? WHERE key = 'audit_head'", (value,)))
    with Desk.open(shop) as desk:
        problems = audit.verify(desk)
        assert "meta audit_head) is damaged" in text(problems)
        assert kinds(desk.refusal) == ["meta"]
        desk.refusal = []  # even past the open-time refusal, a write refuses cleanly
        with pytest.raises(audit.DamagedHead, match="nothing was written"):
            settings.update(desk, {"company_name": "X"})


@pytest.mark.parametrize("column", ["before", "after"])
def test_a_malformed_audit_value_is_named_not_a_traceback(shop, column):
    raw(shop, f"UPDATE audit_log SET {column} = '{{broken' WHERE id = 2")
    with Desk.open(shop) as desk:
        problems = audit.verify(desk)
        entry = desk.row("SELECT * FROM audit_log WHERE id = 2")
        assert audit.changes(entry) is not None  # no traceback where entries are shown
    assert "audit entry #2 (settings" in text(problems)
    assert f"is malformed: its {column} value is not valid JSON" in text(problems)


def test_a_damaged_database_id_is_named(shop):
    raw(shop, "UPDATE meta SET value = 'x' WHERE key = 'database_id'")
    with Desk.open(shop) as desk:
        assert "the database's id (meta database_id) is missing or damaged" in \
            text(audit.verify(desk))


def test_anchor_parse():
    assert anchors.parse("12:ABCDEF012345") == (12, "abcdef012345")
    for bad in ("12", "x:abcdef012345", "12:abc", "12:abcdef01234g"):
        with pytest.raises(ValueError):
            anchors.parse(bad)


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_letters_reports_and_breach_documents_print_the_head(shop, tmp_path):
    from dpo_desk.core import letters, reports, signing

    with Desk.open(shop) as desk:
        head = anchors.shown(audit.last_entry(desk))
        fingerprint = signing.fingerprint(desk)
        case = desk.scalar("SELECT min(id) FROM complaints")
        incident = desk.scalar("SELECT min(id) FROM incidents")
        made = {
            "letter": letters.acknowledge(desk, case, tmp_path / "ack.pdf", draft=True),
            "report": reports.register_report(desk, tmp_path / "register.pdf"),
            "notice": letters.authority_notice(desk, incident, tmp_path / "n.pdf", draft=True),
            "minutes": letters.minutes(desk, incident, tmp_path / "m.pdf", draft=True),
        }
    assert len(fingerprint) == 19 and fingerprint.count(" ") == 3
    for name, path in made.items():
        found = pdf_text(path)
        assert f"Nhật ký kiểm tra: {head}" in found, name
        assert (f"Khóa ký: {fingerprint}" in found) == (name in ("notice", "minutes")), name


def test_values_sqlite_cannot_write_as_json_are_still_checked(shop):
    """A BLOB planted in a text column and in the trail: the fast paths give way to the
    slow ones, and both are named."""
    raw(shop, "UPDATE complaints SET summary = x'00ff' WHERE id = 2",
        "UPDATE audit_log SET note = x'01' WHERE id = 4")
    with Desk.open(shop) as desk:
        found = text(audit.verify(desk))
    assert "complaints 2 differs from its last audited state (summary:" in found
    assert "audit entry #4 (settings" in found and "was edited" in found


def test_the_anchor_store_keeps_the_most_recent_databases_and_never_lowers(tmp_path,
                                                                          monkeypatch):
    monkeypatch.setenv(anchors.STATE_ENV, str(tmp_path / "state"))
    for n in range(anchors.MAX_DATABASES + 10):
        anchors.remember(f"{n:032x}", (5, "a" * 64), tmp_path / "x")
    assert anchors.recall(f"{0:032x}") is None
    assert anchors.recall(f"{anchors.MAX_DATABASES + 9:032x}") == (5, "a" * 64)
    last = f"{anchors.MAX_DATABASES + 9:032x}"
    anchors.remember(last, (4, "b" * 64), tmp_path / "x")  # another window, behind
    assert anchors.recall(last) == (5, "a" * 64)
    anchors.remember(last, (4, "b" * 64), tmp_path / "x", reset=True)  # a restore
    assert anchors.recall(last) == (4, "b" * 64)
    (tmp_path / "state" / anchors.ANCHORS_FILE).write_text("{garbage")
    assert anchors.recall(last) is None  # unreadable: nothing remembered, no traceback
