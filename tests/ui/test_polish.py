"""Issue 17, desktop polish: "Saved to …" with Open folder after every save (a PDF, a print to
a file, a register export, a backup), the licences in Help > About, the audit view's names."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from dpo_desk.core import reports
from dpo_desk.ui.dialogs.about import LICENCES
from dpo_desk.ui.pdf_preview import PdfPreviewDialog

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """The folders the app asked the system to open (no file manager runs in a test)."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def open_folder_from(box: QMessageBox) -> None:
    assert box.isVisible() and box.objectName() == "savedBox"
    button = next(b for b in box.buttons() if b.objectName() == "openFolder")
    assert button.text() == "Mở thư mục"
    button.click()


def test_a_backup_says_where_it_went_and_opens_its_folder(window, tmp_path, monkeypatch,
                                                         opened):
    target = tmp_path / "sao lưu" / "dpo-desk-backup.sqlite3"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.backup_database()
    assert target.exists()
    box = window.saved_box
    assert box.text() == f"Đã lưu vào {target}"
    open_folder_from(box)
    assert opened == [str(target.parent)]


def test_save_as_pdf_and_print_to_a_file_confirm_where(app, qtbot, window, tmp_path,
                                                      monkeypatch, opened):
    from PySide6.QtPrintSupport import QPrintDialog

    source = tmp_path / "danh mục.pdf"
    reports.register_report(window.desk, source)
    dialog = PdfPreviewDialog(window, title="danh mục")
    dialog.load_bytes(source.read_bytes())
    dialog.show()
    saved = tmp_path / "bản lưu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    assert dialog.preview.choose_and_save() == saved
    assert saved.read_bytes() == source.read_bytes()
    assert dialog.preview.message.text() == f"Đã lưu vào {saved}"
    open_folder_from(dialog.preview.message)
    assert opened == [str(tmp_path)]

    printed = tmp_path / "in ra tệp.pdf"

    def print_to_a_file(print_dialog) -> int:  # the DPO picks "Print to File (PDF)"
        print_dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_to_a_file)
    assert dialog.preview.choose_and_print()
    assert len(PdfReader(printed).pages) == dialog.page_count()
    assert dialog.preview.message.text() == f"Đã lưu vào {printed}"
    dialog.close()


def test_a_register_export_says_where_it_went(window, tmp_path):
    window.show_view("register")
    view = window.view("register")
    path = str(tmp_path / "danh mục.csv")
    assert view.export_to(path, "csv_bom") == path
    assert view.saved_box.text() == f"Đã lưu vào {path}"


def test_help_about_names_every_library_shipped_with_its_licence(window):
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower()
               for spec in project["project"]["dependencies"]}
    named = {dist.lower() for _, _, dist in LICENCES if dist}
    assert shipped - named == set()
    text = window.about_dialog().text.text()
    for name in ("PDFium", "rl_accel", "ReportLab", "SQLCipher", "extract-msg"):
        assert name in text


def test_the_audit_view_names_each_record_kind(window):
    window.show_view("audit")
    view = window.view("audit")
    model = view.model
    kinds = {}
    for row in range(model.rowCount()):
        entry = model.entry(row)
        kinds.setdefault(entry["table_name"], model.data(model.index(row, 3)))
    assert kinds["register_entries"].startswith("Mục danh mục dữ liệu · ")
    assert kinds["incidents"].startswith("Sự cố · ")
    assert kinds["settings"].startswith("Cài đặt · ")
    assert all(not shown.startswith(table) for table, shown in kinds.items())
    # fields by the names the forms give them: a setting, an incident's facts
    rows = [model.entry(row) for row in range(model.rowCount())]
    company = next(r for r in range(len(rows)) if rows[r]["record_id"] == "company_name")
    assert model.data(model.index(company, 3)) == "Cài đặt · Tên tổ chức, doanh nghiệp"
    incident = next(r for r in range(len(rows)) if rows[r]["table_name"] == "incidents"
                    and rows[r]["action"] == "insert")
    changes = model.data(model.index(incident, 4))
    assert "Tiêu đề: " in changes and "title:" not in changes
    view.view.selectRow(incident)
    assert "Thời điểm phát hiện" in view.detail.toPlainText()


