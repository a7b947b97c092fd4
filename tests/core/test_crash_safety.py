"""Crash safety: a writer process killed (SIGKILL) at random moments never leaves a damaged
file, a broken audit trail or a lost write. Each child writes register entries, batches of
entries (one transaction), complaints, settings, note edits, deletes and checkpoints, and
prints "committed ..." only after each transaction has committed; the next child goes on
with the same file."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dpo_desk.core import audit, cipher, complaints, register, settings
from dpo_desk.core.desk import Desk, key_for

ROOT = Path(__file__).resolve().parents[2]
KILLS = 24
SEED = 20260311

WRITER = r'''
import random
import sys

from dpo_desk.core import clock, complaints, register, settings
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError

path, run, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
desk = Desk.open(path, passphrase=sys.argv[4] if len(sys.argv) > 4 else None)


def said(*words):
    print("committed", *words, flush=True)


def entry(name):
    return {"name": name, "subjects": ["customers"], "items": ["EMAIL", "PHONE"],
            "purpose": ["Giao hàng"], "legal_basis": "contract", "notes": "ghi chú " * 40}


def some_entry(like="%"):
    return desk.scalar("SELECT id FROM register_entries WHERE name LIKE ? "
                       "ORDER BY random() LIMIT 1", (like,))


n = 0
while True:
    n += 1
    tag = f"{run:03d}-{n:06d}"
    kind = rng.choices(("entry", "batch", "complaint", "setting", "notes", "delete",
                        "checkpoint"), weights=(4, 2, 3, 3, 3, 1, 1))[0]
    if kind == "entry":
        said("entry", register.create(desk, entry(f"Mục {tag}")), f"Mục {tag}")
    elif kind == "batch":
        with desk.transaction():
            ids = [register.create(desk, entry(f"Lô {tag} số {k}")) for k in range(5)]
        for k, entry_id in enumerate(ids):
            said("entry", entry_id, f"Lô {tag} số {k}")
    elif kind == "complaint":
        linked = some_entry()
        case_id = complaints.create(desk, {
            "received_on": clock.today().isoformat(), "channel": "email", "kind": "access",
            "requester_name": f"Người {tag}", "requester_contact": "a@example.vn",
            "complexity": "simple", "summary": "Xin bản sao dữ liệu"},
            register_entries=(linked,) if linked else ())
        said("complaint", case_id, linked or 0, f"Người {tag}")
    elif kind == "setting":
        settings.update(desk, {"company_name": f"Công ty {tag}"})
        said("setting", tag)
    elif kind == "notes" and (entry_id := some_entry()):
        register.update(desk, entry_id, {"notes": f"Sửa {tag}"})
        said("notes", entry_id, tag)
    elif kind == "delete" and (entry_id := some_entry("Mục %")):  # batches stay whole
        print("deleting", entry_id, flush=True)  # committed unreported if killed after it
        try:
            register.delete(desk, entry_id)
        except DeskError:  # a complaint refers to it
            print("kept", entry_id, flush=True)
            continue
        said("delete", entry_id)
    elif kind == "checkpoint":
        desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
'''


class Ledger:
    """What the children reported as committed: all of it must be in the file."""

    def __init__(self):
        self.entries: dict[int, str] = {}
        self.deleted: dict[int, str] = {}  # id -> name (SQLite may give the id out again)
        self.deleting: set[int] = set()  # deletes begun, not reported (yet)
        self.notes: dict[int, str] = {}
        self.complaints: dict[int, tuple[int, str]] = {}
        self.setting = ""
        self.count = 0

    def read(self, output: str) -> None:
        for line in output.splitlines(keepends=True):
            if line.startswith(("deleting ", "kept ")) and line.endswith("\n"):
                action, entry_id = line.split()
                (self.deleting.add if action == "deleting" else self.deleting.discard)(
                    int(entry_id))
            if not line.endswith("\n") or not line.startswith("committed "):
                continue  # a line cut by the kill was not reported
            kind, *rest = line.split(maxsplit=1)[1].rstrip("\n").split(" ", 1)
            self.count += 1
            if kind == "entry":
                entry_id, name = rest[0].split(" ", 1)
                self.entries[int(entry_id)] = name
                self.deleted.pop(int(entry_id), None)
                self.deleting.discard(int(entry_id))
            elif kind == "complaint":
                case_id, linked, name = rest[0].split(" ", 2)
                self.complaints[int(case_id)] = (int(linked), name)
            elif kind == "setting":
                self.setting = rest[0]
            elif kind == "notes":
                entry_id, tag = rest[0].split(" ")
                self.notes[int(entry_id)] = tag
            elif kind == "delete":
                entry_id = int(rest[0])
                self.deleted[entry_id] = self.entries.pop(entry_id, "")
                self.deleting.discard(entry_id)
                self.notes.pop(entry_id, None)

    def check(self, desk: Desk) -> None:
        unsure = self.deleting  # deleted, or not, or deleted and the id given out again
        for entry_id, name in self.entries.items():
            if entry_id not in unsure:
                assert register.get(desk, entry_id)["name"] == name
        for entry_id, name in self.deleted.items():
            row = desk.get(register.TABLE, entry_id)
            assert row is None or row["name"] != name
        for entry_id, tag in self.notes.items():
            if entry_id not in unsure:
                stored = register.get(desk, entry_id)["notes"]
                # A later edit may have committed just before the kill, unreported.
                assert stored.startswith("Sửa ") and stored[4:] >= tag, (entry_id, tag)
        for case_id, (linked, name) in self.complaints.items():
            assert complaints.get(desk, case_id)["requester_name"] == name
            assert complaints.linked_entries(desk, case_id) == ([linked] if linked else [])
        if self.setting:
            assert settings.get(desk, "company_name") >= f"Công ty {self.setting}"
        batches = desk.rows("SELECT substr(name, 1, 13) AS batch, count(*) AS n "
                            "FROM register_entries WHERE name LIKE 'Lô %' GROUP BY batch")
        assert all(b["n"] == 5 for b in batches), batches  # a batch is whole or absent


def integrity(path: Path, passphrase: str | None = None) -> list[str]:
    key = key_for(path, lambda: passphrase)  # None for a plain file
    conn = cipher.connect(str(path), key)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


def _read_until_committed(child: subprocess.Popen, writes: int) -> str:
    """The child's output up to its `writes`-th "committed" line (all of it if it ends)."""
    lines: list[str] = []
    while sum(line.startswith("committed ") for line in lines) < writes:
        line = child.stdout.readline()
        if not line:
            break
        lines.append(line)
    return "".join(lines)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("passphrase", [None, "bốn chữ rất dài 2026"], ids=["plain", "encrypted"])
