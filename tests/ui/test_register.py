"""The register screen as the DPO drives it, on a real database: the entry editor (with its
per-field errors and the catalogue picker), sensitive flags, duplicate, delete, CSV import
and export, sorting in SQL, filters and the empty state."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication

from dpo_desk.core import audit, register
from dpo_desk.core.catalogue import custom_items
from dpo_desk.ui.app import apply_preferences, build_window
from dpo_desk.ui.dialogs import register_import
from dpo_desk.ui.register_model import SENSITIVE_INK, RegisterModel
from tests.ui.conftest import close_now

HEADER = ("name,subjects,category_type,items,purpose,legal_basis,source,storage_location,"
          "recipients,cross_border,cross_border_countries,retention,security_measures,notes")
COLUMN = {name: i for i, name in enumerate(RegisterModel.COLUMNS)}


@pytest.fixture
def view(window):
    window.show_view("register")
    return window.view("register")


@pytest.fixture
def empty_window(app, qtbot, desk):
    """The main window on a database with an empty register."""
    apply_preferences(app, desk)
    main = build_window(desk)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.started)  # shortcuts, first view: right after the paint
    main.show_view("register")
    yield main
    main.desk.unsubscribe(main._on_data_changed)
    close_now(main)


def names(view) -> list[str]:
    return [view.model.entry(row)["name"] for row in range(view.model.rowCount())]


def cell(view, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return view.model.data(view.model.index(row, COLUMN[column]), role)


def write_csv(path, rows: list[str]):
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def type_text(widget, text: str) -> None:
    """Type at the cursor (QTest cannot send Vietnamese letters as key events)."""
    widget.setFocus()
    if hasattr(widget, "insertPlainText"):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def fill_editor(dialog, qtbot, *, name: str, items: list[str]) -> None:
    type_text(dialog.name_edit, name)
    qtbot.mouseClick(dialog.subject_boxes["customers"], Qt.MouseButton.LeftButton)
    type_text(dialog.other_subjects, "Hội viên câu lạc bộ")
    for code in items:
        dialog.picker.check(code)
    type_text(dialog.purpose_edit, "Tích điểm thành viên")
    qtbot.keyClick(dialog.purpose_edit, Qt.Key.Key_Return)
    type_text(dialog.purpose_edit, "Gửi ưu đãi sinh nhật")
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("agreement"))
    type_text(dialog.storage_edit, "Phần mềm CRM")
    qtbot.mouseClick(dialog.add_recipient_button, Qt.MouseButton.LeftButton)
    dialog.recipients.item(0, 0).setText("Zalo OA")
    role = dialog.recipients.cellWidget(0, 1)
    role.setCurrentIndex(role.findData("processor"))
    dialog.retention_combo.setEditText("2 năm")


# -- the editor ------------------------------------------------------------------------------

def test_an_entry_made_in_the_editor_is_stored_and_found_by_search(view, qtbot):
    dialog = view.entry_dialog()
    dialog.show()
    fill_editor(dialog, qtbot, name="Khách hàng thân thiết", items=["B01", "EMAIL", "PHONE"])
    entries = audit.count(view.desk)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted

    entry = register.get(view.desk, dialog.entry_id)
    assert entry["name"] == "Khách hàng thân thiết"
    assert entry["subjects"] == ["customers", "Hội viên câu lạc bộ"]
    assert entry["items"] == ["B01", "EMAIL", "PHONE"]  # in the order they were ticked
    assert entry["category_type"] == "basic"
    assert entry["purpose"] == ["Tích điểm thành viên", "Gửi ưu đãi sinh nhật"]
    assert entry["legal_basis"] == "agreement"
    assert entry["recipients"] == [{"name": "Zalo OA", "role": "processor"}]
    assert entry["retention"] == "2 năm"
    assert audit.count(view.desk) == entries + 1

    view.after_save(dialog.entry_id)
    type_text(view.search, "thân thiết")
    qtbot.waitUntil(lambda: names(view) == ["Khách hàng thân thiết"])
    assert view.current_id() == dialog.entry_id
    assert "Zalo OA (Bên xử lý dữ liệu cá nhân)" in cell(view, 0, "recipients")
    close_now(dialog)


def test_an_empty_name_is_shown_next_to_the_name_and_nothing_is_saved(view, qtbot):
    dialog = view.entry_dialog()
    dialog.show()
    fill_editor(dialog, qtbot, name="", items=["EMAIL"])
    before, entries = register.count(view.desk), audit.count(view.desk)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.errors["name"].isVisible()
    assert dialog.error_text("name") == "Bắt buộc nhập"
    assert dialog.name_edit.property("invalid") is True
    assert dialog.errors["name"].objectName() == "fieldError"
    shown = {field for field, label in dialog.errors.items() if label.isVisible()}
    assert shown == {"name"}
    assert register.count(view.desk) == before and audit.count(view.desk) == entries

    type_text(dialog.name_edit, "Hội viên")  # corrected: now it saves
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert register.get(view.desk, dialog.entry_id)["name"] == "Hội viên"
    close_now(dialog)


def test_every_wrong_field_gets_its_own_message(view, qtbot):
    dialog = view.entry_dialog()
    dialog.show()
    qtbot.mouseClick(dialog.abroad_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.add_recipient_button, Qt.MouseButton.LeftButton)
    role = dialog.recipients.cellWidget(0, 1)
    role.setCurrentIndex(role.findData("processor"))  # a role but no name
    assert not dialog.save()
    shown = {field for field, label in dialog.errors.items() if label.isVisible()}
    assert shown == {"name", "subjects", "items", "purpose", "legal_basis", "recipients",
                     "cross_border_countries"}
    assert dialog.recipients.property("invalid") is True
    assert dialog.picker.tree.property("invalid") is True
    close_now(dialog)


def test_opening_and_saving_an_entry_unchanged_writes_nothing(view):
    entry_id = view.model.entry(0)["id"]
    before = register.get(view.desk, entry_id)
    entries = audit.count(view.desk)
    dialog = view.entry_dialog(entry_id)
    assert dialog.save()
    assert register.get(view.desk, entry_id) == before
    assert audit.count(view.desk) == entries
    close_now(dialog)


def test_editing_an_entry_changes_it(view, qtbot):
    [entry] = register.list_entries(view.desk, text="Sổ khách ra vào")
    dialog = view.entry_dialog(entry["id"])
    dialog.picker.check("VISITOR_LOG", False)
    dialog.picker.check("PORTRAIT_PHOTO")
    dialog.name_edit.setText("Sổ khách và ảnh chân dung")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    changed = register.get(view.desk, entry["id"])
    assert changed["name"] == "Sổ khách và ảnh chân dung"
    assert changed["items"] == [c for c in entry["items"] if c != "VISITOR_LOG"] + [
        "PORTRAIT_PHOTO"]
    assert view.current_id() is None or view.model.row_of(entry["id"]) >= 0
    assert "Sổ khách và ảnh chân dung" in names(view)
    close_now(dialog)


def test_the_picker_finds_items_by_name_in_either_language(view):
    dialog = view.entry_dialog()
    picker = dialog.picker
    def visible() -> list[str]:
        return [code for code, node in picker.nodes.items() if not node.isHidden()]

    picker.search.setText("vân tay")
    assert visible() == ["S_DD", "FINGERPRINT"]  # with its legal item (Art. 4(1)(đ))
    picker.search.setText("Fingerprints")
    assert visible() == ["S_DD", "FINGERPRINT"]
    picker.search.setText("sinh trắc học")  # a legal item shows its examples
    assert visible() == ["S_DD", "FINGERPRINT", "FACE_TEMPLATE", "VOICEPRINT"]
    picker.search.setText("điều 4 khoản 1 điểm đ")  # by article of Decree 356
    assert visible() == ["S_DD", "FINGERPRINT", "FACE_TEMPLATE", "VOICEPRINT"]
    picker.search.setText("không có mục này")
    assert visible() == []
    picker.search.clear()
    assert not any(node.isHidden() for node in picker.nodes.values())
    close_now(dialog)


def test_a_sensitive_item_makes_the_entry_sensitive_with_its_reason(view, qtbot):
    dialog = view.entry_dialog()
    dialog.show()
    fill_editor(dialog, qtbot, name="Mở tài khoản hội viên", items=["B01", "EMAIL"])
    assert "cơ bản" in dialog.type_line.text()
    assert dialog.mark_sensitive.isEnabled()
    node = dialog.picker.nodes["CCCD_IMAGE"]
    assert node.foreground(0).color() == SENSITIVE_INK
    assert "điểm i khoản 1 Điều 4 Nghị định số 356/2025/NĐ-CP" in node.toolTip(0)
    dialog.picker.check("CCCD_IMAGE")
    assert "nhạy cảm" in dialog.type_line.text()
    assert "Ảnh chụp thẻ căn cước" in dialog.type_line.text()
    assert not dialog.mark_sensitive.isEnabled() and dialog.mark_sensitive.isChecked()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert register.get(view.desk, dialog.entry_id)["category_type"] == "sensitive"

    view.after_save(dialog.entry_id)
    row = view.model.row_of(dialog.entry_id)
    assert cell(view, row, "category_type") == "\u26a0 Nhạy cảm"
    assert cell(view, row, "category_type", Qt.ItemDataRole.ForegroundRole).color() == \
        SENSITIVE_INK
    tip = cell(view, row, "category_type", Qt.ItemDataRole.ToolTipRole)
    assert "Ảnh chụp thẻ căn cước, thẻ CCCD, CMND" in tip
    assert "điểm i khoản 1 Điều 4 Nghị định số 356/2025/NĐ-CP" in tip
    items = cell(view, row, "items")
    assert items.startswith("\u26a0 Ảnh chụp thẻ căn cước")  # the flag is never cut off
    assert "\u26a0 Địa chỉ thư điện tử" not in items
    close_now(dialog)


def test_a_basic_entry_marked_sensitive_by_the_dpo_stays_sensitive(view, qtbot):
    dialog = view.entry_dialog()
    fill_editor(dialog, qtbot, name="Danh sách khách VIP", items=["EMAIL"])
    qtbot.mouseClick(dialog.mark_sensitive, Qt.MouseButton.LeftButton)
    assert "nhạy cảm" in dialog.type_line.text()
    assert dialog.save()
    assert register.get(view.desk, dialog.entry_id)["category_type"] == "sensitive"
    close_now(dialog)


def test_an_own_item_is_added_to_the_catalogue_and_ticked(view, qtbot):
    dialog = view.entry_dialog()
    dialog.picker.search.setText("Nhóm máu")
    own = dialog.custom_item_dialog()
    own.show()
    assert own.label_edit.text() == "Nhóm máu"  # what the DPO was looking for
    qtbot.mouseClick(own.sensitive, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(own.save_button, Qt.MouseButton.LeftButton)
    [item] = custom_items(view.desk)
    assert (item.vi, item.category_type) == ("Nhóm máu", "sensitive")
    assert dialog.picker.checked_codes() == [item.code]
    assert "nhạy cảm" in dialog.type_line.text()

    again = dialog.custom_item_dialog()
    again.label_edit.setText("Vân tay")  # already in the catalogue
    assert not again.save()
    assert again.label_error.text() == "Danh sách dữ liệu mẫu đã có “Vân tay”"
    assert again.label_edit.property("invalid") is True
    assert len(custom_items(view.desk)) == 1
    close_now(dialog)


# -- the table -------------------------------------------------------------------------------

def test_sorting_by_a_column_asks_the_database_again(view, qtbot):
    header = view.table.horizontalHeader()
    before = names(view)
    assert before == [e["name"] for e in register.list_entries(view.desk)]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_center(header, COLUMN["name"]))
    assert view.model.order_by == "name" and view.model.descending
    assert names(view) == [e["name"] for e in register.list_entries(
        view.desk, order_by="name", descending=True)]
    assert names(view) == list(reversed(before))

    view.table.sortByColumn(COLUMN["retention"], Qt.SortOrder.AscendingOrder)
    expected = [e["name"] for e in register.list_entries(view.desk, order_by="retention")]
    assert names(view) == expected and expected != before

    header.setSortIndicator(COLUMN["items"], Qt.SortOrder.AscendingOrder)  # a list: not sortable
    assert names(view) == expected
    assert header.sortIndicatorSection() == COLUMN["retention"]


def _section_center(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_filters_narrow_the_table_in_sql(view, qtbot):
    total = register.count(view.desk)
    assert view.count_label.text() == f"{total} mục"
    view.type_filter.setCurrentIndex(view.type_filter.findData("yes"))
    sensitive = register.list_entries(view.desk, sensitive=True)
    assert names(view) == [e["name"] for e in sensitive] and 0 < len(sensitive) < total
    assert view.count_label.text() == f"{len(sensitive)}/{total} mục"
    view.abroad_filter.setCurrentIndex(view.abroad_filter.findData("yes"))
    both = register.list_entries(view.desk, sensitive=True, cross_border=True)
    assert names(view) == [e["name"] for e in both] and both
    assert all(cell(view, r, "cross_border").startswith("Có") for r in range(len(both)))
    view.clear_filters()
    view.subject_filter.setCurrentIndex(view.subject_filter.findData("candidates"))
    assert names(view) == ["Kiểm tra lý lịch ứng viên", "Tuyển dụng"]
    assert view.subject_filter.currentText() == "Ứng viên"
    view.clear_filters()
    qtbot.keyClicks(view.recipient_filter, "VNPAY")
    qtbot.waitUntil(lambda: names(view) == ["Thanh toán trực tuyến"])
    view.clear_filters()
    type_text(view.search, "Vân tay")  # an item's label, not stored as text
    qtbot.waitUntil(lambda: names(view) == ["Chấm công bằng vân tay"])


def test_enter_and_double_click_open_the_editor(view, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(view, "edit_entry", opened.append)
    view.table.selectRow(2)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    rect = view.table.visualRect(view.model.index(3, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [view.model.entry(2)["id"], view.model.entry(3)["id"]]


def test_ctrl_n_opens_a_new_entry(window, view, qtbot, monkeypatch):
    opened = []
    monkeypatch.setattr(view, "edit_entry", opened.append)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [None]


def test_duplicate_makes_a_named_copy_and_selects_it(view, qtbot):
    source = view.model.entry(0)
    view.table.selectRow(0)
    qtbot.mouseClick(view.duplicate_button, Qt.MouseButton.LeftButton)
    copy = register.get(view.desk, view.current_id())
    assert copy["name"] == f"{source['name']} (bản sao)"
    assert copy["items"] == source["items"] and copy["id"] != source["id"]
    assert names(view).count(copy["name"]) == 1


def test_delete_asks_first_and_cancel_keeps_the_entry(view, qtbot):
    view.table.selectRow(0)
    entry_id = view.current_id()

    asked = []

    def answer(button_text: str) -> None:
        """Click a button of the confirmation (or close it, so a failing test never hangs)."""
        box = QApplication.activeModalWidget()
        asked.append((box.text(), [b.text() for b in box.buttons()]))
        wanted = [b for b in box.buttons() if b.text() == button_text]
        wanted[0].click() if wanted else box.reject()

    QTimer.singleShot(0, lambda: answer("Hủy"))
    assert not view.delete_selected()
    assert register.get(view.desk, entry_id)
    text, buttons = asked[0]
    assert view.model.entry(0)["name"] in text and "Nhật ký" in text
    assert sorted(buttons) == ["Hủy", "Xóa"]
    QTimer.singleShot(0, lambda: answer("Xóa"))
    assert view.delete_selected()
    assert view.model.row_of(entry_id) < 0
    assert register.count(view.desk) == view.model.rowCount()
    [last] = audit.entries(view.desk, table="register_entries", limit=1)
    assert (last["action"], last["record_id"]) == ("delete", str(entry_id))


def test_an_entry_other_records_refer_to_is_not_deleted(view, qtbot):
    view.desk.conn.execute("CREATE TABLE test_links (id INTEGER PRIMARY KEY, "
                           "entry_id INTEGER REFERENCES register_entries (id))")
    view.table.selectRow(0)
    entry = view.model.entry(0)
    view.desk.conn.execute("INSERT INTO test_links (id, entry_id) VALUES (7, ?)", (entry["id"],))
    assert not view.delete_selected(confirm=False)
    assert register.get(view.desk, entry["id"])
    assert view.message.isVisible()
    assert entry["name"] in view.message.text() and "test_links 7" in view.message.text()
    view.message.close()


def test_empty_state_invites_to_start_and_goes_once_there_is_an_entry(empty_window, qtbot):
    view = empty_window.view("register")
    assert view.pages.currentWidget() is view.empty and view.empty.isVisible()
    assert view.start_button.text() == "Bắt đầu từ danh sách dữ liệu mẫu"
    assert view.empty_import_button.isVisible()
    assert not view.table.isVisible()
    register.create(view.desk, {"name": "Khách hàng", "subjects": ["customers"],
                                "items": ["EMAIL"], "purpose": ["Liên hệ"],
                                "legal_basis": "consent"})
    assert view.table.isVisible() and not view.empty.isVisible()
    assert names(view) == ["Khách hàng"]


def test_export_writes_csv_for_excel_and_json(view, tmp_path):
    written = view.export_to(str(tmp_path / "register.csv"), "csv_bom")
    data = (tmp_path / "register.csv").read_bytes()
    assert written and data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("name,subjects,category_type")
    assert "Chấm công bằng vân tay" in text and "Vân tay" in text  # Vietnamese labels
    view.export_to(str(tmp_path / "register.json"), "json")
    entries = json.loads((tmp_path / "register.json").read_text(encoding="utf-8"))
    assert len(entries) == register.count(view.desk)
    assert str(tmp_path / "register.json") in view.status.text()


def test_export_over_the_open_database_is_refused_with_a_message(view, tmp_path):
    database = view.desk.path
    link = tmp_path / "register.csv"
    link.symlink_to(database)
    inode = database.stat().st_ino
    for target in (database, link):
        assert view.export_to(str(target), "csv") is None
        assert "open database" in view.message.text()
        view.message.close()
    assert database.stat().st_ino == inode and link.is_symlink()
    assert audit.verify(view.desk) == []


# -- import ----------------------------------------------------------------------------------

def test_import_preview_lists_entries_and_new_own_items_then_imports(view, qtbot, tmp_path):
    path = write_csv(tmp_path / "so-dang-ky.csv", [
        "Khách hàng thân thiết,Khách hàng,basic,EMAIL; Số điện thoại; Cỡ giày,Tích điểm,"
        "contract,,,,no,,2 năm,,",
        "Khảo sát sức khỏe,Người lao động,sensitive,B01; Nhóm máu,Khảo sát,consent,,,,"
        "yes,Singapore,1 năm,,",
    ])
    before = register.count(view.desk)
    dialog = view.import_dialog(str(path))
    qtbot.waitUntil(lambda: dialog.state == "ready")
    assert dialog.import_button.isEnabled()
    assert dialog.entries.rowCount() == 2
    assert dialog.entries.item(1, 0).text() == "Khảo sát sức khỏe"
    assert dialog.entries.item(1, 1).text() == "\u26a0 Nhạy cảm"
    shown = [dialog.new_items.item(i).text() for i in range(dialog.new_items.count())]
    assert shown == ["Cỡ giày (cơ bản)", "\u26a0 Nhóm máu (nhạy cảm)"]
    assert "sẽ thêm 2 mục" in dialog.summary.text()
    assert register.count(view.desk) == before  # a preview writes nothing

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.state == "done"
    assert register.count(view.desk) == before + 2
    assert {i.vi for i in custom_items(view.desk)} == {"Cỡ giày", "Nhóm máu"}
    assert "Khảo sát sức khỏe" in names(view)
    close_now(dialog)


def test_a_bad_file_lists_every_problem_and_cannot_be_imported(view, qtbot, tmp_path):
    path = write_csv(tmp_path / "loi.csv", [
        ",Khách hàng,basic,EMAIL,Liên hệ,consent,,,,no,,,,",
        "Hồ sơ,Khách hàng,basic,CCCD_IMAGE,,contract,,,,maybe,,,,",
    ])
    entries = audit.count(view.desk)
    dialog = view.import_dialog(str(path))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "invalid")
    problems = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "Dòng 2, cột name: Bắt buộc nhập" in problems
    assert "Dòng 3, cột purpose: Bắt buộc nhập" in problems
    assert any(p.startswith("Dòng 3, cột cross_border: ") for p in problems)
    assert any(p.startswith("Dòng 3, cột category_type: ") and "CCCD" in p for p in problems)
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.isVisible() and not dialog.preview.isVisible()
    dialog.start_import()
    assert audit.count(view.desk) == entries
    close_now(dialog)


def _many_rows(count: int) -> list[str]:
    return [f"Danh mục {n:04},Khách hàng,basic,EMAIL,Liên hệ,consent,,,,no,,,,"
            for n in range(count)]


def test_a_big_import_runs_in_a_worker_and_cancel_writes_nothing(view, qtbot, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr(register_import, "INLINE_LIMIT", 10)
    path = write_csv(tmp_path / "lon.csv", _many_rows(450))
    before, entries = register.count(view.desk), audit.count(view.desk)
    dialog = view.import_dialog(str(path))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.state == "ready", timeout=20000)
    assert "(500" not in dialog.entries_caption.text() and dialog.entries.rowCount() == 450
    dialog.start_import()
    assert dialog.state == "importing" and dialog.progress.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.cancel()
    qtbot.waitUntil(lambda: dialog.state == "cancelled", timeout=20000)
    assert register.count(view.desk) == before and audit.count(view.desk) == entries
    assert "không ghi" in dialog.summary.text().lower()
    close_now(dialog)


def test_a_big_import_in_a_worker_refreshes_the_view(view, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(register_import, "INLINE_LIMIT", 10)
    path = write_csv(tmp_path / "lon.csv", _many_rows(12))
    before = register.count(view.desk)
    dialog = view.import_dialog(str(path))
    qtbot.waitUntil(lambda: dialog.state == "ready")
    with qtbot.waitSignal(dialog.imported, timeout=20000):
        dialog.start_import()
    assert register.count(view.desk) == before + 12
    assert "Danh mục 0011" in names(view)
    assert audit.verify(view.desk) == []
    close_now(dialog)


def test_labels_follow_the_interface_language(view, app):
    row = view.model.row_of(register.list_entries(view.desk, text="Chấm công")[0]["id"])
    assert cell(view, row, "subjects") == "Người lao động"
    app.translations.set_language("en")
    try:
        assert cell(view, row, "subjects") == "Employees"
        assert cell(view, row, "category_type") == "\u26a0 Sensitive"
        assert "Fingerprints" in cell(view, row, "items")
        assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    finally:
        app.translations.set_language("vi")
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Tên"
    assert view.model.rowCount(QModelIndex()) == register.count(view.desk)
