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
          adjust: bool = True, screen: tuple[int, int] | None = None) -> None:
    """Show, grab and check one window; a cut text is printed and kept in `CUTS`. A dialog
    is shown no bigger than the `screen` it would open on: one whose layout needs more
    room than that is reported too."""
    if widget.isWindow() and widget.parent() is not None:
        widget.show()
        QApplication.processEvents()
        if adjust and not widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
            widget.adjustSize()  # as Qt shows a window not given a size of its own
        if screen is not None:
            _fit(widget, screen)
            if widget.height() > screen[1] or widget.width() > screen[0]:
                cut = (f"{widget.objectName() or type(widget).__name__}: "
                       f"{widget.width()}x{widget.height()} does not fit a "
                       f"{screen[0]}x{screen[1]} screen")
                print(f"{name}: {cut}")
                CUTS.append(f"{name}: {cut}")
    QApplication.processEvents()
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    written.append(path)
    for cut in clipped_labels(widget):
        print(f"{name}: text cut off: {cut}")
        CUTS.append(f"{name}: {cut}")


def _fit(widget: QWidget, screen: tuple[int, int]) -> None:
    """The window made as small as the screen when it is bigger (as a window manager does;
    the layout's minimum size still wins)."""
    width, height = min(widget.width(), screen[0]), min(widget.height(), screen[1])
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)
        QApplication.processEvents()


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
        view = window.view(name)
        if hasattr(view, "wait_for_figures"):  # the dashboard's worker: its figures shown
            view.wait_for_figures()  # and laid out before the grab, not during its check
            QApplication.processEvents()
        _save(window, folder, f"view-{name}", written)

    _capture_dialogs(window, folder, written, size)
    _capture_qt_dialogs(window, folder, written)
    window.hide()
    return written


