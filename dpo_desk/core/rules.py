"""Every legal number the product uses, in one place, with its source (DOMAIN: "every legal
number lives in one rules table in core"). A change of law is an edit here.

Where DOMAIN.md marks the law as uncertain (the exact days off each year, 24 November), the
number is not fixed here but follows the `holidays` package and the DPO's calendar overrides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# DOMAIN D1: Law 91/2025/QH15 and Decree 356/2025/NĐ-CP apply from 1 January 2026; Decree
# 13/2023/NĐ-CP before.
LAW_91_FROM = date(2026, 1, 1)
REGIME_LAW_91 = "law-91-2025"
REGIME_DECREE_13 = "decree-13-2023"

# DOMAIN D3.1: the company's promise, editable in settings.
DEFAULT_POLICY_DAYS = {"simple": 7, "complex": 15}


@dataclass(frozen=True)
class LegalDeadline:
    """Decree 356/2025 Art. 5 for one group of request kinds (DOMAIN D3.2).

    `ack_working_days`: acknowledge within this many working days ("02 ngày làm việc").
    `complete_days`: complete within this many days ("ngày": calendar days, Civil Code
    Art. 147-148, end rolled forward past a day off; never switched off for the law).
    `third_party_days`: the longer period when a processor or third party must act.
    `max_extension_days`: one extension at most, of at most this many days.
    """

    ack_working_days: int
    complete_days: int
    third_party_days: int | None
    max_extension_days: int
    source: str


_WITHDRAW = LegalDeadline(2, 15, 20, 15, "Nghị định 356/2025/NĐ-CP, Điều 5 khoản 2")
_ACCESS = LegalDeadline(2, 10, 15, 10, "Nghị định 356/2025/NĐ-CP, Điều 5 khoản 3")
_DELETE = LegalDeadline(2, 20, 30, 20, "Nghị định 356/2025/NĐ-CP, Điều 5 khoản 4")
_PROTECT = LegalDeadline(2, 15, None, 15, "Nghị định 356/2025/NĐ-CP, Điều 5 khoản 5")

# CONTRACT kinds -> the law's deadline. A plain complaint and "other" have only the
# company's promise (DOMAIN D3.2).
LEGAL_DEADLINES: dict[str, LegalDeadline | None] = {
    "withdraw_consent": _WITHDRAW,
    "restriction": _WITHDRAW,
    "objection": _WITHDRAW,
    "access": _ACCESS,
    "correction": _ACCESS,
    "provide": _ACCESS,
    "deletion": _DELETE,
    "protection": _PROTECT,
    "complaint": None,
    "other": None,
}
KINDS = tuple(LEGAL_DEADLINES)


def legal_deadline(kind: str, received: date) -> LegalDeadline | None:
    """The law's deadline for a request received on `received`, if the law sets one.

    Decree 356 governs requests received from 2026. For older requests the product keeps no
    table of Decree 13's request deadlines, so only the company's promise applies to them.
    """
    if received < LAW_91_FROM:
        return None
    return LEGAL_DEADLINES.get(kind)


# DOMAIN D4.2: breach notification within 72 hours (Law 91 Art. 23: from discovery;
# Decree 13 Art. 23: from occurrence). Exact hours, no roll-forward.
BREACH_NOTICE_HOURS = 72
# DOMAIN D4.5: location or biometric data: tell the people affected within 72 hours of
# discovery (Decree 356 Art. 29).
SUBJECT_NOTICE_HOURS = 72
