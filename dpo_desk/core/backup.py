"""Backup and restore of the whole database file (SQLite online backup API)."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
from pathlib import Path

from dpo_desk.core import anchors, audit, cipher, clock, files
from dpo_desk.core.cipher import Key
from dpo_desk.core.desk import (
    CANNOT_READ,
    Desk,
    Passphrase,
    _key_for,
    copy_database,
    inspect_file,
    readonly_uri,
)
from dpo_desk.core.errors import DatabaseBroken, DeskError
from dpo_desk.core.eventlog import Event
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.migrations import EVIDENCE_SCHEMA

BEFORE_RESTORE = ".before-restore"


def backup(desk: Desk, target: Path | str, *, overwrite: bool = False) -> Path:
    """A consistent copy of the open database, even while it is in use."""
    target = Path(target)
    files.refuse_protected(target, {desk.path})
    if target.exists() and not overwrite:
        raise DeskError(f"{target}: already exists; choose another name or remove it first")
    return desk.backup_to(target)


def check_candidate(candidate: Path, passphrase: Passphrase = None) -> int:
    """Refuse a file that must not replace the database; returns its schema version. An
    encrypted backup needs its passphrase, unless it has the open file's key (a backup
    made by this app)."""
    return _checked(candidate, passphrase)[0]


def _checked(candidate: Path, passphrase: Passphrase) -> tuple[int, Key | None]:
    if not candidate.is_file():
        raise DeskError(f"{candidate}: no such file")
    key = _key_for(candidate, passphrase)
    version = inspect_file(candidate, key=key)
    if version is None:
        raise DatabaseBroken(candidate, QT_TRANSLATE_NOOP(
            "core", "is empty, not a DPO Desk backup"))
    from dpo_desk.core.migrations import differences

    try:
        conn = cipher.connect(readonly_uri(candidate), key, uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            schema = differences(conn, version) if result == ["ok"] else []
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        raise DatabaseBroken(candidate, CANNOT_READ, error=str(exc)) from exc
    if result != ["ok"]:
        raise DatabaseBroken(candidate, QT_TRANSLATE_NOOP(
            "core", "fails SQLite's integrity check: {result}"), result="; ".join(result[:3]))
    if schema:  # a planted trigger or view, a dropped table (issue 14)
        raise DatabaseBroken(candidate, QT_TRANSLATE_NOOP(
            "core", "does not have the schema of its version {version}: {named}"),
            version=version, named="; ".join(f"{how} {kind} {name}"
                                             for how, (kind, name, _t, _s) in schema[:5]))
    return version, key


def restore(target: Path | str, candidate: Path | str, passphrase: Passphrase = None
            ) -> Path | None:
    """Replace the (closed) database at `target` by the backup `candidate`.

    The candidate is checked first (integrity, application id, version); nothing is touched
    if it fails. A link is followed: the file it leads to is restored. The replaced file is
    kept beside it, with its -wal and -shm, as `<name>.before-restore-<time>.sqlite3`
    (CONTRACT: restore never deletes a copy), which is returned; None when there was none.
    """
    target = Path(target).expanduser().absolute().resolve()
    candidate = Path(candidate)
    if candidate.resolve() == target:
        raise DeskError(f"{candidate}: is the database itself; choose a backup file")
    _version, key = _checked(candidate, passphrase)
    if key is not None:
        cipher.remember(key)  # the restored file opens with it
    _check_target(target)
    kept: list[Path] = []
    # Copy first, then swap: a failure while copying leaves the current file where it was.
    # An encrypted backup is copied encrypted, with its own key: never a plain page on disk.
    source = cipher.connect(readonly_uri(candidate), key, uri=True)
    try:
        copy_database(source, target, lambda: target.exists() and kept.append(_keep(target)),
                      key=key)
    finally:
        source.close()
    _adopt(target, candidate, key)
    return kept[0] if kept else None


def kept_name(target: Path, stamp: str, number: int = 1) -> Path:
    """Where `restore` keeps the file it replaces: `<name>.before-restore-<time>.sqlite3`,
    `-2`, `-3` ... added when a restore in the same second kept one already."""
    extra = f"-{number}" if number > 1 else ""
    return target.with_name(f"{target.stem}{BEFORE_RESTORE}-{stamp}{extra}.sqlite3")


def _keep(target: Path) -> Path:
    """Give the current file (and its -wal, -shm) a name of its own that no file has yet.
    The database keeps its name until the restored copy replaces it, atomically; its -wal
    and -shm go with the kept copy, so none is left beside the restored file."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    for number in itertools.count(1):
        kept = kept_name(target, stamp, number)
        if any(Path(f"{kept}{suffix}").exists() for suffix in ("", "-wal", "-shm")):
            continue
        try:
            os.link(target, kept)  # fails rather than replace a copy kept meanwhile
        except FileExistsError:
            continue
        except OSError:  # a disk without hard links (FAT, some network shares)
            shutil.copy2(target, kept)
        break
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{target}{suffix}")
        if companion.exists():
            companion.replace(Path(f"{kept}{suffix}"))
    files.sync_folder(target.parent)
    return kept


def _adopt(target: Path, candidate: Path, key: Key | None) -> None:
    """A restore through the app is a rollback on purpose: this computer's anchor is set
    to the restored head, entries sealed elsewhere are sealed again here (their chain
    verified first), and the audit trail records it (issue 14)."""
    conn = cipher.connect(readonly_uri(target), key, uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        found = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
                             ).fetchone() if version >= EVIDENCE_SCHEMA else None
        database_id = conn.execute("SELECT value FROM meta WHERE key = 'database_id'"
                                   ).fetchone() if version >= EVIDENCE_SCHEMA else None
    finally:
        conn.close()
    if found and database_id:
        anchors.remember(database_id[0], (found[0], found[1]), target, reset=True)
    if key is not None:
        cipher.remember(key)  # the restored file opens with the key just verified
    with Desk.open(target) as desk:
        if desk.refusal:
            return  # opened read-only: `check` names why; nothing is written
        with desk.transaction():
            resealed = audit.reseal(desk) if any(
                p.kind == "seal" for p in audit.seal_problems(desk)) else 0
            audit.append(desk, action="update", table="meta", record_id="database",
                         before=None, after={"restored_from": str(candidate),
                                             "resealed_entries": resealed},
                         note=Event("restored"))


def _check_target(target: Path) -> None:
    """Refuse to replace a file that is not ours or is newer (CONTRACT: refused by every
    command and left byte-identical). A damaged DPO Desk file may be replaced: that is what
    a restore is for, and it is kept (`kept_name`)."""
    with contextlib.suppress(DatabaseBroken):
        inspect_file(target, key=_key_for(target, None))  # encrypted: its key, known by now
