"""Complaints and data-subject requests: intake, deadlines, workflow (DOMAIN D3; CONTRACT:
Complaint).

Each case keeps the company's promise as it stood at intake (policy days and mode) and the
deadlines computed from it: `policy_due`, `legal_due` (Decree 356 Art. 5; Decree 13's 72 hours
for requests received before 2026, DOMAIN D3.7), `ack_due`, and the
binding `due`, the earlier of the two. They are stored so that lists sort and filter in SQL;
a change of the calendar recomputes them for open cases. Every step is an audited write, and
the audit trail of a case is its timeline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from dpo_desk.core import audit, clock, deadlines, eventlog, events, limits, rules, settings
from dpo_desk.core.errors import UNKNOWN_VALUE, FieldError, NotFound, ValidationError
from dpo_desk.core.eventlog import Event
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.text import fold

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = "complaints"
LINKS = "complaint_register_links"
KINDS = rules.KINDS
CHANNELS = ("email", "phone", "letter", "in_person", "web_form", "other")
COMPLEXITIES = ("simple", "complex")
STATUSES = ("new", "acknowledged", "identity_check", "in_progress", "on_hold", "answered",
            "closed")
OPEN_STATUSES = STATUSES[:-2]  # the clock runs: not yet answered or closed
OUTCOMES = ("completed", "rejected", "identity_not_verified", "withdrawn", "duplicate")
# Which step may follow which. "closed" is final; "on_hold" waits for the requester while
# the legal clock keeps running (the due date does not move).
TRANSITIONS = {
    "new": ("acknowledged", "identity_check", "in_progress", "on_hold", "answered", "closed"),
    "acknowledged": ("identity_check", "in_progress", "on_hold", "answered", "closed"),
    "identity_check": ("in_progress", "on_hold", "answered", "closed"),
    "in_progress": ("identity_check", "on_hold", "answered", "closed"),
    "on_hold": ("acknowledged", "identity_check", "in_progress", "answered", "closed"),
    "answered": ("in_progress", "closed"),
    "closed": (),
}
INTAKE_FIELDS = ("received_on", "channel", "requester_name", "requester_contact", "kind",
                 "complexity", "third_party_involved", "summary")
REQUIRED = ("received_on", "channel", "requester_name", "kind", "complexity")
IDENTITY_RESULTS = ("verified", "failed")
# How the command line names the results (CONTRACT: complaints identity ID verified|not_verified).
IDENTITY_WORDS = {"verified": "verified", "not_verified": "failed", "failed": "failed"}


# The workflow columns of a new case (every row of a bulk insert has the same columns).
WORKFLOW_DEFAULTS = {
    "status": "new", "hold_reason": "", "extension_days": None, "extension_reason": "",
    "extended_at": None, "identity_method": "", "identity_checked_by": "",
    "identity_checked_at": None, "identity_result": "", "reply_text": "", "outcome": None,
    "outcome_reason": "", "acknowledged_at": None, "answered_at": None, "closed_at": None,
    "status_at": None, "extended_legal_due": None, "extended_policy_due": None,
}


def _error(field: str, template: str, **params) -> FieldError:
    return FieldError(field, template, params)


ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
SQLITE_MAX_INT = 2**63 - 1


# -- intake -------------------------------------------------------------------------------

def clean_intake(values: dict, *, today: date | None = None) -> dict:
    """Check a new case; raise one ValidationError naming every wrong field."""
    today = today or clock.today()
    errors: list[FieldError] = []
    errors += [_error(k, QT_TRANSLATE_NOOP("core", "Unknown field"))
               for k in sorted(set(values) - set(INTAKE_FIELDS))]
    out: dict = {}
    for name in ("channel", "requester_name", "requester_contact", "kind", "complexity",
                 "summary"):
        out[name] = limits.clean_text(name, values.get(name, ""), errors)
    received = values.get("received_on", "")
    try:  # YYYY-MM-DD only (not 20260105 or 2026-W02-1), from 1900 as settings dates
        if received and not (isinstance(received, str) and ISO_DATE.fullmatch(received)
                             and date.fromisoformat(received).year >= 1900):
            raise ValueError(received)
        out["received_on"] = date.fromisoformat(received).isoformat() if received else ""
    except ValueError:
        errors.append(_error("received_on", QT_TRANSLATE_NOOP(
            "core", "Not a real date (expected YYYY-MM-DD)")))
        out["received_on"] = None
    if out["received_on"] and date.fromisoformat(out["received_on"]) > today:
        errors.append(_error("received_on", QT_TRANSLATE_NOOP(
            "core", "Lies in the future (today is {today})"), today=today.isoformat()))
    for name, allowed in (("channel", CHANNELS), ("kind", KINDS), ("complexity", COMPLEXITIES)):
        if out[name] and out[name] not in allowed:
            errors.append(_error(name, QT_TRANSLATE_NOOP("core", "Must be one of: {allowed}"),
                                 allowed=", ".join(allowed)))
    third = values.get("third_party_involved", False)
    if isinstance(third, str) and third.lower() in ("true", "false", "yes", "no"):
        third = third.lower() in ("true", "yes")
    if not isinstance(third, bool):
        errors.append(_error("third_party_involved", QT_TRANSLATE_NOOP(
            "core", "Must be true or false")))
        third = False
    out["third_party_involved"] = int(third)
    for name in REQUIRED:
        if out.get(name) == "" and not any(e.field == name for e in errors):
            errors.append(_error(name, QT_TRANSLATE_NOOP("core", "Required")))
    if errors:
        order = {n: i for i, n in enumerate(INTAKE_FIELDS)}
        raise ValidationError(sorted(errors, key=lambda e: order.get(e.field, 99)))
    return out


def _policy(desk_settings: dict, complexity: str) -> tuple[int, str]:
    """DOMAIN D3.1: the company's promise for this complexity, from settings at intake."""
    return desk_settings[f"complaint_days_{complexity}"], desk_settings["complaint_day_mode"]


