"""The tamper-evident audit trail.

Each entry records who changed which record when, with its content before and after, and a
SHA-256 hash over all of that plus the previous entry's hash. The chain's head (last id and
hash) is also kept in `meta`, so removing entries at the end shows as well. Each entry also
carries a seal (`mac`): an HMAC of its hash under a key that is not in the file (this user's
key, or one derived from an encrypted file's key: `Desk.secret`), so the public chain cannot be
recomputed by someone without it. `verify` finds: a schema that is not this version's (a
planted trigger or view, a dropped table), damaged meta values, a broken or reordered chain,
an edited entry, an entry re-sealed without the key, a file older than the newest state this
computer saw of it (core/anchors.py), a record whose content differs from its last audited
state (an edit behind the app's back), a record that vanished or appeared without an entry,
and any damage SQLite itself reports.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dpo_desk.core import anchors, cipher, clock
from dpo_desk.core.errors import DeskError
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.migrations import EVIDENCE_SCHEMA

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk
    from dpo_desk.core.eventlog import Event

GENESIS = "0" * 64
UNAUDITED_TABLES = frozenset({"meta", "audit_log"})
# Format 2 (schema 9, issue 14 point 4): the chain covers the SHA-256 of each entry's
# content (before, after, note), not the content itself, so a person's data can be erased
# from the trail (DOMAIN D6) and the chain still verifies. Format 1 (schemas 1-8) hashed the
# content itself; it is read only to verify a file before its upgrade.
CONTENT_FIELDS = ("before", "after", "note")
HASHED_FIELDS = ("id", "at", "actor", "action", "table_name", "record_id", "before_hash",
                 "after_hash", "note_hash", "prev_hash")
LEGACY_FIELDS = ("id", "at", "actor", "action", "table_name", "record_id", "before", "after",
                 "note", "prev_hash")
ERASURE_NOTE = "erasure: "  # the note of the entry that erases a case (core/erasure.py)


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


def entry_hash(entry: dict, fields: tuple[str, ...] = HASHED_FIELDS) -> str:
    from hashlib import sha256  # imported on first use: OpenSSL's start costs ~5 ms (issue 8)

    payload = _COMPACT.encode([entry[f] for f in fields])
    return sha256(payload.encode("utf-8")).hexdigest()


def content_hash(text: str | None) -> str | None:
    """The SHA-256 of one content value (a snapshot or a note) that the chain covers."""
    from hashlib import sha256

    return None if text is None else sha256(text.encode("utf-8")).hexdigest()


def with_content_hashes(entry: dict) -> dict:
    """`entry` with the hashes of its content added (format 2)."""
    for name in CONTENT_FIELDS:
        entry[name + "_hash"] = content_hash(entry[name])
    return entry


class DamagedHead(DeskError):
    """`meta.audit_head` cannot be read: no entry can be chained to it, so writes stop."""


def parse_head(recorded: str) -> tuple[int, str]:
    """`meta.audit_head` as (id, hash); ValueError when it is not what the app writes."""
    found = json.loads(recorded)
    if not isinstance(found, dict) or type(found.get("id")) is not int or found["id"] < 0 \
            or not _is_hash(found.get("hash")):
        raise ValueError("not {\"id\": N, \"hash\": \"<64 hex>\"}")
    return found["id"], found["hash"]


def _is_hash(value) -> bool:
    return isinstance(value, str) and len(value) == 64 and \
        all(c in "0123456789abcdef" for c in value)


def head(desk: Desk) -> tuple[int, str]:
    """The chain's last link as recorded in `meta`: a new entry links to it, so entries
    removed behind the app's back stay visible as a break even after later writes."""
    recorded = desk.meta("audit_head")
    if recorded:
        try:
            return parse_head(recorded)
        except ValueError as exc:
            raise DamagedHead(
                f"{desk.path}: the record of the audit trail's last entry (meta audit_head) "
                f"is damaged ({_short(recorded)}); nothing was written. Run `dpo-desk check` "
                "and restore a backup") from exc
    last = desk.row("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")
    return (last["id"], last["hash"]) if last else (0, GENESIS)


def last_entry(desk: Desk) -> tuple[int, str]:
    """The last entry actually in the file (id, hash), whatever `meta` says."""
    last = desk.conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    return (last[0], str(last[1])) if last else (0, GENESIS)


# -- seals --------------------------------------------------------------------------------

SEAL_CONTEXT = b"dpo-desk audit seal/1"


def seal_key(secret: bytes) -> tuple[str, bytes]:
    """(key id, key) for sealing entries, derived from `Desk.secret()`. The id (8 hex) is
    stored with each seal, so a seal made with another key is told from a forged one."""
    import hashlib
    import hmac

    key = hmac.digest(secret, SEAL_CONTEXT, "sha256")
    return hashlib.sha256(b"dpo-desk seal id/1" + key).hexdigest()[:8], key


