"""The one clock of the app. Tests replace it to fix "now" (STYLE: injectable clock)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
_VIETNAM_FIXED = timezone(timedelta(hours=7), "ICT")  # Vietnam keeps +07:00 all year

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731
_zone_name = DEFAULT_TIMEZONE


def zone(name: str | None = None) -> tzinfo:
    """The display time zone; falls back to a fixed +07:00 where tzdata is missing."""
    name = name or _zone_name
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # missing tzdata (Windows without the tzdata package) or a bad name
        return _VIETNAM_FIXED


def set_zone(name: str) -> None:
    global _zone_name
    _zone_name = name


def now() -> datetime:
    """An aware datetime in the display zone."""
    return _now().astimezone(zone())


def today() -> date:
    return now().date()


def iso_now() -> str:
    """ISO 8601 with offset, to the second: how times are stored."""
    return now().isoformat(timespec="seconds")


def set_clock(fn: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); None restores the system clock."""
    global _now
    _now = fn or (lambda: datetime.now(UTC))


def freeze(at: datetime) -> None:
    set_clock(lambda: at)