def _capture_dialogs(window, folder: Path, written: list[Path], screen: tuple[int, int]
                     ) -> None:
    """Every dialog of dpo_desk/ui/dialogs, filled as the DPO would see it, on a screen of
    the window's size. The dialogs about a case, an incident or a register entry are shown
    when the database has one (`dpo-desk demo` writes them). No dialog is accepted: nothing
    is saved but the number a letter or notice keeps once made (core/documents.py); the
    packet goes to a scratch folder."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        for name, make in _dialogs(window, Path(scratch)):
            dialog = make()
            if dialog is None:
                continue
            _save(dialog, folder, f"dialog-{name}", written, screen=screen)
            dialog.hide()
            dialog.deleteLater()
            QApplication.processEvents()


def _dialogs(window, scratch: Path):
    """(name, make) for every dialog; `make` returns it built and filled, or None when the
    database holds nothing it could show."""
    from dpo_desk.core import complaints

    desk = window.desk
    case = _first(desk, "SELECT id FROM complaints WHERE status NOT IN ('answered', 'closed') "
                        "ORDER BY id") or _first(desk, "SELECT id FROM complaints ORDER BY id")
    closed = _first(desk, "SELECT id FROM complaints WHERE status = 'closed' ORDER BY id")
    incident = _first(desk, "SELECT id FROM incidents WHERE status NOT IN ('closed') "
                            "ORDER BY id")
    any_incident = incident or _first(desk, "SELECT id FROM incidents ORDER BY id")
    yield "first-run", lambda: _first_run(window, errors=False)
    yield "first-run-errors", lambda: _first_run(window, errors=True)
    yield "about", window.about_dialog
    yield "check", window.check_dialog
    yield "unlock", lambda: _passphrase(window, unlock=True)
    yield "new-passphrase", lambda: _passphrase(window, unlock=False)
    yield "register-entry", lambda: _register_entry(window)
    yield "custom-item", lambda: _custom_item(window)
    yield "register-import", lambda: _register_import(window, scratch)
    yield "policy-import", lambda: _policy_import(window, scratch)
    yield "policy-gaps", lambda: _policy_gaps(window)
    yield "day-off", lambda: window.view("settings").calendar.day_dialog("day_off")
    yield "complaint-intake", lambda: _complaint_intake(window)
    from dpo_desk.ui.dialogs.complaint_step import STEP_DIALOGS

    for step in STEP_DIALOGS:
        shown = closed if step == "erase" and closed else case
        if shown:
            yield (f"complaint-step-{step}",
                   lambda step=step, shown=shown: _complaint_step(
                       window, step, complaints.get(desk, shown)))
    if case:
        yield "complaint-letter", lambda: _document(window, "acknowledge", case)
    from dpo_desk.ui.dialogs.reminder import due_cases

    if any(due_cases(desk)):
        yield "reminder", lambda: _reminder(window)
    if any_incident:
        yield "incident-form", lambda: _incident_form(window, any_incident)
        yield "exposed-items", lambda: _incident_form(window, any_incident, exposed=True)
    yield "incident-form-new", lambda: _incident_form(window, None)
    from dpo_desk.ui.dialogs.incident_step import STEPS_WITH_DIALOG

    if incident:
        for state in STEPS_WITH_DIALOG:
            yield (f"incident-step-{state}",
                   lambda state=state: _incident_step(window, incident, state))
    yield "evidence", lambda: _evidence(window)
    if any_incident:
        yield "incident-document", lambda: _document(window, "authority", any_incident)
        yield "public-notice", lambda: _public_notice(window, any_incident)
        packet = scratch / "goi-ho-so-su-co.zip"
        yield "packet-export", lambda: _packet_export(window, any_incident, packet)
        yield "packet-verify", lambda: _packet_verify(window, packet)
        yield "incident-reminder", lambda: _incident_reminder(window, any_incident)


def _first(desk, sql: str, params=()) -> int | None:
    rows = desk.rows(sql, params)
    return rows[0]["id"] if rows else None


REPLY = ("Công ty đã xóa số điện thoại và địa chỉ giao hàng của Ông/Bà khỏi danh sách nhận tin "
         "khuyến mại từ ngày 30/11/2026.")
STEP_REASON = "Chờ người yêu cầu gửi bản sao căn cước để xác minh danh tính (email ngày 28/11)."
LATE_REASON = ("Chờ bên xử lý dữ liệu xác nhận phạm vi dữ liệu bị lộ trước khi gửi thông báo "
               "(email của nhà cung cấp ngày 24/10).")
SAMPLE_TEXT = ("Khách hàng gọi tổng đài ngày 28/11 đề nghị xóa số điện thoại và địa chỉ giao "
               "hàng khỏi danh sách nhận tin khuyến mại; đã đối chiếu với hợp đồng số "
               "HĐ-2026/114.")


def _fill_blanks(dialog, text: str = SAMPLE_TEXT) -> None:
    """Every empty text box of a step given a sentence, as the DPO would write one."""
    from PySide6.QtWidgets import QPlainTextEdit

    for edit in dialog.findChildren(QPlainTextEdit):
        if not edit.toPlainText() and not edit.isReadOnly():
            edit.setPlainText(text)


def _first_run(window, *, errors: bool):
    dialog = FirstRunDialog(window.desk, window)
    if not errors:
        dialog.form.set_values({})
        return dialog
    dialog.form.set_values({"company_name": "Công ty TNHH Sen Vàng", "tax_code": "03123",
                            "address": "", "dpo_name": "Nguyễn Thị Lan",
                            "dpo_phone": "12", "dpo_email": "lan@"})
    try:
        settings.validate(dialog.form.values())
    except ValidationError as error:
        dialog.form.show_errors(error)
    return dialog


def _passphrase(window, *, unlock: bool):
    from dpo_desk.ui.dialogs.passphrase import NewPassphraseDialog, UnlockDialog

    return (UnlockDialog if unlock else NewPassphraseDialog)(Path(window.desk.path), window)


def _register_entry(window):
    """The entry editor showing its errors."""
    from dpo_desk.core import register

    editor = window.view("register").entry_dialog(None)
    editor.set_values({"name": "Khách hàng thân thiết", "subjects": ["customers"],
                       "items": ["B01", "PHONE", "EMAIL", "CCCD_IMAGE"],
                       "legal_basis": "agreement", "cross_border": True})
    try:
        register.clean(window.desk, editor.values())
    except ValidationError as error:
        editor.show_errors(error)
    return editor


def _custom_item(window):
    from dpo_desk.ui.dialogs.custom_item import CustomItemDialog

    return CustomItemDialog(window.desk, "Cỡ giày", window)


def _register_import(window, scratch: Path):
    """The import preview of a sample file."""
    sample = scratch / "danh-muc-du-lieu.csv"
    sample.write_text(SAMPLE_CSV, encoding="utf-8")
    dialog = window.view("register").import_dialog(str(sample))
    dialog.wait_until_idle()
    return dialog


def _policy_import(window, scratch: Path):
    sample = scratch / "chinh-sach-bao-mat.txt"
    sample.write_text(SAMPLE_POLICY, encoding="utf-8")
    dialog = window.view("register").policy_dialog(str(sample))
    return dialog


def _policy_gaps(window):
    from dpo_desk.ui.dialogs.policy_gaps import PolicyGapsDialog

    return PolicyGapsDialog(window.desk, window)


def _complaint_intake(window):
    from dpo_desk.ui.dialogs.complaint_intake import ComplaintIntakeDialog

    dialog = ComplaintIntakeDialog(window.desk, window)
    dialog.name.setText("Trần Minh Khoa")
    dialog.contact.setText("khoa.tran@example.vn · 0903 112 358")
    dialog.summary.setPlainText(SAMPLE_TEXT)
    return dialog


def _complaint_step(window, step: str, case: dict):
    from dpo_desk.ui.dialogs.complaint_step import STEP_DIALOGS

    dialog = STEP_DIALOGS[step](window.desk, case, window)
    _fill_blanks(dialog, REPLY if step == "answered" else STEP_REASON)
    return dialog


def _reminder(window):
    from dpo_desk.ui.dialogs.reminder import ReminderDialog, due_cases

    overdue, soon, unacknowledged = due_cases(window.desk)
    return ReminderDialog(overdue, soon, window, unacknowledged=unacknowledged)


def _incident_form(window, incident_id: int | None, *, exposed: bool = False):
    """The form; with `exposed`, scrolled to the personal data concerned (ExposedItems)."""
    dialog = window.view("incidents").form_dialog(incident_id)
    if exposed:
        dialog.show()
        QApplication.processEvents()
        dialog.scroll.ensureWidgetVisible(dialog.exposed, 0, 0)
    return dialog


def _incident_step(window, incident_id: int, state: str):
    from dpo_desk.ui.dialogs.incident_step import IncidentStepDialog

    dialog = IncidentStepDialog(window.desk, incident_id, state, window)
    _fill_blanks(dialog, LATE_REASON)
    return dialog


def _evidence(window):
    """The title of an incident's file: the first stored, else a sample (never saved)."""
    from dpo_desk.ui.dialogs.evidence import EvidenceDialog

    rows = window.desk.rows("SELECT id, filename, title, with_notice FROM attachments "
                            "WHERE owner_table = 'incidents' ORDER BY id LIMIT 1")
    attachment = rows[0] if rows else {
        "id": 0, "filename": "anh-chup-man-hinh-email-gui-nham.png",
        "title": "Ảnh chụp màn hình email gửi nhầm danh sách khách hàng", "with_notice": 1}
    return EvidenceDialog(window.desk, attachment, window)


