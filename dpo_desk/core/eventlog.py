"""The event log: timeline events as data (issue 16 point 4). What each audited step was, as
a kind and its parameters, which the screens put into words in the interface language.

Every audit entry keeps the English note it always had: the note is part of the entry's
content, which the hash chain covers, so its wording never changes (`Event.note` writes it
from the event, word for word as before). Beside it the entry stores its `event` kind and
`event_params` (JSON; schema 10, `TIMELINE_SCHEMA`). Entries written before schema 10 got
theirs once, when the file was upgraded (`fill`: the only place that reads a note's
wording); the display never parses a note. `check` verifies that each entry's event writes
exactly its note (`mismatches`), so an event edited behind the app's back is named like any
other edit.

`describe` puts an event into words: in English by default (the CLI), in the interface
language when the UI passes its `translate`; the templates are marked for Qt Linguist under
the context "event".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "event"  # the translation context of the templates below


@dataclass(frozen=True)
class Event:
    """One step: its kind (a key of KINDS) and parameters (JSON values)."""

    kind: str
    params: dict = field(default_factory=dict)

    def note(self) -> str:
        """The English note the audit entry stores (the wording of every version so far)."""
        return KINDS[self.kind].note(self.params)

    def params_json(self) -> str:
        return json.dumps(self.params, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":"))


@dataclass(frozen=True)
class Kind:
    """How an event of one kind is written as a note, read back from an old note (`pattern`,
    used once by `fill`) and shown (`text`, a translatable template over the params)."""

    wording: str  # the note, a str.format template over the params
    text: str  # what the screens show, marked for translation
    pattern: str = ""  # the note's wording as a regex with named groups ("" = `wording`)
    ints: tuple[str, ...] = ()  # params that are whole numbers
    one: str = ""  # `text` when the first of `ints` is 1 (English has no "%n" here)

    def note(self, params: Mapping) -> str:
        return self.wording.format(**params)

    def parse(self, note: str) -> dict | None:
        found = re.fullmatch(self.pattern or re.escape(self.wording), note, re.S)
        if found is None:
            return None
        return {k: int(v) if k in self.ints else v
                for k, v in found.groupdict().items() if v is not None}


class _Status(Kind):
    """A change of status: "new → acknowledged", "answered → closed (completed): reason"."""

    def note(self, params: Mapping) -> str:
        text = f"{params['from']} → {params['to']}"
        if params.get("outcome"):
            text += f" ({params['outcome']})"
        return text + (f": {params['reason']}" if params.get("reason") else "")


class _Identity(Kind):
    def note(self, params: Mapping) -> str:
        method = params.get("method")
        return f"identity check: {params['result']}" + (f" ({method})" if method else "")


class _PolicyImport(Kind):
    def note(self, params: Mapping) -> str:
        return f"policy import {params['source']}".strip()

    def parse(self, note: str) -> dict | None:
        params = super().parse(note)
        return None if params is None else {"source": params.get("source", "")}


KINDS: dict[str, Kind] = {
    # complaints (core/complaints.py)
    "case_recorded": Kind("intake", QT_TRANSLATE_NOOP("event", "Case recorded")),
    "status": _Status("", QT_TRANSLATE_NOOP("event", "{from} → {to}"),
                      r"(?P<from>\w+) → (?P<to>\w+)(?: \((?P<outcome>\w+)\))?"
                      r"(?:: (?P<reason>.*))?"),
    "extended": Kind("extended by {days} days to {due}: {reason}",
                     QT_TRANSLATE_NOOP("event", "Extended by {days} days to {due}: {reason}"),
                     r"extended by (?P<days>\d+) days to (?P<due>\S+): (?P<reason>.*)",
                     ints=("days",),
                     one=QT_TRANSLATE_NOOP("event", "Extended by 1 day to {due}: {reason}")),
    "identity_check": _Identity("", QT_TRANSLATE_NOOP("event", "Identity check: {result}"),
                                r"identity check: (?P<result>\w+)(?: \((?P<method>.*)\))?"),
    "deadlines_recomputed": Kind("deadlines recomputed: calendar changed", QT_TRANSLATE_NOOP(
        "event", "Deadlines recomputed after a change of the calendar")),
    # incidents (core/incidents.py)
    "incident_logged": Kind("incident logged", QT_TRANSLATE_NOOP("event", "Incident logged")),
    # DOMAIN D4.7: a fact the notice stated, changed after it was sent
    "corrected": Kind("corrected after the notice was sent ({fields}): {reason}",
                      QT_TRANSLATE_NOOP("event", "Corrected after the notice was sent "
                                        "({fields}): {reason}"),
                      r"corrected after the notice was sent \((?P<fields>.*?)\): "
                      r"(?P<reason>.*)"),
    # files (core/attachments.py, core/documents.py, core/email_intake.py)
    "attached": Kind("attached {name}", QT_TRANSLATE_NOOP("event", "File attached: {name}"),
                     r"attached (?P<name>.+)"),
    "attachment_removed": Kind("attachment removed",
                               QT_TRANSLATE_NOOP("event", "Attached file removed")),
    "document_kept": Kind("document {name}",
                          QT_TRANSLATE_NOOP("event", "Document kept as sent: {name}"),
                          r"document (?P<name>.+)"),
    # documents as sent and evidence sent with the notice (core/incidents.py, DOMAIN D4.7)
    "notice_kept": Kind("notice to the authority kept as sent: {name}", QT_TRANSLATE_NOOP(
        "event", "Notice to the authority kept as sent: {name}"),
        r"notice to the authority kept as sent: (?P<name>.+)"),
    "minutes_kept": Kind("final minutes kept as signed: {name}", QT_TRANSLATE_NOOP(
        "event", "Final minutes kept as signed: {name}"),
        r"final minutes kept as signed: (?P<name>.+)"),
    "subject_notice_kept": Kind("notice to the people affected kept as sent: {name}",
                                QT_TRANSLATE_NOOP("event", "Notice to the people affected "
                                                  "kept as sent: {name}"),
                                r"notice to the people affected kept as sent: (?P<name>.+)"),
    "evidence_with_notice": Kind("evidence described: {title} (sent with the notice)",
                                 QT_TRANSLATE_NOOP("event", "Evidence “{title}”, sent with "
                                                   "the notice"),
                                 r"evidence described: (?P<title>.*) \(sent with the notice\)"),
    "evidence_on_file": Kind("evidence described: {title} (on file only)",
                             QT_TRANSLATE_NOOP("event", "Evidence “{title}”, kept on file "
                                               "only"),
                             r"evidence described: (?P<title>.*) \(on file only\)"),
    "from_email": Kind("from e-mail {source}: {name}",
                       QT_TRANSLATE_NOOP("event", "From the e-mail {source}: {name}"),
                       r"from e-mail (?P<source>.+?): (?P<name>.+)"),
    # erasure (core/erasure.py; the note's start is what `check` recognises: ERASURE_NOTE)
    "erasure": Kind("erasure: personal data of complaint {complaint} erased ({fields}; "
                    "{attachments} attachment(s)); reason: {reason}",
                    QT_TRANSLATE_NOOP("event", "Personal data of complaint {complaint} erased "
                                      "({fields}; attached files: {attachments}); reason: "
                                      "{reason}"),
                    r"erasure: personal data of complaint (?P<complaint>\d+) erased "
                    r"\((?P<fields>.*); (?P<attachments>\d+) attachment\(s\)\); "
                    r"reason: (?P<reason>.*)", ints=("complaint", "attachments")),
    "attachment_erased": Kind("attachment erased with complaint {complaint}", QT_TRANSLATE_NOOP(
        "event", "Attached file erased with complaint {complaint}"),
        r"attachment erased with complaint (?P<complaint>\d+)", ints=("complaint",)),
    # the register (core/register.py, core/register_csv.py, core/policy/apply.py)
    "csv_import": Kind("CSV import", QT_TRANSLATE_NOOP("event", "Imported from a CSV file")),
    "duplicate": Kind("duplicate of entry {entry}",
                      QT_TRANSLATE_NOOP("event", "Duplicate of entry {entry}"),
                      r"duplicate of entry (?P<entry>\d+)", ints=("entry",)),
    "policy_import": _PolicyImport("", QT_TRANSLATE_NOOP("event", "Imported from a privacy "
                                                         "policy {source}"),
                                   r"policy import(?: (?P<source>.+))?"),
    # the file as a whole (core/demo.py, core/backup.py, core/desk.py, core/audit.py)
    "demo_data": Kind("demo data", QT_TRANSLATE_NOOP("event", "Demo data")),
    "demo_evidence": Kind("demo evidence", QT_TRANSLATE_NOOP("event", "Demo evidence")),
    "restored": Kind("restored from a backup",
                     QT_TRANSLATE_NOOP("event", "Restored from a backup")),
    "schema_upgrade": Kind("schema upgrade to {version}", QT_TRANSLATE_NOOP(
        "event", "Database file upgraded (schema {version})"),
        r"schema upgrade to (?P<version>\d+)", ints=("version",)),
    "audit_format": Kind("schema upgrade to {version}: audit trail format 2 (content hashes); "
                         "old head {head}", QT_TRANSLATE_NOOP(
                             "event", "Database file upgraded (schema {version}): audit trail "
                             "format 2, previous last entry {head}"),
                         r"schema upgrade to (?P<version>\d+): audit trail format 2 \(content "
                         r"hashes\); old head (?P<head>\S+)", ints=("version",)),
}

# The translated words of the status change's optional parts.
STATUS_OUTCOME = QT_TRANSLATE_NOOP("event", "{text} ({outcome})")
WITH_REASON = QT_TRANSLATE_NOOP("event", "{text}: {reason}")
IDENTITY_METHOD = QT_TRANSLATE_NOOP("event", "{text} ({method})")


def describe(event: Event, translate: Callable[[str], str] = str,
             words: Mapping[str, Callable[[object], str]] | None = None) -> str:
    """The event in words: `translate(template)` gives a template in the interface language,
    `words[param](value)` a parameter (a status name, a date) as the screen shows it;
    English and the values as stored by default."""
    words = words or {}
    params = {k: words[k](v) if k in words else v for k, v in event.params.items()}
    kind = KINDS[event.kind]
    one = kind.one and event.params.get(kind.ints[0]) == 1
    text = translate(kind.one if one else kind.text).format(**params).strip()
    if event.kind == "status" and event.params.get("outcome"):
        text = translate(STATUS_OUTCOME).format(text=text, outcome=params["outcome"])
    if event.kind == "identity_check" and event.params.get("method"):
        text = translate(IDENTITY_METHOD).format(text=text, method=params["method"])
    if event.kind == "status" and event.params.get("reason"):
        text = translate(WITH_REASON).format(text=text, reason=params["reason"])
    return text


def of_entry(entry: Mapping) -> Event | None:
    """The event an audit entry (a row of audit_log) records; None for an entry without one
    (a plain edit, or a note that no kind writes)."""
    kind = entry.get("event")
    if not kind or kind not in KINDS:
        return None
    try:
        params = json.loads(entry.get("event_params") or "{}")
    except ValueError:
        return None
    return Event(kind, params) if isinstance(params, dict) else None


def fields(entry: Mapping) -> dict:
    """`event` (the kind, or None) and `params` of an audit entry, as the timelines of
    complaints and incidents list them (JSON values: the CLI prints them)."""
    event = of_entry(entry)
    return {"event": event.kind if event else None, "params": event.params if event else {}}


def parse(note: str | None) -> Event | None:
    """The event an old note records, if one kind writes exactly that note. Used once per
    entry, when a file is upgraded to schema 10 (`fill`); never to show a note."""
    if not note:
        return None
    for name, kind in KINDS.items():
        params = kind.parse(note)
        if params is not None:
            event = Event(name, params)
            try:
                if event.note() == note:
                    return event
            except (KeyError, ValueError):
                continue
    return None


def fill(desk) -> int:
    """Give each entry that has a note but no event its event (the upgrade to schema 10,
    inside its transaction; entries are not re-linked or re-sealed: the event is not part of
    what the chain covers, and `mismatches` ties it to the note, which is). Returns how many
    entries got one."""
    updates = []
    for entry_id, note in desk.conn.execute(
            "SELECT id, note FROM audit_log WHERE note IS NOT NULL AND event IS NULL"):
        event = parse(note)
        if event is not None:
            updates.append((event.kind, event.params_json(), entry_id))
    desk.conn.executemany("UPDATE audit_log SET event = ?, event_params = ? WHERE id = ?",
                          updates)
    return len(updates)


def written_note(kind, params) -> str | None:
    """The note that an entry's event (`event`, `event_params`) writes; None when it writes
    none (an unknown kind, damaged parameters)."""
    event = of_entry({"event": kind, "event_params": params})
    try:
        return None if event is None else event.note()
    except (KeyError, ValueError, IndexError):
        return None


def mismatches(rows) -> list[int]:
    """The ids of the entries, among (id, note, event, event_params) rows, whose event does
    not write their note: an event added or edited behind the app's back."""
    found = []
    for entry_id, note, kind, params in rows:
        written = written_note(kind, params)
        if written is None or written != note:
            found.append(entry_id)
    return found
