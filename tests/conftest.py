"""Shared set-up for every test (core, CLI and UI).

Set before anything else is imported: Qt renders offscreen, and the per-user folders point
into a throw-away folder, so no test reads or writes the real user's settings or database.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="dpo-desk-tests-"))
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_SESSION_HOME / _name.lower())
os.environ.pop("DPO_DESK_DB", None)  # a developer's own database must not leak in
# No test reads the real clock: every test, and every program a test runs (they inherit the
# environment), starts its clock at this instant (a Wednesday morning in Vietnam), whatever
# the hour the suite runs at. A test that needs another time freezes core's clock itself.
PINNED_NOW = "2026-12-02T10:30:00+07:00"
os.environ["DPO_DESK_NOW"] = PINNED_NOW
# No test (nor any program a test runs) reaches the real system keyring: keyring's "fail"
# backend, as on a computer without one. Tests of remembering set their own (`memory_keyring`).
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)

import pytest  # noqa: E402

from dpo_desk.core import clock  # noqa: E402
from dpo_desk.core.desk import Desk  # noqa: E402
from dpo_desk.core.migrations import SCHEMA_VERSION  # noqa: E402


@pytest.fixture(autouse=True)
def _pinned_clock():
    """Each test starts at PINNED_NOW (tests may freeze time; the next starts there again)."""
    clock.set_clock(None)
    yield
    clock.set_clock(None)
    clock.set_zone(clock.DEFAULT_TIMEZONE)


@pytest.fixture
def db_path(tmp_path) -> Path:
    """A path for a fresh database file (not created yet)."""
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def desk(db_path):
    """A freshly created database, open; closed after the test."""
    opened = Desk.create(db_path)
    yield opened
    opened.close()


class DbFiles:
    """Makes database files of every kind a user might point DPO Desk at."""

    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / name

    def text(self, name: str = "notes.sqlite3") -> Path:
        path = self.path(name)
        path.write_text("Danh sách khách hàng\nNguyễn Văn A, 0901234567\n", encoding="utf-8")
        return path

    def foreign(self, name: str = "other-app.sqlite3", *, application_id: int = 0x12345678,
                wal: bool = True) -> Path:
        """A SQLite database of another application (WAL, as many applications use)."""
        path = self.path(name)
        conn = sqlite3.connect(path)
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO contacts (name) VALUES ('Trần Thị B')")
        conn.commit()
        conn.close()
        return path

    def empty_sqlite(self, name: str = "empty.sqlite3") -> Path:
        """A valid SQLite file with a header but no tables (application_id 0)."""
        path = self.path(name)
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE scratch (x)")
        conn.execute("DROP TABLE scratch")
        conn.commit()
        conn.close()
        return path

    def newer(self, name: str = "newer.sqlite3") -> Path:
        """A DPO Desk file written by a future version (schema SCHEMA_VERSION + 1)."""
        path = self.path(name)
        with Desk.create(path) as desk:
            desk.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        return path

    def garbled(self, name: str = "garbled.sqlite3") -> Path:
        """SQLite's magic string followed by noise: nothing SQLite can read."""
        path = self.path(name)
        path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
        return path

    def corrupt(self, name: str = "corrupt.sqlite3") -> Path:
        """A DPO Desk file whose header is intact but whose data pages are damaged.

        A few hundred audit entries make a file of about 120 pages; 512 bytes of 0xFF
        overwrite the start of the middle page (its b-tree header and cell pointers), which
        SQLite's integrity check reports whatever the page holds (the middle of a leaf may
        be only a record's text, which it does not check). The clock is frozen and the actor
        set first, so every value and hash (which orders the hash index) and thus the page
        layout is the same on every run. Leaves the clock reset to the system clock.
        """
        from dpo_desk.core import settings

        path = self.path(name)
        clock.freeze(datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC))
        try:
            with Desk.create(path) as desk:
                settings.update(desk, {"dpo_name": "Lê Hoàng Yến"})
                with desk.transaction():
                    for i in range(300):
                        settings.update(desk, {"company_name": f"Công ty {i:03} " + "x" * 200,
                                               "address": f"Số {i:03} " + "y" * 100})
                page_size = desk.scalar("PRAGMA page_size")
                page_count = desk.scalar("PRAGMA page_count")
        finally:
            clock.set_clock(None)
        data = bytearray(path.read_bytes())
        start = (page_count // 2 - 1) * page_size
        data[start:start + 512] = b"\xff" * 512
        path.write_bytes(bytes(data))
        return path

    @staticmethod
    def state(path: Path) -> tuple[bytes, list[str]]:
        """A file's bytes and the names beside it: equal before and after = untouched."""
        return path.read_bytes(), sorted(p.name for p in path.parent.iterdir())


@pytest.fixture
def db_files(tmp_path) -> DbFiles:
    folder = tmp_path / "files"
    folder.mkdir()
    return DbFiles(folder)


# -- the system keyring (core/keychain.py) ------------------------------------------------------

from keyring.backend import KeyringBackend  # noqa: E402
from keyring.errors import KeyringError, PasswordDeleteError  # noqa: E402


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps its entries in this process: the stand-in for the
    OS's own store (Secret Service, Keychain, Credential Manager). Counts the calls made."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.calls = 0

    def get_password(self, service, username):
        self.calls += 1
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.calls += 1
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.calls += 1
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class BrokenKeyring(MemoryKeyring):
    """A keyring that fails every call (a locked store, a D-Bus error, a refused prompt)."""

    def _fail(self, *_args):
        self.calls += 1
        raise KeyringError("the keyring daemon does not answer")

    get_password = set_password = delete_password = _fail


@pytest.fixture
def keyring_backend():
    """use(backend): make `backend` keyring's backend for the rest of the test."""
    import keyring

    before = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(before)


@pytest.fixture
def memory_keyring(keyring_backend) -> MemoryKeyring:
    store = MemoryKeyring()
    keyring_backend(store)
    return store


@pytest.fixture
def broken_keyring(keyring_backend) -> BrokenKeyring:
    store = BrokenKeyring()
    keyring_backend(store)
    return store
