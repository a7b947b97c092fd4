"""The review of every document of issue 15 (vi/en, a 2025, a crossover and a 2026 case):
what it found, each on a real database, the documents read back with pypdf, the clock
pinned around 31/12/2025 <-> 01/01/2026."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest

from dpo_desk.core import (
    attachments,
    clock,
    complaints,
    demo,
    documents,
    incidents,
    letters,
    pdf,
    reports,
    settings,
)
from dpo_desk.core.errors import ValidationError
from tests.core.test_incident_letters import FACTS, REGISTRATION, pdf_text

SEVERITY = "Cao: vị trí nơi ở của khách hàng có thể bị kẻ gian dùng để theo dõi"
# a violation of New Year's Eve, found the same afternoon (Decree 13: 72 h from occurrence)
CROSSOVER = {**FACTS, "occurred_at": "2025-12-31T10:00:00+07:00",
             "detected_at": "2025-12-31T16:00:00+07:00",
             "minutes_at": "2026-01-02T09:00:00+07:00", "late_reason": "",
             "exposed_items": ["Họ và tên", "Số điện thoại", "GPS"], "severity": SEVERITY}


def at(text: str) -> None:
    clock.freeze(datetime.fromisoformat(text).astimezone(UTC))


@pytest.fixture
def company(desk):
    """The demo company with its registration, on 05/01/2026 (the incidents are logged
    and handled as they happen, the clock moved to each step)."""
    at("2026-01-05T09:00:00+07:00")
    demo.fill(desk, seed=1, incidents=False, complaints=0)
    settings.update(desk, REGISTRATION)
    return desk


def written(write, desk, record_id, **kw) -> str:
    buffer = io.BytesIO()
    write(desk, record_id, buffer, **kw)
    buffer.seek(0)
    return pdf_text(buffer)


def request(desk, kind: str, received: str) -> int:
    return complaints.create(desk, {
        "received_on": received, "channel": "email", "requester_name": "Đặng Quốc Bảo",
        "requester_contact": "bao.dang@gmail.com", "kind": kind, "complexity": "simple",
        "summary": "Yêu cầu về dữ liệu cá nhân"})


# -- P1: the severity is the DPO's field; the people never read the internal reasoning -----

def test_the_subject_notice_prints_the_dpos_severity_and_not_the_assessment(company):
    crossover = incidents.create(company, CROSSOVER)
    incidents.transition(company, crossover, "authority_notified", channel="portal",
                         at="2026-01-02T14:00:00+07:00")
    incidents.transition(company, crossover, "subjects_notified",
                         at="2026-01-02T16:00:00+07:00")
    kept = incidents.kept_document(company, crossover, "subjects")
    for text in (pdf_text(io.BytesIO(attachments.content(company, kept["id"]))),
                 written(letters.subject_notice, company, crossover, language="en")):
        assert SEVERITY in text
        assert FACTS["assessment"] not in text  # DOMAIN D4.5: internal reasoning
        assert "Đánh giá của chúng tôi" not in text and "Our assessment" not in text
        assert "dữ liệu cá nhân nhạy cảm của" not in text  # no automatic phrase
        assert "sensitive personal data of" not in text


def test_without_a_severity_the_people_cannot_be_told_final(company, tmp_path):
    """A 2026 location breach (Decree 356 Art. 29): the severity is required to tell them."""
    located = incidents.create(company, {**CROSSOVER, "severity": "",
                                         "occurred_at": "2026-01-03T10:00:00+07:00",
                                         "detected_at": "2026-01-03T16:00:00+07:00",
                                         "minutes_at": "2026-01-04T09:00:00+07:00"})
    assert incidents.get(company, located)["subjects_notify_by"]
    incidents.transition(company, located, "authority_notified", channel="portal",
                         at="2026-01-04T14:00:00+07:00")
    with pytest.raises(ValidationError) as caught:
        incidents.transition(company, located, "subjects_notified",
                             at="2026-01-04T16:00:00+07:00")
    assert [e.field for e in caught.value.errors] == ["severity", "file"]
    assert incidents.get(company, located)["status"] == "authority_notified"
    # the draft says what to fill in
    draft = written(letters.subject_notice, company, located)
    assert "BẢN NHÁP / DRAFT" in draft and "Mức độ nghiêm trọng: [cần bổ sung]" in draft
    incidents.update(company, located, {"severity": SEVERITY})
    incidents.transition(company, located, "subjects_notified",
                         at="2026-01-04T16:00:00+07:00")
    assert incidents.get(company, located)["severity"] == SEVERITY


# -- P4: the notice keeps the company's number; the submission reference goes elsewhere ----
# -- P3: the report lists the exposed items and both numbers ---------------------------------

def test_the_reference_never_replaces_the_notice_number_and_the_report_shows_both(
        company, tmp_path):
    crossover = incidents.create(company, CROSSOVER)
    incidents.transition(company, crossover, "authority_notified", channel="portal",
                         at="2026-01-02T14:00:00+07:00", reference="PDP-2026-000123")
    number = documents.find(company, "authority", "incidents", crossover)
    assert number.startswith("01/2026/TB-")  # dated by its sending, 2026's sequence
    kept = incidents.kept_document(company, crossover, "authority")
    sent = pdf_text(io.BytesIO(attachments.content(company, kept["id"])))
    assert f"Số: {number}" in sent and "PDP-2026-000123" not in sent
    for language, words in (("vi", ("Số hiệu thông báo", "Mã tiếp nhận của cơ quan, cổng "
                                    "thông tin", "Dữ liệu cá nhân bị ảnh hưởng")),
                            ("en", ("Number of the notice", "Submission reference (agency "
                                    "or portal)", "Personal data concerned"))):
        text = pdf_text(reports.incidents_report(
            company, tmp_path / f"r-{language}.pdf", language=language,
            start=datetime(2025, 12, 1).date(), end=datetime(2026, 1, 31).date()))
        assert f"{words[0]} {number}" in text
        assert f"{words[1]} PDP-2026-000123" in text
        assert "chưa xác định" not in text and "not known" not in text
        assert SEVERITY in text  # the DPO's own assessment, as the people were told
        data = text[text.index(words[2]):]
        gps = "Vị trí GPS" if language == "vi" else "GPS location"
        assert gps in data[:400]
    # the section's heading stays on the page of its first incident (keep-with-next)
    from pypdf import PdfReader

    pages = [" ".join(p.extract_text().split()) for p in PdfReader(tmp_path / "r-en.pdf").pages]
    [page] = [p for p in pages if "II. THE INCIDENTS IN DETAIL" in p]
    assert f"{crossover}. {CROSSOVER['title']}" in page


# -- P5: the identity-proof request is dated by its step, numbered in that year ------------
# -- P11: a letter shows only what happened up to its own time -----------------------------

def test_the_identity_request_is_dated_by_the_identity_check_step(company, tmp_path):
    at("2026-01-02T12:00:00+07:00")
    case = request(company, "correction", "2025-12-30")
    complaints.transition(company, case, "acknowledged", at="2025-12-31T09:00")
    complaints.transition(company, case, "identity_check", at="2025-12-31T10:00")
    complaints.transition(company, case, "in_progress", at="2026-01-02T09:00")
    at("2026-03-05T09:00:00+07:00")  # printed long after
    text = written(letters.identity_request, company, case)
    assert "ngày 31 tháng 12 năm 2025" in text
    assert documents.find(company, "identity", "complaints", case).endswith(
        "/2025/TB-" + settings.get(company, "document_symbol"))
    assert letters.late_letter(company, case, "identity") is None
    # late when the step came after the binding due date (DOMAIN D3.9: the same warning)
    late = request(company, "correction", "2026-01-05")
    due = complaints.get(company, late)["due"]
    complaints.transition(company, late, "identity_check", at="2026-02-20T10:00")
    assert letters.late_letter(company, late, "identity") == (
        datetime(2026, 2, 20).date(), datetime.fromisoformat(due).date())


def test_an_extension_recorded_later_that_day_is_not_in_the_acknowledgement(company):
    at("2025-12-31T10:00:00+07:00")
    case = request(company, "withdraw_consent", "2025-12-30")
    complaints.transition(company, case, "acknowledged", at="2025-12-31T09:00")
    at("2025-12-31T15:00:00+07:00")
    complaints.extend(company, case, 5, "Cần xác minh với đối tác xử lý dữ liệu tiếp thị")
    extended = complaints.get(company, case)
    text = written(letters.acknowledge, company, case)
    assert "ngày 31 tháng 12 năm 2025" in text
    assert "đã được gia hạn" not in text
    assert letters.pdf.short_date(extended["original_due"]) in text
    assert letters.pdf.short_date(extended["due"]) not in text
    # the extension notice, dated by its own event, tells it
    assert "5 ngày" in written(letters.extension_notice, company, case)


# -- P6: no law, no legal extension ----------------------------------------------------------

@pytest.mark.parametrize(("kind", "received", "wording"), [
    # Decree 13 set neither a deadline nor an extension for a correction: company practice
    ("correction", "2025-12-30", "policy"),
    # Decree 13's 72 hours for an objection: no extension at all
    ("objection", "2025-12-30", "none"),
    # a plain complaint has only the company's promise, in any year
    ("complaint", "2026-01-05", "policy"),
    ("complaint", "2025-12-30", "policy"),
    # from 2026, Decree 356 Art. 5(3): at most 10 days for a correction
    ("correction", "2026-01-05", "law"),
])
def test_the_acknowledgement_words_the_extension_by_the_law_that_applies(
        company, kind, received, wording):
    at("2026-01-05T08:00:00+07:00")
    case = request(company, kind, received)
    text = written(letters.acknowledge, company, case)
    english = written(letters.acknowledge, company, case, language="en")
    law = "không quá 10 ngày theo quy định tại khoản 3 Điều 5 Nghị định số 356/2025/NĐ-CP"
    policy = "Theo quy định nội bộ của"
    assert (law in text) == (wording == "law")
    assert (policy in text) == (wording == "policy")
    assert ("internal rules" in english) == (wording == "policy")
    if wording != "law":
        assert "Nghị định số 356/2025/NĐ-CP" not in text.split("Gia hạn")[-1][:300]
        assert "tùy theo tính chất, mức độ phức tạp" not in text


# -- P7: the translation lists what the kept original lists --------------------------------

def test_the_translation_of_a_kept_notice_lists_the_same_attachments(company, tmp_path):
    crossover = incidents.create(company, CROSSOVER)
    incidents.transition(company, crossover, "authority_notified", channel="portal",
                         at="2026-01-02T14:00:00+07:00")
    # afterwards: the minutes get their number, evidence is added and chosen
    written(letters.minutes, company, crossover)
    minutes_number = documents.find(company, "minutes", "incidents", crossover)
    assert minutes_number
    log = tmp_path / "log.txt"
    log.write_text("log", encoding="utf-8")
    attachments.add(company, "incidents", crossover, log, title="Nhật ký API",
                    with_notice=True)
    kept = incidents.kept_document(company, crossover, "authority")
    original = pdf_text(io.BytesIO(attachments.content(company, kept["id"])))
    english = written(letters.authority_notice, company, crossover, language="en")
    assert minutes_number not in original and minutes_number not in english
    assert "Nhật ký API" not in original and "Nhật ký API" not in english
    assert "a) Minutes confirming the violation" in english
    # a notice not sent yet lists them all
    fresh = incidents.create(company, CROSSOVER)
    written(letters.minutes, company, fresh)
    assert documents.find(company, "minutes", "incidents", fresh) in written(
        letters.authority_notice, company, fresh, language="en", draft=True)


# -- P8: the minutes name the addressee of the form of their day ----------------------------

def test_minutes_of_2026_name_the_form_08_addressee_for_a_decree_13_violation(company):
    crossover = incidents.create(company, CROSSOVER)
    text = written(letters.minutes, company, crossover)
    assert "thông báo vi phạm cho Cơ quan chuyên trách bảo vệ dữ liệu cá nhân, Bộ Công an " \
        "chậm nhất vào 10 giờ 00 phút ngày 03/01/2026" in text
    assert "Cục An ninh mạng" not in text
    # drawn up on New Year's Eve, the notice would still go on Mẫu 03, to the Ministry
    at("2025-12-31T17:00:00+07:00")
    eve = incidents.create(company, {**CROSSOVER, "minutes_at": "2025-12-31T17:00:00+07:00"})
    text = written(letters.minutes, company, eve)
    assert "thông báo vi phạm cho Bộ Công an (Cục An ninh mạng và phòng, chống tội phạm sử " \
        "dụng công nghệ cao) chậm nhất" in text


# -- P9: the reports cite the law in the Vietnamese order -------------------------------------

def test_the_reports_cite_in_the_vietnamese_order(company, tmp_path):
    incidents.create(company, CROSSOVER)
    complaints_text = pdf_text(reports.complaints_report(company, tmp_path / "c.pdf"))
    assert "Điều 5 Nghị định số 356/2025/NĐ-CP cho yêu cầu nhận từ ngày 01/01/2026" in \
        complaints_text
    assert "Nghị định 356/2025/NĐ-CP, Điều 5" not in complaints_text
    text = pdf_text(reports.incidents_report(
        company, tmp_path / "i.pdf", start=datetime(2025, 12, 1).date(),
        end=datetime(2026, 1, 31).date()))
    assert "72 giờ kể từ khi xảy ra (khoản 1 Điều 23 Nghị định số 13/2023/NĐ-CP)" in text
    assert "Nghị định 13/2023/NĐ-CP:" not in text


# -- P10: lines never break inside a word; the signer's title on one line ----------------------

def test_balanced_lines_never_break_inside_a_vietnamese_word():
    style = pdf._styles()["subtitle"]
    title = ("Về việc gia hạn thời hạn giải quyết yêu cầu rút lại sự đồng ý xử lý dữ liệu "
             "cá nhân")
    lines = pdf.balanced(title, style, 160 * 2.8346).split("\n")
    assert len(lines) == 2 and " ".join(lines) == title
    for phrase in ("yêu cầu", "dữ liệu cá nhân", "đồng ý", "thời hạn"):
        assert not any(line.endswith(phrase.split()[0]) and phrase not in line
                       for line in lines), lines
    assert pdf.balanced("CHUYÊN VIÊN BẢO VỆ DỮ LIỆU CÁ NHÂN", pdf._styles()["sign_title"],
                        200).split("\n") == ["CHUYÊN VIÊN BẢO VỆ", "DỮ LIỆU CÁ NHÂN"]


def test_the_signer_title_stands_on_one_line(company, tmp_path):
    from pypdf import PdfReader

    settings.update(company, {"dpo_title": "Chuyên viên bảo vệ dữ liệu cá nhân"})
    case = request(company, "access", "2026-01-05")
    path = letters.acknowledge(company, case, tmp_path / "a.pdf")
    lines = [line.strip() for page in PdfReader(path).pages
             for line in page.extract_text().splitlines()]
    assert "CHUYÊN VIÊN BẢO VỆ DỮ LIỆU CÁ NHÂN" in lines


# -- P12: an unsent notice to the people takes no number --------------------------------------

def test_an_unsent_subject_notice_is_a_draft_and_takes_no_number(company):
    crossover = incidents.create(company, CROSSOVER)
    assert letters.is_draft(company, crossover, "subjects")
    text = written(letters.subject_notice, company, crossover)
    assert "BẢN NHÁP / DRAFT" in text
    assert documents.find(company, "subjects", "incidents", crossover) is None
    incidents.transition(company, crossover, "authority_notified", channel="portal",
                         at="2026-01-02T14:00:00+07:00")
    incidents.transition(company, crossover, "subjects_notified",
                         at="2026-01-02T16:00:00+07:00")
    assert not letters.is_draft(company, crossover, "subjects")
    number = documents.find(company, "subjects", "incidents", crossover)
    assert number.startswith("02/2026/TB-")  # after the notice, dated by the sending
    assert f"Số: {number}" in written(letters.subject_notice, company, crossover)


# -- P13: incident steps in order; "late" as of the step ------------------------------------

def test_incident_steps_follow_each_other_and_lateness_is_judged_at_the_step(company):
    at("2025-12-31T19:00:00+07:00")
    crossover = incidents.create(company, {**CROSSOVER, "minutes_at": None})
    done = incidents.transition(company, crossover, "assessed", decision="notify",
                                at="2025-12-31T18:00:00+07:00")
    with pytest.raises(ValidationError) as caught:
        incidents.transition(company, crossover, "contained", at="2025-12-31T17:00:00+07:00")
    assert [e.field for e in caught.value.errors] == ["at"]
    assert "2025-12-31 18:00" in str(caught.value)
    at("2026-01-05T09:00:00+07:00")  # the deadline (03/01 10:00) has passed since
    done = incidents.get(company, crossover)
    assert done["late"] is True and incidents.late_at_step(done) is False


def test_no_paragraph_leaves_one_line_alone_at_a_page_break(company, tmp_path):
    """Widow and orphan control (review P10): replies that grow a line at a time; wherever a
    paragraph breaks across pages, at least two of its lines stay on each side."""
    from pypdf import PdfReader

    case = request(company, "access", "2026-01-05")
    complaints.transition(company, case, "answered", reply_text="Trả lời.")
    sentence = "Công ty đã kiểm tra dữ liệu cá nhân của Ông/Bà trên các hệ thống của mình"
    broken = 0
    for lead in range(0, 14):
        paragraphs = [f"Đoạn mở đầu số {n}." for n in range(lead)] + [
            f"[P{k}] " + "; ".join([sentence] * 3) + f" (hết P{k})." for k in range(6)]
        company.update(complaints.TABLE, case, {"reply_text": "\n\n".join(paragraphs)})
        path = letters.reply(company, case, tmp_path / f"r{lead}.pdf")
        for page in PdfReader(path).pages:
            lines = [line for line in page.extract_text().splitlines()
                     if not line.startswith(("Trang ", "Nhật ký kiểm tra"))]
            text = "\n".join(lines)
            starts = [n for n, line in enumerate(lines) if "[P" in line]
            ends = [n for n, line in enumerate(lines) if "(hết P" in line]
            if ends and (not starts or ends[0] < starts[0]):  # begins inside a paragraph
                broken += 1
                assert ends[0] >= 1, f"a last line alone at the top:\n{text[:300]}"
            if starts and (not ends or starts[-1] > ends[-1]):  # ends inside one
                assert len(lines) - starts[-1] >= 2, f"a first line alone:\n{text[-300:]}"
    assert broken  # some paragraphs did break across pages
