"""The one clock of the app. Tests replace it to fix "now" (STYLE: injectable clock).

`DPO_DESK_NOW` (ISO 8601 with offset) starts the whole process's clock at that instant, from
where it runs on at the real pace: the tests run the real program in a subprocess at a known
hour, and a demo can be made for a given day.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
_VIETNAM_FIXED = timezone(timedelta(hours=7), "ICT")  # Vietnam keeps +07:00 all year



def _system() -> datetime:
    return datetime.now(UTC)


def running_from(start: datetime) -> Callable[[], datetime]:
    """A clock that reads `start` now and runs on at the pace of the monotonic clock."""
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)


def _from_environment() -> Callable[[], datetime]:
    pinned = os.environ.get("DPO_DESK_NOW")
    if not pinned:
        return _system
    try:
        start = datetime.fromisoformat(pinned)
        if start.tzinfo is None:
            raise ValueError("no UTC offset")
    except ValueError as error:
        print(f"dpo-desk: DPO_DESK_NOW ignored ({pinned!r}: {error})", file=sys.stderr)
        return _system
    return running_from(start)


_now: Callable[[], datetime] = _from_environment()
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
    """Replace the clock (tests); None restores the process's clock (DPO_DESK_NOW or the
    system clock)."""
    global _now
    _now = fn or _from_environment()


def freeze(at: datetime) -> None:
    set_clock(lambda: at)
