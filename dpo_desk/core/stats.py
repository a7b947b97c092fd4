"""Figures for the dashboard: complaints received per month and how many were settled on time.

A case is settled when it is answered or closed, and settled on time when that day is on or
before its binding due date: the rule is `rules.SETTLED_ON_TIME_SQL` (DOMAIN D3.2).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dpo_desk.core import clock, rules

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = "complaints"
SETTLED = rules.SETTLED_STATUSES


def month_keys(months: int, today: date) -> list[str]:
    """The last `months` months up to and including today's, oldest first ("YYYY-MM")."""
    keys = []
    year, month = today.year, today.month
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return keys[::-1]


def monthly(desk: Desk, *, months: int = 12, today: date | None = None) -> list[dict]:
    """One row per month, oldest first: `month` ("YYYY-MM"), `received` (cases received that
    month), `settled` (cases answered or closed that month), `on_time` (of those, settled on
    or before their due date) and `rate` (on_time / settled, None when nothing was settled)."""
    keys = month_keys(months, today or clock.today())
    rows = {key: {"month": key, "received": 0, "settled": 0, "on_time": 0, "rate": None}
            for key in keys}
    first = f"{keys[0]}-01"
    for month, count in desk.conn.execute(
            f"SELECT substr(received_on, 1, 7) AS month, count(*) FROM {TABLE} "
            "WHERE received_on >= ? GROUP BY month", (first,)):
        if month in rows:
            rows[month]["received"] = count
    settled_at = rules.SETTLED_AT_SQL
    for month, settled, on_time in desk.conn.execute(
            f"SELECT substr({settled_at}, 1, 7) AS month, count(*), "
            f"sum({rules.SETTLED_ON_TIME_SQL}) FROM {TABLE} "
            f"WHERE status IN ({', '.join('?' for _ in SETTLED)}) AND {settled_at} >= ? "
            "GROUP BY month", (*SETTLED, first)):
        if month in rows:
            rows[month] |= {"settled": settled, "on_time": on_time,
                            "rate": on_time / settled if settled else None}
    return [rows[key] for key in keys]


def totals(rows: list[dict]) -> dict:
    """The sums over `monthly` rows, with the overall on-time rate (None when none settled)."""
    received = sum(r["received"] for r in rows)
    settled = sum(r["settled"] for r in rows)
    on_time = sum(r["on_time"] for r in rows)
    return {"received": received, "settled": settled, "on_time": on_time,
            "rate": on_time / settled if settled else None}
