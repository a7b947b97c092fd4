"""The key of an encrypted file remembered in the system keyring (issue 13, optional): what is
kept (the derived key, never the passphrase), under what (the file's salt), and that nothing
the keyring does can stop a file from opening. The keyring is a real backend kept in memory
(tests/conftest.py), the files real SQLCipher databases."""

from __future__ import annotations

import os

import pytest
from keyring.backends import null

from dpo_desk.core import cipher, encryption, keychain, settings
from dpo_desk.core.cipher import Key
from dpo_desk.core.desk import Desk, key_for
from tests.core import test_encryption
from tests.core.test_encryption import PASSPHRASE

# test_encryption's fixtures: no key known before and after each test (autouse), and an
# encrypted file whose key is not known yet
_no_keys_left = test_encryption._no_keys_left
secret = test_encryption.secret


@pytest.fixture
def encrypted(secret) -> tuple:
    """An encrypted file (tests/core/test_encryption.py) and its key, not known in memory."""
    key = key_for(secret, PASSPHRASE)
    cipher.forget()
    return secret, key


def test_no_keyring_backend_means_not_available(keyring_backend):
    assert not keychain.available()  # the tests' default: keyring's fail backend
    keyring_backend(null.Keyring())
    assert not keychain.available()


def test_the_derived_key_is_kept_under_the_salt_never_the_passphrase(memory_keyring,
                                                                     encrypted):
    path, key = encrypted
    assert keychain.available()
    assert not keychain.is_remembered(key.salt)  # off by default
    assert keychain.remember(key)
    assert keychain.is_remembered(key.salt)
    assert memory_keyring.entries == {
        (keychain.SERVICE, f"database salt {key.salt.hex()}"): key.raw.hex()}
    kept = repr(memory_keyring.entries)
    for form in (PASSPHRASE, PASSPHRASE.encode().hex(), "rất dài"):
        assert form not in kept
    found = keychain.recall(path)
    assert found == key
    cipher.remember(found)
    with Desk.open(path, passphrase=lambda: pytest.fail("asked")) as desk:
        assert settings.get(desk, "dpo_name")


def test_a_file_never_remembered_does_not_ask_the_keyring(memory_keyring, encrypted):
    path, _key = encrypted
    assert keychain.recall(path) is None
    assert keychain.forget(cipher.file_salt(path))
    assert memory_keyring.calls == 0  # not even loaded for a DPO who never chose it


def test_a_key_that_no_longer_opens_the_file_is_ignored_and_forgotten(memory_keyring,
                                                                       encrypted):
    """Another SQLCipher tool re-keyed the file with a passphrase (it keeps the salt), or the
    entry was damaged: the remembered key is tried, fails, and is removed."""
    path, key = encrypted
    assert keychain.remember(key)
    conn = cipher.connect(str(path), key)
    conn.execute("PRAGMA rekey = 'another passphrase, set elsewhere'")
    conn.close()
    assert cipher.file_salt(path) == key.salt  # the same entry names it
    before = path.read_bytes()
    assert keychain.recall(path) is None
    assert not keychain.is_remembered(key.salt) and memory_keyring.entries == {}
    assert path.read_bytes() == before
    keychain.remember(key)
    memory_keyring.entries[(keychain.SERVICE, keychain.account(key.salt))] = "not hex"
    assert keychain.recall(path) is None and memory_keyring.entries == {}


def test_an_entry_removed_in_the_keyrings_own_app_is_no_longer_listed(memory_keyring,
                                                                     encrypted):
    path, key = encrypted
    keychain.remember(key)
    memory_keyring.entries.clear()
    assert keychain.recall(path) is None
    assert not keychain.is_remembered(key.salt)


def test_a_new_passphrase_forgets_the_remembered_key(memory_keyring, encrypted):
    path, key = encrypted
    keychain.remember(key)
    with Desk.open(path, passphrase=PASSPHRASE) as desk:
        encryption.change_passphrase(desk, "một câu mới cũng rất dài")
    assert memory_keyring.entries == {} and not keychain.is_remembered(key.salt)
    assert keychain.recall(path) is None  # the new salt was never remembered


def test_forget_removes_the_entry(memory_keyring, encrypted):
    path, key = encrypted
    keychain.remember(key)
    assert keychain.forget(key.salt)
    assert memory_keyring.entries == {} and not keychain.is_remembered(key.salt)
    assert keychain.recall(path) is None
    assert keychain.forget(key.salt)  # twice: nothing left to do


def test_a_failing_keyring_never_stops_the_file_from_opening(broken_keyring, encrypted,
                                                            memory_keyring, keyring_backend):
    path, key = encrypted
    keychain.remember(key)  # kept while the keyring worked
    keyring_backend(broken_keyring)
    assert keychain.available()  # a backend is there; it fails when used
    assert keychain.recall(path) is None  # logged, the passphrase asked instead
    assert keychain.is_remembered(key.salt)  # not forgotten for a passing failure
    assert not keychain.forget(key.salt)  # said: forgetting can be tried again
    assert keychain.is_remembered(key.salt)
    assert not keychain.remember(Key(os.urandom(32), key.salt))
    with Desk.open(path, passphrase=PASSPHRASE) as desk:
        assert settings.get(desk, "dpo_name")
        encryption.change_passphrase(desk, "một câu mới cũng rất dài")  # not stopped either
    keyring_backend(memory_keyring)
    assert keychain.forget(key.salt) and memory_keyring.entries == {}


def test_the_list_of_remembered_files_is_private_and_holds_no_secret(memory_keyring,
                                                                    encrypted):
    from dpo_desk.core import anchors

    _path, key = encrypted
    keychain.remember(key)
    listed = anchors.state_dir() / keychain.LIST_FILE
    assert key.salt.hex() in listed.read_text(encoding="ascii").split()
    assert key.raw.hex() not in listed.read_text(encoding="ascii")
    if os.name == "posix":
        assert listed.stat().st_mode & 0o777 == 0o600
