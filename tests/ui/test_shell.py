"""The main window as a user drives it: navigation, shortcuts, language, first start,
settings, the audit log and the database check, on a real database file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from dpo_desk.core import audit, settings
from dpo_desk.ui.app import build_window
from dpo_desk.ui.dialogs.first_run import FirstRunDialog
from tests.ui.conftest import close_now

VIEW_NAMES = ["dashboard", "register", "complaints", "incidents", "reports", "audit", "settings"]
VIETNAMESE_NAV = ["Tổng quan", "Danh mục dữ liệu", "Khiếu nại & yêu cầu", "Sự cố", "Báo cáo",
                  "Nhật ký", "Cài đặt"]
ENGLISH_NAV = ["Dashboard", "Data register", "Complaints & requests", "Incidents", "Reports",
               "Audit log", "Settings"]


def nav_texts(window) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_opens_in_vietnamese_with_every_view(window):
    assert nav_texts(window) == VIETNAMESE_NAV
    assert window.menu_file.title() == "&Tệp"
    from dpo_desk.ui import main_window

    assert list(main_window.VIEW_NAMES) == VIEW_NAMES
    assert [v.name for v in window.views] == ["dashboard"]  # the others are built when shown
    assert window.view("audit").name == "audit"
    assert str(window.desk.path) in window.status_path.text()
    from dpo_desk.core.migrations import SCHEMA_VERSION

    assert f"lược đồ {SCHEMA_VERSION}" in window.status_path.text()


def test_sidebar_click_switches_view(window, qtbot):
    for row, name in enumerate(VIEW_NAMES):
        rect = window.sidebar.visualItemRect(window.sidebar.item(row))
        qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        assert window.current_view().name == name


def test_ctrl_number_shortcuts_switch_view(window, qtbot):
    window.activateWindow()
    for number, name in reversed(list(enumerate(VIEW_NAMES, start=1))):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_view().name == name


def test_ctrl_f_searches_and_ctrl_n_explains(window, qtbot):
    window.show_view("audit")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.view("audit").search
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Màn hình này chưa có gì để tạo mới."


def test_language_switch_from_settings_changes_visible_text(window, qtbot):
    window.show_view("settings")
    view = window.view("settings")
    assert view.title.text() == "Cài đặt"
    view.form.inputs["company_name"].setText("Công ty TNHH Hoa Sen")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Đã lưu."
    combo = view.interface_language
    combo.setCurrentIndex(combo.findData("en"))  # applies at once, nothing to save
    assert nav_texts(window) == ENGLISH_NAV
    assert view.title.text() == "Settings"
    assert view.status.text() == "Saved."  # the status line follows the language too
    assert window.view("dashboard").title.text() == "Dashboard"
    assert window.menu_file.title() == "&File"
    assert view.form.labels["tax_code"].text() == "Tax code *"
    # the user's choice: the file's language (of its letters) is left alone
    assert settings.get(window.desk, "language") == "vi"
    assert QSettings().value("interface/language") == "en"
    combo.setCurrentIndex(combo.findData("vi"))
    assert nav_texts(window) == VIETNAMESE_NAV
    assert view.form.labels["tax_code"].text() == "Mã số thuế *"


def test_opening_another_database_keeps_the_interface_language(window, qtbot, tmp_path,
                                                                monkeypatch):
    """The interface language is the user's: a file whose letters are in English does not
    switch a Vietnamese interface (issue 17)."""
    from dpo_desk.core.desk import Desk

    other = Desk.create(tmp_path / "english.sqlite3")
    settings.update(other, {"language": "en"})
    other.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "english.sqlite3"), ""))
    monkeypatch.setattr(window, "offer_first_run", lambda: None)
    assert window.open_database()
    assert window.desk.path.name == "english.sqlite3"
    assert nav_texts(window) == VIETNAMESE_NAV
    assert QSettings().value("interface/language") == "vi"


def test_settings_view_shows_errors_next_to_fields_and_saves_nothing(window, qtbot):
    view = window.view("settings")
    window.show_view("settings")
    before = settings.get_all(window.desk)
    entries = audit.count(window.desk)
    view.form.inputs["dpo_email"].setText("not-an-email")
    view.form.inputs["tax_code"].setText("12345")
    view.form.inputs["company_name"].setText("Công ty Mới")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.form.errors["dpo_email"].isVisible()
    assert "email" in view.form.error_text("dpo_email").lower()
    assert "Mã số thuế" in view.form.error_text("tax_code")
    assert not view.form.errors["company_name"].isVisible()
    assert view.form.inputs["tax_code"].property("invalid") is True
    assert settings.get_all(window.desk) == before
    assert audit.count(window.desk) == entries


def test_settings_view_saves_through_the_audit_trail(window, qtbot):
    view = window.view("settings")
    view.form.inputs["company_name"].setText("Công ty TNHH Hoa Sen")
    view.form.inputs["complaint_days_simple"].setValue(5)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.status.text() == "Đã lưu."
    assert settings.get(window.desk, "company_name") == "Công ty TNHH Hoa Sen"
    assert settings.get(window.desk, "complaint_days_simple") == 5
    newest = audit.entries(window.desk, limit=2)
    assert {e["record_id"] for e in newest} == {"company_name", "complaint_days_simple"}
    assert audit.verify(window.desk) == []
    # the other views followed the change
    assert "Công ty TNHH Hoa Sen" in window.view("dashboard").profile_card.text.text()
    assert window.view("audit").model.total == audit.count(window.desk)


def test_first_run_dialog_shows_each_error_next_to_its_field(app, qtbot, desk):
    app.translations.set_language("vi")
    dialog = FirstRunDialog(desk)
    dialog.show()
    form = dialog.form
    form.inputs["company_name"].setText("Công ty TNHH Ánh Dương")
    form.inputs["tax_code"].setText("04011223")
    form.inputs["dpo_name"].setText("Trần Minh Đức")
    form.inputs["dpo_phone"].setText("12")
    form.inputs["dpo_email"].setText("duc@anhduong")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == 0 and dialog.isVisible()
    shown = {key for key, label in form.errors.items() if label.isVisible()}
    assert shown == {"tax_code", "address", "dpo_phone", "dpo_email"}
    assert form.error_text("address") == "Bắt buộc nhập"
    assert form.error_text("dpo_phone").startswith("Số điện thoại")
    assert settings.missing_essentials(desk) == list(settings.ESSENTIAL_KEYS)  # nothing saved

    form.inputs["tax_code"].setText("0401122334")
    form.inputs["address"].setText("256 Đường 2 Tháng 9, Đà Nẵng")
    form.inputs["dpo_phone"].setText("0905 123 456")
    form.inputs["dpo_email"].setText("duc@anhduong.edu.vn")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert settings.missing_essentials(desk) == []
    assert settings.get(desk, "address") == "256 Đường 2 Tháng 9, Đà Nẵng"
    close_now(dialog)


def test_audit_log_filters_by_text_and_record_newest_first(window, qtbot):
    settings.update(window.desk, {"dpo_title": "Giám đốc Pháp chế"})
    view = window.view("audit")
    window.show_view("audit")
    model = view.model
    assert model.total == audit.count(window.desk)
    assert model.entry(0)["record_id"] == "dpo_title"  # newest first
    assert [model.entry(i)["id"] for i in range(model.rowCount())] == sorted(
        (model.entry(i)["id"] for i in range(model.rowCount())), reverse=True)
    view.search.setText("Pháp chế")
    view.apply_filters()
    assert model.total == 2  # demo title "Trưởng phòng Pháp chế" and the new one
    assert all("Pháp chế" in (model.entry(i)["after"] or "") for i in range(model.rowCount()))
    view.search.clear()
    view.show_record("settings", "dpo_title")
    assert model.total == 2
    assert {model.entry(i)["record_id"] for i in range(model.rowCount())} == {"dpo_title"}
    assert "Giám đốc Pháp chế" in view.detail.toPlainText()
    assert view.count_label.text() == "2 mục"


def test_check_database_names_a_record_edited_behind_the_apps_back(window, db_path):
    clean, _ = window.run_check()
    assert clean == []
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE settings SET value = 'Công ty Giả' WHERE key = 'company_name'")
    raw.commit()
    raw.close()
    dialog = window.check_dialog()
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text().startswith(
        "settings company_name khác với trạng thái được ghi nhận gần nhất")
    assert "Công ty Giả" in dialog.list.item(0).text()
    assert window.view("dashboard").check_card.badge.text() == "1 vấn đề"


def test_geometry_and_view_are_remembered(app, qtbot, profiled_desk):
    first = build_window(profiled_desk)
    first.show()
    first.resize(1111, 777)
    first.show_view("audit")
    first.close()
    QSettings().sync()
    close_now(first)
    second = build_window(profiled_desk)
    second.show()
    qtbot.waitUntil(lambda: second.started)  # the view is built right after the first paint
    assert second.current_view().name == "audit"
    assert second.sidebar.currentRow() == 5  # audit, highlighted from the start
    assert (second.width(), second.height()) == (1111, 777)
    close_now(second)


def test_screenshot_command_renders_every_view_and_dialog(tmp_path, db_path):
    out = tmp_path / "shots"
    done = subprocess.run([sys.executable, "-m", "dpo_desk", "--db", str(db_path), "gui",
                           "--screenshot", str(out), "--size", "960x700", "--language", "en"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    names = sorted(p.stem for p in out.glob("*.png"))
    # an empty database: the dialogs about a case or an incident are left out
    assert names == sorted([f"view-{v}" for v in VIEW_NAMES] + [f"dialog-{d}" for d in (
        "first-run", "first-run-errors", "about", "check", "unlock", "new-passphrase",
        "register-entry", "custom-item", "register-import", "policy-import", "policy-gaps",
        "day-off", "complaint-intake", "incident-form-new", "evidence", "qt-save-file",
        "qt-print")])
    for path in out.glob("view-*.png"):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (960, 700)
    assert "text cut off" not in done.stdout


# The everyday start in a process of its own: at the window's first paint, what it shows and
# which of core's storage modules are loaded; then whether it opened the file and filled in.
START_PROBE = """
import os, sys
os.environ["DPO_DESK_EXIT_WHEN_PAINTED"] = "1"
from dpo_desk.ui import main_window

