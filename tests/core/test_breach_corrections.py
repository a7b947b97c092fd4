"""Issue 15, the rest: the minutes signed by the participants recorded for their meeting
(DOMAIN D4.4), the final minutes frozen, and a fact the notice stated corrected after it
was sent (DOMAIN D4.7), on a real database, the documents read back with pypdf."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from dpo_desk.core import incidents, letters, settings
from dpo_desk.core.errors import ValidationError
from tests.core import test_incident_letters as base
from tests.core.test_incident_letters import FACTS, pdf_text

shop = base.shop  # the demo company with its registration, on 4/3/2026 at 08:00


def rendered(write, desk, incident_id, **kw) -> str:
    buffer = io.BytesIO()
    write(desk, incident_id, buffer, **kw)
    buffer.seek(0)
    return pdf_text(buffer)


def last_page(write, desk, incident_id, **kw) -> str:
    buffer = io.BytesIO()
    write(desk, incident_id, buffer, **kw)
    buffer.seek(0)
    return " ".join(PdfReader(buffer).pages[-1].extract_text().split())


# -- the minutes signed by their participants (point 3) --------------------------------------

def test_the_minutes_are_signed_by_the_participants_recorded(shop):
    head = settings.get(shop, "legal_representative")
    new = incidents.create(shop, {**FACTS, "minutes_participants": [
        f"Ông {head}, Giám đốc", "Bà Lê Hoàng Yến, người phụ trách bảo vệ dữ liệu cá nhân",
        "Trần Minh Đức, kỹ sư hệ thống", "Nguyễn Thị Hoa"]})
    signed = last_page(letters.minutes, shop, new)
    # each participant under their role in capitals, by name without "Ông"/"Bà"; the
    # legal representative with the seal; one without a role as a participant
    for part in ("GIÁM ĐỐC", "NGƯỜI PHỤ TRÁCH BẢO VỆ DỮ LIỆU CÁ NHÂN", "KỸ SƯ HỆ THỐNG",
                 "NGƯỜI THAM GIA", head, "Lê Hoàng Yến", "Trần Minh Đức", "Nguyễn Thị Hoa"):
        assert part in signed, part
    assert signed.count("(Ký, ghi rõ họ tên, đóng dấu)") == 1
    assert signed.count("(Ký, ghi rõ họ tên)") == 3
    # not the fixed signers of a meeting whose participants are not recorded
    assert "NGƯỜI PHÁT HIỆN, BÁO CÁO SỰ CỐ" not in signed
    assert "ĐẠI DIỆN DOANH NGHIỆP" not in signed
    english = last_page(letters.minutes, shop, new, language="en")
    assert "(Signature, full name and seal)" in english and "KỸ SƯ HỆ THỐNG" in english


def test_minutes_without_recorded_participants_keep_the_signers_they_name(shop):
    new = incidents.create(shop, dict(FACTS))
    signed = last_page(letters.minutes, shop, new)
    assert "NGƯỜI PHỤ TRÁCH BẢO VỆ DỮ LIỆU CÁ NHÂN" in signed
    assert "ĐẠI DIỆN DOANH NGHIỆP" in signed and "NGƯỜI PHÁT HIỆN, BÁO CÁO SỰ CỐ" in signed
    assert "NGƯỜI THAM GIA" not in signed


# -- the final minutes (point 1, core side) ---------------------------------------------------

def test_final_minutes_are_kept_once_and_written_as_kept(shop):
    new = incidents.create(shop, dict(FACTS))
    final = io.BytesIO()
    letters.minutes(shop, new, final, final=True)
    kept = incidents.kept_document(shop, new, "minutes")
    assert kept is not None and kept["bytes"] == len(final.getvalue())
    again = io.BytesIO()
    letters.minutes(shop, new, again)
    assert again.getvalue() == final.getvalue()  # never drawn up again
    with pytest.raises(ValidationError) as caught:
        letters.minutes(shop, new, io.BytesIO(), final=True)
    assert [e.field for e in caught.value.errors] == ["final"]
    with pytest.raises(ValidationError):  # their meeting's facts are frozen
        incidents.update(shop, new, {"minutes_place": "Phòng họp khác"})


# -- a fact the notice stated, corrected after it was sent (point 4; DOMAIN D4.7) -------------

def notified(desk, at: str, **facts) -> int:
    new = incidents.create(desk, {**FACTS, **facts})
    incidents.transition(desk, new, "authority_notified", channel="portal", at=at)
    return new


def test_a_discovery_time_corrected_after_the_notice_needs_a_reason_and_keeps_the_notice(shop):
    new = notified(shop, "2026-03-04T07:00:00+07:00")  # 72 h from 03/03 08:30: on time
    sent = incidents.kept_document(shop, new, "authority")
    assert incidents.get(shop, new)["late"] is False
    with pytest.raises(ValidationError) as caught:
        incidents.update(shop, new, {"occurred_at": "2026-02-28T20:00:00+07:00",
                                      "detected_at": "2026-03-01T06:00:00+07:00"})
    assert [e.field for e in caught.value.errors] == ["correction"]
    assert incidents.get(shop, new)["detected_at"] == FACTS["detected_at"]  # unchanged
    corrected = incidents.update(shop, new, {"occurred_at": "2026-02-28T20:00:00+07:00",
                                      "detected_at": "2026-03-01T06:00:00+07:00"},
                                 correction="Nhật ký máy chủ cho thấy phát hiện sớm hơn")
    # the deadline follows the corrected time; the verdict of the day it was sent stands
    assert corrected["notify_by"] == "2026-03-04T06:00:00+07:00"
    assert corrected["late"] is False and corrected["late_by_facts"] is True
    # the timeline records the correction and why; the notice kept as sent is untouched
    entry = incidents.timeline(shop, new)[-1]
    assert entry["event"] == "corrected"
    assert entry["params"] == {"fields": "occurred_at, detected_at",
                               "reason": "Nhật ký máy chủ cho thấy phát hiện sớm hơn"}
    assert ("detected_at", FACTS["detected_at"], "2026-03-01T06:00:00+07:00") in \
        entry["changes"]
    assert incidents.kept_document(shop, new, "authority") == sent
    text = rendered(letters.authority_notice, shop, new)
    assert "phát hiện lúc 08 giờ 30 phút ngày 03/03/2026" in text


def test_the_dpo_may_judge_the_lateness_again_with_the_reason(shop):
    new = notified(shop, "2026-03-04T07:00:00+07:00")
    with pytest.raises(ValidationError) as caught:  # nothing was corrected
        incidents.update(shop, new, {"title": "Khác"}, revise_late=True)
    assert [e.field for e in caught.value.errors] == ["revise_late"]
    revised = incidents.update(shop, new, {"occurred_at": "2026-02-28T20:00:00+07:00",
                                      "detected_at": "2026-03-01T06:00:00+07:00"},
                               correction="Phát hiện từ 01/03 theo nhật ký",
                               revise_late=True)
    assert revised["late"] is True
    assert incidents.timeline(shop, new)[-1]["params"]["reason"] == \
        "Phát hiện từ 01/03 theo nhật ký"


def test_changes_before_the_notice_or_to_facts_it_does_not_state_are_no_corrections(shop):
    new = incidents.create(shop, dict(FACTS))
    incidents.update(shop, new, {"detected_at": "2026-03-02T08:30:00+07:00"})  # not sent
    assert incidents.timeline(shop, new)[-1]["event"] is None
    incidents.transition(shop, new, "authority_notified", channel="portal",
                         at="2026-03-04T07:00:00+07:00")
    incidents.update(shop, new, {"title": "Lộ tệp đơn hàng"})  # the notice does not state it
    assert incidents.timeline(shop, new)[-1]["event"] is None
    incidents.update(shop, new, {"measures_planned": "Kiểm tra hằng ngày"},
                     correction="Bổ sung biện pháp")
    assert incidents.timeline(shop, new)[-1]["params"]["fields"] == "measures_planned"


def test_a_2025_occurrence_corrected_across_the_new_year_keeps_the_first_verdict(shop):
    """Decree 13: 72 hours from the occurrence. Violation 31/12/2025 23:00, discovered
    01/01/2026 01:00 (Law 91 by discovery), notice sent 02/01/2026 09:00: on time. The
    discovery corrected to 31/12/2025 23:30 puts the breach under Decree 13 and its clock
    from the occurrence: still on time; corrected to a discovery in 2025 with an occurrence
    on 29/12 the facts say late, the verdict stays unless judged again."""
    new = notified(shop, "2026-01-02T09:00:00+07:00",
                   occurred_at="2025-12-31T23:00:00+07:00",
                   detected_at="2026-01-01T01:00:00+07:00",
                   minutes_at="2026-01-01T10:00:00+07:00")
    first = incidents.get(shop, new)
    assert first["regime"] == "law-91-2025" and first["late"] is False
    moved = incidents.update(shop, new, {"occurred_at": "2025-12-29T07:00:00+07:00",
                                         "detected_at": "2025-12-31T23:30:00+07:00"},
                             correction="Thời điểm thực tế theo nhật ký")
    assert moved["regime"] == "decree-13-2023"
    assert moved["notify_by"] == "2026-01-01T07:00:00+07:00"
    assert moved["late_by_facts"] is True and moved["late"] is False


# -- the people told by group, the severity in the DPO's words (point 5; DOMAIN D4.5) ---------

COURIERS_AND_CUSTOMERS = {
    **FACTS, "data_categories": ["Khách hàng mua hàng trực tuyến", "Định vị nhân viên giao hàng"],
    "exposed_items": ["Họ và tên", "Lịch sử mua hàng", "GPS"]}


def test_each_group_is_told_only_about_data_of_theirs(shop):
    both = incidents.create(shop, COURIERS_AND_CUSTOMERS)
    groups = incidents.subject_groups(shop, incidents.get(shop, both))
    # the order history is the customers', the GPS the couriers' (employees); both entries
    # hold the name
    assert groups == [{"subjects": "customers", "items": ["B01", "ORDER_HISTORY"]},
                      {"subjects": "employees", "items": ["B01", "GPS_LOCATION"]}]
    text = rendered(letters.subject_notice, shop, both)
    customers, couriers = text.split("Kính gửi: ")[1:]
    assert customers.startswith("Khách hàng có dữ liệu cá nhân bị ảnh hưởng")
    assert "Lịch sử mua hàng" in customers and "Vị trí GPS" not in customers
    assert "dữ liệu vị trí" not in customers and "Về dữ liệu vị trí" not in customers
    assert couriers.startswith("Người lao động có dữ liệu cá nhân bị ảnh hưởng")
    assert "Vị trí GPS" in couriers and "Lịch sử mua hàng" not in couriers
    assert "Sự cố có liên quan đến dữ liệu vị trí của Quý vị." in couriers
    # the number of people is the incident's: not printed in a notice to one group
    assert "Số người bị ảnh hưởng" not in text
    english = rendered(letters.subject_notice, shop, both, language="en")
    assert "Customers whose personal data were affected" in english
    assert "Employees whose personal data were affected" in english


def test_an_item_no_entry_holds_is_told_to_every_group_and_no_register_means_everyone(shop):
    both = incidents.create(shop, {**COURIERS_AND_CUSTOMERS,
                                   "exposed_items": ["GPS", "Số CCCD"]})
    groups = incidents.subject_groups(shop, incidents.get(shop, both))
    assert groups == [{"subjects": "customers", "items": ["CCCD_NUMBER"]},
                      {"subjects": "employees", "items": ["GPS_LOCATION", "CCCD_NUMBER"]}]
    loose = incidents.create(shop, {**FACTS, "data_categories": ["GPS"],
                                    "exposed_items": ["GPS"]})
    assert incidents.subject_groups(shop, incidents.get(shop, loose)) == \
        [{"subjects": None, "items": ["GPS_LOCATION"]}]
    assert "Kính gửi: Quý khách hàng / người lao động bị ảnh hưởng" in rendered(
        letters.subject_notice, shop, loose)


def test_the_severity_is_the_dpos_and_required_where_article_29_applies(shop):
    located = incidents.create(shop, {**COURIERS_AND_CUSTOMERS, "severity": ""})
    # the final notice is made when its sending is recorded (before, it is a draft: issue 15
    # review P12): refused there without the severity
    incidents.transition(shop, located, "authority_notified", channel="portal")
    with pytest.raises(ValidationError) as caught:
        incidents.transition(shop, located, "subjects_notified")
    assert [e.field for e in caught.value.errors] == ["severity", "file"]
    assert "Mức độ nghiêm trọng: [cần bổ sung]" in rendered(
        letters.subject_notice, shop, located, draft=True)
    incidents.update(shop, located, {"severity": "Nghiêm trọng: lộ trình có thể bị theo dõi"})
    text = rendered(letters.subject_notice, shop, located)
    assert "Mức độ nghiêm trọng: Nghiêm trọng: lộ trình có thể bị theo dõi" in text
    assert "Sự cố có liên quan đến dữ liệu cá nhân nhạy cảm của" not in text  # no phrase
    assert FACTS["assessment"] not in text  # the DPO's internal reasoning stays inside
    # without location or biometric data the notice is good practice: no severity needed
    basic = incidents.create(shop, {**FACTS, "severity": ""})
    assert "Mức độ nghiêm trọng:" not in rendered(letters.subject_notice, shop, basic)


# -- the minutes name the authority of the day they are drawn up (point 7) --------------------

def test_minutes_of_a_2025_violation_held_in_2026_name_the_agency_of_law_91(shop):
    """Violation 31/12/2025 22:00, discovered 23:30 (Decree 13: 72 h from the occurrence);
    the minutes held 01/01/2026 cite Law 91 Art. 23(2) and the notice they announce goes to
    the specialised agency (Mẫu 08 from 2026); held on 31/12/2025, to the Ministry's A05."""
    night = incidents.create(shop, {**FACTS, "occurred_at": "2025-12-31T22:00:00+07:00",
                                    "detected_at": "2025-12-31T23:30:00+07:00",
                                    "minutes_at": "2026-01-01T10:00:00+07:00"})
    text = rendered(letters.minutes, shop, night)
    assert "Căn cứ khoản 2 Điều 23 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15;" in text
    assert "thông báo vi phạm cho Cơ quan chuyên trách bảo vệ dữ liệu cá nhân, Bộ Công an " \
        "chậm nhất vào 22 giờ 00 phút ngày 03/01/2026 (72 giờ sau khi xảy ra hành vi vi " \
        "phạm)" in text
    assert "Cục An ninh mạng" not in text
    incidents.update(shop, night, {"minutes_at": "2025-12-31T23:50:00+07:00"})
    held_2025 = rendered(letters.minutes, shop, night)
    assert "khoản 5 Điều 23 Nghị định số 13/2023/NĐ-CP" in held_2025
    assert "thông báo vi phạm cho Bộ Công an (Cục An ninh mạng và phòng, chống tội phạm sử " \
        "dụng công nghệ cao) chậm nhất vào 22 giờ 00 phút ngày 03/01/2026" in held_2025
