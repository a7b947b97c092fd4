"""The dashboard and the start-up reminder over a real database, with "today" fixed at Tuesday
10 March 2026 (16:00 in Hà Nội). Checks go by object names and data, not by the wording."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from dpo_desk.core import clock, complaints, stats
from dpo_desk.ui.dialogs.incident_form import WORDS
from dpo_desk.ui.dialogs.reminder import ReminderDialog

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
CASE = {"channel": "email", "kind": "complaint", "complexity": "simple",
        "summary": "Nhận tin nhắn quảng cáo dù đã từ chối"}


@pytest.fixture(autouse=True)
def today():
    clock.freeze(NOW)


def create(desk, received_on: str, name: str) -> int:
    return complaints.create(desk, {**CASE, "received_on": received_on, "requester_name": name})


@pytest.fixture
def cases(profiled_desk) -> dict[str, int]:
    """Eight cases in every situation; the company promise is 7 calendar days."""
    desk = profiled_desk
    made = {
        "late": create(desk, "2026-02-20", "Nguyễn Văn An"),  # due 27/2
        "yesterday": create(desk, "2026-03-01", "Trần Thị Bích"),  # 8/3 Sunday -> 9/3
        "today": create(desk, "2026-03-03", "Lê Hoàng Phúc"),  # due 10/3
        "in_two_days": create(desk, "2026-03-05", "Phạm Thu Trang"),  # due 12/3
        "in_three_days": create(desk, "2026-03-06", "Hoàng Minh Tuấn"),  # due 13/3
        "on_hold": create(desk, "2026-02-25", "Vũ Thị Mai"),  # due 4/3
        "answered": create(desk, "2026-02-10", "Đặng Quốc Huy"),  # Tết: due 23/2
        "withdrawn": create(desk, "2026-01-05", "Bùi Thanh Hương"),  # due 12/1
    }
    clock.freeze(datetime(2026, 2, 16, 3, 0, tzinfo=UTC))
    complaints.transition(desk, made["answered"], "answered", reply_text="Đã gỡ số điện thoại.")
    clock.freeze(datetime(2026, 1, 20, 3, 0, tzinfo=UTC))
    complaints.transition(desk, made["withdrawn"], "withdrawn")
    clock.freeze(NOW)
    complaints.transition(desk, made["on_hold"], "on_hold", reason="Chờ bản sao CCCD")
    return made


def test_counts_and_lists_match_the_database(window, cases):
    view = window.view("dashboard")
    view.wait_for_figures()  # the counts by status come from the worker
    desk = window.desk
    assert complaints.get(desk, cases["late"])["due"] == "2026-02-27"
    assert complaints.get(desk, cases["yesterday"])["due"] == "2026-03-09"
    summary = complaints.summary(desk)
    assert view.tiles["open"].value.text() == str(summary["open"]) == "6"
    assert view.tiles["overdue"].value.text() == str(summary["overdue"]) == "3"
    assert view.tiles["due_soon"].value.text() == str(summary["due_soon"]) == "2"
    assert view.tiles["overdue"].property("tone") == "bad"
    assert view.tiles["due_soon"].property("tone") == "warn"
    assert {s: int(label.text()) for s, label in view.status_card.counts.items()} == \
        summary["by_status"]
    assert view.status_card.counts["on_hold"].text() == "1"

    overdue = complaints.ids(desk, complaints.Query(overdue=True))
    assert view.overdue_card.cases.case_ids() == overdue == [
        cases["late"], cases["on_hold"], cases["yesterday"]]  # most overdue first
    assert view.soon_card.cases.case_ids() == [cases["today"], cases["in_two_days"]]
    first = view.overdue_card.cases.topLevelItem(0)
    assert first.text(0) == f"#{cases['late']}"
    assert first.text(1) == "Nguyễn Văn An"
    assert first.text(2) == "27/02/2026"
    assert first.foreground(3).color().name() == "#a11d1d"  # red
    assert view.soon_card.cases.topLevelItem(0).foreground(3).color().name() == "#8a5a00"  # amber
    assert view.empty_card.isHidden() and not view.complaint_area.isHidden()


def test_a_list_shows_the_ten_most_urgent(window, profiled_desk):
    made = [create(profiled_desk, f"2026-02-{day:02d}", f"Khách {day}") for day in range(2, 15)]
    view = window.view("dashboard")
    assert view.overdue_card.cases.topLevelItemCount() == 10
    assert view.tiles["overdue"].value.text() == "13"
    assert view.overdue_card.cases.case_ids() == made[:10]
    assert "13" in view.overdue_card.badge.text()


def test_clicking_an_overdue_case_emits_its_id_and_opens_complaints(window, cases, qtbot):
    view = window.view("dashboard")
    window.show_view("dashboard")
    cases_list = view.overdue_card.cases
    rect = cases_list.visualItemRect(cases_list.topLevelItem(1))
    with qtbot.waitSignal(view.case_requested) as caught:
        qtbot.mouseClick(cases_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert caught.args == [cases["on_hold"]]
    assert window.current_view().name == "complaints"
    assert window.view("complaints").current_id() == cases["on_hold"]


def test_chart_shows_the_last_twelve_months(window, cases):
    window.view("dashboard").wait_for_figures()
    chart = window.view("dashboard").chart_card.chart
    assert chart.rows == stats.monthly(window.desk)
    months = {row["month"]: row for row in chart.rows}
    assert list(months)[0] == "2025-04" and list(months)[-1] == "2026-03"
    assert months["2026-03"]["received"] == 4
    assert months["2026-02"] | {} == {"month": "2026-02", "received": 3, "settled": 1,
                                      "on_time": 1, "rate": 1.0}
    assert months["2026-01"]["rate"] == 0.0  # withdrawn after its due date
    assert window.view("dashboard").tiles["on_time"].value.text() == "50%"
    march = len(chart.rows) - 1
    assert chart.month_at(chart._slot(march).center().x()) == march
    assert "03/2026" in chart.describe(march)


def test_empty_database_says_so_then_follows_the_first_case(window):
    view = window.view("dashboard")
    assert not view.empty_card.isHidden()
    assert view.complaint_area.isHidden()
    assert all(tile.isHidden() for tile in view.tiles.values())
    create(window.desk, "2026-03-09", "Ngô Thị Lan")  # the window refreshes after each write
    assert view.empty_card.isHidden() and not view.complaint_area.isHidden()
    assert view.tiles["open"].value.text() == "1"
    assert view.overdue_card.cases.isHidden() and not view.overdue_card.empty.isHidden()


def test_no_reminder_when_nothing_is_due(window, profiled_desk):
    assert window.show_reminders() is None
    create(profiled_desk, "2026-03-06", "Hoàng Minh Tuấn")  # due in three days
    assert window.show_reminders() is None


def test_reminder_lists_overdue_and_soon_due_cases(window, cases, qtbot):
    dialog = window.show_reminders()
    assert isinstance(dialog, ReminderDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.case_ids() == [cases["late"], cases["on_hold"], cases["yesterday"],
                                 cases["today"], cases["in_two_days"]]
    assert (len(dialog.overdue), len(dialog.soon)) == (3, 2)
    row = dialog.cases.topLevelItem(0)
    assert [row.text(0), row.text(1), row.text(3)] == [f"#{cases['late']}", "Nguyễn Văn An",
                                                       "27/02/2026"]
    assert row.text(2)  # the kind, in the interface language
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert window.current_view().name == "complaints"
    assert not dialog.isVisible()


def test_reminder_opens_a_double_clicked_case(window, cases, qtbot):
    dialog = window.show_reminders()
    window.show_view("settings")
    item = dialog.cases.topLevelItem(3)
    with qtbot.waitSignal(dialog.case_requested) as caught:
        dialog.cases.itemDoubleClicked.emit(item, 0)
    assert caught.args == [cases["today"]]
    assert window.current_view().name == "complaints"


def test_coming_back_the_next_day_recounts(window, cases):
    view = window.view("dashboard")
    window.show_view("settings")
    clock.freeze(datetime(2026, 3, 11, 9, 0, tzinfo=UTC))
    window.show_view("dashboard")
    assert view.tiles["overdue"].value.text() == "4"  # the case due on 10/3 is now late
    assert view.soon_card.cases.case_ids() == [cases["in_two_days"], cases["in_three_days"]]


def test_reminder_names_the_cases_whose_receipt_was_not_acknowledged(window, profiled_desk):
    """A complex access request of Tuesday 3/3, due 13/3, was to be acknowledged by 5/3."""
    late = complaints.create(profiled_desk, {**CASE, "kind": "access", "complexity": "complex",
                                             "received_on": "2026-03-03",
                                             "requester_name": "Mạc Thị Duyên"})
    dialog = window.show_reminders()
    assert isinstance(dialog, ReminderDialog)
    assert dialog.case_ids() == [late] and dialog.unacknowledged[0]["id"] == late
    row = dialog.cases.topLevelItem(0)
    assert row.foreground(4).color().name() == "#6a2c91"
    assert "05/03/2026" in row.toolTip(4)
    assert dialog.objectName() == "reminderDialog" and dialog.badge.objectName() == "badgeBad"


# -- the cockpit: incidents, acknowledgements, the register ------------------------------------

def incident_row(view, incident_id: int):
    items = view.incidents_card.records
    return items.topLevelItem(items.record_ids().index(incident_id))


def test_incident_clocks_turn_red_under_24_hours_and_move_each_minute(window, profiled_desk,
                                                                      qtbot):
    from dpo_desk.core import incidents

    new = incidents.create(profiled_desk, {
        "title": "Lộ tọa độ giao hàng", "detected_at": "2026-03-10T08:00:00+07:00",
        "data_categories": ["Vị trí giao hàng"]})
    view = window.view("dashboard")
    window.show_view("dashboard")
    found = incidents.list_incidents(profiled_desk, open_only=True)
    assert sorted(view.incidents_card.records.record_ids()) == sorted(i["id"] for i in found)
    assert view.incidents_card.badge.text().startswith(str(len(found)))
    row = incident_row(view, new)  # 16:00 on 10/3: 64 hours left of 72
    assert row.text(1) == "Lộ tọa độ giao hàng" and row.text(2) == WORDS.clock("open", 64 * 60)
    assert row.foreground(2).color().name() != "#a11d1d"
    clock.freeze(datetime(2026, 3, 12, 2, 0, tzinfo=UTC))  # 09:00 on 12/3: 23 hours left
    view.tick()  # the minute timer
    row = incident_row(view, new)
    assert row.text(2) == WORDS.clock("open", 23 * 60)
    assert row.foreground(2).color().name() == "#a11d1d"
    rect = view.incidents_card.records.visualItemRect(row)
    with qtbot.waitSignal(view.incident_requested) as caught:
        qtbot.mouseClick(view.incidents_card.records.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    assert caught.args == [new]
    assert window.current_view().name == "incidents"
    assert window.view("incidents").current()["id"] == new


def test_people_clock_shows_where_location_data_are_involved(window, profiled_desk):
    """Decree 356 Art. 29: location data involved, the people are told within 72 hours."""
    from dpo_desk.core import incidents

    new = incidents.create(profiled_desk, {
        "title": "Lộ vị trí", "detected_at": "2026-03-09T20:00:00+07:00",
        "data_categories": ["Vị trí"]})
    assert incidents.get(profiled_desk, new)["subjects_notify_by"]  # the catalogue knows it
    view = window.view("dashboard")
    row = incident_row(view, new)  # 16:00 on 10/3: 52 hours left
    assert row.text(3) == WORDS.clock("open", 52 * 60)
    assert row.foreground(3).color().name() != "#a11d1d"
    clock.freeze(datetime(2026, 3, 12, 14, 0, tzinfo=UTC))  # 21:00 on 12/3: an hour late
    view.tick()
    row = incident_row(view, new)
    assert row.text(3) == WORDS.clock("overdue", 60)
    assert row.foreground(3).color().name() == "#a11d1d"


def test_missed_acknowledgements_card_counts_and_opens_the_case(window, profiled_desk, qtbot):
    late = complaints.create(profiled_desk, {**CASE, "kind": "access", "complexity": "complex",
                                             "received_on": "2026-03-03",
                                             "requester_name": "Mạc Thị Duyên"})
    fresh = complaints.create(profiled_desk, {**CASE, "kind": "access",
                                              "received_on": "2026-03-10",
                                              "requester_name": "Lý Văn Tâm"})
    view = window.view("dashboard")
    window.show_view("dashboard")
    assert view.tiles["ack_overdue"].value.text() == "1"
    assert view.tiles["ack_overdue"].property("tone") == "bad"
    assert view.ack_card.cases.case_ids() == [late] and fresh not in view.ack_card.cases.case_ids()
    row = view.ack_card.cases.topLevelItem(0)
    assert row.text(2) == "05/03/2026" and "5" in row.text(3)  # 5 days late on 10/3
    assert row.foreground(3).color().name() == "#6a2c91"
    with qtbot.waitSignal(view.case_requested) as caught:
        qtbot.mouseClick(view.ack_card.cases.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.ack_card.cases.visualItemRect(row).center())
    assert caught.args == [late]
    assert window.view("complaints").current_id() == late
    complaints.transition(profiled_desk, late, "acknowledged")
    window.show_view("dashboard")  # refreshed when shown again
    assert view.tiles["ack_overdue"].value.text() == "0"


def test_register_card_names_the_gaps_and_opens_the_entry(window, profiled_desk, qtbot):
    from dpo_desk.core import overview, register

    entry = register.create(profiled_desk, {
        "name": "Danh sách khách mời hội thảo", "subjects": ["customers"], "items": ["EMAIL"],
        "purpose": ["Mời dự hội thảo"], "legal_basis": "consent"})
    health = overview.register_health(profiled_desk, limit=100)
    view = window.view("dashboard")
    window.show_view("dashboard")
    wanted = [e["id"] for e in health["with_gaps"]][:overview.LIST_LIMIT]
    assert view.register_card.records.record_ids() == wanted and entry in wanted
    assert health["gaps"]["no_retention"] >= 1 and health["gaps"]["no_security_measures"] >= 1
    assert view.register_card.badge.text().startswith(str(health["entries_with_gaps"]))
    row = view.register_card.records.topLevelItem(wanted.index(entry))
    assert row.text(1) == "Danh sách khách mời hội thảo"
    assert row.text(2) == ", ".join(view.register_card.gap_names()[g] for g in ("no_retention",
                                                                  "no_security_measures"))
    assert str(health["sensitive"]) in view.register_card.note.text()
    with qtbot.waitSignal(view.entry_requested) as caught:
        qtbot.mouseClick(view.register_card.records.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.register_card.records.visualItemRect(row).center())
    assert caught.args == [entry]
    assert window.current_view().name == "register"
    assert window.view("register").current_id() == entry


def test_policy_checklist_card_counts_open_gaps_and_resolves_them(window, profiled_desk,
                                                                   qtbot):
    """Issue 18 point 3: the gaps of an applied policy stay on the dashboard until each is
    resolved, from the card's list (the write audited like any other)."""
    from pathlib import Path

    from dpo_desk.core import audit
    from dpo_desk.core.policy import analyse, apply

    view = window.view("dashboard")
    window.show_view("dashboard")
    assert not view.policy_card.isVisibleTo(view)  # no policy imported yet
    policy = Path(__file__).resolve().parents[1] / "fixtures" / "policies" / "clinic.docx"
    result = analyse.analyse_file(policy)
    _, gap_ids = apply.apply(profiled_desk, result, apply.propose(result), source="clinic")
    view.refresh()
    assert view.policy_card.isVisibleTo(view)
    assert view.policy_card.badge.objectName() == "badgeWarn"
    assert view.policy_card.badge.text().startswith(str(len(gap_ids)))
    dialog = view.open_policy_gaps()
    qtbot.waitExposed(dialog)
    assert dialog.gap_ids() == gap_ids
    first = dialog.tree.topLevelItem(0)
    assert first.text(2) == result.gaps[0]["code"]
    # the selected gap in full: the law it rests on and the policy's sentence
    from dpo_desk.core.policy.law import GAPS

    shown = " ".join(dialog.detail.toPlainText().split())
    assert GAPS[result.gaps[0]["code"]].source in shown
    assert result.gaps[0]["evidence"] is None or \
        " ".join(result.gaps[0]["evidence"].split()) in shown
    audited = profiled_desk.scalar("SELECT count(*) FROM audit_log")
    qtbot.mouseClick(dialog.resolve_button(gap_ids[0]), Qt.MouseButton.LeftButton)
    assert dialog.gap_ids() == gap_ids[1:]
    assert profiled_desk.scalar("SELECT count(*) FROM audit_log") == audited + 1
    assert audit.verify(profiled_desk) == []
    assert view.policy_card.badge.text().startswith(str(len(gap_ids) - 1))  # the card follows
    dialog.show_resolved.setChecked(True)
    assert dialog.gap_ids() == gap_ids[1:] + gap_ids[:1]  # the open ones first
    assert dialog.resolve_button(gap_ids[0]) is None
    for gap_id in gap_ids[1:]:
        qtbot.mouseClick(dialog.resolve_button(gap_id), Qt.MouseButton.LeftButton)
    assert view.policy_card.badge.objectName() == "badgeOk"
    assert apply.gaps(profiled_desk) == []
    dialog.close()
