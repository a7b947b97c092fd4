-- Schema 5: a case-folded search column for complaints, so that finding "nguyễn" also finds
-- "Nguyễn" among 100,000 cases with one LIKE on one column (SQLite's LIKE folds ASCII only).
-- fold() is registered on the connection by core/desk.py (core/text.py).

ALTER TABLE complaints ADD COLUMN search TEXT NOT NULL DEFAULT '';

UPDATE complaints SET search = fold(requester_name || ' ' || requester_contact || ' ' || summary);

-- The list's default order (nearest due date first) for every filter that is not by status.
CREATE INDEX complaints_due_only ON complaints (due);
