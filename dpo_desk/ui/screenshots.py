"""`dpo-desk gui --screenshot DIR [--size WxH] [--language vi|en]`: every main view and dialog
rendered to PNG, offscreen; a text cut off by its label's size is reported (`clipped_labels`)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import Qt  # QtGui's Qt has mightBeRichText
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QPushButton, QWidget

from dpo_desk.core import settings
from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.dialogs.first_run import FirstRunDialog

SIZE = (1280, 800)
SIZES = ((1280, 800), (960, 700))  # a common laptop, and the smallest window we promise
CUTS: list[str] = []  # every text found cut since the last `capture_all` began


def clipped_labels(root: QWidget) -> list[str]:
    """Every visible push button under `root` narrower than its text, and every visible label
    whose text does not fit: wider than the label (one
    line), or taller once wrapped at the label's width, or cut by a parent's edge (outside a
    scroll area, whose hidden parts the DPO scrolls to). Measured with the label's font
    metrics, not pixels. Returns "name: text" for each."""
    found = [f"{button.objectName() or 'button'}: {button.text()!r} "
             f"({button.width()}x{button.height()}, needs {button.sizeHint().width()})"
             for button in root.findChildren(QPushButton)
             if button.isVisible() and button.text()
             and (button.width() + 1 < button.sizeHint().width() or _covered(button))]
    for widget in [root, *root.findChildren(QLabel)]:
        if not isinstance(widget, QLabel) or not widget.isVisible() or not widget.text():
            continue
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            continue
        inner = widget.contentsRect().adjusted(widget.margin(), widget.margin(),
                                               -widget.margin(), -widget.margin())
        if widget.wordWrap():
            fits = widget.heightForWidth(widget.width()) <= widget.height() + 1
        else:
            metrics = widget.fontMetrics()
            lines = _shown_text(widget).split("\n")
            rich = widget.textFormat() == Qt.TextFormat.RichText or (
                widget.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(
                    widget.text()))
            width = widget.sizeHint().width() - (widget.width() - inner.width()) if rich else \
                max(metrics.horizontalAdvance(line) for line in lines)
            fits = width <= inner.width() + 1 and \
                metrics.height() * (1 if rich else len(lines)) <= inner.height() + 1
        if fits:
            fits = not _cut_by_a_parent(widget, root) and not _covered(widget)
        if not fits:
            found.append(f"{widget.objectName() or type(widget.parent()).__name__}: "
                         f"{widget.text()[:80]!r} ({widget.width()}x{widget.height()})")
    return found


def _shown_text(widget: QLabel) -> str:
    text = widget.text()
    if widget.buddy() is not None:  # "&Name" shows as "Name"
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def _covered(widget: QWidget) -> bool:
    """Part of the widget hidden under a sibling drawn after it (a wrapped row of buttons
    overlapped by the pane below it); widgets in a scroll area are left out."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return False
        parent = parent.parentWidget()
    siblings = [child for child in widget.parentWidget().children()
                if isinstance(child, QWidget) and not child.isWindow()]
    later = siblings[siblings.index(widget) + 1:]
    return any(other.isVisible() and other.geometry().intersects(widget.geometry())
               for other in later)


def _cut_by_a_parent(widget: QWidget, root: QWidget) -> bool:
    area = widget.rect()
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) or parent.objectName() == \
                "qt_scrollarea_viewport":
            return False
        area = QRect(child.mapToParent(area.topLeft()), child.mapToParent(area.bottomRight()))
        if not parent.rect().contains(area):
            return True
        if parent is root:
            return False
        child, parent = parent, parent.parentWidget()
    return False


def _save(widget: QWidget, folder: Path, name: str, written: list[Path], *,
          adjust: bool = True) -> None:
    """Show, grab and check one window; a cut text is printed and kept in `CUTS`."""
    if widget.isWindow() and widget.parent() is not None:
        widget.show()
        QApplication.processEvents()
        if adjust:
            widget.adjustSize()
    QApplication.processEvents()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    written.append(path)
    for cut in clipped_labels(widget):
        print(f"{name}: text cut off: {cut}")
        CUTS.append(f"{name}: {cut}")