@dataclass(frozen=True)
class Preview:
    """The deadlines a case would get at intake (the intake form shows them as it is filled):
    the dates, the promise they come from and the law's deadline for the kind, if any."""

    found: deadlines.CaseDeadlines
    policy_days: int
    policy_working: bool
    legal: rules.LegalDeadline | None
    before_law_91: bool  # received under Decree 13 (DOMAIN D3.7)


def preview(desk_settings: dict, calendar: deadlines.Calendar, *, received: date, kind: str,
            complexity: str, third_party: bool = False) -> Preview:
    """What `create` would compute for these intake facts (DOMAIN D3.1-D3.3, D3.7)."""
    days, mode = _policy(desk_settings, complexity)
    found = deadlines.case_deadlines(received=received, kind=kind, policy_days=days,
                                     policy_working=mode == "working",
                                     third_party=third_party, calendar=calendar)
    return Preview(found, days, mode == "working", rules.legal_deadline(kind, received),
                   rules.regime_on(received) == rules.REGIME_DECREE_13)


def compute_dues(case: dict, calendar: deadlines.Calendar) -> dict:
    """The stored deadline columns of a case, from its intake facts and the calendar."""
    found = deadlines.case_deadlines(
        received=date.fromisoformat(case["received_on"]), kind=case["kind"],
        policy_days=case["policy_days"], policy_working=case["policy_day_mode"] == "working",
        third_party=bool(case["third_party_involved"]), calendar=calendar)
    dues = {"policy_due": found.policy_due.isoformat(),
            "legal_due": found.legal_due.isoformat() if found.legal_due else None,
            "ack_due": found.ack_due.isoformat() if found.ack_due else None,
            "original_due": found.due.isoformat(), "due": found.due.isoformat(),
            "binding": found.binding}
    if case.get("extension_days"):
        dues |= extended_dues(found, case["extension_days"], calendar)
    return dues


def extended_dues(found: deadlines.CaseDeadlines, days: int,
                  calendar: deadlines.Calendar) -> dict:
    """DOMAIN D3.8: an extension moves the law's limit and the company's promise alike; both
    are shown side by side, `due` is the earlier and `binding` names it. (The extended
    promise is never called the promise when it lies past the extended legal limit.)"""
    policy = _extended_due(found.policy_due, days, calendar)
    legal = _extended_due(found.legal_due, days, calendar) if found.legal_due else None
    binding = "law" if legal is not None and legal < policy else "policy"
    return {"extended_policy_due": policy.isoformat(),
            "extended_legal_due": legal.isoformat() if legal else None,
            "due": (legal if binding == "law" else policy).isoformat(), "binding": binding}


