"""Online backup and checked restore of the whole database file (core/backup.py)."""

import sqlite3
from datetime import UTC, datetime

import pytest

from dpo_desk.core import audit, backup, clock, settings
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DatabaseBroken, DatabaseTooNew, DeskError, NotADeskDatabase


def stored_value(path, key: str) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return found[0] if found else None
    finally:
        conn.close()


def test_backup_while_open_is_a_consistent_single_file(desk, db_path, tmp_path):
    settings.update(desk, {"company_name": "Sen Vàng"})
    with Desk.open(db_path) as other:
        settings.update(other, {"tax_code": "0312345678"})  # committed, still in the -wal
        # A write in progress on another connection is not part of the copy.
        other.conn.execute("BEGIN IMMEDIATE")
        other.conn.execute("UPDATE settings SET value = 'dở dang' WHERE key = 'company_name'")
        target = backup.backup(desk, tmp_path / "copies" / "b.sqlite3")
        other.conn.execute("ROLLBACK")
    assert target == tmp_path / "copies" / "b.sqlite3"
    assert sorted(p.name for p in target.parent.iterdir()) == ["b.sqlite3"]
    assert stored_value(target, "company_name") == "Sen Vàng"
    assert stored_value(target, "tax_code") == "0312345678"
    assert backup.check_candidate(target) == desk.schema_version
    with Desk.open(target) as copy:
        assert audit.verify(copy) == []
        assert audit.count(copy) == audit.count(desk) == 2


def test_backup_refuses_the_database_itself_and_an_existing_file(desk, db_path, tmp_path):
    with pytest.raises(DeskError, match="open database itself"):
        backup.backup(desk, db_path)
    existing = tmp_path / "exists.sqlite3"
    existing.write_text("giữ nguyên")
    with pytest.raises(DeskError, match="already exists"):
        backup.backup(desk, existing)
    assert existing.read_text() == "giữ nguyên"
    backup.backup(desk, existing, overwrite=True)
    assert backup.check_candidate(existing) == desk.schema_version


@pytest.fixture
def current(db_path):
    """A closed database holding 'Hiện tại', the file a restore would replace."""
    with Desk.create(db_path) as desk:
        settings.update(desk, {"company_name": "Hiện tại"})
    return db_path


REFUSED = [
    ("text", NotADeskDatabase),
    ("foreign", NotADeskDatabase),
    ("newer", DatabaseTooNew),
    ("garbled", DatabaseBroken),
    ("corrupt", DatabaseBroken),
]


@pytest.mark.parametrize(("kind", "error"), REFUSED, ids=[r[0] for r in REFUSED])
def test_restore_refuses_a_bad_backup_and_touches_nothing(current, db_files, kind, error):
    candidate = getattr(db_files, kind)()
    target_before = db_files.state(current)
    candidate_before = db_files.state(candidate)
    with pytest.raises(error) as caught:
        backup.restore(current, candidate)
    assert str(candidate) in str(caught.value)
    assert db_files.state(current) == target_before
    assert db_files.state(candidate) == candidate_before


def test_restore_refuses_an_empty_or_missing_file(current, db_files):
    before = db_files.state(current)
    empty = db_files.path("empty.sqlite3")
    empty.touch()
    with pytest.raises(DatabaseBroken, match="empty"):
        backup.restore(current, empty)
    with pytest.raises(DeskError, match="no such file"):
        backup.restore(current, db_files.path("absent.sqlite3"))
    with pytest.raises(DeskError, match="the database itself"):
        backup.restore(current, current)
    assert db_files.state(current) == before


@pytest.mark.parametrize("kind", ["foreign", "newer"])
def test_restore_will_not_replace_a_file_that_is_not_ours(desk, db_files, tmp_path, kind):
    good = backup.backup(desk, tmp_path / "good.sqlite3")
    target = getattr(db_files, kind)()
    before = db_files.state(target)
    with pytest.raises((NotADeskDatabase, DatabaseTooNew)) as caught:
        backup.restore(target, good)
    assert str(target) in str(caught.value)
    assert db_files.state(target) == before


def test_restore_replaces_and_keeps_the_old_file(current, tmp_path):
    clock.freeze(datetime(2026, 12, 4, 9, 30, 5, tzinfo=UTC))
    with Desk.open(current) as desk:
        saved = backup.backup(desk, tmp_path / "saved.sqlite3")
        settings.update(desk, {"company_name": "Sau khi sao lưu"})
    kept = backup.restore(current, saved)
    assert kept == current.with_name(f"{current.stem}.before-restore-20261204-163005.sqlite3")
    assert stored_value(kept, "company_name") == "Sau khi sao lưu"
    assert stored_value(current, "company_name") == "Hiện tại"
    assert sorted(p.name for p in current.parent.iterdir() if p.name.startswith(".")) == []
    with Desk.open(current) as desk:
        assert settings.get(desk, "company_name") == "Hiện tại"
        assert audit.verify(desk) == []


def test_restore_over_a_damaged_database_is_allowed(desk, db_files, tmp_path):
    good = backup.backup(desk, tmp_path / "good.sqlite3")
    damaged = db_files.corrupt()
    damaged_bytes = damaged.read_bytes()
    kept = backup.restore(damaged, good)
    assert kept.read_bytes() == damaged_bytes
    with Desk.open(damaged) as restored:
        assert audit.verify(restored) == []


def test_restore_into_a_new_place(desk, tmp_path):
    settings.update(desk, {"company_name": "Sen Vàng"})
    good = backup.backup(desk, tmp_path / "good.sqlite3")
    target = tmp_path / "new" / "desk.sqlite3"
    target.parent.mkdir()
    assert backup.restore(target, good) is None
    assert stored_value(target, "company_name") == "Sen Vàng"
