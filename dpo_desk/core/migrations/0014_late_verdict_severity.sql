-- Schema 14 (issue 15; DOMAIN D4.5, D4.7): the lateness of the notice to the authority as
-- judged when it was sent, and the DPO's assessment of the severity for the people affected.

-- A discovery or occurrence time corrected after the notice was sent moves the deadline, but
-- the verdict stays the first one unless the DPO records why it changes (core/incidents.py,
-- `update(..., correction=...)`). NULL: not sent yet, or sent before schema 14 (the verdict
-- is then taken from the facts when they are first corrected).
ALTER TABLE incidents ADD COLUMN late_verdict INTEGER CHECK (late_verdict IN (0, 1));

-- The severity and the risks for the people affected, in the DPO's words (Decree 356 Art.
-- 29(2)(c)): what the notice to them says, never an automatic phrase.
ALTER TABLE incidents ADD COLUMN severity TEXT NOT NULL DEFAULT '';
