"""Issue 13: every file the app creates is private (0600) and written atomically; no write
replaces the open database; restore keeps every replaced file; a foreign -wal is refused."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from dpo_desk.core import (
    attachments,
    audit,
    backup,
    clock,
    complaints,
    demo,
    files,
    incidents,
    letters,
    packets,
    register_csv,
    reports,
    settings,
)
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError, ForeignWal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture(autouse=True)
def usual_umask():
    """What most users have: files are created 0644 unless the app says otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def shop(desk):
    """The demo company, on 4/3/2026 at 08:00 in Vietnam."""
    clock.freeze(datetime(2026, 3, 4, 1, 0, tzinfo=UTC))
    demo.fill(desk, seed=1, complaints=3)
    return desk


# -- the atomic writer ------------------------------------------------------------------------

def test_atomic_write_is_private_and_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.csv"
    files.atomic_write(target, "a,b\r\n")
    assert target.read_bytes() == b"a,b\r\n" and mode(target) == 0o600

    def broken(stream):
        stream.write(b"half of it")
        raise RuntimeError("disk pulled")

    with pytest.raises(RuntimeError):
        files.atomic_write(target, broken)
    assert target.read_bytes() == b"a,b\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]  # no temporary file left


def test_atomic_write_replaces_a_link_not_what_it_points_to(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("kept", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(elsewhere)
    files.atomic_write(link, "new")
    assert elsewhere.read_text(encoding="utf-8") == "kept"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "new"


# -- modes of everything the app creates --------------------------------------------------------

def test_every_file_the_app_creates_is_0600(shop, db_path, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    incident = incidents.list_incidents(shop)[0]["id"]
    case = complaints.list_cases(shop)[0]["id"]
    evidence = tmp_path / "evidence.log"
    evidence.write_text("log", encoding="utf-8")
    attachment = attachments.add(shop, "incidents", incident, evidence)
    made = [
        backup.backup(shop, out / "backup.sqlite3"),
        letters.acknowledge(shop, case, out / "ack.pdf"),
        letters.authority_notice(shop, incident, out / "notice.pdf", draft=True),
        reports.register_report(shop, out / "register.pdf"),
        packets.build(shop, incident, out / "packet.zip"),
        attachments.save_copy(shop, attachment, out / "copy.log"),
    ]
    register_csv.export_csv(shop, out / "register.csv")
    register_csv.write_json(shop, out / "register.json")
    made += [out / "register.csv", out / "register.json"]
    with Desk.create(tmp_path / "new.sqlite3") as fresh:
        settings.update(fresh, {"company_name": "Sen Vàng"})
        made += [fresh.path, Path(f"{fresh.path}-wal"), Path(f"{fresh.path}-shm")]
        assert {mode(p) for p in made} == {0o600}, {p.name: oct(mode(p)) for p in made}
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["backup.sqlite3", "ack.pdf", "notice.pdf", "register.pdf", "packet.zip", "copy.log",
         "register.csv", "register.json"])  # no temporary file left behind
    assert {mode(p) for p in (db_path, Path(f"{db_path}-wal"))} == {0o600}


# -- never over the open database -------------------------------------------------------------

def test_no_writer_replaces_the_open_database(shop, db_path, tmp_path):
    before = os.stat(db_path).st_ino
    link = tmp_path / "innocent.zip"
    link.symlink_to(db_path)
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(db_path.parent)
    hard = tmp_path / "hard.sqlite3"
    os.link(db_path, hard)
    incident = incidents.list_incidents(shop)[0]["id"]
    case = complaints.list_cases(shop)[0]["id"]
    writers = {
        "packet": lambda p: packets.build(shop, incident, p),
        "letter": lambda p: letters.acknowledge(shop, case, p),
        "report": lambda p: reports.register_report(shop, p),
        "csv": lambda p: register_csv.export_csv(shop, p),
        "json": lambda p: register_csv.write_json(shop, p),
        "backup": lambda p: backup.backup(shop, p, overwrite=True),
        "bytes": lambda p: files.atomic_write(p, b"x"),
    }
    targets = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), link,
               folder_link / db_path.name, hard]
    for name, write in writers.items():
        for target in targets:
            with pytest.raises(files.ProtectedPathError):
                write(target)
                pytest.fail(f"{name} wrote {target}")
    assert link.is_symlink() and hard.exists()
    assert os.stat(db_path).st_ino == before and audit.verify(shop) == []
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_closed_database_may_be_written_over(db_path, tmp_path):
    Desk.create(db_path).close()
    files.atomic_write(db_path, b"not a database any more")  # nothing open: the user's call
    assert db_path.read_bytes() == b"not a database any more"