def _extended_due(original: date, days: int, calendar: deadlines.Calendar) -> date:
    return deadlines.due_date(original, days, calendar=calendar)


def new_record(values: dict, *, desk_settings: dict, calendar: deadlines.Calendar,
               entered_by: str, now: str, today: date | None = None) -> dict:
    """A complete row for a new case (used by `create` and by bulk demo data)."""
    case = clean_intake(values, today=today)
    days, mode = _policy(desk_settings, case["complexity"])
    case |= {"policy_days": days, "policy_day_mode": mode,
             "search": fold(" ".join((case["requester_name"], case["requester_contact"],
                                      case["summary"])))}
    case |= compute_dues(case, calendar)
    return case | WORKFLOW_DEFAULTS | {"entered_by": entered_by, "created_at": now,
                                       "updated_at": now}


def create(desk: Desk, values: dict, *, register_entries: tuple[int, ...] = (),
           entered_by: str | None = None) -> int:
    row = new_record(values, desk_settings=settings.get_all(desk),
                     calendar=deadlines.load_calendar(desk),
                     entered_by=entered_by or desk.actor(), now=clock.iso_now())
    with desk.transaction():
        case_id = desk.insert(TABLE, row, note=Event("case_recorded"))
        for entry_id in register_entries:
            link_register(desk, case_id, entry_id)
    return case_id


def link_register(desk: Desk, case_id: int, entry_id: int) -> None:
    """Which register entry the case is about ("which data of this person did we hold?")."""
    if isinstance(entry_id, bool) or not isinstance(entry_id, int) or \
            not 0 < entry_id <= SQLITE_MAX_INT or desk.get("register_entries", entry_id) is None:
        raise ValidationError.single("register_entries", QT_TRANSLATE_NOOP(
            "core", "Register entry {id} does not exist"), id=entry_id)
    exists = desk.scalar(f"SELECT id FROM {LINKS} WHERE complaint_id = ? AND entry_id = ?",
                         (case_id, entry_id))
    if exists is None:
        desk.insert(LINKS, {"complaint_id": case_id, "entry_id": entry_id})


def linked_entries(desk: Desk, case_id: int) -> list[int]:
    return [r[0] for r in desk.conn.execute(
        f"SELECT entry_id FROM {LINKS} WHERE complaint_id = ? ORDER BY entry_id", (case_id,))]


# -- reading ------------------------------------------------------------------------------

def get(desk: Desk, case_id: int, *, today: date | None = None) -> dict:
    row = desk.get(TABLE, case_id)
    if row is None:
        raise NotFound(f"complaint {case_id} does not exist")
    return with_computed(row, today or clock.today())


def is_overdue(row: dict, today: date) -> bool:
    return row["status"] in OPEN_STATUSES and row["due"] < today.isoformat()


def is_ack_overdue(row: dict, today: date) -> bool:
    """DOMAIN D3.2 (Decree 356 Art. 5): a request is acknowledged within 2 working days.
    Overdue while the case is open, its receipt not acknowledged, and `ack_due` passed.
    `ack_overdue_where` is the same verdict in SQL."""
    return (row["status"] in OPEN_STATUSES and not row["acknowledged_at"]
            and row["ack_due"] is not None and row["ack_due"] < today.isoformat())


def ack_days_late(row: dict, today: date) -> int:
    """How many days ago the receipt was due to be acknowledged (`ack_due`, DOMAIN D3.2)."""
    return -deadlines.days_left(date.fromisoformat(row["ack_due"]), today)


def ack_overdue_where(today: date) -> tuple[str, list]:
    """`is_ack_overdue` as an SQL condition and its parameters (lists, counts, reports)."""
    marks = ", ".join("?" for _ in OPEN_STATUSES)
    return (f"(status IN ({marks}) AND acknowledged_at IS NULL AND ack_due < ?)",
            [*OPEN_STATUSES, today.isoformat()])


def with_computed(row: dict, today: date) -> dict:
    out = dict(row)
    out["third_party_involved"] = bool(row["third_party_involved"])
    out["overdue"] = is_overdue(row, today)
    out["ack_overdue"] = is_ack_overdue(row, today)
    out["days_left"] = deadlines.days_left(date.fromisoformat(row["due"]), today)
    return out


