"""The deadline engine (DOMAIN D3): Civil Code counting, Vietnamese holidays with substitute
days and swapped Saturdays, the DPO's overrides, and properties that must always hold."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dpo_desk.core import deadlines, rules
from dpo_desk.core.deadlines import Calendar, Override, case_deadlines, due_date

LAW = Calendar()

# The days off of 2026 and 2027 that count (DOMAIN D3.4): the Labour Code's (Art. 112: Tết,
# Hùng Kings, 30/4, 1/5, National Day with its adjacent day) and their substitute days (Art.
# 111(3): 27/4/2026, 3/5/2027, Tết days moved off a weekend).
DAYS_OFF = {
    2026: ["2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
           "2026-04-26", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01",
           "2026-09-02"],
    2027: ["2027-01-01", "2027-02-04", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08",
           "2027-02-09", "2027-02-10", "2027-04-16", "2027-04-30", "2027-05-01", "2027-05-03",
           "2027-09-02", "2027-09-03"],
}
# Listed with their source but not counted: the civil-service swap day 31/8/2026
# ("government") and 24/11, Ngày Văn hóa Việt Nam ("unconfirmed").
NOT_COUNTED = {2026: {"2026-08-31": "government", "2026-11-24": "unconfirmed"},
               2027: {"2027-11-24": "unconfirmed"}}


@pytest.mark.parametrize("year", [2026, 2027])
def test_every_day_off_of_the_year(year):
    listed = LAW.days_off(year)
    assert [d["date"] for d in listed] == sorted(DAYS_OFF[year] + list(NOT_COUNTED[year]))
    for day in listed:
        expected = NOT_COUNTED[year].get(day["date"], "law")
        assert (day["source"], day["counts"]) == (expected, expected == "law"), day
        assert LAW.is_working_day(date.fromisoformat(day["date"])) != day["counts"] or \
            date.fromisoformat(day["date"]).weekday() >= 5
        assert day["basis"] or day["source"] == "unconfirmed"


def test_every_counted_day_cites_the_labour_code():
    for year in (2025, 2026, 2027):
        for day in LAW.days_off(year):
            if day["source"] == "law":
                assert re.fullmatch(r"(điểm \w+ )?khoản \d+ Điều 11[12] Bộ luật Lao động số "
                                    r"45/2019/QH14( \(nghỉ bù\))?", day["basis"]), day


def test_the_civil_service_swap_of_2026_does_not_count():
    # DOMAIN D3.4: Mon 31/08/2026 off for Sat 22/08/2026 binds the civil service only
    assert LAW.working_days(2026) == [{
        "date": "2026-08-22", "name": "Ngày làm bù", "source": "government",
        "basis": rules.GOVERNMENT_BASIS, "counts": False}]
    assert not LAW.is_working_day(date(2026, 8, 22))
    assert LAW.is_working_day(date(2026, 8, 31))
    assert due_date(date(2026, 8, 21), 1, working=True) == date(2026, 8, 24)
    # the 2025 swap (Fri 2/5 off for Sat 26/4) likewise
    assert LAW.is_working_day(date(2025, 5, 2)) and not LAW.is_working_day(date(2025, 4, 26))


@pytest.mark.parametrize(("received", "expected"), [
    ("2026-08-27", "2026-08-31"),  # DOMAIN D3.4: the swap day 31/8 counts as working
    ("2026-11-23", "2026-11-25"),  # DOMAIN D3.4: 24/11 is not (yet) a Labour Code holiday
])
def test_the_examples_of_domain_d3_4(received, expected):
    assert due_date(date.fromisoformat(received), 2, working=True, calendar=LAW) == \
        date.fromisoformat(expected)


def test_the_dpo_makes_a_doubtful_day_count_with_one_override():
    adopted = Calendar(overrides={
        date(2026, 8, 31): Override(date(2026, 8, 31), "day_off", "Nghỉ theo lịch công chức"),
        date(2026, 8, 22): Override(date(2026, 8, 22), "working_day", "Làm bù"),
        date(2026, 11, 24): Override(date(2026, 11, 24), "day_off", "Ngày Văn hóa Việt Nam")})
    assert not adopted.is_working_day(date(2026, 8, 31))
    assert adopted.is_working_day(date(2026, 8, 22))
    assert due_date(date(2026, 8, 27), 2, working=True, calendar=adopted) == date(2026, 9, 3)
    assert due_date(date(2026, 11, 23), 2, working=True, calendar=adopted) == \
        date(2026, 11, 26)
    shown = {d["date"]: d["source"] for d in adopted.days_off(2026)}
    assert shown["2026-08-31"] == shown["2026-11-24"] == "override"
    assert adopted.working_days(2026)[0]["source"] == "override"


def test_holiday_names_the_table_does_not_know_never_count():
    assert rules.holiday_source("Ngày lễ mới") == ("unconfirmed", "")
    assert rules.holiday_source("Quốc khánh (nghỉ bù)")[0] == "law"
    assert rules.holiday_source("Ngày Văn hóa Việt Nam (nghỉ bù)")[0] == "unconfirmed"
    assert rules.holiday_source("Ngày nghỉ (thay cho ngày 26/04/2025)")[0] == "government"


@pytest.mark.parametrize(("received", "days", "working", "roll", "expected"), [
    ("2026-04-24", 7, True, True, "2026-05-08"),    # DOMAIN D3.5: 27/4, 30/4, 1/5 skipped
    ("2026-04-23", 7, False, True, "2026-05-04"),   # DOMAIN D3.5: 30/4 rolls past 1/5 + weekend
    ("2026-04-23", 7, False, False, "2026-04-30"),  # no roll-forward: the last day itself
    ("2026-02-13", 2, True, True, "2026-02-24"),    # Tết: 16-20/2 off, then a weekend
    ("2026-02-10", 7, False, True, "2026-02-23"),   # 17/2 is Tết: rolls to Monday 23/2
    ("2026-02-10", 10, False, True, "2026-02-23"),  # 20/2 also inside Tết
    ("2026-12-31", 1, False, True, "2027-01-04"),   # New Year, then a weekend
    ("2026-12-30", 2, True, True, "2027-01-04"),    # across the year end in working days
    ("2027-02-03", 1, True, True, "2027-02-11"),    # Tết 2027: 4-10/2 off
    ("2026-08-28", 2, True, True, "2026-09-03"),    # 1/9, 2/9 off; 31/8 worked (D3.4)
    ("2026-11-23", 1, False, True, "2026-11-24"),   # 24/11 not counted (DOMAIN D3.4)
    ("2026-01-05", 0, False, True, "2026-01-05"),
])
def test_due_dates(received, days, working, roll, expected):
    assert due_date(date.fromisoformat(received), days, working=working, roll=roll,
                    calendar=LAW) == date.fromisoformat(expected)


def test_a_long_chain_of_working_days():
    # 250 working days from the start of 2026: count them one by one as a cross-check
    day, counted = date(2026, 1, 1), 0
    while counted < 250:
        day += timedelta(days=1)
        if day.weekday() < 5 and day.isoformat() not in DAYS_OFF[2026] + DAYS_OFF[2027]:
            counted += 1
    assert due_date(date(2026, 1, 1), 250, working=True) == day


def test_overrides_move_due_dates():
    removed = Calendar(overrides={date(2026, 4, 30): Override(date(2026, 4, 30), "removed",
                                                                "Ngày Chiến thắng")})
    assert due_date(date(2026, 4, 29), 1, calendar=removed) == date(2026, 4, 30)
    assert "2026-04-30" not in [d["date"] for d in removed.days_off(2026)]
    extra = Calendar(overrides={date(2026, 5, 4): Override(date(2026, 5, 4), "day_off",
                                                             "Nghỉ bù (Thủ tướng quyết định)")})
    assert due_date(date(2026, 4, 23), 7, calendar=extra) == date(2026, 5, 5)
    assert {"date": "2026-05-04", "name": "Nghỉ bù (Thủ tướng quyết định)",
            "source": "override", "basis": "", "counts": True} in extra.days_off(2026)
    saturday = Calendar(overrides={date(2026, 5, 9): Override(date(2026, 5, 9), "working_day",
                                                                "Làm bù")})
    assert due_date(date(2026, 5, 8), 1, working=True, calendar=saturday) == date(2026, 5, 9)


def test_weekly_rest_days_are_a_setting():
    six_day_week = Calendar(weekly_rest=("sun",))
    assert six_day_week.is_working_day(date(2026, 3, 7))  # a Saturday
    assert due_date(date(2026, 3, 6), 1, working=True, calendar=six_day_week) == \
        date(2026, 3, 7)


def test_case_deadlines_follow_decree_356_article_5():
    access = case_deadlines(received=date(2026, 3, 2), kind="access", policy_days=15,
                            policy_working=False, calendar=LAW)
    assert access.legal_due == date(2026, 3, 12) and access.binding == "law"
    assert access.ack_due == date(2026, 3, 4)  # 2 working days
    assert access.legal_source == "khoản 3 Điều 5 Nghị định số 356/2025/NĐ-CP"
    # a processor must act: 15 days instead of 10
    longer = case_deadlines(received=date(2026, 3, 2), kind="access", policy_days=30,
                            policy_working=False, third_party=True, calendar=LAW)
    assert longer.legal_due == date(2026, 3, 17)
    deletion = case_deadlines(received=date(2026, 3, 2), kind="deletion", policy_days=7,
                              policy_working=False, third_party=True, calendar=LAW)
    assert deletion.legal_due == date(2026, 4, 1) and deletion.binding == "policy"
    complaint = case_deadlines(received=date(2026, 3, 2), kind="complaint", policy_days=7,
                               policy_working=False, calendar=LAW)
    assert complaint.legal_due is None and complaint.ack_due is None
    assert complaint.due == date(2026, 3, 9) and complaint.binding == "policy"


# DOMAIN D3.7: requests received before 2026 fell under Decree 13/2023: 72 hours from
# receipt for deletion, provision/access, restriction and objection; none for the others.
@pytest.mark.parametrize(("kind", "article"), [
    ("deletion", "khoản 5 Điều 16"), ("provide", "khoản 3 Điều 14"),
    ("access", "khoản 3 Điều 14"), ("restriction", "điểm b khoản 6 Điều 9"),
    ("objection", "điểm b khoản 8 Điều 9")])
def test_a_request_received_in_2025_has_decree_13s_72_hours(kind, article):
    found = case_deadlines(received=date(2025, 12, 31), kind=kind, policy_days=15,
                           policy_working=False, third_party=True, calendar=LAW)
    # 72 h from 31/12/2025 end on 03/01/2026, a Saturday: hours are not rolled forward
    assert found.legal_due == date(2026, 1, 3) and found.binding == "law"
    assert found.legal_source == f"{article} Nghị định số 13/2023/NĐ-CP"
    assert found.ack_due is None and found.max_extension_days == 0
    # the next day the request falls under Decree 356 Art. 5 (DOMAIN D1)
    later = case_deadlines(received=date(2026, 1, 1), kind=kind, policy_days=15,
                           policy_working=False, calendar=LAW)
    assert later.legal_source.endswith("Điều 5 Nghị định số 356/2025/NĐ-CP")
    assert later.ack_due == date(2026, 1, 5) and later.legal_due > date(2026, 1, 4)


@pytest.mark.parametrize("kind", ["correction", "withdraw_consent", "protection", "complaint",
                                  "other"])
def test_decree_13_set_no_fixed_deadline_for_these_kinds(kind):
    found = case_deadlines(received=date(2025, 12, 31), kind=kind, policy_days=7,
                           policy_working=False, calendar=LAW)
    assert found.legal_due is None and found.ack_due is None and found.binding == "policy"


def test_the_receipt_date_decides_the_law_of_a_request():
    assert rules.legal_deadline("deletion", date(2025, 12, 31)).source.endswith(
        "Nghị định số 13/2023/NĐ-CP")
    assert rules.legal_deadline("deletion", date(2026, 1, 1)).source.endswith(
        "Nghị định số 356/2025/NĐ-CP")
    assert rules.legal_deadline("deletion", date(2023, 7, 1)).complete_days == 3


def test_every_kind_has_a_rule_with_its_source():
    for kind, deadline in rules.DECREE_13_DEADLINES.items():
        assert re.fullmatch(r"(điểm \w+ )?khoản \d+ Điều \d+ Nghị định số 13/2023/NĐ-CP",
                            deadline.source), kind
        assert deadline.ack_working_days is None and not deadline.roll
    for kind, deadline in rules.LEGAL_DEADLINES.items():
        if deadline is not None:
            assert re.fullmatch(r"khoản [2-5] Điều 5 Nghị định số 356/2025/NĐ-CP",
                                deadline.source), kind
            assert deadline.ack_working_days == 2


dates = st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31))
counts = st.integers(min_value=0, max_value=120)


@settings(max_examples=300, deadline=None)
@given(received=dates, days=counts, working=st.booleans())
def test_with_roll_forward_a_due_date_is_never_a_day_off(received, days, working):
    due = due_date(received, days, working=working, calendar=LAW)
    assert LAW.is_working_day(due) or (days == 0 and working)


@settings(max_examples=300, deadline=None)
@given(received=dates, days=counts, working=st.booleans(), roll=st.booleans())
def test_more_days_never_give_an_earlier_date(received, days, working, roll):
    first = due_date(received, days, working=working, roll=roll, calendar=LAW)
    assert due_date(received, days + 1, working=working, roll=roll, calendar=LAW) >= first
    assert first >= received + timedelta(days=days)


@settings(max_examples=300, deadline=None)
@given(received=dates, days=st.integers(min_value=1, max_value=60))
def test_working_days_never_end_before_calendar_days(received, days):
    assert due_date(received, days, working=True, calendar=LAW) >= \
        due_date(received, days, calendar=LAW)


@settings(max_examples=300, deadline=None)
@given(received=dates, kind=st.sampled_from(rules.KINDS),
       policy_days=st.integers(min_value=1, max_value=90), working=st.booleans(),
       third_party=st.booleans())
def test_the_binding_due_date_is_never_later_than_the_legal_one(received, kind, policy_days,
                                                                 working, third_party):
    found = case_deadlines(received=received, kind=kind, policy_days=policy_days,
                           policy_working=working, third_party=third_party, calendar=LAW)
    assert found.due <= found.policy_due
    if found.legal_due is not None:
        assert found.due <= found.legal_due
    assert found.due == (found.legal_due if found.binding == "law" else found.policy_due)


def test_database_overrides_are_used(desk):
    from dpo_desk.core.errors import ValidationError

    deadlines.add_day_off(desk, "2026-05-04", "Nghỉ bù")
    deadlines.remove_day(desk, "2026-09-02")
    deadlines.add_working_day(desk, "2026-05-09", "Làm bù")
    deadlines.add_day_off(desk, "2026-11-24", "Ngày Văn hóa Việt Nam")  # one override
    calendar = deadlines.load_calendar(desk)
    assert due_date(date(2026, 4, 23), 7, calendar=calendar) == date(2026, 5, 5)
    assert calendar.is_working_day(date(2026, 9, 2))
    assert not calendar.is_working_day(date(2026, 11, 24))
    assert calendar.is_working_day(date(2026, 5, 9))
    assert deadlines.remove_day(desk, "2026-05-04") == "override removed"
    with pytest.raises(ValidationError):
        deadlines.add_day_off(desk, "2026-02-17", "already Tết")
    with pytest.raises(ValidationError):
        deadlines.add_day_off(desk, "2026-02-30", "no such day")
    with pytest.raises(ValidationError):
        deadlines.remove_day(desk, "2026-03-03")
    with pytest.raises(ValidationError):  # not counted, so nothing to strike out
        deadlines.remove_day(desk, "2026-08-31")
