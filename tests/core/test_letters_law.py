"""Letters that carry the law (issue 15 point 7, DOMAIN D3.8-D3.9): the procedure of each
request kind in the acknowledgement, refusals with reasons and recourse, the reply of a
closed case, the extension notice, the request for proof of identity, citations in the
order of each language, and a signature that never stands alone on a page. Real database,
real PDFs read back with pypdf."""

import re
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from dpo_desk.core import clock, complaints, demo, letters, rules
from dpo_desk.core.errors import ValidationError
from tests.core.test_letters import pdf_text

REQUESTER = "Phạm Minh Tuấn"
LAW_91 = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"


@pytest.fixture
def profile(desk):
    """The demo company (Sen Vàng), on Wednesday 25 November 2026."""
    clock.freeze(datetime(2026, 11, 25, 3, 0, tzinfo=UTC))
    return demo.fill(desk)


def case(desk, kind: str, received: str = "2026-11-23", **more) -> int:
    return complaints.create(desk, {
        "received_on": received, "channel": "email", "requester_name": REQUESTER,
        "requester_contact": "tuan.pham@gmail.com", "kind": kind, "complexity": "complex",
        "summary": "Yêu cầu về dữ liệu tài khoản mua hàng", **more})


def acknowledgement(desk, case_id, tmp_path, language="vi") -> str:
    return pdf_text(letters.acknowledge(desk, case_id, tmp_path / f"ack-{language}.pdf",
                                        language=language))


# -- the acknowledgement states the procedure of its kind (Decree 356 Art. 5(2)-(5)) ------
# received Mon 23/11/2026; each kind's own words, its date ("thực hiện ... chậm nhất vào
# ngày", the law's days from Art. 5: 10 for access, 20 for deletion, 15 for the others,
# rolled past a weekend), its one extension and its article
PROCEDURES = {
    "access": ("cho Ông/Bà xem dữ liệu cá nhân của Ông/Bà mà chúng tôi đang xử lý",
               "03/12/2026", 10, "khoản 3 Điều 5"),
    "provide": ("cung cấp bản sao dữ liệu cá nhân của Ông/Bà dưới dạng tệp điện tử có mật "
                "khẩu", "03/12/2026", 10, "khoản 3 Điều 5"),
    "correction": ("Ông/Bà cho biết dữ liệu cần chỉnh sửa và thông tin đúng",
                   "03/12/2026", 10, "khoản 3 Điều 5"),
    "deletion": ("chúng tôi xóa dữ liệu cá nhân của Ông/Bà trên các hệ thống của mình",
                 "08/12/2026", 20, "khoản 4 Điều 5"),  # the promise (15 days) binds
    "withdraw_consent": ("ngừng xử lý dữ liệu cá nhân của Ông/Bà dựa trên sự đồng ý đã rút "
                         "lại", "08/12/2026", 15, "khoản 2 Điều 5"),
    "restriction": ("hạn chế xử lý dữ liệu cá nhân của Ông/Bà trong phạm vi Ông/Bà yêu cầu",
                    "08/12/2026", 15, "khoản 2 Điều 5"),
    "objection": ("ngừng xử lý dữ liệu cá nhân của Ông/Bà cho mục đích Ông/Bà phản đối",
                  "08/12/2026", 15, "khoản 2 Điều 5"),
    "protection": ("xem xét biện pháp bảo vệ Ông/Bà đề nghị", "08/12/2026", 15,
                   "khoản 5 Điều 5"),
}
NO_CONSENT_KINDS = ("withdraw_consent", "restriction", "objection")


@pytest.mark.parametrize("kind", list(PROCEDURES))
def test_the_acknowledgement_gives_the_procedure_of_its_kind(desk, profile, tmp_path, kind):
    how, by, extension, article = PROCEDURES[kind]
    case_id = case(desk, kind)
    assert complaints.get(desk, case_id)["due"] == "-".join(reversed(by.split("/")))
    text = acknowledgement(desk, case_id, tmp_path)
    assert "Thủ tục thực hiện yêu cầu của Ông/Bà như sau:" in text
    assert "Xác minh danh tính:" in text and "văn bản ủy quyền" in text
    assert "Cách thức thực hiện:" in text and how in text
    others = [p[0] for k, p in PROCEDURES.items() if p[0] != how]
    assert not [other for other in others if other in text]  # only its own kind's
    assert f"chúng tôi sẽ thực hiện yêu cầu của Ông/Bà chậm nhất vào ngày {by}" in text
    assert f"gia hạn một lần, không quá {extension} ngày" in text
    assert f"quy định tại {article} Nghị định số 356/2025/NĐ-CP" in text
    exception = f"không cần sự đồng ý của chủ thể dữ liệu theo quy định tại Điều 19 {LAW_91}"
    assert (exception in text) == (kind in NO_CONSENT_KINDS)


