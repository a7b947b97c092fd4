"""Every legal number the product uses, and which law applies by date, in one place, with
its source (DOMAIN: "every legal number lives in one rules table in core"). A change of law
is an edit here. Letters, reports, the GUI and the CLI ask these functions which law governs
a question; none decides it by itself (DOMAIN D1):

- a request's deadlines: by the date it was received (`legal_deadline`);
- a breach's deadline and the catalogue that classifies its data: by the day it was
  discovered (`breach_regime`, `notify_by`, `catalogue_regime`);
- the notice form: by the day the notice is sent (`notice_form`);
- whether "no notification needed" may be recorded (`no_notify_allowed`);
- the article the minutes cite: by the day they are drawn up (`minutes_basis`);
- which days of the calendar count (`HOLIDAY_SOURCES`, `COUNTING_SOURCES`).

Where DOMAIN.md marks the law as uncertain (the exact days off each year, 24 November), the
number is not fixed here: the `holidays` package proposes the days, tagged with their source,
and only the DPO's calendar overrides make a doubtful day count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

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

    `ack_working_days`: acknowledge within this many working days ("02 ngày làm việc");
    None where the law sets no acknowledgement (Decree 13).
    `complete_days`: complete within this many days ("ngày": calendar days, Civil Code
    Art. 147-148, end rolled forward past a day off when `roll`; never switched off for
    Decree 356).
    `third_party_days`: the longer period when a processor or third party must act.
    `max_extension_days`: one extension at most, of at most this many days (0: none).
    `roll`: False for Decree 13's 72 hours, which end when they end (DOMAIN D3.7).
    """

    ack_working_days: int | None
    complete_days: int
    third_party_days: int | None
    max_extension_days: int
    source: str
    roll: bool = True


# Citations in the Vietnamese order of legal writing: point, clause, article, act
# ("khoản 3 Điều 5 Nghị định số 356/2025/NĐ-CP"); `cite_in` gives the English order.
DECREE_356 = "Nghị định số 356/2025/NĐ-CP"
DECREE_13 = "Nghị định số 13/2023/NĐ-CP"
LAW_91 = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"
LABOUR_CODE = "Bộ luật Lao động số 45/2019/QH14"

_ARTICLE = re.compile(r"Điều (\d+)(?: khoản (\d+))?(?: điểm (\S+))?")


def vietnamese_order(article: str) -> str:
    """"Điều 4 khoản 1 điểm đ" -> "điểm đ khoản 1 Điều 4": the order of Vietnamese legal
    writing, smallest unit first. Other text is returned as it is."""
    found = _ARTICLE.fullmatch(article.strip())
    if not found:
        return article
    number, clause, point = found.groups()
    return (f"điểm {point} " if point else "") + (f"khoản {clause} " if clause else "") + \
        f"Điều {number}"


_WITHDRAW = LegalDeadline(2, 15, 20, 15, f"khoản 2 Điều 5 {DECREE_356}")
_ACCESS = LegalDeadline(2, 10, 15, 10, f"khoản 3 Điều 5 {DECREE_356}")
_DELETE = LegalDeadline(2, 20, 30, 20, f"khoản 4 Điều 5 {DECREE_356}")
_PROTECT = LegalDeadline(2, 15, None, 15, f"khoản 5 Điều 5 {DECREE_356}")

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


# DOMAIN D3.7: requests received before 2026 fell under Decree 13/2023: 72 hours from
# receipt for deletion (Art. 16(5)), provision of one's data, which also serves access (Art.
# 14(3)), restriction (Art. 9(6)(b)) and objection (Art. 9(8)(b)). Recorded as the date
# received + 3 days, without roll-forward (hours end when they end: the earlier, safe date).
# Correction ("as soon as possible", Art. 15(2)), withdrawal of consent, protection measures
# and complaints had no fixed deadline. Decree 13 set no acknowledgement and no extension.
DECREE_13_REQUEST_HOURS = 72
DECREE_13_REQUEST_DAYS = DECREE_13_REQUEST_HOURS // 24