def seal(key: tuple[str, bytes], entry_hash: str) -> str:
    """`<key id>:<HMAC-SHA256 of the entry's hash, first 128 bits>`."""
    import hmac

    return f"{key[0]}:{hmac.digest(key[1], entry_hash.encode('ascii'), 'sha256')[:16].hex()}"


def seal_unsealed(desk: Desk) -> int:
    """Seal every entry without a seal, if the chain they form is intact (entries of files
    made before schema 6); returns how many. Inside the caller's transaction."""
    if not desk.has_seals() or _chain_problems(desk, seals=False):
        return 0
    key = desk.seal_key()
    rows = [(seal(key, h), i) for i, h in desk.conn.execute(
        "SELECT id, hash FROM audit_log WHERE mac IS NULL ORDER BY id")]
    desk.conn.executemany("UPDATE audit_log SET mac = ? WHERE id = ?", rows)
    return len(rows)


def reseal(desk: Desk) -> int:
    """Seal every entry again with this desk's key (a file adopted through a restore, or a
    change of key): only when the chain is intact. Inside the caller's transaction."""
    if not desk.has_seals() or _chain_problems(desk, seals=False):
        return 0
    desk.conn.execute("UPDATE audit_log SET mac = NULL")
    return seal_unsealed(desk)


def convert_legacy(desk: Desk, *, sealed: bool) -> None:
    """Convert a file's format-1 entries to format 2 (schema 9), inside the upgrade's
    transaction: the old chain is verified first (a damaged one is refused, not laundered
    into a fresh chain), then each entry is re-linked over its content's hashes and sealed
    with this desk's key, keeping its old hash as `legacy_hash` (anchors printed before still
    hold), and one entry records the change and the old head. Seals of another computer's
    key are adopted, as a restore through the app adopts them."""
    found = [p for p in _chain_problems(desk, seals=sealed, fields=LEGACY_FIELDS)
             if not (p.kind == "seal" and "key" in p.params)] + meta_problems(desk)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise DeskError(
            f"{desk.path}: the audit trail is damaged: {found[0].message}{more}. Upgrading it "
            "to the new format would hide that, so the file was left as it was; restore a "
            "backup or open it with the DPO Desk version that wrote it")
    old_head = last_entry(desk)
    if old_head[0] == 0:
        return
    key = desk.seal_key() if desk.has_seals() else None
    previous, last = GENESIS, 0
    columns = (*LEGACY_FIELDS, "hash")
    while True:
        rows = desk.conn.execute(
            f"SELECT {', '.join(columns)} FROM audit_log WHERE id > ? ORDER BY id LIMIT 5000",
            (last,)).fetchall()
        if not rows:
            break
        updates = []
        for values in rows:
            entry = with_content_hashes(dict(zip(columns, values, strict=True)))
            entry["prev_hash"] = previous
            new = entry_hash(entry)
            updates.append((entry["before_hash"], entry["after_hash"], entry["note_hash"],
                            previous, new, entry["hash"],
                            seal(key, new) if key else None, entry["id"]))
            previous, last = new, entry["id"]
        desk.conn.executemany(
            "UPDATE audit_log SET before_hash = ?, after_hash = ?, note_hash = ?, "
            "prev_hash = ?, hash = ?, legacy_hash = ?, mac = ? WHERE id = ?", updates)
    desk._set_meta("audit_head", json.dumps({"id": last, "hash": previous}))
    from dpo_desk.core.eventlog import Event
    from dpo_desk.core.migrations import ERASABLE_SCHEMA

    named = f"{old_head[0]}:{old_head[1][:12]}"
    append(desk, action="update", table="meta", record_id="audit_format", before=None,
           after={"audit_format": 2, "legacy_head": f"{old_head[0]}:{old_head[1]}"},
           note=Event("audit_format", {"version": ERASABLE_SCHEMA, "head": named}))


def append(desk: Desk, *, action: str, table: str, record_id, before: dict | None,
           after: dict | None, note: str | Event | None = None) -> int:
    """Append one entry. Call only inside the transaction that made the change."""
    return append_many(desk, [(action, table, record_id, before, after, note)])


COLUMNS = (*HASHED_FIELDS, "before", "after", "note", "hash")
LEGACY_COLUMNS = (*LEGACY_FIELDS, "hash")


def _insert_sql(columns) -> str:
    return (f"INSERT INTO audit_log ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})")