# -- restore keeps every copy -----------------------------------------------------------------

def company(path: Path) -> str:
    with Desk.open(path) as desk:
        return settings.get(desk, "company_name")


def test_two_restores_in_the_same_second_keep_both_copies(db_path, tmp_path):
    clock.freeze(datetime(2026, 3, 4, 1, 0, tzinfo=UTC))
    with Desk.create(db_path) as desk:
        settings.update(desk, {"company_name": "Bản sao lưu"})
        saved = backup.backup(desk, tmp_path / "saved.sqlite3")
        settings.update(desk, {"company_name": "Mới nhất"})
    first = backup.restore(db_path, saved)  # the wrong backup first ...
    with Desk.open(db_path) as desk:
        settings.update(desk, {"company_name": "Sau lần khôi phục thứ nhất"})
    second = backup.restore(db_path, saved)  # ... then again, in the same second
    assert first.name == "desk.before-restore-20260304-080000.sqlite3"
    assert second.name == "desk.before-restore-20260304-080000-2.sqlite3"
    assert company(first) == "Mới nhất"  # the newest data are not lost
    assert company(second) == "Sau lần khôi phục thứ nhất"
    assert company(db_path) == "Bản sao lưu"
    assert {mode(p) for p in (first, second, db_path)} == {0o600}


def test_restore_through_a_link_restores_the_real_file(db_path, tmp_path):
    with Desk.create(db_path) as desk:
        settings.update(desk, {"company_name": "Bản sao lưu"})
        saved = backup.backup(desk, tmp_path / "saved.sqlite3")
        settings.update(desk, {"company_name": "Hiện tại"})
    link = tmp_path / "link" / "desk.sqlite3"
    link.parent.mkdir()
    link.symlink_to(db_path)
    kept = backup.restore(link, saved)
    assert link.is_symlink() and link.resolve() == db_path
    assert kept.parent == db_path.parent
    assert company(db_path) == "Bản sao lưu" and company(kept) == "Hiện tại"


def test_restore_leaves_no_wal_beside_the_restored_file(db_path, tmp_path):
    with Desk.create(db_path) as desk:
        settings.update(desk, {"company_name": "Bản sao lưu"})
        saved = backup.backup(desk, tmp_path / "saved.sqlite3")
    # A program killed while the file was open: its -wal holds a committed change.
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(db_path)], check=True, timeout=60)
    wal = Path(f"{db_path}-wal")
    wal_bytes = wal.read_bytes()
    assert wal_bytes and company_in_file(db_path) == "Bản sao lưu"  # the change is in the -wal
    kept = backup.restore(db_path, saved)
    assert not wal.exists()
    assert Path(f"{kept}-wal").read_bytes() == wal_bytes  # it went with the kept copy
    assert company(db_path) == "Bản sao lưu"
    assert company(kept) == "Trong -wal"  # nothing lost


