"""The complaints screen as the DPO drives it, on a real database with "today" fixed at
Tuesday 10 February 2026, the week before Tết (16-20 February 2026 are days off).

The texts of this screen may not be translated yet, so the tests read object names, model
values and core's records rather than the Vietnamese wording."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from dpo_desk.core import audit, clock, complaints, register, settings
from dpo_desk.ui.complaints_model import PAGE_SIZE, TONE_ROLE, mask, status_labels, status_text
from dpo_desk.ui.dialogs.complaint_intake import ComplaintIntakeDialog
from dpo_desk.ui.dialogs.complaint_step import CloseDialog, ExtendDialog, HoldDialog

ICT = timezone(timedelta(hours=7))
TODAY = datetime(2026, 2, 10, 9, 0, tzinfo=ICT)
COLUMN = {name: i for i, name in enumerate(("id", "received_on", "requester_name", "kind",
                                            "status", "due", "days_left", "binding"))}


@pytest.fixture
def frozen():
    clock.freeze(TODAY)


@pytest.fixture
def view(frozen, window):
    window.show_view("complaints")
    return window.view("complaints")


def add(desk, received="2026-02-10", *, kind="access", complexity="simple",
        name="Trần Thị Bích", contact="bich@example.vn", **extra) -> int:
    values = {"received_on": received, "channel": "email", "requester_name": name,
              "requester_contact": contact, "kind": kind, "complexity": complexity,
              "summary": "Xin bản sao dữ liệu", **extra}
    return complaints.create(desk, values)


def cell(view, case_id: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    model = view.model
    return model.data(model.index(model.row_of(case_id), COLUMN[column]), role)


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- intake ---------------------------------------------------------------------------------

def test_intake_shows_each_error_next_to_its_field_and_saves_nothing(view, qtbot):
    entries = audit.count(view.desk)
    view.new_record()
    dialog = view.dialog
    assert isinstance(dialog, ComplaintIntakeDialog) and dialog.isVisible()
    dialog.set_received(TODAY.date() + timedelta(days=3))
    dialog.name.setText("   ")
    dialog.set_kind("deletion")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible() and dialog.case_id is None
    assert dialog.frame.shown() == {"received_on", "requester_name"}
    assert "2026-02-10" in dialog.frame.error_text("received_on")  # "today is ..." from core
    assert dialog.received.property("invalid") is True
    assert dialog.name.property("invalid") is True
    assert dialog.kind.property("invalid") is False
    assert complaints.ids(view.desk, complaints.Query()) == []
    assert audit.count(view.desk) == entries

    dialog.set_received(TODAY.date())
    dialog.name.setText("Nguyễn Văn An")
    dialog.kind.setCurrentIndex(-1)  # no kind chosen: core says it is required
    click(qtbot, dialog.save_button)
    assert dialog.frame.shown() == {"kind"}
    assert complaints.ids(view.desk, complaints.Query()) == []


def test_valid_intake_appears_in_the_list_with_its_due_date_after_tet(view, qtbot):
    view.new_record()
    dialog = view.dialog
    dialog.name.setText("Nguyễn Văn An")
    dialog.contact.setText("an.nguyen@gmail.com")
    dialog.set_kind("access")
    dialog.complexity.setCurrentIndex(dialog.complexity.findData("complex"))
    # 10 days from 10/02 end on Friday 20/02, a Tết holiday: the law rolls to Monday 23/02,
    # earlier than the company's 15 days (25/02), so the law binds.
    assert "23/02/2026" in dialog.preview.text()
    assert "25/02/2026" in dialog.preview.text()
    assert "Điều 5" in dialog.preview.text()  # the legal source, from core's rules table
    entry = register.list_entries(view.desk)[0]
    dialog.entries.item(0).setCheckState(Qt.CheckState.Checked)
    click(qtbot, dialog.save_button)

    assert dialog.result() == dialog.DialogCode.Accepted
    case = complaints.get(view.desk, dialog.case_id)
    assert (case["due"], case["legal_due"], case["policy_due"], case["binding"]) == (
        "2026-02-23", "2026-02-23", "2026-02-25", "law")
    assert case["entered_by"] == settings.get(view.desk, "dpo_name")
    assert complaints.linked_entries(view.desk, case["id"]) == [entry["id"]]
    assert view.current_id() == case["id"]
    assert cell(view, case["id"], "due") == "23/02/2026"
    assert cell(view, case["id"], "requester_name") == "Nguyễn Văn An"
    assert cell(view, case["id"], "days_left", TONE_ROLE) == "ok"
    assert view.count_label.text().startswith("1")
    assert entry["name"] in view.detail.facts.toPlainText()
    assert "khoản 3 Điều 5 Nghị định số 356/2025/NĐ-CP" in view.detail.facts.toPlainText()


def test_ctrl_n_opens_the_intake_and_enter_moves_into_the_detail(view, window, qtbot):
    case_id = add(view.desk)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(view.dialog, ComplaintIntakeDialog) and view.dialog.isVisible()
    view.dialog.reject()
    assert view.select_case(case_id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.detail.step_buttons["acknowledged"]


# -- filters, sorting, masking --------------------------------------------------------------

def test_overdue_and_due_this_week_filters(view, qtbot):
    late = add(view.desk, "2026-01-20")  # due 27/01: overdue
    soon = add(view.desk, "2026-02-03")  # due 10/02: today
    later = add(view.desk, "2026-02-10", kind="complaint", complexity="complex")  # 25/02
    done_late = add(view.desk, "2026-01-19")
    complaints.transition(view.desk, done_late, "withdrawn")  # closed: no longer overdue
    assert view.model.ids == [late, soon, later]  # open cases, nearest due first

    click(qtbot, view.overdue_toggle)
    assert view.model.ids == [late]
    assert cell(view, late, "days_left", TONE_ROLE) == "overdue"
    assert cell(view, late, "due", Qt.ItemDataRole.ForegroundRole) is not None
    assert view.count_label.text().startswith("1")

    click(qtbot, view.week_toggle)  # excludes "overdue"
    assert not view.overdue_toggle.isChecked()
    assert view.model.query.due_within_days == 7
    assert view.model.ids == [soon]
    assert cell(view, soon, "days_left", TONE_ROLE) == "soon"

    click(qtbot, view.week_toggle)
    view.status_filter.setCurrentIndex(view.status_filter.findData(""))
    assert set(view.model.ids) == {late, soon, later, done_late}
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("complaint"))
    assert view.model.ids == [later]


def test_search_finds_name_contact_and_number(view, qtbot):
    first = add(view.desk, name="Lê Hoàng Phúc", contact="phuc@outlook.com")
    second = add(view.desk, name="Phạm Thu Hà", contact="0912 888 321")
    view.search.setText("0912")
    qtbot.waitUntil(lambda: view.model.ids == [second])
    view.search.setText(f"#{first}")
    qtbot.waitUntil(lambda: view.model.ids == [first])
    assert view.current_id() == first


def test_sorting_by_a_header_requeries_the_database(view, qtbot):
    ids = [add(view.desk, "2026-02-02", name="Võ Minh Thư"),  # due 09/02
           add(view.desk, "2026-02-10", name="Bùi Đức Long"),  # due 23/02
           add(view.desk, "2026-02-05", name="An Khánh")]  # due 12/02
    assert view.model.ids == [ids[0], ids[2], ids[1]]
    header = view.table.horizontalHeader()
    assert view.table.model() is view.model  # no proxy in between
    due = COLUMN["due"]
    assert header.sortIndicatorSection() == due
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(due) + 10, header.height() // 2))
    assert (view.model.query.order_by, view.model.query.descending) == ("due", True)
    assert view.model.ids == [ids[1], ids[2], ids[0]]
    assert view.model.ids == complaints.ids(view.desk, complaints.Query(
        status="open", order_by="due", descending=True))
    header.setSortIndicator(COLUMN["requester_name"], Qt.SortOrder.AscendingOrder)
    assert view.model.query.order_by == "requester_name"
    assert [cell(view, i, "requester_name") for i in view.model.ids] == [
        "An Khánh", "Bùi Đức Long", "Võ Minh Thư"]


def test_privacy_toggle_masks_names_and_contacts(view, qtbot):
    case_id = add(view.desk, name="Nguyễn Văn An", contact="an.nguyen@gmail.com")
    assert view.select_case(case_id)
    click(qtbot, view.mask_toggle)
    assert cell(view, case_id, "requester_name") == "N*** V** A*"
    assert cell(view, case_id, "requester_name", Qt.ItemDataRole.ToolTipRole) == \
        mask("an.nguyen@gmail.com") == "a*.n***@g***.c**"
    assert "N*** V** A*" in view.detail.detail_title.text()
    assert "Nguyễn" not in view.detail.facts.toPlainText()
    assert "an.nguyen" not in view.detail.facts.toPlainText()
    click(qtbot, view.mask_toggle)
    assert cell(view, case_id, "requester_name") == "Nguyễn Văn An"
    assert "Nguyễn Văn An" in view.detail.facts.toPlainText()


def test_the_model_reads_rows_a_page_at_a_time(view):
    from dpo_desk.core import deadlines

    base = complaints.new_record(
        {"received_on": "2026-02-01", "channel": "email", "requester_name": "Khách",
         "kind": "complaint", "complexity": "simple"},
        desk_settings=settings.get_all(view.desk), calendar=deadlines.load_calendar(view.desk),
        entered_by="test", now=clock.iso_now())
    view.desk.insert_many("complaints", [dict(base, requester_name=f"Khách {n:04}")
                                         for n in range(PAGE_SIZE * 2 + 50)])
    model = view.model
    assert model.rowCount() == PAGE_SIZE * 2 + 50
    model.reload()
    assert model.cache == {}
    model.data(model.index(0, COLUMN["requester_name"]))
    assert len(model.cache) == PAGE_SIZE
    model.data(model.index(PAGE_SIZE * 2 + 10, COLUMN["requester_name"]))
    assert len(model.cache) == PAGE_SIZE + 50


# -- steps ----------------------------------------------------------------------------------

def test_extend_through_the_dialog_moves_the_due_date_and_keeps_the_original(view, qtbot):
    case_id = add(view.desk, kind="access", complexity="complex")  # due 23/02 (law)
    assert view.select_case(case_id)
    click(qtbot, view.detail.step_buttons["extend"])
    dialog = view.dialog
    assert isinstance(dialog, ExtendDialog)
    assert dialog.days.maximum() == 10  # Decree 356 Art. 5: +10 days for access
    dialog.days.setValue(5)
    assert "02/03/2026" in dialog.preview.text()  # 28/02 is a Saturday: rolled to Monday
    click(qtbot, dialog.ok_button)  # no reason given
    assert dialog.isVisible() and dialog.frame.shown() == {"reason"}
    assert complaints.get(view.desk, case_id)["due"] == "2026-02-23"

    dialog.reason.setPlainText("Cần lấy dữ liệu từ đối tác giao hàng")
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

    # announced earlier this morning, recorded now: the letter is dated by it (D3.9)
    dialog.when.setDateTime(QDateTime(QDate(2026, 2, 10), QTime(8, 0), QTimeZone.utc()))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    case = complaints.get(view.desk, case_id)
    assert (case["due"], case["original_due"], case["extension_days"]) == (
        "2026-03-02", "2026-02-23", 5)
    assert case["extended_at"] == "2026-02-10T08:00:00+07:00"
    assert view.current_id() == case_id
    assert cell(view, case_id, "due") == "02/03/2026 (+5)"
    assert "23/02/2026" in view.detail.facts.toPlainText()  # the original stays on the record
    # DOMAIN D3.8: the extended promise and the extended legal limit side by side
    promise, legal = [value for _, value in view.detail.deadline_rows(case)[:2]]
    assert promise.startswith("02/03/2026") and "25/02/2026" in promise  # complex: 15 days
    assert legal.startswith("02/03/2026") and "23/02/2026" in legal and "Điều 5" in legal
    assert not view.detail.step_buttons["extend"].isEnabled()  # once only


def test_a_2025_deletion_shows_decree_13s_72_hours_and_cannot_be_extended(view):
    """DOMAIN D3.7: received on 30/12/2025, the deletion was due 72 hours later (02/01/2026,
    received + 3 days), with no acknowledgement step and no extension in Decree 13."""
    case_id = add(view.desk, received="2025-12-30", kind="deletion")
    case = complaints.get(view.desk, case_id)
    assert (case["legal_due"], case["due"], case["binding"], case["ack_due"]) == (
        "2026-01-02", "2026-01-02", "law", None)
    assert view.select_case(case_id)
    facts = view.detail.facts.toPlainText()
    assert "02/01/2026" in facts and "khoản 5 Điều 16 Nghị định số 13/2023/NĐ-CP" in facts
    rows = [label for label, _value in view.detail.deadline_rows(case)]
    assert view.detail.tr("Acknowledge by") not in rows
    assert not view.detail.step_buttons["extend"].isEnabled()
    assert case["overdue"] is True


def test_the_legal_deadline_cites_the_decree_in_the_interface_language(view, app):
    """The detail pane printed core's Vietnamese citation in the English interface."""
    case_id = add(view.desk, received="2026-02-10", kind="access")
    assert view.select_case(case_id)
    app.translations.set_language("en")
    try:
        view.detail.show_case(case_id)
        facts = view.detail.facts.toPlainText()
        assert "Decree 356, Art. 5(3)" in facts and "Nghị định" not in facts
    finally:
        app.translations.set_language("vi")
    view.detail.show_case(case_id)
    assert "khoản 3 Điều 5 Nghị định số 356/2025/NĐ-CP" in view.detail.facts.toPlainText()