def append_many(desk: Desk, changes: list[tuple]) -> int:
    """Append one entry per (action, table, record_id, before, after, note), chained in
    order, in one statement; returns the last entry's id. A note given as a timeline
    `Event` is stored as its English note with its kind and parameters (schema 10). Call
    only inside the transaction that made the changes."""
    # core/eventlog.py on the first write, not on every start (the window's first paint)
    from dpo_desk.core.eventlog import Event

    last_id, last_hash = head(desk)
    at, actor = clock.iso_now(), desk.actor()
    key = desk.seal_key() if desk.has_seals() else None
    fields, columns = (HASHED_FIELDS, COLUMNS) if desk.has_content_hashes() else \
        (LEGACY_FIELDS, LEGACY_COLUMNS)
    events = desk.has_events()
    notes: dict = {}  # the same event for many entries (an import) is written once
    rows = []
    for action, table, record_id, before, after, note in changes:
        event = None
        if isinstance(note, Event):
            if id(note) not in notes:
                notes[id(note)] = (note.note(), note.kind, note.params_json())
            note, *event = notes[id(note)]
        entry = {"id": last_id + 1, "at": at, "actor": actor, "action": action,
                 "table_name": table, "record_id": str(record_id), "before": snapshot(before),
                 "after": snapshot(after), "note": note, "prev_hash": last_hash}
        if fields is HASHED_FIELDS:
            with_content_hashes(entry)
        entry["hash"] = entry_hash(entry, fields)
        row = [entry[c] for c in columns]
        if events:
            row += event or (None, None)
        if key is not None:
            row.append(seal(key, entry["hash"]))
        rows.append(row)
        last_id, last_hash = entry["id"], entry["hash"]
    if events:
        columns = (*columns, "event", "event_params")
    desk.conn.executemany(_insert_sql((*columns, "mac") if key is not None else columns), rows)
    desk._set_meta("audit_head", json.dumps({"id": last_id, "hash": last_hash}))
    desk.head_written = (last_id, last_hash)
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
    """The tables whose records the trail covers: those of this schema version (a table
    planted behind the app's back is named by `schema_problems`, not read as ours)."""
    from dpo_desk.core.migrations import expected

    defined = expected(desk.schema_version)
    names = [o[1] for o in defined if o[0] == "table"] if defined is not None else \
        desk.table_names()
    return sorted(t for t in names if t not in UNAUDITED_TABLES and not t.startswith("sqlite_"))


