"""Every view and dialog that `gui --screenshot` shows, at 1280x800 and 960x700, in Vietnamese
and English, with and without data: no label or button whose text is cut. Measured with the
widgets' font metrics (`clipped_labels`), not pixels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from dpo_desk.core import complaints, demo
from dpo_desk.core.desk import Desk
from dpo_desk.ui import screenshots
from dpo_desk.ui.app import apply_preferences, build_window
from dpo_desk.ui.dialogs.complaint_step import STEP_DIALOGS
from dpo_desk.ui.dialogs.incident_step import STEPS_WITH_DIALOG
from dpo_desk.ui.screenshots import SIZES, capture_all, clipped_labels
from tests.ui.conftest import close_now

LONG = ("Liệt kê từng loại dữ liệu cá nhân doanh nghiệp xử lý: của chủ thể dữ liệu nào, gồm "
        "những dữ liệu gì, vì mục đích gì, trên cơ sở pháp lý nào")


@pytest.fixture(scope="module")
def demo_desk(tmp_path_factory):
    """One demo database for every size and language (nothing the screenshots show is
    saved): the demo company, its incidents and a year of cases, two of them still open
    with their deadline passed (the reminder and the step dialogs need open cases)."""
    opened = Desk.create(tmp_path_factory.mktemp("screens") / "demo.sqlite3")
    demo.fill(opened, seed=1, complaints=40)
    for name, kind in (("Trần Minh Khoa", "access"), ("Phạm Thu Hà", "deletion")):
        complaints.create(opened, {
            "received_on": "2026-10-01", "channel": "email", "requester_name": name,
            "requester_contact": "khoa.tran@example.vn", "kind": kind,
            "complexity": "simple", "third_party_involved": False,
            "summary": "Đề nghị cung cấp bản sao dữ liệu."})
    yield opened
    opened.close()


# Every dialog of dpo_desk/ui/dialogs, grabbed once the database holds what it shows.
DIALOGS = {
    "first-run", "first-run-errors", "about", "check", "unlock", "new-passphrase",
    "register-entry", "custom-item", "register-import", "policy-import", "policy-gaps",
    "day-off", "complaint-intake", "complaint-letter", "reminder", "incident-form",
    "incident-form-new", "exposed-items", "evidence", "incident-document", "public-notice",
    "packet-export", "packet-verify", "incident-reminder",
    *(f"complaint-step-{step}" for step in STEP_DIALOGS),
    *(f"incident-step-{state}" for state in STEPS_WITH_DIALOG)}
VIEWS = {"dashboard", "register", "complaints", "incidents", "reports", "audit", "settings"}


@pytest.mark.parametrize("filled", [True, False], ids=["demo", "empty"])
@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_no_text_is_cut_in_any_view_or_dialog(app, qtbot, request, tmp_path, size, language,
                                              filled):
    """Every view and dialog (the dialogs on a screen of the window's size: none may need
    more room than that)."""
    desk = request.getfixturevalue("demo_desk" if filled else "desk")
    apply_preferences(app, desk)
    app.translations.set_language(language)
    window = build_window(desk)
    try:
        written = capture_all(window, tmp_path, size)
    finally:
        window.desk.unsubscribe(window._on_data_changed)
        close_now(window)
    names = {path.stem for path in written}
    assert names >= {f"view-{name}" for name in VIEWS}
    if filled:
        assert names >= {f"dialog-{name}" for name in DIALOGS}
    else:  # the dialogs about a record are left out; the others are all there
        assert names >= {"dialog-first-run-errors", "dialog-about", "dialog-register-entry",
                         "dialog-complaint-intake", "dialog-incident-form-new"}
    assert screenshots.CUTS == []


def test_a_dialog_taller_than_the_screen_is_reported(app, qtbot, tmp_path):
    """The check behind "every dialog fits a 700 px high screen": a form whose layout needs
    more height than the screen is named."""
    from PySide6.QtWidgets import QDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    dialog.setObjectName("tallDialog")
    column = QVBoxLayout(dialog)
    for _ in range(3):
        box = QLabel("Đã lưu.")
        box.setMinimumHeight(300)
        column.addWidget(box)
    screenshots.CUTS.clear()
    screenshots._save(dialog, tmp_path, "tall", [], screen=(960, 700))
    assert [cut.split(":")[1].strip() for cut in screenshots.CUTS] == ["tallDialog"]
    for box in dialog.findChildren(QLabel):
        box.setMinimumHeight(100)
    screenshots.CUTS.clear()
    screenshots._save(dialog, tmp_path, "tall", [], screen=(960, 700))
    assert screenshots.CUTS == [] and dialog.height() <= 700
    dialog.deleteLater()


def test_the_check_finds_a_cut_line_a_cut_wrapped_text_and_a_squeezed_button(app, qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    fits = QLabel("Đã lưu.")
    one_line = QLabel(LONG)
    one_line.setObjectName("oneLine")
    one_line.setFixedWidth(200)
    wrapped = QLabel(LONG)
    wrapped.setObjectName("wrapped")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(300, 20)  # room for one line of several
    button = QPushButton("Thông báo cơ quan chức năng…")
    button.setObjectName("squeezed")
    button.setFixedWidth(60)
    for widget in (fits, one_line, wrapped, button):
        column.addWidget(widget)
    root.show()
    qtbot.waitExposed(root)
    cut = clipped_labels(root)
    assert [line.split(":")[0] for line in sorted(cut)] == ["oneLine", "squeezed", "wrapped"]
    wrapped.setFixedSize(300, wrapped.heightForWidth(300))
    one_line.setFixedWidth(one_line.fontMetrics().horizontalAdvance(LONG) + 4)
    button.setFixedWidth(button.sizeHint().width())
    root.adjustSize()  # the window grows to hold them
    qtbot.waitUntil(lambda: root.width() > one_line.width())
    assert clipped_labels(root) == []


def test_the_highlighted_row_of_a_drop_down_list_is_seen(app, qtbot):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Mọi trạng thái", "Đang mở", "Đã đóng"])
    combo.show()
    combo.showPopup()
    palette = combo.view().palette()
    highlight = palette.color(QPalette.ColorRole.Highlight)
    assert highlight.name() == "#3567d8"  # app.qss: it was white on white
    assert palette.color(QPalette.ColorRole.HighlightedText) != highlight
    combo.hidePopup()


def test_spin_boxes_have_their_arrows(app, qtbot):
    from PySide6.QtCore import QFile
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QSpinBox

    assert QFile.exists("style:arrow-up.svg") and QFile.exists("style:arrow-down.svg")
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(1, 90)
    spin.setValue(7)
    spin.resize(140, 32)
    spin.show()
    qtbot.waitExposed(spin)
    image = spin.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    # the arrows' ink (#34405a) in the buttons' column at the right end
    dark = sum(1 for x in range(image.width() - 20, image.width())
               for y in range(image.height()) if image.pixelColor(x, y).lightness() < 120)
    assert dark > 6


def test_the_incident_list_keeps_several_rows_beside_a_long_detail(window, qtbot):
    """At 960x700 the detail of a selected incident (buttons, banners, documents) once took
    all but one row of the list: it scrolls now, and the list keeps three rows."""
    window.resize(960, 700)
    window.show_view("incidents")
    view = window.view("incidents")
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.isVisible())
    rows = view.table.verticalHeader().defaultSectionSize()
    assert view.model.rowCount() >= 3
    assert view.table.viewport().height() >= 3 * rows - view.table.horizontalScrollBar()\
        .height()
    assert view.detail_scroll.widget() is view.detail


def test_the_audit_log_names_every_stored_field(window):
    """The audit detail showed raw column names ("ack_due", "issued_on", "entry_id") in both
    languages. A column added later needs its name in AuditLogView.field_names."""
    names = window.view("audit").field_names()
    unnamed = {table: [row["name"] for row in window.desk.rows(f"PRAGMA table_info({table})")
                       if row["name"] not in names[table]]
               for table in ("complaints", "register_entries", "documents",
                             "complaint_register_links", "attachments", "custom_items",
                             "calendar_overrides", "policy_gaps")}
    assert {table: columns for table, columns in unnamed.items() if columns} == {}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_dashboard_fits_960_px_without_scrolling_sideways(app, qtbot, demo_desk,
                                                               language):
    """The four figure tiles stood side by side at their captions' full width: at 960x700
    the whole dashboard scrolled sideways and the fourth tile was cut at the edge."""
    from PySide6.QtWidgets import QScrollArea

    apply_preferences(app, demo_desk)
    app.translations.set_language(language)
    window = build_window(demo_desk)
    try:
        window.resize(960, 700)
        window.show()
        window.show_view("dashboard")
        dashboard = window.view("dashboard")
        dashboard.refresh()
        scroll = dashboard.findChild(QScrollArea, "dashboardScroll")
        qtbot.waitUntil(lambda: scroll.viewport().width() > 0)
        app.processEvents()
        assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
        assert not scroll.horizontalScrollBar().isVisible()
    finally:
        window.desk.unsubscribe(window._on_data_changed)
        close_now(window)
