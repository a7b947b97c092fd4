"""The PDF layer and the complaint letters, on a real database, read back with pypdf."""

import re
import subprocess
import sys
import unicodedata
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from dpo_desk import __version__
from dpo_desk.core import clock, complaints, demo, letters, pdf, settings
from dpo_desk.core.errors import DeskError, ValidationError

REQUESTER = "Nguyễn Thị Hồng Nhung"
CASE = {"received_on": "2026-11-20", "channel": "email", "requester_name": REQUESTER,
        "requester_contact": "nhung.nguyen@gmail.com", "kind": "access",
        "complexity": "complex", "summary": "Xin xem dữ liệu lịch sử mua hàng"}
REPLY = ("Chúng tôi gửi kèm bản sao dữ liệu cá nhân của Ông/Bà.\n\n"
         "Mật khẩu của tệp được gửi riêng qua tin nhắn.")


FOOTER = re.compile(r"\n(?:Trang \d+/\d+|Page \d+ of \d+)\n.*\Z", re.S)


def pdf_text(path) -> str:
    """Every page's text, NFC, whitespace collapsed (pypdf breaks lines where PDF does);
    the page footers ("Trang 1/2", the audit head) after the text, so that a sentence
    running over a page reads whole."""
    pages = [unicodedata.normalize("NFC", page.extract_text()) for page in PdfReader(path).pages]
    bodies = [FOOTER.split(page)[0] for page in pages]
    footers = [page[len(body):] for page, body in zip(pages, bodies, strict=True)]
    return " ".join(" ".join([*bodies, *footers]).split())


@pytest.fixture
def profile(desk):
    """The demo company (Sen Vàng, Ho Chi Minh City), on 25 November 2026."""
    clock.freeze(datetime(2026, 11, 25, 3, 0, tzinfo=UTC))
    return demo.fill(desk)


@pytest.fixture
def case_id(desk, profile):
    return complaints.create(desk, dict(CASE))


def answered(desk, case_id, text=REPLY):
    complaints.transition(desk, case_id, "answered", reply_text=text)
    return case_id


# -- acknowledgement ----------------------------------------------------------------------

def test_acknowledgement_in_vietnamese(desk, profile, case_id, tmp_path):
    out = letters.acknowledge(desk, case_id, tmp_path / "ack.pdf")
    text = pdf_text(out)
    case = complaints.get(desk, case_id)
    assert case["due"] == "2026-11-30" and case["binding"] == "law"  # 10 days, Art. 5(3)
    for expected in (REQUESTER, "nhung.nguyen@gmail.com", profile["company_name"],
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "TP. Hồ Chí Minh, ngày 25 tháng 11 năm 2026", "Số: 01/2026/TB-BVDLCN",
                     f"Số hồ sơ {case_id}", "20/11/2026", "chậm nhất vào ngày 30/11/2026",
                     "yêu cầu xem/truy cập dữ liệu cá nhân", "qua thư điện tử",
                     "theo quy định tại khoản 3 Điều 5 Nghị định số 356/2025/NĐ-CP",
                     f"MST: {profile['tax_code']}", profile["dpo_email"], profile["dpo_phone"],
                     profile["dpo_title"].upper(), "(Ký, ghi rõ họ tên, đóng dấu)",
                     "Trang 1/2"):
        assert expected in text, expected
    assert "BẢN NHÁP" not in text


def test_metadata_names_the_company_and_the_program(desk, profile, case_id, tmp_path):
    meta = PdfReader(letters.acknowledge(desk, case_id, tmp_path / "ack.pdf")).metadata
    assert meta.author == profile["company_name"]
    assert meta.creator == f"DPO Desk {__version__}"
    assert meta.title.startswith("THÔNG BÁO")