def test_buttons_follow_the_steps_core_allows(view, qtbot):
    case_id = add(view.desk)
    complaints.transition(view.desk, case_id, "answered", reply_text="Đã gửi bản sao.")
    assert view.show_case(case_id)  # answered: not "open", so the filter is cleared
    enabled = {step for step, button in view.detail.step_buttons.items() if button.isEnabled()}
    assert enabled == set(complaints.allowed_next("answered")) == {"in_progress", "closed"}
    assert not view.detail.step_buttons["acknowledged"].isEnabled()
    assert not view.detail.step_buttons["extend"].isEnabled()  # answered: the clock has stopped

    fresh = add(view.desk)
    assert view.select_case(fresh)
    enabled = {step for step, button in view.detail.step_buttons.items() if button.isEnabled()}
    assert enabled == {*complaints.allowed_next("new"), "extend"}

    complaints.transition(view.desk, fresh, "duplicate")
    view.show_case(fresh)  # closed: hidden by the "open" filter, which is cleared
    assert view.current_id() == fresh
    # closed: only its personal data can still be erased (DOMAIN D6, tests/ui/test_erasure.py)
    assert [s for s, button in view.detail.step_buttons.items() if button.isEnabled()] == ["erase"]


def test_the_timeline_lists_every_step_done_through_the_screen(view, qtbot):
    case_id = add(view.desk, name="Hoàng Mai Anh")
    assert view.select_case(case_id)
    click(qtbot, view.detail.step_buttons["acknowledged"])
    click(qtbot, view.dialog.ok_button)  # acknowledged now
    click(qtbot, view.detail.step_buttons["on_hold"])
    hold = view.dialog
    assert isinstance(hold, HoldDialog)
    click(qtbot, hold.ok_button)
    assert hold.frame.shown() == {"reason"}  # a reason is required
    hold.reason.setPlainText("Chờ bản sao CCCD")
    click(qtbot, hold.ok_button)
    assert cell(view, case_id, "status") == status_text("on_hold")
    assert "Chờ bản sao CCCD" in cell(view, case_id, "status", Qt.ItemDataRole.ToolTipRole)

    click(qtbot, view.detail.step_buttons["identity_check"])
    identity = view.dialog
    identity.method.setCurrentIndex(0)
    identity.set_result("verified")
    assert identity.start_work.isChecked()
    click(qtbot, identity.ok_button)
    case = complaints.get(view.desk, case_id)
    assert (case["status"], case["identity_result"]) == ("in_progress", "verified")

    click(qtbot, view.detail.step_buttons["answered"])
    reply = view.dialog
    reply.reply.setPlainText("Công ty gửi kèm bản sao dữ liệu.")
    click(qtbot, reply.draft_button)
    assert complaints.get(view.desk, case_id)["reply_text"] == "Công ty gửi kèm bản sao dữ liệu."
    click(qtbot, reply.ok_button)
    # answered: the "open" list keeps its filter and says where the case went
    assert view.status_filter.currentData() == "open"
    assert view.model.ids == [] and view.notice.isVisible()
    assert f"#{case_id}" in view.notice.text()
    view.notice.linkActivated.emit(str(case_id))  # "Show it" clears the filters
    assert view.current_id() == case_id and not view.notice.isVisible()

    click(qtbot, view.detail.step_buttons["closed"])
    close = view.dialog
    assert isinstance(close, CloseDialog)
    assert close.outcome.currentData() == "completed"
    click(qtbot, close.ok_button)
    assert complaints.get(view.desk, case_id)["outcome"] == "completed"
    assert view.current_id() == case_id  # every status is listed now

    names = status_labels()
    whats = [what for _when, _who, what in view.detail.timeline_rows]
    assert whats[1:3] == [f"{names['new']} → {names['acknowledged']}",
                          f"{names['acknowledged']} → {names['on_hold']}: Chờ bản sao CCCD"]
    assert f"{names['on_hold']} → {names['identity_check']}" in whats
    assert f"{names['identity_check']} → {names['in_progress']}" in whats
    assert f"{names['in_progress']} → {names['answered']}" in whats
    assert whats[-1].startswith(f"{names['answered']} → {names['closed']} (")
    assert len(whats) == len(complaints.timeline(view.desk, case_id))
    dpo = settings.get(view.desk, "dpo_name")
    assert {who for _when, who, _what in view.detail.timeline_rows} == {dpo}
    assert {when for when, _who, _what in view.detail.timeline_rows} == {"10/02/2026 09:00"}
    assert "Hoàng Mai Anh" not in " ".join(whats)


