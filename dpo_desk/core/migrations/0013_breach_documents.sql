-- Schema 13: what a breach exposed, the minutes' facts, and the documents as sent (issue 15
-- points 4 and 6; DOMAIN D4.3, D4.4, D4.7).

-- The items this breach exposed, chosen by the DPO (catalogue codes, the company's own item
-- codes, or own names): a JSON list. NULL: not chosen yet (incidents older than schema 13),
-- the documents then propose the linked register entries' items as "not confirmed".
ALTER TABLE incidents ADD COLUMN exposed_items TEXT;

-- The minutes' recorded facts (DOMAIN D4.4): when and where the meeting was held, who took
-- part (a JSON list of "name, role"), what it found. The decision is notify_decision and
-- assessment.
ALTER TABLE incidents ADD COLUMN minutes_at TEXT;
ALTER TABLE incidents ADD COLUMN minutes_place TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN minutes_participants TEXT NOT NULL DEFAULT '[]';
ALTER TABLE incidents ADD COLUMN minutes_findings TEXT NOT NULL DEFAULT '';

-- Evidence the DPO sends with the notice, under a title ("Nhật ký truy cập máy chủ"), and
-- the documents kept exactly as sent (DOMAIN D4.7): the notice to the authority, the final
-- minutes, the notice to the people affected; one of each per incident.
ALTER TABLE attachments ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE attachments ADD COLUMN with_notice INTEGER NOT NULL DEFAULT 0
    CHECK (with_notice IN (0, 1));
ALTER TABLE attachments ADD COLUMN document TEXT
    CHECK (document IN ('authority', 'minutes', 'subjects'));
CREATE UNIQUE INDEX attachments_document ON attachments (owner_table, owner_id, document)
    WHERE document IS NOT NULL;
