"""Unfriendly disks: a full disk, a read-only file or disk, a file deleted or replaced while
open. Each failed write is a `StorageError` naming the file and the cause; nothing of it is
saved, what was saved before stays, and the file passes the check.

A real small or read-only disk is a tmpfs mounted for the test (root on Linux, else those
tests are skipped); a full disk is also simulated anywhere with a file size limit
(RLIMIT_FSIZE) in a child process."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.core import audit, backup, cipher, register
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError, StorageError

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file semantics")


def entry(name: str, notes: str = "") -> dict:
    return {"name": name, "subjects": ["customers"], "items": ["EMAIL"],
            "purpose": ["Giao hàng"], "legal_basis": "contract", "notes": notes}


def integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def sound(path: Path) -> list[str]:
    """The names of the entries, after SQLite's and the audit trail's checks pass."""
    assert integrity(path) == ["ok"]
    with Desk.open(path) as desk:
        assert audit.verify(desk) == []
        return [e["name"] for e in register.list_entries(desk, order_by="id")]


def mount(folder: Path, *options: str) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", *options, str(folder)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB disk of its own (a tmpfs)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    if not mount(folder, "-t", "tmpfs", "-o", "size=1m", "tmpfs"):
        pytest.skip("cannot mount a small disk here (needs root on Linux)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def fill_up(folder: Path) -> Path:
    """Write a file until the disk is full; deleting it frees the space again."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as handle, contextlib.suppress(OSError):
        while True:
            handle.write(b"\0" * 4096)
    return filler


