-- Schema 6: events carry their dates, documents their numbers (issue 15; DOMAIN D3.8, D3.9).

-- When the case's last step happened (`complaints status --at`): a step may be recorded
-- after the fact, never before the step it follows. NULL for steps recorded before schema 6
-- (their own columns, acknowledged_at, answered_at ..., still order them).
ALTER TABLE complaints ADD COLUMN status_at TEXT;

-- DOMAIN D3.8: after an extension, the extended legal limit and the extended promise side by
-- side; `due` is the earlier of them and `binding` names it.
ALTER TABLE complaints ADD COLUMN extended_legal_due TEXT;
ALTER TABLE complaints ADD COLUMN extended_policy_due TEXT;

-- The register of outgoing documents: each letter or notice gets its number once, from one
-- yearly sequence of the company ("05/2026/TB-BVDLCN"), never from a database id.
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    reference TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_table TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    issued_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (year, number),
    UNIQUE (kind, record_table, record_id)
);
