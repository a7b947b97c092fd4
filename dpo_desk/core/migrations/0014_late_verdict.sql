-- Schema 14: the lateness of the notice to the authority as judged when it was sent (issue 15;
-- DOMAIN D4.7). A discovery or occurrence time corrected after the notice was sent moves the
-- deadline, but the verdict stays the first one unless the DPO records why it changes
-- (core/incidents.py, `update(..., correction=...)`). NULL: not sent yet, or sent before
-- schema 14 (the verdict is then taken from the facts when they are first corrected).
ALTER TABLE incidents ADD COLUMN late_verdict INTEGER CHECK (late_verdict IN (0, 1));