# -- verifying ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """One thing wrong with the file. The message is an English template marked for
    translation (the UI shows it in the interface language) with its parameters."""

    # "integrity", "schema", "meta", "chain", "seal", "rollback", "anchor" or "record"
    kind: str
    template: str
    params: dict = field(default_factory=dict)
    table: str | None = None
    record_id: str | None = None

    @property
    def message(self) -> str:
        return self.template.format(**self.params)

    def as_dict(self) -> dict:
        """As `check --json` prints it (CONTRACT: Evidence that proves itself)."""
        return {"kind": self.kind, "table": self.table, "record": self.record_id,
                "detail": self.message}

    def __str__(self) -> str:
        return self.message


def verify(desk: Desk) -> list[Problem]:
    """Everything wrong with the file, each problem named. Empty when all is well.

    Two parts run meanwhile in threads of their own, each on a read-only connection
    (`Desk.reader`): SQLite's own integrity check, and the records against their last
    audited state; this thread walks the chain. Their work is mostly SQLite's, which
    runs outside Python's lock: on a computer with two cores `check` of the 100k demo takes
    about half the sum of the three (issue 14)."""
    import threading

    known = set(desk.table_names())
    tables = [(table, _primary_key(desk, table)) for table in audited_tables(desk)
              if table in known]
    jobs = {"integrity": _sqlite_integrity,
            "records": lambda conn: [p for table, pk in tables if pk
                                     for p in _record_problems(conn, table, pk)]}
    found: dict[str, object] = {}

    def work(name: str) -> None:
        try:
            conn = desk.reader()
        except cipher.Error:
            return  # no second connection: done in this thread below
        try:
            found[name] = jobs[name](conn)
        except cipher.DatabaseError as exc:
            found[name] = exc
        finally:
            conn.close()

    workers = [threading.Thread(target=work, args=(name,), name=f"check-{name}", daemon=True)
               for name in jobs]
    for worker in workers:
        worker.start()
    problems: list[Problem] = []
    failure = None
    try:
        problems += _foreign_key_problems(desk)
        problems += schema_problems(desk)
        problems += meta_problems(desk)
        problems += _chain_problems(desk, seals=desk.has_seals())
        problems += anchor_problems(desk)
    except cipher.DatabaseError as exc:  # a damaged file: its integrity check says why
        failure = exc
    for worker in workers:
        worker.join()
    integrity = found["integrity"] if "integrity" in found else _sqlite_integrity(desk.conn)
    if integrity:
        return integrity  # a damaged file cannot be read reliably any further
    records = found.get("records")
    if records is None and failure is None:
        try:
            records = jobs["records"](desk.conn)
        except cipher.DatabaseError as exc:
            records = exc
    if isinstance(records, Exception):
        failure = failure or records
    if failure is not None:
        return [Problem("integrity", QT_TRANSLATE_NOOP(
            "core", "SQLite cannot read the file: {error}"), {"error": str(failure)})]
    return problems + records


def _primary_key(desk: Desk, table: str) -> str | None:
    try:
        return desk.primary_key(table)
    except RuntimeError:  # a table re-made without its key: named by schema_problems
        return None


def open_problems(desk: Desk) -> list[Problem]:
    """The quick checks made whenever a file is opened (a few queries, not the whole
    chain): a schema that is not this version's, damaged meta values, a head that is not the
    last entry, a file rolled back. Any of them makes the desk read-only (`Desk.refusal`)."""
    return [*schema_problems(desk), *meta_problems(desk), *anchor_problems(desk)]


def schema_problems(desk: Desk) -> list[Problem]:
    """Every table, index, view or trigger that this schema version does not define, lacks,
    or defines differently (a planted trigger that closes new complaints, a dropped table)."""
    from dpo_desk.core.migrations import differences

    templates = {
        "extra": QT_TRANSLATE_NOOP("core", "the file has a {type} {name} (on {table}) that "
                                   "schema {version} does not define: it was added behind "
                                   "the app's back"),
        "missing": QT_TRANSLATE_NOOP("core", "the {type} {name} (on {table}) of schema "
                                     "{version} is missing: it was dropped behind the app's "
                                     "back"),
        "altered": QT_TRANSLATE_NOOP("core", "the {type} {name} (on {table}) differs from "
                                     "schema {version}: it was changed behind the app's back"),
    }
    version = desk.schema_version
    return [Problem("schema", templates[how], {"type": kind, "name": name, "table": table,
                                               "version": version}, table)
            for how, (kind, name, table, _sql) in differences(desk.conn, version)]


def meta_problems(desk: Desk) -> list[Problem]:
    """Damaged values in `meta` that the evidence rests on."""
    problems: list[Problem] = []
    recorded = desk.meta("audit_head")
    last = last_entry(desk)
    if recorded:
        try:
            expected = parse_head(recorded)
        except ValueError:
            problems.append(Problem("meta", QT_TRANSLATE_NOOP(
                "core", "the record of the audit trail's last entry (meta audit_head) is "
                "damaged: {value}"), {"value": _short(recorded)}, "meta", "audit_head"))
        else:
            if expected != last:
                problems.append(Problem("chain", QT_TRANSLATE_NOOP(
                    "core", "the audit trail ends at entry #{found}, but its last entry was "
                    "#{expected}: entries were removed or replaced at the end"),
                    {"found": last[0], "expected": expected[0]}))
    elif last[0]:
        problems.append(Problem("chain", QT_TRANSLATE_NOOP(
            "core", "the record of the audit trail's last entry is missing")))
    database_id = desk.meta("database_id") if desk.schema_version >= EVIDENCE_SCHEMA else None
    if desk.schema_version >= EVIDENCE_SCHEMA and not _is_database_id(database_id):
        problems.append(Problem("meta", QT_TRANSLATE_NOOP(
            "core", "the database's id (meta database_id) is missing or damaged: {value}"),
            {"value": _short(database_id)}, "meta", "database_id"))
    return problems


def _is_database_id(value) -> bool:
    return isinstance(value, str) and len(value) == 32 and \
        all(c in "0123456789abcdef" for c in value)


def anchor_problems(desk: Desk) -> list[Problem]:
    """The file against the newest head this computer saw of it (core/anchors.py)."""
    remembered = anchors.recall(desk.database_id)
    if remembered is None or remembered[0] <= 0:
        return []
    number, digest = remembered
    last = last_entry(desk)
    where = {"seen": number, "found": last[0]}
    if last[0] < number:
        return [Problem("rollback", QT_TRANSLATE_NOOP(
            "core", "rolled back: this computer saw this database with {seen} audit entries, "
            "but the file ends at entry #{found}. It was replaced by an older copy or "
            "its last entries were cut; if you put a backup back on purpose, restore it "
            "through DPO Desk"), where)]
    if digest not in _hashes_of(desk, number):
        return [Problem("rollback", QT_TRANSLATE_NOOP(
            "core", "rolled back: audit entry #{seen} differs from the one this computer saw: "
            "the file was replaced by another copy or its history was rewritten"),
            where)]
    return []


def _sqlite_integrity(conn) -> list[Problem]:
    try:
        results = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    except cipher.DatabaseError as exc:
        return [Problem("integrity", QT_TRANSLATE_NOOP(
            "core", "SQLite cannot read the file: {error}"), {"error": str(exc)})]
    return [Problem("integrity", QT_TRANSLATE_NOOP("core", "SQLite integrity check: {result}"),
                    {"result": r}) for r in results if r != "ok"]


def _foreign_key_problems(desk: Desk) -> list[Problem]:
    found = desk.conn.execute("PRAGMA foreign_key_check").fetchall()
    return [Problem("integrity", QT_TRANSLATE_NOOP(
        "core", "{table} row {row} refers to a missing {parent} record"),
        {"table": t, "row": rowid, "parent": parent}, t, str(rowid))
        for t, rowid, parent, _ in found]


def held_anchor(desk: Desk, number: int, digits: str) -> Problem | None:
    """None when audit entry `number` still has a hash starting with `digits` (the head a
    document printed, `N:<hex>`: CONTRACT `check --anchor`); else the problem."""
    hashes = _hashes_of(desk, number)
    shown = {"id": number, "hash": digits}
    if not hashes:
        return Problem("anchor", QT_TRANSLATE_NOOP(
            "core", "anchor {id}:{hash} does not hold: the file has no audit entry #{id}"),
            shown)
    if not any(str(h).startswith(digits) for h in hashes):
        return Problem("anchor", QT_TRANSLATE_NOOP(
            "core", "anchor {id}:{hash} does not hold: audit entry #{id} now has hash "
            "{found}: the history printed on the document was rewritten"),
            {**shown, "found": str(hashes[0])[:len(digits)]})
    return None


def _hashes_of(desk: Desk, number: int) -> list:
    """Entry `number`'s hash, and the hash it had before the file's trail was converted to
    format 2 (`legacy_hash`): an anchor printed on an older document, or remembered by this
    computer before the upgrade, still holds."""
    legacy = "legacy_hash" if desk.has_content_hashes() else "NULL"
    found = desk.conn.execute(f"SELECT hash, {legacy} FROM audit_log WHERE id = ?",
                              (number,)).fetchone()
    return [h for h in found if h is not None] if found else []


def seal_problems(desk: Desk) -> list[Problem]:
    """Only the seals' problems (unsealed, foreign or forged seals)."""
    return [p for p in _chain_problems(desk, seals=desk.has_seals()) if p.kind == "seal"]


