"""Breach incidents (DOMAIN D4; CONTRACT: Incident): the facts of the notice, the 72-hour
clocks, the harm assessment and the workflow, every step audited.

The clock (DOMAIN D1, D4.2): an incident discovered from 1 January 2026 falls under Law 91
(72 hours from discovery); an older one under Decree 13 (72 hours from occurrence). Hours are
exact, without roll-forward. Where location or biometric data are involved, the people
affected must be told within 72 hours of discovery too (Decree 356 Art. 29, DOMAIN D4.5).
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from dpo_desk.core import audit, clock, eventlog, events, limits, rules, settings
from dpo_desk.core.catalogue import Lookup
from dpo_desk.core.errors import UNKNOWN_VALUE, FieldError, NotFound, ValidationError
from dpo_desk.core.eventlog import Event
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.text import fold, storable

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = "incidents"
STATUSES = ("discovered", "assessed", "contained", "authority_notified", "subjects_notified",
            "closed")
TRANSITIONS = {
    "discovered": ("assessed", "contained", "authority_notified"),
    "assessed": ("contained", "authority_notified", "closed"),
    "contained": ("assessed", "authority_notified", "closed"),
    "authority_notified": ("subjects_notified", "closed"),
    "subjects_notified": ("closed",),
    "closed": (),
}
STEP_TIMES = {"assessed": "assessed_at", "contained": "contained_at",
              "authority_notified": "notified_at", "subjects_notified": "subjects_notified_at",
              "closed": "closed_at"}
TEXT_FIELDS = ("title", "location", "description", "cause", "consequences", "measures",
               "measures_planned", "reporter", "parties_involved", "late_reason",
               "assessment", "notice_reference", "minutes_place", "minutes_findings",
               "severity")
FIELDS = ("title", "occurred_at", "detected_at", "location", "description", "cause",
          "data_categories", "exposed_items", "sensitive", "subjects_count", "records_count",
          "consequences", "measures", "measures_planned", "reporter", "parties_involved",
          "late_reason", "notify_decision", "assessment", "submission_channel",
          "notice_reference", "minutes_at", "minutes_place", "minutes_participants",
          "minutes_findings", "severity")
# Lists of names, stored as JSON; `exposed_items` is NULL until the DPO chooses them.
LIST_FIELDS = ("data_categories", "exposed_items", "minutes_participants")
# The minutes' recorded facts (DOMAIN D4.4), frozen with the final minutes.
MINUTES_FIELDS = ("minutes_at", "minutes_place", "minutes_participants", "minutes_findings")
DECISIONS = ("", "notify", "no_notify")
CHANNELS = ("", "agency", "portal")
# DOMAIN D4.3: the facts the authority notice cannot go without; the data are the items
# this breach exposed, as the DPO confirmed them (never every item of a register entry).
REQUIRED_NOTICE_FACTS = ("location", "description", "exposed_items", "subjects_count",
                         "consequences", "measures")
# DOMAIN D4.7: the facts the notice to the authority states (Mẫu 08 / 03, part 2), whose
# change after it was sent is a correction with its reason.
NOTICE_STATED = ("occurred_at", "detected_at", "location", "description", "cause",
                 "parties_involved", "exposed_items", "subjects_count", "records_count",
                 "consequences", "measures", "measures_planned", "late_reason")
# DOMAIN D4.4: the minutes are drawn up from recorded facts, not dated at printing.
REQUIRED_MINUTES_FACTS = ("minutes_at", "minutes_place", "notify_decision")
REQUIRED_PROFILE_FACTS = ("company_name", "tax_code", "address", "dpo_name")
# DOMAIN D4.3: facts every company has, required on the notice to the authority (telling the
# Ministry "Không có" for them would be false), and who signs it.
NOTICE_PROFILE_FACTS = ("registration_number", "registration_issuer", "phone",
                        "legal_representative_title")
SIGNER_FACTS = {"tm": ("legal_representative",), "kt": ("signer_name", "signer_title"),
                "tuq": ("signer_name", "signer_title")}


def _error(field: str, template: str, **params) -> FieldError:
    return FieldError(field, template, params)


SQLITE_MAX_INT = 2**63 - 1
# Real UTC offsets run from -12:00 to +14:00; a time before 1900 is a typo (and one near year
# 1 cannot even be shifted to another zone).
OFFSETS = (timedelta(hours=-12), timedelta(hours=14))


def parse_time(value, field: str, errors: list[FieldError]) -> datetime | None:
    """An ISO 8601 time that carries its offset; anything else is an error on `field`."""
    if value in (None, ""):
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None or \
            not limits.YEARS[0] <= moment.year <= limits.YEARS[1] or \
            not OFFSETS[0] <= moment.utcoffset() <= OFFSETS[1]:
        errors.append(_error(field, QT_TRANSLATE_NOOP(
            "core", "A time with its offset, e.g. 2026-03-02T09:30:00+07:00")))
        return None
    return moment


def clean(values: dict, *, now: datetime | None = None, partial: bool = False) -> dict:
    """Check incident facts; raise one ValidationError naming every wrong field."""
    now = now or clock.now()
    errors: list[FieldError] = [_error(k, QT_TRANSLATE_NOOP("core", "Unknown field"))
                                for k in sorted(set(values) - set(FIELDS))]
    out: dict = {}
    for name in TEXT_FIELDS:
        if name in values or not partial:
            out[name] = limits.clean_text(name, values.get(name, ""), errors)
    if (not partial or "title" in values) and not out.get("title"):
        errors.append(_error("title", QT_TRANSLATE_NOOP("core", "Required")))
    for name in ("occurred_at", "detected_at", "minutes_at"):
        if name in values or not partial:
            moment = parse_time(values.get(name), name, errors)
            out[name] = moment.isoformat(timespec="seconds") if moment else None
    if not partial and out.get("detected_at") is None and not any(
            e.field == "detected_at" for e in errors):
        errors.append(_error("detected_at", QT_TRANSLATE_NOOP("core", "Required")))
    occurred, detected = out.get("occurred_at"), out.get("detected_at")
    if occurred and detected and datetime.fromisoformat(occurred) > \
            datetime.fromisoformat(detected):
        errors.append(_error("detected_at", QT_TRANSLATE_NOOP(
            "core", "Discovery cannot come before the occurrence")))
    if out.get("minutes_at") and detected and datetime.fromisoformat(out["minutes_at"]) < \
            datetime.fromisoformat(detected):
        errors.append(_error("minutes_at", QT_TRANSLATE_NOOP(
            "core", "Comes before the discovery")))
    for name in ("occurred_at", "detected_at", "minutes_at"):
        if out.get(name) and datetime.fromisoformat(out[name]) > now + timedelta(minutes=5):
            errors.append(_error(name, QT_TRANSLATE_NOOP("core", "Lies in the future")))
    for name in ("subjects_count", "records_count"):
        if name in values or not partial:
            value = values.get(name)
            if value in (None, ""):
                out[name] = None
            elif isinstance(value, bool) or not isinstance(value, int) or \
                    not 0 <= value <= SQLITE_MAX_INT:
                errors.append(_error(name, QT_TRANSLATE_NOOP(
                    "core", "Must be a whole number, 0 or more")))
            else:
                out[name] = value
    for name in LIST_FIELDS:
        if name in values or not partial:
            out[name] = _names(values.get(name), name, errors)
    if out.get("exposed_items") == [] and values.get("exposed_items") is None:
        out["exposed_items"] = None  # not chosen (null or absent): still to confirm
    if "sensitive" in values or not partial:
        sensitive = values.get("sensitive", False)
        if not isinstance(sensitive, bool):
            errors.append(_error("sensitive", QT_TRANSLATE_NOOP("core", "Must be true or false")))
            sensitive = False
        out["sensitive"] = sensitive
    for name, allowed in (("notify_decision", DECISIONS), ("submission_channel", CHANNELS)):
        if name in values or not partial:
            value = values.get(name) or ""
            if value not in allowed:
                errors.append(_error(name, QT_TRANSLATE_NOOP("core", "Must be one of: {allowed}"),
                                     allowed=", ".join(a for a in allowed if a)))
            out[name] = value
    if out.get("notify_decision") == "no_notify" and out.get("detected_at") and \
            not rules.no_notify_allowed(regime(out)):
        errors.append(_no_notify_refused())
    if errors:
        order = {n: i for i, n in enumerate(FIELDS)}
        raise ValidationError(sorted(errors, key=lambda e: order.get(e.field, 99)))
    return out


def _names(value, name: str, errors: list[FieldError]) -> list[str]:
    """A list of names (or one text of names separated by ";"), stripped, without empty
    ones or repeats."""
    value = value or []
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, list) or not all(isinstance(v, str) and storable(v)
                                              for v in value):
        errors.append(_error(name, QT_TRANSLATE_NOOP("core", "Must be a list of names")))
        return []
    out = list(dict.fromkeys(v.strip() for v in value if v.strip()))
    errors += [e for v in out if (e := limits.text_error(name, v, "data_categories"))][:1]
    return out


def _no_notify_refused() -> FieldError:
    """DOMAIN D4.3: Decree 13 Art. 23(1) had no harm threshold."""
    return _error("notify_decision", QT_TRANSLATE_NOOP(
        "core", "Discovered before 2026, so Decree 13/2023 applies: it required every "
                "violation to be notified. Record the decision to notify"))


def _to_row(values: dict) -> dict:
    row = dict(values)
    for name in LIST_FIELDS:
        if row.get(name) is not None:
            row[name] = json.dumps(row[name], ensure_ascii=False)
    if "sensitive" in row:
        row["sensitive"] = int(row["sensitive"])
    return row


def _from_row(row: dict) -> dict:
    """The stored facts as `clean` takes them."""
    return {k: (json.loads(row[k]) if k in LIST_FIELDS and row[k] is not None else
                bool(row[k]) if k == "sensitive" else row[k]) for k in FIELDS}


# -- the clock ----------------------------------------------------------------------------

def regime(incident: dict) -> str:
    """DOMAIN D1: the law in force when the breach was discovered (`rules.breach_regime`)."""
    return rules.breach_regime(datetime.fromisoformat(incident["detected_at"]), clock.zone())


def notify_by(incident: dict) -> datetime:
    """DOMAIN D4.2: 72 exact hours from discovery (Law 91), or from occurrence (Decree 13)."""
    occurred = incident.get("occurred_at")
    return rules.notify_by(regime(incident),
                           occurred=datetime.fromisoformat(occurred) if occurred else None,
                           detected=datetime.fromisoformat(incident["detected_at"]))


def is_late(incident: dict, now: datetime) -> bool:
    """Notified after the deadline, or not notified once it passed; "no notification needed"
    stops the clock only where the law allows that assessment (DOMAIN D4.3). Once the
    notice was sent, the verdict of that moment stands (DOMAIN D4.7: a time corrected later
    does not change it unless the DPO records why: `update(..., revise_late=True)`)."""
    if incident.get("notified_at") and incident.get("late_verdict") is not None:
        return bool(incident["late_verdict"])
    return late_by_facts(incident, now)


def late_by_facts(incident: dict, now: datetime) -> bool:
    """`is_late` from the times as they are recorded now, whatever was judged when the
    notice was sent."""
    deadline = notify_by(incident)
    if incident.get("notified_at"):
        return datetime.fromisoformat(incident["notified_at"]) > deadline
    return not _not_to_notify(incident) and now > deadline


def _not_to_notify(incident: dict) -> bool:
    return incident.get("notify_decision") == "no_notify" and \
        rules.no_notify_allowed(regime(incident))


def category_details(desk: Desk, names: list[str], *, regime_: str | None = None) -> list[dict]:
    """Each affected data category matched against the register and the catalogue, the items
    classified by the list of the incident's law (`regime_`; DOMAIN D4.3: Decree 13 Art.
    2(3)-(4) for a breach under Decree 13). A name that matches neither is kept and flagged:
    a gap in the register the DPO should close."""
    law = rules.catalogue_regime(regime_ or rules.REGIME_LAW_91)
    lookup = Lookup(desk, law=law)
    entries = {fold(r["name"]): r for r in desk.rows(
        "SELECT id, name, items, category_type FROM register_entries")}
    out = []
    for name in names:
        item = lookup.find(name)
        entry = entries.get(fold(name))
        special: set[str] = set()
        sensitive = False
        if entry is not None:
            codes = json.loads(entry["items"])
            items = [lookup.get(code) for code in codes]
            for item in items:
                special |= set(item.special)
            # the register declares the type under today's law; a breach under Decree 13
            # takes the types of that decree's list (DOMAIN D4.3)
            sensitive = entry["category_type"] == "sensitive" \
                if law == rules.CATALOGUE_DECREE_356 else any(i.sensitive for i in items)
        if item is not None:
            special |= set(item.special)
            sensitive = sensitive or item.sensitive
        out.append({"name": name, "register_entry": entry["id"] if entry else None,
                    "catalogue_item": item.code if item else None, "sensitive": sensitive,
                    "special": sorted(special), "known": bool(entry or item)})
    return out


def proposed_items(desk: Desk, details: list[dict]) -> list[str]:
    """DOMAIN D4.3: what the DPO is offered as the exposed items: every item of the linked
    register entries, the catalogue items named directly, and the other names as typed."""
    entries = {r["id"]: json.loads(r["items"]) for r in desk.rows(
        "SELECT id, items FROM register_entries")}
    out: list[str] = []
    for detail in details:
        if detail["register_entry"] in entries:
            out += entries[detail["register_entry"]]
        else:
            out.append(detail["catalogue_item"] or detail["name"])
    return list(dict.fromkeys(out))


def match_items(desk: Desk, names: list[str]) -> list[str]:
    """Typed names as stored exposed items: the code of the catalogue item (or the company's
    own item) each stands for, by code, label or everyday phrasing (catalogue.Lookup);
    a name that matches none is kept as typed (an own item, `item_details` marks it
    unknown)."""
    lookup = Lookup(desk)
    return list(dict.fromkeys((item.code if (item := lookup.find(name)) else name)
                              for name in names))


def item_details(desk: Desk, codes: list[str], *, regime_: str) -> list[dict]:
    """Each exposed item as the list of the incident's law classifies it (DOMAIN D4.3):
    code (None for a name that matches no item), labels, sensitive, special (location,
    biometric: Decree 356 Art. 29), known."""
    lookup = Lookup(desk, law=rules.catalogue_regime(regime_))
    out = []
    for code in codes:
        item = lookup.by_code.get(code) or lookup.find(code)
        if item is None:
            out.append({"code": None, "name": code, "label_vi": code, "label_en": code,
                        "sensitive": False, "special": [], "known": False, "item": None})
            continue
        item = item.under(lookup.law)
        out.append({"code": item.code, "name": code, "label_vi": item.vi, "label_en": item.en,
                    "sensitive": item.sensitive, "special": sorted(item.special),
                    "known": True, "item": item})
    return out


def subject_groups(desk: Desk, incident: dict) -> list[dict]:
    """DOMAIN D4.5: the people affected by group, each told only about data of theirs:
    `subjects` (the group's code or name, from the register: "customers", "employees" ...;
    None for everyone, when no linked register entry says whose the data are) and `items`
    (the exposed items of that group's entries, in the incident's order). An item no linked
    entry holds cannot be placed: every group is told of it. One entry for everyone when
    the register says nothing."""
    exposed = [d["name"] for d in incident["exposed"]]
    entries = {r["id"]: r for r in desk.rows(
        "SELECT id, subjects, items FROM register_entries")}
    groups: dict[str, list[str]] = {}
    placed: set[str] = set()
    for category in incident["categories"]:
        entry = entries.get(category["register_entry"])
        if entry is None:
            continue
        held = set(json.loads(entry["items"]))
        theirs = [code for code in exposed if code in held]
        placed |= set(theirs)
        for subject in json.loads(entry["subjects"]):
            groups.setdefault(subject, [])
            groups[subject] += [c for c in theirs if c not in groups[subject]]
    unplaced = [code for code in exposed if code not in placed]
    out = [{"subjects": subject, "items": [c for c in exposed if c in items or c in unplaced]}
           for subject, items in groups.items()]
    out = [group for group in out if group["items"]]
    return out or [{"subjects": None, "items": exposed}]


def subjects_notify_by(incident: dict, details: list[dict]) -> datetime | None:
    """DOMAIN D4.5: location or biometric data involved -> tell the people within 72 hours
    of discovery (Decree 356 Art. 29). None when that duty does not arise. `details`: the
    exposed items (`item_details`)."""
    if not rules.subject_notice_applies(regime(incident)):
        return None
    if not rules.subject_notice_kinds(details):
        return None
    return datetime.fromisoformat(incident["detected_at"]) + timedelta(
        hours=rules.SUBJECT_NOTICE_HOURS)


def with_computed(desk: Desk, row: dict, now: datetime | None = None) -> dict:
    now = now or clock.now()
    out = dict(row)
    out["data_categories"] = json.loads(row["data_categories"] or "[]")
    out["minutes_participants"] = json.loads(row["minutes_participants"] or "[]")
    out["regime"] = regime(row)
    details = category_details(desk, out["data_categories"], regime_=out["regime"])
    out["categories"] = details
    # DOMAIN D4.3: the items this breach exposed, as the DPO chose them; until then (an
    # incident older than schema 13, or logged without them) the linked entries' items
    # are proposed, not confirmed, and the documents are drafts that say so
    chosen = json.loads(row["exposed_items"]) if row["exposed_items"] is not None else None
    out["exposed_items"] = chosen
    out["items_confirmed"] = chosen is not None
    out["proposed_items"] = proposed_items(desk, details)
    exposed = [{k: v for k, v in d.items() if k != "item"} for d in item_details(
        desk, chosen if chosen is not None else out["proposed_items"], regime_=out["regime"])]
    out["exposed"] = exposed
    # the flag follows the exposed items; unconfirmed, the register's types count too
    out["sensitive"] = bool(row["sensitive"]) or any(d["sensitive"] for d in exposed) or (
        chosen is None and any(d["sensitive"] for d in details))
    deadline = notify_by(row)
    out["notify_by"] = deadline.isoformat(timespec="seconds")
    out["late"] = is_late(row, now)
    # DOMAIN D4.7: what the corrected times would say, when it differs from the verdict
    out["late_by_facts"] = late_by_facts(row, now)
    # Time left is rounded down, never up: at 71 h 50 min the DPO must not read "72 h".
    seconds = (deadline - now).total_seconds()
    out["minutes_left"] = math.floor(seconds / 60)
    out["hours_left"] = math.floor(seconds / 360) / 10
    # DOMAIN D4.3: the form follows the day the notice is (or would be) sent
    sent = datetime.fromisoformat(row["notified_at"]) if row["notified_at"] else now
    out["notice_form"] = rules.notice_form(sent.astimezone(clock.zone()).date())
    subjects_by = subjects_notify_by(row, exposed)
    out["subjects_notify_by"] = subjects_by.isoformat(timespec="seconds") if subjects_by else None
    return out


# -- records ------------------------------------------------------------------------------

def _matched(desk: Desk, facts: dict) -> dict:
    if facts.get("exposed_items") is not None:
        facts["exposed_items"] = match_items(desk, facts["exposed_items"])
    return facts


def create(desk: Desk, values: dict) -> int:
    facts = _matched(desk, clean(values))
    now = clock.iso_now()
    return desk.insert(TABLE, {**_to_row(facts), "status": "discovered", "created_at": now,
                               "updated_at": now}, note=Event("incident_logged"))


def update(desk: Desk, incident_id: int, values: dict, *, expected: dict | None = None,
           correction: str | None = None, revise_late: bool = False) -> dict:
    """Change the facts given. `expected`: the stored row as the form loaded it
    (`desk.get(TABLE, incident_id)`); if it changed elsewhere since, `ConflictError`.

    Once the notice to the authority was sent, changing a fact it states is a correction
    (DOMAIN D4.7): refused without its reason (`correction`), recorded in the timeline with
    it; the notice kept as sent stays as it was. The lateness keeps the verdict of the day
    the notice was sent, unless `revise_late` (with the reason) judges it again from the
    corrected times."""
    with desk.transaction():
        if expected is not None:
            desk.expect(TABLE, incident_id, expected)
        current = desk.get(TABLE, incident_id)
        if current is None:
            raise NotFound(f"incident {incident_id} does not exist")
        facts = _matched(desk, clean(values, partial=True))
        if kept_document(desk, incident_id, "minutes") and any(
                facts[k] != _from_row(current)[k] for k in MINUTES_FIELDS if k in facts):
            raise ValidationError([_error(k, QT_TRANSLATE_NOOP(
                "core", "The minutes are final (kept as signed): their facts no longer "
                        "change")) for k in MINUTES_FIELDS if k in facts])
        merged = {**current, **_to_row(facts)}
        clean(_from_row(merged))
        change = {**_to_row(facts), "updated_at": clock.iso_now()}
        note = _correction(current, merged, change, correction, revise_late)
        desk.update(TABLE, incident_id, change, note=note)
    return get(desk, incident_id)


def _correction(current: dict, merged: dict, change: dict, reason: str | None,
                revise_late: bool) -> Event | None:
    """DOMAIN D4.7: the event of a change made after the notice to the authority was sent
    to a fact it states (None for any other change), the first lateness verdict kept in
    `change` (or judged again when `revise_late`). Raises ValidationError without a reason."""
    reason = (reason or "").strip()
    stated = [k for k in NOTICE_STATED if merged[k] != current[k]]
    if not current["notified_at"] or not stated:
        if revise_late:
            raise ValidationError.single("revise_late", QT_TRANSLATE_NOOP(
                "core", "Only a correction of the times after the notice was sent can "
                        "judge its lateness again"))
        return None
    errors = [] if reason else [_error("correction", QT_TRANSLATE_NOOP(
        "core", "The notice to the authority was sent on {date}: changing what it states "
                "is a correction; give its reason (the notice kept as sent does not "
                "change)"), date=current["notified_at"][:10])]
    errors += [e for e in [limits.text_error("correction", reason)] if e]
    if errors:
        raise ValidationError(errors)
    now = clock.now()
    first = current["late_verdict"]
    if first is None:  # sent before schema 14: the verdict of the facts as they were
        first = int(late_by_facts(current, now))
    change["late_verdict"] = int(late_by_facts({**merged, "late_verdict": None}, now)) \
        if revise_late else first
    return Event("corrected", {"fields": ", ".join(stated), "reason": reason})


def get(desk: Desk, incident_id: int, *, now: datetime | None = None) -> dict:
    row = desk.get(TABLE, incident_id)
    if row is None:
        raise NotFound(f"incident {incident_id} does not exist")
    return with_computed(desk, row, now)


def list_incidents(desk: Desk, *, status: str = "", open_only: bool = False,
                   now: datetime | None = None) -> list[dict]:
    clauses, params = [], []
    if status and status not in STATUSES:
        raise ValidationError.single("status", UNKNOWN_VALUE, value=status,
                                     valid=", ".join(STATUSES))
    if status:
        clauses.append("status = ?")
        params.append(status)
    if open_only:
        clauses.append("status != 'closed'")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return [with_computed(desk, r, now) for r in
            desk.rows(f"SELECT * FROM {TABLE}{where} ORDER BY detected_at DESC, id DESC", params)]


def awaiting_notice(desk: Desk, *, now: datetime | None = None) -> list[dict]:
    """Open incidents whose notice to the authority is not sent (the start-up reminder)."""
    return [i for i in list_incidents(desk, open_only=True, now=now)
            if not i["notified_at"] and not _not_to_notify(i)]


def timeline(desk: Desk, incident_id: int) -> list[dict]:
    """Every step of the incident, oldest first, with its evidence files added and removed."""
    entries = audit.entries(desk, table=TABLE, record_id=str(incident_id), limit=10_000)
    entries += desk.rows(
        "SELECT * FROM audit_log WHERE table_name = 'attachments' "
        "AND json_extract(coalesce(after, before), '$.owner_table') = ? "
        "AND json_extract(coalesce(after, before), '$.owner_id') = ?", (TABLE, incident_id))
    return [{"at": e["at"], "actor": e["actor"], "note": e["note"], **eventlog.fields(e),
             "changes": [c for c in audit.changes(e) if c[0] != "content"]}
            for e in sorted(entries, key=lambda e: e["id"])]


# -- workflow -----------------------------------------------------------------------------

def transition(desk: Desk, incident_id: int, state: str, *, at: str | None = None,
               late_reason: str | None = None, channel: str | None = None,
               reference: str | None = None, decision: str | None = None,
               assessment: str | None = None, expected: dict | None = None,
               sent_file: tuple[str, bytes] | None = None, keep: bool = True) -> dict:
    """One step of discovered → assessed → contained → authority notified → subjects
    notified → closed, at the time given (with offset) or now.

    The steps that record a sending keep the document as sent (DOMAIN D4.7): `sent_file`
    (its name and bytes: the PDF actually submitted), else the document rendered now from
    the facts (refused, naming what is missing, when they are incomplete). `keep=False`
    keeps nothing (the demo's generated history).

    `expected`: the stored row as the caller loaded it (`desk.get(TABLE, incident_id)`); if
    the incident changed elsewhere since, `ConflictError`. The read, the checks, the change
    and the kept document are one transaction: two steps taken at once (two windows, two
    programs) cannot both pass the checks on the same state, and a closed incident stays
    closed.
    """
    kind = SENT_DOCUMENTS.get(state)
    if sent_file is not None and kind is None:
        raise ValidationError.single("file", QT_TRANSLATE_NOOP(
            "core", "Only the steps that record a sending keep a file as sent "
                    "(authority_notified, subjects_notified)"))
    with desk.transaction():
        if expected is not None:
            desk.expect(TABLE, incident_id, expected)
        _step(desk, get(desk, incident_id), state, at=at, late_reason=late_reason,
              channel=channel, reference=reference, decision=decision, assessment=assessment)
        if kind and (keep or sent_file is not None):  # letters keep it (core/events.py)
            events.announce(desk, events.DOCUMENT_SENT, incident_id=incident_id, kind=kind,
                            sent_file=sent_file)
    return get(desk, incident_id)


# -- documents as sent (DOMAIN D4.7) ---------------------------------------------------------

# the step that records each sending, and the document it keeps
SENT_DOCUMENTS = {"authority_notified": "authority", "subjects_notified": "subjects"}
DOCUMENT_FILES = {"authority": "authority-notice.pdf", "minutes": "minutes.pdf",
                  "subjects": "subject-notice.pdf"}
# the event each kept document is recorded by (core/eventlog.py)
DOCUMENT_EVENTS = {"authority": "notice_kept", "minutes": "minutes_kept",
                   "subjects": "subject_notice_kept"}


def kept_document(desk: Desk, incident_id: int, kind: str) -> dict | None:
    """The breach document `kind` (authority, minutes, subjects) as it was sent or
    finalised: its attachment (id, filename, sha256, bytes, added_at), None while none is
    kept."""
    return desk.row("SELECT id, filename, sha256, bytes, added_at FROM attachments "
                    "WHERE owner_table = ? AND owner_id = ? AND document = ?",
                    (TABLE, incident_id, kind))


def keep_document(desk: Desk, incident_id: int, kind: str, filename: str,
                  content: bytes) -> int:
    """Keep `content` as document `kind` of the incident, with its SHA-256 (audited);
    refused when one is kept already (what was sent is never replaced)."""
    from dpo_desk.core import attachments

    with desk.transaction():
        if kept_document(desk, incident_id, kind) is not None:
            raise ValidationError.single("document", QT_TRANSLATE_NOOP(
                "core", "This document is kept as sent already; it is never replaced"))
        limits.check_text("file", filename, "filename")
        return attachments.add_content(desk, TABLE, incident_id, filename, content,
                                       note=Event(DOCUMENT_EVENTS[kind], {"name": filename}),
                                       document=kind)


def read_sent_file(path) -> tuple[str, bytes]:
    """A file as it was sent (`transition(sent_file=...)`): its name and bytes, refused
    past the attachments' limit, or when it is not a regular file."""
    from pathlib import Path

    from dpo_desk.core import attachments, files

    path = Path(path)
    limits.check_text("file", path.name, "filename")
    return path.name, files.read_limited(path, attachments.MAX_BYTES)


def last_step(incident: dict) -> datetime | None:
    """When the latest recorded step of the incident happened (None before any)."""
    times = [datetime.fromisoformat(incident[c]) for c in STEP_TIMES.values() if incident.get(c)]
    return max(times) if times else None


def late_at_step(incident: dict) -> bool:
    """Whether the notice was late as things stood at the time of the incident's current
    step (its `--at`), not today: a step recorded afterwards says what was so then."""
    moment = incident.get(STEP_TIMES.get(incident["status"], ""))
    return is_late(incident, datetime.fromisoformat(moment)) if moment else incident["late"]


def _step(desk: Desk, incident: dict, state: str, *, at: str | None, late_reason: str | None,
          channel: str | None, reference: str | None, decision: str | None,
          assessment: str | None) -> None:
    incident_id = incident["id"]
    errors: list[FieldError] = []
    if state not in STATUSES:
        raise ValidationError.single("state", QT_TRANSLATE_NOOP(
            "core", "Unknown state (one of: {allowed})"), allowed=", ".join(STATUSES))
    if state not in TRANSITIONS[incident["status"]]:
        raise ValidationError.single("state", QT_TRANSLATE_NOOP(
            "core", "An incident that is {current} cannot become {wanted} (allowed: {allowed})"),
            current=incident["status"], wanted=state,
            allowed=", ".join(TRANSITIONS[incident["status"]]) or "none")
    moment = parse_time(at, "at", errors) if at else clock.now()
    if moment and moment > clock.now() + timedelta(minutes=5):
        errors.append(_error("at", QT_TRANSLATE_NOOP("core", "Lies in the future")))
    if moment and moment < datetime.fromisoformat(incident["detected_at"]):
        errors.append(_error("at", QT_TRANSLATE_NOOP("core", "Comes before the discovery")))
    elif moment and (previous := last_step(incident)) and moment < previous:
        # the timeline is the company's evidence: steps follow each other (as a case's do)
        errors.append(_error("at", QT_TRANSLATE_NOOP(
            "core", "Comes before the incident's previous step ({previous})"),
            previous=previous.astimezone(clock.zone()).strftime("%Y-%m-%d %H:%M")))
    change: dict = {"status": state, "updated_at": clock.iso_now()}
    if decision is not None:
        if decision not in DECISIONS[1:]:
            errors.append(_error("notify_decision", QT_TRANSLATE_NOOP(
                "core", "Must be one of: {allowed}"), allowed="notify, no_notify"))
        change["notify_decision"] = decision
    if assessment is not None:
        change["assessment"] = assessment.strip()
    if not rules.no_notify_allowed(incident["regime"]) and (decision == "no_notify" or (
            state == "assessed" and not decision and incident["notify_decision"] == "no_notify")):
        errors.append(_no_notify_refused())
    for name in ("assessment", "notice_reference", "late_reason"):
        given = {"assessment": assessment, "notice_reference": reference,
                 "late_reason": late_reason}[name]
        if given is not None and (error := limits.text_error(name, given.strip())):
            errors.append(error)
    if state == "assessed" and not (decision or incident["notify_decision"]):
        errors.append(_error("notify_decision", QT_TRANSLATE_NOOP(
            "core", "Record the assessment: notify the authority or not, and why")))
    if state == "closed" and incident["status"] in ("assessed", "contained") and \
            not _not_to_notify({**incident, "notify_decision": decision or
                                incident["notify_decision"]}):
        errors.append(_error("state", QT_TRANSLATE_NOOP(
            "core", "Notify the authority before closing (or assess it as not to notify)")))
    if state == "authority_notified":
        chosen = channel or incident["submission_channel"]
        if chosen not in CHANNELS[1:]:
            errors.append(_error("submission_channel", QT_TRANSLATE_NOOP(
                "core", "Say how the notice was sent: agency or portal")))
        change["submission_channel"] = chosen
        if not (decision or incident["notify_decision"]):
            change["notify_decision"] = "notify"  # notifying is the decision
        if reference is not None:
            change["notice_reference"] = reference.strip()
        reason = (late_reason if late_reason is not None else incident["late_reason"]).strip()
        if moment and is_late({**incident, "notified_at": moment.isoformat()}, moment) \
                and not reason:
            errors.append(_error("late_reason", QT_TRANSLATE_NOOP(
                "core", "The notice is late: give the reason for the delay")))
        change["late_reason"] = reason
        # DOMAIN D4.7: the verdict of the day it was sent stands
        if moment:
            change["late_verdict"] = int(late_by_facts(
                {**incident, "notified_at": moment.isoformat()}, moment))
    if errors:
        raise ValidationError(errors)
    change[STEP_TIMES.get(state, "updated_at")] = moment.isoformat(timespec="seconds")
    desk.update(TABLE, incident_id, change,
                note=Event("status", {"from": incident["status"], "to": state}))


def notice_only_profile_facts(profile: dict) -> tuple[str, ...]:
    """The profile facts that only the notice to the authority needs (not the minutes or
    the people's notice): the registration certificate, the phone, the signer."""
    return NOTICE_PROFILE_FACTS + SIGNER_FACTS.get(profile["signer_mode"], ())


def missing_notice_facts(desk: Desk, incident: dict) -> list[str]:
    """DOMAIN D4.3: what the authority notice lacks, named; empty when it can be printed."""
    return missing_facts(desk, incident, "authority")


def missing_facts(desk: Desk, incident: dict, kind: str) -> list[str]:
    """What breach document `kind` (authority, minutes, subjects) lacks, named; empty when
    it can be printed final. The notice needs the company's registration and signer and,
    when late, the reason (DOMAIN D4.3); the minutes their meeting's facts and the
    decision (D4.4)."""
    profile = settings.get_all(desk)
    missing = [f"profile.{key}" for key in REQUIRED_PROFILE_FACTS if not profile[key]]
    if not (profile["dpo_phone"] or profile["dpo_email"]):
        missing.append("profile.dpo_phone_or_email")
    if kind == "authority":
        missing += [f"profile.{key}" for key in notice_only_profile_facts(profile)
                    if not profile[key]]
    required = REQUIRED_NOTICE_FACTS + (REQUIRED_MINUTES_FACTS if kind == "minutes" else ())
    if kind == "subjects" and incident.get("subjects_notify_by"):
        required += ("severity",)  # Decree 356 Art. 29(2)(c), the DPO's words (DOMAIN D4.5)
    for key in required:
        if incident.get(key) in (None, "", []):
            missing.append(key)
    if kind == "authority" and incident.get("late") and not incident.get("late_reason"):
        missing.append("late_reason")
    return missing


EXPORT_FIELDS = ("id", *FIELDS, "regime", "notify_by", "late", "status", "notified_at",
                 "subjects_notify_by", "subjects_notified_at", "created_at")


def export_records(desk: Desk) -> list[dict]:
    return [{k: i.get(k) for k in EXPORT_FIELDS}
            for i in reversed(list_incidents(desk))]
