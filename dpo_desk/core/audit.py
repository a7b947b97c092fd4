"""The tamper-evident audit trail.

Each entry records who changed which record when, with its content before and after, and a
SHA-256 hash over all of that plus the previous entry's hash. The chain's head (last id and
hash) is also kept in `meta`, so removing entries at the end shows as well. `verify` finds:
a broken or reordered chain, an edited entry, a record whose content differs from its last
audited state (an edit behind the app's back), a record that vanished or appeared without an
entry, and any damage SQLite itself reports.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dpo_desk.core import clock
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

GENESIS = "0" * 64
UNAUDITED_TABLES = frozenset({"meta", "audit_log"})
HASHED_FIELDS = ("id", "at", "actor", "action", "table_name", "record_id", "before", "after",
                 "note", "prev_hash")


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"))
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def snapshot(row: dict | None) -> str | None:
    """A record's content as canonical JSON: what is stored and compared. File contents
    (BLOBs) are represented by their SHA-256, so an edited file shows as a change."""
    if row is None:
        return None
    try:
        return _CANONICAL.encode(row)
    except TypeError:  # bytes are not JSON: a BLOB column
        from hashlib import sha256

        return _CANONICAL.encode({k: ("sha256:" + sha256(v).hexdigest())
                                  if isinstance(v, bytes) else v for k, v in row.items()})


def entry_hash(entry: dict) -> str:
    from hashlib import sha256  # imported on first use: OpenSSL's start costs ~5 ms (issue 8)

    payload = _COMPACT.encode([entry[f] for f in HASHED_FIELDS])
    return sha256(payload.encode("utf-8")).hexdigest()


def head(desk: Desk) -> tuple[int, str]:
    """The chain's last link as recorded in `meta`: a new entry links to it, so entries
    removed behind the app's back stay visible as a break even after later writes."""
    recorded = desk.meta("audit_head")
    if recorded:
        found = json.loads(recorded)
        return found["id"], found["hash"]
    last = desk.row("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return (last["id"], last["hash"]) if last else (0, GENESIS)


def append(desk: Desk, *, action: str, table: str, record_id, before: dict | None,
           after: dict | None, note: str | None = None) -> int:
    """Append one entry. Call only inside the transaction that made the change."""
    return append_many(desk, [(action, table, record_id, before, after, note)])


COLUMNS = (*HASHED_FIELDS, "hash")
INSERT_SQL = (f"INSERT INTO audit_log ({', '.join(COLUMNS)}) "
              f"VALUES ({', '.join('?' for _ in COLUMNS)})")


def append_many(desk: Desk, changes: list[tuple]) -> int:
    """Append one entry per (action, table, record_id, before, after, note), chained in
    order, in one statement; returns the last entry's id. Call only inside the transaction
    that made the changes."""
    last_id, last_hash = head(desk)
    at, actor = clock.iso_now(), desk.actor()
    rows = []
    for action, table, record_id, before, after, note in changes:
        entry = {"id": last_id + 1, "at": at, "actor": actor, "action": action,
                 "table_name": table, "record_id": str(record_id), "before": snapshot(before),
                 "after": snapshot(after), "note": note, "prev_hash": last_hash}
        entry["hash"] = entry_hash(entry)
        rows.append([entry[c] for c in COLUMNS])
        last_id, last_hash = entry["id"], entry["hash"]
    desk.conn.executemany(INSERT_SQL, rows)
    desk._set_meta("audit_head", json.dumps({"id": last_id, "hash": last_hash}))
    return last_id


# -- reading ------------------------------------------------------------------------------

def _filter_sql(text: str | None, table: str | None, record_id: str | None) -> tuple[str, list]:
    clauses, params = [], []
    if table:
        clauses.append("table_name = ?")
        params.append(table)
    if record_id:
        clauses.append("record_id = ?")
        params.append(str(record_id))
    if text:
        like = f"%{text}%"
        clauses.append("(actor LIKE ? OR action LIKE ? OR table_name LIKE ? OR record_id LIKE ?"
                       " OR before LIKE ? OR after LIKE ? OR note LIKE ?)")
        params.extend([like] * 7)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def entries(desk: Desk, *, text: str | None = None, table: str | None = None,
            record_id: str | None = None, limit: int = 200, offset: int = 0) -> list[dict]:
    """Audit entries, newest first, filtered by record and free text."""
    where, params = _filter_sql(text, table, record_id)
    return desk.rows(f"SELECT * FROM audit_log{where} ORDER BY id DESC LIMIT ? OFFSET ?",
                     [*params, limit, offset])


def count(desk: Desk, *, text: str | None = None, table: str | None = None,
          record_id: str | None = None) -> int:
    where, params = _filter_sql(text, table, record_id)
    return desk.scalar(f"SELECT count(*) FROM audit_log{where}", params)


def audited_tables(desk: Desk) -> list[str]:
    return sorted(t for t in desk.db.table_names()  # sqlite-utils: schema introspection
                  if t not in UNAUDITED_TABLES and not t.startswith("sqlite_"))


# -- verifying ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file. The message is an English template marked for
    translation (the UI shows it in the interface language) with its parameters."""

    kind: str  # "integrity", "chain" or "record"
    template: str
    params: dict = field(default_factory=dict)
    table: str | None = None
    record_id: str | None = None

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "message": self.message, "table": self.table,
                "record_id": self.record_id}

    def __str__(self) -> str:
        return self.message


def verify(desk: Desk) -> list[Problem]:
    """Everything wrong with the file, each problem named. Empty when all is well."""
    problems = _integrity_problems(desk)
    if any(p.kind == "integrity" for p in problems):
        return problems  # a damaged file cannot be read reliably any further
    problems += _chain_problems(desk)
    for table in audited_tables(desk):
        problems += _record_problems(desk, table)
    return problems


def _integrity_problems(desk: Desk) -> list[Problem]:
    from dpo_desk.core import cipher

    try:
        results = [r[0] for r in desk.conn.execute("PRAGMA integrity_check").fetchall()]
        fk = desk.conn.execute("PRAGMA foreign_key_check").fetchall()
    except cipher.DatabaseError as exc:
        return [Problem("integrity", QT_TRANSLATE_NOOP(
            "core", "SQLite cannot read the file: {error}"), {"error": str(exc)})]
    problems = [Problem("integrity", QT_TRANSLATE_NOOP("core", "SQLite integrity check: {result}"),
                        {"result": r}) for r in results if r != "ok"]
    problems += [Problem("integrity", QT_TRANSLATE_NOOP(
        "core", "{table} row {row} refers to a missing {parent} record"),
        {"table": t, "row": rowid, "parent": parent}, t, str(rowid)) for t, rowid, parent, _ in fk]
    return problems


def _chain_problems(desk: Desk) -> list[Problem]:
    problems: list[Problem] = []
    previous_hash, previous_id = GENESIS, 0
    cursor = desk.conn.execute(
        f"SELECT {', '.join(HASHED_FIELDS)}, hash FROM audit_log ORDER BY id")
    names = [*HASHED_FIELDS, "hash"]
    for values in cursor:
        entry = dict(zip(names, values, strict=True))
        where = {"id": entry["id"], "table": entry["table_name"], "record": entry["record_id"]}
        if entry["prev_hash"] != previous_hash:
            problems.append(Problem("chain", QT_TRANSLATE_NOOP(
                "core", "audit entry #{id} ({table} {record}) does not follow entry #{previous}: "
                "entries were removed, inserted or reordered"), {**where, "previous": previous_id},
                entry["table_name"], entry["record_id"]))
        if entry_hash(entry) != entry["hash"]:
            problems.append(Problem("chain", QT_TRANSLATE_NOOP(
                "core", "audit entry #{id} ({table} {record}) was edited: its content no longer "
                "matches its hash"), where, entry["table_name"], entry["record_id"]))
        previous_hash, previous_id = entry["hash"], entry["id"]
    recorded = desk.meta("audit_head")
    if recorded:
        expected = json.loads(recorded)
        if (expected["id"], expected["hash"]) != (previous_id, previous_hash):
            problems.append(Problem("chain", QT_TRANSLATE_NOOP(
                "core", "the audit trail ends at entry #{found}, but its last entry was "
                "#{expected}: entries were removed or replaced at the end"),
                {"found": previous_id, "expected": expected["id"]}))
    elif previous_id:
        problems.append(Problem("chain", QT_TRANSLATE_NOOP(
            "core", "the record of the audit trail's last entry is missing")))
    return problems


def _record_problems(desk: Desk, table: str) -> list[Problem]:
    pk = desk.primary_key(table)
    last = {r["record_id"]: r for r in desk.rows(
        "SELECT record_id, action, after FROM audit_log WHERE id IN "
        "(SELECT max(id) FROM audit_log WHERE table_name = ? GROUP BY record_id)", (table,))}
    problems: list[Problem] = []
    cursor = desk.conn.execute(f"SELECT * FROM [{table}]")
    names = [d[0] for d in cursor.description]
    seen = set()
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        record_id = str(row[pk])
        seen.add(record_id)
        entry = last.get(record_id)
        named = {"table": table, "record": record_id}
        if entry is None:
            problems.append(Problem("record", QT_TRANSLATE_NOOP(
                "core", "{table} {record} is not in the audit trail: it was written behind the "
                "app's back"), named, table, record_id))
        elif entry["action"] == "delete":
            problems.append(Problem("record", QT_TRANSLATE_NOOP(
                "core", "{table} {record} exists although the audit trail records its "
                "deletion"), named, table, record_id))
        elif (current := snapshot(row)) != entry["after"]:
            difference = _describe_difference(json.loads(entry["after"]), json.loads(current))
            problems.append(Problem("record", QT_TRANSLATE_NOOP(
                "core", "{table} {record} differs from its last audited state ({difference})"),
                {**named, "difference": difference}, table, record_id))
    for record_id, entry in last.items():
        if record_id not in seen and entry["action"] != "delete":
            problems.append(Problem("record", QT_TRANSLATE_NOOP(
                "core", "{table} {record} vanished without an audit entry"),
                {"table": table, "record": record_id}, table, record_id))
    return problems


def _describe_difference(audited: dict, current: dict) -> str:
    parts = []
    for name in sorted(set(audited) | set(current)):
        old, new = audited.get(name), current.get(name)
        if old != new:
            parts.append(f"{name}: {_short(old)} → {_short(new)}")
    return "; ".join(parts) or "stored differently"


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def changes(entry: dict) -> list[tuple[str, object, object]]:
    """What an entry changed: (field, before, after) for each field that differs."""
    before = json.loads(entry["before"]) if entry.get("before") else {}
    after = json.loads(entry["after"]) if entry.get("after") else {}
    return [(name, before.get(name), after.get(name))
            for name in sorted(set(before) | set(after), key=lambda n: (n != "id", n))
            if before.get(name) != after.get(name)]