KILLED_WRITER = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("UPDATE settings SET value = 'Trong -wal' WHERE key = 'company_name'")
conn.commit()
os._exit(0)  # no close, no checkpoint: as a kill leaves it
"""


def company_in_file(path: Path) -> str:
    """The company name as the database file alone holds it (its -wal ignored)."""
    conn = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return conn.execute("SELECT value FROM settings WHERE key = 'company_name'").fetchone()[0]
    finally:
        conn.close()


# -- a -wal that is not the database's --------------------------------------------------------

def _wal_of_another_database(path: Path, page_size: int) -> bytes:
    other = sqlite3.connect(path)
    other.execute(f"PRAGMA page_size = {page_size}")
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("PRAGMA wal_autocheckpoint = 0")
    other.execute("CREATE TABLE t (x)")
    other.execute("INSERT INTO t VALUES ('của tệp khác')")
    other.commit()
    data = Path(f"{path}-wal").read_bytes()
    other.close()
    return data


def test_a_foreign_wal_is_refused_not_applied(db_path, tmp_path):
    Desk.create(db_path).close()
    wal = Path(f"{db_path}-wal")
    wal.write_bytes(_wal_of_another_database(tmp_path / "other.sqlite3", 1024))
    before = db_path.read_bytes()
    with pytest.raises(ForeignWal, match="written by another database"):
        Desk.open(db_path)
    assert db_path.read_bytes() == before


def test_a_wal_beside_a_missing_database_is_refused(db_path, tmp_path):
    Path(f"{db_path}-wal").write_bytes(_wal_of_another_database(tmp_path / "o.sqlite3", 4096))
    with pytest.raises(ForeignWal, match="absent or empty"):
        Desk.open(db_path)
    assert not db_path.exists() or db_path.stat().st_size == 0


def test_a_packet_being_built_is_a_private_unpredictable_file_and_a_cancel_leaves_none(
        shop, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    incident = incidents.list_incidents(shop)[0]["id"]
    seen: list[tuple[str, int]] = []

    def progress(done: int, steps: int) -> bool:
        seen.extend((p.name, mode(p)) for p in out.iterdir())
        return done < 3  # cancel half-way, as a kill would stop it

    with pytest.raises(DeskError, match="cancelled"):
        packets.build(shop, incident, out / "packet.zip", progress=progress)
    names = {name for name, _ in seen}
    assert len(names) == 1 and {m for _, m in seen} == {0o600}
    [name] = names
    assert name.startswith(".packet.zip.") and name not in (".packet.zip.partial",)
    assert len(name) > len(".packet.zip..tmp") + 6  # a random part
    assert list(out.iterdir()) == []


# -- files left readable by older versions -----------------------------------------------------

def test_opening_narrows_the_files_older_versions_left_readable(tmp_path):
    """A database, its -wal/-shm and the copies kept beside it (an upgrade's backup, files
    kept by a restore) found 0644 are made 0600 when the app opens the file, and named once;
    a file of another name, and a link, are left alone."""
    path = tmp_path / "desk.sqlite3"
    with Desk.create(path) as desk:
        settings.update(desk, {"company_name": "Công ty Sen Vàng"})
    upgrade_backup = tmp_path / "desk.schema9-backup-20260101-080000.sqlite3"
    kept = tmp_path / "desk.before-restore-20260102-090000.sqlite3"
    old_kept = tmp_path / "desk.sqlite3.before-restore"  # version 0.5.0's single copy
    other = tmp_path / "notes.sqlite3"
    for copy in (upgrade_backup, kept, old_kept, other):
        copy.write_bytes(path.read_bytes())
    link = tmp_path / "desk.before-restore-link.sqlite3"
    link.symlink_to(other)
    for found in (path, upgrade_backup, kept, old_kept, other):
        os.chmod(found, 0o644)
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    with Desk.open(path) as desk:
        # SQLite made the -wal and -shm with the file's mode (0644) as it opened it
        assert sorted(desk.narrowed) == sorted([path, wal, shm, upgrade_backup, kept,
                                                old_kept])
        assert "6 file(s) of desk.sqlite3" in desk.narrowed_message()
        assert mode(wal) == 0o600 and mode(shm) == 0o600
    for found in (path, upgrade_backup, kept, old_kept):
        assert mode(found) == 0o600, found
    assert mode(other) == 0o644  # not ours, even through the link named like ours
    with Desk.open(path) as desk:
        assert desk.narrowed == []  # said once


def test_a_wal_and_shm_left_readable_are_narrowed(tmp_path):
    path = tmp_path / "desk.sqlite3"
    holder = Desk.create(path)  # keeps the -wal and -shm in place
    settings.update(holder, {"company_name": "Công ty Sen Vàng"})
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    for found in (wal, shm):
        os.chmod(found, 0o644)
    try:
        with Desk.open(path) as desk:
            assert set(desk.narrowed) == {wal, shm}
        assert mode(wal) == 0o600 and mode(shm) == 0o600
    finally:
        holder.close()