first_paint = main_window.MainWindow._on_first_paint

def probe(self):
    loaded = sorted(m for m in ("sqlcipher3", "dpo_desk.core.desk", "dpo_desk.core.audit",
                                "dpo_desk.core.settings") if m in sys.modules)
    print("at-paint", self.desk is None, self.menuBar().isEnabled(), loaded,
          self.status_path.text(), flush=True)
    first_paint(self)

main_window.MainWindow._on_first_paint = probe
from dpo_desk.cli import main
code = main(["--db", sys.argv[1], "gui"])
print("opened", code, flush=True)
"""


def test_the_window_is_painted_before_its_file_is_opened(tmp_path, db_path):
    """Cold start (issues 8 and 13): SQLCipher, core's storage and the file's checks come
    after the first paint; the window then opens the file and fills its remembered view."""
    from dpo_desk.core.desk import Desk

    Desk.create(db_path).close()
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}  # no language chosen
    done = subprocess.run([sys.executable, "-c", START_PROBE, str(db_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    at_paint = next(line for line in lines if line.startswith("at-paint"))
    assert at_paint == f"at-paint True False [] Đang mở {db_path}…"
    assert any(line.startswith("ready-at") for line in lines)  # opened and filled
    assert lines[-1] == "opened 0"


def test_the_window_takes_the_passphrase_file_as_every_command_does(tmp_path):
    """CONTRACT: `--passphrase-file F` on every command; `gui` ignored it and asked."""
    from dpo_desk.core.desk import Desk

    path, secret = tmp_path / "secret.sqlite3", tmp_path / "pass.txt"
    Desk.create(path, passphrase="mật khẩu Đà Lạt 2026").close()
    secret.write_text("mật khẩu Đà Lạt 2026\n", encoding="utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "DPO_DESK_EXIT_WHEN_PAINTED": "1"}
    env.pop("DPO_DESK_PASSPHRASE", None)
    done = subprocess.run([sys.executable, "-m", "dpo_desk", "--db", str(path), "gui",
                           "--passphrase-file", str(secret)], env=env, capture_output=True,
                          text=True, timeout=120)  # asking instead would wait for ever
    assert done.returncode == 0, done.stderr
    assert "ready-at" in done.stdout  # opened and filled, nothing asked


def _foreign_file(tmp_path):
    """A SQLite database of another application."""
    foreign = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    return foreign


def test_gui_refuses_a_foreign_file_untouched(app, tmp_path):
    from dpo_desk.ui.app import run

    foreign = _foreign_file(tmp_path)
    before = foreign.read_bytes()
    assert run(db_path=foreign) == 2
    assert foreign.read_bytes() == before


def test_why_a_file_is_refused_is_told_in_the_interface_language(app, tmp_path):
    """The box at the start showed core's English reason inside a Vietnamese window."""
    from dpo_desk.core.desk import Desk
    from dpo_desk.core.errors import DatabaseRefused
    from dpo_desk.ui.i18n import core_message

    foreign = _foreign_file(tmp_path)
    with pytest.raises(DatabaseRefused) as refused:
        Desk.open(foreign)
    assert str(refused.value) == (f"{foreign}: is a SQLite database of another application "
                                  "(application_id 0x0), not a DPO Desk file")  # the CLI's
    assert core_message(refused.value) == (
        f"{foreign}: là cơ sở dữ liệu SQLite của một ứng dụng khác (application_id 0x0), "
        "không phải tệp của DPO Desk")