def _decree_13(article: str) -> LegalDeadline:
    return LegalDeadline(None, DECREE_13_REQUEST_DAYS, None, 0,
                         f"{article} {DECREE_13}", roll=False)


DECREE_13_DEADLINES: dict[str, LegalDeadline | None] = {
    "deletion": _decree_13("khoản 5 Điều 16"),
    "provide": _decree_13("khoản 3 Điều 14"),
    "access": _decree_13("khoản 3 Điều 14"),
    "restriction": _decree_13("điểm b khoản 6 Điều 9"),
    "objection": _decree_13("điểm b khoản 8 Điều 9"),
}


def regime_on(day: date) -> str:
    """DOMAIN D1: the law in force on `day` (Law 91 and Decree 356 from 1 January 2026)."""
    return REGIME_LAW_91 if day >= LAW_91_FROM else REGIME_DECREE_13


def legal_deadline(kind: str, received: date) -> LegalDeadline | None:
    """The law's deadline for a request received on `received`, if the law sets one: Decree
    356 Art. 5 from 2026 (DOMAIN D3.2), Decree 13's 72 hours before (DOMAIN D3.7). The date
    of receipt decides: a 2025 request answered in 2026 keeps Decree 13's deadline."""
    if regime_on(received) == REGIME_DECREE_13:
        return DECREE_13_DEADLINES.get(kind)
    return LEGAL_DEADLINES.get(kind)


@dataclass(frozen=True)
class Citation:
    """A provision cited in a document: Vietnamese order in `vi` ("khoản 2 Điều 23 Luật
    ..."), English order in `en` ("Article 23(2) of the Law ...")."""

    vi: str
    en: str

    def in_language(self, language: str) -> str:
        return self.en if language == "en" else self.vi


# DOMAIN D3.9: the acknowledgement of a withdrawal of consent, a restriction or an objection
# names the exception: processing that needs no consent goes on (Decree 356 Art. 5(2): Law
# 91 Art. 19; before 2026, Decree 13 Art. 17). The date of receipt decides, as for the
# deadlines.
NO_CONSENT_BASIS = {
    REGIME_LAW_91: Citation(f"Điều 19 {LAW_91}", "Article 19 of the Law on Personal Data "
                            "Protection No. 91/2025/QH15"),
    REGIME_DECREE_13: Citation(f"Điều 17 {DECREE_13}", "Article 17 of Decree No. "
                               "13/2023/NĐ-CP"),
}


def no_consent_basis(received: date) -> Citation:
    return NO_CONSENT_BASIS[regime_on(received)]


# DOMAIN D3.9: a refusal tells the requester's recourse: a complaint or denunciation to the
# specialised agency of the Ministry of Public Security, a lawsuit, damages (Law 91 Art.
# 4(1)(đ); before 2026, Decree 13 Art. 9(9)-(10)). The letter's date decides: the requester
# has the rights of the law in force when refused.
RECOURSE_BASIS = {
    REGIME_LAW_91: Citation(f"điểm đ khoản 1 Điều 4 {LAW_91}", "Article 4(1)(đ) of the Law "
                            "on Personal Data Protection No. 91/2025/QH15"),
    REGIME_DECREE_13: Citation(f"khoản 9 và khoản 10 Điều 9 {DECREE_13}", "Article 9(9) "
                               "and (10) of Decree No. 13/2023/NĐ-CP"),
}


def recourse_basis(on: date) -> Citation:
    return RECOURSE_BASIS[regime_on(on)]


# Law 91 Art. 4(1)(đ) and Art. 23: the specialised agency is the authority for complaints and
# notices (DOMAIN D1).
AUTHORITY = Citation("Cơ quan chuyên trách bảo vệ dữ liệu cá nhân, Bộ Công an (Cục An ninh "
                     "mạng và phòng, chống tội phạm sử dụng công nghệ cao, A05)",
                     "the specialised personal data protection agency of the Ministry of "
                     "Public Security (Department of Cybersecurity and High-tech Crime "
                     "Prevention, A05)")