def test_acknowledgement_in_english(desk, profile, case_id, tmp_path):
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "ack.pdf", language="en"))
    for expected in (REQUESTER, "ACKNOWLEDGEMENT OF RECEIPT", "SOCIALIST REPUBLIC OF VIETNAM",
                     "Ho Chi Minh City, 25 November 2026", "no later than 30/11/2026",
                     "request to access (view) your personal data",
                     "Article 5(3) of Decree No. 356/2025/NĐ-CP", "Page 1 of 2"):
        assert expected in text, expected
    assert "CỘNG HÒA" not in text


def test_the_language_defaults_to_the_setting(desk, profile, case_id, tmp_path):
    settings.update(desk, {"language": "en"})
    assert "ACKNOWLEDGEMENT OF RECEIPT" in pdf_text(
        letters.acknowledge(desk, case_id, tmp_path / "ack.pdf"))
    with pytest.raises(ValidationError) as caught:
        letters.acknowledge(desk, case_id, tmp_path / "x.pdf", language="fr")
    assert caught.value.for_field("language")


def test_a_complaint_has_only_the_company_promise(desk, profile, tmp_path):
    case_id = complaints.create(desk, CASE | {"kind": "complaint", "complexity": "simple"})
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "ack.pdf"))
    assert "Về việc tiếp nhận khiếu nại" in text
    assert "Nghị định 356" not in text
    assert "xác minh danh tính" not in text  # no request about one's own data


def test_an_earlier_promise_is_said_to_be_earlier_than_the_law(desk, profile, tmp_path):
    case_id = complaints.create(desk, CASE | {"kind": "deletion", "complexity": "simple"})
    case = complaints.get(desk, case_id)
    assert case["binding"] == "policy"
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "ack.pdf"))
    assert f"sớm hơn thời hạn tối đa theo quy định tại khoản 4 Điều 5 Nghị định số " \
           f"356/2025/NĐ-CP (ngày {pdf.short_date(case['legal_due'])})" in text


def test_letters_need_the_company_profile_unless_draft(desk, tmp_path):
    clock.freeze(datetime(2026, 11, 25, 3, 0, tzinfo=UTC))
    case_id = complaints.create(desk, dict(CASE))
    settings.update(desk, {"company_name": "Sen Vàng"})
    with pytest.raises(ValidationError) as caught:
        letters.acknowledge(desk, case_id, tmp_path / "a.pdf")
    assert [e.field for e in caught.value.errors] == ["tax_code", "address", "dpo_name",
                                                       "dpo_phone", "dpo_email"]
    assert not (tmp_path / "a.pdf").exists()
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "a.pdf", draft=True))
    assert "BẢN NHÁP / DRAFT" in text and REQUESTER in text and "Sen Vàng" in text


@pytest.mark.parametrize("language", letters.LANGUAGES)
def test_every_code_has_a_label(language):
    labels = letters.load_labels(language)
    codes = [f"kind.{k}" for k in complaints.KINDS] + [f"channel.{c}" for c in
                                                        complaints.CHANNELS]
    codes += [f"outcome.{o}" for o in complaints.OUTCOMES] + ["signer"]
    assert [c for c in codes if not labels.get(c)] == []
    assert len([k for k in labels if k.startswith("kind.")]) == 10


# -- reply --------------------------------------------------------------------------------

def test_reply_is_refused_without_a_reply_text(desk, profile, case_id, tmp_path):
    with pytest.raises(ValidationError) as caught:
        letters.reply(desk, case_id, tmp_path / "reply.pdf")
    assert caught.value.for_field("reply_text")
    assert "without a reply text are refused" in str(caught.value)
    assert list(tmp_path.glob("reply*")) == [] and list(tmp_path.glob(".*")) == []