@pytest.mark.parametrize("harm", ["damaged page", "table dropped"])
def test_gui_refuses_a_file_it_cannot_read_with_exit_2(app, tmp_path, capfd, harm):
    """A damaged page or a table dropped behind the app's back: the window, painted first,
    says so and the start ends with exit 2, as the command line does (no traceback, no
    window left showing a half-read file)."""
    from dpo_desk.core.desk import Desk
    from dpo_desk.ui.app import run

    path = tmp_path / "harmed.sqlite3"
    Desk.create(path).close()
    if harm == "damaged page":
        with path.open("r+b") as handle:
            handle.seek(4096 * 3)
            handle.write(b"\xde\xad" * 2048)
    else:
        raw = sqlite3.connect(path)
        raw.execute("DROP TABLE settings")
        raw.commit()
        raw.close()
    before = path.read_bytes()
    assert run(db_path=path) == 2
    err = capfd.readouterr().err
    assert f"dpo-desk: error: {path}: cannot read the database" in err
    assert "Traceback" not in err
    assert path.read_bytes() == before


def test_a_file_gone_before_the_window_opens_it_is_not_created_again(app, qtbot, tmp_path):
    """The start found the file, then it vanished (moved, a sync): the window says so; it
    does not offer a new, empty database in its place."""
    path = tmp_path / "gone.sqlite3"
    window = build_window(None, path)
    failed = []
    window.open_failed.connect(lambda: failed.append(True))
    window.show()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert window.desk is None and not path.exists()
    close_now(window)