# DOMAIN D4.2: breach notification within 72 hours (Law 91 Art. 23: from discovery;
# Decree 13 Art. 23: from occurrence). Exact hours, no roll-forward.
BREACH_NOTICE_HOURS = 72
# DOMAIN D4.5: location or biometric data: tell the people affected within 72 hours of
# discovery (Decree 356 Art. 29).
SUBJECT_NOTICE_HOURS = 72
# DOMAIN D4.5: breach files are kept at least five years after remediation; the product
# refuses to delete their evidence before then (core/erasure.py). Remediation ends when the
# incident is closed; an open incident's evidence is always kept.
EVIDENCE_KEEP_YEARS = 5


def evidence_kept_until(closed: date) -> date:
    """The first day an incident closed on `closed` may lose its evidence (DOMAIN D4.5)."""
    try:
        return closed.replace(year=closed.year + EVIDENCE_KEEP_YEARS)
    except ValueError:  # closed on 29 February: kept to 1 March
        return closed.replace(year=closed.year + EVIDENCE_KEEP_YEARS, month=3, day=1)


def _local_day(moment: datetime, zone) -> date:
    return moment.astimezone(zone).date() if zone is not None else moment.date()


def breach_regime(detected: datetime, zone=None) -> str:
    """DOMAIN D1, D4.2: the law under which a breach falls is the one in force on the day it
    was discovered (in the display zone): from that day its 72 hours run. A violation of
    31/12/2025 discovered on 02/01/2026 falls under Law 91 (Decree 13 was repealed before
    anyone could notify under it); one discovered on 31/12/2025 stays under Decree 13 even
    when the notice goes out in 2026 (its form then follows `notice_form`)."""
    return regime_on(_local_day(detected, zone))


def notify_by(regime: str, *, occurred: datetime | None, detected: datetime) -> datetime:
    """DOMAIN D4.2: 72 exact hours from discovery (Law 91 Art. 23(1)), or from occurrence
    (Decree 13 Art. 23(1): "chậm nhất 72 giờ sau khi xảy ra"); an unknown occurrence under
    Decree 13 is counted from discovery."""
    start = occurred if regime == REGIME_DECREE_13 and occurred is not None else detected
    return start + timedelta(hours=BREACH_NOTICE_HOURS)


# Where the 72 hours come from, as documents cite it (Vietnamese order, DOMAIN D4.2).
BREACH_NOTICE_BASIS = {
    REGIME_LAW_91: Citation(f"khoản 1 Điều 23 {LAW_91}", "Article 23(1) of the Law on "
                            "Personal Data Protection No. 91/2025/QH15"),
    REGIME_DECREE_13: Citation(f"khoản 1 Điều 23 {DECREE_13}", "Article 23(1) of Decree No. "
                               "13/2023/NĐ-CP"),
}
# Where the request deadlines come from (DOMAIN D3.2, D3.7), cited as a whole.
REQUEST_DEADLINE_BASIS = {
    REGIME_LAW_91: Citation(f"Điều 5 {DECREE_356}", "Article 5 of Decree No. 356/2025/NĐ-CP"),
    REGIME_DECREE_13: Citation(DECREE_13, "Decree No. 13/2023/NĐ-CP"),
}


def no_notify_allowed(regime: str) -> bool:
    """DOMAIN D4.3: Law 91 Art. 23(1) asks for a notice where the violation may cause harm,
    so "no notification needed" is a lawful assessment; Decree 13 Art. 23(1) had no harm
    threshold: every violation had to be notified."""
    return regime == REGIME_LAW_91


def subject_notice_applies(regime: str) -> bool:
    """DOMAIN D4.5: telling the people within 72 hours (Decree 356 Art. 29) exists from 2026."""
    return regime == REGIME_LAW_91


# DOMAIN D2, D4.3: which list classifies a breach's data: Decree 13 Art. 2(3)-(4) for a
# breach under Decree 13, Decree 356 Art. 3-4 after (the catalogue carries both).
CATALOGUE_DECREE_13 = "decree-13-2023"
CATALOGUE_DECREE_356 = "decree-356-2025"


