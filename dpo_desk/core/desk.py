"""`Desk`: the one entry point to a DPO Desk database (STYLE: Anki's Collection).

Opening checks the file before anything is written (CONTRACT: a foreign, non-SQLite or newer
file is refused and left byte-identical), backs an older file up, then upgrades it with the
numbered migrations in one exclusive transaction. Every later change goes through
`Desk.write`, which runs it in one transaction with its audit entry (core/audit.py).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from dpo_desk import __version__
from dpo_desk.core import anchors, audit, cipher, clock, files, text
from dpo_desk.core.cipher import Key
from dpo_desk.core.errors import (
    ConflictError,
    DatabaseBroken,
    DatabaseExists,
    DatabaseMissing,
    DatabaseRefused,
    DatabaseTooNew,
    DeskError,
    ForeignWal,
    NotADeskDatabase,
    NotFound,
    StorageError,
    WrongPassphrase,
)
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.migrations import (
    ERASABLE_SCHEMA,
    EVIDENCE_SCHEMA,
    MIGRATIONS,
    REWRITES,
    SCHEMA_VERSION,
    TIMELINE_SCHEMA,
    Migration,
    split_statements,
)
from dpo_desk.core.paths import default_db_path

if TYPE_CHECKING:
    # core/eventlog.py is imported where an upgrade writes events: not on every start
    from dpo_desk.core.eventlog import Event

# PRAGMA application_id: "DPOD". Lets us tell our files from any other SQLite database.
APPLICATION_ID = 0x44504F44
SQLITE_MAGIC = cipher.SQLITE_MAGIC
BUSY_TIMEOUT_S = 5.0
# SQLite could not read the file as a database (a damaged page, a table gone)
CANNOT_READ = QT_TRANSLATE_NOOP("core", "cannot be read as a database ({error})")


# A passphrase, or a function asked for one only when the file is encrypted and its key is
# not known in this process yet (the CLI's prompt), or None.
Passphrase = str | Callable[[], str | None] | None


class Desk:
    """An open database. `Desk.create(path)` makes a new one, `Desk.open(path)` opens one;
    close it (or use `with`) when done."""

    def __init__(self, path: Path, conn, key: Key | None = None):
        self.path = path
        self.conn = conn
        self.key = key  # None: a plain (unencrypted) file
        self._db = None
        self.backup_path: Path | None = None  # written before the last upgrade, if any
        self.narrowed: list[Path] = []  # files made private when opened (`narrow_own_files`)
        self._pks: dict[str, str] = {}
        self._version_stamped = False
        self._listeners: list[Callable[[set[str]], None]] = []
        self._changed_tables: set[str] = set()
        self._actor: str | None = None
        self._identity = _identity(path)  # the file opened: writes stop if it is replaced
        self._protected = False  # in files' list of open databases (see `_protect`)
        # evidence (issue 14): what the checks at opening found (writes are refused while
        # there is any), the head the open transaction wrote, the sealing key
        self.refusal: list[audit.Problem] = []
        self.head_written: tuple[int, str] | None = None
        self._seal_key: tuple[str, bytes] | None = None
        self._has_seals: bool | None = None
        self._has_content_hashes: bool | None = None
        self._has_events: bool | None = None

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str | None = None, *, passphrase: Passphrase = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> Desk:
        """Open the database at `path`, upgrading it if it is older.

        An encrypted file needs `passphrase`, unless its key was verified earlier in this
        process (`cipher.remember`). Raises `DatabaseRefused` subclasses, without writing a
        byte, for a missing file (`DatabaseMissing`: see `create`), a wrong passphrase, and
        files that are not ours, are damaged or come from a newer version.
        """
        path = _absolute(path)
        if not path.exists():
            inspect_file(path)  # a -wal left beside the missing file is named first
            raise DatabaseMissing(path)
        if _is_empty(path):
            # a truncated file (a full disk, a sync) is not silently made a new, plain one
            raise NotADeskDatabase(path, QT_TRANSLATE_NOOP(
                "core", "is empty (0 bytes): not a database; restore a backup, or create a "
                "new database with `dpo-desk init`"))
        latest = migrations[-1].version if migrations else 0
        key = _key_for(path, passphrase)
        found_version = inspect_file(path, latest=latest, key=key)
        if found_version and found_version < latest:
            _refuse_foreign_schema(path, found_version, key)
        if key is not None:
            cipher.remember(key)
        desk = cls._connect(path, key, found_version or 0, migrations)
        desk.narrowed = narrow_own_files(path)
        return desk

    @classmethod
    def create(
        cls, path: Path | str | None = None, *, passphrase: str | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> Desk:
        """Create a new database at `path`: encrypted with `passphrase` (SQLCipher 4, a new
        random salt), or plain when it is None. An existing file is refused untouched."""
        path = _absolute(path)
        if path.exists() and not _is_empty(path):
            raise DatabaseExists(path)
        if path.is_symlink() and not path.exists():
            # SQLite would create the link's target with the default mode, readable by others
            raise DatabaseRefused(path, QT_TRANSLATE_NOOP(
                "core", "is a link to a file that does not exist; give the real path of the "
                "new database"))
        inspect_file(path)  # refuses a -wal of another database left beside it
        key = Key.derive(passphrase) if passphrase else None
        path.parent.mkdir(parents=True, exist_ok=True)
        files.create_private(path)  # 0600; SQLite gives -wal and -shm the same mode
        desk = cls._connect(path, key, 0, migrations)
        if key is not None:
            cipher.remember(key)
        return desk

    @classmethod
    def _connect(cls, path: Path, key: Key | None, found_version: int,
                 migrations: Sequence[Migration]) -> Desk:
        try:
            conn = cipher.connect(str(path), key, isolation_level=None, timeout=BUSY_TIMEOUT_S)
        except cipher.Error as exc:
            raise _storage_error(path, exc) from exc
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed write survives a power cut (nothing saved is ever lost).
            conn.execute("PRAGMA synchronous = FULL")
            # Vietnamese dictionary order for ORDER BY ... COLLATE VI, and fold() for
            # comparing Vietnamese text regardless of case (core/text.py).
            conn.create_collation("VI", text.collate)
            conn.create_function("fold", 1, text.fold_sql, deterministic=True)
            desk = cls(path, conn, key)
            desk._migrate(found_version, migrations)
            desk._protect()
            desk._check_at_open(migrations[-1].version if migrations else 0)
        except cipher.Error as exc:
            conn.close()
            raise _storage_error(path, exc) from exc
        except BaseException:
            conn.close()
            raise
        return desk

    def _protect(self) -> None:
        """No --out or Save As may replace this file (or its -wal/-shm) while it is open."""
        files.protect(self.path)
        self._protected = True

    def narrowed_message(self) -> str:
        """What opening made private (`narrow_own_files`), said once: the next opening
        finds nothing to do."""
        return (f"{len(self.narrowed)} file(s) of {self.path.name} were readable by other "
                "users (left so by an older version) and are now private (mode 0600): "
                + ", ".join(str(p) for p in self.narrowed))

    def close(self) -> None:
        self.conn.close()
        if self._protected:
            self._protected = False
            files.release(self.path)

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def db(self):
        """The sqlite-utils view of the same connection, for table introspection and bulk
        work. Imported on first use: the start-up path does not need it."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self, current: int, migrations: Sequence[Migration]) -> None:
        pending = [m for m in migrations if m.version > current]
        if not pending:
            return
        if current > 0:
            self.backup_path = self._backup_before_upgrade(current)
        try:
            self.conn.execute("BEGIN EXCLUSIVE")
            shapes = self._audited_shapes() if current > 0 else {}
            rewritten = self._rows_to_rewrite(pending) if current > 0 else {}
            for migration in pending:
                for statement in split_statements(migration.sql):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {int(migration.version)}")
            self._has_seals = self._has_content_hashes = self._has_events = None
            if 0 < current < ERASABLE_SCHEMA <= pending[-1].version:
                # verified, then re-linked over content hashes
                audit.convert_legacy(self, sealed=current >= EVIDENCE_SCHEMA)
            if shapes:
                self._audit_reshaped_tables(shapes, pending[-1].version)
            if 0 < current < TIMELINE_SCHEMA <= pending[-1].version:
                from dpo_desk.core import eventlog

                eventlog.fill(self)  # the events of the entries written before (issue 16)
            if rewritten:
                self._audit_rewritten_rows(rewritten, pending[-1].version)
            if current > 0:
                audit.seal_unsealed(self)  # entries older than schema 6, once verified
            if pending[-1].version >= EVIDENCE_SCHEMA:
                from dpo_desk.core import signing

                signing.create(self)  # the company's packet-signing key (issue 14)
            if current == 0:
                self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                self._set_meta("created_at", clock.iso_now())
            self._set_meta("app_version", __version__)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, cipher.Error):
                found = StorageError.from_sqlite(self.path, exc, busy_seconds=BUSY_TIMEOUT_S)
                raise found or DeskError(
                    f"{self.path}: upgrading to schema {pending[-1].version} failed ({exc}); "
                    "the file was left as it was"
                ) from exc
            raise

    def _check_at_open(self, latest: int) -> None:
        """The quick evidence checks (audit.open_problems); a file that passes them raises
        this computer's anchor to its head."""
        if self.schema_version != latest or latest < EVIDENCE_SCHEMA:
            return  # a test's older schema: nothing to compare with
        self.refusal = audit.open_problems(self)
        if not self.refusal:
            anchors.remember(self.database_id, audit.last_entry(self), self.path)

    @property
    def database_id(self) -> str | None:
        """The random id the anchor store knows this database by (schema 6)."""
        if self.schema_version < EVIDENCE_SCHEMA:
            return None
        return self.meta("database_id")

    def secret(self) -> bytes:
        """The secret the audit seals are derived from: this user's key (core/anchors.py).
        An encrypted database returns bytes derived from its own key instead, so that a
        copied file can be re-sealed by no one without the passphrase."""
        if self.key is not None:
            import hashlib

            return hashlib.sha256(b"dpo-desk audit seal\0" + self.key.raw).digest()
        return anchors.local_key()

    def seal_key(self) -> tuple[str, bytes]:
        if self._seal_key is None:
            self._seal_key = audit.seal_key(self.secret())
        return self._seal_key

    def reader(self):
        """A second, read-only connection to the same file, for work in another thread
        (`audit.verify` runs SQLite's integrity check on it). An encrypted database must
        give it its key too."""
        return cipher.connect(readonly_uri(self.path), self.key, uri=True,
                              timeout=BUSY_TIMEOUT_S)

    def has_seals(self) -> bool:
        """Whether the audit trail has its seal column (schema 6 and later)."""
        if self._has_seals is None:
            self._has_seals = any(r[1] == "mac" for r in self.conn.execute(
                "PRAGMA table_info(audit_log)"))
        return self._has_seals

    def has_content_hashes(self) -> bool:
        """Whether the audit trail's links cover content hashes (format 2, schema 9)."""
        if self._has_content_hashes is None:
            self._has_content_hashes = any(r[1] == "legacy_hash" for r in self.conn.execute(
                "PRAGMA table_info(audit_log)"))
        return self._has_content_hashes

    def has_events(self) -> bool:
        """Whether audit entries carry their event kind and parameters (schema 10)."""
        if self._has_events is None:
            self._has_events = any(r[1] == "event" for r in self.conn.execute(
                "PRAGMA table_info(audit_log)"))
        return self._has_events

    def _refuse_if_read_only(self) -> None:
        if self.refusal:
            more = len(self.refusal) - 1
            raise DeskError(
                f"{self.path} is open read-only: {self.refusal[0].message}"
                + (f" (and {more} more problem(s))" if more else "")
                + "; nothing was written. Run `dpo-desk check`")

    def _audited_shapes(self) -> dict[str, list[str]]:
        return {t: [r[1] for r in self.conn.execute(f"PRAGMA table_info([{t}])")]
                for t in self.table_names() if t not in audit.UNAUDITED_TABLES
                and not t.startswith("sqlite_")}

    def _audit_reshaped_tables(self, before: dict[str, list[str]], version: int) -> None:
        """A migration that changed the columns of an audited table changed every record's
        content: record the new state of each, so the audit trail still matches the file."""
        for table, columns in self._audited_shapes().items():
            if table in before and before[table] != columns:
                pk = self.primary_key(table)
                rows = self.rows(f"SELECT * FROM [{table}] ORDER BY [{pk}]")
                from dpo_desk.core.eventlog import Event

                audit.append_many(self, [("update", table, row[pk], None, row,
                                          Event("schema_upgrade", {"version": version}))
                                         for row in rows])

    def _rows_to_rewrite(self, pending: Sequence[Migration]) -> dict[str, dict]:
        """The rows, before the upgrade, of each table a pending migration rewrites
        (`REWRITES`), by primary key."""
        tables = {REWRITES[m.version] for m in pending if m.version in REWRITES}
        found = {}
        for table in sorted(tables & set(self.table_names())):
            pk = self.primary_key(table)
            found[table] = {row[pk]: row for row in self.rows(f"SELECT * FROM [{table}]")}
        return found

    def _audit_rewritten_rows(self, before: dict[str, dict], version: int) -> None:
        """A migration that rewrote stored values: each row it changed gets an audit entry
        (before and after), so the audit trail still matches the file."""
        from dpo_desk.core.eventlog import Event

        changes = []
        for table, rows in before.items():
            pk = self.primary_key(table)
            for row in self.rows(f"SELECT * FROM [{table}] ORDER BY [{pk}]"):
                old = rows.get(row[pk])
                if old is not None and audit.snapshot(old) != audit.snapshot(row):
                    changes.append(("update", table, row[pk], old, row,
                                    Event("schema_upgrade", {"version": version})))
        if changes:
            audit.append_many(self, changes)

    def _backup_before_upgrade(self, version: int) -> Path:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.schema{version}-backup-{stamp}.sqlite3")
        self.backup_to(target)
        return target

    # -- reading -------------------------------------------------------------------------

    def rows(self, sql: str, params: Sequence | dict = ()) -> list[dict]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def row(self, sql: str, params: Sequence | dict = ()) -> dict | None:
        found = self.rows(sql, params)
        return found[0] if found else None

    def scalar(self, sql: str, params: Sequence | dict = ()):
        found = self.conn.execute(sql, params).fetchone()
        return found[0] if found else None

    def get(self, table: str, record_id) -> dict | None:
        pk = self.primary_key(table)
        return self.row(f"SELECT * FROM [{table}] WHERE [{pk}] = ?", (record_id,))

    def primary_key(self, table: str) -> str:
        if table not in self._pks:
            pks = [r[1] for r in sorted(
                (r for r in self.conn.execute(f"PRAGMA table_info([{table}])") if r[5]),
                key=lambda r: r[5])]
            if len(pks) != 1:
                raise RuntimeError(f"table {table} needs a single-column primary key")
            self._pks[table] = pks[0]
        return self._pks[table]

    def meta(self, key: str) -> str | None:
        return self.scalar("SELECT value FROM meta WHERE key = ?", (key,))

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Desk]:
        """One transaction; nested use becomes a savepoint of the outer one.

        A write the disk refuses (full, read-only, failing, the file deleted while open, the
        database kept busy by another program) rolls back and raises `StorageError` naming
        the file; what was committed before stays as it was.
        """
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # SQLite rolls back by itself on some errors
                    self.conn.execute("ROLLBACK TO SAVEPOINT nested")
                    self.conn.execute("RELEASE SAVEPOINT nested")
                raise
            self.conn.execute("RELEASE SAVEPOINT nested")
            return
        self._refuse_if_read_only()
        self._changed_tables = set()
        self._actor = None
        self.head_written = None
        try:
            # IMMEDIATE: take the write lock now, so a second window waits (up to
            # BUSY_TIMEOUT_S) instead of failing half-way with "database is locked".
            self.conn.execute("BEGIN IMMEDIATE")
            self._check_same_file()
            yield self
            self._stamp_app_version()
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.head_written = None
            self._rollback()
            self._version_stamped = False  # if stamped, that was rolled back too
            found = StorageError.from_sqlite(self.path, exc, busy_seconds=BUSY_TIMEOUT_S) \
                if isinstance(exc, cipher.Error) else None
            if found is not None:
                raise found from exc
            raise  # not about the file: a bug or a constraint, as it is
        finally:
            self._actor = None
        if self.head_written is not None:
            anchors.remember(self.database_id, self.head_written, self.path)
        if self._changed_tables:
            for listener in list(self._listeners):
                listener(set(self._changed_tables))

    def _rollback(self) -> None:
        """Undo the open transaction, if SQLite has not already; a disk that failed the
        write may fail the rollback too, which then happens when the file is next opened."""
        if self.conn.in_transaction:
            with suppress(cipher.Error):
                self.conn.execute("ROLLBACK")

    def _check_same_file(self) -> None:
        """SQLite keeps writing to a file deleted (or replaced) while open, and the writes
        vanish when the app closes: refuse them instead."""
        found = _identity(self.path)
        # A file system without file ids (st_ino 0) can only tell a deleted file.
        comparable = bool(found and found[1] and self._identity and self._identity[1])
        if found is None or (comparable and found != self._identity):
            raise StorageError(self.path, "gone")

    def subscribe(self, listener: Callable[[set[str]], None]) -> None:
        """Call `listener(tables)` after each committed transaction that changed records
        (STYLE: the core tells the GUI through callbacks, it never imports it)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[set[str]], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def write(self, table: str, action: str, record_id=None, values: dict | None = None,
              *, note: str | Event | None = None, expected: dict | None = None):
        """The one way to change an audited table: the change and its audit entry, atomically.

        `action` is insert, update or delete. Returns the record id. An update that changes
        nothing writes nothing. `expected`: the record as the caller read it (`get`); if it
        has changed since, the update or delete is refused with `ConflictError`.
        """
        pk = self.primary_key(table)
        values = dict(values or {})
        with self.transaction():
            if expected is not None:
                self.expect(table, record_id, expected)
            before = None if action == "insert" else self.get(table, record_id)
            if action != "insert" and before is None:
                raise NotFound(f"{table} {record_id} does not exist")
            if action == "insert":
                record_id = self._insert(table, pk, values)
            elif action == "update":
                self._update(table, pk, record_id, values)
            elif action == "delete":
                self.conn.execute(f"DELETE FROM [{table}] WHERE [{pk}] = ?", (record_id,))
            else:
                raise ValueError(f"unknown action {action!r}")
            after = None if action == "delete" else self.get(table, record_id)
            if action == "update" and after == before:
                return record_id
            audit.append(self, action=action, table=table, record_id=record_id,
                         before=before, after=after, note=note)
            self._changed_tables.add(table)
        return record_id

    def expect(self, table: str, record_id, expected: dict) -> None:
        """Raise `ConflictError` unless the record is stored exactly as `expected` (a row as
        `get` returned it): another window or program changed or deleted it meanwhile.
        Call inside the transaction that writes, so nothing can slip in between."""
        current = self.get(table, record_id)
        if current is None:
            raise ConflictError(table, record_id)
        if audit.snapshot(current) != audit.snapshot(expected):
            raise ConflictError(table, record_id, sorted(
                name for name in current.keys() | expected.keys()
                if current.get(name) != expected.get(name)))

    def insert_many(self, table: str, rows: list[dict], *, note: str | Event | None = None) -> list:
        """Insert many records with their audit entries in a few statements (imports, demo
        data): the same guarantees as `write`, one transaction. Returns the new ids."""
        if not rows:
            return []
        pk = self.primary_key(table)
        with self.transaction():
            columns = list(rows[0])
            if pk not in columns:  # integer keys: assign the next ids ourselves
                first = (self.scalar(f"SELECT max([{pk}]) FROM [{table}]") or 0) + 1
                rows = [{pk: first + n, **row} for n, row in enumerate(rows)]
                columns = [pk, *columns]
            names = ", ".join(f"[{c}]" for c in columns)
            marks = ", ".join("?" for _ in columns)
            self.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})",
                                  [[row[c] for c in columns] for row in rows])
            ids = [row[pk] for row in rows]
            stored = self._fetch_many(table, pk, ids)
            audit.append_many(self, [("insert", table, i, None, stored[i], note) for i in ids])
            self._changed_tables.add(table)
        return ids

    def _fetch_many(self, table: str, pk: str, ids: list) -> dict:
        found: dict = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.rows(f"SELECT * FROM [{table}] WHERE [{pk}] IN ({marks})", chunk):
                found[row[pk]] = row
        return found

    def insert(self, table: str, values: dict, *, note: str | Event | None = None):
        return self.write(table, "insert", values=values, note=note)

    def update(self, table: str, record_id, values: dict, *, note: str | Event | None = None,
               expected: dict | None = None):
        return self.write(table, "update", record_id, values, note=note, expected=expected)

    def delete(self, table: str, record_id, *, note: str | Event | None = None,
               expected: dict | None = None):
        return self.write(table, "delete", record_id, note=note, expected=expected)

    def put(self, table: str, record_id, values: dict, *, note: str | Event | None = None):
        """Insert or update the record with this (natural) key."""
        with self.transaction():
            if self.get(table, record_id) is None:
                return self.insert(table, {self.primary_key(table): record_id, **values}, note=note)
            return self.update(table, record_id, values, note=note)

    def _insert(self, table: str, pk: str, values: dict):
        columns = ", ".join(f"[{c}]" for c in values)
        marks = ", ".join("?" for _ in values)
        sql = f"INSERT INTO [{table}] ({columns}) VALUES ({marks})" if values else \
            f"INSERT INTO [{table}] DEFAULT VALUES"
        cursor = self.conn.execute(sql, list(values.values()))
        return values.get(pk, cursor.lastrowid)

    def _update(self, table: str, pk: str, record_id, values: dict) -> None:
        if not values:
            return
        assignments = ", ".join(f"[{c}] = ?" for c in values)
        self.conn.execute(f"UPDATE [{table}] SET {assignments} WHERE [{pk}] = ?",
                          [*values.values(), record_id])

    def _set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def _stamp_app_version(self) -> None:
        """Record which app version last wrote the file (once per session)."""
        if not self._version_stamped:
            self._set_meta("app_version", __version__)
            self._version_stamped = True

    def actor(self) -> str:
        """Who is writing: the DPO's name from settings, else the OS user. Looked up once per
        transaction, except while the transaction changes the name itself."""
        if self._actor is not None and "settings" not in self._changed_tables:
            return self._actor
        name = self.scalar("SELECT value FROM settings WHERE key = 'dpo_name'")
        if not name:
            import getpass  # rarely needed: not on the start path

            try:
                name = getpass.getuser()
            except Exception:  # no login name (some containers, services)
                name = "unknown"
        self._actor = name
        return name

    # -- whole-file operations -------------------------------------------------------------

    def backup_to(self, target: Path | str) -> Path:
        """A consistent copy through SQLite's online backup API, written atomically to a
        private (0600) file. The copy of an encrypted file is encrypted with the same key (and
        salt): the same passphrase opens it, and no page of it is ever plain on disk."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(self.conn, target, key=self.key)
        return target