def _is_json(value) -> bool:
    try:
        json.loads(value)
    except (TypeError, ValueError):
        return value is None
    return True


def _malformed(entry: dict) -> str | None:
    """Which of an entry's contents is not JSON (None when both are)."""
    for name in ("before", "after"):
        value = entry[name]
        if value is not None:
            try:
                json.loads(value)
            except (TypeError, ValueError):
                return name
    return None


def chain_fields(desk: Desk) -> tuple[str, ...]:
    """The fields the file's entries are hashed over (format 2 from schema 9)."""
    return HASHED_FIELDS if desk.has_content_hashes() else LEGACY_FIELDS


def _chain_rows(desk: Desk, seals: bool, fields: tuple[str, ...]):
    """(row, recomputed hash) of each entry, in order: the row is (id, prev_hash, hash, mac,
    table_name, record_id), in format 2 followed by its content (erased_by, before,
    before_hash, after, after_hash, note, note_hash; the values as bytes) and, from schema
    10, its timeline event (event, event_params), so the same pass checks them. SQLite
    writes each entry's JSON (json_array: the same text as the app's compact encoder for the
    values the app stores) and Python only hashes it; an entry whose hash then differs is
    recomputed by the app's own encoder before it counts as edited, and anything SQLite
    cannot encode (a BLOB planted in the trail) is read the slow way."""
    from hashlib import sha256

    mac = "mac" if seals else "NULL"
    # as BLOBs: the UTF-8 bytes themselves, never decoded into Python text
    content = ", erased_by, CAST(before AS BLOB), before_hash, CAST(after AS BLOB), " \
        "after_hash, CAST(note AS BLOB), note_hash" if fields is HASHED_FIELDS else ""
    if content and desk.has_events():
        content += ", event, event_params"
    head = f"SELECT id, prev_hash, hash, {mac}, table_name, record_id{content}"
    width = 6 + content.count(",")
    last = -1
    try:
        for row in desk.conn.execute(
                f"{head}, CAST(json_array({', '.join(fields)}) AS BLOB) "
                "FROM audit_log ORDER BY id"):
            payload = row[width]
            computed = sha256(payload).hexdigest() if isinstance(payload, bytes) else None
            if computed != row[2]:
                computed = _recomputed_hash(desk, row[0], fields)
            last = row[0]
            yield row, computed
        return
    except cipher.Error:
        pass
    for row in desk.conn.execute(
            f"{head}, {', '.join(fields)} FROM audit_log WHERE id > ? ORDER BY id", (last,)):
        yield row, _hash_of(row[width:], fields)


def _hash_of(values, fields: tuple[str, ...]) -> str | None:
    try:
        return entry_hash(dict(zip(fields, values, strict=True)), fields)
    except (TypeError, ValueError):  # a value of a type the app never writes
        return None


