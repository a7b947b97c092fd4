"""What the app accepts, in one place (issue 13; README: Limits).

A 50 MB summary would be copied into every audit entry of its case; a year 9999 overflows
date arithmetic; a right-to-left override in a name turns "gpj.exe" into "exe.jpg" on screen.
Core validation checks these limits and names the field in its error (the CLI exits 2).
"""

from __future__ import annotations

import unicodedata
from datetime import date

from dpo_desk.core.errors import FieldError, ValidationError
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.text import storable

# -- text, in characters -------------------------------------------------------------------
NAME = 300  # a person, a company, a register entry, an incident title, a file name
CONTACT = 300  # an e-mail address, phone number or postal address
ENTRY_TEXT = 2_000  # a register entry's other fields and list items (a cell of the report)
TEXT = 20_000  # a summary, description, note or reason
REPLY = 100_000  # the text of a reply letter
LIMITS = {"name": NAME, "requester_name": NAME, "title": NAME, "filename": NAME,
          "data_categories": NAME, "requester_contact": CONTACT, "reply_text": REPLY}
# Names and file names: one line, no control character, no bidirectional override.
NAMES = frozenset({"name", "requester_name", "title", "filename", "data_categories"})
BIDI_CONTROLS = frozenset(map(chr, (*range(0x202A, 0x202F), *range(0x2066, 0x206A))))

# -- files read, in bytes ------------------------------------------------------------------
JSON_BYTES = 10 * 1024 * 1024  # --from-json: one record
SETTINGS_BYTES = 1024 * 1024  # a settings file
REPLY_BYTES = 4 * REPLY  # --reply-file: UTF-8 takes up to 4 bytes a character
# (register CSV: register_csv.MAX_BYTES, 50 MB; attachments: attachments.MAX_BYTES, 200 MB)

# -- dates ---------------------------------------------------------------------------------
YEARS = (1900, 2200)
MAX_DAYS = 3650  # a deadline counted in days: ten years at most
MAX_PERIOD_YEARS = 20  # a report's period


def limit(key: str) -> int:
    """The most characters the field `key` may hold."""
    return LIMITS.get(key, TEXT)


def forbidden_character(text: str) -> str | None:
    """The first control character (NUL, ESC, a line break ...) or bidirectional override
    in `text`, None when it has none."""
    for char in text:
        if char in BIDI_CONTROLS or unicodedata.category(char) == "Cc":
            return char
    return None


def clean_text(field: str, value, errors: list[FieldError]) -> str:
    """`value` as it is stored: stripped text (None counts as empty). "Must be text" (not a
    string, or one SQLite cannot store) or `text_error` goes to `errors`."""
    if value is None:
        value = ""
    if not isinstance(value, str) or not storable(value):
        errors.append(FieldError(field, QT_TRANSLATE_NOOP("core", "Must be text")))
        return ""
    if error := text_error(field, value.strip()):
        errors.append(error)
    return value.strip()


def text_error(field: str, value: str, key: str | None = None) -> FieldError | None:
    """What is wrong with the text `value` of `field` (its limit and rules those of `key`,
    by default the field itself), None when it may be stored."""
    key = key or field
    most = limit(key)
    if len(value) > most:
        return FieldError(field, QT_TRANSLATE_NOOP(
            "core", "Too long (at most {limit} characters)"), {"limit": most})
    if key in NAMES and (char := forbidden_character(value)):
        return FieldError(field, QT_TRANSLATE_NOOP(
            "core", "Contains a control character ({code}); remove it"),
            {"code": f"U+{ord(char):04X}"})
    return None


def check_text(field: str, value: str, key: str | None = None) -> str:
    """`value`, or ValidationError naming `field` (see `text_error`)."""
    error = text_error(field, value, key)
    if error:
        raise ValidationError(error)
    return value


def date_error(field: str, day: date) -> FieldError | None:
    if not YEARS[0] <= day.year <= YEARS[1]:
        return FieldError(field, QT_TRANSLATE_NOOP(
            "core", "Must be a date from {first} to {last}"),
            {"first": YEARS[0], "last": YEARS[1]})
    return None


def check_date(field: str, day: date) -> date:
    error = date_error(field, day)
    if error:
        raise ValidationError(error)
    return day


def check_days(field: str, days: int) -> int:
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError.single(field, QT_TRANSLATE_NOOP(
            "core", "Must be a whole number of days from 1 to {most}"), most=MAX_DAYS)
    return days


def check_period(field: str, start: date, end: date) -> None:
    """A report's period: at most MAX_PERIOD_YEARS long."""
    try:
        longest = start.replace(year=start.year + MAX_PERIOD_YEARS)
    except ValueError:  # 29 February
        longest = start.replace(year=start.year + MAX_PERIOD_YEARS, day=28)
    if end >= longest:
        raise ValidationError.single(field, QT_TRANSLATE_NOOP(
            "core", "The period is longer than {years} years; choose a shorter one"),
            years=MAX_PERIOD_YEARS)
