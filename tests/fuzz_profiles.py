"""Shared by the fuzz tests (issue 8, hostile input): the Hypothesis profiles and a digest of a
database that shows whether a refused input changed anything.

Two profiles are registered: "fast" (the default: tens of examples per target, the whole fuzz
suite in well under a minute, for `make test`) and "deep" (at least 10,000 examples per
target, for `make fuzz`), chosen by the environment variable DPO_DESK_FUZZ=deep. The profiles
are not loaded globally (other Hypothesis tests keep their own settings): each fuzz target is
decorated with `fuzz()`. One target is lighter on purpose: the CLI in a subprocess (~0.4 s per
example) runs 20 examples (fast) or 300 (deep); the same inputs reach `cli.main` in-process
10,000 times in deep mode. The packet flip tests are plain loops: ~50 random single-byte
flips (fast) or 1,000 (deep).

Ad hoc: DPO_DESK_FUZZ_EXAMPLES=N sets every target to N examples (and the flip loops to N
flips); DPO_DESK_FUZZ_SEED=S replays the flip loops of a reported seed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, settings

DEEP = os.environ.get("DPO_DESK_FUZZ", "").strip().lower() == "deep"
PROFILE = "deep" if DEEP else "fast"
# An ad-hoc number of examples for every target (e.g. to hunt a bug): DPO_DESK_FUZZ_EXAMPLES=N.
OVERRIDE = int(os.environ.get("DPO_DESK_FUZZ_EXAMPLES") or 0)
FAST_EXAMPLES = 75
DEEP_EXAMPLES = 10_000

_COMMON = {
    "deadline": None,  # one example may open a database or run a subprocess
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                              HealthCheck.function_scoped_fixture,
                              HealthCheck.large_base_example, HealthCheck.filter_too_much],
    "print_blob": True,  # a failure prints the line that replays it
}
settings.register_profile("fast", max_examples=FAST_EXAMPLES, **_COMMON)
settings.register_profile("deep", max_examples=DEEP_EXAMPLES, **_COMMON)


def fuzz(fast: int | None = None, deep: int | None = None) -> settings:
    """The settings of one fuzz target: the active profile, with another number of examples
    where a target is costly (a subprocess per example)."""
    base = settings.get_profile(PROFILE)
    wanted = OVERRIDE or (deep if DEEP else fast)
    return settings(base, max_examples=wanted) if wanted else base


def examples(fast: int, deep: int) -> int:
    """A loop count (not a Hypothesis target) by the active profile."""
    return OVERRIDE or (deep if DEEP else fast)


# -- the database before and after ---------------------------------------------------------

def db_digest(target) -> tuple[str, int]:
    """SHA-256 over every row of every table (and the schema), and the number of audit
    entries: equal before and after = nothing was written."""
    conn = sqlite3.connect(str(target)) if isinstance(target, Path | str) else target
    try:
        digest = hashlib.sha256()
        for (pragma,) in (("user_version",), ("application_id",)):
            digest.update(repr(conn.execute(f"PRAGMA {pragma}").fetchone()).encode())
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            digest.update(f"\0table {table}\0".encode())
            rows = sorted(repr(row) for row in conn.execute(f"SELECT * FROM [{table}]"))
            for row in rows:
                digest.update(row.encode("utf-8", "surrogatepass"))
        audit_entries = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        return digest.hexdigest(), audit_entries
    finally:
        if conn is not target:
            conn.close()


class Scratch:
    """A database copied from a template: refused inputs must leave it as it is; after an
    accepted one, `reset()` starts again from the template (so the database stays small and
    the digest cheap, however many examples run)."""

    def __init__(self, template: Path, folder: Path):
        self.template = template
        self.path = folder / "scratch.sqlite3"
        self.desk = None
        self.reset()

    def reset(self):
        from dpo_desk.core.desk import Desk

        self.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(self.template, self.path)
        accept_put_back(self.path)
        self.desk = Desk.open(self.path)
        return self.desk

    def digest(self, *, fresh: bool = False) -> tuple[str, int]:
        """The digest through the open desk, or (`fresh`) through a new connection, as a
        check of what another process wrote should."""
        return db_digest(self.path if fresh else self.desk.conn)

    def close(self) -> None:
        if self.desk is not None:
            self.desk.close()
            self.desk = None


def accept_put_back(path: Path) -> None:
    """The template copied over the scratch file is an older state put back on purpose: this
    computer's anchor (core/anchors.py) is set to it, as a restore through the app does."""
    from dpo_desk.core import anchors

    conn = sqlite3.connect(path)
    try:
        database_id = conn.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
        head = conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    finally:
        conn.close()
    if database_id and head:
        anchors.remember(database_id[0], head, path, reset=True)


def make_template(path: Path, *, demo: bool = True) -> Path:
    """A closed database file (no -wal beside it) to copy: the demo company if asked."""
    from dpo_desk.core import demo as demo_data
    from dpo_desk.core.desk import Desk

    with Desk.create(path) as desk:
        if demo:
            demo_data.fill(desk, seed=1)
        desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path
