"""`dpo-desk letter acknowledge / reply` through the real program."""

import unicodedata
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from dpo_desk.core import clock, complaints, demo
from dpo_desk.core.desk import Desk

REQUESTER = "Nguyễn Thị Hồng Nhung"


def pdf_text(path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def case(db_path):
    """A database with the demo company and one access request, received 20/11/2026."""
    clock.freeze(datetime(2026, 11, 25, 3, 0, tzinfo=UTC))
    with Desk.create(db_path) as desk:
        profile = demo.fill(desk)
        case_id = complaints.create(desk, {
            "received_on": "2026-11-20", "channel": "web_form", "requester_name": REQUESTER,
            "requester_contact": "0903 123 456", "kind": "access", "complexity": "simple"})
        found = complaints.get(desk, case_id)
    clock.set_clock(None)
    return {"id": case_id, "profile": profile, **found}


MONDAY = {"DPO_DESK_NOW": "2026-11-23T10:00:00+07:00"}  # the day before ack_due


def test_acknowledge_writes_the_letter(run, db_path, case, tmp_path):
    out = tmp_path / "xác nhận.pdf"
    result = run("letter", "acknowledge", "--complaint", case["id"], "--out", out, db=db_path,
                 env=MONDAY)
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout and result.stderr == ""
    text = pdf_text(out)
    due = "/".join(reversed(case["due"].split("-")))
    for expected in (REQUESTER, "20/11/2026", f"chậm nhất vào ngày {due}",
                     case["profile"]["company_name"], "ngày 23 tháng 11 năm 2026",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"Số hồ sơ {case['id']}",
                     "Số: 01/2026/TB-BVDLCN", "Trang 1/2"):
        assert expected in text, expected
    assert "BẢN NHÁP" not in text


def test_letters_carry_the_date_of_their_event(run, db_path, case, tmp_path):
    """DOMAIN D3.9 (CONTRACT: letters are dated by their event). The suite's clock reads
    2/12/2026, after the case's ack_due (24/11) and due (27/11)."""
    late = tmp_path / "late.pdf"
    printed = run("letter", "acknowledge", "--complaint", case["id"], "--out", late,
                  db=db_path)
    # not acknowledged yet: dated today, written all the same, with a warning
    assert printed.returncode == 0 and "warning: the letter is dated 2026-12-02, after its " \
        f"deadline (acknowledge by {case['ack_due']})" in printed.stderr
    text = pdf_text(late)
    assert "ngày 02 tháng 12 năm 2026" in text and "27/11/2026" not in text  # no past promise
    assert "trả lời Ông/Bà trong thời gian sớm nhất" in text
    assert run("complaints", "status", case["id"], "acknowledged", "--at", "2026-11-21T09:00",
               db=db_path).returncode == 0
    dated = tmp_path / "dated.pdf"
    printed = run("letter", "acknowledge", "--complaint", case["id"], "--out", dated,
                  db=db_path)
    assert printed.returncode == 0 and printed.stderr == ""
    text = pdf_text(dated)
    assert "ngày 21 tháng 11 năm 2026" in text and "chậm nhất vào ngày 27/11/2026" in text
    assert "Số: 01/2026/TB-BVDLCN" in text  # the number it was given the first time
    chosen = tmp_path / "chosen.pdf"
    printed = run("letter", "acknowledge", "--complaint", case["id"], "--out", chosen,
                  "--date", "2026-11-26", "--language", "en", db=db_path)
    assert printed.returncode == 0 and "after its deadline" in printed.stderr
    assert "26 November 2026" in pdf_text(chosen)
    wrong = run("letter", "acknowledge", "--complaint", case["id"], "--out", chosen,
                "--date", "26/11/2026", db=db_path)
    assert wrong.returncode == 2 and "--date" in wrong.stderr
    assert run("complaints", "status", case["id"], "answered", "--reply-text", "Đã gửi.",
               "--at", "2026-11-26T15:00", db=db_path).returncode == 0
    reply = tmp_path / "reply.pdf"
    printed = run("letter", "reply", "--complaint", case["id"], "--out", reply, db=db_path)
    assert printed.returncode == 0 and printed.stderr == ""
    text = pdf_text(reply)
    assert "ngày 26 tháng 11 năm 2026" in text and "Số: 02/2026/TL-BVDLCN" in text


def test_acknowledge_in_english_as_a_draft(run, db_path, case, tmp_path):
    out = tmp_path / "ack-en.pdf"
    result = run("letter", "acknowledge", "--complaint", case["id"], "--out", out,
                 "--language", "en", "--draft", db=db_path)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "ACKNOWLEDGEMENT OF RECEIPT" in text and "Page 1 of 2" in text
    assert REQUESTER in text and "BẢN NHÁP / DRAFT" in text


def test_reply_without_a_reply_text_is_refused(run, db_path, case, tmp_path):
    out = tmp_path / "reply.pdf"
    result = run("letter", "reply", "--complaint", case["id"], "--out", out, db=db_path)
    assert result.returncode == 2
    assert "reply_text" in result.stderr and "refused" in result.stderr
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir() if "reply" in
                                       p.name) == []


