-- Schema 10: timeline events as data (issue 16). Beside its English note, which the hash
-- chain covers and which never changes, each audit entry says what step it records: a kind
-- (`event`) and its parameters (`event_params`, JSON), which the screens put into words in
-- the interface language (core/eventlog.py). core/desk.py fills them for the existing
-- entries right after this migration, from their notes, once; `check` verifies that each
-- event writes exactly its entry's note.

ALTER TABLE audit_log ADD COLUMN event TEXT;
ALTER TABLE audit_log ADD COLUMN event_params TEXT;
