"""Every view and dialog that `gui --screenshot` shows, at 1280x800 and 960x700, in Vietnamese
and English, with and without data: no label or button whose text is cut. Measured with the
widgets' font metrics (`clipped_labels`), not pixels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from dpo_desk.core import demo
from dpo_desk.ui import screenshots
from dpo_desk.ui.app import apply_preferences, build_window
from dpo_desk.ui.screenshots import SIZES, capture_all, clipped_labels
from tests.ui.conftest import close_now

LONG = ("Liệt kê từng loại dữ liệu cá nhân doanh nghiệp xử lý: của chủ thể dữ liệu nào, gồm "
        "những dữ liệu gì, vì mục đích gì, trên cơ sở pháp lý nào")


@pytest.mark.parametrize("filled", [True, False], ids=["demo", "empty"])
@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_no_text_is_cut_in_any_view_or_dialog(app, qtbot, desk, tmp_path, size, language,
                                              filled):
    if filled:
        demo.fill(desk, seed=1)
    apply_preferences(app, desk)
    app.translations.set_language(language)
    window = build_window(desk)
    try:
        written = capture_all(window, tmp_path, size)
    finally:
        window.desk.unsubscribe(window._on_data_changed)
        close_now(window)
    assert {path.name for path in written} >= {
        "view-dashboard.png", "view-register.png", "view-complaints.png",
        "view-incidents.png", "view-reports.png", "view-audit.png", "view-settings.png",
        "dialog-first-run-errors.png", "dialog-about.png", "dialog-register-entry.png"}
    assert screenshots.CUTS == []


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
