"""Erasing a person's data from a closed case (DOMAIN D6: "let the DPO erase a person's data
from closed cases past their retention; the audit trail keeps a verifiable hash of what was
erased, not the content").

What is erased from a closed complaint: the requester's name and contact, the summary, the
reply, the identity check's method and result, and the free-text reasons (on hold, extension,
outcome) — each non-empty one becomes "[erased]" — and the folded search text; its
attachments are deleted (files and names). Kept: dates, channel, kind, complexity, status,
outcome and deadlines, which the statistics and reports count. The same values are erased
from every audit entry about the case and its attachments (their before/after content, and
their notes wherever an erased value appears in them); those entries keep the hashes their
chain links cover (format 2, schema 9) and point at the erasure entry (`erased_by`), so
`check` still verifies the chain. The erasure is one audit entry (an update of the case, its
note naming the fields and the reason, written by the DPO), in one transaction with
`PRAGMA secure_delete`, after which the file is rewritten (VACUUM) and the write-ahead log
emptied: no trace of the erased text stays in the database file's bytes. Backups made before
the erasure keep it.

Incidents are not erased here: their evidence is kept five years after remediation (DOMAIN
D4.5), and `refuse_evidence_removal` refuses to remove an incident's file before then. A
complaint has no link to an incident in the desk (the schema has none), so erasing a case
never touches an incident's evidence.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from dpo_desk.core import audit, clock, rules
from dpo_desk.core.errors import NotFound, ValidationError
from dpo_desk.core.eventlog import Event
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

ERASED = "[erased]"
# the complaint's fields that hold the requester's personal data (DOMAIN D6)
FIELDS = ("requester_name", "requester_contact", "summary", "reply_text", "identity_method",
          "hold_reason", "extension_reason", "outcome_reason")
ATTACHMENT_FIELDS = ("filename",)
SETTING = "erase_after_years"


def is_erased(case: dict) -> bool:
    return case.get("requester_name") == ERASED


def can_erase(case: dict) -> bool:
    """Whether the case's personal data may be erased now: closed and not erased yet (what
    `erase_complaint` refuses otherwise)."""
    return case["status"] == "closed" and not is_erased(case)


def erase_complaint(desk: Desk, case_id: int, reason: str) -> dict:
    """Erase a closed case's personal data (see the module's note). Refused, with nothing
    written, for an open case, an erased one, or without a reason. Returns what was done:
    {"complaint", "fields", "attachments", "entries", "entry", "rewritten"} (False when the
    file could not be rewritten afterwards, e.g. a full disk: the next erasure rewrites it)."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError.single("reason", QT_TRANSLATE_NOOP(
            "core", "Say why the case is erased (the audit trail records it)"))
    desk.conn.execute("PRAGMA secure_delete = ON")  # freed bytes are overwritten with zeros
    try:
        with desk.transaction():
            result = _erase(desk, case_id, reason)
        # Free space in the file may still hold older versions of the erased text (written
        # before, without secure_delete): VACUUM rewrites the file from its live content
        # (about a second for the 20,000-case demo), and the -wal, which holds pages as they
        # were, is copied into the file and emptied.
        try:
            desk.conn.execute("VACUUM")
            desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            result["rewritten"] = True
        except sqlite3.Error:  # no room for the copy: erased, older traces not yet cleared
            result["rewritten"] = False
    finally:
        desk.conn.execute("PRAGMA secure_delete = OFF")
    return result


def _erase(desk: Desk, case_id: int, reason: str) -> dict:
    case = desk.get("complaints", case_id)
    if case is None:
        raise NotFound(f"complaint {case_id} does not exist")
    if case["status"] != "closed":
        raise ValidationError.single("status", QT_TRANSLATE_NOOP(
            "core", "Case {id} is still open ({status}): only a closed case can be erased"),
            id=case_id, status=case["status"])
    if is_erased(case):
        raise ValidationError.single("complaint", QT_TRANSLATE_NOOP(
            "core", "Case {id} was already erased"), id=case_id)
    entries = _entries_about(desk, case_id)
    attachment_ids = sorted({int(e["record_id"]) for e in entries
                             if e["table_name"] == "attachments"})
    values = _erased_values(entries)
    for attachment_id in attachment_ids:
        if desk.get("attachments", attachment_id) is not None:
            desk.delete("attachments", attachment_id,
                        note=Event("attachment_erased", {"complaint": case_id}))
    erased = [name for name in FIELDS if case[name]]
    change = {name: ERASED for name in erased} | {"search": ""}
    desk.update("complaints", case_id, change, note=Event("erasure", {
        "complaint": case_id, "fields": ", ".join(erased) or "nothing left",
        "attachments": len(attachment_ids), "reason": reason}))
    eraser = desk.head_written[0]
    redacted = 0
    for entry in _entries_about(desk, case_id):
        changed = {name: _redacted(entry[name], values) for name in ("before", "after")}
        changed["note"] = _redacted_note(entry["note"], values) \
            if entry["id"] != eraser else entry["note"]
        if any(changed[name] != entry[name] for name in changed):
            desk.conn.execute(
                "UPDATE audit_log SET before = ?, after = ?, note = ?, erased_by = ? "
                "WHERE id = ?", (changed["before"], changed["after"], changed["note"],
                                 eraser, entry["id"]))
            if entry.get("event_params"):  # the timeline event's reason, file name...
                desk.conn.execute("UPDATE audit_log SET event_params = ? WHERE id = ?",
                                  (_redacted_params(entry["event_params"], values), entry["id"]))
            redacted += 1
    return {"complaint": case_id, "fields": erased, "attachments": len(attachment_ids),
            "entries": redacted, "entry": eraser}


