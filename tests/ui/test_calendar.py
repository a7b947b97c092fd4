"""The working-day calendar in Settings (DOMAIN D3.4) over a real database: the DPO's days off,
struck-out holidays, worked Saturdays and weekly rest days, and the deadlines of open cases
moving with them. "Today" is Tuesday 10 March 2026; checks go by object names and data."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from dpo_desk.core import audit, clock, complaints, deadlines, settings

CASE = {"channel": "email", "kind": "complaint", "complexity": "simple",
        "requester_name": "Nguyễn Thị Hồng Nhung", "summary": "Xin xóa số điện thoại"}


@pytest.fixture(autouse=True)
def today():
    clock.freeze(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))


@pytest.fixture
def section(window):
    window.show_view("settings")
    return window.view("settings").calendar


def case_due(desk, received_on: str) -> int:
    return complaints.create(desk, {**CASE, "received_on": received_on})


def add_day(section, kind: str, day: date, name: str, qtbot):
    dialog = section.day_dialog(kind)
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    dialog.name.setText(name)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    return dialog


def law_days_off(desk, year: int = 2026) -> list[str]:
    return [d["date"] for d in deadlines.load_calendar(desk).days_off(year)]


def test_shows_this_years_calendar(section):
    assert section.year.currentData() == 2026
    days = dict(zip(section.days_off.dates(), section.days_off.sources(), strict=True))
    assert days["2026-01-01"] == "law" and days["2026-02-17"] == "law"  # Tết
    # DOMAIN D3.4: listed with their source, in amber, not counted
    assert days["2026-11-24"] == "unconfirmed" and days["2026-08-31"] == "government"
    row = section.days_off.dates().index("2026-11-24")
    assert section.days_off.item(row, 3).text() == section.source_names()["unconfirmed"] == \
        "Chưa xác nhận (không tính)"
    assert section.days_off.item(row, 2).foreground().color().name() == "#8a5a00"
    assert "Điều 112 Bộ luật Lao động" in section.days_off.item(0, 2).toolTip()
    assert section.days_off.dates() == law_days_off(section.desk)
    assert section.working.dates() == ["2026-08-22"]  # the Saturday swapped for 31/8
    assert section.working.sources() == ["government"]
    assert section.days_off.item(0, 0).text() == "01/01/2026"
    assert section.rest_boxes["sat"].isChecked() and section.rest_boxes["sun"].isChecked()
    assert not section.rest_boxes["mon"].isChecked()
    assert section.hint.text()
    section.set_year(2027)
    assert section.days_off.dates() == law_days_off(section.desk, 2027)


def test_a_day_off_appears_and_moves_an_open_deadline(section, qtbot):
    desk = section.desk
    case_id = case_due(desk, "2026-03-05")
    assert complaints.get(desk, case_id)["due"] == "2026-03-12"
    assert case_id in section.window().view("dashboard").soon_card.cases.case_ids()
    dialog = add_day(section, "day_off", date(2026, 3, 12), "Kỷ niệm thành lập công ty", qtbot)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert complaints.get(desk, case_id)["due"] == "2026-03-13"
    row = section.days_off.dates().index("2026-03-12")
    assert section.days_off.sources()[row] == "override"
    assert section.days_off.item(row, 2).text() == "Kỷ niệm thành lập công ty"
    assert section.days_off.selected_day()[0] == "2026-03-12"
    assert not section.status.isHidden()
    assert case_id not in section.window().view("dashboard").soon_card.cases.case_ids()
    # removing the DPO's own day off brings the deadline back
    assert section.remove_selected(confirm=False)
    assert "2026-03-12" not in section.days_off.dates()
    assert complaints.get(desk, case_id)["due"] == "2026-03-12"
    assert audit.verify(desk) == []


def test_a_refused_day_names_the_field_and_writes_nothing(section, qtbot):
    entries = audit.count(section.desk)
    dialog = add_day(section, "day_off", date(2026, 4, 30), "Trùng ngày lễ", qtbot)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.errors["date"].isHidden() and dialog.errors["date"].text()
    assert dialog.errors["name"].isHidden()
    dialog = add_day(section, "day_off", date(2026, 3, 13), "  ", qtbot)
    assert not dialog.errors["name"].isHidden()
    assert audit.count(section.desk) == entries


def test_striking_out_a_law_holiday_and_restoring_it(section):
    desk = section.desk
    assert section.days_off.select_date("2026-04-30")
    assert section.remove_button.isEnabled() and not section.count_button.isEnabled()
    assert section.remove_selected(confirm=False)
    assert "2026-04-30" not in law_days_off(desk)
    assert deadlines.load_calendar(desk).is_working_day(date(2026, 4, 30))
    row = section.days_off.dates().index("2026-04-30")  # still shown, crossed out
    assert section.days_off.sources()[row] == "removed"
    assert section.days_off.item(row, 2).font().strikeOut()
    assert section.days_off.select_date("2026-04-30")
    assert section.remove_selected(confirm=False)  # restore
    assert "2026-04-30" in law_days_off(desk)
    assert section.days_off.sources()[section.days_off.dates().index("2026-04-30")] == "law"


def test_one_click_makes_a_doubtful_day_count(section, qtbot):
    """DOMAIN D3.4: 24/11 does not count until the DPO adds it; one click does, and the open
    cases' deadlines move with it."""
    desk = section.desk
    clock.freeze(datetime(2026, 11, 23, 2, 0, tzinfo=UTC))
    case_id = case_due(desk, "2026-11-17")  # 7 days end on Tuesday 24/11
    assert complaints.get(desk, case_id)["due"] == "2026-11-24"
    assert section.days_off.select_date("2026-11-24")
    assert section.count_button.isEnabled() and not section.remove_button.isEnabled()
    qtbot.mouseClick(section.count_button, Qt.MouseButton.LeftButton)
    assert complaints.get(desk, case_id)["due"] == "2026-11-25"
    row = section.days_off.dates().index("2026-11-24")
    assert section.days_off.sources()[row] == "override"
    assert section.days_off.item(row, 2).text() == "Ngày Văn hóa Việt Nam"
    assert section.days_off.selected_day()[0] == "2026-11-24"
    assert not section.count_button.isEnabled() and section.remove_button.isEnabled()
    # the swapped Saturday too, as a working day
    assert section.working.select_date("2026-08-22")
    assert section.count_selected()
    assert section.working.sources() == ["override"]
    assert deadlines.load_calendar(desk).is_working_day(date(2026, 8, 22))
    assert audit.verify(desk) == []