@dataclass
class Query:
    """A list of cases: every filter runs in SQL on indexed columns."""

    status: str = ""  # a status, or "open" for every status whose clock runs
    kind: str = ""
    overdue: bool = False
    ack_overdue: bool = False  # receipt not acknowledged in time (`is_ack_overdue`)
    due_within_days: int | None = None
    text: str = ""
    order_by: str = "due"
    descending: bool = False

    SORTABLE = ("id", "received_on", "requester_name", "kind", "status", "due", "binding",
                "channel", "complexity")

    def check(self) -> None:
        """An unknown filter value is refused, naming the valid ones: a typo must not read
        as "no such cases" (CONTRACT: complaints list)."""
        errors = [FieldError(name, UNKNOWN_VALUE, {"value": value, "valid": ", ".join(valid)})
                  for name, value, valid in (("status", self.status, ("open", *STATUSES)),
                                             ("kind", self.kind, KINDS))
                  if value and value not in valid]
        if errors:
            raise ValidationError(errors)

    def where(self, today: date) -> tuple[str, list]:
        clauses, params = [], []
        if self.status == "open":
            clauses.append(f"status IN ({', '.join('?' for _ in OPEN_STATUSES)})")
            params += OPEN_STATUSES
        elif self.status:
            clauses.append("status = ?")
            params.append(self.status)
        if self.kind:
            clauses.append("kind = ?")
            params.append(self.kind)
        if self.overdue or self.due_within_days is not None:
            clauses.append(f"status IN ({', '.join('?' for _ in OPEN_STATUSES)})")
            params += OPEN_STATUSES
        if self.overdue:
            clauses.append("due < ?")
            params.append(today.isoformat())
        if self.ack_overdue:
            condition, values = ack_overdue_where(today)
            clauses.append(condition)
            params += values
        if self.due_within_days is not None:
            from datetime import timedelta

            clauses.append("due BETWEEN ? AND ?")
            params += [today.isoformat(),
                       (today + timedelta(days=self.due_within_days)).isoformat()]
        if self.text:
            clauses.append("(search LIKE ? OR id = ?)")
            wanted = self.text.strip().lstrip("#")
            params += [f"%{fold(self.text)}%", int(wanted) if wanted.isdigit() else -1]
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def order(self) -> str:
        column = self.order_by if self.order_by in self.SORTABLE else "due"
        direction = "DESC" if self.descending else "ASC"
        return f" ORDER BY {column} {direction}, id {direction}"


def ids(desk: Desk, query: Query, *, today: date | None = None) -> list[int]:
    """The ids of the matching cases, in order (an id-backed model fetches rows lazily)."""
    where, params = query.where(today or clock.today())
    return [r[0] for r in desk.conn.execute(f"SELECT id FROM {TABLE}{where}{query.order()}",
                                            params)]


def count(desk: Desk, query: Query, *, today: date | None = None) -> int:
    where, params = query.where(today or clock.today())
    return desk.scalar(f"SELECT count(*) FROM {TABLE}{where}", params)


def rows_by_id(desk: Desk, wanted: list[int], *, today: date | None = None) -> dict[int, dict]:
    today = today or clock.today()
    found = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in desk.rows(f"SELECT * FROM {TABLE} WHERE id IN ({marks})", chunk):
            found[row["id"]] = with_computed(row, today)
    return found


def list_cases(desk: Desk, query: Query | None = None, *, today: date | None = None,
               limit: int | None = None) -> list[dict]:
    query = query or Query()
    query.check()
    today = today or clock.today()
    where, params = query.where(today)
    sql = f"SELECT * FROM {TABLE}{where}{query.order()}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [with_computed(r, today) for r in desk.rows(sql, params)]


