"""Every frozen database we ever shipped still opens, upgraded, with its data and audit
trail intact (tests/fixtures/make_fixtures.py writes them; STYLE: Electrum's upgrade tests)."""

import hashlib
import importlib.util
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from dpo_desk.core import audit, backup, eventlog, settings
from dpo_desk.core.desk import APPLICATION_ID, Desk
from dpo_desk.core.migrations import ERASABLE_SCHEMA, SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
def fixture_version(path: Path) -> int:
    return int(re.fullmatch(r"schema-(\d+)\.sqlite3", path.name)[1])


FROZEN = sorted(FIXTURES.glob("schema-*.sqlite3"), key=fixture_version)


def read(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_there_is_a_frozen_file_for_every_shipped_schema():
    assert [fixture_version(p) for p in FROZEN] == list(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.name for p in FROZEN])
def test_frozen_file_opens_and_keeps_its_data(frozen, tmp_path):
    digest = hashlib.sha256(frozen.read_bytes()).hexdigest()
    version = fixture_version(frozen)
    assert read(frozen, "PRAGMA user_version") == [(version,)]
    assert read(frozen, "PRAGMA application_id") == [(APPLICATION_ID,)]
    stored = dict(read(frozen, "SELECT key, value FROM settings"))
    chain = read(frozen, "SELECT id, hash FROM audit_log ORDER BY id")
    assert stored["company_name"] and chain  # the fixture holds data worth keeping

    copy = tmp_path / frozen.name
    shutil.copyfile(frozen, copy)
    # sealed on another computer (its maker's key): named, then adopted
    upgrade_backup = None
    if version >= ERASABLE_SCHEMA:  # older files are re-linked and sealed at the upgrade
        with Desk.open(copy) as desk:
            upgrade_backup = desk.backup_path  # opening upgrades a file of an older schema
            assert [p.kind for p in audit.verify(desk)] == ["seal"]
            assert "sealed with a key this computer does not have" in audit.verify(desk)[0].message
        adopted = tmp_path / "adopted.sqlite3"
        backup.restore(adopted, copy)
        copy = adopted
    with Desk.open(copy) as desk:
        assert desk.schema_version == SCHEMA_VERSION
        made = desk.backup_path or upgrade_backup
        if version < SCHEMA_VERSION:
            assert made is not None and made.is_file()
        else:
            assert made is None
        values = settings.get_all(desk)
        assert {key: str(values[key]) for key in stored} == stored
        upgraded = desk.rows("SELECT id, hash, legacy_hash, note FROM audit_log ORDER BY id")
        if version < ERASABLE_SCHEMA:  # re-linked over content hashes, each keeping its old hash
            assert [(r["id"], r["legacy_hash"]) for r in upgraded[:len(chain)]] == chain
            assert not {r["hash"] for r in upgraded} & {h for _i, h in chain}
            assert upgraded[len(chain)]["note"] == (
                f"schema upgrade to {ERASABLE_SCHEMA}: audit trail format 2 (content hashes); "
                f"old head {chain[-1][0]}:{chain[-1][1][:12]}")
            # anchors printed on documents before the upgrade still hold
            assert audit.held_anchor(desk, chain[-1][0], chain[-1][1][:12]) is None
            assert audit.held_anchor(desk, 1, chain[0][1][:12]) is None
        else:
            assert [(r["id"], r["hash"]) for r in upgraded[:len(chain)]] == chain
        # an upgrade that reshaped an audited table records each record's new state
        assert all(r["note"].startswith(("schema upgrade to ", "restored from a backup"))
                   for r in upgraded[len(chain):])
        assert audit.verify(desk) == []
        # every note got its timeline event at the upgrade (schema 10), which writes it back
        events = desk.rows("SELECT note, event, event_params FROM audit_log "
                           "WHERE note IS NOT NULL")
        assert events and all(eventlog.of_entry(e).note() == e["note"] for e in events)
        # Still writable, and the chain continues from the frozen head.
        settings.update(desk, {"company_name": stored["company_name"] + " (mới)"})
        assert audit.verify(desk) == []
        assert desk.rows("SELECT prev_hash FROM audit_log ORDER BY id DESC LIMIT 1") == [
            {"prev_hash": upgraded[-1]["hash"]}]
    assert hashlib.sha256(frozen.read_bytes()).hexdigest() == digest


def test_the_fixture_script_still_works_and_never_overwrites(tmp_path, monkeypatch):
    monkeypatch.setenv("LOGNAME", "unchanged")  # the script sets it; restored after
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    made = script.make(tmp_path)
    assert made == tmp_path / f"schema-{SCHEMA_VERSION}.sqlite3"
    assert sorted(p.name for p in tmp_path.iterdir()) == [made.name]
    assert read(made, "PRAGMA journal_mode") == [("delete",)]
    with Desk.open(made) as desk:
        assert settings.missing_essentials(desk) == []
        assert {e["actor"] for e in desk.rows("SELECT actor FROM audit_log")} >= {
            "fixture-maker"}
        assert audit.verify(desk) == []
    with pytest.raises(SystemExit, match="frozen"):
        script.make(tmp_path)
