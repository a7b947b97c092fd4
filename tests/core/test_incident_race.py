"""Two programs stepping the same incidents at the same moment (issue 13): each step reads,
checks and writes in one transaction, so the same step is never taken twice and a closed
incident is never re-opened."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from dpo_desk.core import audit, clock, incidents
from dpo_desk.core.desk import Desk

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 40
STEPPER = r'''
import os
import sys

from dpo_desk.core import incidents
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError

path, state, at, go = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
ids = sys.argv[5].split(",")
# the notice as sent is kept in the step's transaction (DOMAIN D4.7): once, like the step
extra = {"channel": "portal", "sent_file": ("notice.pdf", b"%PDF-1.7 " + at.encode())} \
    if state == "authority_notified" else {}
desk = Desk.open(path)
print("ready", flush=True)
while not os.path.exists(go):  # both programs start together (the test waits with a timeout)
    pass
for incident_id in ids:
    try:
        incidents.transition(desk, int(incident_id), state, at=at, **extra)
        print("done", incident_id, flush=True)
    except DeskError:
        print("refused", incident_id, flush=True)
desk.close()
'''


def _contained(desk: Desk) -> int:
    incident_id = incidents.create(desk, {
        "title": "Lộ danh sách khách hàng", "detected_at": "2026-03-02T09:30:00+07:00",
        "data_categories": ["Họ tên"], "notify_decision": "no_notify"})
    incidents.transition(desk, incident_id, "contained", at="2026-03-02T10:00:00+07:00")
    return incident_id


def _race(db_path: Path, tmp_path: Path, states: tuple[str, str], ids: list[int]) -> list[str]:
    """Each program takes its step on every incident, in the same order, at the same time
    (each with its own time of the step, so that a second write would change the record;
    the first program's the latest, so that its step may follow the other's: steps are
    refused before the incident's previous one)."""
    script = tmp_path / "stepper.py"
    script.write_text(STEPPER, encoding="utf-8")
    go = tmp_path / f"go-{states[0]}-{states[1]}"
    joined = ",".join(map(str, ids))
    steppers = [subprocess.Popen([sys.executable, str(script), str(db_path), state,
                                  f"2026-03-03T09:0{len(states) - n}:00+07:00", str(go),
                                  joined], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for n, state in enumerate(states)]
    try:
        for stepper in steppers:
            assert stepper.stdout.readline() == "ready\n"
        go.touch()
        outputs = [stepper.communicate(timeout=120) for stepper in steppers]
    finally:
        for stepper in steppers:
            stepper.kill()
    for (out, err), stepper in zip(outputs, steppers, strict=True):
        assert stepper.returncode == 0, err
        assert out.count("\n") == len(ids), err
    return [out for out, _ in outputs]


def _steps(desk: Desk, incident_id: int) -> list[str]:
    """Every change of the incident, from its audit trail: the notes of its steps."""
    entries = audit.entries(desk, table=incidents.TABLE, record_id=str(incident_id),
                            limit=1000)
    return [entry["note"] for entry in sorted(entries, key=lambda e: e["id"])]


def test_two_programs_never_take_the_same_step_twice(db_path, tmp_path):
    clock.freeze(datetime(2026, 3, 4, 2, 0, tzinfo=UTC))
    with Desk.create(db_path) as desk:
        ids = [_contained(desk) for _ in range(ROUNDS)]
    _race(db_path, tmp_path, ("authority_notified", "authority_notified"), ids)
    with Desk.open(db_path) as desk:
        for incident_id in ids:
            assert _steps(desk, incident_id) == [
                "incident logged", "discovered → contained", "contained → authority_notified"]
            assert desk.scalar("SELECT count(*) FROM attachments WHERE owner_id = ? AND "
                               "document = 'authority'", (incident_id,)) == 1
        assert audit.verify(desk) == []


def test_a_closed_incident_is_never_reopened(db_path, tmp_path):
    clock.freeze(datetime(2026, 3, 4, 2, 0, tzinfo=UTC))
    with Desk.create(db_path) as desk:
        ids = [_contained(desk) for _ in range(ROUNDS)]
    closer, assessor = _race(db_path, tmp_path, ("closed", "assessed"), ids)
    with Desk.open(db_path) as desk:
        for incident_id in ids:
            steps = _steps(desk, incident_id)
            assert steps[2:] in (["contained → closed"],  # closed first: assessing refused
                                 ["contained → assessed", "assessed → closed"]), steps
            assert incidents.get(desk, incident_id)["status"] == "closed"
        assert audit.verify(desk) == []
    assert closer.count("done") == ROUNDS  # the close always applies, after an assessment too
