"""The page layout of letters and reports (review of issue 15, P10 and P3): the body of a
letter flows onto page 1 and only its end goes with the signature; no title breaks inside
a phrase; no heading ends a page. Real database, real PDFs read back with pypdf: each text
line with its height on the page and its font."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from dpo_desk.core import clock, complaints, demo, incidents, letters, pdf, reports, settings
from tests.core.test_incident_letters import FACTS

MM = 72 / 25.4
FOOTER_TOP = pdf.MARGINS_MM["bottom"] * MM - 10  # below it: page number and audit head
FRAME_BOTTOM = pdf.MARGINS_MM["bottom"] * MM + 6  # reportlab's frame keeps 6 pt of padding
# The room left at the foot of a page that still counts as full: a paragraph of three
# lines cannot break (two lines at least on either side) and moves whole.
FULL_PAGE_ROOM = 4 * pdf.LEADING
DPO_TITLE = "Chuyên viên bảo vệ dữ liệu cá nhân"


def lines(path) -> list[list[tuple[float, str, str]]]:
    """Every page's text lines above the footer, top to bottom: (baseline height, text,
    font name)."""
    pages = []
    for page in PdfReader(path).pages:
        parts: dict[float, list[tuple[float, str, str]]] = {}

        def visit(text, cm, tm, font, _size, parts=parts):
            if text.strip() and font:
                y = round(tm[5] * cm[3] + cm[5], 1)
                if y > FOOTER_TOP:
                    x = tm[4] * cm[0] + cm[4]
                    parts.setdefault(y, []).append((x, text.strip(), str(font["/BaseFont"])))

        page.extract_text(visitor_text=visit)
        rows = []
        for y in sorted(parts, reverse=True):
            row = sorted(parts[y])
            text = unicodedata.normalize("NFC", " ".join(t for _, t, _ in row))
            rows.append((y, text, row[-1][2]))
        pages.append(rows)
    return pages


def room_left(page: list[tuple[float, str, str]]) -> float:
    """The height left empty under a page's last line (its descent taken off)."""
    return page[-1][0] - 4 - FRAME_BOTTOM


@pytest.fixture
def company(desk):
    """The demo company, its DPO titled as in the review, on 05/12/2026."""
    clock.freeze(datetime(2026, 12, 5, 2, 0, tzinfo=UTC))
    demo.fill(desk, seed=1, incidents=False, complaints=0)
    settings.update(desk, {"dpo_title": DPO_TITLE})
    return desk


def request(desk, kind: str, received: str, name: str = "Đặng Quốc Bảo") -> int:
    return complaints.create(desk, {
        "received_on": received, "channel": "email", "requester_name": name,
        "requester_contact": "khach.withdrawconsent@gmail.com", "kind": kind,
        "complexity": "simple", "summary": "Tôi rút lại sự đồng ý nhận tin nhắn quảng cáo."})


def acknowledged(desk, kind: str, received: str) -> int:
    case = request(desk, kind, received)
    complaints.transition(desk, case, "acknowledged", at=f"{received}T09:00:00+07:00")
    return case


def assert_flows_to_the_signature(path, email: str) -> None:
    """The page before the signature's is full, or the signature's page carries only the
    last line of the text (the DPO's e-mail) above the closing: the contact lines and the
    paragraphs before them never leave page 1 half empty to stand with the signature."""
    pages = lines(path)
    for before, page in zip(pages, pages[1:], strict=False):
        assert room_left(before) < FULL_PAGE_ROOM or email in page[0][1], \
            (f"{room_left(before):.0f} pt left at the foot of a page, the next one begins "
             f"{[text for _, text, _ in page[:3]]}")


# -- 1. the body flows; only the end of the text goes with the signature ---------------------

KINDS = ("access", "correction", "deletion", "withdraw_consent", "objection", "complaint")


@pytest.mark.parametrize("received", ["2025-12-10", "2026-03-10"])
def test_acknowledgements_and_identity_requests_fill_page_one(company, tmp_path, received):
    email = settings.get_all(company)["dpo_email"]
    for kind in KINDS:
        case = acknowledged(company, kind, received)
        for language in letters.LANGUAGES:
            assert_flows_to_the_signature(letters.acknowledge(
                company, case, tmp_path / f"a-{kind}-{language}.pdf", language=language), email)
        if kind == "correction":
            complaints.transition(company, case, "identity_check",
                                  at=f"{received}T10:00:00+07:00")
            for language in letters.LANGUAGES:
                assert_flows_to_the_signature(letters.identity_request(
                    company, case, tmp_path / f"i-{language}.pdf", language=language), email)


