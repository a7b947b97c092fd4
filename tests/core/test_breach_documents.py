"""What a breach exposed (issue 15 point 4; DOMAIN D4.3) and the documents as sent (point 6;
DOMAIN D4.4, D4.7), on a real database, the documents read back with pypdf."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, datetime

import pytest

from dpo_desk.core import attachments, audit, clock, incidents, letters, settings
from dpo_desk.core.errors import ValidationError
from tests.core import test_incident_letters as base
from tests.core.test_incident_letters import FACTS, pdf_text

shop = base.shop  # the demo company with its registration, on 4/3/2026 at 08:00

PAYROLL = {**FACTS, "title": "Email bảng lương gửi nhầm", "data_categories": ["Hồ sơ nhân sự"],
           "location": "Hệ thống email nội bộ", "subjects_count": 86, "records_count": 86}


def rendered(write, desk, incident_id, **kw) -> str:
    buffer = io.BytesIO()
    write(desk, incident_id, buffer, **kw)
    buffer.seek(0)
    return pdf_text(buffer)


# -- what the breach exposed ------------------------------------------------------------------

def test_the_notice_lists_exactly_the_chosen_items(shop):
    # the payroll e-mail exposed names, employee numbers, salaries and bank accounts: not
    # the ID-card images, family or insurance data the HR entry also holds
    payroll = incidents.create(shop, {**PAYROLL, "exposed_items": [
        "Họ và tên", "Mã nhân viên", "Lương", "Số tài khoản"]})
    incident = incidents.get(shop, payroll)
    assert incident["exposed_items"] == ["B01", "EMPLOYEE_ID", "SALARY",
                                         "BANK_ACCOUNT_NUMBER"]
    assert "CCCD_IMAGE" in incident["proposed_items"]  # offered, not declared
    text = rendered(letters.authority_notice, shop, payroll)
    assert "Dữ liệu cá nhân cơ bản: Họ, chữ đệm và tên khai sinh, tên gọi khác; Mã nhân viên; "\
        "Tiền lương, thưởng, phụ cấp; Số tài khoản ngân hàng (để trả lương, hoàn tiền)" in text
    for absent in ("Ảnh chụp thẻ căn cước", "cha mẹ", "bảo hiểm xã hội", "Mã số thuế cá nhân",
                   "nhạy cảm", "Hồ sơ nhân sự:"):
        assert absent not in text, absent
    # the minutes and the people's notice list the same items, and only them
    for write in (letters.minutes, letters.subject_notice):
        other = rendered(write, shop, payroll)
        assert "Tiền lương, thưởng, phụ cấp" in other and "Ảnh chụp thẻ căn cước" not in other
    assert incident["sensitive"] is False


def test_a_sensitive_item_flags_the_incident_and_a_location_item_starts_the_people_clock(shop):
    basic = incidents.get(shop, incidents.create(shop, {
        **FACTS, "data_categories": ["Định vị nhân viên giao hàng"],
        "exposed_items": ["Họ và tên", "Số điện thoại"]}))
    assert basic["sensitive"] is False and basic["subjects_notify_by"] is None
    located = incidents.update(shop, basic["id"], {"exposed_items": ["Họ và tên", "GPS"]})
    assert located["sensitive"] is True
    # DOMAIN D4.5: Decree 356 Art. 29, 72 hours from discovery
    assert located["subjects_notify_by"] == "2026-03-06T08:30:00+07:00"
    cited = rendered(letters.authority_notice, shop, basic["id"])
    assert "Dữ liệu cá nhân nhạy cảm: Vị trí GPS từ điện thoại, ứng dụng, thiết bị định vị "\
        "(điểm h khoản 1 Điều 4 Nghị định số 356/2025/NĐ-CP)" in cited


def test_a_2025_incident_classifies_its_items_by_decree_13(shop):
    old = incidents.create(shop, {**FACTS, "occurred_at": "2025-11-10T10:00:00+07:00",
                                  "detected_at": "2025-11-10T20:00:00+07:00",
                                  "minutes_at": "2025-11-11T09:00:00+07:00",
                                  "late_reason": "Chờ xác minh",
                                  "exposed_items": ["Lịch sử mua hàng", "Số điện thoại"]})
    incident = incidents.get(shop, old)
    # DOMAIN D2, D4.3: order history was basic data under Decree 13
    assert incident["sensitive"] is False
    text = rendered(letters.authority_notice, shop, old)
    assert "Dữ liệu cá nhân cơ bản: Lịch sử mua hàng trên cửa hàng trực tuyến; Số điện thoại" \
        in text and "nhạy cảm" not in text


def test_an_incident_without_chosen_items_is_a_draft_that_says_so(shop, tmp_path):
    """The fallback for incidents logged before schema 13 (or without items): the linked
    entries' items are proposed and marked not confirmed; nothing final is declared."""
    older = incidents.create(shop, {k: v for k, v in FACTS.items() if k != "exposed_items"})
    incident = incidents.get(shop, older)
    assert incident["exposed_items"] is None and incident["items_confirmed"] is False
    # internally the proposal still counts: the entry's order history is sensitive
    assert incident["sensitive"] is True
    assert "exposed_items" in incidents.missing_notice_facts(shop, incident)
    with pytest.raises(ValidationError) as caught:
        letters.authority_notice(shop, older, tmp_path / "n.pdf")
    assert [e.field for e in caught.value.errors] == ["exposed_items"]
    text = rendered(letters.authority_notice, shop, older, draft=True)
    assert "BẢN NHÁP / DRAFT" in text
    assert "(Các loại dữ liệu trên lấy từ hồ sơ xử lý dữ liệu, chưa được xác nhận là bị ảnh "\
        "hưởng bởi sự cố này)" in text
    with pytest.raises(ValidationError) as caught:
        incidents.transition(shop, older, "authority_notified", channel="portal")
    assert [e.field for e in caught.value.errors] == ["exposed_items", "file"]
    assert incidents.get(shop, older)["status"] == "discovered"  # nothing half-written
    incidents.update(shop, older, {"exposed_items": incident["proposed_items"][:2]})
    assert "chưa được xác nhận" not in rendered(letters.authority_notice, shop, older)