def test_reply_with_extension_and_outcome(desk, profile, case_id, tmp_path):
    complaints.extend(desk, case_id, 5, "Cần đối chiếu với đơn vị vận chuyển.")
    complaints.transition(desk, answered(desk, case_id), "completed")
    case = complaints.get(desk, case_id)
    text = pdf_text(letters.reply(desk, case_id, tmp_path / "reply.pdf"))
    for expected in (REQUESTER, "THƯ TRẢ LỜI", "Số: 01/2026/TL-BVDLCN",
                     "Chúng tôi gửi kèm bản sao dữ liệu cá nhân của Ông/Bà.",
                     "Mật khẩu của tệp được gửi riêng qua tin nhắn.",
                     "gia hạn thêm 5 ngày", f"đến ngày {pdf.short_date(case['due'])}",
                     "(thời hạn ban đầu: ngày 30/11/2026)",
                     "vì lý do: Cần đối chiếu với đơn vị vận chuyển.",
                     "Kết quả giải quyết: yêu cầu đã được thực hiện", "Trang 1/1"):
        assert expected in text, expected


def test_reply_of_an_open_case_has_no_outcome(desk, profile, case_id, tmp_path):
    text = pdf_text(letters.reply(desk, answered(desk, case_id), tmp_path / "r.pdf",
                                  language="en"))
    assert "Having considered it, we reply as follows" in text
    assert "Outcome" not in text and "extended" not in text


def test_a_long_reply_runs_over_pages_numbered_x_of_y(desk, profile, case_id, tmp_path):
    long_reply = "\n\n".join(f"Đoạn {i}: " + "nội dung trả lời chi tiết " * 30
                             for i in range(8))
    path = letters.reply(desk, answered(desk, case_id, long_reply), tmp_path / "r.pdf")
    pages = PdfReader(path).pages
    assert len(pages) > 1
    assert f"Trang {len(pages)}/{len(pages)}" in pages[-1].extract_text()
    assert f"Trang 1/{len(pages)}" in pages[0].extract_text()


def test_draft_watermark_when_asked(desk, profile, case_id, tmp_path):
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "a.pdf", draft=True))
    assert "BẢN NHÁP / DRAFT" in text


# -- templates ----------------------------------------------------------------------------