def test_the_audit_view_shows_coded_values_by_their_words(window, qtbot):
    """The trail showed stored codes ("closed", "web_form", "2026-11-19T09:37:00+07:00"):
    now the words the forms use, each code kept beside its word in the detail."""
    from dpo_desk.core import complaints

    case_id = complaints.create(window.desk, {
        "received_on": "2026-11-19", "channel": "web_form", "requester_name": "Đỗ Thị Hòa",
        "requester_contact": "hoa@example.vn", "kind": "access", "complexity": "simple",
        "summary": "Xem dữ liệu"})
    window.show_view("audit")
    view = window.view("audit")
    model = view.model
    row = next(r for r in range(model.rowCount())
               if model.entry(r)["table_name"] == "complaints"
               and model.entry(r)["record_id"] == str(case_id))
    changes = model.data(model.index(row, 4))
    assert "Kênh tiếp nhận: Biểu mẫu trên website" in changes and "web_form" not in changes
    assert "Bên thứ ba: Không" in changes and "Trạng thái: Mới" in changes
    assert "Ngày nhận: 19/11/2026" in changes and "2026-11-19" not in changes
    view.view.selectRow(row)
    detail = view.detail.toPlainText()
    assert "Biểu mẫu trên website (web_form)" in detail
    assert "Mới (new)" in detail and "Cam kết của doanh nghiệp (policy)" in detail
    assert "19/11/2026" in detail and "2026-11-19" not in detail


def tab_stops(root) -> list:
    """What Tab can reach in `root`: visible, enabled widgets that take focus by Tab."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView)
    return [w for w in root.findChildren(QWidget) if isinstance(w, kinds) and w.isVisible()
            and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not w.objectName().startswith("qt_")]  # Qt's parts: their owner takes focus


def test_every_view_is_usable_from_the_keyboard(window, qtbot):
    """Ctrl+1…7 open the views, the menus show their shortcuts, and Tab alone reaches every
    button, field and list of each view (issue 17: keyboard-only use)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from dpo_desk.ui.main_window import VIEW_NAMES

    assert [a.shortcut().toString() for a in window.menu_view.actions()] == [
        f"Ctrl+{n}" for n in range(1, len(VIEW_NAMES) + 1)]
    assert window.act_open_db.shortcut().toString() == "Ctrl+O"
    assert window.act_find.shortcut().toString() == "Ctrl+F"
    window.activateWindow()
    for number, name in enumerate(VIEW_NAMES, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view().name == name
        view = window.current_view()
        wanted = set(tab_stops(view))
        assert wanted, name
        window.sidebar.setFocus()
        reached = set()
        for _ in range(4 * len(wanted) + 40):
            window.focusNextChild()
            focused = QApplication.focusWidget()
            reached.add(focused)
        # Tab enters an exclusive group of radio buttons at one of them (which one is Qt's
        # choice, changing as the buttons take focus); the arrow keys move inside it
        groups = {w: w.group() for w in wanted if getattr(w, "group", None) is not None
                  and w.group() is not None and w.group().exclusive()}
        missing = [f"{type(w).__name__} {w.objectName()} {getattr(w, 'text', str)()!r}"
                   for w in wanted - reached
                   if w not in groups or not any(groups.get(r) is groups[w] for r in reached)]
        assert missing == [], name


def test_buttons_without_words_have_names_for_screen_readers(window):
    from PySide6.QtWidgets import QAbstractButton

    from dpo_desk.ui.main_window import VIEW_NAMES

    for name in VIEW_NAMES:
        window.show_view(name)
        for button in window.view(name).findChildren(QAbstractButton):
            if button.isVisible() and len(button.text().replace("&", "").strip()) <= 2 \
                    and button.objectName() not in ("qt_tableview_cornerbutton", "linkButton"):
                assert button.accessibleName(), (name, button.objectName(), button.text())
    window.show_view("settings")
    monday = window.view("settings").findChild(QAbstractButton, "rest_mon")
    assert monday.text() == "T2" and monday.accessibleName() == "Thứ Hai"