def catalogue_regime(regime: str) -> str:
    return CATALOGUE_DECREE_356 if regime == REGIME_LAW_91 else CATALOGUE_DECREE_13


# DOMAIN D4.3: the form follows the day the notice is SENT: Mẫu số 08 of Decree 356 from
# 2026-01-01 (even for a 2025 violation), Mẫu số 03 of Decree 13 before.
FORM_08 = "08"
FORM_03 = "03"


def notice_form(sent_on: date) -> str:
    return FORM_08 if regime_on(sent_on) == REGIME_LAW_91 else FORM_03


# DOMAIN D4.4: the minutes (biên bản xác nhận) cite the law in force the day they are drawn
# up: Law 91 Art. 23(2) from 2026, even for a violation under Decree 13; Decree 13 Art. 23(5)
# before.
MINUTES_BASIS = {
    REGIME_LAW_91: Citation("khoản 2 Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15",
                            "Article 23(2) of the Law on Personal Data Protection No. "
                            "91/2025/QH15"),
    REGIME_DECREE_13: Citation("khoản 5 Điều 23 Nghị định số 13/2023/NĐ-CP ngày 17 tháng 4 "
                               "năm 2023 của Chính phủ về bảo vệ dữ liệu cá nhân",
                               "Article 23(5) of Decree No. 13/2023/NĐ-CP of 17 April 2023 "
                               "of the Government on personal data protection"),
}


def minutes_basis(drawn_up_on: date) -> str:
    """The regime whose article the minutes cite (a key of MINUTES_BASIS)."""
    return regime_on(drawn_up_on)


# -- which days off count (DOMAIN D3.4) -------------------------------------------------------
# Only the days that bind every employer count for deadlines: the Labour Code 2019 Art. 112
# holidays and the substitute days of Art. 111(3) ("law"), and the DPO's own days
# ("override"). Bridge or swap days the Government sets for the civil service
# ("government") and days announced but not yet in the Labour Code ("unconfirmed") are shown
# but count only when the DPO adds them: a wrongly counted day off moves a legal deadline
# later, the dangerous direction.
COUNTING_SOURCES = ("law", "override")
SOURCES = ("law", "government", "unconfirmed", "override")

_LUNAR_NEW_YEAR = f"điểm b khoản 1 Điều 112 {LABOUR_CODE}"
# The `holidays` package's Vietnamese names (its default language) -> (source, basis). A
# name not listed here is "unconfirmed": it never counts until the DPO adds it.
HOLIDAY_SOURCES: dict[str, tuple[str, str]] = {
    "Tết Dương lịch": ("law", f"điểm a khoản 1 Điều 112 {LABOUR_CODE}"),
    "Giao thừa Tết Nguyên Đán": ("law", _LUNAR_NEW_YEAR),
    "Tết Nguyên Đán": ("law", _LUNAR_NEW_YEAR),
    "Mùng hai Tết Nguyên Đán": ("law", _LUNAR_NEW_YEAR),
    "Mùng ba Tết Nguyên Đán": ("law", _LUNAR_NEW_YEAR),
    "Mùng bốn Tết Nguyên Đán": ("law", _LUNAR_NEW_YEAR),
    # the five Tết days fixed by the Prime Minister: a day before or after New Year's day
    # when one of them falls on a weekly rest day
    "29 Tết": ("law", _LUNAR_NEW_YEAR),
    "Mùng năm Tết Nguyên Đán": ("law", _LUNAR_NEW_YEAR),
    "Mùng sáu Tết Nguyên Đán": ("law", _LUNAR_NEW_YEAR),
    "Ngày Chiến thắng": ("law", f"điểm c khoản 1 Điều 112 {LABOUR_CODE}"),
    "Ngày Quốc tế Lao động": ("law", f"điểm d khoản 1 Điều 112 {LABOUR_CODE}"),
    "Quốc khánh": ("law", f"điểm đ khoản 1 Điều 112 {LABOUR_CODE}"),
    "Ngày Giỗ Tổ Hùng Vương": ("law", f"điểm e khoản 1 Điều 112 {LABOUR_CODE}"),
    # A 2026 Party resolution and a Government programme ask for the amendment; not
    # confirmed as enacted (DOMAIN D3.4).
    "Ngày Văn hóa Việt Nam": ("unconfirmed", "Nghị quyết 80-NQ/TW (chưa có trong Bộ luật "
                                             "Lao động)"),
}
# "Ngày nghỉ (thay cho ngày 22/08/2026)": a day off swapped for a working Saturday, set for
# the civil service by the Government each year (e.g. 31/08/2026 for 22/08/2026).
GOVERNMENT_SWAP_PREFIX = "Ngày nghỉ (thay cho ngày"
GOVERNMENT_BASIS = "Thông báo của Chính phủ cho cán bộ, công chức, viên chức"
SUBSTITUTE_BASIS = f"khoản 3 Điều 111 {LABOUR_CODE} (nghỉ bù)"
_SUFFIXES = (" (nghỉ bù, dự kiến)", " (nghỉ bù)", " (dự kiến)")


