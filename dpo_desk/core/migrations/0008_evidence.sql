-- Schema 6: evidence that proves itself (issue 14). The database gets a random id, by which
-- this computer's anchor store remembers the newest audit head it has seen of it
-- (core/anchors.py), and each audit entry gets a keyed seal: HMAC-SHA256 of its hash under a
-- key that is not in the file (core/audit.py), so that the public hash chain cannot be
-- recomputed by someone without that key. Existing entries are sealed by core/desk.py
-- right after this migration, once their chain is verified.

INSERT OR IGNORE INTO meta (key, value) VALUES ('database_id', lower(hex(randomblob(16))));

ALTER TABLE audit_log ADD COLUMN mac TEXT;