def test_declaring_a_working_saturday(section, qtbot):
    desk = section.desk
    case_id = case_due(desk, "2026-03-07")  # 7 days end on Saturday 14/3: rolled to Monday
    assert complaints.get(desk, case_id)["due"] == "2026-03-16"
    add_day(section, "working_day", date(2026, 3, 14), "Làm bù cho ngày 27/4", qtbot)
    assert section.working.dates() == ["2026-03-14", "2026-08-22"]
    assert section.working.sources() == ["override", "government"]
    assert complaints.get(desk, case_id)["due"] == "2026-03-14"
    # the civil-service Saturday does not count: nothing to remove, it can be counted
    section.working.select_date("2026-08-22")
    assert not section.remove_button.isEnabled() and section.count_button.isEnabled()
    section.working.select_date("2026-03-14")
    assert section.remove_button.isEnabled()
    assert section.days_off.selected_day() is None  # one selection across both lists


def test_weekly_rest_change_is_saved_and_recounts(section, qtbot):
    desk = section.desk
    case_id = case_due(desk, "2026-03-07")
    assert not section.rest_button.isEnabled()
    section.rest_boxes["sat"].setChecked(False)
    assert section.rest_button.isEnabled()
    qtbot.mouseClick(section.rest_button, Qt.MouseButton.LeftButton)
    assert settings.get(desk, "weekly_rest") == "sun"
    assert complaints.get(desk, case_id)["due"] == "2026-03-14"
    assert not section.rest_button.isEnabled()
    section.rest_boxes["sun"].setChecked(False)  # nothing ticked: nothing to save
    assert not section.rest_button.isEnabled()
    entries = audit.count(desk)
    for box in section.rest_boxes.values():  # no working day at all: refused by core
        box.setChecked(True)
    assert not section.save_weekly_rest()
    assert settings.get(desk, "weekly_rest") == "sun"
    assert not section.status.isHidden() and section.status.text()
    assert audit.count(desk) == entries
