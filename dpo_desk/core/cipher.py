"""Encryption at rest (issue 13): the SQLite driver, keys and passphrases.

Every connection of the app goes through `connect`, which uses SQLCipher 4 (the
`sqlcipher3` package: SQLite with page encryption, a drop-in for `sqlite3`). A plain file
opens as plain SQLite; an encrypted one needs its key.

The key is derived here exactly as SQLCipher 4 derives it from a passphrase (PBKDF2-HMAC-SHA512,
256,000 iterations, the file's 16-byte salt, which SQLCipher keeps as the first 16 bytes of the
file), then given to SQLCipher as a raw key with its salt (`x'<key><salt>'`). So the slow
derivation runs once per file and process, and every further connection (a backup, a worker
thread, the check) opens at once; any SQLCipher 4 tool opens the file with the passphrase.

Keys verified in this process are kept in memory by salt until `forget` (the GUI's Lock).
The passphrase itself is never stored. There is no recovery without it (README).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite

SALT_BYTES = 16
KEY_BYTES = 32
KDF_ITERATIONS = 256_000  # SQLCipher 4's default (cipher_compatibility 4)
SQLITE_MAGIC = b"SQLite format 3\x00"
# SQLCipher writes whole pages; the smallest page SQLite allows is 512 bytes. A file whose
# size is not a multiple of it cannot be an encrypted database (a text file, a PDF ...).
MIN_PAGE = 512

Error = sqlite.Error
DatabaseError = sqlite.DatabaseError
OperationalError = sqlite.OperationalError
IntegrityError = sqlite.IntegrityError
complete_statement = sqlite.complete_statement


@dataclass(frozen=True)
class Key:
    """A derived SQLCipher key and the salt it belongs to (never printed)."""

    raw: bytes = field(repr=False)
    salt: bytes

    @classmethod
    def derive(cls, passphrase: str, salt: bytes | None = None) -> Key:
        """The key for `passphrase` with `salt` (a new random salt for a new file)."""
        if not passphrase:
            raise ValueError("an empty passphrase")
        salt = os.urandom(SALT_BYTES) if salt is None else salt
        import hashlib  # OpenSSL's start (~5 ms) is not paid by a plain file's window start

        raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS,
                                  KEY_BYTES)
        return cls(raw, salt)

    @property
    def pragma(self) -> str:
        """The value for PRAGMA key / rekey and ATTACH ... KEY: the raw key and its salt."""
        return f"\"x'{self.raw.hex()}{self.salt.hex()}'\""


_known: dict[bytes, Key] = {}
_lock = threading.Lock()
_log_silenced = False


def remember(key: Key) -> None:
    """Keep a verified key for this process: later connections to the file need no passphrase."""
    with _lock:
        _known[key.salt] = key


def known_key(salt: bytes) -> Key | None:
    with _lock:
        return _known.get(salt)


def forget(salt: bytes | None = None) -> None:
    """Drop every key kept in memory (Lock now, auto-lock: the passphrase is asked again), or
    only the key of the file with this salt (after a change of passphrase)."""
    with _lock:
        if salt is None:
            _known.clear()
        else:
            _known.pop(salt, None)


def file_salt(path: Path) -> bytes | None:
    """The salt of an encrypted-looking file: its first 16 bytes when the file is not plain
    SQLite and its size is whole pages. None for a plain SQLite file, an empty or missing one,
    or anything that cannot be a database at all (that is `inspect_file`'s to refuse)."""
    try:
        size = path.stat().st_size
        if size == 0 or size % MIN_PAGE or not path.is_file():
            return None
        with path.open("rb") as handle:
            header = handle.read(SALT_BYTES)
    except OSError:
        return None
    return None if header == SQLITE_MAGIC else header


def is_encrypted(path: Path | str) -> bool:
    return file_salt(Path(path)) is not None


def connect(target: str, key: Key | None = None, *, uri: bool = False,
            isolation_level: str | None = "", timeout: float = 5.0) -> sqlite.Connection:
    """A connection to `target` (a path or a URI), keyed when `key` is given."""
    _silence_log()
    conn = sqlite.connect(target, uri=uri, isolation_level=isolation_level, timeout=timeout,
                          check_same_thread=True)
    if key is not None:
        try:
            conn.execute(f"PRAGMA key = {key.pragma}")
        except BaseException:
            conn.close()
            raise
    return conn


def _silence_log() -> None:
    """SQLCipher prints its own errors (e.g. "hmac check failed" for a wrong key) on stderr;
    ours say it better. The level is process-wide."""
    global _log_silenced
    if not _log_silenced:
        conn = sqlite.connect(":memory:")
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
        finally:
            conn.close()
        _log_silenced = True


# -- passphrases --------------------------------------------------------------------------

MIN_LENGTH = 8
GOOD_LENGTH = 14


def strength(passphrase: str) -> int:
    """0 (too short to accept) to 3 (strong): length counts most, then variety of characters.
    A hint for the person choosing it, not a rule: four unrelated words make a strong one."""
    if len(passphrase) < MIN_LENGTH:
        return 0
    kinds = sum(any(test(c) for c in passphrase) for test in (
        str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum()))
    words = len(passphrase.split())
    if len(passphrase) >= GOOD_LENGTH and (kinds >= 3 or words >= 4):
        return 3
    if len(passphrase) >= GOOD_LENGTH or kinds >= 3:
        return 2
    return 1
