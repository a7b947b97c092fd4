-- Schema 11: the dashboard's figures without reading every case (issue 13, `unlock`). The
-- cases settled per month and on time (core/stats.py: status, answered_at, closed_at, due)
-- and the closed cases past the retention setting (core/erasure.py: status and closed_at)
-- are read from this index alone, not from the records: on an encrypted 100k file that is
-- the difference between decrypting most of the complaints table and a few thousand pages.

CREATE INDEX complaints_settled ON complaints (status, closed_at, answered_at, due);