def test_a_complaint_is_settled_by_the_companys_promise(desk, profile, tmp_path):
    text = acknowledgement(desk, case(desk, "complaint"), tmp_path)
    assert "Thủ tục thực hiện yêu cầu" not in text and "Xác minh danh tính" not in text
    assert "Chúng tôi sẽ xem xét, giải quyết và trả lời Ông/Bà chậm nhất vào ngày " \
           "08/12/2026" in text  # 15 calendar days, the complex promise
    assert "Nghị định" not in text


def test_a_2025_request_states_decree_13s_procedure(desk, profile, tmp_path):
    """DOMAIN D3.7: a deletion received on 01/12/2025: 72 hours (Art. 16(5)), no extension;
    a withdrawal of consent then: no legal deadline, Decree 13 Art. 17 for the processing
    without consent."""
    deletion = case(desk, "deletion", received="2025-12-01")
    text = acknowledgement(desk, deletion, tmp_path)
    assert "thực hiện yêu cầu của Ông/Bà chậm nhất vào ngày 04/12/2025" in text or \
        "trong thời gian sớm nhất" in text  # acknowledged after the 72 hours: no past date
    letters_on = letters.acknowledge(desk, deletion, tmp_path / "on-time.pdf",
                                     on=date(2025, 12, 2))
    text = pdf_text(letters_on)
    assert "thực hiện yêu cầu của Ông/Bà chậm nhất vào ngày 04/12/2025" in text
    assert "theo quy định tại khoản 5 Điều 16 Nghị định số 13/2023/NĐ-CP" in text
    assert "Gia hạn:" not in text and "356/2025" not in text
    withdrawal = case(desk, "withdraw_consent", received="2025-12-01")
    text = pdf_text(letters.acknowledge(desk, withdrawal, tmp_path / "w.pdf",
                                        on=date(2025, 12, 2)))
    assert "theo quy định tại Điều 17 Nghị định số 13/2023/NĐ-CP" in text
    assert "Điều 19" not in text and "Nghị định số 356" not in text


def test_the_crossover_request_keeps_decree_13_and_the_english_order(desk, profile,
                                                                     tmp_path):
    """Received 30/12/2025 (Decree 13's 72 hours: 02/01/2026), acknowledged 31/12/2025."""
    case_id = case(desk, "access", received="2025-12-30")
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "en.pdf", language="en",
                                        on=date(2025, 12, 31)))
    assert "we will carry out your request no later than 02/01/2026" in text
    assert "This is the time limit set by Article 14(3) of Decree No. 13/2023/NĐ-CP" in text
    assert "Extension:" not in text


# -- refusals: reasons and recourse (DOMAIN D3.9) -----------------------------------------

def test_a_refusal_gives_reasons_and_recourse(desk, profile, tmp_path):
    case_id = case(desk, "deletion")
    complaints.transition(desk, case_id, "answered",
                          reply_text="Dữ liệu hóa đơn phải được lưu giữ theo luật kế toán.")
    complaints.transition(desk, case_id, "rejected", reason="Dữ liệu thuộc diện phải lưu giữ")
    vi = pdf_text(letters.reply(desk, case_id, tmp_path / "vi.pdf"))
    for expected in ("Kết quả giải quyết: yêu cầu không được chấp nhận",
                     "Lý do: Dữ liệu thuộc diện phải lưu giữ.",
                     "Ông/Bà có quyền khiếu nại, tố cáo đến Cơ quan chuyên trách bảo vệ dữ "
                     "liệu cá nhân, Bộ Công an", "khởi kiện tại Tòa án có thẩm quyền",
                     f"theo quy định tại điểm đ khoản 1 Điều 4 {LAW_91}"):
        assert expected in vi, expected
    en = pdf_text(letters.reply(desk, case_id, tmp_path / "en.pdf", language="en"))
    assert "you may lodge a complaint or a denunciation with the specialised personal " \
           "data protection agency of the Ministry of Public Security" in en
    assert "Article 4(1)(đ) of the Law on Personal Data Protection No. 91/2025/QH15" in en


