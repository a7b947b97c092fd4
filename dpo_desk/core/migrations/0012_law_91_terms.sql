-- Schema 12: the register's legal bases and recipient roles in Law 91/2025's own terms
-- (issue 15 point 7; core/vocab.py). Consent (Art. 9) and the cases of Art. 19(1) that need
-- no consent replace the GDPR-style words; the roles are those of Art. 2(7)-(10). Free text
-- the DPO typed stays as typed. core/desk.py records each changed entry in the audit trail.

UPDATE register_entries SET legal_basis = CASE legal_basis
    WHEN 'contract' THEN 'agreement'
    WHEN 'legal_obligation' THEN 'other_law'
    WHEN 'vital_interest' THEN 'emergency'
    WHEN 'public_task' THEN 'state_activity'
END
WHERE legal_basis IN ('contract', 'legal_obligation', 'vital_interest', 'public_task');

UPDATE register_entries SET recipients = (
    SELECT json_group_array(json(CASE
        WHEN json_type(r.value) = 'object' AND json_extract(r.value, '$.role') IN
            ('joint_controller', 'authority', 'internal')
        THEN json_set(r.value, '$.role', CASE json_extract(r.value, '$.role')
            WHEN 'joint_controller' THEN 'controller'
            WHEN 'authority' THEN 'third_party'
            WHEN 'internal' THEN 'controller_processor'
        END)
        ELSE r.value
    END))
    FROM (SELECT value FROM json_each(register_entries.recipients) ORDER BY key) AS r)
WHERE json_valid(recipients) AND EXISTS (
    SELECT 1 FROM json_each(register_entries.recipients) AS e
    WHERE json_type(e.value) = 'object' AND json_extract(e.value, '$.role') IN
        ('joint_controller', 'authority', 'internal'));