def _untranslated_sources() -> set[str]:
    """English source texts whose Vietnamese translation differs from them."""
    from xml.etree import ElementTree

    from dpo_desk.core.paths import resource

    tree = ElementTree.parse(resource("i18n", "dpo_desk_vi.ts"))
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if source and source not in forms and "{" not in source and "%n" not in source:
            found.add(source)
    return found


def test_no_english_text_left_in_the_vietnamese_window(window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLineEdit

    english = _untranslated_sources()
    assert "Dashboard" in english and "Tax code" in english
    for name in VIEW_NAMES:
        window.show_view(name)
        shown = [w.text() for w in window.findChildren(QLabel)]
        shown += [w.text() for w in window.findChildren(QAbstractButton)]
        shown += [w.title() for w in window.findChildren(QGroupBox)]
        shown += [w.placeholderText() for w in window.findChildren(QLineEdit)]
        shown += [a.text() for a in window.actions()] + nav_texts(window)
        leaked = {text.rstrip(" *") for text in shown} & english
        assert not leaked, f"English text in the Vietnamese {name} view: {leaked}"


def test_restore_from_the_gui_reopens_the_restored_file(window, tmp_path):
    from dpo_desk.core import backup

    saved = backup.backup(window.desk, tmp_path / "copy.sqlite3")
    settings.update(window.desk, {"company_name": "Tên sau khi sao lưu"})
    assert window.restore_from(str(saved), confirm=False)
    assert settings.get(window.desk, "company_name") == "Công ty TNHH Thương mại Điện tử Sen Vàng"
    assert "Sen Vàng" in window.view("dashboard").profile_card.text.text()
    path = window.desk.path
    assert list(path.parent.glob(f"{path.stem}.before-restore-*.sqlite3"))
    assert audit.verify(window.desk) == []


def test_a_change_refreshes_the_view_on_screen_and_hidden_views_when_next_shown(window):
    from dpo_desk.core import complaints

    case = {"received_on": "2026-11-20", "channel": "email", "requester_name": "Lê Văn Tám",
            "requester_contact": "tam@example.vn", "kind": "access", "complexity": "simple",
            "summary": "Xin bản sao dữ liệu"}
    complaints.create(window.desk, case)
    dashboard = window.view("dashboard")
    window.show_view("complaints")
    shown = window.view("complaints")
    refreshed = []
    for view in (dashboard, shown):
        original = view.refresh
        view.refresh = lambda v=view, o=original: (refreshed.append(v.name), o())[1]
    before = dashboard.tiles["open"].value.text()
    assert before == "1"
    complaints.create(window.desk, case)
    assert refreshed == ["complaints"]  # the hidden dashboard waits
    assert dashboard.tiles["open"].value.text() == before
    window.show_view("dashboard")
    assert refreshed == ["complaints", "dashboard"]
    assert int(dashboard.tiles["open"].value.text()) == int(before) + 1
    window.show_view("complaints")
    assert refreshed == ["complaints", "dashboard"]  # nothing changed since: no refresh


def test_settings_name_the_notice_signer_and_prefill_the_registration(window, qtbot):
    """DOMAIN D4.3: the legal representative signs the notice (or someone for them); the
    registration number starts as the tax code (the enterprise code is both)."""
    view = window.view("settings")
    window.show_view("settings")
    form = view.form
    form.inputs["registration_number"].setText("")
    qtbot.keyClicks(form.inputs["tax_code"], "-001")  # the tax code as typed
    assert form.inputs["registration_number"].text() == \
        form.inputs["tax_code"].text().split("-")[0]
    form.inputs["registration_number"].setText("4103012345")  # the DPO's own number stays
    qtbot.keyClicks(form.inputs["tax_code"], "9")
    assert form.inputs["registration_number"].text() == "4103012345"
    form.inputs["tax_code"].setText(settings.get(window.desk, "tax_code"))
    form.inputs["legal_representative"].setText("Võ Thành Nam")
    form.inputs["legal_representative_title"].setText("Giám đốc")
    mode = form.inputs["signer_mode"]
    mode.setCurrentIndex(mode.findData("tuq"))
    form.inputs["document_symbol"].setText("sv pc")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert form.errors["document_symbol"].isVisible()
    form.inputs["document_symbol"].setText("SV-PC")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    stored = settings.get_all(window.desk)
    assert (stored["legal_representative"], stored["signer_mode"], stored["document_symbol"],
            stored["registration_number"]) == ("Võ Thành Nam", "tuq", "SV-PC", "4103012345")
    view.grab().save("/tmp/dated-settings.png")


def test_a_file_with_a_planted_trigger_opens_read_only_and_says_why(window, tmp_path):
    from dpo_desk.core import backup
    from dpo_desk.core.errors import DeskError

    target = backup.backup(window.desk, tmp_path / "planted.sqlite3")
    raw = sqlite3.connect(target)
    raw.execute("CREATE TRIGGER quietly_withdraw AFTER INSERT ON complaints BEGIN "
                "UPDATE complaints SET status = 'closed' WHERE id = new.id; END")
    raw.commit()
    raw.close()
    assert window._choose_and_open(str(target))
    dialog = next(w for w in window.findChildren(QLabel) if w.objectName() == "badgeBad"
                  ).window()
    assert dialog.read_only and dialog.list.count() == 1
    assert "quietly_withdraw" in dialog.list.item(0).text()
    assert dialog.badge.text().startswith("Chỉ đọc")
    assert "quietly_withdraw" in window.statusBar().currentMessage()
    dialog.grab().save(str(tmp_path / "read-only.png"))
    with pytest.raises(DeskError, match="read-only"):
        settings.update(window.desk, {"company_name": "X"})
    close_now(dialog)