def test_a_refusal_dated_in_2025_cites_decree_13(desk, profile, tmp_path):
    case_id = case(desk, "objection", received="2025-12-01")
    complaints.transition(desk, case_id, "rejected", reason="Không có căn cứ",
                          at="2025-12-02")
    text = pdf_text(letters.reply(desk, case_id, tmp_path / "r.pdf"))
    assert "ngày 02 tháng 12 năm 2025" in text
    assert "theo quy định tại khoản 9 và khoản 10 Điều 9 Nghị định số 13/2023/NĐ-CP" in text
    assert "91/2025" not in text


def test_a_completed_case_has_no_recourse_paragraph(desk, profile, tmp_path):
    case_id = case(desk, "access")
    complaints.transition(desk, case_id, "answered", reply_text="Chúng tôi gửi kèm dữ liệu.")
    complaints.transition(desk, case_id, "completed")
    text = pdf_text(letters.reply(desk, case_id, tmp_path / "r.pdf"))
    assert "yêu cầu đã được thực hiện" in text and "khởi kiện" not in text


def test_a_refusal_set_directly_keeps_its_reply_text(desk, profile, tmp_path):
    case_id = case(desk, "correction")
    closed = complaints.transition(desk, case_id, "rejected", reason="Thông tin đã chính xác",
                                   reply_text="Thông tin của Ông/Bà khớp với hợp đồng đã ký.")
    assert closed["status"] == "closed" and closed["reply_text"] == \
        "Thông tin của Ông/Bà khớp với hợp đồng đã ký."
    text = pdf_text(letters.reply(desk, case_id, tmp_path / "r.pdf"))
    assert "Thông tin của Ông/Bà khớp với hợp đồng đã ký." in text
    assert "Lý do: Thông tin đã chính xác." in text and "khởi kiện" in text


def test_a_closed_case_without_a_reply_text_gets_its_reply_letter(desk, profile, tmp_path):
    case_id = case(desk, "access")
    with pytest.raises(ValidationError):  # open: the reply text is what the letter says
        letters.reply(desk, case_id, tmp_path / "open.pdf")
    complaints.transition(desk, case_id, "withdrawn", at="2026-11-24")
    text = pdf_text(letters.reply(desk, case_id, tmp_path / "r.pdf"))
    assert "ngày 24 tháng 11 năm 2026" in text
    assert f"Hồ sơ số {case_id} đã được đóng ngày 24/11/2026" in text
    assert "Ông/Bà đã rút lại yêu cầu" in text and "khởi kiện" not in text


# -- the extension notice and the identity request -----------------------------------------

def test_the_extension_notice(desk, profile, tmp_path):
    case_id = case(desk, "deletion")
    with pytest.raises(ValidationError) as caught:
        letters.extension_notice(desk, case_id, tmp_path / "none.pdf")
    assert caught.value.for_field("extension_days") and not (tmp_path / "none.pdf").exists()
    clock.freeze(datetime(2026, 12, 1, 3, 0, tzinfo=UTC))
    extended = complaints.extend(desk, case_id, 20, "Cần đối chiếu dữ liệu với ba đối tác")
    assert (extended["original_due"], extended["due"]) == ("2026-12-08", "2026-12-28")
    clock.freeze(datetime(2026, 12, 4, 3, 0, tzinfo=UTC))  # made later: dated 01/12
    vi = pdf_text(letters.extension_notice(desk, case_id, tmp_path / "vi.pdf"))
    for expected in ("THÔNG BÁO", "Về việc gia hạn thời hạn giải quyết yêu cầu xóa dữ liệu",
                     "ngày 01 tháng 12 năm 2026", "Số: 01/2026/TB-BVDLCN",
                     "Lý do gia hạn Cần đối chiếu dữ liệu với ba đối tác",
                     "Thời gian gia hạn 20 ngày", "Thời hạn ban đầu 08/12/2026",
                     "Thời hạn sau khi gia hạn 28/12/2026",
                     "thực hiện yêu cầu của Ông/Bà chậm nhất vào ngày 28/12/2026",
                     "gia hạn một lần, không quá 20 ngày, theo quy định tại khoản 4 Điều 5 "
                     "Nghị định số 356/2025/NĐ-CP"):
        assert expected in vi, expected
    assert letters.late_letter(desk, case_id, "extension") is None
    en = pdf_text(letters.extension_notice(desk, case_id, tmp_path / "en.pdf", language="en"))
    assert "New time limit 28/12/2026" in en and \
        "under Article 5(4) of Decree No. 356/2025/NĐ-CP" in en
    with pytest.raises(ValidationError) as caught:
        letters.extension_notice(desk, case_id, tmp_path / "early.pdf", on=date(2026, 11, 30))
    assert caught.value.for_field("date")
    # dated after the deadline it extends: made, and late
    assert letters.late_letter(desk, case_id, "extension", date(2026, 12, 9)) == (
        date(2026, 12, 9), date(2026, 12, 8))