def test_a_vietnamese_identity_request_keeps_its_body_on_page_one(company, tmp_path):
    """The review's letter: the request for proof of identity ran to a second page that
    took the whole closing (the contact paragraph, its list, the closing) with the
    signature and left a third of page 1 empty."""
    settings.update(company, {"company_name": "Công ty TNHH Thương mại Sao Việt",
                              "address": "Số 12 đường Nguyễn Thị Minh Khai, phường Sài Gòn, "
                                         "Thành phố Hồ Chí Minh"})
    case = acknowledged(company, "correction", "2025-12-10")
    complaints.transition(company, case, "identity_check", at="2025-12-11T10:00:00+07:00")
    pages = lines(letters.identity_request(company, case, tmp_path / "i.pdf"))
    assert len(pages) == 2
    first = " ".join(text for _, text, _ in pages[0])
    assert "Mọi thông tin cần trao đổi thêm" in first  # the paragraph before the signature's
    email = settings.get_all(company)["dpo_email"]
    assert [text for _, text, _ in pages[1][:2]] == [f"- Email: {email}", "Trân trọng./."]


def test_replies_of_every_length_flow_to_their_signature(company, tmp_path):
    """A reply grows a paragraph at a time: wherever the page breaks, page 1 is full or
    only the end of the text moves with the signature; a long last paragraph breaks, its
    last lines going with the signature."""
    email = settings.get_all(company)["dpo_email"]
    case = acknowledged(company, "access", "2026-03-10")
    complaints.transition(company, case, "answered", reply_text="Trả lời.",
                          at="2026-03-16T10:00:00+07:00")
    sentence = "Công ty đã kiểm tra dữ liệu cá nhân của Ông/Bà trên các hệ thống của mình"
    moved_alone = 0
    for count in range(0, 16):
        paragraphs = [f"Đoạn {n}: " + "; ".join([sentence] * (1 + n % 4)) + "."
                      for n in range(count)]
        company.update(complaints.TABLE, case, {"reply_text": "\n\n".join(
            ["Trả lời của chúng tôi như sau.", *paragraphs])})
        for language in letters.LANGUAGES:
            path = letters.reply(company, case, tmp_path / f"r{count}-{language}.pdf",
                                 language=language)
            assert_flows_to_the_signature(path, email)
            pages = lines(path)
            moved_alone += len(pages) > 1 and email in pages[-1][0][1]
    assert moved_alone  # some broke just above the DPO's e-mail


# -- 2. no line of a paragraph or list item alone on either side of a page break --------------

def test_a_list_item_never_leaves_one_line_alone(tmp_path):
    """Filler pushes a three-line list item down a line at a time: it moves whole rather
    than leave its first line at the foot of the page or its last at the head of the next
    (the withdrawal acknowledgement's "Gia hạn" item, review P10)."""
    item = ("Gia hạn: trường hợp cần thêm thời gian để xem xét, thời hạn này có thể được gia "
            "hạn một lần, không quá 15 ngày; khi đó chúng tôi sẽ thông báo lý do cho Ông/Bà "
            "trước khi hết thời hạn (ITEM-END).")
    split = 0
    for filler in range(28, 40):
        doc = pdf.Document(title="x")
        for n in range(filler):
            doc.paragraph(f"Dòng {n}.", style="plain")
        doc.bullets([item])
        pages = [[text for _, text, _ in page] for page in lines(doc.save(tmp_path / "b.pdf"))]
        ends = [n for n, page in enumerate(pages) if any("ITEM-END" in t for t in page)]
        starts = [n for n, page in enumerate(pages) if any("Gia hạn:" in t for t in page)]
        assert ends == starts, (filler, pages[-1][:3])
        split += starts[0] > 0
    assert split  # the item did reach the foot of page 1 in some of them


# -- 3. titles break between phrases -------------------------------------------------------