def capture_all(window, folder: Path, size: tuple[int, int] = SIZE) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    CUTS.clear()
    window.resize(*size)
    window.show()
    deadline = time.monotonic() + 10
    while not window.started and time.monotonic() < deadline:  # the figures after first paint
        QApplication.processEvents()
    window.finish_start()  # never painted (no screen at all): do it now
    from dpo_desk.ui.main_window import VIEW_NAMES

    for name in VIEW_NAMES:
        window.show_view(name)
        _save(window, folder, f"view-{name}", written)

    dialog = FirstRunDialog(window.desk, window)
    dialog.form.set_values({})
    _save(dialog, folder, "dialog-first-run", written)
    dialog.form.set_values({"company_name": "Công ty TNHH Sen Vàng", "tax_code": "03123",
                            "address": "", "dpo_name": "Nguyễn Thị Lan",
                            "dpo_phone": "12", "dpo_email": "lan@"})
    try:
        settings.validate(dialog.form.values())
    except ValidationError as error:
        dialog.form.show_errors(error)
    _save(dialog, folder, "dialog-first-run-errors", written)
    dialog.hide()
    dialog.deleteLater()

    about = window.about_dialog()
    _save(about, folder, "dialog-about", written)
    about.hide()
    check = window.check_dialog()
    _save(check, folder, "dialog-check", written)
    check.hide()
    _capture_register_dialogs(window, folder, written)
    _capture_qt_dialogs(window, folder, written)
    window.hide()
    return written


def _capture_register_dialogs(window, folder: Path, written: list[Path]) -> None:
    """The entry editor showing its errors and the import preview of a sample file; neither
    writes to the database."""
    import tempfile

    from dpo_desk.core import register

    view = window.view("register")
    editor = view.entry_dialog(None)
    editor.set_values({"name": "Khách hàng thân thiết", "subjects": ["customers"],
                       "items": ["B01", "PHONE", "EMAIL", "CCCD_IMAGE"],
                       "legal_basis": "agreement", "cross_border": True})
    try:
        register.clean(window.desk, editor.values())
    except ValidationError as error:
        editor.show_errors(error)
    _save(editor, folder, "dialog-register-entry", written, adjust=False)
    editor.hide()
    editor.deleteLater()

    with tempfile.TemporaryDirectory() as scratch:
        sample = Path(scratch) / "danh-muc-du-lieu.csv"
        sample.write_text(SAMPLE_CSV, encoding="utf-8")
        dialog = view.import_dialog(str(sample))
        dialog.wait_until_idle()
        _save(dialog, folder, "dialog-register-import", written, adjust=False)
        dialog.hide()
        dialog.deleteLater()


def _capture_qt_dialogs(window, folder: Path, written: list[Path]) -> None:
    """The file and print dialogs Qt draws itself (in the interface language: qt_vi.ts)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog

    files = QFileDialog(window, "", str(folder), "PDF (*.pdf)")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.resize(760, 480)
    _save(files, folder, "dialog-qt-save-file", written, adjust=False)
    files.hide()
    files.deleteLater()
    printer = QPrinter()
    printing = QPrintDialog(printer, window)
    _save(printing, folder, "dialog-qt-print", written)
    printing.hide()
    printing.deleteLater()


SAMPLE_CSV = "\n".join((
    "name,subjects,category_type,items,purpose,legal_basis,recipients,cross_border,"
    "cross_border_countries,retention",
    "Khách hàng thân thiết,Khách hàng,basic,EMAIL; Số điện thoại; Cỡ giày,Tích điểm,agreement,"
    "Zalo OA (processor),no,,2 năm",
    "Khảo sát sức khỏe,Người lao động,sensitive,B01; Tình trạng sức khỏe; Nhóm máu,Khảo sát,"
    "consent,,yes,Singapore,1 năm",
    "Đăng ký hội thảo,Khách hàng tiềm năng,basic,B01; EMAIL; PHONE,Mời tham dự,consent,,no,,"
    "6 tháng",
)) + "\n"