def test_closing_a_rejection_needs_a_reason(view, qtbot):
    case_id = add(view.desk)
    assert view.select_case(case_id)
    click(qtbot, view.detail.step_buttons["closed"])
    dialog = view.dialog
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("rejected"))
    click(qtbot, dialog.ok_button)
    assert dialog.frame.shown() == {"reason"}
    assert complaints.get(view.desk, case_id)["status"] == "new"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("completed"))
    click(qtbot, dialog.ok_button)  # only an answered case is completed
    assert dialog.frame.shown() == {"outcome"}
    dialog.reject()


def test_an_empty_database_shows_the_empty_state(view):
    assert view.pages.currentIndex() == 1
    add(view.desk)
    assert view.pages.currentIndex() == 0
    assert view.model.rowCount() == 1


def test_files_attached_to_a_case_are_listed_with_their_hash(view, tmp_path):
    from dpo_desk.core import attachments

    case_id = complaints.create(view.desk, {
        "received_on": "2026-02-09", "channel": "letter", "requester_name": "Đỗ Minh Châu",
        "kind": "access", "complexity": "simple"})
    view.refresh()
    view.show_case(case_id)
    letter = tmp_path / "don-yeu-cau.pdf"
    letter.write_bytes(b"%PDF-1.4 request letter")
    [attachment_id] = view.detail.attach_files([str(letter)])
    assert attachments.list_for(view.desk, "complaints", case_id)[0]["filename"] == \
        "don-yeu-cau.pdf"
    text = view.detail.facts.toPlainText()
    assert "don-yeu-cau.pdf" in text and "✓" in text
    assert attachments.intact(view.desk, attachment_id)
    assert view.detail.attach_files([str(tmp_path / "missing.pdf")]) == []
    assert view.detail.step_message.isVisible() and "missing.pdf" in view.detail.step_message.text()


