"""`dpo-desk passphrase` forgets the key the window remembered in the system keyring (issue 13):
the key changes anyway, and the old one must not stay behind (it still opens the backups made
under the old passphrase). Run in this process, so that the keyring is the test's own
in-memory backend (tests/conftest.py), not the computer's."""

from __future__ import annotations

import pytest

from dpo_desk.cli import main
from dpo_desk.core import cipher, keychain
from dpo_desk.core.desk import Desk

OLD, NEW = "bốn chữ rất dài 2026", "một câu mới cũng rất dài"


@pytest.fixture
def remembered(db_path, memory_keyring, monkeypatch):
    with Desk.create(db_path, passphrase=OLD) as desk:
        key = desk.key
    cipher.forget()
    assert keychain.remember(key)
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", OLD)
    monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", NEW)
    yield key
    cipher.forget()


def test_passphrase_forgets_the_remembered_key(remembered, db_path, memory_keyring, capsys):
    assert main(["passphrase", "--db", str(db_path)]) == 0
    said = capsys.readouterr().out
    assert "was changed" in said and "system keyring" in said
    assert memory_keyring.entries == {} and not keychain.is_remembered(remembered.salt)
    assert keychain.recall(db_path) is None


def test_passphrase_says_when_the_keyring_cannot_forget(remembered, db_path, broken_keyring,
                                                        capsys):
    assert main(["passphrase", "--db", str(db_path)]) == 0  # the file was re-keyed all the same
    said = capsys.readouterr()
    assert "was changed" in said.out
    assert "warning" in said.err and keychain.account(remembered.salt) in said.err
    cipher.forget()
    with Desk.open(db_path, passphrase=NEW) as desk:
        assert desk.key.salt != remembered.salt


def test_passphrase_of_a_file_never_remembered_says_nothing_of_the_keyring(
        db_path, memory_keyring, monkeypatch, capsys):
    Desk.create(db_path, passphrase=OLD).close()
    cipher.forget()
    monkeypatch.setenv("DPO_DESK_PASSPHRASE", OLD)
    monkeypatch.setenv("DPO_DESK_NEW_PASSPHRASE", NEW)
    try:
        assert main(["passphrase", "--db", str(db_path)]) == 0
    finally:
        cipher.forget()
    assert "keyring" not in capsys.readouterr().out and memory_keyring.calls == 0
