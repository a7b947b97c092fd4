"""The database file through the real program: refusals, `check`, `backup` and `restore`."""

import json
import sqlite3

import pytest

from dpo_desk.core import settings
from dpo_desk.core.desk import Desk


def stored_value(path, key: str) -> str | None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        found = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return found[0] if found else None
    finally:
        conn.close()


@pytest.fixture
def profiled(db_path):
    with Desk.create(db_path) as desk:
        settings.update(desk, {"company_name": "Sen Vàng", "tax_code": "0312345678"})
    return db_path


@pytest.mark.parametrize("command", [["settings", "show"], ["check"]], ids=lambda c: c[0])
@pytest.mark.parametrize("kind", ["text", "foreign", "newer"])
def test_refused_file_exits_2_and_stays_identical(run, db_files, kind, command):
    path = getattr(db_files, kind)()
    before = db_files.state(path)
    result = run(*command, db=path)
    assert result.returncode == 2
    assert result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith(f"dpo-desk: error: {path}: ")
    assert ("newer DPO Desk" if kind == "newer" else "not a DPO Desk file") in line
    assert db_files.state(path) == before


def test_check_passes_on_a_fresh_file(run, db_path):
    assert run("init", "--no-encryption", db=db_path).returncode == 0
    result = run("check", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ")
    result = run("check", "--json", db=db_path)
    assert result.returncode == 0
    assert json.loads(result.stdout) == {"ok": True, "audit_entries": 0, "problems": [],
                                         "head": {"id": 0, "hash": "0" * 64}}


def test_check_names_a_record_changed_behind_the_apps_back(run, profiled):
    conn = sqlite3.connect(profiled)
    conn.execute("UPDATE settings SET value = 'Công ty Giả' WHERE key = 'company_name'")
    conn.commit()
    conn.close()
    result = run("check", db=profiled)
    assert result.returncode == 1
    assert "settings company_name differs from its last audited state" in result.stdout
    assert '"Công ty Giả"' in result.stdout

    result = run("check", "--json", db=profiled)
    assert result.returncode == 1
    document = json.loads(result.stdout)
    assert set(document) == {"ok", "audit_entries", "head", "problems"}
    assert (document["ok"], document["audit_entries"]) == (False, 2)
    [problem] = document["problems"]
    assert set(problem) == {"kind", "table", "record", "detail"}
    assert (problem["kind"], problem["table"], problem["record"]) == (
        "record", "settings", "company_name")


def test_check_reports_a_damaged_file(run, db_files):
    path = db_files.corrupt()
    result = run("check", db=path)
    assert result.returncode in (1, 2)  # a problem found, or the file refused as broken
    output = result.stdout + result.stderr
    assert str(path) in output
    assert "SQLite" in output


def test_backup_then_restore_gives_back_the_old_value(run, profiled, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    result = run("backup", "--out", saved, db=profiled)
    assert result.returncode == 0, result.stderr
    assert str(saved) in result.stdout
    assert run("settings", "set", "company_name", "Đổi sau sao lưu", db=profiled).returncode == 0

    result = run("restore", saved, db=profiled)
    assert result.returncode == 0, result.stderr
    kept = next(profiled.parent.glob(f"{profiled.stem}.before-restore-*.sqlite3"))
    assert str(kept) in result.stdout
    assert stored_value(kept, "company_name") == "Đổi sau sao lưu"

    result = run("settings", "show", "--json", db=profiled)
    assert json.loads(result.stdout)["company_name"] == "Sen Vàng"
    assert run("check", db=profiled).returncode == 0


def test_backup_will_not_overwrite(run, profiled, tmp_path):
    existing = tmp_path / "existing.sqlite3"
    existing.write_text("giữ nguyên")
    result = run("backup", "--out", existing, db=profiled)
    assert result.returncode == 2
    assert str(existing) in result.stderr
    assert existing.read_text() == "giữ nguyên"


@pytest.mark.parametrize("kind", ["text", "corrupt"])
def test_restore_of_a_broken_file_changes_nothing(run, profiled, db_files, kind):
    broken = getattr(db_files, kind)()
    before = db_files.state(profiled)
    result = run("restore", broken, db=profiled)
    assert result.returncode == 2
    assert result.stderr.startswith(f"dpo-desk: error: {broken}: ")
    expected = ("not a SQLite database",) if kind == "text" else (
        "integrity", "cannot be read as a database")  # damage found by the check or on opening
    assert any(words in result.stderr for words in expected)
    assert db_files.state(profiled) == before


def test_restore_will_not_replace_a_foreign_file(run, profiled, db_files, tmp_path):
    saved = tmp_path / "saved.sqlite3"
    assert run("backup", "--out", saved, db=profiled).returncode == 0
    foreign = db_files.foreign()
    before = db_files.state(foreign)
    result = run("restore", saved, db=foreign)
    assert result.returncode == 2
    assert str(foreign) in result.stderr
    assert db_files.state(foreign) == before