def _document(window, kind: str, record_id: int):
    """A letter or notice, made and previewed."""
    from dpo_desk.ui.dialogs.document import DocumentDialog

    dialog = DocumentDialog(window.desk, kind, record_id, window)  # made as it opens
    dialog.wait_until_idle()
    return dialog


def _public_notice(window, incident_id: int):
    from dpo_desk.ui.dialogs.document import PublicNoticeDialog

    return PublicNoticeDialog(window.desk, incident_id, window)


def _packet_export(window, incident_id: int, target: Path):
    """The packet written to a scratch file, as the dialog says when it is done."""
    from dpo_desk.ui.dialogs.packet import PacketExportDialog

    dialog = PacketExportDialog(window.desk, incident_id, window)
    dialog.start(target)
    dialog.wait_until_idle()
    return dialog


def _packet_verify(window, packet: Path):
    """That packet checked."""
    from dpo_desk.core import signing
    from dpo_desk.ui.dialogs.packet import PacketVerifyDialog

    dialog = PacketVerifyDialog(window, company_key=signing.fingerprint(window.desk))
    if packet.exists():
        dialog.start(packet)
        dialog.wait_until_idle()
    return dialog


def _incident_reminder(window, incident_id: int):
    from dpo_desk.core import incidents
    from dpo_desk.ui.dialogs.incident_reminder import IncidentReminderDialog, awaiting

    pending = awaiting(window.desk) or [incidents.get(window.desk, incident_id)]
    return IncidentReminderDialog(pending, window)


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

SAMPLE_POLICY = """CHÍNH SÁCH BẢO VỆ DỮ LIỆU CÁ NHÂN

1. Dữ liệu chúng tôi thu thập
Khi quý khách đặt hàng, chúng tôi thu thập họ và tên, số điện thoại, địa chỉ email và địa chỉ
giao hàng. Khi quý khách thanh toán trực tuyến, chúng tôi lưu số tài khoản ngân hàng.

2. Mục đích xử lý
Dữ liệu được dùng để giao hàng, chăm sóc khách hàng và gửi thông tin khuyến mại khi quý khách
đồng ý.

3. Chia sẻ dữ liệu
Chúng tôi chia sẻ họ tên, số điện thoại và địa chỉ với đơn vị vận chuyển Giao Hàng Nhanh.

4. Thời gian lưu trữ
Dữ liệu được lưu trong 5 năm kể từ giao dịch cuối cùng.
"""
