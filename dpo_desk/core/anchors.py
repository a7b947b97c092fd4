"""What this computer remembers about each database, outside the file (issue 14).

A file alone cannot prove that it was not rolled back to an older copy, cut at the end, or
re-sealed: anyone who can write it can make it consistent again. So each user keeps, in the
per-user state folder (platformdirs), two small files that only they can read (0600):

- `anchors.json`: for each database id (`meta.database_id`), the newest audit head seen on
  this computer. A file whose chain ends before it, or whose entry of that number has another
  hash, was rolled back or forked. Updated after every write through the app, and set back
  on purpose by a restore through the app (core/backup.py), which the audit trail records.
- `seal.key`: 32 random bytes, the key that seals the audit entries of plain (unencrypted)
  files (core/audit.py). A copy of the file taken elsewhere cannot be re-sealed without it.
  An encrypted database seals with a key derived from its own key instead (`Desk.secret`).

What it protects and what not: someone with the file but without this user's account (a
colleague with the shared folder, a copy on a USB stick, a backup handed back) cannot edit,
cut, re-seal or swap the file back to an older copy unnoticed on this computer. Someone who
can act as this user can rewrite both files; nothing kept on the same account can stop that.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from dpo_desk.core import clock, files
from dpo_desk.core.errors import DeskError
from dpo_desk.core.paths import user_dir

ANCHORS_FILE = "anchors.json"
MAX_DATABASES = 256  # the most recently seen are kept (demo and bench files come and go)
KEY_FILE = "seal.key"
STATE_ENV = "DPO_DESK_STATE_DIR"


def state_dir() -> Path:
    """`DPO_DESK_STATE_DIR` if set, else the per-user state folder."""
    env = os.environ.get(STATE_ENV)
    return Path(env).expanduser() if env else user_dir("state")


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, readable by this user only (files.atomic_write:
    0600), in a folder only this user can enter."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    files.atomic_write(path, data)


def local_key() -> bytes:
    """This user's sealing key, made on first need."""
    path = state_dir() / KEY_FILE
    try:
        found = bytes.fromhex(path.read_text(encoding="ascii").strip())
        if len(found) == 32:
            return found
    except (OSError, ValueError):
        pass
    import secrets

    key = secrets.token_bytes(32)
    write_private(path, key.hex().encode("ascii"))
    return key


def _load() -> dict:
    try:
        found = json.loads((state_dir() / ANCHORS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # none yet, or unreadable: nothing is remembered (and it is rewritten)
    databases = found.get("databases") if isinstance(found, dict) else None
    return databases if isinstance(databases, dict) else {}


def recall(database_id: str | None) -> tuple[int, str] | None:
    """The newest head (entry id, hash) of this database seen on this computer."""
    return _head_of(_load().get(database_id)) if database_id else None


def _head_of(found) -> tuple[int, str] | None:
    try:
        return int(found["id"]), str(found["hash"])
    except (TypeError, KeyError, ValueError):
        return None


def remember(database_id: str | None, head: tuple[int, str], path: Path | str, *,
             reset: bool = False) -> None:
    """Note `head` as the newest of this database. Only a later head replaces the one
    remembered (two windows writing the same file never lower it), unless `reset` (a
    restore through the app, which puts an older state back on purpose)."""
    if not database_id or head[0] <= 0:
        return
    databases = _load()
    known = _head_of(databases.get(database_id))
    if known is not None and not reset and known[0] >= head[0]:
        return
    databases.pop(database_id, None)
    databases[database_id] = {"id": head[0], "hash": head[1], "path": str(path),
                              "seen_at": clock.iso_now()}
    for oldest in list(databases)[:-MAX_DATABASES]:  # insertion order: least recent first
        del databases[oldest]
    document = {"format": "dpo-desk-anchors/1", "databases": databases}
    # a state folder that cannot be written weakens the check, never stops a write
    with contextlib.suppress(OSError, DeskError):
        write_private(state_dir() / ANCHORS_FILE,
                       json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))


def parse(text: str) -> tuple[int, str]:
    """`N:HEX` as printed on documents (HEX: 12 or more leading hex digits of the hash)."""
    number, _, digits = text.strip().partition(":")
    digits = digits.lower()
    if not number.isdigit() or len(digits) < 12 or len(digits) > 64 or \
            any(c not in "0123456789abcdef" for c in digits):
        raise ValueError(f"{text!r} is not N:HEX (an audit entry number, a colon and 12 to 64 "
                         "hex digits of its hash)")
    return int(number), digits


def shown(head: tuple[int, str]) -> str:
    """A head as documents print it: `N:<first 12 hex digits>`."""
    return f"{head[0]}:{head[1][:12]}"