# -- two writers: a step on a case changed elsewhere is refused, not applied blindly ----------

@pytest.fixture
def elsewhere(view):
    """The same file opened by another program (a second window, the CLI)."""
    from dpo_desk.core.desk import Desk

    other = Desk.open(view.desk.path)
    yield other
    other.close()


def test_a_step_dialog_refuses_a_case_changed_elsewhere_and_works_on_it_reloaded(
        view, elsewhere, qtbot):
    case_id = add(view.desk)
    assert view.select_case(case_id)
    click(qtbot, view.detail.step_buttons["on_hold"])
    hold = view.dialog
    hold.reason.setPlainText("Chờ bản sao CCCD")
    complaints.transition(elsewhere, case_id, "acknowledged")  # meanwhile, elsewhere
    entries = audit.count(view.desk)
    click(qtbot, hold.ok_button)
    assert hold.isVisible() and not hold.general_error.isHidden()
    assert hold.general_error.text() == hold.tr(
        "Not saved: this case was changed elsewhere (another window or program) since this "
        "form was opened. It has been reloaded; check it and confirm again, or Cancel.")
    assert complaints.get(view.desk, case_id)["status"] == "acknowledged"  # theirs kept
    assert audit.count(view.desk) == entries  # nothing written
    assert hold.reason.toPlainText() == "Chờ bản sao CCCD"  # what was typed stays
    assert hold.case["status"] == "acknowledged"  # the form works on the case as stored

    click(qtbot, hold.ok_button)  # checked, and sent again
    assert not hold.isVisible()
    case = complaints.get(view.desk, case_id)
    assert (case["status"], case["hold_reason"]) == ("on_hold", "Chờ bản sao CCCD")