# -- the minutes from their recorded facts ----------------------------------------------------

def test_minutes_record_the_meeting_and_their_conclusion_follows_the_decision(shop):
    new = incidents.create(shop, {**FACTS, "minutes_participants": [
        "Bà Lê Hoàng Yến, người phụ trách bảo vệ dữ liệu cá nhân",
        "Ông Võ Thành Nam, Giám đốc"], "minutes_findings": "Tệp đơn hàng bị tải 3 lần"})
    text = rendered(letters.minutes, shop, new)
    assert "Hôm nay, vào hồi 14 giờ 00 phút ngày 03/03/2026, tại Phòng họp tầng 3, trụ sở "\
        "chính, chúng tôi gồm: 1. Bà Lê Hoàng Yến, người phụ trách bảo vệ dữ liệu cá nhân; 2. "\
        "Ông Võ Thành Nam, Giám đốc." in text
    assert "Kết quả xác minh: Tệp đơn hàng bị tải 3 lần" in text
    assert "chậm nhất vào 08 giờ 30 phút ngày 06/03/2026" in text
    assert "01 bản gửi kèm thông báo vi phạm" in text
    # held after the deadline, they never promise a past date
    clock.freeze(datetime(2026, 3, 6, 4, 0, tzinfo=UTC))
    incidents.update(shop, new, {"minutes_at": "2026-03-06T10:00:00+07:00"})
    late = rendered(letters.minutes, shop, new)
    assert "Thời hạn thông báo vi phạm đã hết vào 08 giờ 30 phút ngày 06/03/2026" in late
    assert "chậm nhất vào" not in late
    # assessed as not to notify (Law 91): the minutes say so and why, and go on file only
    incidents.update(shop, new, {"notify_decision": "no_notify",
                                 "assessment": "Dữ liệu đã mã hóa, không thể đọc được"})
    kept = rendered(letters.minutes, shop, new)
    assert "không thuộc trường hợp phải thông báo" in kept
    assert "vì: Dữ liệu đã mã hóa, không thể đọc được" in kept
    assert "gửi kèm thông báo" not in kept and "chậm nhất vào" not in kept


def test_minutes_of_a_meeting_not_held_are_a_draft(shop):
    unheld = incidents.create(shop, {k: v for k, v in FACTS.items()
                                     if k not in ("minutes_at", "minutes_place")})
    with pytest.raises(ValidationError) as caught:
        letters.minutes(shop, unheld, io.BytesIO())
    assert [e.field for e in caught.value.errors] == ["minutes_at", "minutes_place"]
    text = rendered(letters.minutes, shop, unheld, draft=True)
    assert "Hôm nay, vào hồi [cần bổ sung], tại [cần bổ sung]" in text