@pytest.fixture
def overrides(tmp_path, monkeypatch):
    """The DPO's template folder, in a throw-away per-user data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = letters.override_dir("vi")
    folder.mkdir(parents=True)
    assert folder == tmp_path / "data" / "dpo-desk" / "letters" / "vi"
    return folder


def test_the_bundled_template_is_used_without_an_override(overrides):
    path = letters.template_path(letters.ACKNOWLEDGE, "vi")
    assert path.parent.parts[-2:] == ("letters", "vi") and overrides not in path.parents


def test_an_override_template_wins(desk, profile, case_id, overrides, tmp_path):
    (overrides / letters.ACKNOWLEDGE).write_text(
        "XÁC NHẬN\nĐã nhận yêu cầu số $case_number\n\n[to]\nKính gửi: Bà $requester_name\n\n"
        "Mẫu riêng của DPO: hạn $due.\n\n[signature]\n$signer_title\n$dpo_name\n",
        encoding="utf-8")
    assert letters.template_path(letters.ACKNOWLEDGE, "vi") == overrides / letters.ACKNOWLEDGE
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "a.pdf"))
    assert "Mẫu riêng của DPO: hạn 30/11/2026." in text
    assert f"Đã nhận yêu cầu số {case_id}" in text and f"Kính gửi: Bà {REQUESTER}" in text
    assert "Về việc tiếp nhận" not in text
    assert "Nơi nhận" not in text  # this template has no recipients


def test_override_labels_win_line_by_line(desk, profile, case_id, overrides, tmp_path):
    (overrides / letters.LABELS).write_text("kind.access: đề nghị được xem dữ liệu\n",
                                            encoding="utf-8")
    labels = letters.load_labels("vi")
    assert labels["kind.access"] == "đề nghị được xem dữ liệu"
    assert labels["kind.complaint"] == "khiếu nại"
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "a.pdf"))
    assert "Về việc tiếp nhận đề nghị được xem dữ liệu" in text


def test_an_unknown_placeholder_names_template_and_placeholder(desk, profile, case_id,
                                                              overrides, tmp_path):
    template = overrides / letters.ACKNOWLEDGE
    template.write_text("THÔNG BÁO\n\nKính gửi $requester_name,\nsố tài khoản $so_tai_khoan.\n",
                        encoding="utf-8")
    with pytest.raises(DeskError) as caught:
        letters.acknowledge(desk, case_id, tmp_path / "a.pdf")
    message = str(caught.value)
    assert str(template) in message and "$so_tai_khoan" in message and "line 4" in message
    assert list(tmp_path.glob("a.pdf*")) == []


@pytest.mark.parametrize(("body", "words"), [
    ("[if nothing_like_this]\nchữ", "$nothing_like_this"),
    ("[khung]\nchữ", "unknown marker [khung]"),
    ("giá 5$ một trang", "write $$ for a dollar sign"),
    ("[facts]\nkhông có dấu hai chấm $due", "'Label: value'"),
])
def test_bad_templates_are_named(desk, profile, case_id, overrides, tmp_path, body, words):
    (overrides / letters.ACKNOWLEDGE).write_text(f"TIÊU ĐỀ\n\n{body}\n", encoding="utf-8")
    with pytest.raises(DeskError, match="complaint_acknowledge.txt") as caught:
        letters.acknowledge(desk, case_id, tmp_path / "a.pdf")
    assert words in str(caught.value)


def test_template_format():
    blocks = letters.parse("# note\nTITLE\nsubject\n\n[if flag]\n[facts]\nA: $a\n\n- x\n  more\n"
                           "text\n", "t.txt")
    assert [(b.kind, b.condition) for b in blocks] == [("title", None), ("facts", "flag"),
                                                       ("text", None)]
    with pytest.raises(DeskError, match="first block must be the title"):
        letters.parse("[to]\nKính gửi\n", "t.txt")


# -- the PDF layer ------------------------------------------------------------------------

@pytest.mark.parametrize(("address", "vi", "en"), [
    ("Tầng 8, 123 Nguyễn Thị Minh Khai, Phường Bến Thành, TP. Hồ Chí Minh",
     "TP. Hồ Chí Minh", "Ho Chi Minh City"),
    ("Số 45 Phố Huế, Phường Hai Bà Trưng, HÀ NỘI", "Hà Nội", "Hanoi"),
    ("256 Đường 2 Tháng 9, Phường Hòa Cường, TP. Đà Nẵng", "Đà Nẵng", "Da Nang"),
    ("12 Trần Phú, Phường Lộc Thọ, Khánh Hòa", "Khánh Hòa", "Khánh Hòa"),
    ("", "", ""),
])
def test_place_from_the_address(address, vi, en):
    assert (pdf.place_name(address, "vi"), pdf.place_name(address, "en")) == (vi, en)


def test_date_lines():
    hcm = "1 Lê Lợi, TP. Hồ Chí Minh"
    assert pdf.date_line(date(2026, 11, 25), address=hcm) == \
        "TP. Hồ Chí Minh, ngày 25 tháng 11 năm 2026"
    assert pdf.date_line(date(2026, 2, 5), address="Hà Nội") == "Hà Nội, ngày 05 tháng 02 năm 2026"
    assert pdf.date_line(date(2026, 3, 9), address="") == "Ngày 09 tháng 3 năm 2026"
    assert pdf.date_line(date(2026, 11, 25), address=hcm, language="en") == \
        "Ho Chi Minh City, 25 November 2026"
    assert pdf.short_date("2026-01-02") == "02/01/2026" and pdf.short_date(None) == ""


def test_a_generic_document_with_a_long_table(tmp_path):
    head = pdf.Letterhead("Công ty Cổ phần Hoa Sữa", address="Số 45 Phố Huế, Hà Nội",
                          tax_code="0109876543", website="hoasua.com.vn")
    doc = pdf.Document(title="Sổ đăng ký", letterhead=head, subject="Báo cáo")
    doc.header(reference="01/BC", on=date(2026, 1, 5))
    doc.title("BÁO CÁO", subtitle=["Danh mục dữ liệu cá nhân"])
    doc.heading("1. Danh mục")
    doc.table([[str(i), f"Loại dữ liệu {i} & <khác>", "cơ bản"] for i in range(1, 90)],
              header=["STT", "Loại dữ liệu", "Phân loại"], widths=[15, None, 35])
    doc.signature(title="GIÁM ĐỐC", name="Phạm Quốc Bảo")
    path = doc.save(tmp_path / "report.pdf")
    reader = PdfReader(path)
    pages = len(reader.pages)
    assert pages > 1 and reader.metadata.title == "Sổ đăng ký"
    first, second = reader.pages[0].extract_text(), reader.pages[1].extract_text()
    last = reader.pages[-1].extract_text()
    assert "Website: hoasua.com.vn" in first and "Hà Nội, ngày 05 tháng 01 năm 2026" in first
    assert "Loại dữ liệu 1 & <khác>" in first and f"Trang 1/{pages}" in first
    assert "Phân loại" in second  # the header row repeats
    assert f"Trang {pages}/{pages}" in last
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_failed_build_leaves_no_file(tmp_path, monkeypatch):
    doc = pdf.Document(title="x")
    doc.paragraph("một đoạn")

    def broken(self, stream):
        stream.write(b"%PDF-half")
        raise RuntimeError("layout failed")

    monkeypatch.setattr(pdf.Document, "_build", broken)
    (tmp_path / "old.pdf").write_bytes(b"previous")
    with pytest.raises(RuntimeError):
        doc.save(tmp_path / "old.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["old.pdf"]
    assert (tmp_path / "old.pdf").read_bytes() == b"previous"


def test_importing_letters_does_not_load_reportlab(tmp_path):
    code = ("import sys, dpo_desk.cli, dpo_desk.core.letters, dpo_desk.core.pdf; "
            "print(any(m.startswith('reportlab') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_a_missing_font_is_a_clear_error_not_a_traceback(tmp_path, monkeypatch):
    import shutil

    from dpo_desk.core import paths, pdf
    from dpo_desk.core.errors import DeskError

    broken = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), broken)
    (broken / "fonts" / "NotoSerif-Bold.ttf").write_bytes(b"not a font")
    monkeypatch.setattr(paths, "resources_dir", lambda: broken)
    monkeypatch.setattr(pdf, "_fonts_registered", False)
    with pytest.raises(DeskError, match="NotoSerif-Bold.ttf: the bundled font is missing"):
        pdf.register_fonts()


# -- dates and numbers (DOMAIN D3.9; the register of outgoing documents) --------------------

def test_a_letter_is_dated_by_its_event_and_never_promises_a_past_date(desk, profile,
                                                                       case_id, tmp_path):
    case = complaints.get(desk, case_id)  # received 20/11/2026, due 30/11 (the law's 10 days)
    assert letters.letter_date(desk, case, "acknowledge") == date(2026, 11, 25)  # today
    complaints.transition(desk, case_id, "acknowledged", at="2026-11-23T16:30")
    clock.freeze(datetime(2026, 12, 7, 3, 0, tzinfo=UTC))  # printed two weeks later
    case = complaints.get(desk, case_id)
    assert letters.letter_date(desk, case, "acknowledge") == date(2026, 11, 23)
    assert letters.late_letter(desk, case_id, "acknowledge") is None
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "a.pdf"))
    assert "ngày 23 tháng 11 năm 2026" in text and "chậm nhất vào ngày 30/11/2026" in text
    # dated on the 7th (after the due date): no "reply by" date before the letter's own
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "b.pdf",
                                        on=date(2026, 12, 7)))
    assert "30/11/2026" not in text and "trong thời gian sớm nhất" in text
    assert "Hạn giải quyết" not in text and "Điều 5 Nghị định số 356/2025/NĐ-CP (" not in text
    assert letters.late_letter(desk, case_id, "acknowledge", date(2026, 12, 7)) == (
        date(2026, 12, 7), date.fromisoformat(case["ack_due"]))
    complaints.transition(desk, case_id, "answered", reply_text=REPLY, at="2026-11-27")
    complaints.transition(desk, case_id, "completed")  # closed on the 7th
    case = complaints.get(desk, case_id)
    assert letters.letter_date(desk, case, "reply") == date(2026, 11, 27)  # answered, not closed
    assert letters.late_letter(desk, case_id, "reply") is None
    assert "ngày 27 tháng 11 năm 2026" in pdf_text(letters.reply(desk, case_id,
                                                                 tmp_path / "r.pdf"))


def test_equal_dates_are_not_called_earlier_than_the_law(desk, profile, tmp_path):
    """Access request, simple: the promise (7 days) and the law (10 days) both end on Mon
    30/11/2026 when received on Fri 20/11 with a complex promise of 10 days."""
    settings.update(desk, {"complaint_days_complex": "10"})
    case_id = complaints.create(desk, dict(CASE))
    case = complaints.get(desk, case_id)
    assert case["policy_due"] == case["legal_due"] == "2026-11-30"
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "a.pdf"))
    assert "sớm hơn" not in text and "Đây là thời hạn giải quyết theo quy định tại" in text


def test_each_document_gets_its_number_once_in_a_yearly_sequence(desk, profile, case_id,
                                                                  tmp_path):
    from dpo_desk.core import documents

    draft = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "d.pdf", draft=True))
    assert "Số: /2026/TB-BVDLCN" in draft and documents.register(desk) == []
    assert "Số: 01/2026/TB-BVDLCN" in pdf_text(letters.acknowledge(desk, case_id,
                                                                    tmp_path / "a.pdf"))
    assert "Số: 01/2026/TB-BVDLCN" in pdf_text(letters.acknowledge(desk, case_id,
                                                                    tmp_path / "b.pdf"))
    other = complaints.create(desk, dict(CASE))
    settings.update(desk, {"document_symbol": "SV-PC"})
    assert "Số: 02/2026/TB-SV-PC" in pdf_text(letters.acknowledge(desk, other,
                                                                   tmp_path / "c.pdf"))
    answered(desk, case_id)
    clock.freeze(datetime(2027, 1, 4, 3, 0, tzinfo=UTC))
    complaints.transition(desk, case_id, "completed")
    with pytest.raises(ValidationError):  # a wrong folder takes no number
        letters.reply(desk, case_id, tmp_path / "no" / "r.pdf", on=date(2027, 1, 4))
    assert "Số: 01/2027/TL-SV-PC" in pdf_text(letters.reply(desk, case_id, tmp_path / "r.pdf",
                                                             on=date(2027, 1, 4)))
    assert [(d["year"], d["number"], d["kind"]) for d in documents.register(desk)] == [
        (2026, 1, "acknowledge"), (2026, 2, "acknowledge"), (2027, 1, "reply")]
    with pytest.raises(ValidationError) as caught:
        settings.update(desk, {"document_symbol": "sv/pc"})
    assert caught.value.for_field("document_symbol")


def test_an_earlier_letter_does_not_know_a_later_extension(desk, profile, case_id, tmp_path):
    """DOMAIN D3.9: the acknowledgement of 23/11 promised the due date of that day; an
    extension of 26/11 is told in letters from 26/11 on (the reply)."""
    complaints.transition(desk, case_id, "acknowledged", at="2026-11-23T09:00")
    clock.freeze(datetime(2026, 11, 26, 3, 0, tzinfo=UTC))
    case = complaints.extend(desk, case_id, 10, "Cần dữ liệu từ đối tác giao hàng")
    assert (case["original_due"], case["due"]) == ("2026-11-30", "2026-12-10")
    text = pdf_text(letters.acknowledge(desk, case_id, tmp_path / "a.pdf"))
    assert "chậm nhất vào ngày 30/11/2026" in text and "đã được gia hạn" not in text \
        and "10/12/2026" not in text
    answered(desk, case_id)
    text = pdf_text(letters.reply(desk, case_id, tmp_path / "r.pdf"))
    assert "gia hạn thêm 10 ngày, đến ngày 10/12/2026" in text