@contextlib.contextmanager
def read_only(path: Path):
    """The file cannot be written: chmod for a user; for root, whom chmod does not stop,
    the immutable attribute (skipped where chattr cannot set it)."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        try:
            yield
        finally:
            path.chmod(0o644)
        return
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot make a file read-only for root here (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


# -- a full disk --------------------------------------------------------------------------

@posix_only
def test_a_full_disk_refuses_the_write_and_keeps_what_was_saved(small_disk):
    path = small_disk / "desk.sqlite3"
    with Desk.create(path) as desk:
        saved = [register.create(desk, entry("Khách hàng"))]
        filler = fill_up(small_disk)
        with pytest.raises(StorageError) as caught:
            for n in range(500):  # the WAL may still have room for a few
                saved.append(register.create(desk, entry(f"Mục {n}", "x" * 2000)))
        error = caught.value
        assert isinstance(error, DeskError) and error.cause == "full"
        assert str(error).startswith(f"{path}: the disk is full; the change was not saved")
        assert not desk.conn.in_transaction
        assert register.count(desk) == len(saved)  # the failed one is not there
        assert audit.verify(desk) == []
        filler.unlink()  # space again: the same window saves
        register.create(desk, entry("Sau khi dọn ổ đĩa"))
    assert len(sound(path)) == len(saved) + 1


FSIZE_WRITER = r'''
import os, resource, signal, sys
from dpo_desk.core import register
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import StorageError

path = sys.argv[1]
desk = Desk.open(path)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
limit = 64 * 1024  # above the database, its WAL index (32 KB) and a first WAL page
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))
saved = 0
try:
    for n in range(500):
        register.create(desk, {"name": f"Mục {n}", "subjects": ["staff"], "items": ["EMAIL"],
                               "purpose": ["Trả lương"], "legal_basis": "contract",
                               "notes": "x" * 2000})
        saved += 1
except StorageError as error:
    print(error.cause, saved)
    print(error)
'''


@posix_only
def test_a_file_size_limit_fails_the_write_cleanly(db_path, tmp_path):
    """A full disk anywhere: past RLIMIT_FSIZE the disk refuses to grow the file."""
    with Desk.create(db_path) as desk:
        register.create(desk, entry("Khách hàng"))
    script = tmp_path / "writer.py"
    script.write_text(FSIZE_WRITER, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(db_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    first, message = done.stdout.splitlines()
    cause, saved = first.split()
    assert cause == "io" and int(saved) >= 1
    assert message.startswith(f"{db_path}: the disk could not be read or written")
    assert len(sound(db_path)) == 1 + int(saved)


# -- read-only --------------------------------------------------------------------------

@posix_only
def test_a_read_only_file_opens_for_reading_and_refuses_writes(db_path):
    with Desk.create(db_path) as desk:
        entry_id = register.create(desk, entry("Khách hàng"))
    before = db_path.read_bytes()
    with read_only(db_path):
        with Desk.open(db_path) as desk:
            assert register.get(desk, entry_id)["name"] == "Khách hàng"
            with pytest.raises(StorageError) as caught:
                register.update(desk, entry_id, {"notes": "mới"})
            assert caught.value.cause == "read_only"
            assert str(caught.value).startswith(
                f"{db_path}: the file or its folder is read-only; the change was not saved")
            assert audit.verify(desk) == []
        assert db_path.read_bytes() == before
    assert sound(db_path) == ["Khách hàng"]


@posix_only
def test_a_database_on_a_read_only_disk_is_refused_with_the_reason(tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    if not mount(folder, "-t", "tmpfs", "-o", "size=1m", "tmpfs"):
        pytest.skip("cannot mount a disk here (needs root on Linux)")
    try:
        path = folder / "desk.sqlite3"
        with Desk.create(path) as desk:
            register.create(desk, entry("Khách hàng"))
        assert mount(folder, "-o", "remount,ro")
        before = path.read_bytes()
        with pytest.raises(StorageError) as caught:
            Desk.open(path)
        assert caught.value.cause == "cannot_open"
        assert str(caught.value).startswith(f"{path}: cannot be opened for writing")
        assert path.read_bytes() == before
        assert sorted(p.name for p in folder.iterdir()) == ["desk.sqlite3"]
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


# -- deleted or replaced while open -------------------------------------------------------

@posix_only
def test_a_database_deleted_while_open_refuses_writes_and_can_be_rescued(db_path, tmp_path):
    """SQLite would go on writing into the deleted file, and all would vanish on closing:
    the write is refused, and a backup of what is open keeps everything."""
    desk = Desk.create(db_path)
    try:
        for name in ("Khách hàng", "Nhân viên"):
            register.create(desk, entry(name))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        with pytest.raises(StorageError) as caught:
            register.create(desk, entry("Nhà cung cấp"))
        assert caught.value.cause == "gone"
        assert str(caught.value).startswith(
            f"{db_path}: the database file was deleted, moved or replaced while it was open")
        assert register.count(desk) == 2  # still readable
        rescued = backup.backup(desk, tmp_path / "rescued.sqlite3")
    finally:
        desk.close()
    assert not db_path.exists()
    assert sound(rescued) == ["Khách hàng", "Nhân viên"]


@posix_only
def test_a_database_replaced_while_open_is_not_written_over(db_path, tmp_path):
    """Another program moves the file (with its -wal and -shm) aside and puts another
    database in its place, as a restore does: this window's writes stop, both files stay
    sound."""
    desk = Desk.create(db_path)
    try:
        register.create(desk, entry("Khách hàng"))
        other = tmp_path / "other.sqlite3"
        with Desk.create(other) as second:
            register.create(second, entry("Bản khác"))
        moved = tmp_path / "moved.sqlite3"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db_path}{suffix}").replace(f"{moved}{suffix}")
        other.replace(db_path)
        before = db_path.read_bytes()
        with pytest.raises(StorageError) as caught:
            register.create(desk, entry("Nhà cung cấp"))
        assert caught.value.cause == "gone"
    finally:
        desk.close()
    assert db_path.read_bytes() == before
    assert sound(db_path) == ["Bản khác"]
    assert sound(moved) == ["Khách hàng"]


@posix_only
def test_a_backup_to_a_full_disk_fails_cleanly(desk, small_disk):
    with desk.transaction():
        for n in range(300):
            register.create(desk, entry(f"Mục {n}", "x" * 2000))
    fill_up(small_disk)
    target = small_disk / "backup.sqlite3"
    with pytest.raises(StorageError) as caught:
        backup.backup(desk, target)
    assert caught.value.cause == "full" and str(target) in str(caught.value)
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]  # no half copy
    assert audit.verify(desk) == []


def test_an_error_that_is_not_about_the_file_stays_as_it_is(desk):
    """A bug or a broken constraint is not dressed up as a disk problem."""
    with pytest.raises(cipher.IntegrityError), desk.transaction():
        desk.conn.execute("INSERT INTO meta (key, value) VALUES ('created_at', 'x')")
    assert not desk.conn.in_transaction and audit.verify(desk) == []
