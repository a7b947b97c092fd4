"""`dpo-desk check --json / --anchor` and the attacks `check` names (CONTRACT: Evidence that
proves itself), through the real program."""

from __future__ import annotations

import json
import sqlite3

from dpo_desk.core import anchors, audit, demo, letters
from dpo_desk.core.desk import Desk


def test_check_json_gives_the_head_and_anchor_holds_or_not(run, db_path, tmp_path):
    with Desk.create(db_path) as desk:
        demo.fill(desk, seed=1)
        head = audit.last_entry(desk)
        incident = desk.scalar("SELECT min(id) FROM incidents")
        notice = letters.authority_notice(desk, incident, tmp_path / "n.pdf", draft=True)
    from pypdf import PdfReader

    printed = anchors.shown(head)
    assert printed in "".join(page.extract_text() for page in PdfReader(notice).pages)

    found = run("check", "--json", db=db_path)
    assert found.returncode == 0, found.stdout
    document = json.loads(found.stdout)
    assert document["head"] == {"id": head[0], "hash": head[1]}

    held = run("check", "--anchor", printed, "--anchor",
               f"1:{_hash_of(db_path, 1)[:20]}", db=db_path)
    assert held.returncode == 0, held.stdout
    assert f"It holds {printed}" in held.stdout

    wrong = f"{head[0]}:{'f' * 12}" if not head[1].startswith("f" * 12) else f"{head[0]}:{'0' * 12}"
    broken = run("check", "--anchor", printed, "--anchor", wrong, "--json", db=db_path)
    assert broken.returncode == 1
    [problem] = json.loads(broken.stdout)["problems"]
    assert problem["kind"] == "anchor" and problem["detail"].startswith(f"anchor {wrong}")
    assert set(problem) >= {"kind", "table", "record", "detail"}

    beyond = run("check", "--anchor", f"{head[0] + 5}:{head[1][:12]}", db=db_path)
    assert beyond.returncode == 1 and f"no audit entry #{head[0] + 5}" in beyond.stdout

    for bad in ("12", "x:abcdefabcdef", "3:abc"):
        refused = run("check", "--anchor", bad, db=db_path)
        assert refused.returncode == 2 and "--anchor" in refused.stderr


def _hash_of(db_path, entry: int) -> str:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT hash FROM audit_log WHERE id = ?", (entry,)).fetchone()[0]
    finally:
        conn.close()


def test_check_names_a_planted_trigger_and_a_garbage_head_without_a_traceback(run, db_path):
    with Desk.create(db_path) as desk:
        demo.fill(desk, seed=1)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TRIGGER quietly_withdraw AFTER INSERT ON complaints BEGIN "
                 "UPDATE complaints SET status = 'closed' WHERE id = new.id; END")
    conn.execute("UPDATE meta SET value = 'garbage' WHERE key = 'audit_head'")
    conn.commit()
    conn.close()
    result = run("check", "--json", db=db_path)
    assert result.returncode == 1
    kinds = {p["kind"] for p in json.loads(result.stdout)["problems"]}
    assert kinds == {"schema", "meta"}
    refused = run("settings", "set", "company_name", "X", db=db_path)
    assert refused.returncode == 2 and "read-only" in refused.stderr