def test_the_identity_request(desk, profile, tmp_path):
    case_id = case(desk, "provide")
    vi = pdf_text(letters.identity_request(desk, case_id, tmp_path / "vi.pdf"))
    for expected in ("Về việc đề nghị xác minh danh tính người yêu cầu",
                     "ngày 25 tháng 11 năm 2026", "mã xác nhận",
                     "giấy tờ tùy thân bản gốc", "văn bản ủy quyền",
                     "Thời hạn giải quyết vẫn được tính từ ngày tiếp nhận và kết thúc vào ngày "
                     "03/12/2026", "không thể thực hiện yêu cầu"):
        assert expected in vi, expected
    en = pdf_text(letters.identity_request(desk, case_id, tmp_path / "en.pdf", language="en"))
    assert "REQUEST FOR PROOF OF IDENTITY" in en and "ends on 03/12/2026" in en


# -- citations in the order of each language ---------------------------------------------

OLD_ORDER = re.compile(r"(Nghị định|Luật)[^,.;()]{0,60}, Điều \d+")


def test_citations_follow_the_order_of_each_language(desk, profile, tmp_path):
    for deadline in [*rules.LEGAL_DEADLINES.values(), *rules.DECREE_13_DEADLINES.values()]:
        if deadline is not None:
            assert re.fullmatch(r"(điểm \w+ )?khoản \d+ Điều \d+ Nghị định số "
                                r"\d+/20\d\d/NĐ-CP", deadline.source), deadline.source
    assert letters.legal_source("điểm b khoản 6 Điều 9 Nghị định số 13/2023/NĐ-CP", "en") == \
        "Article 9(6)(b) of Decree No. 13/2023/NĐ-CP"
    assert letters.legal_source("khoản 3 Điều 5 Nghị định số 356/2025/NĐ-CP", "vi") == \
        "khoản 3 Điều 5 Nghị định số 356/2025/NĐ-CP"
    assert rules.vietnamese_order("Điều 4 khoản 1 điểm đ") == "điểm đ khoản 1 Điều 4"
    case_id = case(desk, "objection")
    for language in letters.LANGUAGES:
        text = acknowledgement(desk, case_id, tmp_path, language)
        assert not OLD_ORDER.search(text), OLD_ORDER.search(text)
        assert not re.search(r"Decree No\. [^ ]+, Article", text)


# -- the signature never stands alone on a page --------------------------------------------

def test_the_signature_keeps_the_end_of_the_text_on_its_page(desk, profile, tmp_path):
    """Replies that grow a line at a time: whichever page the signature falls on, it
    carries the closing and the last line of the text above it (the DPO's e-mail)."""
    case_id = case(desk, "access")
    complaints.transition(desk, case_id, "answered", reply_text="Trả lời.")
    dpo_email = profile["dpo_email"]
    moved = 0
    for lines in range(12, 34):
        reply = "\n\n".join(f"Nội dung trả lời đoạn {n}." for n in range(lines))
        desk.update(complaints.TABLE, case_id, {"reply_text": reply})
        pages = [p.extract_text() for p in PdfReader(
            letters.reply(desk, case_id, tmp_path / f"r{lines}.pdf")).pages]
        [signed] = [n for n, page in enumerate(pages) if "Trân trọng./." in page and
                    profile["dpo_name"] in page.split("Trân trọng./.")[-1]]
        assert f"Email: {dpo_email}" in pages[signed], (lines, pages[signed][:200])
        moved += signed > 0 and f"đoạn {lines - 1}." not in pages[signed]
    assert moved  # some of them broke the page just before the end of the text
