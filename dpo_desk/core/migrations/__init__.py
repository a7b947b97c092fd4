"""Numbered schema migrations: `NNNN_name.sql`, applied in order (STYLE: calibre's upgrades).

Migration N brings a database from `PRAGMA user_version` N-1 to N. Never edit a shipped file;
add the next number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load() -> list[Migration]:
    found = []
    # the files beside this module (a wheel, a source tree and PyInstaller's folder all keep
    # them there); importlib.resources would cost ~15 ms of imports at every start
    for entry in Path(__file__).parent.iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        numbers = [m.version for m in found]
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {numbers}")
    return found


def split_statements(sql: str) -> list[str]:
    """Split a migration script into statements (executescript would commit our transaction)."""
    import sqlite3  # only when a file is upgraded: not on the window's start

    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement.strip(";").strip():
                statements.append(statement)
            buffer = ""
    if buffer.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buffer.splitlines()
    ):
        raise RuntimeError(f"incomplete SQL statement in migration: {buffer.strip()[:60]}")
    return statements


MIGRATIONS = load()
# The first schema with a database id, sealed audit entries and the company key (issue 14).
EVIDENCE_SCHEMA = next(m.version for m in MIGRATIONS if m.name == "evidence")
# the audit trail linked over content hashes, erasable (issue 14 point 4; core/audit.py)
ERASABLE_SCHEMA = next(m.version for m in MIGRATIONS if m.name == "erasable_audit")
# each audit entry's step as a kind and its parameters (issue 16; core/eventlog.py)
TIMELINE_SCHEMA = next(m.version for m in MIGRATIONS if m.name == "timeline_events")
# the register's legal bases and recipient roles in Law 91's terms (issue 15 point 7)
LAW_91_TERMS_SCHEMA = next(m.version for m in MIGRATIONS if m.name == "law_91_terms")
# Migrations that rewrite stored values (not columns), and the audited table whose rows they
# rewrite: core/desk.py records each changed row, so the audit trail still matches the file.
REWRITES = {LAW_91_TERMS_SCHEMA: "register_entries"}
SCHEMA_VERSION = MIGRATIONS[-1].version


# -- the exact schema of each version (issue 14) ----------------------------------------------
# `schema-N.json` beside the migrations lists every table, index, view and trigger that
# migrations 1..N create, with its SQL as SQLite stores it. It is generated (`python -m
# dpo_desk.core.migrations`) and a test regenerates and compares it; `check`, opening a file
# and `restore` compare a file's sqlite_master with it, so a planted trigger or view, a
# dropped table or an altered index is named.

SchemaObject = tuple[str, str, str, str | None]  # type, name, table, sql
# SQLite's own statistics tables (ANALYZE, PRAGMA optimize) hold no data of ours
_IGNORED_PREFIX = "sqlite_stat"


def schema_file(version: int) -> Path:
    return Path(__file__).parent / f"schema-{version}.json"


def objects_in(conn) -> list[SchemaObject]:
    """What a connection's database defines, as schema-N.json lists it."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                        "ORDER BY type, name").fetchall()
    return [tuple(r) for r in rows if not str(r[1]).startswith(_IGNORED_PREFIX)]


def generate(version: int) -> list[SchemaObject]:
    """The objects of schema `version`, made by running migrations 1..version on an empty
    in-memory database (the same statements, in the same order, as an upgrade runs)."""
    import sqlite3

    from dpo_desk.core import text

    conn = sqlite3.connect(":memory:")
    conn.create_function("fold", 1, text.fold_sql, deterministic=True)
    try:
        for migration in MIGRATIONS[:version]:
            for statement in split_statements(migration.sql):
                conn.execute(statement)
        return objects_in(conn)
    finally:
        conn.close()


def expected(version: int) -> list[SchemaObject] | None:
    """The objects schema `version` defines, from its schema-N.json (None if it has none)."""
    import json

    path = schema_file(version)
    if not path.is_file():
        return None
    return [tuple(o) for o in json.loads(path.read_text(encoding="utf-8"))["objects"]]


def write_schema_files() -> list[Path]:
    import json

    written = []
    for migration in MIGRATIONS:
        document = {"version": migration.version,
                    "objects": [list(o) for o in generate(migration.version)]}
        path = schema_file(migration.version)
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
        written.append(path)
    return written


def differences(conn, version: int) -> list[tuple[str, SchemaObject]]:
    """How a database's objects differ from schema `version`: ("extra", object),
    ("missing", object) or ("altered", object as found). Empty when they match."""
    wanted = expected(version)
    if wanted is None:
        return []
    found = {(o[0], o[1]): o for o in objects_in(conn)}
    known = {(o[0], o[1]): o for o in wanted}
    result: list[tuple[str, SchemaObject]] = []
    for key in sorted(found.keys() - known.keys()):
        result.append(("extra", found[key]))
    for key in sorted(known.keys() - found.keys()):
        result.append(("missing", known[key]))
    for key in sorted(found.keys() & known.keys()):
        if found[key] != known[key]:
            result.append(("altered", found[key]))
    return result
