"""An encrypted database's key remembered in the OS keyring (issue 13; off by default).

When the DPO ticks "Remember on this computer" while unlocking, the window keeps the file's
key in the system keyring (`keyring`: Secret Service on Linux, the macOS Keychain, Windows
Credential Manager) and later starts open the file without asking.

What is stored is not the passphrase: it is the file's derived raw key (`cipher.Key.raw`, as
SQLCipher uses it, 64 hex digits), under the service "DPO Desk" and an account naming the
file's salt. Someone who reads the keyring can open that one file (and its copies and backups
made under the same passphrase) without the passphrase, but does not learn the passphrase,
which the DPO may use elsewhere: the key is derived from it one way (PBKDF2, 256,000 rounds).

Why the salt names the entry, not the database id of `meta`: the id is inside the encryption,
so it cannot be read before the key is known, and the key is what is looked up. The salt is
the file's first 16 bytes, readable without the key. `dpo-desk passphrase` gives the file a
new salt with its new key, so a re-keyed file is never tried with its old key (and the old key
is forgotten then: `encryption.change_passphrase`).

The salts that have a key in the keyring are also listed, one per line, in the per-user state
folder (`keyring.txt`, 0600; a salt is no secret). A start asks the keyring only about a file
listed there: a DPO who never turns the option on never waits for `keyring` to load (~0.15 s)
and never sees the desktop's keyring prompt.

Lock now and auto-lock still ask for the passphrase: the window never unlocks from the keyring
after a lock (ui/main_window.py). And whatever the keyring does (no backend, a locked or
refused keyring, a D-Bus error) is logged and passed over: it can spare typing the passphrase,
never stop a file from opening.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from dpo_desk.core import anchors, cipher
from dpo_desk.core.cipher import Key
from dpo_desk.core.errors import WrongPassphrase

log = logging.getLogger(__name__)

SERVICE = "DPO Desk"
LIST_FILE = "keyring.txt"


def account(salt: bytes) -> str:
    """The keyring's user name for the file with this salt."""
    return f"database salt {salt.hex()}"


def available() -> bool:
    """Whether a real keyring backend can store keys (not keyring's fail or null backend)."""
    try:
        import keyring  # loaded only when the option is shown or used
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as error:  # a broken backend, a damaged keyring configuration
        log.warning("the system keyring cannot be used: %s", error)
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)


def is_remembered(salt: bytes | None) -> bool:
    """Whether a key is kept for the file with this salt (the list only: no keyring call)."""
    return salt is not None and salt.hex() in _listed()


def remember(key: Key) -> bool:
    """Keep `key` in the keyring for its file; False (logged) when it could not be kept."""
    try:
        import keyring

        keyring.set_password(SERVICE, account(key.salt), key.raw.hex())
        _write_list(_listed() | {key.salt.hex()})
    except Exception as error:  # any backend's error: remembering is only a convenience
        log.warning("the key could not be kept in the system keyring: %s", error)
        return False
    return True


def recall(path: Path | str) -> Key | None:
    """The key remembered for the encrypted file at `path`, checked on the file; None when
    none is remembered or the keyring cannot be read (logged). A key that does not open the
    file (the file was replaced by another one with the same salt, the entry was damaged) is
    ignored and forgotten. Raises like `Desk.open` for a file that cannot be opened at all."""
    from dpo_desk.core.desk import inspect_file

    path = Path(path)
    salt = cipher.file_salt(path)
    if not is_remembered(salt):
        return None
    try:
        import keyring

        found = keyring.get_password(SERVICE, account(salt))
    except Exception as error:  # locked, refused, no backend any more: the DPO types it
        log.warning("the system keyring could not be read: %s", error)
        return None
    key = _parse(found, salt)
    if key is not None:
        try:
            inspect_file(path, key=key)
            return key
        except WrongPassphrase:
            pass
    log.warning("the key remembered for %s does not open it (or is gone); it is forgotten",
                path)
    forget(salt)
    return None


def forget(salt: bytes | None) -> bool:
    """Remove the key remembered for the file with this salt. True when none is left (or
    there was none); False (logged) when the keyring could not remove it: it stays listed,
    so that forgetting can be tried again."""
    if not is_remembered(salt):
        return True
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        # not there (removed by hand in the keyring's own app): nothing to remove
        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(SERVICE, account(salt))
        _write_list(_listed() - {salt.hex()})
    except Exception as error:
        log.warning("the key could not be removed from the system keyring: %s", error)
        return False
    return True


def _parse(found: str | None, salt: bytes) -> Key | None:
    try:
        raw = bytes.fromhex(found or "")
    except ValueError:
        return None
    return Key(raw, salt) if len(raw) == cipher.KEY_BYTES else None


def _listed() -> set[str]:
    try:
        text = (anchors.state_dir() / LIST_FILE).read_text(encoding="ascii")
    except (OSError, ValueError):
        return set()  # none yet, or unreadable: no key is used (the keyring is not asked)
    return {line.strip() for line in text.splitlines() if _is_salt(line.strip())}


def _is_salt(text: str) -> bool:
    return len(text) == 2 * cipher.SALT_BYTES and all(c in "0123456789abcdef" for c in text)


def _write_list(salts: set[str]) -> None:
    anchors.write_private(anchors.state_dir() / LIST_FILE,
                          "".join(f"{salt}\n" for salt in sorted(salts)).encode("ascii"))