def _entries_about(desk: Desk, case_id: int) -> list[dict]:
    """Every audit entry about the case and about any attachment it ever had."""
    events = ", event_params" if desk.has_events() else ""
    return desk.rows(
        f"SELECT id, table_name, record_id, before, after, note{events} FROM audit_log "
        "WHERE (table_name = 'complaints' AND record_id = ?) OR (table_name = 'attachments' "
        "AND record_id IN (SELECT record_id FROM audit_log WHERE table_name = 'attachments' "
        "AND json_extract(coalesce(after, before), '$.owner_table') = 'complaints' "
        "AND json_extract(coalesce(after, before), '$.owner_id') = ?)) ORDER BY id",
        (str(case_id), case_id))


def _erased_values(entries: list[dict]) -> set[str]:
    """Every value the erased fields ever held in the case's history."""
    found: set[str] = set()
    for entry in entries:
        names = FIELDS if entry["table_name"] == "complaints" else ATTACHMENT_FIELDS
        for side in ("before", "after"):
            content = _loaded(entry[side])
            found |= {str(content[n]) for n in names if content.get(n) not in (None, "")}
    found.discard(ERASED)
    return found


def _loaded(text: str | None) -> dict:
    try:
        content = json.loads(text) if text else {}
    except ValueError:
        return {}
    return content if isinstance(content, dict) else {}


def _redacted(text: str | None, values: set[str]) -> str | None:
    """A snapshot with every erased field's value replaced (and the search text emptied)."""
    content = _loaded(text)
    if not content:
        return text
    for name in (*FIELDS, *ATTACHMENT_FIELDS):
        if content.get(name) not in (None, "", ERASED) and str(content[name]) in values:
            content[name] = ERASED
    if content.get("search"):
        content["search"] = ""
    return audit.snapshot(content)


def _redacted_note(note: str | None, values: set[str]) -> str | None:
    """A note with every erased value in it replaced (a reason, a file's name)."""
    if not note:
        return note
    for value in sorted(values, key=len, reverse=True):
        if len(value) >= 2:
            note = note.replace(value, ERASED)
    return note


def _redacted_params(text: str, values: set[str]) -> str:
    """A timeline event's parameters with every erased value in their texts replaced."""
    params = json.loads(text)
    return Event("", {k: _redacted_note(v, values) if isinstance(v, str) else v
                      for k, v in params.items()}).params_json()


# -- incident evidence (DOMAIN D4.5) --------------------------------------------------------

def refuse_evidence_removal(desk: Desk, owner_table: str, owner_id,
                            today: date | None = None) -> None:
    """Refuse, with a ValidationError naming the incident and the day its keeping period
    ends, to remove a file of an incident's evidence within five years of its remediation
    (DOMAIN D4.5: the product refuses to delete breach evidence before then); an open
    incident's evidence is kept until five years after it is closed. Files of other records
    pass."""
    if owner_table != "incidents":
        return
    incident = desk.row("SELECT id, title, closed_at FROM incidents WHERE id = ?", (owner_id,))
    if incident is None:
        return
    if not incident["closed_at"]:
        raise ValidationError.single("attachment", QT_TRANSLATE_NOOP(
            "core", "Incident {id} ({title}) is not closed: its evidence is kept until {years} "
            "years after it is remediated (DOMAIN D4.5); nothing was removed"),
            id=incident["id"], title=incident["title"], years=rules.EVIDENCE_KEEP_YEARS)
    until = rules.evidence_kept_until(date.fromisoformat(incident["closed_at"][:10]))
    if (today or clock.today()) < until:
        raise ValidationError.single("attachment", QT_TRANSLATE_NOOP(
            "core", "Incident {id} ({title}) was closed on {closed}: its evidence is kept "
            "until {until} ({years} years after remediation, DOMAIN D4.5); nothing was "
            "removed"), id=incident["id"], title=incident["title"],
            closed=incident["closed_at"][:10], until=until.isoformat(),
            years=rules.EVIDENCE_KEEP_YEARS)


# -- retention (DOMAIN D6: "closed cases past their retention") ----------------------------

def cutoff(desk: Desk, today: date | None = None) -> date:
    """Cases closed before this day are past the retention setting."""
    from dpo_desk.core import settings

    today = today or clock.today()
    years = settings.get(desk, SETTING)
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def candidates(desk: Desk, today: date | None = None) -> list[dict]:
    """Closed cases, not yet erased, closed before the retention cut-off: oldest first."""
    return desk.rows(
        "SELECT id, received_on, kind, outcome, closed_at, requester_name FROM complaints "
        f"WHERE {_PAST_RETENTION} ORDER BY closed_at, id", (cutoff(desk, today).isoformat(),
                                                            ERASED))


def candidate_count(desk: Desk, today: date | None = None) -> int:
    return desk.scalar(f"SELECT count(*) FROM complaints WHERE {_PAST_RETENTION}",
                       (cutoff(desk, today).isoformat(), ERASED))


# Closed before the cut-off day, not erased. `closed_at` is an ISO time ("2021-03-04T...");
# it is before the day "2021-03-05" exactly when its first ten characters are, and compared
# whole it is a range of the index complaints_settled (status, closed_at, ...), so only the
# cases past retention are read (the dashboard counts them at every unlock: issue 13).
_PAST_RETENTION = "status = 'closed' AND closed_at < ? AND requester_name != ?"