def _recomputed_hash(desk: Desk, entry_id, fields: tuple[str, ...]) -> str | None:
    found = desk.conn.execute(f"SELECT {', '.join(fields)} FROM audit_log WHERE id = ?",
                              (entry_id,)).fetchone()
    return _hash_of(found, fields) if found else None


def _edited_content(content: tuple) -> list[tuple[str, object]]:
    """Format 2: the (field, value) pairs of an entry's content (erased_by, before,
    before_hash, after, after_hash, note, note_hash) that no longer match the hashes its
    chain link covers. Content erased from a case (core/erasure.py) is exempt here; its
    erasure entry is checked by `_erasure_problems`."""
    from hashlib import sha256

    if content[0] is not None:
        return []
    edited = []
    for name, value, digest in zip(CONTENT_FIELDS, content[1::2], content[2::2], strict=True):
        found = None if value is None else sha256(value).hexdigest() \
            if isinstance(value, bytes) else ""
        if found != digest:
            edited.append((name, value))
    return edited


def _content_problem(entry_id, table, record, name: str, value) -> list[Problem]:
    where = {"id": entry_id, "table": table, "record": record, "field": name}
    problems = [Problem("chain", QT_TRANSLATE_NOOP(
        "core", "audit entry #{id} ({table} {record}) was edited: its {field} no longer "
        "matches the hash its chain link covers"), where, table, record)]
    if name != "note" and not _is_json(value):
        problems.append(Problem("chain", QT_TRANSLATE_NOOP(
            "core", "audit entry #{id} ({table} {record}) is malformed: its {field} value "
            "is not valid JSON"), where, table, record))
    return problems


def _erasure_problems(desk: Desk) -> list[Problem]:
    """Format 2: entries marked as erased (`erased_by`) whose eraser is not a sealed erasure
    entry of the same record, at or after them."""
    problems: list[Problem] = []
    for entry_id, table, record, eraser in desk.conn.execute(
            "SELECT a.id, a.table_name, a.record_id, a.erased_by FROM audit_log AS a "
            "LEFT JOIN audit_log AS e ON e.id = a.erased_by WHERE a.erased_by IS NOT NULL "
            "AND (e.id IS NULL OR e.id < a.id OR e.table_name != 'complaints' "
            "OR substr(e.note, 1, ?) != ? OR e.record_id != CASE a.table_name "
            "WHEN 'complaints' THEN a.record_id WHEN 'attachments' THEN CAST(json_extract("
            "coalesce(a.after, a.before), '$.owner_id') AS TEXT) END) ORDER BY a.id",
            (len(ERASURE_NOTE), ERASURE_NOTE)):
        problems.append(Problem("chain", QT_TRANSLATE_NOOP(
            "core", "audit entry #{id} ({table} {record}) is marked as erased by entry "
            "#{eraser}, which records no erasure: its content was changed behind the "
            "app's back"), {"id": entry_id, "table": table, "record": record,
                            "eraser": eraser}, table, record))
    return problems


def _event_note(kind, params) -> bytes | None:
    """The note (UTF-8) that an event writes (core/eventlog.py), None if none."""
    from dpo_desk.core import eventlog

    written = eventlog.written_note(kind, params)
    return None if written is None else written.encode("utf-8")


def _event_problems(desk: Desk, wrong: list[int]) -> list[Problem]:
    """The entries whose timeline event (kind and parameters, not covered by the chain) does
    not write their note (core/eventlog.py): an event edited behind the app's back. The
    first 100 are named."""
    if not wrong:
        return []
    found = {r[0]: (r[1], r[2]) for r in desk.conn.execute(
        f"SELECT id, table_name, record_id FROM audit_log WHERE id IN "
        f"({', '.join('?' for _ in wrong[:100])})", wrong[:100])}
    return [Problem("chain", QT_TRANSLATE_NOOP(
        "core", "audit entry #{id} ({table} {record}) was edited: its timeline event does "
        "not match its note"), {"id": i, "table": found[i][0], "record": found[i][1]},
        found[i][0], found[i][1]) for i in wrong[:100]]


def _sealer(key: bytes):
    """The entry seal's HMAC-SHA256 (RFC 2104) as its two SHA-256 states with the key's pads
    taken in, copied for each entry: the `hmac` module's own copy costs twice as much in the
    hot loop of `check` (~0.12 s of the 100k demo, issue 14). `seal` makes the same digests."""
    from hashlib import sha256

    if len(key) > 64:
        key = sha256(key).digest()
    key = key.ljust(64, b"\0")
    return sha256(bytes(b ^ 0x36 for b in key)), sha256(bytes(b ^ 0x5C for b in key))


