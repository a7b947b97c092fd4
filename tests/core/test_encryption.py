"""Encryption at rest with real SQLCipher files (issue 13): nothing personal readable in the
bytes of the database, its -wal or its backups; a wrong passphrase leaves the file
byte-identical; `encrypt` and `change_passphrase` round trips."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from dpo_desk.core import audit, backup, cipher, complaints, encryption, settings
from dpo_desk.core.desk import Desk, key_for
from dpo_desk.core.errors import DatabaseExists, DatabaseMissing, DeskError, WrongPassphrase

PASSPHRASE = "bốn chữ rất dài 2026"
MARKER = "Nguyễn Thị MARKERNAME"  # a name that must never be readable on disk


@pytest.fixture(autouse=True)
def _no_keys_left():
    cipher.forget()
    yield
    cipher.forget()


def readable(path: Path) -> bool:
    """Whether the marker shows in the file's bytes, as `strings` would find it (UTF-8, and the
    ASCII part alone)."""
    data = path.read_bytes()
    return MARKER.encode() in data or b"MARKERNAME" in data


def state(path: Path) -> tuple[str, list[str]]:
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            sorted(p.name for p in path.parent.iterdir()))


@pytest.fixture
def secret(db_path) -> Path:
    with Desk.create(db_path, passphrase=PASSPHRASE) as desk:
        settings.update(desk, {"dpo_name": MARKER})
        complaints.create(desk, {"received_on": "2026-02-10", "channel": "email",
                                 "kind": "access", "requester_name": MARKER,
                                 "complexity": "simple",
                                 "summary": f"{MARKER} asks for a copy"})
    cipher.forget()
    return db_path


def test_nothing_personal_is_readable_in_the_file_its_wal_or_its_backup(db_path, tmp_path):
    desk = Desk.create(db_path, passphrase=PASSPHRASE)
    try:
        settings.update(desk, {"dpo_name": MARKER})
        wal = Path(f"{db_path}-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the write is in the journal now
        assert not readable(wal) and not readable(db_path)
        copy = backup.backup(desk, tmp_path / "copy.sqlite3")
        assert not readable(copy)
        if os.name == "posix":
            assert {oct(p.stat().st_mode & 0o777) for p in (db_path, wal, copy)} == {"0o600"}
        assert cipher.file_salt(copy) == desk.key.salt  # the same key opens it
    finally:
        desk.close()
    assert not readable(db_path)
    cipher.forget()
    with Desk.open(copy, passphrase=PASSPHRASE) as restored:
        assert settings.get(restored, "dpo_name") == MARKER


def test_a_plain_file_shows_the_marker(db_path):
    """The check above can fail: the same write on a plain file is readable."""
    with Desk.create(db_path) as desk:
        settings.update(desk, {"dpo_name": MARKER})
    assert readable(db_path)


def test_a_wrong_or_missing_passphrase_leaves_the_file_byte_identical(secret, capfd):
    before = state(secret)
    with pytest.raises(WrongPassphrase, match="wrong passphrase, or not a DPO Desk database"):
        Desk.open(secret, passphrase="sai mật khẩu")
    with pytest.raises(WrongPassphrase, match="no passphrase was given"):
        Desk.open(secret)
    with pytest.raises(WrongPassphrase):
        Desk.open(secret, passphrase=lambda: None)
    assert state(secret) == before
    assert capfd.readouterr().err == ""  # SQLCipher's own log stays quiet


def test_sqlcipher_says_nothing_on_stderr_in_a_fresh_process(secret):
    script = ("import sys\nfrom dpo_desk.core.desk import Desk\n"
              "try:\n    Desk.open(sys.argv[1], passphrase='sai')\n"
              "except Exception as e:\n    print(type(e).__name__)\n")
    done = subprocess.run([sys.executable, "-c", script, str(secret)], capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip() == "WrongPassphrase" and done.stderr == ""


def test_the_key_is_derived_once_per_process(secret):
    with Desk.open(secret, passphrase=PASSPHRASE) as desk:
        assert settings.get(desk, "dpo_name") == MARKER
    asked = []
    with Desk.open(secret, passphrase=lambda: asked.append(1) or "sai") as again:
        assert again.key is not None and asked == []  # the known key, nothing asked
    cipher.forget()  # Lock: asked again
    with pytest.raises(WrongPassphrase):
        Desk.open(secret, passphrase=lambda: asked.append(1) or "sai")
    assert asked == [1]


def test_any_sqlcipher_4_tool_opens_it_with_the_passphrase(secret):
    conn = sqlcipher.connect(str(secret))
    try:
        conn.execute("PRAGMA key = ?".replace("?", "'" + PASSPHRASE + "'"))
        assert conn.execute("SELECT value FROM settings WHERE key = 'dpo_name'"
                            ).fetchone() == (MARKER,)
    finally:
        conn.close()


def test_create_and_open_refuse_what_they_must_not_touch(secret, tmp_path):
    before = state(secret)
    with pytest.raises(DatabaseExists):
        Desk.create(secret, passphrase="khác hẳn 12345")
    assert state(secret) == before
    missing = tmp_path / "typo.sqlite3"
    with pytest.raises(DatabaseMissing, match="dpo-desk init"):
        Desk.open(missing)
    assert not missing.exists()


def test_encrypt_keeps_a_plain_backup_then_encrypts_everything(db_path):
    with Desk.create(db_path) as desk:
        settings.update(desk, {"dpo_name": MARKER})
        entries = audit.count(desk)
    kept = encryption.encrypt(db_path, PASSPHRASE)
    assert kept.name.startswith("desk.before-encryption-") and readable(kept)
    if os.name == "posix":  # private files (CONTRACT: Protecting the file)
        assert {oct(p.stat().st_mode & 0o777) for p in (db_path, kept)} == {"0o600"}
    assert not readable(db_path) and cipher.is_encrypted(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == sorted([db_path.name, kept.name])
    cipher.forget()
    with Desk.open(db_path, passphrase=PASSPHRASE) as desk:
        assert settings.get(desk, "dpo_name") == MARKER
        assert audit.count(desk) == entries and audit.verify(desk) == []
        with pytest.raises(DeskError, match="already encrypted"):
            encryption.encrypt(db_path, PASSPHRASE)


def test_change_passphrase_rekeys_in_place(secret, tmp_path):
    with Desk.open(secret, passphrase=PASSPHRASE) as desk:
        old_salt = desk.key.salt
        encryption.change_passphrase(desk, "một câu mới khác 77")
        settings.update(desk, {"address": "Số 1 Tràng Tiền"})  # still writable
        assert desk.key.salt != old_salt
        copy = backup.backup(desk, tmp_path / "after.sqlite3")
    assert not readable(secret) and not readable(copy)
    cipher.forget()
    with pytest.raises(WrongPassphrase):
        Desk.open(secret, passphrase=PASSPHRASE)
    with Desk.open(secret, passphrase="một câu mới khác 77") as desk:
        assert settings.get(desk, "dpo_name") == MARKER
        assert audit.verify(desk) == []
    cipher.forget()
    assert key_for(copy, "một câu mới khác 77") is not None


def test_a_plain_file_cannot_be_rekeyed(desk):
    with pytest.raises(DeskError, match="not encrypted"):
        encryption.change_passphrase(desk, "một câu mới khác 77")


def test_an_encrypted_backup_restores_encrypted(secret, tmp_path):
    with Desk.open(secret, passphrase=PASSPHRASE) as desk:
        copy = backup.backup(desk, tmp_path / "copy.sqlite3")
        settings.update(desk, {"dpo_name": "Sau khi sao lưu"})
    cipher.forget()
    with pytest.raises(WrongPassphrase):  # neither file opens without the passphrase
        backup.restore(secret, copy)
    key_for(secret, PASSPHRASE)
    kept = backup.restore(secret, copy)
    assert kept is not None and not readable(secret) and not readable(kept)
    with Desk.open(secret) as desk:
        assert settings.get(desk, "dpo_name") == MARKER


def test_plain_schema_fixtures_still_open_and_upgrade(tmp_path):
    import shutil

    frozen = sorted((Path(__file__).parents[1] / "fixtures").glob("schema-*.sqlite3"))
    assert frozen
    copy = tmp_path / frozen[0].name
    shutil.copyfile(frozen[0], copy)
    with Desk.open(copy) as desk:
        assert desk.key is None and audit.verify(desk) == []