def holiday_source(name_vi: str) -> tuple[str, str]:
    """(source, basis) of a day the `holidays` package names `name_vi` (Vietnamese)."""
    if name_vi.startswith(GOVERNMENT_SWAP_PREFIX):
        return "government", GOVERNMENT_BASIS
    base, substitute = name_vi, False
    for suffix in _SUFFIXES:
        if base.endswith(suffix):
            base, substitute = base[:-len(suffix)], "nghỉ bù" in suffix
            break
    source, basis = HOLIDAY_SOURCES.get(base, ("unconfirmed", ""))
    if substitute and source == "law":
        return "law", SUBSTITUTE_BASIS
    return source, basis


# -- the verdicts the screens, letters and reports show (issue 16: one home per rule) ---------
# The GUI, the CLI, letters and reports ask these; none recomputes them (DOMAIN D3, D4).

# DOMAIN D3.1: the company's promise for a kind the law gives no extension (a plain
# complaint, "other"): one extension of at most this many days, as for the longest legal one.
POLICY_MAX_EXTENSION_DAYS = 15


def extension_limit(kind: str, received: date) -> tuple[int, str]:
    """The longest extension of a request of `kind` received on `received` and where that
    limit comes from (DOMAIN D3.2, D3.8): the law's extension for the kind (0 under Decree
    13, which knew none: D3.7), otherwise the company practice (source "")."""
    legal = legal_deadline(kind, received)
    if legal is not None:
        return legal.max_extension_days, legal.source
    return POLICY_MAX_EXTENSION_DAYS, ""


# DOMAIN D3: a case is "due soon" (amber in the list, the dashboard tile, the start-up
# reminder) when its binding due date is today, tomorrow or the day after.
DUE_SOON_DAYS = 2
# The complaints list's "due within a week" filter.
DUE_WEEK_DAYS = 7


def due_soon(days_left: int) -> bool:
    """Whether an open case with `days_left` to its binding due date is due soon (not
    overdue: that is `days_left < 0`)."""
    return 0 <= days_left <= DUE_SOON_DAYS


# DOMAIN D3.1-D3.2: a case is settled when the requester is answered, or the case closed
# without an answer (withdrawn, duplicate, rejected...); it was settled on time when that
# day is on or before its binding due date (`due`, which includes an extension). Times are
# stored with the display zone's offset (`clock.iso_now`), so their first ten characters are
# the local day the DPO saw, which is what `due` is compared with. The same rule in SQL
# (stats, reports) and in Python (the complaints list):
SETTLED_STATUSES = ("answered", "closed")
SETTLED_AT_SQL = "COALESCE(answered_at, closed_at)"
SETTLED_ON_TIME_SQL = f"substr({SETTLED_AT_SQL}, 1, 10) <= due"