def test_extend_and_reply_draft_refuse_a_stale_case(view, elsewhere, qtbot):
    case_id = add(view.desk, kind="access", complexity="complex")
    assert view.select_case(case_id)
    click(qtbot, view.detail.step_buttons["extend"])
    extend = view.dialog
    assert isinstance(extend, ExtendDialog)
    extend.days.setValue(5)
    extend.reason.setPlainText("Cần lấy dữ liệu từ đối tác")
    complaints.extend(elsewhere, case_id, 3, "Gia hạn ở cửa sổ khác")
    click(qtbot, extend.ok_button)
    assert extend.isVisible() and not extend.general_error.isHidden()
    assert complaints.get(view.desk, case_id)["extension_days"] == 3  # not overwritten
    extend.reject()

    click(qtbot, view.detail.step_buttons["answered"])
    reply = view.dialog
    reply.reply.setPlainText("Bản trả lời của cửa sổ này")
    complaints.save_reply(elsewhere, case_id, "Bản trả lời của chương trình khác")
    click(qtbot, reply.draft_button)
    assert not reply.general_error.isHidden()
    assert complaints.get(view.desk, case_id)["reply_text"] == \
        "Bản trả lời của chương trình khác"
    click(qtbot, reply.draft_button)  # reloaded: the DPO decided to keep theirs
    assert complaints.get(view.desk, case_id)["reply_text"] == "Bản trả lời của cửa sổ này"
    reply.reject()