def test_final_minutes_are_kept_frozen_and_listed_with_the_notice(shop, tmp_path):
    new = incidents.create(shop, dict(FACTS))
    out = letters.minutes(shop, new, tmp_path / "bb.pdf", final=True)
    kept = incidents.kept_document(shop, new, "minutes")
    assert kept["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    with pytest.raises(ValidationError) as caught:
        letters.minutes(shop, new, tmp_path / "again.pdf", final=True)
    assert [e.field for e in caught.value.errors] == ["final"]
    with pytest.raises(ValidationError) as caught:
        incidents.update(shop, new, {"minutes_place": "Phòng khác"})
    assert [e.field for e in caught.value.errors] == ["minutes_place"]
    incidents.update(shop, new, {"measures_planned": "Đào tạo lại"})  # other facts change
    settings.update(shop, {"dpo_name": "Nguyễn Văn Mới"})
    assert letters.minutes(shop, new, tmp_path / "later.pdf").read_bytes() == out.read_bytes()
    # the notice lists the minutes by their number
    assert "a) Biên bản xác nhận về việc xảy ra hành vi vi phạm quy định về bảo vệ dữ liệu cá "\
        "nhân số 01/2026/BB-BVDLCN" in rendered(letters.authority_notice, shop, new)
    with pytest.raises(ValidationError):
        attachments.remove(shop, kept["id"])
    assert audit.verify(shop) == []


# -- documents as sent ------------------------------------------------------------------------

def test_the_notice_sent_is_kept_and_never_re_rendered(shop, tmp_path):
    new = incidents.create(shop, dict(FACTS))
    incidents.transition(shop, new, "authority_notified", channel="portal",
                         at="2026-03-03T16:00:00+07:00")
    kept = incidents.kept_document(shop, new, "authority")
    content = attachments.content(shop, kept["id"])
    assert kept["sha256"] == hashlib.sha256(content).hexdigest()
    text = rendered(letters.authority_notice, shop, new)
    assert "ngày 03 tháng 3 năm 2026" in text and "Lê Hoàng Yến" in text
    # a later change of DPO does not rewrite what was sent (DOMAIN D4.7)
    settings.update(shop, {"dpo_name": "Nguyễn Văn Mới"})
    out = letters.authority_notice(shop, new, tmp_path / "again.pdf")
    assert out.read_bytes() == content
    # an English translation is rendered, for internal use
    assert "Nguyễn Văn Mới" in rendered(letters.authority_notice, shop, new, language="en")
    with pytest.raises(ValidationError):
        incidents.keep_document(shop, new, "authority", "other.pdf", b"%PDF")


def test_the_file_actually_sent_is_kept_as_given(shop):
    new = incidents.create(shop, dict(FACTS))
    portal = b"%PDF-1.7 exported from the National Portal"
    incidents.transition(shop, new, "authority_notified", channel="portal",
                         sent_file=("cong-thong-tin.pdf", portal))
    kept = incidents.kept_document(shop, new, "authority")
    assert kept["filename"] == "cong-thong-tin.pdf"
    assert attachments.content(shop, kept["id"]) == portal
    with pytest.raises(ValidationError) as caught:
        incidents.transition(shop, new, "closed", sent_file=("x.pdf", b"x"))
    assert [e.field for e in caught.value.errors] == ["file"]
    incidents.transition(shop, new, "subjects_notified")
    people = attachments.content(shop, incidents.kept_document(shop, new, "subjects")["id"])
    assert "Kính gửi: Khách hàng có dữ liệu cá nhân bị ảnh hưởng" in pdf_text(io.BytesIO(people))
    notes = [t["note"] for t in incidents.timeline(shop, new)]
    assert notes[-2:] == ["authority_notified → subjects_notified",
                          "notice to the people affected kept as sent: subject-notice.pdf"]


def test_evidence_goes_with_the_notice_under_its_title(shop, tmp_path):
    new = incidents.create(shop, dict(FACTS))
    (tmp_path / "IMG_2041.png").write_bytes(b"png")
    photo = attachments.add(shop, "incidents", new, tmp_path / "IMG_2041.png")
    with pytest.raises(ValidationError) as caught:
        attachments.describe(shop, photo, with_notice=True)
    assert [e.field for e in caught.value.errors] == ["title"]
    attachments.describe(shop, photo, title="Ảnh chụp cấu hình", with_notice=True)
    text = rendered(letters.authority_notice, shop, new)
    assert "b) Ảnh chụp cấu hình" in text and "IMG_2041" not in text
    attachments.describe(shop, photo, with_notice=False)
    assert "Ảnh chụp cấu hình" not in rendered(letters.authority_notice, shop, new)
    assert [t["note"] for t in incidents.timeline(shop, new)][-2:] == [
        "evidence described: Ảnh chụp cấu hình (sent with the notice)",
        "evidence described: Ảnh chụp cấu hình (on file only)"]