def test_signer_and_extension_titles_never_break_inside_a_phrase(company, tmp_path):
    """The signer's title on one line; the extension letters' subject lines break between
    phrases ("… yêu / cầu …", "… dữ liệu cá / nhân" before), in vi and en."""
    received, two_lines = "2026-03-10", 0
    for kind in KINDS:
        case = acknowledged(company, kind, received)
        clock.freeze(datetime(2026, 3, 16, 3, 0, tzinfo=UTC))
        complaints.extend(company, case, days=10, reason="Cần xác minh với đối tác")
        clock.freeze(datetime(2026, 12, 5, 2, 0, tzinfo=UTC))
        for language in letters.LANGUAGES:
            pages = lines(letters.extension_notice(company, case, tmp_path / f"e-{kind}.pdf",
                                            language=language))
            texts = [text for page in pages for _, text, _ in page]
            assert DPO_TITLE.upper() in texts, texts[-8:]
            title = texts.index("THÔNG BÁO" if language == "vi" else "NOTICE OF EXTENSION")
            to = next(n for n, text in enumerate(texts) if text.startswith(("Kính gửi", "To:")))
            two_lines += to - title > 2
            for text in texts[title + 1:to]:
                assert not text.endswith((" yêu", " dữ liệu cá", " dữ liệu", " cá",
                                          " xử", " giải", " thời", " đồng")), (kind, text)
                assert not text.startswith(("cầu ", "nhân ", "liệu ", "lý ", "quyết ",
                                            "hạn ")), (kind, text)
    assert two_lines  # some subjects do take two lines


# -- 4. no heading at the foot of a page ---------------------------------------------------

def test_no_report_heading_ends_a_page_nor_the_signature_stands_alone(company, tmp_path):
    """Reports of one to seven incidents, vi and en: the headings ("II. THE INCIDENTS IN
    DETAIL", each incident's) move down the pages; none is ever a page's last line, and
    the last page carries the end of the last incident with the signature."""
    seen = 0
    for count in range(1, 8):
        clock.freeze(datetime(2026, 3, 5, 2, 0, tzinfo=UTC))
        incidents.create(company, {**FACTS, "title": f"{FACTS['title']} (lần {count})"})
        for language in ("vi", "en"):
            path = reports.incidents_report(company, tmp_path / f"i{count}{language}.pdf",
                                            start=date(2026, 3, 1), end=date(2026, 3, 31),
                                            language=language)
            pages = lines(path)
            assert pages[-1][0][1] not in ("NGƯỜI LẬP BÁO CÁO", "PREPARED BY"), \
                f"{count} incident(s), {language}: the signature alone on the last page"
            for page in pages[:-1]:
                y, text, font = page[-1]
                assert not (font.endswith("Bold") and _heading_size(path, text)), \
                    f"{count} incident(s), {language}: the page ends with heading {text!r}"
            seen += sum(len(page) for page in pages) > 0
    assert seen


def _heading_size(path, text: str) -> bool:
    """Whether `text` is set at the headings' size (12 pt) rather than a table's 11 pt."""
    sizes = set()
    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=lambda t, cm, tm, font, size: sizes.add(
            round(size * tm[0], 1)) if t.strip() and t.strip() in text else None)
    return pdf.BODY_SIZE in sizes


def test_narrow_table_cells_break_between_words_of_two_syllables(tmp_path):
    """A report's narrow columns: "Hạn / thông báo", "Đã thông báo / chủ thể dữ liệu",
    not "Hạn thông / báo" nor "72 / giờ" (the incidents report, review P10)."""
    cells = ["Hạn thông báo", "Đã thông báo chủ thể dữ liệu", "Chưa thông báo, còn 72 giờ",
             "Đã thông báo cơ quan chức năng"]
    phrases = {"thông báo", "chủ thể", "dữ liệu", "72 giờ", "cơ quan", "chức năng"}
    for width in (18, 21, 23, 26):  # 18 mm: "thông báo" itself does not fit
        doc = pdf.Document(title="x")
        doc.table([[cell] for cell in cells[1:]], header=cells[:1], widths=[width],
                  font_size=8.5)
        texts = [text.replace("\u00a0", " ") for page in lines(doc.save(tmp_path / "t.pdf"))
                 for _, text, _ in page]
        assert " ".join(texts) == " ".join(cells)  # nothing lost, no word cut
        for line, after in zip(texts, texts[1:], strict=False) if width > 18 else ():
            joint = f"{line.split()[-1]} {after.split()[0]}".strip(",")
            assert joint not in phrases, (width, texts)
