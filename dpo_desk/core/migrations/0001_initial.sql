-- Schema 1: the foundation. Settings (company profile and preferences), the audit trail
-- and a small table of facts about the file itself.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Every write of an audited table appends one row here, in the same transaction.
-- hash = SHA-256 over the entry's fields and prev_hash (see core/audit.py).
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    table_name TEXT NOT NULL,
    record_id TEXT NOT NULL,
    before TEXT,
    after TEXT,
    note TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);

CREATE INDEX audit_log_record ON audit_log (table_name, record_id, id);
