"""Erasing a closed case from the complaints view, and the dashboard's count of the cases
past the retention setting (issue 14 point 4, DOMAIN D6), over a real database."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from dpo_desk.core import audit, clock, complaints, erasure
from dpo_desk.ui.dialogs.complaint_step import EraseDialog

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
CASE = {"channel": "email", "kind": "access", "complexity": "simple",
        "requester_name": "Đỗ Xqzv Hạnh", "requester_contact": "xqzv@mail.vn",
        "summary": "Xin xoá dữ liệu"}


@pytest.fixture(autouse=True)
def today():
    clock.freeze(NOW)


def closed_case(desk, received: str, closed_at: datetime) -> int:
    clock.freeze(closed_at)
    case_id = complaints.create(desk, {**CASE, "received_on": received})
    complaints.transition(desk, case_id, "withdrawn")
    clock.freeze(NOW)
    return case_id


def click(qtbot, button) -> None:
    assert button.isEnabled() and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_erase_a_closed_case_through_its_confirmation(window, qtbot):
    desk = window.desk
    closed = closed_case(desk, "2026-03-02", datetime(2026, 3, 3, 3, tzinfo=UTC))
    still_open = complaints.create(desk, {**CASE, "received_on": "2026-03-09"})
    window.show_view("complaints")
    view = window.view("complaints")
    view.clear_filters()
    assert view.select_case(still_open)
    assert not view.detail.step_buttons["erase"].isEnabled()  # an open case cannot be erased
    assert view.select_case(closed)
    click(qtbot, view.detail.step_buttons["erase"])
    dialog = view.dialog
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    dialog.grab().save("/tmp/erase-dialog.png")
    click(qtbot, dialog.ok_button)
    assert dialog.frame.shown() == {"reason"}  # the reason is required
    assert complaints.get(desk, closed)["requester_name"] == CASE["requester_name"]
    dialog.reason.setPlainText("Người yêu cầu đề nghị xoá")
    click(qtbot, dialog.ok_button)
    case = complaints.get(desk, closed)
    assert case["requester_name"] == erasure.ERASED and case["requester_contact"] == \
        erasure.ERASED
    assert view.current_id() == closed and not view.detail.step_buttons["erase"].isEnabled()
    assert erasure.ERASED in view.detail.detail_title.text()
    assert audit.verify(desk) == []
    entry = desk.row("SELECT note FROM audit_log ORDER BY id DESC LIMIT 1")
    assert entry["note"].endswith("reason: Người yêu cầu đề nghị xoá")
    view.grab().save("/tmp/erase-view.png")


def test_the_dashboard_counts_cases_past_retention_and_opens_the_list(window, qtbot):
    desk = window.desk
    view = window.view("dashboard")
    window.show_view("dashboard")
    view.wait_for_figures()  # the count comes from the worker with the other figures
    assert view.db_card.erase_button.isHidden()
    closed_case(desk, "2020-01-06", datetime(2020, 1, 7, 3, tzinfo=UTC))
    closed_case(desk, "2021-01-06", datetime(2021, 1, 7, 3, tzinfo=UTC))
    closed_case(desk, "2026-03-02", datetime(2026, 3, 3, 3, tzinfo=UTC))  # recent: kept
    view.refresh()
    view.wait_for_figures()
    assert erasure.candidate_count(desk) == 2
    assert not view.db_card.erase_button.isHidden()
    assert view.db_card.erase_button.text().startswith("2 ")
    qtbot.wait(100)  # the layout follows the new line
    view.db_card.grab().save("/tmp/erase-dashboard.png")
    click(qtbot, view.db_card.erase_button)
    assert window.current_view().name == "complaints"
