"""A realistic demo company (Vietnamese), deterministic for a seed (and today's date): the
company profile, the register of an online shop, two years of complaints and requests, and a
few breach incidents across 2025-2026 (both regimes)."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from dpo_desk.core import register, settings
from dpo_desk.core.catalogue import fold

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


# The register of an online shop: customers, employees, candidates, marketing, payments
# through a gateway, shipping partners, a cloud host abroad.
REGISTER = (
    {"name": "Khách hàng mua hàng trực tuyến", "subjects": ["customers"],
     "items": ["B01", "PHONE", "EMAIL", "DELIVERY_ADDRESS", "ORDER_HISTORY"],
     "purpose": ["Xử lý và giao đơn hàng", "Chăm sóc khách hàng, đổi trả"],
     "legal_basis": "contract", "source": "Khách hàng tự cung cấp khi đặt hàng",
     "storage_location": "Hệ thống quản lý đơn hàng (máy chủ tại Việt Nam)",
     "recipients": ["Giao Hàng Nhanh (processor)", "Viettel Post (processor)"],
     "retention": "5 năm kể từ giao dịch cuối cùng",
     "security_measures": ["Mã hóa TLS", "Phân quyền truy cập theo vai trò",
                           "Sao lưu hằng ngày"],
     "owner_department": "Kinh doanh"},
    {"name": "Thanh toán trực tuyến", "subjects": ["customers"],
     "items": ["B01", "BANK_CARD", "BANK_TRANSACTION_HISTORY"],
     "purpose": ["Thanh toán đơn hàng", "Hoàn tiền"], "legal_basis": "contract",
     "source": "Cổng thanh toán", "storage_location": "Cổng thanh toán VNPAY; hệ thống kế toán",
     "recipients": ["VNPAY (processor)", "Ngân hàng TMCP Ngoại thương Việt Nam (third party)"],
     "retention": "10 năm (chứng từ kế toán)",
     "security_measures": ["Không lưu số thẻ đầy đủ", "Tuân thủ PCI DSS qua cổng thanh toán"],
     "owner_department": "Kế toán"},
    {"name": "Tài khoản khách hàng", "subjects": ["website_users"],
     "items": ["EMAIL", "USERNAME", "ACCOUNT_PASSWORD", "PHONE"],
     "purpose": ["Đăng nhập và quản lý tài khoản"], "legal_basis": "contract",
     "source": "Đăng ký trên website", "storage_location": "Cơ sở dữ liệu website",
     "retention": "Đến khi khách hàng yêu cầu xóa tài khoản",
     "security_measures": ["Băm mật khẩu (bcrypt)", "Xác thực hai lớp cho quản trị viên"],
     "owner_department": "Công nghệ"},
    {"name": "Tiếp thị qua email", "subjects": ["customers", "prospects"],
     "items": ["B01", "EMAIL", "BROWSING_HISTORY", "EMAIL_TRACKING"],
     "purpose": ["Gửi bản tin khuyến mãi", "Đo lường hiệu quả chiến dịch"],
     "legal_basis": "consent", "source": "Ô đăng ký nhận tin trên website",
     "storage_location": "Mailchimp",
     "recipients": ["Mailchimp (processor)"], "cross_border": True,
     "cross_border_countries": ["Hoa Kỳ"], "retention": "Đến khi rút lại sự đồng ý",
     "security_measures": ["Liên kết hủy đăng ký trong mọi email"],
     "owner_department": "Marketing"},
    {"name": "Cookie và phân tích website", "subjects": ["website_users"],
     "items": ["COOKIES_DEVICE_IDS", "IP_ADDRESS", "BROWSING_HISTORY"],
     "purpose": ["Thống kê lượt truy cập", "Cải thiện website"], "legal_basis": "consent",
     "source": "Trình duyệt của người dùng", "storage_location": "Google Analytics",
     "recipients": ["Google LLC (processor)"], "cross_border": True,
     "cross_border_countries": ["Hoa Kỳ"], "retention": "14 tháng",
     "security_measures": ["Ẩn danh hóa địa chỉ IP", "Bảng đồng ý cookie"],
     "owner_department": "Marketing"},
    {"name": "Lưu trữ đám mây và sao lưu", "subjects": ["customers", "employees"],
     "items": ["B01", "EMAIL", "PHONE", "DELIVERY_ADDRESS", "ORDER_HISTORY"],
     "purpose": ["Vận hành hệ thống", "Sao lưu và khôi phục"], "legal_basis": "contract",
     "source": "Các hệ thống nội bộ", "storage_location": "Amazon Web Services, vùng Singapore",
     "recipients": ["Amazon Web Services (processor)"], "cross_border": True,
     "cross_border_countries": ["Singapore"], "retention": "30 ngày cho bản sao lưu",
     "security_measures": ["Mã hóa khi lưu trữ", "Nhật ký truy cập"],
     "owner_department": "Công nghệ"},
    {"name": "Hồ sơ nhân sự", "subjects": ["employees", "employee_families"],
     "items": ["B01", "DATE_OF_BIRTH", "CCCD_NUMBER", "CCCD_IMAGE", "PERMANENT_RESIDENCE",
               "BANK_ACCOUNT_NUMBER", "SALARY", "TAX_CODE_PERSONAL", "SOCIAL_INSURANCE_NUMBER",
               "FAMILY_MEMBERS"],
     "purpose": ["Quản lý lao động, tiền lương", "Đóng bảo hiểm xã hội, thuế thu nhập cá nhân"],
     "legal_basis": "legal_obligation", "source": "Người lao động cung cấp",
     "storage_location": "Phần mềm nhân sự; tủ hồ sơ có khóa",
     "recipients": ["Cơ quan Bảo hiểm xã hội (authority)", "Cơ quan thuế (authority)"],
     "retention": "10 năm sau khi chấm dứt hợp đồng lao động",
     "security_measures": ["Chỉ phòng Nhân sự được truy cập", "Tủ hồ sơ có khóa"],
     "owner_department": "Nhân sự"},
    {"name": "Khám sức khỏe định kỳ", "subjects": ["employees"],
     "items": ["B01", "HEALTH_RECORD", "SICK_LEAVE"],
     "purpose": ["Khám sức khỏe định kỳ theo Bộ luật Lao động"],
     "legal_basis": "legal_obligation", "source": "Cơ sở khám bệnh",
     "storage_location": "Phòng Nhân sự", "recipients": ["Bệnh viện Đa khoa Hồng Đức (processor)"],
     "retention": "Đến khi nghỉ việc", "security_measures": ["Hồ sơ niêm phong"],
     "owner_department": "Nhân sự"},
    {"name": "Chấm công bằng vân tay", "subjects": ["employees"],
     "items": ["B01", "FINGERPRINT", "ATTENDANCE"], "purpose": ["Chấm công, tính lương"],
     "legal_basis": "consent", "source": "Máy chấm công tại văn phòng",
     "storage_location": "Máy chấm công; phần mềm chấm công",
     "retention": "3 năm", "security_measures": ["Lưu mẫu vân tay dạng mã hóa trên thiết bị"],
     "owner_department": "Nhân sự"},
    {"name": "Tuyển dụng", "subjects": ["candidates"],
     "items": ["B01", "EMAIL", "PHONE", "DATE_OF_BIRTH", "CV_EMPLOYMENT_HISTORY", "EDUCATION"],
     "purpose": ["Đánh giá và liên hệ ứng viên"], "legal_basis": "consent",
     "source": "Ứng viên nộp hồ sơ; TopCV", "storage_location": "Hộp thư tuyển dụng; Google Drive",
     "recipients": ["TopCV (third party)"], "retention": "12 tháng",
     "security_measures": ["Xóa hồ sơ không trúng tuyển sau 12 tháng"],
     "owner_department": "Nhân sự"},
    {"name": "Camera an ninh", "subjects": ["visitors", "employees"], "items": ["CCTV_IMAGE"],
     "purpose": ["Bảo đảm an ninh, an toàn tại văn phòng và kho"],
     "legal_basis": "Bảo vệ tài sản, có biển thông báo tại lối vào",
     "source": "Camera tại văn phòng và kho", "storage_location": "Đầu ghi camera tại kho",
     "retention": "30 ngày", "security_measures": ["Đầu ghi đặt trong phòng có khóa"],
     "owner_department": "Hành chính"},
    {"name": "Sổ khách ra vào", "subjects": ["visitors"],
     "items": ["B01", "CCCD_NUMBER", "PHONE", "VISITOR_LOG"],
     "purpose": ["Kiểm soát ra vào tòa nhà"], "legal_basis": "legal_obligation",
     "source": "Khách khai tại lễ tân", "storage_location": "Sổ giấy tại lễ tân",
     "retention": "6 tháng", "owner_department": "Hành chính"},
    {"name": "Tổng đài chăm sóc khách hàng", "subjects": ["customers"],
     "items": ["B01", "PHONE", "VOICE_RECORDING", "ORDER_HISTORY"],
     "purpose": ["Giải đáp thắc mắc", "Ghi âm để kiểm soát chất lượng"], "legal_basis": "consent",
     "source": "Cuộc gọi đến tổng đài", "storage_location": "Stringee",
     "recipients": ["Stringee (processor)"], "retention": "12 tháng",
     "security_measures": ["Thông báo ghi âm đầu cuộc gọi"],
     "owner_department": "Chăm sóc khách hàng"},
    {"name": "Định vị nhân viên giao hàng", "subjects": ["employees"],
     "items": ["B01", "PHONE", "GPS_LOCATION"], "purpose": ["Điều phối giao hàng nội thành"],
     "legal_basis": "consent", "source": "Ứng dụng giao hàng trên điện thoại",
     "storage_location": "Máy chủ ứng dụng giao hàng", "retention": "90 ngày",
     "security_measures": ["Chỉ định vị trong giờ làm việc"], "owner_department": "Vận hành"},
    {"name": "Đầu mối nhà cung cấp", "subjects": ["supplier_contacts"],
     "items": ["B01", "EMAIL", "PHONE"], "purpose": ["Liên hệ đặt hàng, thanh toán"],
     "legal_basis": "contract", "source": "Danh thiếp, hợp đồng",
     "storage_location": "Phần mềm kế toán", "retention": "Trong thời hạn hợp đồng và 5 năm sau",
     "owner_department": "Mua hàng"},
)


FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý")
MIDDLE = ("Văn", "Thị", "Minh", "Hoàng", "Ngọc", "Thanh", "Quốc", "Thu", "Hữu", "Đức", "Thị Hồng",
          "Bảo", "Gia")
GIVEN = ("An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng",
         "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Ngân", "Nhung", "Phong",
         "Phúc", "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thành", "Trang", "Trung", "Tuấn", "Vy",
         "Yến")
ASCII = str.maketrans("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ",
                      "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd")
SUMMARIES = {
    "access": "Đề nghị cho xem dữ liệu cá nhân công ty đang lưu về tài khoản của tôi",
    "correction": "Đề nghị sửa địa chỉ giao hàng và số điện thoại bị ghi sai",
    "provide": "Đề nghị cung cấp bản sao lịch sử đơn hàng năm trước",
    "deletion": "Đề nghị xóa tài khoản và toàn bộ dữ liệu cá nhân",
    "withdraw_consent": "Rút lại sự đồng ý nhận email tiếp thị",
    "restriction": "Đề nghị hạn chế dùng dữ liệu để quảng cáo",
    "objection": "Phản đối việc chia sẻ dữ liệu với đối tác quảng cáo",
    "protection": "Đề nghị áp dụng biện pháp bảo vệ sau khi nhận email lừa đảo mạo danh",
    "complaint": "Khiếu nại nhận cuộc gọi quảng cáo dù đã từ chối",
    "other": "Hỏi về chính sách bảo vệ dữ liệu cá nhân của công ty",
}
KIND_WEIGHTS = {"access": 14, "correction": 10, "provide": 6, "deletion": 16,
                "withdraw_consent": 18, "restriction": 4, "objection": 6, "protection": 3,
                "complaint": 18, "other": 5}
REPLIES = ("Chúng tôi đã thực hiện yêu cầu của Quý khách. Thông tin chi tiết gửi kèm thư này.",
           "Công ty đã cập nhật dữ liệu theo đề nghị và xác nhận bằng thư này.",
           "Công ty đã ngừng xử lý dữ liệu cho mục đích tiếp thị theo yêu cầu.")


def complaints_rows(desk: Desk, count: int, *, seed: int = 1) -> list[dict]:
    """`count` cases received over the last two years, in every state, ready to insert."""
    from datetime import datetime, time, timedelta

    from dpo_desk.core import clock, complaints, deadlines

    rng = random.Random(seed * 7919 + 17)
    today = clock.today()
    zone = clock.zone()
    desk_settings = settings.get_all(desk)
    calendar = deadlines.load_calendar(desk)
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
    now = clock.iso_now()
    rows = []
    for _ in range(count):
        received = today - timedelta(days=int(rng.triangular(0, 730, 0)))
        kind = rng.choices(kinds, weights)[0]
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        slug = name.lower().translate(ASCII).replace(" ", ".")
        contact = (f"{slug}{rng.randint(1, 99)}@gmail.com" if rng.random() < 0.6
                   else f"09{rng.randint(10000000, 99999999)}")
        values = {"received_on": received.isoformat(),
                  "channel": rng.choice(complaints.CHANNELS[:5]), "requester_name": name,
                  "requester_contact": contact, "kind": kind,
                  "complexity": "complex" if rng.random() < 0.25 else "simple",
                  "third_party_involved": rng.random() < 0.15, "summary": SUMMARIES[kind]}
        row = complaints.new_record(values, desk_settings=desk_settings, calendar=calendar,
                                    entered_by=desk_settings["dpo_name"] or "demo", now=now,
                                    today=today)
        _advance(row, rng, today, zone, datetime, time, timedelta)
        rows.append(row)
    rows.sort(key=lambda r: r["received_on"])
    return rows


def _add_incidents(desk: Desk) -> None:
    from datetime import datetime, timedelta

    from dpo_desk.core import clock, incidents

    today = clock.today()
    for facts, steps in incidents_facts(today):
        if datetime.fromisoformat(facts["detected_at"]) > clock.now():
            continue  # the demo day is earlier than the incident
        incident_id = incidents.create(desk, facts)
        detected = datetime.fromisoformat(facts["detected_at"])
        for state, days, extra in steps:
            at = min(detected + timedelta(days=days), clock.now())
            incidents.transition(desk, incident_id, state, at=at.isoformat(), **extra)


def _advance(row: dict, rng, today, zone, datetime, time, timedelta) -> None:
    """Move a case along its workflow as a diligent DPO would have by today."""
    from datetime import date

    received = date.fromisoformat(row["received_on"])
    due = date.fromisoformat(row["due"])
    age = (today - received).days

    def at(day: date, hour: int) -> str:
        return datetime.combine(min(day, today), time(hour, rng.randint(0, 59)),
                                zone).isoformat(timespec="seconds")

    if age >= 1:
        row["acknowledged_at"] = at(received + timedelta(days=1), 9)
        row["status"] = "acknowledged"
    if age >= 3:
        row["status"] = "in_progress"
    if rng.random() < 0.08 and age >= 5:
        row["extension_days"] = min(10, max(1, (due - received).days // 2))
        row["extension_reason"] = "Cần phối hợp với bên xử lý dữ liệu"
        row["extended_at"] = at(received + timedelta(days=4), 14)
        row["due"] = (due + timedelta(days=row["extension_days"])).isoformat()
        due = date.fromisoformat(row["due"])
    span = max(1, (due - received).days)
    answer_day = received + timedelta(days=int(rng.triangular(1, span * 1.1, span * 0.5)))
    if answer_day < today and rng.random() < 0.995:
        row["status"] = "answered"
        row["reply_text"] = rng.choice(REPLIES)
        row["answered_at"] = at(answer_day, 16)
        if (today - answer_day).days > 7:
            row |= {"status": "closed", "outcome": "completed",
                    "closed_at": at(answer_day + timedelta(days=7), 10)}
    elif age > 10 and rng.random() < 0.3:
        outcome = rng.choice(("withdrawn", "duplicate", "rejected"))
        row |= {"status": "closed", "outcome": outcome, "closed_at": at(received + timedelta(
            days=5), 11), "outcome_reason": "Yêu cầu không thuộc phạm vi dữ liệu công ty lưu giữ"
            if outcome == "rejected" else ""}
    elif age >= 3 and rng.random() < 0.1:
        row["status"] = "on_hold"
        row["hold_reason"] = "Chờ người yêu cầu bổ sung giấy tờ tùy thân"


def incidents_facts(today) -> list[tuple[dict, list[tuple]]]:
    """A few realistic breaches across 2025-2026 (both regimes), each with its steps:
    (state, days after discovery, extra arguments)."""
    from datetime import timedelta

    def when(days_ago: int, hour: int) -> str:
        return f"{(today - timedelta(days=days_ago)).isoformat()}T{hour:02d}:15:00+07:00"

    return [
        ({"title": "Thư mục sao lưu đơn hàng để công khai trên kho lưu trữ đám mây",
          "occurred_at": "2025-06-02T21:40:00+07:00", "detected_at": "2025-06-04T09:10:00+07:00",
          "location": "Amazon Web Services, vùng Singapore (bucket sao lưu)",
          "description": "Một thư mục sao lưu chứa tệp đơn hàng bị cấu hình cho phép truy cập "
                         "công khai; nhật ký cho thấy có 3 lượt tải từ địa chỉ IP lạ.",
          "cause": "Cấu hình sai quyền truy cập khi chuyển hệ thống sao lưu",
          "data_categories": ["Khách hàng mua hàng trực tuyến", "Lưu trữ đám mây và sao lưu"],
          "subjects_count": 4210, "records_count": 12630,
          "consequences": "Nguy cơ khách hàng bị lừa đảo qua điện thoại, email",
          "measures": "Khóa quyền truy cập công khai; rà soát toàn bộ bucket; đổi khóa truy cập",
          "measures_planned": "Kiểm tra cấu hình tự động hằng tuần",
          "reporter": "Phòng Công nghệ", "parties_involved": "Amazon Web Services (bên xử lý)"},
         [("assessed", 0.2, {"decision": "notify", "assessment": "Có thể gây thiệt hại về tài "
                             "sản cho khách hàng"}),
          ("contained", 0.3, {}), ("authority_notified", 3.5, {
              "channel": "portal", "reference": "01/2025/TB-SV",
              "late_reason": "Cần xác minh phạm vi dữ liệu với nhà cung cấp dịch vụ đám mây"}),
          ("closed", 30, {})]),
        ({"title": "Email bảng lương gửi nhầm cho toàn bộ nhân viên",
          "occurred_at": "2025-11-14T16:05:00+07:00", "detected_at": "2025-11-14T16:40:00+07:00",
          "location": "Hệ thống email nội bộ",
          "description": "Bảng lương tháng 10 kèm số tài khoản ngân hàng được gửi nhầm tới "
                         "danh sách email toàn công ty.", "cause": "Nhầm lẫn của nhân viên",
          "data_categories": ["Hồ sơ nhân sự"], "subjects_count": 86, "records_count": 86,
          "consequences": "Lộ thông tin thu nhập của người lao động",
          "measures": "Thu hồi email; yêu cầu xóa; nhắc nhở quy trình gửi",
          "reporter": "Phòng Nhân sự"},
         [("assessed", 0.1, {"decision": "notify", "assessment": "Ảnh hưởng danh dự, bí mật "
                             "đời tư của người lao động"}),
          ("contained", 0.2, {}),
          ("authority_notified", 1, {"channel": "agency", "reference": "02/2025/TB-SV"}),
          ("closed", 20, {})]),
        ({"title": "Mất điện thoại của nhân viên giao hàng có ứng dụng định vị",
          "occurred_at": when(40, 18), "detected_at": when(40, 20),
          "location": "Quận 7, TP. Hồ Chí Minh",
          "description": "Điện thoại công ty có ứng dụng giao hàng đang đăng nhập bị mất.",
          "cause": "Mất cắp", "data_categories": ["Định vị nhân viên giao hàng",
                                                  "Khách hàng mua hàng trực tuyến"],
          "subjects_count": 1, "records_count": 35,
          "consequences": "Lộ vị trí và lịch giao hàng trong ngày",
          "measures": "Khóa thiết bị từ xa; thu hồi phiên đăng nhập",
          "reporter": "Tổ giao hàng"},
         [("assessed", 0.1, {"decision": "notify", "assessment": "Dữ liệu vị trí (Điều 29)"}),
          ("contained", 0.1, {}),
          ("authority_notified", 1.5, {"channel": "portal", "reference": "05/2026/TB-SV"}),
          ("subjects_notified", 1.6, {})]),
        ({"title": "Tài khoản quản trị website đăng nhập bất thường",
          "occurred_at": when(1, 23), "detected_at": when(0, 7),
          "location": "Trang quản trị website bán hàng",
          "description": "Phát hiện đăng nhập từ nước ngoài vào tài khoản quản trị lúc nửa đêm.",
          "cause": "Đang điều tra", "data_categories": ["Tài khoản khách hàng"],
          "consequences": "Đang đánh giá", "reporter": "Phòng Công nghệ"}, []),
    ]


def fill(desk: Desk, *, seed: int = 1, complaints: int = 0,
         incidents: bool = True) -> dict[str, str]:
    """Write the demo company profile, register and `complaints` cases (audited); returns
    the profile. Entries already in the register (by name) are left as they are."""
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
    with desk.transaction():
        stored = settings.update(desk, profile)
        present = register.folded_names(desk)
        for entry in REGISTER:
            if fold(entry["name"]) not in present:
                register.create(desk, entry)
        if incidents and not desk.scalar("SELECT count(*) FROM incidents"):
            _add_incidents(desk)
        if complaints:
            rows = complaints_rows(desk, complaints, seed=seed)
            for start in range(0, len(rows), 5000):
                desk.insert_many("complaints", rows[start:start + 5000], note="demo data")
    return stored
