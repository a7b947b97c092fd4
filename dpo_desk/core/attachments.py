"""Evidence and correspondence files kept inside the database, each with its SHA-256.

The content is stored as a BLOB in `attachments`; its audit entry records the hash, so an edit
made to the file behind the app's back shows in `dpo-desk check`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import clock, files, limits
from dpo_desk.core.errors import NotFound, ValidationError
from dpo_desk.core.eventlog import Event
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = "attachments"
MAX_BYTES = 200 * 1024 * 1024  # a scan or an export of logs, not a disk image


def add(desk: Desk, owner_table: str, owner_id: int, path: Path | str,
        *, note: str | Event | None = None, title: str = "", with_notice: bool = False) -> int:
    path = Path(path)
    if desk.get(owner_table, owner_id) is None:
        raise NotFound(f"{owner_table} {owner_id} does not exist")
    limits.check_text(str(path), path.name, "filename")
    content = files.read_limited(path, MAX_BYTES)
    return add_content(desk, owner_table, owner_id, path.name, content, note=note,
                       title=title, with_notice=with_notice)


def add_content(desk: Desk, owner_table: str, owner_id: int, filename: str, content: bytes,
                *, note: str | Event | None = None, title: str = "", with_notice: bool = False,
                document: str | None = None) -> int:
    """Keep `content` as the file `filename` of the record (e.g. an e-mail's attachment).
    `title` and `with_notice`: see `describe`; `document`: the breach document this file
    is, as sent (core/incidents.py, DOMAIN D4.7)."""
    if desk.get(owner_table, owner_id) is None:
        raise NotFound(f"{owner_table} {owner_id} does not exist")
    title = _title(title, with_notice)
    # the columns of schema 13 (breach documents) only when set: their defaults are the same
    described = {k: v for k, v in (("title", title), ("with_notice", int(with_notice)),
                                   ("document", document)) if v}
    return desk.insert(TABLE, {
        "owner_table": owner_table, "owner_id": owner_id, "filename": filename,
        "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content),
        "content": content, "added_at": clock.iso_now(), **described},
        note=note or Event("attached", {"name": filename}))


def _title(title: str, with_notice: bool) -> str:
    title = limits.check_text("title", (title or "").strip())
    if with_notice and not title:
        raise ValidationError.single("title", QT_TRANSLATE_NOOP(
            "core", "Give the evidence a title: the notice lists it by its title"))
    return title


def describe(desk: Desk, attachment_id: int, *, title: str | None = None,
             with_notice: bool | None = None) -> dict:
    """The title of a piece of evidence and whether it goes with the notice to the
    authority (listed there by its title, DOMAIN D4.3 "attached documents"); audited."""
    with desk.transaction():
        row = desk.row(f"SELECT id, title, with_notice, document FROM {TABLE} WHERE id = ?",
                       (attachment_id,))
        if row is None:
            raise NotFound(f"attachment {attachment_id} does not exist")
        if row["document"]:
            raise ValidationError.single("attachment", QT_TRANSLATE_NOOP(
                "core", "A document kept as sent is not evidence to attach"))
        chosen = bool(row["with_notice"]) if with_notice is None else with_notice
        change = {"title": _title(row["title"] if title is None else title, chosen),
                  "with_notice": int(chosen)}
        desk.update(TABLE, attachment_id, change, note=Event(
            "evidence_with_notice" if chosen else "evidence_on_file",
            {"title": change["title"]}))
    return change


def list_for(desk: Desk, owner_table: str, owner_id: int) -> list[dict]:
    """The files of a record, without their content; `document` names a breach document
    kept as sent (None for evidence)."""
    return desk.rows(f"SELECT id, filename, sha256, bytes, added_at, title, with_notice, "
                     f"document FROM {TABLE} WHERE owner_table = ? AND owner_id = ? ORDER BY id",
                     (owner_table, owner_id))


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
    """Remove a piece of evidence. Refused, nothing written: a document kept as sent is
    never removed (DOMAIN D4.7), nor an incident's file inside its keeping period (DOMAIN
    D4.5, core/erasure.py)."""
    from dpo_desk.core import erasure

    with desk.transaction():
        owner = desk.row(f"SELECT owner_table, owner_id, document FROM {TABLE} WHERE id = ?",
                         (attachment_id,))
        if owner is None:
            raise NotFound(f"attachment {attachment_id} does not exist")
        if owner["document"]:
            raise ValidationError.single("attachment", QT_TRANSLATE_NOOP(
                "core", "A document kept as sent is evidence of the sending: it is never "
                        "removed"))
        erasure.refuse_evidence_removal(desk, owner["owner_table"], owner["owner_id"])
        desk.delete(TABLE, attachment_id, note=Event("attachment_removed"))
