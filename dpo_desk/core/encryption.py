"""Turning a plain database into an encrypted one, and changing the passphrase (issue 13).

The key handling itself (SQLCipher, derivation, the keys kept in memory) is in core/cipher.py.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from dpo_desk.core import audit, cipher, clock, files, keychain
from dpo_desk.core.cipher import Key
from dpo_desk.core.desk import APPLICATION_ID, Desk
from dpo_desk.core.errors import DeskError, StorageError


def encrypt(path: Path | str, passphrase: str) -> Path:
    """Encrypt the plain database at `path` with `passphrase`; returns the plain copy kept.

    The file is opened (and upgraded) as usual, a backup is written beside it first, then the
    whole database is exported into a new encrypted file (`sqlcipher_export`), checked, and
    put in place of the old one in one rename. A failure on the way leaves the plain file as
    it was. The kept copy is plain: the caller tells the user to delete it once satisfied.
    """
    if not passphrase:
        raise DeskError("the passphrase is empty")
    with Desk.open(path) as desk:
        if desk.key is not None:
            raise DeskError(f"{desk.path}: is already encrypted; change its passphrase with "
                            "`dpo-desk passphrase`")
        path = desk.path
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        kept = desk.backup_to(path.with_name(f"{path.stem}.before-encryption-{stamp}.sqlite3"))
        key = Key.derive(passphrase)
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        files.create_private(partial)  # 0600 before SQLCipher writes a page into it
        try:
            _export(desk, partial, key)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    for suffix in ("-wal", "-shm"):
        if Path(f"{path}{suffix}").exists():  # still open elsewhere: replacing it would lose
            partial.unlink(missing_ok=True)  # what that program writes
            raise DeskError(f"{path}: is open in another window or program; close it and "
                            "try again (nothing was changed)")
    partial.replace(path)
    cipher.remember(key)
    with Desk.open(path) as desk:
        _reseal(desk)
    return kept


def _reseal(desk: Desk) -> None:
    """The audit seals follow the file's key (issue 14: Desk.secret): sealed again under
    the new one, the chain verified first."""
    desk._seal_key = None
    with desk.transaction():
        audit.reseal(desk)


def _export(desk: Desk, target: Path, key: Key) -> None:
    conn = desk.conn
    version = desk.schema_version
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {key.pragma}", (str(target),))
        try:
            conn.execute("BEGIN IMMEDIATE")  # nothing changes while the copy is made
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            conn.execute(f"PRAGMA encrypted.application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        finally:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.execute("DETACH DATABASE encrypted")
        check = cipher.connect(str(target), key)
        try:
            found = [r[0] for r in check.execute("PRAGMA quick_check").fetchall()]
            check.execute("PRAGMA journal_mode = WAL")
        finally:
            check.close()
    except cipher.Error as exc:
        raise StorageError.from_sqlite(target, exc) or DeskError(
            f"{target}: the encrypted copy could not be written ({exc}); nothing was "
            "changed") from exc
    if found != ["ok"]:
        raise DeskError(f"{target}: the encrypted copy fails SQLite's check; nothing was changed")


def change_passphrase(desk: Desk, new_passphrase: str) -> None:
    """Re-key the open encrypted database (SQLCipher's `PRAGMA rekey`, one transaction) with
    a new passphrase and a new salt. No copy under the old passphrase is kept: a passphrase is
    changed because the old one may be known; for the same reason a key of the file
    remembered in the system keyring is forgotten (core/keychain.py)."""
    if desk.key is None:
        raise DeskError(f"{desk.path}: is not encrypted; encrypt it with `dpo-desk encrypt`")
    if not new_passphrase:
        raise DeskError("the new passphrase is empty")
    key = Key.derive(new_passphrase)
    try:
        desk.conn.execute(f"PRAGMA rekey = {key.pragma}")
    except cipher.Error as exc:
        raise StorageError.from_sqlite(desk.path, exc) or DeskError(
            f"{desk.path}: the passphrase could not be changed ({exc})") from exc
    cipher.forget(desk.key.salt)
    keychain.forget(desk.key.salt)
    cipher.remember(key)
    desk.key = key
    _reseal(desk)
    with contextlib.suppress(cipher.Error):
        desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no page under the old key left