def test_a_direct_step_on_a_case_changed_elsewhere_is_refused_and_the_case_reloaded(
        view, elsewhere, qtbot):
    case_id = add(view.desk)
    assert view.select_case(case_id)
    complaints.transition(elsewhere, case_id, "acknowledged")
    complaints.transition(elsewhere, case_id, "in_progress")
    entries = audit.count(view.desk)
    click(qtbot, view.detail.step_buttons["in_progress"])  # the screen still shows "new"
    assert not view.detail.step_message.isHidden()
    assert view.detail.step_message.text() == view.tr(
            "Not done: this case was changed elsewhere (another window or program). It has "
            "been reloaded; check it and try again.")
    assert audit.count(view.desk) == entries
    assert view.detail.case["status"] == "in_progress"  # reloaded
    assert not view.detail.step_buttons["acknowledged"].isEnabled()


def test_a_schema_upgrade_in_the_timeline_is_told_in_the_interface_language(view):
    """By its event (core/eventlog.py), not by reading the note's English words."""
    assert view.detail.describe({"note": "anything", "action": "update", "changes": [],
                          "event": "schema_upgrade", "params": {"version": 5}}) == \
        "Tệp cơ sở dữ liệu được nâng cấp (lược đồ 5)"


def test_a_missed_acknowledgement_has_its_colour_filter_and_detail(view, qtbot):
    """Received Thursday 5/2: acknowledge by Monday 9/2 (2 working days); today is 10/2."""
    late = add(view.desk, "2026-02-05", name="Đỗ Văn Khang")
    acked = add(view.desk, "2026-02-05")
    complaints.transition(view.desk, acked, "acknowledged")
    fresh = add(view.desk, "2026-02-10")  # acknowledge by 12/2: still in time
    assert cell(view, late, "days_left", TONE_ROLE) != "overdue"  # the due date is not past
    ink = cell(view, late, "status", Qt.ItemDataRole.ForegroundRole).color().name()
    assert ink == "#6a2c91"  # its own colour, on the status cell
    assert cell(view, acked, "status", Qt.ItemDataRole.ForegroundRole) is None
    assert cell(view, fresh, "status", Qt.ItemDataRole.ForegroundRole) is None
    assert "09/02/2026" in cell(view, late, "status", Qt.ItemDataRole.ToolTipRole)

    click(qtbot, view.ack_toggle)
    assert view.model.ids == [late] and view.model.query.ack_overdue
    assert view.current_id() == late
    assert "09/02/2026" in view.detail.facts.toPlainText()  # the detail says when it was due
    click(qtbot, view.detail.step_buttons["acknowledged"])  # acknowledging clears it
    click(qtbot, view.dialog.ok_button)  # acknowledged now
    assert view.model.ids == []
    view.clear_filters()
    assert not view.ack_toggle.isChecked() and late in view.model.ids