def summary(desk: Desk, *, today: date | None = None) -> dict:
    """Counts for the dashboard: by status, overdue, due within two days, acknowledgement
    overdue."""
    today = today or clock.today()
    by_status = {s: 0 for s in STATUSES}
    for status, n in desk.conn.execute(f"SELECT status, count(*) FROM {TABLE} GROUP BY status"):
        by_status[status] = n
    overdue = len(ids(desk, Query(overdue=True), today=today))
    due_soon = len(ids(desk, Query(due_within_days=rules.DUE_SOON_DAYS), today=today))
    ack_overdue = len(ids(desk, Query(ack_overdue=True), today=today))
    return {"by_status": by_status, "overdue": overdue, "due_soon": due_soon,
            "ack_overdue": ack_overdue,
            "open": sum(by_status[s] for s in OPEN_STATUSES), "total": sum(by_status.values())}


def timeline(desk: Desk, case_id: int) -> list[dict]:
    """Every step of the case, oldest first: when, who, what (from the audit trail): the
    note as recorded, the step as data (`event`: its kind and `params`, None for a plain
    edit; core/eventlog.py) and the fields changed."""
    entries = list(reversed(audit.entries(desk, table=TABLE, record_id=str(case_id),
                                          limit=10_000)))
    return [{"at": e["at"], "actor": e["actor"], "action": e["action"], "note": e["note"],
             **eventlog.fields(e), "changes": audit.changes(e)} for e in entries]


def step_at(desk: Desk, case: dict, state: str) -> str | None:
    """When the case last entered `state` (its stored time), None if it never did: the
    current state's `status_at`, else the step as the timeline recorded it."""
    if case["status"] == state:
        return case["status_at"]
    for entry in reversed(timeline(desk, case["id"])):
        if entry["event"] == "status" and entry["params"].get("to") == state:
            return next((after for name, _, after in entry["changes"]
                         if name == "status_at"), None) or entry["at"]
    return None


# -- workflow -----------------------------------------------------------------------------

def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


# The columns that hold when a step of the case happened.
STEP_TIMES = ("status_at", "acknowledged_at", "answered_at", "closed_at", "identity_checked_at",
              "extended_at")
_AT = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]([0-9]{2}:[0-9]{2}(?::[0-9]{2})?)"
                 r"(Z|[+-][0-9]{2}:[0-9]{2})?)?")


def last_step(case: dict) -> datetime | None:
    """When the latest recorded step of the case happened (None before any)."""
    times = [datetime.fromisoformat(case[c]) for c in STEP_TIMES if case.get(c)]
    return max(times) if times else None


