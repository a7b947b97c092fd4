"""A realistic demo company (Vietnamese), deterministic for a seed.

For now the company profile; the register, complaints and incidents arrive with their issues.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from dpo_desk.core import settings

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

COMPANIES = (
    ("Công ty TNHH Thương mại Điện tử Sen Vàng", "0312345678",
     "Tầng 8, 123 Nguyễn Thị Minh Khai, Phường Bến Thành, TP. Hồ Chí Minh", "senvang.vn"),
    ("Công ty Cổ phần Dịch vụ Y tế Hoa Sữa", "0109876543",
     "Số 45 Phố Huế, Phường Hai Bà Trưng, Hà Nội", "hoasua.com.vn"),
    ("Công ty TNHH Giáo dục Trực tuyến Ánh Dương", "0401122334",
     "256 Đường 2 Tháng 9, Phường Hòa Cường, TP. Đà Nẵng", "anhduong.edu.vn"),
)
DPO_NAMES = ("Nguyễn Thị Lan", "Trần Minh Đức", "Lê Hoàng Yến", "Phạm Quốc Bảo")
DPO_TITLES = ("Trưởng phòng Pháp chế", "Cán bộ bảo vệ dữ liệu cá nhân", "Giám đốc Tuân thủ")


def fill(desk: Desk, *, seed: int = 1) -> dict[str, str]:
    """Write the demo company profile (one audited transaction); returns it."""
    rng = random.Random(seed)
    name, tax_code, address, domain = rng.choice(COMPANIES)
    profile = {
        "company_name": name,
        "tax_code": tax_code,
        "address": address,
        "phone": f"028 {rng.randint(3800, 3999)} {rng.randint(1000, 9999)}",
        "email": f"lienhe@{domain}",
        "dpo_name": rng.choice(DPO_NAMES),
        "dpo_title": rng.choice(DPO_TITLES),
        "dpo_phone": f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "dpo_email": f"dpo@{domain}",
    }
    return settings.update(desk, profile)
