-- Schema 2: the register of personal data categories (DOMAIN D2, D5) and the company's own
-- data items that the shipped catalogue lacks. List-valued fields are JSON arrays.

CREATE TABLE custom_items (
    code TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    category_type TEXT NOT NULL CHECK (category_type IN ('basic', 'sensitive')),
    created_at TEXT NOT NULL
);

CREATE UNIQUE INDEX custom_items_label ON custom_items (label COLLATE NOCASE);

CREATE TABLE register_entries (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    subjects TEXT NOT NULL DEFAULT '[]',
    items TEXT NOT NULL DEFAULT '[]',
    category_type TEXT NOT NULL CHECK (category_type IN ('basic', 'sensitive')),
    purpose TEXT NOT NULL DEFAULT '[]',
    legal_basis TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    storage_location TEXT NOT NULL DEFAULT '',
    recipients TEXT NOT NULL DEFAULT '[]',
    cross_border INTEGER NOT NULL DEFAULT 0 CHECK (cross_border IN (0, 1)),
    cross_border_countries TEXT NOT NULL DEFAULT '[]',
    retention TEXT NOT NULL DEFAULT '',
    security_measures TEXT NOT NULL DEFAULT '[]',
    owner_department TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE UNIQUE INDEX register_entries_name ON register_entries (name COLLATE NOCASE);
CREATE INDEX register_entries_type ON register_entries (category_type);
