"""The one clock: pinned for every test and every program a test runs (DPO_DESK_NOW)."""

import os
import subprocess
import sys
from datetime import datetime, timedelta

from dpo_desk.core import clock
from tests.conftest import PINNED_NOW

PINNED = datetime.fromisoformat(PINNED_NOW)


def test_every_test_starts_at_the_pinned_instant():
    assert timedelta(0) <= clock.now() - PINNED < timedelta(minutes=5)
    assert clock.now().utcoffset() == timedelta(hours=7)


def test_the_pinned_clock_runs_on():
    first = clock.now()
    later = [clock.now() for _ in range(1000)][-1]
    assert later >= first


def test_a_freeze_lasts_one_test_only():
    clock.freeze(datetime(2025, 12, 31, 23, 59, tzinfo=PINNED.tzinfo))
    assert clock.today().isoformat() == "2025-12-31"
    clock.set_clock(None)
    assert clock.today() == PINNED.date()


def test_a_program_started_by_a_test_reads_the_pinned_clock():
    printed = subprocess.run(
        [sys.executable, "-c", "from dpo_desk.core import clock; print(clock.now().isoformat())"],
        capture_output=True, text=True, timeout=60, env=os.environ)
    assert printed.returncode == 0, printed.stderr
    assert timedelta(0) <= datetime.fromisoformat(printed.stdout.strip()) - PINNED \
        < timedelta(minutes=5)


def test_a_bad_pinned_value_is_named_and_ignored():
    printed = subprocess.run(
        [sys.executable, "-c", "from dpo_desk.core import clock; print(clock.now().year)"],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "DPO_DESK_NOW": "2026-12-02 10:30"})
    assert printed.returncode == 0
    assert "DPO_DESK_NOW ignored ('2026-12-02 10:30': no UTC offset)" in printed.stderr
    assert printed.stdout.strip().isdigit()
