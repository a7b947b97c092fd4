"""Evidence and correspondence files kept inside the database, each with its SHA-256.

The content is stored as a BLOB in `attachments`; its audit entry records the hash, so an edit
made to the file behind the app's back shows in `dpo-desk check`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import clock, files, limits
from dpo_desk.core.errors import NotFound
from dpo_desk.core.eventlog import Event

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = "attachments"
MAX_BYTES = 200 * 1024 * 1024  # a scan or an export of logs, not a disk image


def add(desk: Desk, owner_table: str, owner_id: int, path: Path | str,
        *, note: str | Event | None = None) -> int:
    path = Path(path)
    if desk.get(owner_table, owner_id) is None:
        raise NotFound(f"{owner_table} {owner_id} does not exist")
    limits.check_text(str(path), path.name, "filename")
    content = files.read_limited(path, MAX_BYTES)
    return add_content(desk, owner_table, owner_id, path.name, content, note=note)


def add_content(desk: Desk, owner_table: str, owner_id: int, filename: str, content: bytes,
                *, note: str | Event | None = None) -> int:
    """Keep `content` as the file `filename` of the record (e.g. an e-mail's attachment)."""
    if desk.get(owner_table, owner_id) is None:
        raise NotFound(f"{owner_table} {owner_id} does not exist")
    return desk.insert(TABLE, {
        "owner_table": owner_table, "owner_id": owner_id, "filename": filename,
        "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content),
        "content": content, "added_at": clock.iso_now()},
        note=note or Event("attached", {"name": filename}))


def list_for(desk: Desk, owner_table: str, owner_id: int) -> list[dict]:
    """The files of a record, without their content."""
    return desk.rows(f"SELECT id, filename, sha256, bytes, added_at FROM {TABLE} "
                     "WHERE owner_table = ? AND owner_id = ? ORDER BY id", (owner_table, owner_id))


def content(desk: Desk, attachment_id: int) -> bytes:
    row = desk.row(f"SELECT content, sha256 FROM {TABLE} WHERE id = ?", (attachment_id,))
    if row is None:
        raise NotFound(f"attachment {attachment_id} does not exist")
    return row["content"]


def intact(desk: Desk, attachment_id: int) -> bool:
    row = desk.row(f"SELECT content, sha256 FROM {TABLE} WHERE id = ?", (attachment_id,))
    if row is None:
        raise NotFound(f"attachment {attachment_id} does not exist")
    return hashlib.sha256(row["content"]).hexdigest() == row["sha256"]


def save_copy(desk: Desk, attachment_id: int, target: Path | str) -> Path:
    """Write the file out (to open or send it), atomically and privately (0600)."""
    return files.atomic_write(target, content(desk, attachment_id))


def remove(desk: Desk, attachment_id: int) -> None:
    desk.delete(TABLE, attachment_id, note=Event("attachment_removed"))
