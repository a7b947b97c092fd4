-- Schema 6: the gaps found in the company's published privacy policy (issue 18), kept as a
-- checklist the DPO works through until each is resolved. `evidence` is the policy's sentence
-- the gap rests on (NULL when the gap is that something is missing); `source` names the file.

CREATE TABLE policy_gaps (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    code TEXT NOT NULL,
    text TEXT NOT NULL,
    text_en TEXT NOT NULL DEFAULT '',
    evidence TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    created_at TEXT NOT NULL,
    resolved_at TEXT
);

CREATE INDEX policy_gaps_status ON policy_gaps (status);
