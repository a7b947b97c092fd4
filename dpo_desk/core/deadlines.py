"""Due dates under Vietnamese rules (DOMAIN D3).

Counting (Civil Code 2015 Art. 147-148, DOMAIN D3.3): a period of days starts the day after
receipt and ends at 24:00 of its last day; a last day that is a weekly rest day or a public
holiday moves to the next working day (roll-forward; the company's promise may switch it off,
the law's deadlines never). Working days skip weekly rest days and public holidays.

The calendar (DOMAIN D3.4) is Vietnam's public holidays from the `holidays` package, which
knows the lunar dates, substitute days and swapped working Saturdays, corrected by the DPO's
overrides stored in the database (the Prime Minister fixes Tết and National Day each year).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from dpo_desk.core import events, rules

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DEFAULT_WEEKLY_REST = ("sat", "sun")
OVERRIDES_TABLE = "calendar_overrides"
SWAPPED_WORKDAY_NAME = {"vi": "Ngày làm bù", "en": "Working day (swapped)"}


@dataclass(frozen=True)
class Override:
    day: date
    kind: str  # "day_off", "working_day" or "removed" (a law holiday the DPO struck out)
    name: str


@dataclass(frozen=True)
class Day:
    """A day the `holidays` package proposes, with where it comes from (DOMAIN D3.4)."""

    name: str
    source: str  # "law", "government" or "unconfirmed" (rules.HOLIDAY_SOURCES)
    basis: str

    @property
    def counts(self) -> bool:
        return self.source in rules.COUNTING_SOURCES


@dataclass
class Calendar:
    """Which days are working days: weekly rest, the law's holidays, the DPO's overrides.

    DOMAIN D3.4: only the law's days (Labour Code Art. 112 and the substitute days of Art.
    111(3)) and the DPO's overrides count. The Government's swaps for the civil service
    (the day off and the Saturday worked for it) and unconfirmed days are listed with their
    source but change nothing until the DPO adds them."""

    weekly_rest: tuple[str, ...] = DEFAULT_WEEKLY_REST
    overrides: dict[date, Override] = field(default_factory=dict)
    language: str = "vi"
    _years: dict[int, tuple[dict[date, Day], dict[date, Day]]] = field(default_factory=dict)

    def _law(self, year: int) -> tuple[dict[date, Day], dict[date, Day]]:
        """The year's days off and swapped working Saturdays as the package has them."""
        if year not in self._years:
            import holidays

            # classified by their Vietnamese names, shown in the calendar's language
            table = holidays.country_holidays("VN", years=year, language="vi")
            shown = table if self.language != "en" else holidays.country_holidays(
                "VN", years=year, language="en_US")
            days = {d: Day(shown.get(d, n), *rules.holiday_source(n))
                    for d, n in table.items() if d.year == year}
            swapped_name = SWAPPED_WORKDAY_NAME.get(self.language, SWAPPED_WORKDAY_NAME["vi"])
            swapped = {d: Day(swapped_name, "government", rules.GOVERNMENT_BASIS)
                       for d in table.weekend_workdays if d.year == year}
            self._years[year] = (days, swapped)
        return self._years[year]

    def days_off(self, year: int) -> list[dict]:
        """The year's days off after overrides: [{"date", "name", "source", "basis",
        "counts"}]; days that do not count (government, unconfirmed) are listed too."""
        law, _ = self._law(year)
        out = {d: _entry(d, day.name, day.source, day.basis) for d, day in law.items()}
        for day, override in self.overrides.items():
            if day.year != year:
                continue
            if override.kind in ("removed", "working_day"):
                out.pop(day, None)
            elif override.kind == "day_off":
                out[day] = _entry(day, override.name, "override")
        return [out[d] for d in sorted(out)]

    def working_days(self, year: int) -> list[dict]:
        """Rest days that are worked, or that the Government swapped for the civil service
        (those do not count): [{"date", "name", "source", "basis", "counts"}]."""
        _, swapped = self._law(year)
        out = {d: _entry(d, day.name, day.source, day.basis) for d, day in swapped.items()}
        for day, override in self.overrides.items():
            if day.year == year and override.kind == "working_day":
                out[day] = _entry(day, override.name, "override")
            elif day.year == year and override.kind == "day_off":
                out.pop(day, None)
        return [out[d] for d in sorted(out)]

    def is_working_day(self, day: date) -> bool:
        override = self.overrides.get(day)
        if override is not None and override.kind == "working_day":
            return True
        if override is not None and override.kind == "day_off":
            return False
        if WEEKDAYS[day.weekday()] in self.weekly_rest:
            return False
        law, _ = self._law(day.year)
        found = law.get(day)
        return found is None or not found.counts or \
            (override is not None and override.kind == "removed")

    def next_working_day(self, day: date) -> date:
        """`day` itself if it is a working day, else the first working day after it."""
        for _ in range(366):
            if self.is_working_day(day):
                return day
            day += timedelta(days=1)
        raise ValueError("no working day within a year: check the weekly rest days")

    def add_working_days(self, start: date, count: int) -> date:
        """The `count`-th working day after `start` (start itself not counted)."""
        day = start
        for _ in range(count):
            day = self.next_working_day(day + timedelta(days=1))
        return day


def _entry(day: date, name: str, source: str, basis: str = "") -> dict:
    return {"date": day.isoformat(), "name": name, "source": source, "basis": basis,
            "counts": source in rules.COUNTING_SOURCES}