def _refuse_foreign_schema(path: Path, version: int, key: Key | None) -> None:
    """An older file is upgraded only when its schema is exactly what its version defines:
    a planted trigger would act on the upgrade's own writes (issue 14). Read-only: a
    refused file stays byte-identical."""
    from dpo_desk.core.migrations import differences

    try:
        conn = cipher.connect(readonly_uri(path), key, uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            found = differences(conn, version)
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        raise DatabaseBroken(path, CANNOT_READ, error=str(exc)) from exc
    if found:
        named = "; ".join(f"{how} {kind} {name}" for how, (kind, name, _t, _s) in found[:5])
        raise DatabaseBroken(path, QT_TRANSLATE_NOOP(
            "core", "does not have the schema of its version {version} ({named}); it was not "
            "upgraded. Restore a backup"), version=version, named=named)


def copy_database(source, target: Path, before_replacing: Callable[[], object] | None = None,
                  *, key: Key | None = None) -> None:
    """Copy the database of the connection `source` to `target` (SQLite's backup API): a
    private temporary file renamed over `target` when complete, in rollback-journal mode (a
    single file), encrypted with `key` when given (the source's key: SQLCipher copies pages
    only between databases of the same key). `before_replacing` runs once the copy is
    complete, before it replaces `target`."""
    try:
        with files.replacing(target) as temp:
            copy = cipher.connect(str(temp.path), key)
            try:
                source.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            if before_replacing:
                before_replacing()
    except cipher.Error as exc:
        raise _storage_error(target, exc) from exc


_identity = files.identity  # which file is at a path: (device, inode), None when none


def _absolute(path: Path | str | None) -> Path:
    return Path(path).expanduser().absolute() if path is not None else default_db_path()


def _key_for(path: Path, passphrase: Passphrase) -> Key | None:
    """The key to try on `path`: None for a plain file (or one that is no database at all);
    for an encrypted one, derived from the passphrase given, else the key already verified
    in this process, else derived from what the `passphrase` function answers."""
    salt = cipher.file_salt(path)
    if salt is None:
        return None
    if isinstance(passphrase, str):
        return Key.derive(passphrase, salt) if passphrase else None
    known = cipher.known_key(salt)
    if known is not None or passphrase is None:
        return known
    asked = passphrase()
    return Key.derive(asked, salt) if asked else None


def key_for(path: Path | str, passphrase: Passphrase = None) -> Key | None:
    """The verified key of an existing file (None when it is plain): for a second file, such
    as a backup to restore. Raises like `Desk.open`, without writing a byte."""
    path = _absolute(path)
    key = _key_for(path, passphrase)
    inspect_file(path, key=key)
    if key is not None:
        cipher.remember(key)
    return key


def _storage_error(path: Path, error) -> DeskError:
    """The DeskError, naming the file, for a SQLite error while opening or copying it."""
    found = StorageError.from_sqlite(path, error, busy_seconds=BUSY_TIMEOUT_S)
    return found if found is not None else DeskError(f"{path}: {error}")


def inspect_file(path: Path, *, latest: int = SCHEMA_VERSION, key: Key | None = None
                 ) -> int | None:
    """The schema version of an existing DPO Desk file, or None for a new (absent/empty) one.

    Reads without writing anything; refuses what must not be opened. An encrypted file is
    read with `key`; without one, or with a wrong one, it is refused as `WrongPassphrase`.
    """
    problem = foreign_wal(path)
    if problem:
        raise ForeignWal(path, problem[0], **problem[1])
    if not path.exists() or _is_empty(path):
        return None
    if path.is_dir():
        raise NotADeskDatabase(path, QT_TRANSLATE_NOOP(
            "core", "is a folder, not a database file"))
    if not path.is_file():  # reading a pipe would wait for ever (issue 13: hostile input)
        raise NotADeskDatabase(path, QT_TRANSLATE_NOOP(
            "core", "is not a regular file (a pipe, a device or a socket), not a database "
            "file"))
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise NotADeskDatabase(path, QT_TRANSLATE_NOOP("core", "cannot be read ({error})"),
                               error=exc.strerror) from exc
    encrypted = not header.startswith(SQLITE_MAGIC)
    if encrypted:
        salt = cipher.file_salt(path)
        if salt is None:
            raise NotADeskDatabase(path, QT_TRANSLATE_NOOP(
                "core", "is not a SQLite database (not a DPO Desk file)"))
        if key is None:
            raise WrongPassphrase(path, "it is encrypted, and no passphrase was given")
        if key.salt != salt:
            raise WrongPassphrase(path)
    app_id, version, objects = _read_identity(path, key if encrypted else None)
    if app_id != APPLICATION_ID:
        if app_id == 0 and objects == 0:
            return None  # an empty SQLite file: safe to set up
        raise NotADeskDatabase(path, QT_TRANSLATE_NOOP(
            "core", "is a SQLite database of another application (application_id {id}), not "
            "a DPO Desk file"), id=f"{app_id:#x}")
    if version > latest:
        raise DatabaseTooNew(path, QT_TRANSLATE_NOOP(
            "core", "was written by a newer DPO Desk (schema {version}; this version knows up "
            "to schema {latest}). Update DPO Desk to open it; the file was not changed"),
            version=version, latest=latest)
    return version


def _is_empty(path: Path) -> bool:
    """A regular file of 0 bytes (`create` sets it up; `open` refuses it)."""
    return path.is_file() and path.stat().st_size == 0


WAL_MAGIC = (0x377F0682, 0x377F0683)


def foreign_wal(path: Path) -> tuple[str, dict] | None:
    """Why the -wal file beside `path` cannot be the database's own (a template marked for
    translation and its parameters), or None.

    SQLite applies every frame of a -wal file whose header checksum holds and whose frames
    carry the header's salts, whichever database wrote it: the WAL names no database (a
    backup copied over the file, a file deleted beside its -wal). Two signs betray one that
    would be applied: a database that is absent or empty, and a page size other than the
    database's. A -wal without such frames is ignored by SQLite, and so here.
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and not wal.is_file():  # a pipe would hang SQLite and this read
        return QT_TRANSLATE_NOOP(
            "core", "the -wal name beside it ({wal}) is not a regular file (a pipe, a device "
            "or a folder); SQLite cannot use it. Move it away, then open the file again"), \
            {"wal": wal.name}
    try:
        with wal.open("rb") as handle:
            header = handle.read(56)  # the WAL header and the first frame's header
    except OSError:
        return None
    if len(header) < 56:
        return None
    magic, _version, page_size, _sequence, salt1, salt2, sum1, sum2 = \
        struct.unpack(">8I", header[:32])
    if magic not in WAL_MAGIC or _wal_checksum(header[:24], magic & 1) != (sum1, sum2) or \
            struct.unpack(">2I", header[40:48]) != (salt1, salt2):
        return None
    try:
        with path.open("rb") as handle:
            db_header = handle.read(18)
    except OSError:
        db_header = b""
    if not db_header:
        return QT_TRANSLATE_NOOP(
            "core", "a -wal file ({wal}) lies beside a database that is absent or empty: it "
            "belongs to another file. Move it away, then open the file again"), \
            {"wal": wal.name}
    if db_header.startswith(SQLITE_MAGIC):
        db_page_size = struct.unpack(">H", db_header[16:18])[0]
        db_page_size = 65536 if db_page_size == 1 else db_page_size
        if db_page_size != page_size:
            return QT_TRANSLATE_NOOP(
                "core", "its -wal file ({wal}) was written by another database (pages of "
                "{size} bytes, the database's are {own}); SQLite would apply it and damage the "
                "file. Move the -wal file away (restore a backup if data are missing)"), \
                {"wal": wal.name, "size": page_size, "own": db_page_size}
    return None


def _wal_checksum(data: bytes, big_endian: int) -> tuple[int, int]:
    """SQLite's WAL checksum (https://www.sqlite.org/fileformat2.html#walformat)."""
    words = struct.unpack((">" if big_endian else "<") + f"{len(data) // 4}I", data)
    s0 = s1 = 0
    for index in range(0, len(words), 2):
        s0 = (s0 + words[index] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[index + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def readonly_uri(path: Path) -> str:
    """A URI that reads `path` without creating anything beside it.

    A read-only connection to a WAL-mode file creates `-wal` and `-shm` files when they are
    absent (a refused file must stay alone, CONTRACT: Database). With no `-wal` file there
    is nothing to read from one, so such a file is opened as immutable instead. An encrypted
    file hides its header (the app makes them all WAL): the same holds for it.
    """
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    with path.open("rb") as handle:
        header = handle.read(20)
    is_wal = header[18:20] == b"\x02\x02" if header.startswith(SQLITE_MAGIC) else True
    if is_wal and not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def narrow_own_files(path: Path) -> list[Path]:
    """Make private (0600) the database's own files that older versions left readable by
    other users (issue 13, DOMAIN D6): the file, its -wal and -shm, and the copies the app
    keeps beside it (the backup before an upgrade, `<name>.schemaN-backup-<time>.sqlite3`;
    the files a restore kept, `<name>.before-restore...`). Only regular files of this user
    are changed, never through a link. Returns the files narrowed (POSIX; none elsewhere)."""
    import os
    import stat

    if os.name != "posix":
        return []
    found = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    # one listing of the folder, matched without glob's patterns: compiling them cost ~9 ms
    # of the window's start (issue 13, cold start)
    try:
        names = os.listdir(path.parent)
    except OSError:
        names = []
    upgrade = f"{path.stem}.schema"  # <stem>.schema*-backup-*.sqlite3*
    found += sorted(path.parent / n for n in names if n.startswith(upgrade)
                    and (cut := n.find("-backup-", len(upgrade))) >= 0
                    and n.find(".sqlite3", cut + len("-backup-")) >= 0)
    for kept in (f"{path.stem}.before-restore", f"{path.name}.before-restore"):
        found += sorted(path.parent / n for n in names if n.startswith(kept))
    narrowed = []
    for candidate in dict.fromkeys(found):
        # by path, never through a descriptor: closing one would drop the locks SQLite holds
        # on the file in this process (POSIX locks belong to the process, not to the fd)
        try:
            info = os.lstat(candidate)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or \
                    not info.st_mode & 0o077:
                continue
            try:
                os.chmod(candidate, files.PRIVATE_MODE, follow_symlinks=False)
            except NotImplementedError:  # a C library without it: checked a regular file
                os.chmod(candidate, files.PRIVATE_MODE)
        except OSError:  # absent, or a file we may not change: left as it is
            continue
        narrowed.append(candidate)
    return narrowed


def _read_identity(path: Path, key: Key | None = None) -> tuple[int, int, int]:
    uri = readonly_uri(path)
    try:
        conn = cipher.connect(uri, key, uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            objects = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except cipher.DatabaseError as exc:
        if key is not None and getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise WrongPassphrase(path) from exc
        raise DatabaseBroken(path, CANNOT_READ, error=str(exc)) from exc
    return app_id, version, objects
