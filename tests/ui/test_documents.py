"""Documents in the GUI, on a real database with real PDFs: the PDF preview (pages rendered
with pdfium, saved byte for byte, printed a page per sheet), the letters of the complaints
screen, the breach documents of the incidents screen (missing facts named, a draft on
demand), the public notice text, and incident packets exported through the worker and
verified. Checks read object names, states and the PDFs' text, never the wording of the
interface."""

from __future__ import annotations

import io
import unicodedata
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from dpo_desk.core import clock, complaints, demo, incidents, letters, packets
from dpo_desk.ui.app import apply_preferences, build_window
from dpo_desk.ui.dialogs.incident_form import WORDS
from dpo_desk.ui.pdf_preview import PdfPreviewDialog
from tests.ui.conftest import close_now

WATERMARK = "BẢN NHÁP / DRAFT"
THIN_TITLE = "Tài khoản quản trị website đăng nhập bất thường"  # the demo's unfinished one


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def ink(image: QImage) -> int:
    """How many sampled pixels are dark: zero for a blank page."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return sum(1 for y in range(0, gray.height(), 3) for x in range(0, gray.width(), 3)
               if gray.pixelColor(x, y).value() < 128)


@pytest.fixture
def filled(desk):
    demo.fill(desk, seed=1, complaints=20)
    return desk


@pytest.fixture
def window(app, qtbot, filled):
    apply_preferences(app, filled)
    main = build_window(filled)
    main.show()
    qtbot.waitExposed(main)
    qtbot.waitUntil(lambda: main.started)  # shortcuts, first view: right after the paint
    yield main
    for widget in QApplication.topLevelWidgets():
        if widget is not main and widget.isVisible():
            widget.close()
    main.desk.unsubscribe(main._on_data_changed)
    close_now(main)


def new_case(desk) -> int:
    """A case just received: no reply written yet."""
    return complaints.create(desk, {
        "received_on": clock.today().isoformat(), "channel": "email",
        "requester_name": "Trần Thị Bích", "requester_contact": "bich@example.vn",
        "kind": "access", "complexity": "simple", "summary": "Xin bản sao dữ liệu"})


@pytest.fixture
def complaints_view(window):
    window.show_view("complaints")
    view = window.view("complaints")
    view.show_case(new_case(window.desk))
    return view


def incident_id(desk, title: str) -> int:
    return next(i["id"] for i in incidents.list_incidents(desk) if i["title"] == title)


def complete_incident(desk) -> int:
    return next(i["id"] for i in incidents.list_incidents(desk)
                if not incidents.missing_notice_facts(desk, i))


@pytest.fixture
def incidents_view(window):
    window.show_view("incidents")
    return window.view("incidents")


# -- the preview --------------------------------------------------------------------------

def test_the_preview_renders_every_page_and_saves_the_same_bytes(app, qtbot, filled, tmp_path):
    source = tmp_path / "notice.pdf"
    letters.authority_notice(filled, complete_incident(filled), source)
    data = source.read_bytes()
    dialog = PdfPreviewDialog(title="notice")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.load_bytes(data) == page_count(data) > 1
    images = dialog.pages()
    assert len(images) == dialog.page_count() == page_count(data)
    assert all(not image.isNull() and image.width() > 300 for image in images)
    assert all(ink(image) > 100 for image in images)  # text on every page
    saved = dialog.save_to(tmp_path / "copy.pdf")
    assert saved.read_bytes() == data
    label = dialog.preview.page_label.text()
    assert str(page_count(data)) in label


def test_zoom_steps_and_fit_width(app, qtbot, filled, tmp_path):
    source = tmp_path / "letter.pdf"
    case = complaints.list_cases(filled, complaints.Query(order_by="id"), limit=1)[0]
    letters.acknowledge(filled, case["id"], source)
    dialog = PdfPreviewDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load_bytes(source.read_bytes())
    preview = dialog.preview
    assert preview.fit_width and preview.fit_button.isChecked()
    fitted = preview.pixels_per_point()
    preview.step_zoom(1)
    assert not preview.fit_width and preview.pixels_per_point() > fitted
    preview.step_zoom(-1)
    preview.step_zoom(-1)
    assert preview.pixels_per_point() < fitted
    preview.fit_button.click()
    assert preview.fit_width and abs(preview.pixels_per_point() - fitted) < 1e-6


def test_printing_paints_each_page_on_its_own_sheet(app, qtbot, filled, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    source = tmp_path / "notice.pdf"
    letters.authority_notice(filled, complete_incident(filled), source)
    dialog = PdfPreviewDialog()
    qtbot.addWidget(dialog)
    count = dialog.load_bytes(source.read_bytes())
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == count


# -- complaint letters --------------------------------------------------------------------

def test_the_acknowledge_button_previews_the_letter_to_the_requester(complaints_view, qtbot,
                                                                      tmp_path):
    view = complaints_view
    assert view.detail.case is not None
    button = view.detail.letter_buttons["acknowledge"]
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = view.document_dialog
    dialog.wait_until_idle()
    assert dialog.state == "shown" and dialog.isVisible() and not dialog.draft
    assert dialog.preview.page_count() >= 1
    text = pdf_text(dialog.save_to(tmp_path / "ack.pdf"))
    assert view.detail.case["requester_name"] in text


def test_a_reply_letter_without_reply_text_is_refused_and_offers_no_draft(complaints_view):
    view = complaints_view
    assert not view.detail.case["reply_text"]
    dialog = view.open_letter("reply")
    dialog.wait_until_idle()
    assert dialog.state == "refused" and dialog.missing == ["reply_text"]
    assert not dialog.draft_button.isVisible()
    assert not dialog.preview.has_document()


def test_the_letter_language_can_be_switched(complaints_view, tmp_path):
    dialog = complaints_view.open_letter("acknowledge")
    dialog.wait_until_idle()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.wait_until_idle()
    assert dialog.state == "shown"
    assert "ACKNOWLEDGEMENT" in pdf_text(dialog.save_to(tmp_path / "en.pdf")).upper()


# -- breach documents ---------------------------------------------------------------------

def test_the_authority_notice_names_missing_facts_then_makes_a_draft(incidents_view, qtbot,
                                                                     tmp_path):
    view = incidents_view
    thin = incident_id(view.desk, THIN_TITLE)
    assert view.show_incident(thin)
    qtbot.mouseClick(view.detail.document_buttons["authority"], Qt.MouseButton.LeftButton)
    dialog = view.document_dialog
    dialog.wait_until_idle()
    expected = incidents.missing_notice_facts(view.desk, incidents.get(view.desk, thin))
    assert dialog.state == "refused" and dialog.missing == expected
    shown = [dialog.missing_list.item(i).text() for i in range(dialog.missing_list.count())]
    captions = WORDS.captions()
    assert len(shown) == len(expected)
    assert all(captions[key] in line for key, line in zip(expected, shown, strict=True))
    assert dialog.draft_button.isVisible() and not dialog.preview.has_document()

    qtbot.mouseClick(dialog.draft_button, Qt.MouseButton.LeftButton)
    dialog.wait_until_idle()
    assert dialog.state == "shown" and dialog.draft and dialog.draft_banner.isVisible()
    text = pdf_text(dialog.save_to(tmp_path / "draft.pdf"))
    assert WATERMARK in text


def test_minutes_and_subject_notice_of_a_complete_incident(incidents_view, tmp_path):
    view = incidents_view
    incident_id = complete_incident(view.desk)
    detected = datetime.fromisoformat(incidents.get(view.desk, incident_id)["detected_at"])
    # DOMAIN D4.4: the minutes are drawn up from their recorded meeting
    incidents.update(view.desk, incident_id, {
        "minutes_at": (detected + timedelta(hours=2)).isoformat(),
        "minutes_place": "Phòng họp tầng 3"})
    assert view.show_incident(incident_id)
    for kind in ("minutes", "subjects"):
        dialog = view.open_document(kind)
        dialog.wait_until_idle()
        assert dialog.state == "shown" and not dialog.draft, kind
        text = pdf_text(dialog.save_to(tmp_path / f"{kind}.pdf"))
        assert WATERMARK not in text
        dialog.close()


def test_the_public_notice_text_is_copied(incidents_view):
    view = incidents_view
    complete = complete_incident(view.desk)
    assert view.show_incident(complete)
    dialog = view.open_document("public")
    expected = letters.public_notice_text(view.desk, complete)
    assert dialog.text.toPlainText() == expected and dialog.copy_button.isEnabled()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == expected
    dialog.close()

    assert view.show_incident(incident_id(view.desk, THIN_TITLE))
    dialog = view.open_document("public")
    assert dialog.missing and not dialog.copy_button.isEnabled()
    dialog.draft_button.click()
    assert dialog.text.toPlainText().startswith(WATERMARK)


# -- packets ------------------------------------------------------------------------------

def test_a_packet_exported_through_the_worker_verifies(incidents_view, tmp_path):
    view = incidents_view
    assert view.show_incident(complete_incident(view.desk))
    target = tmp_path / "out" / "packet.zip"
    target.parent.mkdir()
    dialog = view.export_packet(target)
    assert dialog.state == "running" and dialog.progress.isVisible()
    dialog.wait_until_idle()
    assert dialog.state == "done" and dialog.written == target
    assert packets.verify(target) == []
    assert dialog.open_folder_button.isVisible()


def test_cancelling_an_export_writes_nothing(incidents_view, tmp_path):
    view = incidents_view
    assert view.show_incident(complete_incident(view.desk))
    target = tmp_path / "packet.zip"
    dialog = view.export_packet(target)
    dialog.cancel_button.click()  # Cancel while it runs: stop, then close
    dialog.wait_until_idle()
    assert dialog.state == "cancelled"
    assert not target.exists() and not list(tmp_path.glob("*packet*"))


def rewritten(good, target, name: str, change):
    """A copy of the packet `good` whose member `name` is `change(data, source zip)`."""
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            out.writestr(info, change(data, source) if info.filename == name else data)
    return target


def test_verify_names_the_altered_file_of_a_tampered_packet(incidents_view, tmp_path):
    view = incidents_view
    good = packets.build(view.desk, complete_incident(view.desk), tmp_path / "good.zip")
    dialog = view.verify_packet(good)
    dialog.wait_until_idle()
    assert dialog.state == "intact" and not dialog.problem_list.isVisible()
    dialog.close()

    tampered = rewritten(good, tmp_path / "tampered.zip", "incident.json",
                         lambda data, _: data.replace(b'"title"', b'"title" ', 1))
    dialog = view.verify_packet(tampered)
    dialog.wait_until_idle()
    assert dialog.state == "damaged"
    assert dialog.problems == packets.verify(tampered) == [
        "altered: incident.json (SHA-256 or size differs from the manifest)"]
    assert dialog.problem_list.count() == 1
    assert "incident.json" in dialog.problem_list.item(0).text()


def test_verify_shows_who_signed_and_whether_it_is_this_company(incidents_view, tmp_path):
    from dpo_desk.core import signing
    from tests.core.test_packet_verify import signature_of

    view = incidents_view
    good = packets.build(view.desk, complete_incident(view.desk), tmp_path / "good.zip")
    ours = signing.fingerprint(view.desk)
    dialog = view.verify_packet(good)
    dialog.wait_until_idle()
    assert dialog.state == "intact" and dialog.signer.isVisible()
    assert dialog.verdict.company is True
    assert ours in dialog.signer.text() and dialog.signer.property("tone") == "ok"
    dialog.close()

    foreign = rewritten(good, tmp_path / "foreign.zip", "signature.json",
                        lambda _, source: signature_of(source.read("manifest.json")))
    dialog = view.verify_packet(foreign)
    dialog.wait_until_idle()
    assert dialog.state == "damaged" and dialog.verdict.company is False
    assert dialog.signer.property("tone") == "bad"
    assert dialog.verdict.signer in dialog.signer.text() and ours in dialog.signer.text()
    assert ours in dialog.problem_list.item(0).text()
    dialog.grab().save(str(tmp_path / "foreign.png"))


def test_verify_refuses_a_file_that_is_no_zip(incidents_view, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_text("not a zip")
    dialog = incidents_view.verify_packet(junk)
    dialog.wait_until_idle()
    assert dialog.state == "refused" and dialog.result.isVisible()


def test_a_letter_without_a_company_profile_names_it_and_drafts(app, qtbot, desk, tmp_path):
    from dpo_desk.core import settings
    from dpo_desk.ui.dialogs.document import DocumentDialog, FactNames

    case = new_case(desk)
    missing = settings.missing_essentials(desk)
    assert missing
    dialog = DocumentDialog(desk, "acknowledge", case)
    qtbot.addWidget(dialog)
    dialog.wait_until_idle()
    assert dialog.state == "refused" and dialog.missing == missing
    assert dialog.missing_list.count() == len(missing)
    names = FactNames()
    shown = [dialog.missing_list.item(i).text() for i in range(len(missing))]
    assert all(line.endswith(names.name(key)) and names.name(key) != key
               for key, line in zip(missing, shown, strict=True))  # in words, not keys
    dialog.draft_button.click()
    dialog.wait_until_idle()
    assert dialog.state == "shown" and dialog.draft
    assert WATERMARK in pdf_text(dialog.save_to(tmp_path / "draft.pdf"))


def test_a_letter_dated_after_its_deadline_says_so(complaints_view, tmp_path):
    """DOMAIN D3.9: a case received long ago and never acknowledged: today's letter is late,
    made all the same, with a note; once the step is recorded on its day, the note goes."""
    desk = complaints_view.desk
    old = complaints.create(desk, {
        "received_on": (clock.today() - timedelta(days=30)).isoformat(), "channel": "email",
        "requester_name": "Phạm Văn Cường", "requester_contact": "cuong@example.vn",
        "kind": "access", "complexity": "simple", "summary": "Xin bản sao dữ liệu"})
    complaints_view.show_case(old)
    dialog = complaints_view.open_letter("acknowledge")
    dialog.wait_until_idle()
    assert dialog.state == "shown" and not dialog.late_note.isHidden()
    assert clock.today().strftime("%d/%m/%Y") in dialog.late_note.text()
    dialog.close()
    received = date.fromisoformat(complaints.get(desk, old)["received_on"])
    complaints.transition(desk, old, "acknowledged", at=(received + timedelta(days=1)).isoformat())
    dialog = complaints_view.open_letter("acknowledge")
    dialog.wait_until_idle()
    assert dialog.state == "shown" and dialog.late_note.isHidden()