def settled_on(case: dict) -> date | None:
    """The local day the case was settled (answered, else closed), None while it is not."""
    if case["status"] not in SETTLED_STATUSES:
        return None
    stamp = case.get("answered_at") or case.get("closed_at")
    return date.fromisoformat(stamp[:10]) if stamp else None


def days_late(case: dict) -> int | None:
    """How many days after its binding due date a settled case was settled (0 or less: on
    time); None while it is not settled."""
    settled = settled_on(case)
    return None if settled is None else (settled - date.fromisoformat(case["due"])).days


# The dashboard's verdict on the share of cases settled on time over twelve months: the law
# wants every case on time (DOMAIN D3.1); the desk calls 90 % good and below 70 % poor.
ON_TIME_GOOD_RATE, ON_TIME_FAIR_RATE = 0.9, 0.7


def on_time_verdict(rate: float | None) -> str:
    """"good", "fair" or "poor" for a share (0-1) of cases settled on time; "" for none."""
    if rate is None:
        return ""
    return "good" if rate >= ON_TIME_GOOD_RATE else "fair" if rate >= ON_TIME_FAIR_RATE \
        else "poor"


# DOMAIN D4.5, Decree 356 Art. 29: the kinds of data whose breach obliges telling the people
# within SUBJECT_NOTICE_HOURS (catalogue items carry them as `special`).
SUBJECT_NOTICE_KINDS = ("location", "biometric")


def subject_notice_kinds(categories: list[dict]) -> list[str]:
    """Which of the Art. 29 kinds the data `categories` (each with its `special` kinds, as
    `incidents.category_details` gives them) involve, in the order of SUBJECT_NOTICE_KINDS."""
    found = {k for category in categories for k in category["special"]}
    return [k for k in SUBJECT_NOTICE_KINDS if k in found]


def clock_state(deadline: datetime, done_at: str | None, now: datetime) -> tuple[str, int]:
    """Where a 72-hour clock stands (DOMAIN D4.2, D4.5): ("sent", 0) or ("sent_late",
    minutes late) once done, else ("open", minutes left) or ("overdue", minutes past)."""
    import math

    if done_at:
        late = math.ceil((datetime.fromisoformat(done_at) - deadline).total_seconds() / 60)
        return ("sent_late", late) if late > 0 else ("sent", 0)
    left = math.floor((deadline - now).total_seconds() / 60)
    return ("open", left) if left >= 0 else ("overdue", -left)


# A clock still running with less than this left is urgent (amber in the incidents list, red
# on the dashboard): a day to finish the notice.
CLOCK_URGENT_HOURS = 24


def clock_urgent(state: str, minutes: int) -> bool:
    """Whether a running clock (`clock_state`) has less than CLOCK_URGENT_HOURS left."""
    return state == "open" and minutes < CLOCK_URGENT_HOURS * 60


def notice_clock(incident: dict, now: datetime) -> tuple[str, int]:
    """The authority's clock of an incident (with its computed `regime` and `notify_by`):
    `clock_state`, or ("not_required", 0) once the DPO assessed that no notice is due, where
    the law allows that assessment (DOMAIN D4.3: Law 91 only)."""
    if not incident["notified_at"] and incident["notify_decision"] == "no_notify" \
            and no_notify_allowed(incident["regime"]):
        return "not_required", 0
    state = clock_state(datetime.fromisoformat(incident["notify_by"]), incident["notified_at"],
                        now)
    # DOMAIN D4.7: once sent, the verdict of that day stands even if a time was corrected
    if incident["notified_at"] and incident.get("late") is not None and \
            incident["late"] != (state[0] == "sent_late"):
        return ("sent_late", 0) if incident["late"] else ("sent", 0)
    return state


def subjects_clock(incident: dict, now: datetime) -> tuple[str, int] | None:
    """The people's clock (DOMAIN D4.5), where location or biometric data are involved."""
    if not incident["subjects_notify_by"]:
        return None
    return clock_state(datetime.fromisoformat(incident["subjects_notify_by"]),
                       incident["subjects_notified_at"], now)
