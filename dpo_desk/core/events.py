"""Announcements inside core: a module whose change other modules derive data from announces
the change, and the modules holding the derived data listen, so that the announcer need not
import them (no import cycles in core; the callback bus of Electrum in STYLE).

Two announcements: the working days changed (the weekly rest days in settings, a day off or
a working day in the calendar), complaints listen and recompute their stored deadlines; a
breach document was sent (the incident steps that record a sending), letters listen and keep
the document as sent (DOMAIN D4.7), rendered then unless the file sent is given.
A listener runs inside the announcer's transaction, so the change and what derives from it are
saved together or not at all.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

WORKING_DAYS_CHANGED = "working days changed"
# details: incident_id, kind (authority, subjects), sent_file ((name, bytes) or None)
DOCUMENT_SENT = "breach document sent"

# The modules that listen. They register when imported, and announce() imports them first, so
# that a program which changes the working days without ever importing complaints (`dpo-desk
# settings set weekly_rest ...`) still reaches them, and no start pays for loading them early.
# tests/core/test_events.py checks that this names exactly the modules that call listen().
LISTENERS = ("dpo_desk.core.complaints", "dpo_desk.core.letters")

_listeners: dict[str, list[Callable[..., object]]] = {}


def listen(event: str, listener: Callable[..., object]) -> None:
    """Call `listener(desk, **details)` after every announcement of `event` (once per
    listener)."""
    registered = _listeners.setdefault(event, [])
    if listener not in registered:
        registered.append(listener)


def announce(desk: Desk, event: str, **details) -> None:
    """Tell the listeners of `event` (with its `details`); call it inside the transaction that
    made the change."""
    for module in LISTENERS:
        importlib.import_module(module)
    for listener in _listeners.get(event, ()):
        listener(desk, **details)
