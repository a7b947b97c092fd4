"""The demo company as a realistic database: a register of 40+ valid entries, a breach history
across both regimes and every state, case and incident files with their true hashes, cases
linked to the register, the same database for the same seed and day, and a clean `check`."""

import hashlib
import sqlite3
from datetime import UTC, date, datetime

import pytest

from dpo_desk.core import audit, clock, demo, incidents, register, rules
from dpo_desk.core.catalogue import Lookup, fold
from dpo_desk.core.desk import Desk

DAY = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)  # 10:00 in Vietnam
CASES = 2000
GENERATED = 34


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> list:
    """Two databases made from seed 1 on the same day."""
    paths = []
    for name in ("a", "b"):
        path = tmp_path_factory.mktemp("demo") / f"{name}.sqlite3"
        clock.freeze(DAY)
        try:
            with Desk.create(path) as desk:
                demo.fill(desk, seed=1, complaints=CASES, generated_incidents=GENERATED)
        finally:
            clock.set_clock(None)
        paths.append(path)
    return paths


@pytest.fixture
def shop(built):
    clock.freeze(DAY)
    with Desk.open(built[0]) as desk:
        yield desk


def test_the_register_has_40_valid_entries(shop):
    entries = register.list_entries(shop)
    assert len(entries) == len(demo.REGISTER) >= 40
    assert len({fold(e["name"]) for e in entries}) == len(entries)
    lookup = Lookup(shop)
    for entry in entries:
        stored = {k: entry[k] for k in register.FIELDS}
        assert register.clean(shop, stored, entry_id=entry["id"], lookup=lookup) == stored
        assert entry["purpose"] and entry["retention"] and entry["owner_department"]
        assert not entry["cross_border"] or entry["cross_border_countries"]
    assert {e["legal_basis"] for e in entries} >= {"consent", "agreement", "other_law",
                                                    "emergency"}
    assert sum(e["category_type"] == "sensitive" for e in entries) >= 15


def test_the_first_entries_stay_as_they_were():
    names = [e["name"] for e in demo.REGISTER[:15]]
    assert names[0] == "Khách hàng mua hàng trực tuyến" and names[14] == "Đầu mối nhà cung cấp"


def test_incidents_span_both_regimes_and_every_state(shop):
    found = incidents.list_incidents(shop)
    assert len(found) == 4 + GENERATED >= 30
    regimes = [i["regime"] for i in found]
    assert regimes.count(rules.REGIME_DECREE_13) >= 10 and regimes.count(rules.REGIME_LAW_91) >= 10
    assert {i["status"] for i in found} == set(incidents.STATUSES)
    assert any(i["status"] == "closed" and i["notify_decision"] == "no_notify" for i in found)
    assert any(i["status"] == "assessed" and i["notify_decision"] == "no_notify" for i in found)
    notified = [i for i in found if i["notified_at"]]
    late = [i for i in notified if i["late"]]
    assert len(late) >= 3 and len(notified) - len(late) >= 10
    assert all(i["late_reason"] for i in late)
    for incident in notified:
        assert incidents.missing_notice_facts(shop, incident) == []
        assert incident["notice_reference"] and incident["submission_channel"]
    for incident in found:
        assert all(c["known"] for c in incident["categories"]), incident["title"]
        assert datetime.fromisoformat(incident["updated_at"]) <= clock.now()


def test_incidents_that_involve_location_or_biometric_data_tell_the_people(shop):
    for incident in incidents.list_incidents(shop):
        if incident["subjects_notify_by"] and incident["status"] == "closed":
            assert incident["subjects_notified_at"], incident["title"]


def test_files_are_stored_with_their_true_hash_and_size(shop):
    rows = shop.rows("SELECT * FROM attachments")
    for row in rows:
        assert hashlib.sha256(row["content"]).hexdigest() == row["sha256"]
        assert len(row["content"]) == row["bytes"] <= 20_000
        if row["filename"].endswith(".png"):
            assert row["content"].startswith(b"\x89PNG\r\n\x1a\n")
        else:
            assert "dữ liệu" in row["content"].decode("utf-8") or "action=" in \
                row["content"].decode("utf-8")
        assert row["added_at"] <= clock.iso_now()
    cases = {r["owner_id"] for r in rows if r["owner_table"] == "complaints"}
    assert 0.01 * CASES <= len(cases) <= 0.03 * CASES
    with_files = {r["owner_id"] for r in rows if r["owner_table"] == "incidents"}
    assert len(with_files) >= 0.75 * GENERATED
    scanned = shop.rows("SELECT c.identity_result, c.acknowledged_at FROM complaints c JOIN "
                        "attachments a ON a.owner_table = 'complaints' AND a.owner_id = c.id "
                        "WHERE a.filename = 'cccd-mat-truoc.png'")
    assert scanned and all(r["identity_result"] == "verified" for r in scanned
                           if r["acknowledged_at"])


def test_letters_by_post_carry_a_vietnamese_address(shop):
    contacts = [r[0] for r in shop.conn.execute(
        "SELECT requester_contact FROM complaints WHERE channel = 'letter'")]
    assert contacts and all(", Phường " in c for c in contacts)


def test_cases_are_linked_to_the_register(shop):
    linked = shop.scalar("SELECT count(DISTINCT complaint_id) FROM complaint_register_links")
    assert 0.2 * CASES <= linked <= 0.3 * CASES
    assert shop.scalar("SELECT count(*) FROM complaint_register_links l LEFT JOIN "
                       "register_entries e ON e.id = l.entry_id WHERE e.id IS NULL") == 0


def test_the_check_is_clean(shop):
    assert audit.verify(shop) == []


def test_the_same_seed_and_day_give_the_same_database(built):
    def content(path) -> dict:
        conn = sqlite3.connect(path)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'meta'")]
        found = {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall()
                 for t in tables}
        conn.close()
        return found

    first, second = (content(p) for p in built)
    assert first == second
    assert len(first["complaints"]) == CASES


def test_another_seed_gives_another_history():
    today = date(2026, 11, 25)
    one, again, other = (demo.incident_plans(today, 12, seed=s) for s in (1, 1, 2))
    assert one == again and one != other
    assert all(step[1].date() < today for _, steps, _ in one for step in steps)


def test_the_small_demo_keeps_its_four_incidents(desk):
    clock.freeze(DAY)
    demo.fill(desk, seed=1, complaints=30)
    assert desk.scalar("SELECT count(*) FROM incidents") == 4
    assert desk.scalar("SELECT count(*) FROM attachments WHERE owner_table = 'incidents'") == 0
