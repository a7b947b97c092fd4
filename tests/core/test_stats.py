"""Dashboard figures: complaints received per month and the on-time rate, on a real database."""

from __future__ import annotations

from datetime import UTC, date, datetime

from dpo_desk.core import clock, complaints, stats

CASE = {"channel": "email", "requester_name": "Nguyễn Văn An", "kind": "complaint",
        "complexity": "simple", "summary": "Nhận tin nhắn quảng cáo"}


def at(year: int, month: int, day: int, hour: int = 3) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=UTC)


def received(desk, day: str) -> int:
    return complaints.create(desk, {**CASE, "received_on": day})


def answer(desk, case_id: int, when: datetime) -> None:
    clock.freeze(when)
    complaints.transition(desk, case_id, "answered", reply_text="Đã xử lý.")


def test_month_keys_cross_the_year():
    assert stats.month_keys(3, date(2026, 2, 14)) == ["2025-12", "2026-01", "2026-02"]
    assert len(stats.month_keys(12, date(2026, 3, 10))) == 12
    assert stats.month_keys(12, date(2026, 3, 10))[0] == "2025-04"


def test_received_and_on_time_per_month(desk):
    clock.freeze(at(2026, 3, 10))
    old = received(desk, "2025-03-20")  # 13 months ago: outside the window
    late = received(desk, "2026-01-05")  # due 12/1 (a Monday)
    on_time = received(desk, "2026-01-20")  # due 27/1
    on_due_day = received(desk, "2026-02-02")  # due 9/2
    withdrawn = received(desk, "2026-02-03")  # due 10/2
    still_open = received(desk, "2026-03-02")
    received(desk, "2026-03-09")
    assert complaints.get(desk, late)["due"] == "2026-01-12"
    answer(desk, late, at(2026, 1, 13))
    answer(desk, on_time, at(2026, 1, 26))
    # 23:30 on 9/2 in Hà Nội is 16:30 UTC: the local day counts, not the UTC one
    answer(desk, on_due_day, at(2026, 2, 9, 16))
    clock.freeze(at(2026, 2, 20))
    complaints.transition(desk, withdrawn, "withdrawn")  # closed late, without an answer
    answer(desk, old, at(2026, 2, 21))  # settled within the window, received before it
    clock.freeze(at(2026, 3, 10))

    rows = {r["month"]: r for r in stats.monthly(desk)}
    assert list(rows)[0] == "2025-04" and list(rows)[-1] == "2026-03"
    assert "2025-03" not in rows
    assert rows["2026-01"] == {"month": "2026-01", "received": 2, "settled": 2, "on_time": 1,
                               "rate": 0.5}
    assert rows["2026-02"] == {"month": "2026-02", "received": 2, "settled": 3, "on_time": 1,
                               "rate": 1 / 3}
    assert rows["2026-03"] == {"month": "2026-03", "received": 2, "settled": 0, "on_time": 0,
                               "rate": None}
    assert rows["2025-12"]["received"] == 0 and rows["2025-12"]["rate"] is None
    assert complaints.get(desk, still_open)["status"] == "new"
    assert stats.totals(list(rows.values())) == {"received": 6, "settled": 5, "on_time": 2,
                                                 "rate": 0.4}


def test_a_reopened_case_is_not_settled(desk):
    clock.freeze(at(2026, 3, 10))
    case_id = received(desk, "2026-03-02")
    answer(desk, case_id, at(2026, 3, 4))
    complaints.transition(desk, case_id, "in_progress")
    clock.freeze(at(2026, 3, 10))
    assert stats.monthly(desk, months=1) == [
        {"month": "2026-03", "received": 1, "settled": 0, "on_time": 0, "rate": None}]


def test_an_empty_database_has_zero_months(desk):
    clock.freeze(at(2026, 3, 10))
    rows = stats.monthly(desk)
    assert len(rows) == 12 and not any(r["received"] or r["settled"] for r in rows)
    assert stats.totals(rows)["rate"] is None


def test_the_figures_read_the_settled_index_not_the_cases(desk):
    """What makes `unlock` fast on an encrypted 100k file (issue 13): the dashboard's
    figures that scan every case (settled per month, cases past retention) are answered
    from the index complaints_settled (schema 11), never by reading the complaints' rows."""
    from dpo_desk.core import erasure

    for day in ("2026-01-05", "2026-02-10"):
        answer(desk, received(desk, day), at(2026, 2, 20))
    run: list[str] = []
    desk.conn.set_trace_callback(run.append)
    try:
        stats.monthly(desk, today=date(2026, 3, 1))
        erasure.candidate_count(desk, date(2026, 3, 1))
    finally:
        desk.conn.set_trace_callback(None)
    # the statements as run, their parameters written in (Python's trace callback)
    plans = {sql: " | ".join(r[-1] for r in desk.conn.execute("EXPLAIN QUERY PLAN " + sql))
             for sql in run if "status" in sql and "complaints" in sql}
    assert len(plans) == 2, run
    for sql, plan in plans.items():
        assert "complaints_settled" in plan, (sql, plan)
    settled = next(p for s, p in plans.items() if "COALESCE" in s)
    assert "COVERING INDEX complaints_settled" in settled
    retention = next(p for s, p in plans.items() if "requester_name" in s)
    assert "closed_at<?" in retention.replace(" ", "")
