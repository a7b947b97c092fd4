-- Schema 3: complaints and data-subject requests (DOMAIN D3), their links to the register,
-- evidence files, and the DPO's corrections to the working-day calendar (DOMAIN D3.4).

CREATE TABLE calendar_overrides (
    date TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('day_off', 'working_day', 'removed')),
    name TEXT NOT NULL
);

CREATE TABLE complaints (
    id INTEGER PRIMARY KEY,
    received_on TEXT NOT NULL,
    channel TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    requester_contact TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    complexity TEXT NOT NULL CHECK (complexity IN ('simple', 'complex')),
    third_party_involved INTEGER NOT NULL DEFAULT 0 CHECK (third_party_involved IN (0, 1)),
    summary TEXT NOT NULL DEFAULT '',
    -- the company's promise as it stood at intake: a later policy change moves nothing
    policy_days INTEGER NOT NULL,
    policy_day_mode TEXT NOT NULL CHECK (policy_day_mode IN ('calendar', 'working')),
    -- deadlines, computed by core/deadlines.py and kept for sorting and filtering in SQL
    policy_due TEXT NOT NULL,
    legal_due TEXT,
    ack_due TEXT,
    original_due TEXT NOT NULL,
    due TEXT NOT NULL,
    binding TEXT NOT NULL CHECK (binding IN ('policy', 'law')),
    status TEXT NOT NULL DEFAULT 'new',
    hold_reason TEXT NOT NULL DEFAULT '',
    extension_days INTEGER,
    extension_reason TEXT NOT NULL DEFAULT '',
    extended_at TEXT,
    identity_method TEXT NOT NULL DEFAULT '',
    identity_checked_by TEXT NOT NULL DEFAULT '',
    identity_checked_at TEXT,
    identity_result TEXT NOT NULL DEFAULT '',
    reply_text TEXT NOT NULL DEFAULT '',
    outcome TEXT,
    outcome_reason TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT,
    answered_at TEXT,
    closed_at TEXT,
    entered_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX complaints_due ON complaints (status, due);
CREATE INDEX complaints_received ON complaints (received_on);
CREATE INDEX complaints_kind ON complaints (kind);

CREATE TABLE complaint_register_links (
    id INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints (id),
    entry_id INTEGER NOT NULL REFERENCES register_entries (id),
    UNIQUE (complaint_id, entry_id)
);

CREATE INDEX complaint_register_links_entry ON complaint_register_links (entry_id);

-- Evidence and correspondence, kept inside the database; the hash makes later edits visible.
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    owner_table TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    filename TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    content BLOB NOT NULL,
    added_at TEXT NOT NULL
);

CREATE INDEX attachments_owner ON attachments (owner_table, owner_id);
