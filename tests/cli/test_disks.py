"""`dpo-desk` on unfriendly disks: a read-only file, a full disk (a file size limit), a
read-only disk, a damaged file. One message naming the file and the cause, exit 2, never a
traceback; what was saved before stays and `check` passes."""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dpo_desk.core import register
from dpo_desk.core.desk import Desk
from tests.core.test_disks import mount, read_only

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file semantics")


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "desk.sqlite3"
    with Desk.create(path) as desk:
        register.create(desk, {"name": "Khách hàng", "subjects": ["customers"],
                               "items": ["EMAIL"], "purpose": ["Giao hàng"],
                               "legal_basis": "contract"})
    return path


def settings_of(run, db) -> dict:
    return json.loads(run("settings", "show", "--json", db=db).stdout)


def test_a_read_only_file_is_named_and_nothing_changes(run, db):
    before = settings_of(run, db)
    with read_only(db):
        done = run("settings", "set", "company_name", "Công ty Mới", db=db)
        assert done.returncode == 2
        assert done.stderr == (f"dpo-desk: error: {db}: the file or its folder is read-only; "
                               "the change was not saved. Copy the database to a folder you "
                               "may write to, or ask for write access.\n")
        assert run("register", "list", db=db).returncode == 0  # reading still works
    assert settings_of(run, db) == before
    assert run("check", db=db).returncode == 0


def _file_size_limit() -> None:
    """In the child: a full disk past 40 KB per file (above the 32 KB WAL index)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE,
                       (40_000, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))


def test_a_full_disk_fails_the_command_cleanly(run, db, tmp_path, cli_env):
    before = settings_of(run, db)
    done = subprocess.run([sys.executable, "-m", "dpo_desk", "demo", "--db", str(db)],
                          capture_output=True, text=True, encoding="utf-8", cwd=tmp_path,
                          env=cli_env, timeout=60, preexec_fn=_file_size_limit)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"dpo-desk: error: {db}: the disk could not be read or "
                                  "written (disk I/O error); the change was not saved.")
    assert settings_of(run, db) == before  # the demo's one transaction was rolled back
    assert [e["name"] for e in json.loads(run("register", "list", "--json", db=db).stdout)] \
        == ["Khách hàng"]
    assert run("check", db=db).returncode == 0


def test_a_database_on_a_read_only_disk_is_refused_with_the_reason(run, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    if not mount(folder, "-t", "tmpfs", "-o", "size=1m", "tmpfs"):
        pytest.skip("cannot mount a disk here (needs root on Linux)")
    try:
        path = folder / "desk.sqlite3"
        assert run("init", "--no-encryption", db=path).returncode == 0
        assert run("settings", "set", "company_name", "Công ty", db=path).returncode == 0
        assert mount(folder, "-o", "remount,ro")
        done = run("settings", "show", db=path)
        assert done.returncode == 2
        assert done.stderr.startswith(f"dpo-desk: error: {path}: cannot be opened for writing")
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_damaged_table_is_an_error_not_a_traceback(run, db):
    with Desk.open(db) as desk:
        root = desk.scalar("SELECT rootpage FROM sqlite_master WHERE name = 'register_entries'")
        size = desk.scalar("PRAGMA page_size")
    data = bytearray(db.read_bytes())
    data[(root - 1) * size:root * size] = b"\xff" * size
    db.write_bytes(bytes(data))
    done = run("register", "list", db=db)
    assert done.returncode == 2
    assert done.stderr == (f"dpo-desk: error: {db}: cannot read the database (database disk "
                           "image is malformed); run `dpo-desk check`\n")
    assert run("check", db=db).returncode == 1
