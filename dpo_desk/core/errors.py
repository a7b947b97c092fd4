"""Typed errors. A `DeskError` is the user's to fix: the CLI prints it and exits 2."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


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
    """A file that must not be opened (or written) as this app's database."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotADeskDatabase(DatabaseRefused):
    """Not SQLite at all, or a SQLite database of another application."""


class DatabaseTooNew(DatabaseRefused):
    """Written by a newer DPO Desk: this app must not touch it."""


class DatabaseBroken(DatabaseRefused):
    """SQLite reports damage."""
