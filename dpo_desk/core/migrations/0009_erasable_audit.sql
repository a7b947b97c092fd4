-- Schema 9: an audit trail from which a person's data can be erased (issue 14, DOMAIN D6).
-- Each entry's chain link now covers the SHA-256 of its content (before, after, note), not
-- the content itself; the content stays beside it and can be redacted when a closed case is
-- erased (`erased_by`: the entry that erased it), while the chain still verifies.
-- core/desk.py converts the existing entries right after this migration, once their chain is
-- verified: each is re-linked in the new format, keeping the hash it had (`legacy_hash`) so
-- that an anchor printed on an older document still holds, and one entry names the old head.

ALTER TABLE audit_log ADD COLUMN before_hash TEXT;
ALTER TABLE audit_log ADD COLUMN after_hash TEXT;
ALTER TABLE audit_log ADD COLUMN note_hash TEXT;
ALTER TABLE audit_log ADD COLUMN legacy_hash TEXT;
ALTER TABLE audit_log ADD COLUMN erased_by INTEGER;