def _chain_problems(desk: Desk, *, seals: bool,
                    fields: tuple[str, ...] | None = None) -> list[Problem]:
    """The chain in one streamed pass: links, hashes, (`seals`) seals and, in format 2,
    each entry's content against its hashes (134,000 entries of the 100k demo in about a
    second, in flat memory). The work per entry is the hot loop of `check`: a problem's
    details are only built when there is one."""
    from hashlib import sha256

    fields = fields or chain_fields(desk)
    problems: list[Problem] = []
    previous_hash, previous_id = GENESIS, 0
    key = desk.seal_key() if seals else None
    prefix = key[0] + ":" if key else ""
    cut = len(prefix)
    unsealed: list[int] = []
    foreign: dict[str, list[int]] = {}
    # the key's HMAC states made once and copied for each entry (not set up 134,000 times)
    inner, outer = _sealer(key[1] if key else b"")
    content = fields is HASHED_FIELDS
    # Each entry's event must write exactly its note (schema 10; erased entries exempt, as
    # for their content); most events repeat (a status step without a reason), so the
    # note each (kind, params) writes is made once.
    events = content and desk.has_events()
    notes: dict[tuple, bytes | None] = {}
    wrong_events: list[int] = []
    for row, computed in _chain_rows(desk, seals, fields):
        entry_id, stored, mac = row[0], row[2], row[3]
        if row[1] != previous_hash:
            table, record = row[4], row[5]
            problems.append(Problem("chain", QT_TRANSLATE_NOOP(
                "core", "audit entry #{id} ({table} {record}) does not follow entry "
                "#{previous}: entries were removed, inserted or reordered"),
                {"id": entry_id, "table": table, "record": record, "previous": previous_id},
                table, record))
        if computed != stored:
            problems += _edited_entry(desk, entry_id, row[4], row[5])
        if key is not None:
            if not mac:
                unsealed.append(entry_id)
            elif not isinstance(mac, str) or not mac.startswith(prefix):
                foreign.setdefault(str(mac).partition(":")[0], []).append(entry_id)
            else:
                sealed = inner.copy()
                sealed.update(stored.encode("ascii", "replace") if isinstance(stored, str)
                              else b"")
                sealing = outer.copy()
                sealing.update(sealed.digest())
                # compared as text: a seal of non-ASCII characters is simply wrong (the
                # hmac module's compare_digest raises on it); nothing secret is timed here
                if not isinstance(stored, str) or mac[cut:] != sealing.digest()[:16].hex():
                    problems.append(Problem("seal", QT_TRANSLATE_NOOP(
                        "core", "audit entry #{id} ({table} {record}) was re-sealed without "
                        "the key: its seal does not match"),
                        {"id": entry_id, "table": row[4], "record": row[5]}, row[4], row[5]))
        if content and row[6] is None and (
                row[8] != (None if row[7] is None else sha256(row[7]).hexdigest())
                or row[10] != (None if row[9] is None else sha256(row[9]).hexdigest())
                or row[12] != (None if row[11] is None else sha256(row[11]).hexdigest())):
            for name, value in _edited_content(row[6:13]):
                problems += _content_problem(entry_id, row[4], row[5], name, value)
        if events and row[13] is not None and row[6] is None:
            event = row[13], row[14]
            wanted = notes.get(event, False)
            if wanted is False:
                if len(notes) > 10_000:  # in flat memory, however varied the events
                    notes.clear()
                wanted = notes[event] = _event_note(*event)
            if wanted is None or wanted != row[11]:
                wrong_events.append(entry_id)
        previous_hash, previous_id = stored, entry_id
    if unsealed:
        problems.append(Problem("seal", QT_TRANSLATE_NOOP(
            "core", "{count} audit entries (#{first} to #{last}) carry no seal: they were "
            "written or rewritten outside DPO Desk"),
            {"count": len(unsealed), "first": unsealed[0], "last": unsealed[-1]}))
    for other, ids in sorted(foreign.items()):
        problems.append(Problem("seal", QT_TRANSLATE_NOOP(
            "core", "{count} audit entries (#{first} to #{last}) are sealed with a key this "
            "computer does not have ({key}): they were sealed on another computer or by "
            "someone else. If the file came from your other computer, restore it through "
            "DPO Desk to seal it here"),
            {"count": len(ids), "first": ids[0], "last": ids[-1],
             "key": other[:16] if other.isalnum() else _short(other)}))
    if fields is HASHED_FIELDS:
        problems += _erasure_problems(desk)
    return problems + _event_problems(desk, wrong_events)


def _edited_entry(desk: Desk, entry_id, table, record) -> list[Problem]:
    where = {"id": entry_id, "table": table, "record": record}
    problems = [Problem("chain", QT_TRANSLATE_NOOP(
        "core", "audit entry #{id} ({table} {record}) was edited: its content no longer "
        "matches its hash"), where, table, record)]
    entry = desk.row("SELECT before, after FROM audit_log WHERE id = ?", (entry_id,))
    if entry and (field_name := _malformed(entry)) is not None:
        problems.append(Problem("chain", QT_TRANSLATE_NOOP(
            "core", "audit entry #{id} ({table} {record}) is malformed: its {field} value is "
            "not valid JSON"), {**where, "field": field_name}, table, record))
    return problems


