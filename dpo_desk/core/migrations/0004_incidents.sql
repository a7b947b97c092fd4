-- Schema 4: breach incidents (DOMAIN D4): the facts of the notice on form 08 / 03, the
-- 72-hour clocks, the harm assessment, the submission and the workflow steps.

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    occurred_at TEXT,
    detected_at TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '',
    data_categories TEXT NOT NULL DEFAULT '[]',
    sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    subjects_count INTEGER,
    records_count INTEGER,
    consequences TEXT NOT NULL DEFAULT '',
    measures TEXT NOT NULL DEFAULT '',
    measures_planned TEXT NOT NULL DEFAULT '',
    reporter TEXT NOT NULL DEFAULT '',
    parties_involved TEXT NOT NULL DEFAULT '',
    late_reason TEXT NOT NULL DEFAULT '',
    notify_decision TEXT NOT NULL DEFAULT '' CHECK (notify_decision IN ('', 'notify', 'no_notify')),
    assessment TEXT NOT NULL DEFAULT '',
    submission_channel TEXT NOT NULL DEFAULT '' CHECK (submission_channel IN ('', 'agency', 'portal')),
    notified_at TEXT,
    notice_reference TEXT NOT NULL DEFAULT '',
    subjects_notified_at TEXT,
    status TEXT NOT NULL DEFAULT 'discovered',
    assessed_at TEXT,
    contained_at TEXT,
    closed_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX incidents_detected ON incidents (detected_at);
CREATE INDEX incidents_status ON incidents (status);