def step_time(desk: Desk, case: dict, at: str | datetime | None) -> str:
    """When a step happened, as stored (ISO 8601 with offset): `at` (YYYY-MM-DD, or with
    THH:MM, local time of the company's time zone), else now. DOMAIN D3.9: the dated letters
    are the company's evidence, so a step is refused in the future, before the case was
    received or before the step it follows. A day without a time is that day, after the
    step before it."""
    zone = clock.zone(settings.get(desk, "timezone"))
    now = clock.now().astimezone(zone)
    previous = last_step(case)
    if at is None or at == "":
        return now.isoformat(timespec="seconds")
    day_only = False
    if isinstance(at, datetime):
        moment = at if at.tzinfo else at.replace(tzinfo=zone)
    else:
        found = _AT.fullmatch(str(at).strip())
        try:
            if not found:
                raise ValueError(at)
            day_only = found[2] is None
            moment = datetime.fromisoformat(found[0].replace("Z", "+00:00").replace(" ", "T"))
        except ValueError:
            raise ValidationError.single("at", QT_TRANSLATE_NOOP(
                "core", "Not a real date or time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone)
    moment = moment.astimezone(zone)
    if (moment.date() > now.date()) if day_only else moment > now:
        raise ValidationError.single("at", QT_TRANSLATE_NOOP(
            "core", "Lies in the future (now is {now})"), now=now.strftime("%Y-%m-%d %H:%M"))
    if moment.date() < date.fromisoformat(case["received_on"]):
        raise ValidationError.single("at", QT_TRANSLATE_NOOP(
            "core", "Before the case was received ({received})"), received=case["received_on"])
    if previous is not None:
        previous = previous.astimezone(zone)
        if (moment.date() < previous.date()) if day_only else moment < previous:
            raise ValidationError.single("at", QT_TRANSLATE_NOOP(
                "core", "Before the case's previous step ({previous})"),
                previous=previous.strftime("%Y-%m-%d %H:%M"))
        if day_only:
            moment = max(moment, previous)
    if day_only and moment.date() == now.date():
        moment = max(moment, now)
    return moment.isoformat(timespec="seconds")


def transition(desk: Desk, case_id: int, state: str, *, reason: str = "",
               outcome: str | None = None, reply_text: str | None = None,
               at: str | datetime | None = None, expected: dict | None = None) -> dict:
    """Move a case to `state` (or close it with an outcome: `state` may name the outcome).

    Refused, naming the field, when the step is not allowed or lacks what it needs: a reason
    to put on hold or reject, a reply text to answer, an outcome to close. `at`: when the step
    happened (`step_time`), now by default.

    `expected`: the stored row as the caller loaded it; if the case changed elsewhere
    since, `ConflictError`. The checks and the change are one transaction.
    """
    with desk.transaction():
        if expected is not None:
            desk.expect(TABLE, case_id, expected)
        case = get(desk, case_id)
        if state in OUTCOMES:
            state, outcome = "closed", state
        reason = limits.check_text("reason", (reason or "").strip())
        if state not in STATUSES:
            raise ValidationError.single("state", QT_TRANSLATE_NOOP(
                "core", "Unknown state (one of: {allowed})"), allowed=", ".join(
                    [*STATUSES, *OUTCOMES]))
        if state not in allowed_next(case["status"]):
            raise ValidationError.single("state", QT_TRANSLATE_NOOP(
                "core", "A case that is {current} cannot become {wanted} (allowed: {allowed})"),
                current=case["status"], wanted=state,
                allowed=", ".join(allowed_next(case["status"])) or "none")
        when = step_time(desk, case, at)
        change: dict = {"status": state, "status_at": when, "updated_at": clock.iso_now()}
        step = {"from": case["status"], "to": state}
        if state == "on_hold":
            if not reason:
                raise ValidationError.single("reason", QT_TRANSLATE_NOOP(
                    "core", "Say why the case waits (e.g. the requester must send a document)"))
            change["hold_reason"] = reason
        elif state == "acknowledged":
            change["acknowledged_at"] = when
        elif state == "answered":
            text = (reply_text if reply_text is not None else case["reply_text"]).strip()
            limits.check_text("reply_text", text)
            if not text:
                raise ValidationError.single("reply_text", QT_TRANSLATE_NOOP(
                    "core", "Write the reply before marking the case answered"))
            change |= {"reply_text": text, "answered_at": when}
        elif state == "closed":
            _check_closing(case, outcome, reason)
            change |= {"outcome": outcome, "outcome_reason": reason, "closed_at": when}
            step["outcome"] = outcome
            if reply_text is not None and reply_text.strip():
                # a case closed directly (a refusal) keeps the reply it was given: the reply
                # letter prints it (DOMAIN D3.9)
                change["reply_text"] = limits.check_text("reply_text", reply_text.strip())
        if reason:
            step["reason"] = reason
        desk.update(TABLE, case_id, change, note=Event("status", step))
    return get(desk, case_id)


def _check_closing(case: dict, outcome: str | None, reason: str) -> None:
    if outcome not in OUTCOMES:
        raise ValidationError.single("outcome", QT_TRANSLATE_NOOP(
            "core", "Closing needs an outcome (one of: {allowed})"), allowed=", ".join(OUTCOMES))
    if outcome == "completed" and case["status"] != "answered":
        raise ValidationError.single("outcome", QT_TRANSLATE_NOOP(
            "core", "Only an answered case can be closed as completed"))
    if outcome == "rejected" and not reason:
        raise ValidationError.single("reason", QT_TRANSLATE_NOOP(
            "core", "Say why the request is rejected"))
    if outcome == "identity_not_verified" and case["identity_result"] != "failed":
        raise ValidationError.single("outcome", QT_TRANSLATE_NOOP(
            "core", "Record the failed identity check first"))


def extend(desk: Desk, case_id: int, days: int, reason: str, *,
           at: str | datetime | None = None, expected: dict | None = None) -> dict:
    """One extension per case (DOMAIN D3.2): a reason told to the requester, at most the
    law's extension for the kind; the original due date stays on the record. `at`: when it
    was announced (`step_time`), now by default; it must be before the due date ran out.
    `expected`: as for `transition`. The checks and the change are one transaction."""
    with desk.transaction():
        if expected is not None:
            desk.expect(TABLE, case_id, expected)
        return _extend(desk, get(desk, case_id), days, reason, at)


def extension_limit(case: dict) -> tuple[int, str]:
    """The longest extension of this case and where that limit comes from
    (`rules.extension_limit`)."""
    return rules.extension_limit(case["kind"], date.fromisoformat(case["received_on"]))


def can_extend(case: dict) -> bool:
    """Whether an extension is offered for the case (DOMAIN D3.2): open, not extended yet,
    with a limit above 0 (Decree 13 knew none, D3.7). `extend` also refuses one asked after
    the due date, with the reason (D3.8)."""
    return case["status"] in OPEN_STATUSES and not case["extension_days"] \
        and extension_limit(case)[0] > 0


def step_allowed(case: dict, step: str) -> bool:
    """Whether the case's status allows `step` (the steps the complaints view offers): a
    status of `allowed_next`, "extend" (`can_extend`) or "erase" (`erasure.can_erase`,
    DOMAIN D6); the identity check can be recorded again while checking."""
    if step == "extend":
        return can_extend(case)
    if step == "identity_check" and case["status"] == "identity_check":
        return True
    if step == "erase":
        from dpo_desk.core import erasure  # not on the start path

        return erasure.can_erase(case)
    return step in allowed_next(case["status"])


def letter_allowed(case: dict, kind: str) -> bool:
    """Whether letter `kind` can be made for the case: the extension notice only once it was
    extended (`letters` refuses it otherwise)."""
    return kind != "extension" or bool(case["extension_days"])


def _extend(desk: Desk, case: dict, days: int, reason: str,
            at: str | datetime | None = None) -> dict:
    case_id = case["id"]
    when = step_time(desk, case, at)
    reason = (reason or "").strip()
    errors = []
    limit, source = extension_limit(case)
    if case["status"] not in OPEN_STATUSES:
        errors.append(_error("status", QT_TRANSLATE_NOOP(
            "core", "Only an open case can be extended (this one is {status})"),
            status=case["status"]))
    if case["extension_days"]:
        errors.append(_error("days", QT_TRANSLATE_NOOP(
            "core", "This case was already extended once; the law allows one extension")))
    if limit == 0:  # DOMAIN D3.7: Decree 13's 72 hours could not be extended
        errors.append(_error("days", QT_TRANSLATE_NOOP(
            "core", "The law allows no extension for this request ({source})"),
            source=source))
    elif not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= limit:
        errors.append(_error("days", QT_TRANSLATE_NOOP(
            "core", "Extend by 1 to {limit} days"), limit=limit))
    if not case["extension_days"] and case["due"] < when[:10]:  # the company's own day
        # DOMAIN D3.8: announced before the deadline runs out; the missed one stays on record.
        errors.append(_error("due", QT_TRANSLATE_NOOP(
            "core", "The due date {due} has passed: an extension must be announced before "
            "the deadline runs out, and the missed deadline stays on record"), due=case["due"]))
    if not reason:
        errors.append(_error("reason", QT_TRANSLATE_NOOP(
            "core", "Give the reason that will be told to the requester")))
    elif error := limits.text_error("reason", reason):
        errors.append(error)
    if errors:
        raise ValidationError(errors)
    dues = compute_dues(case | {"extension_days": days}, deadlines.load_calendar(desk))
    desk.update(TABLE, case_id, dues | {"extension_days": days, "extension_reason": reason,
                                        "extended_at": when,
                                        "updated_at": clock.iso_now()},
                note=Event("extended", {"days": days, "due": dues["due"], "reason": reason}))
    return get(desk, case_id)


def record_identity_check(desk: Desk, case_id: int, *, method: str, result: str,
                          checked_by: str | None = None, checked_at: str | None = None,
                          expected: dict | None = None) -> dict:
    """DOMAIN D3.6: how the requester's identity was checked, by whom, when (`step_time`),
    with what result. A verified identity says how it was verified. The clock keeps running
    meanwhile. `expected`: as for `transition`."""
    method = (method or "").strip()
    _check_identity_facts(method, result)
    with desk.transaction():
        if expected is not None:
            desk.expect(TABLE, case_id, expected)
        when = step_time(desk, get(desk, case_id), checked_at)
        desk.update(TABLE, case_id, {
            "identity_method": method, "identity_result": result,
            "identity_checked_by": checked_by or desk.actor(), "identity_checked_at": when,
            "updated_at": clock.iso_now()},
            note=Event("identity_check", {"result": result} | ({"method": method} if method
                                                                else {})))
        return get(desk, case_id)


def _check_identity_facts(method: str, result: str) -> None:
    limits.check_text("identity_method", (method or "").strip())
    if result not in IDENTITY_RESULTS:
        raise ValidationError.single("identity_result", QT_TRANSLATE_NOOP(
            "core", "Must be one of: {allowed}"), allowed=", ".join(IDENTITY_RESULTS))
    if result == "verified" and not (method or "").strip():
        raise ValidationError.single("identity_method", QT_TRANSLATE_NOOP(
            "core", "Say how the identity was verified"))


def check_identity(desk: Desk, case_id: int, result: str, *, method: str = "",
                   at: str | datetime | None = None, start_work: bool = False,
                   expected: dict | None = None) -> dict:
    """The identity check as one step (DOMAIN D3.6; CONTRACT: complaints identity): the case
    moves to "identity_check" where it may, the check is recorded, and a verified case goes
    on to work when `start_work`. `result`: verified, or not_verified (stored as "failed").
    All of it or nothing."""
    result = IDENTITY_WORDS.get(result, result)
    _check_identity_facts(method, result)
    with desk.transaction():
        if expected is not None:
            desk.expect(TABLE, case_id, expected)
        status = get(desk, case_id)["status"]
        if status not in OPEN_STATUSES:
            raise ValidationError.single("status", QT_TRANSLATE_NOOP(
                "core", "Only an open case can have its identity checked (this one is "
                "{status})"), status=status)
        if status != "identity_check" and "identity_check" in allowed_next(status):
            transition(desk, case_id, "identity_check", at=at)
        record_identity_check(desk, case_id, method=method, result=result, checked_at=at)
        if start_work and result == "verified":
            transition(desk, case_id, "in_progress", at=at)
        return get(desk, case_id)


def save_reply(desk: Desk, case_id: int, text: str, *, expected: dict | None = None) -> None:
    """Draft or correct the reply text (printed on the reply letter). `expected`: the
    stored row as the editor loaded it; if the case changed elsewhere since, `ConflictError`
    (another window's reply is not overwritten)."""
    with desk.transaction():
        if expected is not None:
            desk.expect(TABLE, case_id, expected)
        case = get(desk, case_id)
        if case["status"] == "closed":
            raise ValidationError.single("reply_text", QT_TRANSLATE_NOOP(
                "core", "The case is closed"))
        desk.update(TABLE, case_id, {"reply_text": limits.check_text("reply_text", text.strip()),
                                     "updated_at": clock.iso_now()})


def recompute_dues(desk: Desk) -> int:
    """After the calendar changed: new deadlines for every case whose clock runs."""
    calendar = deadlines.load_calendar(desk)
    changed = 0
    with desk.transaction():
        for row in desk.rows(f"SELECT * FROM {TABLE} WHERE status IN "
                             f"({', '.join('?' for _ in OPEN_STATUSES)})", OPEN_STATUSES):
            dues = compute_dues(row, calendar)
            if any(row[k] != v for k, v in dues.items()):
                desk.update(TABLE, row["id"], dues, note=Event("deadlines_recomputed"))
                changed += 1
    return changed


def _working_days_changed(desk: Desk) -> None:
    if TABLE in desk.table_names():  # no complaints table yet: nothing derives from the days
        recompute_dues(desk)


events.listen(events.WORKING_DAYS_CHANGED, _working_days_changed)


# -- export -------------------------------------------------------------------------------

EXPORT_FIELDS = ("id", *INTAKE_FIELDS, "policy_due", "legal_due", "ack_due", "due", "binding",
                 "status", "overdue", "ack_overdue", "outcome", "extension_days",
                 "extension_reason", "original_due", "extended_legal_due", "extended_policy_due",
                 "policy_days", "policy_day_mode", "created_at")


def export_records(desk: Desk, query: Query | None = None) -> list[dict]:
    return [{k: c[k] for k in EXPORT_FIELDS}
            for c in list_cases(desk, query or Query(order_by="id"))]
