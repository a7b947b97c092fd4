"""Backup and restore of the whole database file (SQLite online backup API)."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from dpo_desk.core.desk import Desk, inspect_file, readonly_uri
from dpo_desk.core.errors import DatabaseBroken, DeskError

BEFORE_RESTORE_SUFFIX = ".before-restore"


def backup(desk: Desk, target: Path | str, *, overwrite: bool = False) -> Path:
    """A consistent copy of the open database, even while it is in use."""
    target = Path(target)
    if target.resolve() == desk.path.resolve():
        raise DeskError(f"{target}: is the open database itself; choose another file")
    if target.exists() and not overwrite:
        raise DeskError(f"{target}: already exists; choose another name or remove it first")
    return desk.backup_to(target)


def check_candidate(candidate: Path) -> int:
    """Refuse a file that must not replace the database; returns its schema version."""
    if not candidate.is_file():
        raise DeskError(f"{candidate}: no such file")
    version = inspect_file(candidate)
    if version is None:
        raise DatabaseBroken(candidate, "is empty, not a DPO Desk backup")
    try:
        conn = sqlite3.connect(readonly_uri(candidate), uri=True)
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseBroken(candidate, f"cannot be read as a database ({exc})") from exc
    if result != ["ok"]:
        raise DatabaseBroken(candidate, "fails SQLite's integrity check: " + "; ".join(result[:3]))
    return version


def restore(target: Path | str, candidate: Path | str) -> Path | None:
    """Replace the (closed) database at `target` by the backup `candidate`.

    The candidate is checked first (integrity, application id, version); nothing is touched
    if it fails. The replaced file is kept as `<name>.before-restore`, which is returned.
    """
    target, candidate = Path(target), Path(candidate)
    if candidate.resolve() == target.resolve():
        raise DeskError(f"{candidate}: is the database itself; choose a backup file")
    check_candidate(candidate)
    _check_target(target)
    # Copy first, then swap: a failure while copying leaves the current file where it was.
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    source_conn = sqlite3.connect(readonly_uri(candidate), uri=True)
    copy = sqlite3.connect(str(partial))
    try:
        source_conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
        source_conn.close()
    kept = None
    if target.exists():
        kept = target.with_name(target.name + BEFORE_RESTORE_SUFFIX)
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(target) + suffix)
            if source.exists():
                source.replace(Path(str(kept) + suffix))
    partial.replace(target)
    return kept


def _check_target(target: Path) -> None:
    """Refuse to replace a file that is not ours or is newer (CONTRACT: refused by every
    command and left byte-identical). A damaged DPO Desk file may be replaced: that is what
    a restore is for, and it is kept as `.before-restore`."""
    with contextlib.suppress(DatabaseBroken):
        inspect_file(target)