def _record_problems(conn, table: str, pk: str) -> list[Problem]:
    """Each record of `table` against its last audited state, streamed: SQLite pairs every
    record with its latest entry (found through the audit index), so memory stays flat
    however many records there are (issue 14: `check` of the 100k demo). `conn`: a
    connection of its own (`verify` runs this in a thread)."""
    latest = ("WITH latest AS (SELECT record_id, max(id) AS id FROM audit_log "
              "WHERE table_name = ? GROUP BY record_id) ")
    # record_id is TEXT: compared as TEXT, each record's latest entry is one index search
    joined = (f"SELECT t.*, a.action, a.after FROM [{table}] AS t "
              f"LEFT JOIN audit_log AS a ON a.id = (SELECT max(id) FROM audit_log "
              f"WHERE table_name = ? AND record_id = CAST(t.[{pk}] AS TEXT))")
    columns = conn.execute(f"PRAGMA table_info([{table}])").fetchall()
    problems = None
    if len(columns) <= 60 and not any("BLOB" in str(c[2]).upper() for c in columns):
        # SQLite writes each record as the app's snapshot would (json_object, keys in the
        # same order) and returns only the records that differ, each confirmed by the app's
        # own snapshot; a value SQLite cannot write as JSON sends the table the slow way
        snapshot_sql = "json_object(" + ", ".join(
            f"'{name}', t.[{name}]" for name in sorted(c[1] for c in columns)) + ")"
        with contextlib.suppress(cipher.Error):
            problems = _compared(table, pk, conn.execute(
                f"{joined} WHERE a.action IS NULL OR a.action = 'delete' OR "
                f"{snapshot_sql} IS NOT a.after", (table,)))
    if problems is None:
        problems = _compared(table, pk, conn.execute(joined, (table,)))
    # here the key's affinity applies to record_id: "12" meets 12 through the primary key
    vanished = conn.execute(
        f"{latest}SELECT l.record_id FROM latest AS l JOIN audit_log AS a ON a.id = l.id "
        f"WHERE a.action != 'delete' AND NOT EXISTS "
        f"(SELECT 1 FROM [{table}] AS t WHERE t.[{pk}] = l.record_id) ORDER BY l.id", (table,))
    for (record_id,) in vanished:
        problems.append(Problem("record", QT_TRANSLATE_NOOP(
            "core", "{table} {record} vanished without an audit entry"),
            {"table": table, "record": record_id}, table, record_id))
    return problems


def _compared(table: str, pk: str, cursor) -> list[Problem]:
    """The problems of the records `cursor` yields (each with its last entry's action and
    after value)."""
    problems: list[Problem] = []
    names = [d[0] for d in cursor.description][:-2]
    for values in cursor:
        row = dict(zip(names, values[:-2], strict=True))
        action, after = values[-2], values[-1]
        record_id = str(row[pk])
        named = {"table": table, "record": record_id}
        if action is None:
            problems.append(Problem("record", QT_TRANSLATE_NOOP(
                "core", "{table} {record} is not in the audit trail: it was written behind the "
                "app's back"), named, table, record_id))
        elif action == "delete":
            problems.append(Problem("record", QT_TRANSLATE_NOOP(
                "core", "{table} {record} exists although the audit trail records its "
                "deletion"), named, table, record_id))
        elif (current := snapshot(row)) != after:
            difference = _describe_difference(_loaded(after), json.loads(current))
            problems.append(Problem("record", QT_TRANSLATE_NOOP(
                "core", "{table} {record} differs from its last audited state ({difference})"),
                {**named, "difference": difference}, table, record_id))
    return problems


def _describe_difference(audited: dict, current: dict) -> str:
    parts = []
    for name in sorted(set(audited) | set(current)):
        old, new = audited.get(name), current.get(name)
        if old != new:
            parts.append(f"{name}: {_short(old)} → {_short(new)}")
    return "; ".join(parts) or "stored differently"


def _loaded(text) -> dict:
    """An audited content as a dict; a malformed one (named by `verify`) as empty."""
    try:
        found = json.loads(text) if text else {}
    except (TypeError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "..."


def changes(entry: dict) -> list[tuple[str, object, object]]:
    """What an entry changed: (field, before, after) for each field that differs."""
    before, after = _loaded(entry.get("before")), _loaded(entry.get("after"))
    return [(name, before.get(name), after.get(name))
            for name in sorted(set(before) | set(after), key=lambda n: (n != "id", n))
            if before.get(name) != after.get(name)]
