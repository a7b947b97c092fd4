"""The company profile and preferences (CONTRACT: company profile keys), stored in `settings`.

Values are kept as text; `get_all` returns them typed. Every change is validated first, all
values of one call together, and written in one audited transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import events, limits, rules
from dpo_desk.core.errors import FieldError, ValidationError
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = "settings"
Check = Callable[[str], FieldError | None]

# Patterns, compiled on first use by `re` (and cached there): compiling them at import cost
# ~5 ms of every start (issue 8, cold start).
TAX_CODE = r"\d{10}(-\d{3})?"  # enterprise code: 10 digits, branches 10-3
EMAIL = r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}"
PHONE_CHARS = r"\+?[\d\s().\-]+"
WEBSITE = r"(?i)(https?://)?[\w\-]+(\.[\w\-]+)+(:\d+)?(/\S*)?"


def _tax_code(key: str, value: str) -> FieldError | None:
    if not re.fullmatch(TAX_CODE, value):
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Tax code must be 10 digits, or 10 digits, a dash and 3 digits "
            "(e.g. 0312345678 or 0312345678-001)"))
    return None


def _email(key: str, value: str) -> FieldError | None:
    if not re.fullmatch(EMAIL, value):
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Email address looks wrong (expected name@domain.vn)"))
    return None


def _phone(key: str, value: str) -> FieldError | None:
    digits = re.sub(r"\D", "", value)
    if not re.fullmatch(PHONE_CHARS, value) or not 8 <= len(digits) <= 15:
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Phone number must have 8 to 15 digits (spaces, dots, dashes and a "
            "leading + are allowed)"))
    return None


def _website(key: str, value: str) -> FieldError | None:
    if not re.fullmatch(WEBSITE, value):
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Website looks wrong (expected a domain such as senvang.vn or a web "
            "address such as https://senvang.vn)"))
    return None


def _date(key: str, value: str) -> FieldError | None:
    try:
        day = date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    except ValueError:
        day = None
    if day is None or not 1900 <= day.year <= 2200:
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Must be a real date written YYYY-MM-DD (e.g. 2018-03-15)"))
    return None


def _line(limit: int):
    """Free text on one line, at most `limit` characters (printed in a form's field), without
    control characters or bidirectional overrides (core/limits.py)."""
    def check(key: str, value: str) -> FieldError | None:
        if "\n" in value or len(value) > limit:
            return FieldError(key, QT_TRANSLATE_NOOP(
                "core", "Must be one line of at most {limit} characters"), {"limit": limit})
        if char := limits.forbidden_character(value):
            return FieldError(key, QT_TRANSLATE_NOOP(
                "core", "Contains a control character ({code}); remove it"),
                {"code": f"U+{ord(char):04X}"})
        return None
    return check


SIGNER_MODES = ("tm", "kt", "tuq")


def _symbol(key: str, value: str) -> FieldError | None:
    if not re.fullmatch(r"[A-ZĐ0-9][A-ZĐ0-9.\-]{0,19}", value):
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Capital letters and digits, at most 20 (e.g. BVDLCN or SV-PC)"))
    return None


# The languages of the interface, the letters and the reports.
LANGUAGES = ("vi", "en")


def document_language(language: str | None, desk: Desk | None = None, *,
                      default: str = "vi") -> str:
    """The language a letter or report is written in: `language`, else the database's
    language setting (`desk`), else `default`; a ValidationError on "language" when it is
    none of LANGUAGES."""
    language = language or (get(desk, "language") if desk is not None else default)
    if (error := _choice(*LANGUAGES)("language", language)) is not None:
        raise ValidationError(error)
    return language


def _choice(*allowed: str):
    def check(key: str, value: str) -> FieldError | None:
        if value not in allowed:
            return FieldError(key, QT_TRANSLATE_NOOP("core", "Must be one of: {allowed}"),
                              {"allowed": ", ".join(allowed)})
        return None
    return check


def _days(key: str, value: str) -> FieldError | None:
    if not value.isdigit() or not 1 <= int(value) <= 90:
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Must be a whole number of days from 1 to 90"))
    return None


def _minutes(key: str, value: str) -> FieldError | None:
    if not value.isdigit() or not 0 <= int(value) <= 240:
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Must be a whole number of minutes from 0 (never) to 240"))
    return None


def _years(key: str, value: str) -> FieldError | None:
    if not value.isdigit() or not 1 <= int(value) <= 50:
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Must be a whole number of years from 1 to 50"))
    return None


def _timezone(key: str, value: str) -> FieldError | None:
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(value)
    except Exception:
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Unknown time zone (expected a name such as Asia/Ho_Chi_Minh)"))
    return None


def _weekly_rest(key: str, value: str) -> FieldError | None:
    days = [d.strip().lower() for d in value.split(",") if d.strip()]
    known = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    if not days or any(d not in known for d in days) or len(set(days)) > 6:
        return FieldError(key, QT_TRANSLATE_NOOP(
            "core", "List of rest days such as sat,sun (mon tue wed thu fri sat sun)"))
    return None


@dataclass(frozen=True)
class Setting:
    key: str
    default: str = ""
    check: Callable[[str, str], FieldError | None] | None = None
    essential: bool = False  # asked for on first start; may not be emptied
    kind: type = str


SETTINGS = (
    Setting("company_name", check=_line(limits.NAME), essential=True),
    Setting("tax_code", check=_tax_code, essential=True),
    Setting("address", check=_line(limits.CONTACT), essential=True),
    Setting("phone", check=_phone),
    Setting("email", check=_email),
    # DOMAIN D4.3: the organisation's part of Mẫu số 08 (the notice to the authority) also
    # names the website, the transaction office and the registration certificate (number,
    # issuer, date, place). Optional: the notice prints "Không có" for what is not known.
    Setting("website", check=_website),
    Setting("transaction_office", check=_line(300)),
    Setting("registration_number", check=_line(60)),
    Setting("registration_issuer", check=_line(200)),
    Setting("registration_date", check=_date),
    Setting("registration_place", check=_line(200)),
    # DOMAIN D4.3: who signs the notice under "TM. TỔ CHỨC, DOANH NGHIỆP": the legal
    # representative with their position ("tm"), or someone signing for them: a deputy
    # ("kt", ký thay) or a person they authorised ("tuq", thừa ủy quyền), named here.
    Setting("legal_representative", check=_line(limits.NAME)),
    Setting("legal_representative_title", check=_line(limits.NAME)),
    Setting("signer_mode", "tm", _choice(*SIGNER_MODES)),
    Setting("signer_name", check=_line(limits.NAME)),
    Setting("signer_title", check=_line(limits.NAME)),
    # The company's symbol in the numbers of its documents ("05/2026/TB-BVDLCN").
    Setting("document_symbol", "BVDLCN", _symbol),
    Setting("dpo_name", check=_line(limits.NAME), essential=True),
    Setting("dpo_title", check=_line(limits.NAME)),
    Setting("dpo_phone", check=_phone, essential=True),
    Setting("dpo_email", check=_email, essential=True),
    Setting("language", "vi", _choice(*LANGUAGES)),
    # DOMAIN D3.1: the company's promise, 7 days simple, 15 complex, calendar days by default.
    Setting("complaint_days_simple", str(rules.DEFAULT_POLICY_DAYS["simple"]), _days,
            kind=int),
    Setting("complaint_days_complex", str(rules.DEFAULT_POLICY_DAYS["complex"]), _days,
            kind=int),
    Setting("complaint_day_mode", "calendar", _choice("calendar", "working")),
    Setting("timezone", "Asia/Ho_Chi_Minh", _timezone),
    # DOMAIN D3.4: the weekly rest days (Saturday and Sunday by default).
    Setting("weekly_rest", "sat,sun", _weekly_rest),
    # Issue 13: an encrypted database locks itself after this many idle minutes (0: never).
    Setting("auto_lock_minutes", "10", _minutes, kind=int),
    # DOMAIN D6: closed cases older than this are listed for erasure (core/erasure.py); five
    # years by default, as long as incident evidence is kept (DOMAIN D4.5).
    Setting("erase_after_years", "5", _years, kind=int),
)
BY_KEY = {s.key: s for s in SETTINGS}
ESSENTIAL_KEYS = tuple(s.key for s in SETTINGS if s.essential)


def validate(values: dict) -> dict[str, str]:
    """Clean and check `values`; raise one ValidationError naming every wrong field."""
    errors, cleaned = [], {}
    for key, raw in values.items():
        spec = BY_KEY.get(key)
        if spec is None:
            errors.append(FieldError(key, QT_TRANSLATE_NOOP(
                "core", "Unknown setting (known: {known})"), {"known": ", ".join(BY_KEY)}))
            continue
        if isinstance(raw, bool) or not isinstance(raw, str | int):
            errors.append(FieldError(key, QT_TRANSLATE_NOOP(
                "core", "Must be text or a number")))
            continue
        value = str(raw).strip()
        if not value:
            if spec.essential:
                errors.append(FieldError(key, QT_TRANSLATE_NOOP("core", "Required")))
            else:
                cleaned[key] = spec.default
            continue
        error = spec.check(key, value) if spec.check else None
        if error:
            errors.append(error)
        else:
            cleaned[key] = value
    if errors:
        raise ValidationError(errors)
    return cleaned


def get_all(desk: Desk) -> dict:
    """Every setting, defaults filled in, typed (days as int)."""
    stored = {r["key"]: r["value"] for r in desk.rows("SELECT key, value FROM settings")}
    return {s.key: s.kind(stored.get(s.key, s.default) or s.default) if s.kind is int
            else stored.get(s.key, s.default) for s in SETTINGS}


def get(desk: Desk, key: str):
    return get_all(desk)[key]


def update(desk: Desk, values: dict) -> dict[str, str]:
    """Validate then store `values` in one transaction; returns what was stored."""
    cleaned = validate(values)
    with desk.transaction():
        for key, value in cleaned.items():
            desk.put(TABLE, key, {"value": value})
        if "weekly_rest" in cleaned:
            events.announce(desk, events.WORKING_DAYS_CHANGED)
    return cleaned


def import_file(desk: Desk, path: Path | str) -> dict[str, str]:
    """Settings from a JSON object file; all or nothing."""
    from dpo_desk.core import files  # not needed to start

    path = Path(path)
    try:
        data = json.loads(files.read_limited(path, limits.SETTINGS_BYTES).decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise ValidationError.single(str(path), "is not valid JSON ({reason})",
                                     reason=str(exc)) from exc
    if not isinstance(data, dict):
        raise ValidationError.single(str(path), "must hold one JSON object of key: value")
    return update(desk, data)


def missing_essentials(desk: Desk) -> list[str]:
    """Essential profile keys not yet filled in (the first-start dialog asks for them)."""
    values = get_all(desk)
    return [key for key in ESSENTIAL_KEYS if not values[key]]