def test_a_step_recorded_after_the_fact_carries_its_own_date(view, qtbot):
    """The step dialogs ask when the step happened (now by default); core refuses a time in
    the future or before the previous step, shown next to the field (DOMAIN D3.9)."""
    from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone

    from dpo_desk.ui.dialogs.complaint_step import AcknowledgeDialog, IdentityDialog

    case_id = add(view.desk, received="2026-02-06")
    assert view.select_case(case_id)
    click(qtbot, view.detail.step_buttons["acknowledged"])
    dialog = view.dialog
    assert isinstance(dialog, AcknowledgeDialog)
    assert dialog.when.dateTime().toString("dd/MM/yyyy HH:mm") == "10/02/2026 09:00"
    dialog.when.setDateTime(QDateTime(QDate(2026, 2, 10), QTime(9, 30), QTimeZone.utc()))
    click(qtbot, dialog.ok_button)  # half an hour ahead of now
    assert dialog.isVisible() and dialog.frame.shown() == {"at"}
    dialog.when.setDateTime(QDateTime(QDate(2026, 2, 9), QTime(8, 15), QTimeZone.utc()))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    assert complaints.get(view.desk, case_id)["acknowledged_at"] == "2026-02-09T08:15:00+07:00"

    click(qtbot, view.detail.step_buttons["identity_check"])
    identity = view.dialog
    assert isinstance(identity, IdentityDialog)
    identity.set_result("verified")
    identity.when.setDateTime(QDateTime(QDate(2026, 2, 9), QTime(8, 0), QTimeZone.utc()))
    click(qtbot, identity.ok_button)  # no method, and before the acknowledgement
    assert identity.frame.shown() == {"identity_method"}
    identity.method.setCurrentIndex(1)
    click(qtbot, identity.ok_button)
    assert identity.frame.shown() == {"at"}
    assert complaints.get(view.desk, case_id)["status"] == "acknowledged"  # nothing half-done
    identity.when.setDateTime(QDateTime(QDate(2026, 2, 9), QTime(16, 0), QTimeZone.utc()))
    click(qtbot, identity.ok_button)
    case = complaints.get(view.desk, case_id)
    assert (case["status"], case["identity_result"], case["identity_checked_at"]) == (
        "in_progress", "verified", "2026-02-09T16:00:00+07:00")


def test_an_extension_after_the_due_date_is_refused_with_a_message(view, qtbot):
    case_id = add(view.desk, received="2026-01-26", kind="complaint")  # due 02/02/2026
    assert view.select_case(case_id)
    click(qtbot, view.detail.step_buttons["extend"])
    dialog = view.dialog
    dialog.reason.setPlainText("Cần thêm thời gian")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and not dialog.general_error.isHidden()
    assert "2026-02-02" in dialog.general_error.text()
    assert complaints.get(view.desk, case_id)["extension_days"] is None
    dialog.reject()
