"""Complaints from e-mail: real .eml files written by the standard library's generator, real
Outlook .msg files written by aspose-email-foss (an MSG/CFB writer), read back into draft
cases; hostile messages refused with the file named and nothing written."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from dpo_desk.core import attachments, audit, clock, complaints, email_intake
from dpo_desk.core.errors import ValidationError

SENDER = "Nguyễn Thị Hồng <hong@example.vn>"
SCAN = b"\xff\xd8\xff\xe0 a scan of the ID card"


@pytest.fixture(autouse=True)
def today():
    clock.freeze(datetime(2026, 3, 10, 3, 0, tzinfo=UTC))  # 10:00 on 10/3/2026 in Hà Nội


def eml(folder: Path, name: str = "yêu cầu.eml", *, sender: str | None = SENDER,
        date: str | None = "Mon, 09 Mar 2026 23:30:00 +0000", html: str | None = None,
        text: str | None = "Tôi đề nghị xóa số điện thoại của tôi.\nXin cảm ơn.",
        files: tuple = (("cccd.jpg", SCAN),), headers: dict | None = None) -> Path:
    message = EmailMessage()
    if sender is not None:
        message["From"] = sender
    message["To"] = "dpo@senvang.vn"
    message["Subject"] = "Yêu cầu xóa dữ liệu cá nhân"
    if date is not None:
        message["Date"] = date
    for key, value in (headers or {}).items():
        message[key] = value
    if text is not None:
        message.set_content(text)
    if html is not None:
        if text is None:
            message.set_content(html, subtype="html")
        else:
            message.add_alternative(html, subtype="html")
    for filename, content in files:
        message.add_attachment(content, maintype="application", subtype="octet-stream",
                               filename=filename)
    path = folder / name
    path.write_bytes(bytes(message))
    return path


def msg(folder: Path, name: str = "outlook.msg", **extra) -> Path:
    from aspose.email_foss import msg as mapi

    message = mapi.MapiMessage.create("Khiếu nại tin nhắn quảng cáo",
                                      "Tôi đã từ chối nhưng vẫn nhận tin nhắn.\nTrần Văn Bình")
    message.set_property(mapi.PropertyId.SENDER_NAME, extra.get("name", "Trần Văn Bình"))
    message.set_property(mapi.PropertyId.SENDER_EMAIL_ADDRESS, "binh@example.vn")
    if extra.get("dated", True):
        message.set_property(mapi.PropertyId.MESSAGE_DELIVERY_TIME,
                             datetime(2026, 3, 6, 2, 15, tzinfo=UTC))
    message.add_recipient("dpo@senvang.vn", display_name="DPO")
    message.add_attachment("ảnh chụp tin nhắn.png", b"\x89PNG fake", mime_type="image/png")
    path = folder / name
    message.save(path)
    return path


def raw_eml(folder: Path, sender: str) -> Path:
    """A message as a hostile sender writes it, byte for byte (no generator to tidy it)."""
    path = folder / "raw.eml"
    path.write_bytes(f"From: {sender}\r\nTo: dpo@senvang.vn\r\nSubject: =?utf-8?q?Khi=E1=BA=BFu_"
                     "n=E1=BA=A1i?=\r\nDate: Mon, 09 Mar 2026 08:00:00 +0700\r\n\r\n"
                     "Body\r\n".encode("ascii"))
    return path


CONFIRMED = {"kind": "complaint", "complexity": "simple"}  # what the DPO confirms


def fields_of(error) -> list[str]:
    return [e.field for e in error.value.errors]


# -- .eml ----------------------------------------------------------------------------------

def test_an_eml_becomes_a_draft_with_every_file(tmp_path):
    path = eml(tmp_path, html="<p>Tôi đề nghị <b>xóa</b>.</p>",
               files=(("../../etc/cccd mặt trước.jpg", SCAN), ("", b"%PDF-1.4")))
    draft = email_intake.read(path)
    # 23:30 UTC on 9/3 is 06:30 on 10/3 in Hà Nội: the day the DPO received it
    assert draft.values == {
        "received_on": "2026-03-10", "channel": "email", "requester_name": "Nguyễn Thị Hồng",
        "requester_contact": "hong@example.vn",
        "summary": "Yêu cầu xóa dữ liệu cá nhân\n\nTôi đề nghị xóa số điện thoại của tôi."
                   "\nXin cảm ơn."}  # the text part is preferred to the HTML one
    names = [name for name, _ in draft.files]
    assert names == ["yêu cầu.eml", "cccd mặt trước.jpg", "attachment-2.bin"]
    assert draft.files[0][1] == path.read_bytes() and draft.files[1][1] == SCAN


def test_html_only_is_turned_into_text(tmp_path):
    html = ("<html><head><style>p{color:red}</style></head><body><p>Kính gửi công ty,</p>"
            "<script>alert(1)</script><p>Tôi muốn <b>xem</b> dữ liệu &amp; lịch sử.<br>"
            "Lê Mai</p></body></html>")
    draft = email_intake.read(eml(tmp_path, text=None, html=html))
    assert draft.values["summary"].endswith(
        "Kính gửi công ty,\n\nTôi muốn xem dữ liệu & lịch sử.\nLê Mai")
    assert "alert" not in draft.values["summary"] and "color" not in draft.values["summary"]


def test_a_forwarded_message_is_kept_as_its_own_eml(tmp_path):
    inner = EmailMessage()
    inner["From"] = "Phạm An <an@example.vn>"
    inner["Subject"] = "Thư gốc"
    inner.set_content("Nội dung thư gốc")
    outer = EmailMessage()
    outer["From"] = SENDER
    outer["Date"] = "Tue, 10 Mar 2026 08:00:00 +0700"
    outer["Subject"] = "Fwd: Thư gốc"
    outer.set_content("Chuyển tiếp khiếu nại")
    outer.add_attachment(inner)
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(outer))
    draft = email_intake.read(path)
    assert [name for name, _ in draft.files] == ["fwd.eml", "Thư gốc.eml"]
    assert b"an@example.vn" in draft.files[1][1]


def test_the_case_and_its_files_are_one_audited_write(desk, tmp_path):
    draft = email_intake.read(eml(tmp_path))
    case_id = email_intake.create_case(desk, draft, {**CONFIRMED, "kind": "deletion"})
    case = complaints.get(desk, case_id)
    assert (case["kind"], case["channel"], case["received_on"]) == \
        ("deletion", "email", "2026-03-10")
    assert case["requester_contact"] == "hong@example.vn"
    kept = attachments.list_for(desk, "complaints", case_id)
    assert [(f["filename"], f["sha256"]) for f in kept] == [
        (name, hashlib.sha256(content).hexdigest()) for name, content in draft.files]
    assert all(attachments.intact(desk, f["id"]) for f in kept)
    assert audit.verify(desk) == []


def test_a_bad_intake_writes_neither_case_nor_files(desk, tmp_path):
    draft = email_intake.read(eml(tmp_path))
    before = audit.count(desk)
    with pytest.raises(ValidationError) as caught:
        email_intake.create_case(desk, draft, {**CONFIRMED, "kind": "gossip"})
    assert fields_of(caught) == ["kind"]
    assert audit.count(desk) == before and complaints.list_cases(desk) == []
    assert desk.scalar("SELECT count(*) FROM attachments") == 0


@pytest.mark.parametrize("date", [None, "not a date", "Thu, 01 Jan 1970 00:00:00 +0000",
                                  "Mon, 45 Foo 2026 99:99:99 +0000"])
def test_a_missing_or_zero_date_asks_for_the_day(desk, tmp_path, date):
    draft = email_intake.read(eml(tmp_path, date=date))
    assert draft.date_missing and draft.values["received_on"] == ""
    with pytest.raises(ValidationError) as caught:
        email_intake.create_case(desk, draft, CONFIRMED)
    assert fields_of(caught) == ["received_on"] and "enter the day" in str(caught.value)
    assert complaints.list_cases(desk) == []
    case_id = email_intake.create_case(desk, draft, {**CONFIRMED, "received_on": "2026-03-09"})
    assert complaints.get(desk, case_id)["received_on"] == "2026-03-09"


# -- .msg ----------------------------------------------------------------------------------

def test_an_outlook_msg_becomes_a_draft(desk, tmp_path):
    path = msg(tmp_path)
    draft = email_intake.read(path)
    assert draft.values == {
        "received_on": "2026-03-06", "channel": "email", "requester_name": "Trần Văn Bình",
        "requester_contact": "binh@example.vn",
        "summary": "Khiếu nại tin nhắn quảng cáo\n\nTôi đã từ chối nhưng vẫn nhận tin nhắn."
                   "\nTrần Văn Bình"}
    assert [name for name, _ in draft.files] == ["outlook.msg", "ảnh chụp tin nhắn.png"]
    assert draft.files[1][1] == b"\x89PNG fake"
    case_id = email_intake.create_case(desk, draft, CONFIRMED)
    assert len(attachments.list_for(desk, "complaints", case_id)) == 2


def test_an_undated_msg_asks_for_the_day(tmp_path):
    assert email_intake.read(msg(tmp_path, dated=False)).date_missing


# -- hostile messages ----------------------------------------------------------------------

@pytest.mark.parametrize(("sender", "words"), [
    ("=?utf-8?q?Evil=0D=0ABcc=3A_all=40senvang=2Evn?= <evil@example.com>", "line breaks"),
    ("=?utf-8?b?4oCuZ25wai5leGU=?= <rtl@example.com>", "direction"),  # U+202E
    ('"ceo@senvang.vn" <attacker@example.com>', "ceo@senvang.vn"),
    ("=?utf-8?q?ceo=40senvang=2Evn?= <attacker@example.com>", "ceo@senvang.vn"),
    ("a@example.vn, b@example.vn", "2 senders"),
    ("Khong co dia chi", "not an e-mail address"),
])
def test_forged_senders_are_refused(desk, tmp_path, sender, words):
    path = raw_eml(tmp_path, sender)
    with pytest.raises(ValidationError) as caught:
        email_intake.read(path)
    assert fields_of(caught) == [str(path)] and words in str(caught.value)


def test_no_sender_at_all_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="no sender address"):
        email_intake.read(eml(tmp_path, sender=None))


def test_messages_nested_too_deep_are_refused(tmp_path):
    message = EmailMessage()
    message["From"] = SENDER
    message.set_content("đáy")
    for level in range(email_intake.MAX_NESTING + 2):
        outer = EmailMessage()
        outer["From"] = SENDER
        outer["Subject"] = f"Fwd {level}"
        outer.set_content("xem thư kèm")
        outer.add_attachment(message)
        message = outer
    path = tmp_path / "deep.eml"
    path.write_bytes(bytes(message))
    with pytest.raises(ValidationError, match="nested more than 3 deep"):
        email_intake.read(path)


def test_too_many_parts_are_refused(tmp_path):
    files = tuple((f"f{n}.txt", b"x") for n in range(email_intake.MAX_PARTS + 1))
    with pytest.raises(ValidationError, match="more than 200 parts"):
        email_intake.read(eml(tmp_path, files=files))


def test_a_message_over_the_size_limit_is_refused_unread(tmp_path):
    """A 100 MB attachment: the file is over MAX_MESSAGE_BYTES (50 MB) before any read."""
    path = eml(tmp_path, name="big.eml")
    with path.open("r+b") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: the size is what is refused
    with pytest.raises(ValidationError, match="larger than 50 MB"):
        email_intake.read(path)


def test_empty_fifo_folder_and_non_mail_files_are_refused(tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    fifo = tmp_path / "pipe.eml"
    os.mkfifo(fifo)
    text = tmp_path / "notes.eml"
    text.write_text("Danh sách khách hàng\nkhông phải thư\n", encoding="utf-8")
    broken = tmp_path / "broken.msg"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    for path, words in ((empty, "is empty"), (fifo, "not a regular file"),
                        (tmp_path, "not a regular file"), (text, "not an e-mail"),
                        (broken, "not an Outlook message"),
                        (tmp_path / "missing.eml", "cannot be read")):
        with pytest.raises(ValidationError) as caught:
            email_intake.read(path)
        assert fields_of(caught) == [str(path)] and words in str(caught.value), path


def test_safe_names_have_no_folders_or_control_characters():
    assert email_intake.safe_name("..\\..\\Windows\\a.exe", 1, ".bin") == "a.exe"
    assert email_intake.safe_name("bad\r\nname\u202egpj.exe", 2, ".bin") == \
        "bad name gpj.exe"
    assert email_intake.safe_name("...", 3, ".pdf") == "attachment-3.pdf"
    long = email_intake.safe_name("x" * 300 + ".pdf", 4, ".bin")
    assert len(long) == email_intake.MAX_NAME and long.endswith(".pdf")
