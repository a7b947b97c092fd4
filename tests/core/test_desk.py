"""Opening, creating, refusing and upgrading database files (core/desk.py)."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dpo_desk import __version__
from dpo_desk.core import audit, clock, settings
from dpo_desk.core.desk import APPLICATION_ID, Desk
from dpo_desk.core.errors import (
    DatabaseBroken,
    DatabaseRefused,
    DatabaseTooNew,
    DeskError,
    NotADeskDatabase,
)
from dpo_desk.core.migrations import MIGRATIONS, SCHEMA_VERSION, Migration


def pragmas(path: Path) -> dict:
    """Read a file's identity with plain sqlite3, independently of Desk."""
    conn = sqlite3.connect(path)
    try:
        return {name: conn.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("application_id", "user_version", "journal_mode")}
    finally:
        conn.close()


def table_rows(path: Path, table: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT * FROM [{table}] ORDER BY 1").fetchall()
    finally:
        conn.close()


def table_names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()


# -- a new file ------------------------------------------------------------------------------

def test_new_file_gets_wal_foreign_keys_and_identity(desk, db_path):
    assert desk.scalar("PRAGMA journal_mode") == "wal"
    assert desk.scalar("PRAGMA foreign_keys") == 1
    assert desk.schema_version == SCHEMA_VERSION
    assert desk.meta("app_version") == __version__
    assert desk.meta("created_at")
    assert desk.backup_path is None
    desk.close()
    found = pragmas(db_path)
    assert found == {"application_id": APPLICATION_ID, "user_version": SCHEMA_VERSION,
                     "journal_mode": "wal"}


def test_missing_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "desk.sqlite3"
    with Desk.create(path) as desk:
        assert desk.schema_version == SCHEMA_VERSION
    assert path.is_file()


def test_a_zero_byte_file_is_refused_by_open_and_set_up_by_create(db_path):
    """A truncated file (a full disk, a sync client) is not silently made a new, plain
    database by `check` or the window: only creating one (`init`) sets it up."""
    db_path.touch()
    with pytest.raises(NotADeskDatabase, match="is empty"):
        Desk.open(db_path)
    assert db_path.read_bytes() == b"" and sorted(db_path.parent.iterdir()) == [db_path]
    with Desk.create(db_path) as desk:
        assert desk.schema_version == SCHEMA_VERSION
    assert pragmas(db_path)["application_id"] == APPLICATION_ID


def test_a_pipe_is_refused_without_waiting_for_it(tmp_path):
    """Reading a FIFO given as the database (or as its -wal) would wait for ever."""
    import os

    pipe = tmp_path / "pipe.sqlite3"
    os.mkfifo(pipe)
    with pytest.raises(NotADeskDatabase, match="not a regular file"):
        Desk.open(pipe)
    with Desk.create(tmp_path / "real.sqlite3"):
        pass
    os.mkfifo(tmp_path / "real.sqlite3-wal.tmp")
    (tmp_path / "real.sqlite3-wal").unlink(missing_ok=True)
    (tmp_path / "real.sqlite3-wal.tmp").rename(tmp_path / "real.sqlite3-wal")
    with pytest.raises(DatabaseBroken, match="not a regular file"):
        Desk.open(tmp_path / "real.sqlite3")


def test_create_refuses_a_dangling_link(tmp_path):
    """SQLite would create the link's target readable by others (not 0600)."""
    link = tmp_path / "desk.sqlite3"
    link.symlink_to(tmp_path / "elsewhere" / "target.sqlite3")
    with pytest.raises(DatabaseRefused, match="link to a file that does not exist"):
        Desk.create(link)
    assert not (tmp_path / "elsewhere").exists()


def test_empty_sqlite_file_is_set_up(db_files):
    path = db_files.empty_sqlite()
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
    assert table_names(path) == set()
    with Desk.open(path) as desk:
        assert desk.schema_version == SCHEMA_VERSION
        assert {"settings", "audit_log", "meta"} <= set(desk.db.table_names())
    assert pragmas(path)["application_id"] == APPLICATION_ID


def test_reopening_keeps_data_and_writes_no_backup(db_path):
    with Desk.create(db_path) as desk:
        settings.update(desk, {"company_name": "Công ty Sen Vàng"})
    with Desk.open(db_path) as desk:
        assert settings.get(desk, "company_name") == "Công ty Sen Vàng"
        assert desk.backup_path is None
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


# -- refused files ---------------------------------------------------------------------------

REFUSED = [
    ("text", NotADeskDatabase, "not a SQLite database"),
    ("foreign", NotADeskDatabase, "another application"),
    ("foreign_no_id", NotADeskDatabase, "another application"),
    ("newer", DatabaseTooNew, "newer"),
    ("garbled", DatabaseBroken, "cannot be read"),
]


def make_refused(db_files, kind: str) -> Path:
    if kind == "foreign_no_id":
        return db_files.foreign("no-id.sqlite3", application_id=0, wal=False)
    return getattr(db_files, kind)()


@pytest.mark.parametrize(("kind", "error", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
def test_refused_file_is_left_byte_identical(db_files, kind, error, reason):
    path = make_refused(db_files, kind)
    before = db_files.state(path)
    with pytest.raises(error) as caught:
        Desk.open(path)
    assert isinstance(caught.value, DatabaseRefused)
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    assert reason in str(caught.value)
    assert db_files.state(path) == before  # same bytes, no -wal/-shm/backup beside it


def test_newer_file_message_names_both_versions(db_files):
    with pytest.raises(DatabaseTooNew) as caught:
        Desk.open(db_files.newer())
    assert f"schema {SCHEMA_VERSION + 1}" in str(caught.value)
    assert f"up to schema {SCHEMA_VERSION}" in str(caught.value)


def test_folder_is_refused(tmp_path):
    with pytest.raises(NotADeskDatabase, match="folder"):
        Desk.open(tmp_path)


# -- upgrades --------------------------------------------------------------------------------

EXTRA = Migration(SCHEMA_VERSION + 1, "extra",
                  "CREATE TABLE extra (id INTEGER PRIMARY KEY, note TEXT NOT NULL);\n"
                  "INSERT INTO meta (key, value) VALUES ('extra_added', 'yes');\n")
BROKEN = Migration(SCHEMA_VERSION + 1, "broken",
                   "CREATE TABLE half_done (x);\n"
                   "UPDATE settings SET value = 'changed by a migration';\n"
                   "INSERT INTO no_such_table VALUES (1);\n")


@pytest.fixture
def old_file(db_path):
    """A file at the current schema with some data: 'old' for a synthetic next migration."""
    with Desk.create(db_path) as desk:
        settings.update(desk, {"company_name": "Công ty Hoa Sữa", "tax_code": "0109876543"})
    return db_path


def test_upgrade_writes_a_backup_first_then_upgrades(old_file):
    clock.freeze(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC))  # 12:06:07 in Hà Nội
    old_settings = table_rows(old_file, "settings")
    with Desk.open(old_file, migrations=[*MIGRATIONS, EXTRA]) as desk:
        assert desk.schema_version == SCHEMA_VERSION + 1
        assert "extra" in desk.db.table_names()
        assert desk.meta("extra_added") == "yes"
        assert settings.get(desk, "company_name") == "Công ty Hoa Sữa"
        assert audit.verify(desk) == []
        backup = desk.backup_path
    assert backup == old_file.with_name(
        f"desk.schema{SCHEMA_VERSION}-backup-20250304-120607.sqlite3")
    assert backup.is_file()
    # The backup is the file as it was before the upgrade: old version, old data, one file.
    assert pragmas(backup) == {"application_id": APPLICATION_ID,
                               "user_version": SCHEMA_VERSION, "journal_mode": "delete"}
    assert "extra" not in table_names(backup)
    assert table_rows(backup, "settings") == old_settings
    with Desk.open(backup) as restored:
        assert restored.backup_path is None
        assert settings.get(restored, "tax_code") == "0109876543"
        assert audit.verify(restored) == []


def test_failed_upgrade_rolls_back_and_keeps_data(old_file):
    old_settings = table_rows(old_file, "settings")
    old_meta = table_rows(old_file, "meta")
    with pytest.raises(DeskError) as caught:
        Desk.open(old_file, migrations=[*MIGRATIONS, BROKEN])
    message = str(caught.value)
    assert str(old_file) in message and "no_such_table" in message
    assert pragmas(old_file)["user_version"] == SCHEMA_VERSION
    assert "half_done" not in table_names(old_file)
    assert table_rows(old_file, "settings") == old_settings
    assert table_rows(old_file, "meta") == old_meta
    # The backup written before the attempt is still there, and the file opens as before.
    backups = list(old_file.parent.glob(f"desk.schema{SCHEMA_VERSION}-backup-*.sqlite3"))
    assert len(backups) == 1
    with Desk.open(old_file) as desk:
        assert settings.get(desk, "company_name") == "Công ty Hoa Sữa"
        assert audit.verify(desk) == []


def test_file_from_the_synthetic_future_is_too_new_for_this_version(old_file):
    with Desk.open(old_file, migrations=[*MIGRATIONS, EXTRA]):
        pass
    with pytest.raises(DatabaseTooNew):
        Desk.open(old_file)


def test_default_file_is_in_the_per_user_data_folder(monkeypatch, tmp_path):
    from dpo_desk.core.paths import default_db_path

    # tests/conftest.py points the per-user folders away from the real ones.
    assert Path.home() / ".local" not in default_db_path().parents
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "dpo-desk" / "dpo-desk.sqlite3"
    monkeypatch.setenv("DPO_DESK_DB", str(tmp_path / "chosen.sqlite3"))
    assert default_db_path() == tmp_path / "chosen.sqlite3"
    with Desk.create() as desk:
        assert desk.path == tmp_path / "chosen.sqlite3"


def test_the_size_shown_counts_the_write_ahead_log(desk, db_path):
    from dpo_desk.core import overview, settings

    settings.update(desk, {"company_name": "Công ty TNHH Sen Vàng"})
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the change sits in the -wal
    summary = overview.database_summary(desk)
    assert summary["bytes"] == db_path.stat().st_size + wal.stat().st_size
