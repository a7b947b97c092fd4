"""Core's announcements (core/events.py): settings and the calendar announce a change of the
working days without importing complaints, and complaints, listening, move their deadlines."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from dpo_desk.core import audit, clock, complaints, events
from dpo_desk.core.desk import Desk

CORE = Path(events.__file__).parent

CASE = {"received_on": "2026-02-10", "channel": "email", "kind": "complaint",
        "requester_name": "Nguyễn Thị Hồng Nhung", "requester_contact": "nhung@example.vn",
        "complexity": "simple", "summary": "Khiếu nại về email quảng cáo"}

# A program that never imports complaints itself changes the weekly rest days.
SETTINGS_ONLY = """
import sys
from dpo_desk.core import settings
from dpo_desk.core.desk import Desk
assert "dpo_desk.core.complaints" not in sys.modules, "complaints was loaded before the change"
with Desk.open(sys.argv[1]) as desk:
    settings.update(desk, {"weekly_rest": "sun"})
"""


def listening_modules() -> set[str]:
    """The core modules that call events.listen(...)."""
    found = set()
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "listen" and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "events"):
                found.add("dpo_desk.core." + path.relative_to(CORE).with_suffix("")
                          .as_posix().replace("/", "."))
    return found


def test_the_listeners_list_names_exactly_the_modules_that_listen():
    assert listening_modules() == set(events.LISTENERS), (
        "core/events.py LISTENERS must name every module that calls events.listen()")


def test_a_weekly_rest_change_reaches_complaints_not_yet_imported(db_path):
    clock.freeze(datetime(2026, 2, 12, 3, 0, tzinfo=UTC))
    with Desk.create(db_path) as desk:
        case = complaints.create(desk, CASE)
        before = complaints.get(desk, case)["due"]
    done = subprocess.run([sys.executable, "-c", SETTINGS_ONLY, str(db_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with Desk.open(db_path) as desk:
        after = complaints.get(desk, case)["due"]
        assert audit.verify(desk) == []
    assert (before, after) == ("2026-02-23", "2026-02-21")  # the Saturdays are worked now
