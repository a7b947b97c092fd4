"""Typed errors. A `DeskError` is the user's to fix: the CLI prints it and exits 2."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the window's start does without the sqlite3 module (issue 13)
    import sqlite3

# A filter or choice given a value outside its list (the CLI's --status, --kind ...).
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("core", "unknown value {value!r}; valid: {valid}")


class DeskError(Exception):
    """A problem the user can fix (bad input, wrong file); never a bug."""


@dataclass(frozen=True)
class FieldError:
    """One wrong value: which field (or row), and a message template with its parameters.

    The template is English and marked for translation; the UI translates it, the CLI
    prints it as is.
    """

    field: str
    template: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(DeskError):
    """One or more wrong values; each names its field."""

    def __init__(self, errors: list[FieldError] | FieldError):
        self.errors = [errors] if isinstance(errors, FieldError) else list(errors)
        super().__init__("; ".join(str(e) for e in self.errors))

    @classmethod
    def single(cls, field_name: str, template: str, **params) -> ValidationError:
        return cls(FieldError(field_name, template, params))

    def for_field(self, field_name: str) -> list[FieldError]:
        return [e for e in self.errors if e.field == field_name]


class NotFound(DeskError):
    """A record asked for by id does not exist."""


class DatabaseRefused(DeskError):
    """A file that must not be opened (or written) as this app's database. `reason`: a
    template marked for translation (QT_TRANSLATE_NOOP "core" where it is raised), its
    `params` filled in; the message is "<path>: <reason>" (the window shows it translated:
    ui/i18n.py `core_message`)."""

    def __init__(self, path: Path | str, reason: str, **params):
        self.path = Path(path)
        self.template = reason
        self.params = params
        self.reason = reason.format(**params) if params else reason
        super().__init__(f"{self.path}: {self.reason}")


class NotADeskDatabase(DatabaseRefused):
    """Not SQLite at all, or a SQLite database of another application."""


class DatabaseTooNew(DatabaseRefused):
    """Written by a newer DPO Desk: this app must not touch it."""


class DatabaseBroken(DatabaseRefused):
    """SQLite reports damage."""


class ForeignWal(DatabaseBroken):
    """A -wal file beside the database that another database wrote: SQLite would apply it
    to this one without a word (a WAL header names no database), so it is refused."""


class WrongPassphrase(DatabaseRefused):
    """An encrypted file (or noise) that the passphrase given, or none, does not open. The
    two cannot be told apart: that is what encryption is for (CONTRACT, issue 10)."""

    def __init__(self, path: Path | str, detail: str = ""):
        if detail:
            super().__init__(path, QT_TRANSLATE_NOOP(
                "core", "wrong passphrase, or not a DPO Desk database ({detail}); the file was "
                "not changed"), detail=detail)
        else:
            super().__init__(path, QT_TRANSLATE_NOOP(
                "core", "wrong passphrase, or not a DPO Desk database; the file was not "
                "changed"))


class DatabaseMissing(DatabaseRefused):
    """Only `init`, `demo`, File > New and the first start create a database (CONTRACT:
    Database): a mistyped path must not become a new, empty one."""

    def __init__(self, path: Path | str):
        super().__init__(path, QT_TRANSLATE_NOOP(
            "core", "no such database file; check the path, or create a new database with "
            "`dpo-desk init --db {file}`"), file=str(path))


class DatabaseExists(DatabaseRefused):
    """Creating a database over a file that is already there."""

    def __init__(self, path: Path | str):
        super().__init__(path, QT_TRANSLATE_NOOP(
            "core", "already exists; nothing was changed (open it, or choose another name)"))


class ConflictError(DeskError):
    """A record was changed (by another window or program) since the caller read it: the
    caller's change is refused rather than overwriting what was saved meanwhile."""

    template = QT_TRANSLATE_NOOP(
        "core", "{table} {record} changed elsewhere since you opened it; reload it")

    def __init__(self, table: str, record_id, fields: list[str] | None = None):
        self.table = table
        self.record_id = record_id
        self.fields = fields or []  # what differs; empty when the record was deleted
        self.params = {"table": table, "record": record_id}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


# What went wrong with the file, by SQLite's (extended) result code; the first match wins.
_CAUSES = (("SQLITE_FULL", "full"), ("SQLITE_READONLY_DBMOVED", "gone"),
           ("SQLITE_READONLY", "read_only"), ("SQLITE_PERM", "read_only"),
           ("SQLITE_CANTOPEN", "cannot_open"), ("SQLITE_IOERR", "io"),
           ("SQLITE_BUSY", "busy"), ("SQLITE_LOCKED", "busy"),
           ("SQLITE_CORRUPT", "damaged"), ("SQLITE_NOTADB", "damaged"))
# The driver leaves the code off some errors (those of the backup API): SQLite's own texts.
_NAMES_BY_TEXT = {"database or disk is full": "SQLITE_FULL",
                  "attempt to write a readonly database": "SQLITE_READONLY",
                  "unable to open database file": "SQLITE_CANTOPEN",
                  "disk I/O error": "SQLITE_IOERR", "database is locked": "SQLITE_BUSY",
                  "database disk image is malformed": "SQLITE_CORRUPT",
                  "file is not a database": "SQLITE_NOTADB"}
_TEMPLATES = {
    "full": QT_TRANSLATE_NOOP(
        "core", "{path}: the disk is full; the change was not saved (what was saved before is "
        "intact). Free some space, then try again."),
    "read_only": QT_TRANSLATE_NOOP(
        "core", "{path}: the file or its folder is read-only; the change was not saved. Copy the "
        "database to a folder you may write to, or ask for write access."),
    "cannot_open": QT_TRANSLATE_NOOP(
        "core", "{path}: cannot be opened for writing ({error}). Is the folder or the disk "
        "read-only?"),
    "io": QT_TRANSLATE_NOOP(
        "core", "{path}: the disk could not be read or written ({error}); the change was not "
        "saved. The disk may be full, unplugged or failing."),
    "busy": QT_TRANSLATE_NOOP(
        "core", "{path}: another window or program kept the database busy for more than "
        "{seconds} seconds; the change was not saved. Try again."),
    "damaged": QT_TRANSLATE_NOOP(
        "core", "{path}: SQLite reports damage ({error}); the change was not saved. Run the "
        "check, and restore a backup if needed."),
    "gone": QT_TRANSLATE_NOOP(
        "core", "{path}: the database file was deleted, moved or replaced while it was open; "
        "the change was not saved. Make a backup now to keep what is still open, then open "
        "that copy."),
}


class StorageError(DeskError):
    """The database file could not be written (or read): a full disk, a read-only file or
    folder, a disk error, a file deleted while open, a database kept busy. Nothing of the
    failed change was saved; `cause` says which (a key of the message templates)."""

    def __init__(self, path: Path | str, cause: str, **params):
        self.path = Path(path)
        self.cause = cause
        self.template = _TEMPLATES[cause]
        self.params = {"path": str(self.path), "error": "", **params}
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    @classmethod
    def from_sqlite(cls, path: Path | str, error: sqlite3.Error, *,
                    busy_seconds: float = 0) -> StorageError | None:
        """The StorageError a SQLite error stands for, or None when it is not about the file
        (a bug, a constraint): that one is raised as it is."""
        name = getattr(error, "sqlite_errorname", "") or _NAMES_BY_TEXT.get(str(error), "")
        for code, cause in _CAUSES:
            if name == code or name.startswith(code + "_"):
                return cls(path, cause, error=str(error), seconds=f"{busy_seconds:g}")
        return None