def due_date(received: date, days: int, *, working: bool = False, roll: bool = True,
             calendar: Calendar | None = None) -> date:
    """The last day of a period of `days` days from `received` (DOMAIN D3.3)."""
    if days < 0:
        raise ValueError("days must be 0 or more")
    calendar = calendar or Calendar()
    if working:
        return calendar.add_working_days(received, days)
    last = received + timedelta(days=days)
    return calendar.next_working_day(last) if roll else last


# -- one case -----------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseDeadlines:
    policy_due: date
    legal_due: date | None
    ack_due: date | None
    due: date
    binding: str  # "policy" or "law"
    legal_source: str | None
    max_extension_days: int | None


def case_deadlines(*, received: date, kind: str, policy_days: int, policy_working: bool,
                   third_party: bool = False, policy_roll: bool = True,
                   calendar: Calendar | None = None) -> CaseDeadlines:
    """The company's promise, the law's deadline and which of them binds (DOMAIN D3.2)."""
    calendar = calendar or Calendar()
    policy_due = due_date(received, policy_days, working=policy_working, roll=policy_roll,
                          calendar=calendar)
    legal = rules.legal_deadline(kind, received)
    legal_due = ack_due = None
    if legal is not None:
        days = legal.third_party_days if third_party and legal.third_party_days else \
            legal.complete_days
        # Decree 356's days always roll; Decree 13's 72 hours never do (DOMAIN D3.3, D3.7)
        legal_due = due_date(received, days, roll=legal.roll, calendar=calendar)
        if legal.ack_working_days is not None:
            ack_due = calendar.add_working_days(received, legal.ack_working_days)
    if legal_due is not None and legal_due < policy_due:
        due, binding = legal_due, "law"
    else:
        due, binding = policy_due, "policy"
    return CaseDeadlines(policy_due, legal_due, ack_due, due, binding,
                         legal.source if legal else None,
                         legal.max_extension_days if legal else None)


def days_left(due: date, today: date) -> int:
    """Whole days until the due date: 0 on the day itself, negative when overdue."""
    return (due - today).days


# -- the DPO's calendar -------------------------------------------------------------------

def parse_weekly_rest(text: str) -> tuple[str, ...]:
    days = tuple(d.strip().lower()[:3] for d in text.split(",") if d.strip())
    return tuple(d for d in WEEKDAYS if d in days)


def load_calendar(desk: Desk, *, language: str | None = None) -> Calendar:
    """The calendar of this database: weekly rest days from settings, its overrides."""
    from dpo_desk.core import settings

    values = settings.get_all(desk)
    overrides = {date.fromisoformat(r["date"]): Override(date.fromisoformat(r["date"]),
                                                         r["kind"], r["name"])
                 for r in desk.rows(f"SELECT date, kind, name FROM {OVERRIDES_TABLE}")}
    return Calendar(weekly_rest=parse_weekly_rest(values["weekly_rest"]), overrides=overrides,
                    language=language or values["language"])


def _recompute(desk: Desk) -> None:
    events.announce(desk, events.WORKING_DAYS_CHANGED)


def _check_day(text: str) -> date:
    from dpo_desk.core import limits
    from dpo_desk.core.errors import ValidationError

    try:
        day = date.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValidationError.single("date", "Not a date (expected YYYY-MM-DD)") from None
    return limits.check_date("date", day)


def _check_name(name: str) -> None:
    from dpo_desk.core import limits

    limits.check_text("name", name)


def add_day_off(desk: Desk, day: str, name: str) -> None:
    from dpo_desk.core.errors import ValidationError

    when = _check_day(day)
    if not name.strip():
        raise ValidationError.single("name", "Required")
    _check_name(name.strip())
    calendar = load_calendar(desk)
    if not calendar.is_working_day(when) and when not in calendar.overrides:
        raise ValidationError.single("date", "{date} is already a day off", date=day)
    with desk.transaction():
        desk.put(OVERRIDES_TABLE, when.isoformat(), {"kind": "day_off", "name": name.strip()})
        _recompute(desk)


def add_working_day(desk: Desk, day: str, name: str) -> None:
    """Declare a day worked although it is a rest day (a swapped Saturday)."""
    from dpo_desk.core.errors import ValidationError

    when = _check_day(day)
    if not name.strip():
        raise ValidationError.single("name", "Required")
    _check_name(name.strip())
    if load_calendar(desk).is_working_day(when):
        raise ValidationError.single("date", "{date} is already a working day", date=day)
    with desk.transaction():
        desk.put(OVERRIDES_TABLE, when.isoformat(), {"kind": "working_day",
                                                     "name": name.strip()})
        _recompute(desk)


def remove_day(desk: Desk, day: str) -> str:
    """Undo an override, or strike a law holiday from the calendar; returns what was done."""
    from dpo_desk.core.errors import ValidationError

    when = _check_day(day)
    with desk.transaction():
        if desk.get(OVERRIDES_TABLE, when.isoformat()) is not None:
            desk.delete(OVERRIDES_TABLE, when.isoformat())
            _recompute(desk)
            return "override removed"
        law = {d["date"]: d for d in load_calendar(desk).days_off(when.year)
               if d["source"] == "law"}
        if when.isoformat() in law:
            desk.put(OVERRIDES_TABLE, when.isoformat(), {"kind": "removed",
                                                         "name": law[when.isoformat()]["name"]})
            _recompute(desk)
            return "holiday removed"
    raise ValidationError.single("date", "{date} is neither a counted day off nor an override",
                                 date=day)