def test_a_writer_killed_at_random_moments_loses_nothing_committed(tmp_path, passphrase):
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    path = tmp_path / "desk.sqlite3"
    Desk.create(path, passphrase=passphrase).close()
    extra = [passphrase] if passphrase else []  # the writer's passphrase argument
    rng = random.Random(SEED)
    ledger = Ledger()
    survived = 0
    started = time.monotonic()
    for run in range(KILLS):
        child = subprocess.Popen([sys.executable, str(script), str(path), str(run),
                                  str(rng.randrange(1 << 30)), *extra], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 encoding="utf-8")
        # The kill lands after a random number of reported writes (none: while it starts),
        # counted from the child's own output, so a slow or busy machine moves it nowhere.
        seen = _read_until_committed(child, rng.choice((0, 1, 3, 6, 10, 15)))
        child.send_signal(signal.SIGKILL)
        output, errors = child.communicate(timeout=10)
        assert child.returncode == -signal.SIGKILL, errors  # it was writing, not failing
        ledger.read(seen + output)

        assert integrity(path, passphrase) == ["ok"]
        with Desk.open(path) as desk:  # the key of the encrypted file: known since `integrity`
            assert audit.verify(desk) == []
            ledger.check(desk)
        survived += 1
    elapsed = time.monotonic() - started
    print(f"{survived} kills survived, {ledger.count} committed writes checked, "
          f"{elapsed:.1f} s")
    assert survived == KILLS
    assert ledger.count > 100  # the kills did land among writes