def test_reply_after_the_answer(run, db_path, case, tmp_path):
    answer = run("complaints", "status", case["id"], "answered", "--reply-text",
                 "Chúng tôi đã xóa địa chỉ cũ của Ông/Bà khỏi hệ thống.", db=db_path)
    assert answer.returncode == 0, answer.stderr
    out = tmp_path / "reply.pdf"
    result = run("letter", "reply", "--complaint", case["id"], "--out", out, db=db_path)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "THƯ TRẢ LỜI" in text and REQUESTER in text
    assert "Chúng tôi đã xóa địa chỉ cũ của Ông/Bà khỏi hệ thống." in text


@pytest.mark.parametrize(("args", "words"), [
    (["acknowledge", "--complaint", "999"], "complaint 999 does not exist"),
    (["acknowledge", "--complaint", "1", "--language", "fr"], "invalid choice"),
    (["acknowledge", "--complaint", "x"], "invalid int value"),
    (["authority", "--incident", "999"], "incident 999 does not exist"),
    (["reply", "--complaint", "1"], "--out"),
])
def test_bad_input_exits_2(run, db_path, case, tmp_path, args, words):
    if "--out" not in words:
        args = [*args, "--out", tmp_path / "x.pdf"]
    result = run("letter", *args, db=db_path)
    assert result.returncode == 2 and words in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_out_in_a_missing_folder_is_named(run, db_path, case, tmp_path):
    out = tmp_path / "không có" / "a.pdf"
    result = run("letter", "acknowledge", "--complaint", case["id"], "--out", out, db=db_path)
    assert result.returncode == 2 and str(out.parent) in result.stderr


def test_a_refusal_set_directly_keeps_its_reply_text(run, db_path, case, tmp_path):
    """`complaints status ID rejected --reason R --reply-text T`: the text is kept and the
    reply letter gives it, the reason and the requester's recourse (DOMAIN D3.9)."""
    closed = run("complaints", "status", case["id"], "rejected", "--reason",
                 "Không xác định được dữ liệu", "--reply-text",
                 "Chúng tôi không lưu dữ liệu nào gắn với số điện thoại này.",
                 "--at", "2026-11-24", db=db_path,
                 env={"DPO_DESK_NOW": "2026-11-24T16:00:00+07:00"})
    assert closed.returncode == 0, closed.stderr
    out = tmp_path / "refusal.pdf"
    result = run("letter", "reply", "--complaint", case["id"], "--out", out, db=db_path)
    assert result.returncode == 0 and result.stderr == ""
    text = pdf_text(out)
    for expected in ("Chúng tôi không lưu dữ liệu nào gắn với số điện thoại này.",
                     "Lý do: Không xác định được dữ liệu.", "ngày 24 tháng 11 năm 2026",
                     "có quyền khiếu nại, tố cáo", "khởi kiện"):
        assert expected in text, expected


def test_extension_and_identity_letters(run, db_path, case, tmp_path):
    refused = run("letter", "extension", "--complaint", case["id"], "--out",
                  tmp_path / "x.pdf", db=db_path)
    assert refused.returncode == 2 and "not been extended" in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
    extended = run("complaints", "extend", case["id"], "--days", "5", "--reason",
                   "Cần xác minh với đối tác", db=db_path, env=MONDAY)
    assert extended.returncode == 0, extended.stderr
    out = tmp_path / "extension.pdf"
    result = run("letter", "extension", "--complaint", case["id"], "--out", out,
                 "--language", "en", db=db_path)
    assert result.returncode == 0 and result.stderr == ""
    text = pdf_text(out)
    assert "NOTICE OF EXTENSION" in text and "23 November 2026" in text
    assert "Reason for the extension Cần xác minh với đối tác" in text
    out = tmp_path / "identity.pdf"
    result = run("letter", "identity", "--complaint", case["id"], "--out", out,
                 "--date", "2026-11-23", db=db_path)
    assert result.returncode == 0 and result.stderr == ""
    assert "xác minh danh tính" in pdf_text(out)
