"""Issue 15, the rest: the minutes signed by the participants recorded for their meeting
(DOMAIN D4.4), the final minutes frozen, and a fact the notice stated corrected after it
was sent (DOMAIN D4.7), on a real database, the documents read back with pypdf."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from dpo_desk.core import incidents, letters, settings
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
