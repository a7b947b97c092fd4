"""How stored values are shown: times in the display zone, sizes, dates."""

from __future__ import annotations

from datetime import datetime

from dpo_desk.core import clock


def local_time(iso: str | None, *, seconds: bool = False) -> str:
    """An ISO 8601 time with offset, shown as dd/mm/yyyy HH:MM in the display zone."""
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone(clock.zone())
    return moment.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def file_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"
