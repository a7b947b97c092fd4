"""Facts about the open file for the dashboard and the status bar.

`cockpit` is what the DPO must see at once after every change (the running clocks, the
complaints past a deadline, the gaps in the register and in the privacy policy): indexed
queries only, so that it is
quick on a file of 100,000 cases. `figures` is what takes a scan of every case (the last
twelve months, the cases by status): the dashboard computes it off the GUI thread.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import clock, complaints, incidents, rules, stats

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

LIST_LIMIT = 10  # cases, incidents and register entries named in each list
# What an entry of the register lacks (DOMAIN D5: the register shows the legal basis, the
# retention and the security measures of each activity). The register has no field for
# access rules of sensitive data nor for the date of a transfer dossier (Law 91 Art. 20):
# the dashboard counts those entries and says that it cannot check them.
REGISTER_GAPS = {
    "no_legal_basis": "legal_basis = ''",
    "no_retention": "retention = ''",
    "no_security_measures": "security_measures = '[]'",
}


def file_bytes(path: Path) -> int:
    """The size of the database on disk: the file and its write-ahead log (`-wal`), where
    recent changes sit until a checkpoint copies them into the file."""
    return sum(part.stat().st_size for part in (path, path.with_name(path.name + "-wal"))
               if part.exists())


def database_summary(desk: Desk) -> dict:
    last = desk.row("SELECT at, actor FROM audit_log ORDER BY id DESC LIMIT 1")
    return {
        "path": str(desk.path),
        "bytes": file_bytes(desk.path),
        "schema_version": desk.schema_version,
        "created_at": desk.meta("created_at"),
        "app_version": desk.meta("app_version"),
        "audit_entries": desk.scalar("SELECT count(*) FROM audit_log"),
        "last_change_at": last["at"] if last else None,
        "last_change_by": last["actor"] if last else None,
    }


def cockpit(desk: Desk, *, now: datetime | None = None, limit: int = LIST_LIMIT) -> dict:
    """The open incidents with their clocks, the complaints overdue, due soon or not
    acknowledged in time (counts and the most urgent), and the register's gaps."""
    now = now or clock.now()
    today = now.date()
    return {"now": now, "complaints": complaint_lists(desk, today, limit),
            "incidents": open_incidents(desk, now), "register": register_health(desk, limit),
            "policy_gaps": policy_checklist(desk)}


def policy_checklist(desk: Desk) -> dict:
    """The gaps found in the published privacy policy (issue 18): how many are still open on
    the checklist (the dashboard shows them until each is resolved) of how many saved."""
    from dpo_desk.core.policy import GAPS_TABLE

    row = desk.conn.execute(f"SELECT count(*), coalesce(sum(status = 'open'), 0) FROM "
                            f"{GAPS_TABLE}"
                            ).fetchone()
    return {"total": row[0], "open": row[1]}


def complaint_lists(desk: Desk, today: date, limit: int = LIST_LIMIT) -> dict:
    Query = complaints.Query  # noqa: N806 - a class
    found = {"total": desk.scalar(f"SELECT count(*) FROM {complaints.TABLE}")}
    for key, query in (("open", Query(status="open")), ("overdue", Query(overdue=True)),
                       ("due_soon", Query(due_within_days=rules.DUE_SOON_DAYS)),
                       ("ack_overdue", Query(ack_overdue=True, order_by="ack_due"))):
        found[key] = complaints.count(desk, query, today=today)
        if key != "open":
            found[f"{key}_cases"] = complaints.list_cases(desk, query, today=today,
                                                          limit=limit)
    return found


def open_incidents(desk: Desk, now: datetime) -> list[dict]:
    """Every incident not closed, the one whose notice falls due first first."""
    found = incidents.list_incidents(desk, open_only=True, now=now)
    return sorted(found, key=lambda i: (bool(i["notified_at"]), i["notify_by"], i["id"]))


def register_health(desk: Desk, limit: int = LIST_LIMIT) -> dict:
    """Counts of the entries with each gap, the first `limit` of them (by name) with their
    gaps, and the counts of sensitive and cross-border entries (which the register cannot
    check further: see REGISTER_GAPS)."""
    sums = ", ".join(f"coalesce(sum({condition}), 0)" for condition in REGISTER_GAPS.values())
    row = desk.conn.execute(
        f"SELECT count(*), {sums}, coalesce(sum(category_type = 'sensitive'), 0), "
        "coalesce(sum(cross_border), 0) FROM register_entries").fetchone()
    counts = dict(zip(REGISTER_GAPS, row[1:1 + len(REGISTER_GAPS)], strict=True))
    flags = ", ".join(f"{condition} AS {code}" for code, condition in REGISTER_GAPS.items())
    entries = [{"id": r["id"], "name": r["name"],
                "gaps": [code for code in REGISTER_GAPS if r[code]]}
               for r in desk.rows(f"SELECT id, name, {flags} FROM register_entries WHERE "
                                  + " OR ".join(REGISTER_GAPS.values())
                                  + " ORDER BY name COLLATE NOCASE, id LIMIT ?", (limit,))]
    return {"entries_total": row[0], "gaps": counts, "with_gaps": entries,
            "entries_with_gaps": _count_with_gaps(desk), "sensitive": row[-2],
            "cross_border": row[-1]}


def _count_with_gaps(desk: Desk) -> int:
    return desk.scalar("SELECT count(*) FROM register_entries WHERE "
                       + " OR ".join(REGISTER_GAPS.values()))


def figures(desk: Desk, *, today: date | None = None) -> dict:
    """What takes a scan of every case: the last twelve months (`stats.monthly`) and the
    cases by status; with the database file's facts."""
    today = today or clock.today()
    by_status = {s: 0 for s in complaints.STATUSES}
    for status, n in desk.conn.execute(
            f"SELECT status, count(*) FROM {complaints.TABLE} GROUP BY status"):
        by_status[status] = n
    from dpo_desk.core import erasure, settings

    # DOMAIN D6: closed cases past the retention setting, candidates for erasure
    erasable = {"count": erasure.candidate_count(desk, today),
                "years": settings.get(desk, erasure.SETTING)}
    return {"today": today, "months": stats.monthly(desk, today=today), "by_status": by_status,
            "database": database_summary(desk), "erasable": erasable}
