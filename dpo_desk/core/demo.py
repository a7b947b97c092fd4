"""A realistic demo company (Vietnamese), deterministic for a seed (and today's date): the
company profile, the register of an online shop (customers, staff, partners, premises), two
years of complaints and requests with their register links and files, and breach incidents
across both regimes: four written by hand, plus a generated history, with evidence files,
that grows with the number of cases."""

from __future__ import annotations

import functools
import hashlib
import random
import struct
import zlib
from collections import Counter
from datetime import date, datetime, time, timedelta
from email.utils import format_datetime
from typing import TYPE_CHECKING

from dpo_desk.core import clock, register, rules, settings
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
# through a gateway, shipping partners, a cloud host abroad. The first 15 entries are the
# original ones (tests and fuzzers name them); the others complete the picture.
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
    # -- customers and the shop ---------------------------------------------------------
    {"name": "Chương trình hội viên tích điểm", "subjects": ["customers"],
     "items": ["B01", "PHONE", "EMAIL", "CUSTOMER_ID", "DATE_OF_BIRTH", "ORDER_HISTORY"],
     "purpose": ["Tích điểm, đổi quà, xếp hạng thành viên", "Gửi ưu đãi dịp sinh nhật"],
     "legal_basis": "consent", "source": "Khách hàng đăng ký thành viên trên website, ứng dụng",
     "storage_location": "Hệ thống CRM (máy chủ tại Việt Nam)",
     "retention": "Đến khi khách hàng rời chương trình và 12 tháng sau",
     "security_measures": ["Phân quyền truy cập theo vai trò", "Mã hóa TLS"],
     "owner_department": "Marketing"},
    {"name": "Đánh giá và bình luận sản phẩm", "subjects": ["website_users"],
     "items": ["B01", "USERNAME", "PORTRAIT_PHOTO", "ORDER_HISTORY"],
     "purpose": ["Hiển thị đánh giá của người đã mua hàng", "Kiểm duyệt nội dung"],
     "legal_basis": "consent", "source": "Người dùng viết đánh giá trên website, ứng dụng",
     "storage_location": "Cơ sở dữ liệu website",
     "retention": "Trong thời gian sản phẩm còn bán, tối đa 5 năm",
     "security_measures": ["Chỉ hiển thị tên viết tắt", "Kiểm duyệt trước khi đăng"],
     "owner_department": "Marketing"},
    {"name": "Trò chuyện trực tuyến với khách hàng", "subjects": ["customers", "website_users"],
     "items": ["B01", "PHONE", "EMAIL", "ORDER_HISTORY", "IP_ADDRESS"],
     "purpose": ["Tư vấn, hỗ trợ khách hàng qua khung chat và Zalo OA"],
     "legal_basis": "consent", "source": "Khung chat trên website; Zalo Official Account",
     "storage_location": "Nền tảng chat Subiz (máy chủ tại Việt Nam)",
     "recipients": ["Subiz (processor)", "Zalo – Công ty Cổ phần VNG (processor)"],
     "retention": "12 tháng",
     "security_measures": ["Tự động che số thẻ trong nội dung chat",
                           "Xác thực hai lớp cho nhân viên tư vấn"],
     "owner_department": "Chăm sóc khách hàng"},
    {"name": "Đổi trả và bảo hành", "subjects": ["customers"],
     "items": ["B01", "PHONE", "DELIVERY_ADDRESS", "CUSTOMER_ID", "ORDER_HISTORY",
               "BANK_ACCOUNT_NUMBER"],
     "purpose": ["Tiếp nhận yêu cầu đổi trả, bảo hành", "Hoàn tiền cho khách hàng"],
     "legal_basis": "contract", "source": "Phiếu yêu cầu đổi trả trên website; tổng đài",
     "storage_location": "Hệ thống quản lý đơn hàng; ảnh sản phẩm lỗi trên Amazon S3",
     "recipients": ["Trung tâm bảo hành của nhà sản xuất (third party)",
                    "Giao Hàng Nhanh (processor)"],
     "retention": "5 năm kể từ khi hoàn tất yêu cầu",
     "security_measures": ["Phân quyền truy cập theo vai trò", "Nhật ký truy cập"],
     "owner_department": "Chăm sóc khách hàng"},
    {"name": "Thông báo đẩy trên ứng dụng di động", "subjects": ["website_users"],
     "items": ["COOKIES_DEVICE_IDS", "CUSTOMER_ID", "BROWSING_HISTORY"],
     "purpose": ["Báo trạng thái đơn hàng", "Gửi khuyến mãi trên ứng dụng"],
     "legal_basis": "consent", "source": "Ứng dụng di động của công ty",
     "storage_location": "Firebase Cloud Messaging", "recipients": ["Google LLC (processor)"],
     "cross_border": True, "cross_border_countries": ["Hoa Kỳ"],
     "retention": "Đến khi gỡ ứng dụng hoặc tắt thông báo",
     "security_measures": ["Hỏi đồng ý trước khi bật thông báo", "Mã hóa TLS"],
     "owner_department": "Công nghệ"},
    {"name": "Biểu mẫu liên hệ trên website", "subjects": ["prospects", "website_users"],
     "items": ["B01", "EMAIL", "PHONE", "IP_ADDRESS"],
     "purpose": ["Trả lời câu hỏi gửi qua website"], "legal_basis": "consent",
     "source": "Trang Liên hệ của website",
     "storage_location": "Cơ sở dữ liệu website; hộp thư liên hệ",
     "recipients": ["Google LLC (processor)"], "cross_border": True,
     "cross_border_countries": ["Hoa Kỳ"], "retention": "24 tháng",
     "security_measures": ["reCAPTCHA chống thư rác", "Mã hóa TLS"],
     "owner_department": "Chăm sóc khách hàng"},
    {"name": "Đăng ký tham dự sự kiện", "subjects": ["customers", "prospects"],
     "items": ["B01", "EMAIL", "PHONE", "PORTRAIT_PHOTO"],
     "purpose": ["Tổ chức hội thảo, sự kiện ra mắt sản phẩm",
                 "Chụp ảnh sự kiện để đăng trên trang của công ty"],
     "legal_basis": "consent", "source": "Biểu mẫu đăng ký trực tuyến (Google Forms)",
     "storage_location": "Google Drive của phòng Marketing",
     "recipients": ["Google LLC (processor)"], "cross_border": True,
     "cross_border_countries": ["Hoa Kỳ"],
     "retention": "6 tháng sau sự kiện; ảnh đã đăng đến khi có yêu cầu gỡ",
     "security_measures": ["Chia sẻ thư mục theo tên người dùng, không công khai"],
     "owner_department": "Marketing"},
    {"name": "Khảo sát mức độ hài lòng", "subjects": ["customers"],
     "items": ["EMAIL", "CUSTOMER_ID", "ORDER_HISTORY"],
     "purpose": ["Đo mức độ hài lòng sau khi mua hàng"], "legal_basis": "consent",
     "source": "Email mời khảo sát sau khi giao hàng", "storage_location": "SurveyMonkey",
     "recipients": ["SurveyMonkey (processor)"], "cross_border": True,
     "cross_border_countries": ["Hoa Kỳ"],
     "retention": "12 tháng; kết quả tổng hợp được ẩn danh",
     "security_measures": ["Không hỏi thông tin nhạy cảm", "Ẩn danh hóa khi tổng hợp"],
     "owner_department": "Marketing"},
    {"name": "Quảng cáo nhắm mục tiêu trên mạng xã hội", "subjects": ["website_users", "customers"],
     "items": ["COOKIES_DEVICE_IDS", "BROWSING_HISTORY", "EMAIL", "PHONE"],
     "purpose": ["Quảng cáo tới nhóm khách hàng tương tự", "Đo lường chuyển đổi quảng cáo"],
     "legal_basis": "consent", "source": "Pixel quảng cáo trên website; danh sách khách hàng",
     "storage_location": "Trình quản lý quảng cáo Meta và Google Ads",
     "recipients": ["Meta Platforms, Inc. (joint_controller)", "Google LLC (joint_controller)"],
     "cross_border": True, "cross_border_countries": ["Hoa Kỳ", "Ireland"],
     "retention": "180 ngày",
     "security_measures": ["Băm SHA-256 email, số điện thoại trước khi tải lên",
                           "Chỉ bật pixel khi người dùng đồng ý cookie"],
     "owner_department": "Marketing"},
    {"name": "Trang mạng xã hội của công ty", "subjects": ["customers", "website_users"],
     "items": ["B01", "SOCIAL_ACCOUNT_ID", "PORTRAIT_PHOTO"],
     "purpose": ["Trả lời bình luận, tin nhắn trên Facebook, Zalo, TikTok",
                 "Tổ chức minigame, trao giải"],
     "legal_basis": "consent", "source": "Trang Facebook, Zalo OA, kênh TikTok của công ty",
     "storage_location": "Các nền tảng mạng xã hội; bảng tính trao giải",
     "recipients": ["Meta Platforms, Inc. (joint_controller)",
                    "TikTok Pte. Ltd. (joint_controller)"],
     "cross_border": True, "cross_border_countries": ["Hoa Kỳ", "Singapore"],
     "retention": "Theo chính sách nền tảng; danh sách trúng giải 12 tháng",
     "security_measures": ["Xác thực hai lớp cho tài khoản quản trị trang"],
     "owner_department": "Marketing"},
    {"name": "Phòng chống gian lận đơn hàng", "subjects": ["customers", "website_users"],
     "items": ["PHONE", "DELIVERY_ADDRESS", "ORDER_HISTORY", "IP_ADDRESS", "COOKIES_DEVICE_IDS"],
     "purpose": ["Phát hiện đơn hàng ảo, bom hàng COD", "Chặn tài khoản gian lận"],
     "legal_basis": "contract", "source": "Hệ thống đặt hàng; lịch sử giao nhận",
     "storage_location": "Hệ thống quản lý đơn hàng (máy chủ tại Việt Nam)",
     "retention": "24 tháng",
     "security_measures": ["Người duyệt lại mọi quyết định chặn tài khoản",
                           "Phân quyền truy cập theo vai trò"],
     "owner_department": "Vận hành"},
    {"name": "Quay video đóng gói đơn hàng", "subjects": ["employees", "customers"],
     "items": ["CCTV_IMAGE", "DELIVERY_ADDRESS", "ORDER_HISTORY"],
     "purpose": ["Làm bằng chứng khi khách khiếu nại thiếu hàng, hư hỏng"],
     "legal_basis": "contract", "source": "Camera tại bàn đóng gói trong kho",
     "storage_location": "Máy chủ lưu video tại kho", "retention": "60 ngày",
     "security_measures": ["Chỉ trưởng kho và chăm sóc khách hàng được xem",
                           "Tự động xóa sau 60 ngày"],
     "owner_department": "Vận hành"},
    {"name": "Giao hàng quốc tế", "subjects": ["customers"],
     "items": ["B01", "PHONE", "EMAIL", "DELIVERY_ADDRESS", "PASSPORT_NUMBER"],
     "purpose": ["Giao hàng ra nước ngoài", "Khai báo hải quan"], "legal_basis": "contract",
     "source": "Khách hàng cung cấp khi đặt hàng quốc tế",
     "storage_location": "Hệ thống quản lý đơn hàng; cổng của hãng chuyển phát",
     "recipients": ["DHL Express Việt Nam (processor)", "Cơ quan Hải quan (authority)"],
     "cross_border": True, "cross_border_countries": ["Hoa Kỳ", "Nhật Bản", "Úc", "Singapore"],
     "retention": "5 năm kể từ giao dịch",
     "security_measures": ["Chỉ gửi dữ liệu hãng chuyển phát cần", "Mã hóa TLS"],
     "owner_department": "Vận hành"},
    {"name": "Mua hàng trả góp", "subjects": ["customers"],
     "items": ["B01", "PHONE", "CCCD_NUMBER", "CCCD_IMAGE", "FACE_TEMPLATE", "CREDIT_INFO"],
     "purpose": ["Chuyển hồ sơ trả góp cho công ty tài chính đối tác"],
     "legal_basis": "consent", "source": "Khách hàng chọn trả góp khi thanh toán",
     "storage_location": "Không lưu tại công ty; hồ sơ nằm trên cổng eKYC của đối tác",
     "recipients": ["Công ty tài chính đối tác (third party)"],
     "retention": "Không lưu sau khi chuyển hồ sơ; nhật ký chuyển 12 tháng",
     "security_measures": ["Chuyển thẳng sang đối tác, không lưu ảnh trên máy chủ công ty",
                           "Hợp đồng có điều khoản bảo vệ dữ liệu"],
     "owner_department": "Kinh doanh"},
    {"name": "Hóa đơn điện tử cho khách lẻ", "subjects": ["customers"],
     "items": ["B01", "EMAIL", "TAX_CODE_PERSONAL", "DELIVERY_ADDRESS"],
     "purpose": ["Xuất hóa đơn điện tử theo yêu cầu"], "legal_basis": "legal_obligation",
     "source": "Khách hàng yêu cầu xuất hóa đơn khi đặt hàng",
     "storage_location": "Phần mềm hóa đơn điện tử MISA meInvoice",
     "recipients": ["MISA (processor)", "Cơ quan thuế (authority)"],
     "retention": "10 năm (chứng từ kế toán)",
     "security_measures": ["Chữ ký số trên hóa đơn", "Phân quyền truy cập theo vai trò"],
     "owner_department": "Kế toán"},
    {"name": "Khách hàng doanh nghiệp (B2B)", "subjects": ["supplier_contacts"],
     "items": ["B01", "EMAIL", "PHONE", "EMPLOYMENT_DETAILS", "SIGNATURE"],
     "purpose": ["Báo giá, ký hợp đồng bán buôn", "Chăm sóc khách hàng doanh nghiệp"],
     "legal_basis": "contract", "source": "Danh thiếp, hợp đồng, email trao đổi",
     "storage_location": "Hệ thống CRM; tủ hợp đồng",
     "retention": "Trong thời hạn hợp đồng và 10 năm sau",
     "security_measures": ["Phân quyền truy cập theo vai trò", "Tủ hợp đồng có khóa"],
     "owner_department": "Kinh doanh"},
    {"name": "Đối tác tiếp thị liên kết", "subjects": ["supplier_contacts"],
     "items": ["B01", "EMAIL", "PHONE", "SOCIAL_ACCOUNT_ID", "BANK_ACCOUNT_NUMBER",
               "TAX_CODE_PERSONAL"],
     "purpose": ["Ghi nhận đơn hàng giới thiệu", "Chi trả hoa hồng, khấu trừ thuế"],
     "legal_basis": "contract", "source": "Đăng ký trên nền tảng tiếp thị liên kết",
     "storage_location": "Nền tảng Accesstrade; phần mềm kế toán",
     "recipients": ["Accesstrade Việt Nam (processor)", "Cơ quan thuế (authority)"],
     "retention": "Trong thời hạn hợp tác và 10 năm sau (chứng từ)",
     "security_measures": ["Đối soát hoa hồng hằng tháng", "Phân quyền truy cập theo vai trò"],
     "owner_department": "Marketing"},
    {"name": "Thu hồi công nợ", "subjects": ["customers", "supplier_contacts"],
     "items": ["B01", "PHONE", "DELIVERY_ADDRESS", "CUSTOMER_ID", "ORDER_HISTORY"],
     "purpose": ["Nhắc thanh toán công nợ quá hạn", "Khởi kiện khi cần thiết"],
     "legal_basis": "contract", "source": "Hệ thống kế toán; hợp đồng bán buôn",
     "storage_location": "Phần mềm kế toán",
     "recipients": ["Công ty Luật TNHH Minh Chính (third party)"],
     "retention": "Đến khi tất toán và 5 năm sau",
     "security_measures": ["Không nhắc nợ qua người thân, đồng nghiệp của khách hàng",
                           "Hợp đồng dịch vụ pháp lý có điều khoản bảo mật"],
     "owner_department": "Kế toán"},
    {"name": "Tiếp nhận yêu cầu của chủ thể dữ liệu",
     "subjects": ["customers", "website_users", "employees"],
     "items": ["B01", "EMAIL", "PHONE", "CCCD_NUMBER", "CCCD_IMAGE"],
     "purpose": ["Giải quyết yêu cầu, khiếu nại về dữ liệu cá nhân",
                 "Xác minh danh tính người yêu cầu"],
     "legal_basis": "legal_obligation", "source": "Email, thư, tổng đài, biểu mẫu website",
     "storage_location": "DPO Desk (máy chủ nội bộ)",
     "retention": "5 năm kể từ khi giải quyết xong",
     "security_measures": ["Chỉ bộ phận bảo vệ dữ liệu được truy cập",
                           "Nhật ký kiểm toán chống sửa đổi"],
     "owner_department": "Bảo vệ dữ liệu cá nhân"},
    # -- employees, candidates and contractors --------------------------------------------
    {"name": "Tài khoản email và hệ thống nội bộ", "subjects": ["employees"],
     "items": ["B01", "EMAIL", "USERNAME", "ACCOUNT_PASSWORD", "EMPLOYEE_ID", "IP_ADDRESS"],
     "purpose": ["Cấp và quản lý tài khoản làm việc", "Giám sát an toàn thông tin"],
     "legal_basis": "contract", "source": "Phòng Nhân sự khi nhận việc",
     "storage_location": "Google Workspace", "recipients": ["Google LLC (processor)"],
     "cross_border": True, "cross_border_countries": ["Hoa Kỳ", "Singapore"],
     "retention": "Khóa khi nghỉ việc, xóa sau 90 ngày",
     "security_measures": ["Xác thực hai lớp bắt buộc", "Chính sách mật khẩu mạnh"],
     "owner_department": "Công nghệ"},
    {"name": "Tính lương thuê ngoài", "subjects": ["employees", "employee_families"],
     "items": ["B01", "EMPLOYEE_ID", "BANK_ACCOUNT_NUMBER", "SALARY", "TAX_CODE_PERSONAL",
               "DEPENDANTS", "ATTENDANCE"],
     "purpose": ["Tính và chi trả lương", "Quyết toán thuế thu nhập cá nhân"],
     "legal_basis": "contract", "source": "Phòng Nhân sự; máy chấm công",
     "storage_location": "Hệ thống của đơn vị dịch vụ tính lương",
     "recipients": ["Công ty TNHH Dịch vụ Nhân sự Tâm Phát (processor)",
                    "Ngân hàng TMCP Á Châu (third party)"],
     "retention": "10 năm (chứng từ kế toán)",
     "security_measures": ["Hợp đồng xử lý dữ liệu có điều khoản bảo mật",
                           "Truyền tệp qua SFTP có mã hóa"],
     "owner_department": "Nhân sự"},
    {"name": "Đào tạo nội bộ", "subjects": ["employees"],
     "items": ["B01", "EMPLOYEE_ID", "EMPLOYMENT_DETAILS", "EDUCATION"],
     "purpose": ["Quản lý khóa đào tạo, kết quả kiểm tra và chứng chỉ"],
     "legal_basis": "contract", "source": "Hệ thống học trực tuyến nội bộ",
     "storage_location": "Hệ thống học trực tuyến (máy chủ tại Việt Nam)",
     "retention": "Trong thời gian làm việc và 2 năm sau",
     "security_measures": ["Phân quyền truy cập theo vai trò"],
     "owner_department": "Nhân sự"},
    {"name": "Bảo hiểm sức khỏe cho nhân viên", "subjects": ["employees", "employee_families"],
     "items": ["B01", "DATE_OF_BIRTH", "CCCD_NUMBER", "FAMILY_MEMBERS", "HEALTH_RECORD",
               "INSURANCE_INFO"],
     "purpose": ["Mua bảo hiểm sức khỏe bổ sung", "Hỗ trợ hồ sơ bồi thường"],
     "legal_basis": "consent", "source": "Người lao động đăng ký tham gia",
     "storage_location": "Phòng Nhân sự; cổng của doanh nghiệp bảo hiểm",
     "recipients": ["Tổng Công ty Bảo hiểm Bảo Việt (third party)"],
     "retention": "Trong thời hạn hợp đồng bảo hiểm và 5 năm sau",
     "security_measures": ["Chỉ chuyên viên phúc lợi được truy cập",
                           "Gửi hồ sơ bồi thường qua kênh có mã hóa"],
     "owner_department": "Nhân sự"},
    {"name": "Người liên hệ khẩn cấp của nhân viên", "subjects": ["employee_families"],
     "items": ["B01", "PHONE", "EMERGENCY_CONTACT"],
     "purpose": ["Báo tin cho người thân khi nhân viên gặp tai nạn, ốm đau"],
     "legal_basis": "vital_interest", "source": "Người lao động khai khi nhận việc",
     "storage_location": "Phần mềm nhân sự", "retention": "Đến khi nghỉ việc",
     "security_measures": ["Chỉ phòng Nhân sự được truy cập"],
     "owner_department": "Nhân sự"},
    {"name": "Hình ảnh nhân viên trên kênh truyền thông", "subjects": ["employees"],
     "items": ["B01", "PORTRAIT_PHOTO", "EMPLOYMENT_DETAILS"],
     "purpose": ["Giới thiệu đội ngũ trên website", "Truyền thông tuyển dụng"],
     "legal_basis": "consent", "source": "Buổi chụp ảnh do công ty tổ chức",
     "storage_location": "Website; thư viện ảnh nội bộ",
     "retention": "Đến khi rút lại sự đồng ý hoặc nghỉ việc",
     "security_measures": ["Gỡ ảnh trong 5 ngày làm việc khi có yêu cầu"],
     "owner_department": "Nhân sự"},
    {"name": "Kiểm tra lý lịch ứng viên", "subjects": ["candidates"],
     "items": ["B01", "CCCD_NUMBER", "CRIMINAL_RECORD"],
     "purpose": ["Xác minh lý lịch tư pháp cho vị trí thủ kho, thu ngân"],
     "legal_basis": "consent", "source": "Ứng viên nộp Phiếu lý lịch tư pháp",
     "storage_location": "Tủ hồ sơ có khóa của phòng Nhân sự",
     "retention": "Hủy sau 12 tháng nếu không tuyển dụng",
     "security_measures": ["Chỉ trưởng phòng Nhân sự được xem", "Hủy bằng máy hủy tài liệu"],
     "owner_department": "Nhân sự"},
    {"name": "Cộng tác viên và người làm tự do", "subjects": ["Cộng tác viên"],
     "items": ["B01", "CCCD_NUMBER", "PHONE", "PERMANENT_RESIDENCE", "BANK_ACCOUNT_NUMBER",
               "TAX_CODE_PERSONAL"],
     "purpose": ["Ký hợp đồng dịch vụ, thanh toán thù lao",
                 "Khấu trừ thuế thu nhập cá nhân"],
     "legal_basis": "contract", "source": "Cộng tác viên cung cấp khi ký hợp đồng",
     "storage_location": "Phần mềm kế toán; tủ hợp đồng",
     "recipients": ["Cơ quan thuế (authority)"], "retention": "10 năm (chứng từ kế toán)",
     "security_measures": ["Phân quyền truy cập theo vai trò"],
     "owner_department": "Kế toán"},
    {"name": "Tiếp nhận tố giác sai phạm", "subjects": ["employees", "supplier_contacts"],
     "items": ["B01", "EMAIL", "PHONE", "EMPLOYMENT_DETAILS"],
     "purpose": ["Tiếp nhận, xác minh tố giác hành vi gian lận, sai phạm",
                 "Bảo vệ người tố giác"],
     "legal_basis": "consent", "source": "Hộp thư tố giác; đường dây nóng",
     "storage_location": "Hộp thư riêng của Ban Kiểm soát",
     "retention": "5 năm kể từ khi kết thúc xác minh",
     "security_measures": ["Cho phép tố giác ẩn danh", "Chỉ Ban Kiểm soát được truy cập"],
     "owner_department": "Kiểm soát nội bộ"},
    # -- premises and vehicles -------------------------------------------------------------
    {"name": "Thẻ ra vào văn phòng và kho", "subjects": ["employees"],
     "items": ["B01", "EMPLOYEE_ID", "PORTRAIT_PHOTO", "ATTENDANCE"],
     "purpose": ["Kiểm soát ra vào khu vực kho hàng và văn phòng"],
     "legal_basis": "contract", "source": "Phòng Hành chính cấp thẻ khi nhận việc",
     "storage_location": "Hệ thống kiểm soát ra vào",
     "retention": "12 tháng cho nhật ký ra vào",
     "security_measures": ["Khóa thẻ ngay khi nghỉ việc hoặc báo mất"],
     "owner_department": "Hành chính"},
    {"name": "Nhật ký Wi-Fi cho khách", "subjects": ["visitors"],
     "items": ["PHONE", "COOKIES_DEVICE_IDS", "IP_ADDRESS"],
     "purpose": ["Cấp Wi-Fi cho khách", "Lưu nhật ký truy cập Internet theo quy định"],
     "legal_basis": "legal_obligation", "source": "Trang đăng nhập Wi-Fi (mã OTP qua SMS)",
     "storage_location": "Máy chủ nhật ký tại văn phòng", "retention": "12 tháng",
     "security_measures": ["Mạng khách tách riêng mạng nội bộ"],
     "owner_department": "Công nghệ"},
    {"name": "Định vị xe ô tô công ty", "subjects": ["employees"],
     "items": ["B01", "VEHICLE_PLATE", "DRIVING_LICENCE_NUMBER", "GPS_LOCATION"],
     "purpose": ["Quản lý hành trình xe tải giao hàng liên tỉnh",
                 "Lắp thiết bị giám sát hành trình theo quy định vận tải"],
     "legal_basis": "legal_obligation", "source": "Thiết bị giám sát hành trình trên xe",
     "storage_location": "Nền tảng giám sát hành trình của nhà cung cấp",
     "recipients": ["Bình Anh GPS (processor)", "Cục Đường bộ Việt Nam (authority)"],
     "retention": "12 tháng",
     "security_measures": ["Tài khoản xem hành trình riêng cho từng điều phối viên"],
     "owner_department": "Vận hành"},
)


# -- people and places ----------------------------------------------------------------------

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
# Wards as they are named since the 2025 reorganisation (no more districts), by city, with
# how many of the shop's customers live there (weights).
CITIES = (
    ("TP. Hồ Chí Minh", 40, ("Sài Gòn", "Bến Thành", "Tân Định", "Bàn Cờ", "Xuân Hòa",
                             "Phú Nhuận", "Gia Định", "Bình Thạnh", "Tân Bình", "Gò Vấp",
                             "Thủ Đức", "Chợ Lớn", "Tân Thuận", "Thuận An", "Dĩ An")),
    ("Hà Nội", 30, ("Hoàn Kiếm", "Cửa Nam", "Ba Đình", "Ngọc Hà", "Hai Bà Trưng", "Đống Đa",
                    "Cầu Giấy", "Tây Hồ", "Long Biên", "Thanh Xuân", "Hoàng Mai", "Hà Đông")),
    ("TP. Đà Nẵng", 10, ("Hải Châu", "Hòa Cường", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn",
                         "Cẩm Lệ", "Liên Chiểu")),
    ("TP. Hải Phòng", 8, ("Hồng Bàng", "Lê Chân", "Ngô Quyền", "Hải An")),
    ("TP. Cần Thơ", 7, ("Ninh Kiều", "Cái Khế", "Tân An", "Bình Thủy")),
    ("Tỉnh Khánh Hòa", 5, ("Nha Trang", "Bắc Nha Trang", "Nam Nha Trang")),
)
STREETS = ("Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt",
           "Quang Trung", "Lê Duẩn", "Nguyễn Văn Cừ", "Phan Chu Trinh", "Hoàng Diệu", "Trần Phú",
           "Điện Biên Phủ", "Nguyễn Thị Minh Khai", "Võ Văn Kiệt", "Phạm Văn Đồng", "Lê Văn Sỹ",
           "Cách Mạng Tháng Tám", "Ngô Quyền", "Bạch Đằng", "Hùng Vương")


def address(rng: random.Random) -> tuple[str, str]:
    """A Vietnamese postal address and its city: "25/7 Lê Văn Sỹ, Phường Tân Định, TP. Hồ
    Chí Minh" (an alley number in Ho Chi Minh City, a lane in Hanoi)."""
    city, _, wards = rng.choices(CITIES, [c[1] for c in CITIES])[0]
    street, number = rng.choice(STREETS), rng.randint(1, 399)
    if city == "TP. Hồ Chí Minh" and rng.random() < 0.5:
        house = f"{number}/{rng.randint(1, 60)} {street}"
    elif city == "Hà Nội" and rng.random() < 0.4:
        house = f"Số {rng.randint(1, 80)}, ngõ {number} {street}"
    else:
        house = f"Số {number} {street}"
    return f"{house}, Phường {rng.choice(wards)}, {city}", city


# -- complaints and requests ------------------------------------------------------------

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


def complaints_rows(desk: Desk, count: int, *, seed: int = 1,
                    now: datetime | None = None) -> list[dict]:
    """`count` cases received over the two years before `now` (default: the clock's), in
    every state, ready to insert; no step lies after `now`."""
    from dpo_desk.core import complaints, deadlines

    rng = random.Random(seed * 7919 + 17)
    places = random.Random(seed * 7907 + 3)  # its own stream: the cases stay as they were
    now = now or clock.now()
    today = now.date()
    zone = now.tzinfo
    desk_settings = settings.get_all(desk)
    calendar = deadlines.load_calendar(desk)
    kinds = list(KIND_WEIGHTS)
    weights = list(KIND_WEIGHTS.values())
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
        if values["channel"] == "letter":  # a letter comes with the sender's postal address
            values["requester_contact"] = address(places)[0]
        row = complaints.new_record(values, desk_settings=desk_settings, calendar=calendar,
                                    entered_by=desk_settings["dpo_name"] or "demo",
                                    now=now.isoformat(timespec="seconds"), today=today)
        _advance(row, rng, now, zone, datetime, time, timedelta)
        rows.append(row)
    rows.sort(key=lambda r: r["received_on"])
    return rows


def _advance(row: dict, rng, now, zone, datetime, time, timedelta) -> None:
    """Move a case along its workflow as a diligent DPO would have by `now`."""
    today = now.date()
    received = date.fromisoformat(row["received_on"])
    due = date.fromisoformat(row["due"])
    age = (today - received).days

    def at(day: date, hour: int) -> str:
        moment = datetime.combine(min(day, today), time(hour, rng.randint(0, 59)), zone)
        return min(moment, now).isoformat(timespec="seconds")

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
    if rng.random() < 0.04:  # now and then a reply goes out late: the on-time rate shows it
        answer_day = due + timedelta(days=rng.randint(1, 12))
    else:
        answer_day = received + timedelta(days=int(rng.triangular(1, span, span * 0.5)))
    stuck = age <= 40 and rng.random() < 0.01  # a few recent cases wait longer than they may
    if answer_day < today and not stuck:
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


# What the DPO files with a case: the register entries it is about, and now and then the
# documents that came with it.
KIND_ENTRIES = {
    "access": ("Tài khoản khách hàng", "Khách hàng mua hàng trực tuyến"),
    "correction": ("Khách hàng mua hàng trực tuyến", "Tài khoản khách hàng"),
    "provide": ("Khách hàng mua hàng trực tuyến", "Thanh toán trực tuyến"),
    "deletion": ("Tài khoản khách hàng", "Chương trình hội viên tích điểm",
                 "Khách hàng mua hàng trực tuyến"),
    "withdraw_consent": ("Tiếp thị qua email", "Thông báo đẩy trên ứng dụng di động",
                         "Quảng cáo nhắm mục tiêu trên mạng xã hội"),
    "restriction": ("Quảng cáo nhắm mục tiêu trên mạng xã hội", "Cookie và phân tích website"),
    "objection": ("Quảng cáo nhắm mục tiêu trên mạng xã hội", "Tiếp thị qua email"),
    "protection": ("Tài khoản khách hàng", "Phòng chống gian lận đơn hàng"),
    "complaint": ("Tổng đài chăm sóc khách hàng", "Tiếp thị qua email",
                  "Trò chuyện trực tuyến với khách hàng"),
    "other": ("Cookie và phân tích website", "Tiếp nhận yêu cầu của chủ thể dữ liệu"),
}
# DOMAIN D3.6: requests about one's own data need the requester's identity verified.
IDENTITY_KINDS = ("access", "correction", "provide", "deletion", "restriction", "objection")
IDENTITY_METHOD = "Đối chiếu ảnh CCCD gửi kèm với thông tin tài khoản"
CASE_FILE_SHARE = 0.02
CASE_LINK_SHARE = 0.25


def case_evidence(rows: list[dict], *, seed: int, company: str, checked_by: str
                  ) -> tuple[dict[int, list[tuple[str, bytes, str]]], dict[int, list[str]]]:
    """For cases about to be inserted (by their index in `rows`): the files that came with
    about 2 % of them (an ID card scan for a request about one's own data, the request
    letter), as (file name, content, added at), and the register entries about a quarter of
    them are linked to, by name. A case with a scan gets the identity check it served for."""
    rng = random.Random(seed * 104729 + 7)
    today = clock.today().isoformat()
    files: dict[int, list[tuple[str, bytes, str]]] = {}
    links: dict[int, list[str]] = {}
    for n, row in enumerate(rows):
        if rng.random() < CASE_FILE_SHARE and row["received_on"] < today:
            received = date.fromisoformat(row["received_on"])
            added = datetime.combine(received, time(rng.randint(8, 16), rng.randint(0, 59)),
                                     clock.zone()).isoformat(timespec="seconds")
            files[n] = [(name, content, added) for name, content in
                        _case_files(row, rng, company)]
            if row["kind"] in IDENTITY_KINDS and row["acknowledged_at"]:
                row |= {"identity_method": IDENTITY_METHOD, "identity_checked_by": checked_by,
                        "identity_checked_at": row["acknowledged_at"],
                        "identity_result": "verified"}
        if rng.random() < CASE_LINK_SHARE:
            choices = KIND_ENTRIES[row["kind"]]
            links[n] = rng.sample(choices, 2 if rng.random() < 0.25 else 1)
    return files, links


def _case_files(row: dict, rng: random.Random, company: str) -> list[tuple[str, bytes]]:
    found = []
    if row["kind"] in IDENTITY_KINDS:
        found.append(("cccd-mat-truoc.png", id_card_scan(rng)))
        if rng.random() < 0.6:
            found.append(("cccd-mat-sau.png", id_card_scan(rng, back=True)))
    if row["channel"] in ("letter", "email") or not found:
        found.append(("don-de-nghi.txt", request_letter(row, rng, company)))
    return found


def request_letter(row: dict, rng: random.Random, company: str) -> bytes:
    """The requester's letter as the DPO typed it in (or as it came by email)."""
    if row["channel"] == "letter":
        where, city = row["requester_contact"], row["requester_contact"].rsplit(", ", 1)[-1]
        contact = ""
    else:
        where, city = address(rng)
        contact = f"Điện thoại/email: {row['requester_contact']}\n"
    written = date.fromisoformat(row["received_on"]) - timedelta(days=rng.randint(0, 3))
    identity = ("Tôi gửi kèm ảnh chụp thẻ căn cước để công ty xác minh danh tính.\n"
                if row["kind"] in IDENTITY_KINDS else "")
    return (f"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            f"{city}, ngày {written.day:02d} tháng {written.month:02d} năm {written.year}\n\n"
            f"ĐƠN ĐỀ NGHỊ VỀ DỮ LIỆU CÁ NHÂN\n\n"
            f"Kính gửi: {company}\nBộ phận bảo vệ dữ liệu cá nhân\n\n"
            f"Tôi tên là: {row['requester_name']}\nĐịa chỉ: {where}\n{contact}\n"
            f"Nội dung đề nghị: {row['summary']}.\n\n{identity}"
            f"Đề nghị công ty trả lời trong thời hạn pháp luật về bảo vệ dữ liệu cá nhân quy "
            f"định.\n\nNgười làm đơn\n(đã ký)\n{row['requester_name']}\n").encode()


def attachment_row(owner_table: str, owner_id: int, filename: str, content: bytes,
                   added_at: str) -> dict:
    """An `attachments` row as `attachments.add` writes it, for a bulk insert."""
    return {"owner_table": owner_table, "owner_id": owner_id, "filename": filename,
            "sha256": hashlib.sha256(content).hexdigest(), "bytes": len(content),
            "content": content, "added_at": added_at}


# -- generated files ------------------------------------------------------------------------
# Small grey PNG pictures (a few KB) drawn from the seed: scans and screenshots look like
# what a DPO files, without shipping real images.

class _Canvas:
    def __init__(self, width: int, height: int, background: int | bytes):
        self.width, self.height = width, height
        self.pixels = (bytearray(background) if isinstance(background, bytes)
                       else bytearray([background]) * (width * height))

    def box(self, left: int, top: int, right: int, bottom: int, shade: int) -> None:
        run = bytes([shade]) * (right - left)
        for y in range(top, bottom):
            start = y * self.width + left
            self.pixels[start:start + len(run)] = run

    def grain(self, left: int, top: int, right: int, bottom: int, rng: random.Random,
              shades: bytes) -> None:
        """A textured area (a photo) in the given shades."""
        width = right - left
        noise = rng.randbytes(width * (bottom - top)).translate(shades)
        for n, y in enumerate(range(top, bottom)):
            start = y * self.width + left
            self.pixels[start:start + width] = noise[n * width:(n + 1) * width]

    def png(self) -> bytes:
        width = self.width
        raw = b"".join(b"\x00" + self.pixels[y * width:(y + 1) * width]
                       for y in range(self.height))

        def chunk(tag: bytes, data: bytes) -> bytes:
            return (struct.pack(">I", len(data)) + tag + data
                    + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

        header = struct.pack(">IIBBBBB", width, self.height, 8, 0, 0, 0, 0)  # 8-bit grey
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(raw, 1)) + chunk(b"IEND", b""))


SKIN = bytes(150 + (n % 48) for n in range(256))  # the shades of a grey portrait


def _text_lines(canvas: _Canvas, rng: random.Random, left: int, top: int, count: int,
                longest: int, shade: int, step: int = 16) -> None:
    for line in range(count):
        y = top + line * step
        canvas.box(left, y, left + rng.randint(longest // 3, longest), y + 6, shade)


@functools.cache
def _blank_card(back: bool) -> bytes:
    card = _Canvas(360, 230, 236)
    card.box(14, 14, 346, 216, 128)
    card.box(15, 15, 345, 215, 248)
    card.box(15, 15, 345, 46, 200)
    if back:
        card.box(30, 60, 110, 140, 40)  # the chip
        card.box(30, 168, 330, 200, 215)  # the machine-readable zone
    return bytes(card.pixels)


def id_card_scan(rng: random.Random, *, back: bool = False) -> bytes:
    """A scanned ID card (a few KB): the card on a light page, the holder's photo and the
    lines of text, drawn over a blank card made once."""
    card = _Canvas(360, 230, _blank_card(back))
    if back:
        _text_lines(card, rng, 130, 64, 5, 190, 80)
    else:
        card.grain(28, 62, 110, 168, rng, SKIN)
        _text_lines(card, rng, 126, 64, 7, 200, 70)
    return card.png()


def screenshot(rng: random.Random) -> bytes:
    """A screenshot of an admin screen: title bar, menu, a table with one row marked."""
    screen = _Canvas(480, 300, 246)
    screen.box(0, 0, 480, 24, 55)
    screen.box(0, 24, 100, 300, 226)
    _text_lines(screen, rng, 12, 40, 8, 70, 110, step=24)
    marked = rng.randrange(12)
    for row in range(12):
        y = 40 + row * 20
        if row == marked:
            screen.box(104, y - 5, 476, y + 13, 205)
        screen.box(112, y, 112 + rng.randint(60, 160), y + 7, 90)
        screen.box(300, y, 300 + rng.randint(30, 150), y + 7, 125)
    return screen.png()


def scene_photo(rng: random.Random) -> bytes:
    """A photo of the place: wall, floor, and the empty spot where the device was."""
    photo = _Canvas(400, 300, 190)
    photo.box(0, 190, 400, 300, 120)
    left = rng.randint(40, 220)
    photo.box(left, 90, left + 140, 190, 150)
    photo.box(left + 30, 110, left + 110, 170, 215)
    for _ in range(rng.randint(3, 6)):
        x, y = rng.randint(0, 360), rng.randint(200, 280)
        photo.box(x, y, x + rng.randint(10, 40), y + rng.randint(4, 12), rng.randint(60, 100))
    return photo.png()


# -- incidents ----------------------------------------------------------------------------

def incidents_facts(now: datetime) -> list[tuple[dict, list[tuple]]]:
    """A few realistic breaches across 2025-2026 (both regimes), each with its steps:
    (state, days after discovery, extra arguments). The newest was discovered three hours
    before `now`, whatever the hour: a demo made at night has it too."""
    today = now.date()
    fresh = now.replace(minute=now.minute // 15 * 15, second=0, microsecond=0)
    found = fresh - timedelta(hours=3)

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
          "occurred_at": (found - timedelta(hours=8)).isoformat(),
          "detected_at": found.isoformat(),
          "location": "Trang quản trị website bán hàng",
          "description": "Phát hiện đăng nhập từ nước ngoài vào tài khoản quản trị lúc nửa đêm.",
          "cause": "Đang điều tra", "data_categories": ["Tài khoản khách hàng"],
          "consequences": "Đang đánh giá", "reporter": "Phòng Công nghệ"}, []),
    ]


def _add_incidents(desk: Desk, now: datetime) -> None:
    from dpo_desk.core import incidents

    for facts, steps in incidents_facts(now):
        detected = datetime.fromisoformat(facts["detected_at"])
        if detected > now:
            continue  # a demo dated before 2025's breaches (the frozen test fixtures)
        incident_id = incidents.create(desk, facts)
        for state, days, extra in steps:
            at = min(detected + timedelta(days=days), now)
            incidents.transition(desk, incident_id, state, at=at.isoformat(), **extra)


# -- the breach history ---------------------------------------------------------------------
# Kinds of breach an online shop meets, each with its facts as the DPO records them. An
# incident takes the n-th title and place of its kind (places: (short, full location)), a
# number of people and records in the ranges given, and the workflow its assessment
# implies: `decision` notify or no_notify; `lag`: hours from occurrence to discovery;
# `tell`: how likely the people affected are told too; `evidence`: the files filed.

WAREHOUSES = (("Thuận An", "Kho hàng Phường Thuận An, TP. Hồ Chí Minh"),
              ("Long Biên", "Kho hàng Phường Long Biên, Hà Nội"),
              ("Hòa Cường", "Kho hàng Phường Hòa Cường, TP. Đà Nẵng"))

INCIDENT_TEMPLATES = (
    {"key": "laptop_encrypted",
     "titles": ("Mất máy tính xách tay có ổ cứng mã hóa của nhân viên kinh doanh tại {place}",),
     "places": (("quán cà phê", "Quán cà phê trên đường Nguyễn Huệ, Phường Sài Gòn, "
                                "TP. Hồ Chí Minh"),
                ("sân bay Tân Sơn Nhất", "Nhà ga quốc nội, sân bay Tân Sơn Nhất, "
                                         "TP. Hồ Chí Minh"),
                ("bến xe Mỹ Đình", "Bến xe Mỹ Đình, Hà Nội")),
     "description": "Nhân viên kinh doanh để quên máy tính xách tay của công ty; máy chứa báo "
                    "giá và danh sách đầu mối khách hàng doanh nghiệp. Ổ cứng được mã hóa toàn "
                    "bộ bằng BitLocker, màn hình khóa bằng mật khẩu.",
     "cause": "Sơ suất của nhân viên",
     "categories": ("Khách hàng doanh nghiệp (B2B)", "Tài khoản email và hệ thống nội bộ"),
     "subjects": (40, 400), "per_subject": (1, 3),
     "consequences": "Nguy cơ thấp: dữ liệu trên máy đã được mã hóa",
     "measures": "Khóa thiết bị và thu hồi phiên đăng nhập từ xa; đổi mật khẩu email, CRM; "
                 "trình báo công an phường",
     "planned": "Kiểm tra mã hóa trên mọi máy xách tay mỗi quý",
     "reporter": "Phòng Kinh doanh", "parties": "", "decision": "no_notify",
     "assessment": "Ổ cứng được mã hóa toàn bộ, khóa khôi phục không lưu trên máy: khả năng lộ "
                   "dữ liệu rất thấp, không gây thiệt hại; không phải thông báo.",
     "lag": (1, 30), "tell": 0, "contain_first": True, "evidence": ("minutes", "screenshot")},
    {"key": "laptop_plain",
     "titles": ("Mất máy tính xách tay chưa mã hóa của phòng Nhân sự tại {place}",),
     "places": (("bãi gửi xe tòa nhà", "Bãi gửi xe tầng hầm tòa nhà văn phòng"),
                ("chi nhánh Hà Nội", "Văn phòng chi nhánh, Phường Cầu Giấy, Hà Nội")),
     "description": "Máy tính xách tay của chuyên viên nhân sự bị lấy cắp; ổ cứng chưa mã hóa, "
                    "trong máy có bảng lương và bản sao hồ sơ nhân sự.",
     "cause": "Trộm cắp; thiết bị chưa được mã hóa theo quy định nội bộ",
     "categories": ("Hồ sơ nhân sự", "Tính lương thuê ngoài"),
     "subjects": (60, 220), "per_subject": (2, 6),
     "consequences": "Có thể lộ số định danh, số tài khoản, tiền lương của người lao động; nguy "
                     "cơ bị lừa đảo, mạo danh",
     "measures": "Trình báo công an; đổi mật khẩu mọi tài khoản lưu trên máy; cảnh báo người "
                 "lao động về cuộc gọi, tin nhắn lạ",
     "planned": "Mã hóa ổ cứng toàn bộ máy xách tay trong 30 ngày",
     "reporter": "Phòng Nhân sự", "parties": "", "decision": "notify",
     "assessment": "Dữ liệu không mã hóa gồm thông tin tài chính của người lao động: có thể gây "
                   "thiệt hại về tài sản, danh dự.",
     "lag": (2, 20), "tell": 0.8, "evidence": ("minutes", "photo")},
    {"key": "phishing",
     "titles": ("Tài khoản CRM của nhân viên chăm sóc khách hàng bị chiếm qua email lừa đảo",
                "Nhân viên nhập mật khẩu vào trang đăng nhập giả mạo hệ thống chat"),
     "places": (("CRM", "Hệ thống CRM (máy chủ tại Việt Nam)"),
                ("chat", "Nền tảng chat Subiz")),
     "description": "Một email giả danh phòng Công nghệ dẫn tới trang đăng nhập giả; kẻ gian "
                    "dùng mật khẩu thu được để đăng nhập và xuất danh sách khách hàng trong "
                    "khoảng hai giờ.",
     "cause": "Tấn công lừa đảo (phishing); tài khoản chưa bật xác thực hai lớp",
     "categories": ("Khách hàng mua hàng trực tuyến", "Trò chuyện trực tuyến với khách hàng"),
     "subjects": (800, 9000), "per_subject": (1, 3),
     "consequences": "Khách hàng có thể nhận cuộc gọi, tin nhắn lừa đảo mạo danh công ty",
     "measures": "Khóa tài khoản, đổi mật khẩu; bật xác thực hai lớp cho toàn bộ nhân viên; "
                 "chặn tên miền giả mạo",
     "planned": "Đào tạo nhận diện email lừa đảo hằng quý",
     "reporter": "Phòng Công nghệ", "parties": "", "decision": "notify",
     "assessment": "Dữ liệu liên hệ và lịch sử mua hàng bị xuất ra ngoài: nguy cơ lừa đảo gây "
                   "thiệt hại về tài sản cho khách hàng.",
     "lag": (2, 36), "tell": 0.7, "evidence": ("log", "email", "screenshot")},
    {"key": "misdirected_email",
     "titles": ("Email danh sách đơn hàng gửi nhầm cho đối tác vận chuyển khác",
                "Gửi nhầm tệp đối soát COD cho bưu cục không phụ trách"),
     "places": (("", "Hộp thư phòng Vận hành"), ("", "Hộp thư phòng Kế toán")),
     "description": "Nhân viên gửi tệp danh sách đơn hàng trong ngày (họ tên, số điện thoại, "
                    "địa chỉ giao hàng) tới email của một đối tác vận chuyển khác do chọn nhầm "
                    "địa chỉ được gợi ý.",
     "cause": "Nhầm lẫn của nhân viên (tự động gợi ý địa chỉ email)",
     "categories": ("Khách hàng mua hàng trực tuyến",),
     "subjects": (30, 450), "per_subject": (1, 1),
     "consequences": "Nguy cơ thấp: bên nhận là đối tác có cam kết bảo mật và đã xóa tệp",
     "measures": "Đề nghị bên nhận xóa tệp và xác nhận bằng văn bản; nhắc nhở nhân viên",
     "planned": "Tắt tự động gợi ý người nhận ngoài công ty; gửi tệp qua cổng đối tác",
     "reporter": "Phòng Vận hành", "parties": "Đối tác vận chuyển nhận nhầm email",
     "decision": "no_notify",
     "assessment": "Bên nhận là đối tác có hợp đồng bảo mật, đã xác nhận xóa trong vòng hai "
                   "giờ; không có dấu hiệu dữ liệu bị sử dụng: không phải thông báo.",
     "lag": (0.2, 3), "tell": 0, "evidence": ("email", "minutes")},
    {"key": "ransomware",
     "titles": ("Mã độc tống tiền mã hóa máy chủ tệp tại kho {place}",),
     "places": WAREHOUSES,
     "description": "Máy chủ lưu tệp của kho bị mã độc tống tiền mã hóa; nhật ký tường lửa cho "
                    "thấy lưu lượng lớn gửi ra ngoài trước khi mã hóa, nghi dữ liệu đã bị sao "
                    "chép.",
     "cause": "Mã độc xâm nhập qua dịch vụ truy cập từ xa (RDP) mở ra Internet, mật khẩu yếu",
     "categories": ("Đổi trả và bảo hành", "Quay video đóng gói đơn hàng", "Hồ sơ nhân sự"),
     "subjects": (1500, 20000), "per_subject": (2, 5),
     "consequences": "Gián đoạn xử lý đổi trả hai ngày; nguy cơ dữ liệu khách hàng và nhân viên "
                     "bị công bố",
     "measures": "Cách ly máy chủ; khôi phục từ bản sao lưu ngoại tuyến; đóng cổng truy cập từ "
                 "xa; báo cơ quan công an",
     "planned": "Truy cập từ xa qua VPN có xác thực hai lớp; diễn tập khôi phục hằng quý",
     "reporter": "Phòng Công nghệ",
     "parties": "Đơn vị ứng cứu sự cố an toàn thông tin thuê ngoài", "decision": "notify",
     "assessment": "Dữ liệu có thể đã bị sao chép trước khi mã hóa, gồm thông tin khách hàng và "
                   "người lao động: có thể gây thiệt hại về tài sản, danh dự.",
     "lag": (3, 20), "tell": 1, "contain_first": True,
     "evidence": ("log", "screenshot", "minutes")},
    {"key": "insider",
     "titles": ("Nhân viên tra cứu và xuất danh sách khách hàng ngoài nhiệm vụ",
                "Nhân viên sắp nghỉ việc sao chép dữ liệu hội viên"),
     "places": (("", "Hệ thống CRM (máy chủ tại Việt Nam)"),
                ("", "Hệ thống CRM; ổ USB cá nhân của nhân viên")),
     "description": "Nhật ký truy cập cho thấy một tài khoản nhân viên tra cứu hàng nghìn hồ sơ "
                    "khách hàng ngoài phạm vi công việc và xuất tệp; nghi bán danh sách số điện "
                    "thoại cho bên ngoài.",
     "cause": "Hành vi cố ý của nhân viên; cảnh báo truy cập bất thường chưa được bật",
     "categories": ("Khách hàng mua hàng trực tuyến", "Chương trình hội viên tích điểm"),
     "subjects": (1000, 15000), "per_subject": (1, 2),
     "consequences": "Khách hàng có thể bị quấy rối, lừa đảo qua điện thoại",
     "measures": "Khóa tài khoản; thu hồi thiết bị; chuyển hồ sơ cho cơ quan công an",
     "planned": "Cảnh báo khi một tài khoản xuất quá 200 hồ sơ mỗi ngày",
     "reporter": "Phòng Công nghệ", "parties": "Nhân viên vi phạm (đã tạm đình chỉ công việc)",
     "decision": "notify",
     "assessment": "Dữ liệu đã bị đưa ra ngoài có chủ đích: nguy cơ gây thiệt hại về tài sản, "
                   "quấy rối khách hàng.",
     "lag": (96, 1200), "tell": 0.5, "evidence": ("log", "minutes")},
    {"key": "carrier_breach",
     "titles": ("Đơn vị vận chuyển thông báo bị lộ dữ liệu vận đơn",
                "Hệ thống tra cứu vận đơn của đối tác vận chuyển bị truy cập trái phép"),
     "places": (("", "Hệ thống của đối tác vận chuyển"),
                ("", "Cổng tra cứu vận đơn của đối tác vận chuyển")),
     "description": "Đối tác vận chuyển thông báo máy chủ của họ bị truy cập trái phép, trong đó "
                    "có dữ liệu đơn hàng công ty chuyển sang để giao hàng (họ tên, số điện "
                    "thoại, địa chỉ).",
     "cause": "Sự cố bảo mật tại bên xử lý dữ liệu",
     "categories": ("Khách hàng mua hàng trực tuyến",),
     "subjects": (2000, 40000), "per_subject": (1, 2),
     "consequences": "Nguy cơ khách hàng nhận tin nhắn giả mạo giao hàng để lừa chuyển khoản",
     "measures": "Yêu cầu đối tác báo cáo phạm vi; tạm dừng đồng bộ dữ liệu; cảnh báo khách "
                 "hàng trên website",
     "planned": "Rà soát điều khoản bảo vệ dữ liệu và quyền kiểm tra trong hợp đồng với đối tác",
     "reporter": "Phòng Vận hành", "parties": "Đối tác vận chuyển (bên xử lý dữ liệu)",
     "decision": "notify",
     "assessment": "Dữ liệu giao hàng của nhiều khách hàng bị lộ: nguy cơ lừa đảo gây thiệt hại "
                   "về tài sản.",
     "lag": (72, 480), "tell": 1, "evidence": ("email", "minutes")},
    {"key": "paper_files",
     "titles": ("Thất lạc hồ sơ ứng viên bản giấy khi chuyển văn phòng",
                "Hồ sơ lý lịch tư pháp của ứng viên để ngoài tủ khóa qua đêm"),
     "places": (("", "Văn phòng cũ và văn phòng mới của công ty"), ("", "Phòng họp tầng 8")),
     "description": "Một thùng hồ sơ ứng viên bản giấy (CV, phiếu lý lịch tư pháp, bản sao "
                    "CCCD) không còn được kiểm soát: không tìm thấy hoặc để ngoài tủ khóa.",
     "cause": "Bàn giao hồ sơ giấy không có biên bản kiểm đếm",
     "categories": ("Tuyển dụng", "Kiểm tra lý lịch ứng viên"),
     "subjects": (20, 140), "per_subject": (2, 4),
     "consequences": "Lộ dữ liệu lý lịch tư pháp (nhạy cảm) và thông tin liên hệ của ứng viên",
     "measures": "Tìm kiếm tại hai địa điểm; làm việc với đơn vị chuyển văn phòng; liên hệ ứng "
                 "viên",
     "planned": "Số hóa hồ sơ còn hạn, hủy hồ sơ giấy quá hạn; kiểm đếm khi bàn giao",
     "reporter": "Phòng Nhân sự", "parties": "", "decision": "notify",
     "assessment": "Có dữ liệu nhạy cảm (lý lịch tư pháp): có thể ảnh hưởng danh dự, nhân phẩm "
                   "của ứng viên.",
     "lag": (24, 240), "tell": 0.6, "evidence": ("minutes",)},
    {"key": "public_bucket",
     "titles": ("Ảnh sản phẩm lỗi khách gửi đổi trả để công khai trên kho lưu trữ đám mây",
                "Tệp xuất báo cáo đơn hàng để ở đường dẫn công khai"),
     "places": (("", "Amazon Web Services, vùng Singapore (bucket ảnh đổi trả)"),
                ("", "Amazon Web Services, vùng Singapore (bucket báo cáo)")),
     "description": "Một bucket lưu trữ bị đặt quyền đọc công khai sau khi cập nhật hạ tầng; tệp "
                    "có tên, số điện thoại, địa chỉ giao hàng của khách. Nhật ký ghi nhận lượt "
                    "tải từ địa chỉ IP lạ.",
     "cause": "Cấu hình sai quyền truy cập khi cập nhật hạ tầng bằng mã (IaC)",
     "categories": ("Đổi trả và bảo hành", "Lưu trữ đám mây và sao lưu"),
     "subjects": (300, 6000), "per_subject": (1, 4),
     "consequences": "Nguy cơ khách hàng bị lừa đảo bằng thông tin đơn hàng thật",
     "measures": "Chặn truy cập công khai; đổi khóa truy cập; rà soát nhật ký tải xuống",
     "planned": "Chặn truy cập công khai ở cấp tài khoản; kiểm tra cấu hình tự động hằng tuần",
     "reporter": "Phòng Công nghệ", "parties": "Amazon Web Services (bên xử lý dữ liệu)",
     "decision": "notify",
     "assessment": "Dữ liệu đã bị người lạ tải xuống: nguy cơ lừa đảo gây thiệt hại về tài sản.",
     "lag": (10, 240), "tell": 0.6, "evidence": ("log", "screenshot")},
    {"key": "credential_stuffing",
     "titles": ("Tấn công dò mật khẩu vào tài khoản khách hàng",
                "Tài khoản thành viên bị đăng nhập trái phép để dùng điểm thưởng"),
     "places": (("", "Trang đăng nhập website bán hàng"), ("", "Ứng dụng di động của công ty")),
     "description": "Hàng chục nghìn lượt đăng nhập từ nhiều địa chỉ IP dùng mật khẩu bị lộ từ "
                    "dịch vụ khác; một số tài khoản bị đăng nhập thành công và dùng điểm thưởng "
                    "để đặt hàng.",
     "cause": "Khách hàng dùng lại mật khẩu đã lộ; chưa giới hạn số lần đăng nhập",
     "categories": ("Tài khoản khách hàng", "Chương trình hội viên tích điểm"),
     "subjects": (20, 400), "per_subject": (3, 10),
     "consequences": "Mất điểm thưởng; lộ địa chỉ giao hàng và lịch sử mua hàng của các tài "
                     "khoản bị chiếm",
     "measures": "Buộc đổi mật khẩu các tài khoản bị ảnh hưởng; giới hạn tần suất đăng nhập; "
                 "hoàn điểm thưởng",
     "planned": "Xác thực OTP khi đăng nhập từ thiết bị lạ",
     "reporter": "Phòng Công nghệ", "parties": "", "decision": "notify",
     "assessment": "Tài khoản bị chiếm và điểm thưởng bị dùng: thiệt hại về tài sản của khách "
                   "hàng.",
     "lag": (1, 72), "tell": 1, "evidence": ("log", "screenshot")},
    {"key": "fingerprint_device",
     "titles": ("Máy chấm công vân tay tại kho {place} bị lấy trộm",),
     "places": WAREHOUSES,
     "description": "Máy chấm công lưu mẫu vân tay và mã nhân viên bị tháo trộm khỏi cổng kho "
                    "vào ban đêm.",
     "cause": "Trộm cắp; thiết bị lắp ngoài vùng quan sát của camera",
     "categories": ("Chấm công bằng vân tay",),
     "subjects": (40, 160), "per_subject": (1, 1),
     "consequences": "Lộ mẫu vân tay (dữ liệu sinh trắc học) của người lao động, không thể thay "
                     "đổi như mật khẩu",
     "measures": "Trình báo công an; vô hiệu hóa thiết bị trên phần mềm; tạm chấm công bằng thẻ",
     "planned": "Lắp máy mới trong vùng có camera; chỉ lưu mẫu vân tay dạng mã hóa",
     "reporter": "Phòng Hành chính", "parties": "", "decision": "notify",
     "assessment": "Dữ liệu sinh trắc học của người lao động bị mất kiểm soát: có thể gây thiệt "
                   "hại về danh dự, tài sản.",
     "lag": (4, 14), "tell": 1, "evidence": ("minutes", "photo")},
    {"key": "vehicle_tracking",
     "titles": ("Tài khoản xem hành trình xe tải giao hàng bị chia sẻ ra ngoài",),
     "places": (("", "Nền tảng giám sát hành trình của nhà cung cấp"),),
     "description": "Tài khoản điều phối của nền tảng giám sát hành trình bị đăng trên một nhóm "
                    "mạng xã hội; người ngoài xem được vị trí thời gian thực của xe và tài xế.",
     "cause": "Các điều phối viên dùng chung một mật khẩu",
     "categories": ("Định vị xe ô tô công ty",),
     "subjects": (8, 40), "per_subject": (200, 900),
     "consequences": "Lộ vị trí, lộ trình của tài xế; nguy cơ bị chặn cướp hàng trên đường",
     "measures": "Đổi mật khẩu; cấp tài khoản riêng cho từng điều phối viên; báo cho tài xế",
     "planned": "Bật xác thực hai lớp trên nền tảng giám sát hành trình",
     "reporter": "Phòng Vận hành", "parties": "Bình Anh GPS (bên xử lý dữ liệu)",
     "decision": "notify",
     "assessment": "Dữ liệu vị trí của người lao động bị lộ: nguy cơ cho tính mạng, tài sản.",
     "lag": (6, 96), "tell": 1, "evidence": ("screenshot", "log")},
    {"key": "chat_screenshot",
     "titles": ("Ảnh chụp nội dung chat với khách hàng bị đăng lên nhóm Zalo bên ngoài",),
     "places": (("", "Nhóm Zalo của cộng tác viên bán hàng"),),
     "description": "Nhân viên tư vấn chụp màn hình cuộc trò chuyện có họ tên, số điện thoại, "
                    "địa chỉ của khách để hỏi ý kiến trong một nhóm Zalo có người ngoài công ty.",
     "cause": "Vi phạm quy định nội bộ về chia sẻ dữ liệu khách hàng",
     "categories": ("Trò chuyện trực tuyến với khách hàng",),
     "subjects": (1, 12), "per_subject": (1, 3),
     "consequences": "Lộ thông tin liên hệ và nội dung trao đổi của khách hàng",
     "measures": "Gỡ ảnh, rời nhóm; nhắc nhở nhân viên; xin lỗi khách hàng",
     "planned": "Đào tạo lại quy định chia sẻ dữ liệu cho đội tư vấn",
     "reporter": "Phòng Chăm sóc khách hàng", "parties": "", "decision": "no_notify",
     "assessment": "Ảnh đã được gỡ sau 30 phút, nhóm ít thành viên, không có dữ liệu tài chính: "
                   "nguy cơ gây hại thấp; không phải thông báo.",
     "lag": (1, 48), "tell": 0, "evidence": ("screenshot", "minutes")},
    {"key": "payslips",
     "titles": ("Đơn vị tính lương gửi nhầm phiếu lương cho người lao động khác",),
     "places": (("", "Hệ thống email của đơn vị dịch vụ tính lương"),),
     "description": "Do lỗi ghép dữ liệu, phiếu lương tháng của một số người lao động được gửi "
                    "tới email của người khác; phiếu có tiền lương, số tài khoản, mã số thuế.",
     "cause": "Lỗi ghép danh sách email tại bên xử lý dữ liệu",
     "categories": ("Tính lương thuê ngoài",),
     "subjects": (10, 120), "per_subject": (1, 1),
     "consequences": "Lộ thu nhập và số tài khoản của người lao động cho đồng nghiệp",
     "measures": "Yêu cầu người nhận nhầm xóa email; dừng gửi tự động, rà soát danh sách",
     "planned": "Kiểm tra chéo danh sách trước mỗi kỳ gửi phiếu lương",
     "reporter": "Phòng Nhân sự",
     "parties": "Công ty TNHH Dịch vụ Nhân sự Tâm Phát (bên xử lý dữ liệu)",
     "decision": "notify",
     "assessment": "Lộ thông tin tài chính của người lao động: ảnh hưởng bí mật đời tư.",
     "lag": (2, 48), "tell": 1, "evidence": ("email",)},
    {"key": "visible_recipients",
     "titles": ("Email mời khảo sát gửi lộ danh sách người nhận (CC thay vì BCC)",
                "Bản tin khuyến mãi hiển thị địa chỉ email của khách hàng khác"),
     "places": (("", "Hộp thư phòng Marketing"), ("", "Hệ thống gửi email Mailchimp")),
     "description": "Email gửi tới nhiều khách hàng cùng lúc nhưng để địa chỉ người nhận ở trường "
                    "CC, mọi người nhận đều thấy email của nhau.",
     "cause": "Nhầm lẫn của nhân viên khi gửi thủ công",
     "categories": ("Khảo sát mức độ hài lòng", "Tiếp thị qua email"),
     "subjects": (90, 900), "per_subject": (1, 1),
     "consequences": "Lộ địa chỉ email của khách hàng; nguy cơ nhận thư rác, thư lừa đảo",
     "measures": "Thu hồi email; gửi thư xin lỗi; hướng dẫn khách hàng cảnh giác với email lạ",
     "planned": "Chỉ gửi email hàng loạt qua nền tảng gửi thư",
     "reporter": "Phòng Marketing", "parties": "", "decision": "notify",
     "assessment": "Danh sách email khách hàng bị lộ cho nhiều người: nguy cơ bị lừa đảo.",
     "lag": (0.5, 24), "tell": 1, "evidence": ("email",)},
    {"key": "cache_bug",
     "titles": ("Lỗi bộ nhớ đệm hiển thị đơn hàng của khách khác trên ứng dụng",
                "Trang theo dõi đơn hàng hiển thị địa chỉ của khách khác"),
     "places": (("", "Ứng dụng di động của công ty"), ("", "Website bán hàng")),
     "description": "Sau một bản cập nhật, máy chủ đệm trả trang chi tiết đơn hàng của người này "
                    "cho người khác trong khoảng ba giờ.",
     "cause": "Lỗi cấu hình bộ nhớ đệm sau khi cập nhật phần mềm",
     "categories": ("Khách hàng mua hàng trực tuyến", "Tài khoản khách hàng"),
     "subjects": (50, 1200), "per_subject": (1, 3),
     "consequences": "Người dùng khác xem được họ tên, địa chỉ, lịch sử đơn hàng",
     "measures": "Hoàn tác bản cập nhật; xóa bộ nhớ đệm; xác định tài khoản bị ảnh hưởng qua "
                 "nhật ký",
     "planned": "Kiểm thử bảo mật bắt buộc trước mỗi bản phát hành",
     "reporter": "Phòng Công nghệ", "parties": "", "decision": "notify",
     "assessment": "Lịch sử mua hàng (dữ liệu nhạy cảm) bị hiển thị cho người khác.",
     "lag": (1, 8), "tell": 0.5, "evidence": ("log", "screenshot")},
    {"key": "cctv_posted",
     "titles": ("Đoạn video camera an ninh bị nhân viên đăng lên mạng xã hội",),
     "places": (("", "Kho hàng Phường Thuận An, TP. Hồ Chí Minh; trang Facebook cá nhân"),),
     "description": "Một nhân viên bảo vệ quay lại màn hình camera cảnh khách hàng và nhân viên "
                    "tranh cãi rồi đăng lên Facebook cá nhân.",
     "cause": "Vi phạm quy định nội bộ; màn hình camera đặt nơi nhiều người nhìn thấy",
     "categories": ("Camera an ninh",),
     "subjects": (2, 8), "per_subject": (1, 1),
     "consequences": "Ảnh hưởng danh dự, nhân phẩm của những người trong video",
     "measures": "Yêu cầu gỡ video; đề nghị nền tảng gỡ các bản chia sẻ; xử lý kỷ luật",
     "planned": "Chuyển màn hình camera vào phòng có khóa",
     "reporter": "Phòng Hành chính", "parties": "", "decision": "notify",
     "assessment": "Hình ảnh bị đăng công khai: ảnh hưởng danh dự, nhân phẩm.",
     "lag": (6, 72), "tell": 1, "evidence": ("screenshot", "minutes")},
    {"key": "stolen_phone",
     "titles": ("Điện thoại công việc của nhân viên kinh doanh bị giật trên đường",),
     "places": (("", "Đường Lê Lợi, Phường Bến Thành, TP. Hồ Chí Minh"),
                ("", "Phố Huế, Phường Hai Bà Trưng, Hà Nội")),
     "description": "Điện thoại công ty có Zalo và email công việc bị giật; máy có mã khóa và "
                    "được quản lý bằng phần mềm quản lý thiết bị.",
     "cause": "Cướp giật",
     "categories": ("Khách hàng doanh nghiệp (B2B)",),
     "subjects": (15, 120), "per_subject": (1, 4),
     "consequences": "Nguy cơ thấp: máy đã khóa và được xóa dữ liệu từ xa",
     "measures": "Xóa dữ liệu từ xa; thu hồi phiên Zalo, email; khóa SIM",
     "planned": "", "reporter": "Phòng Kinh doanh", "parties": "", "decision": "no_notify",
     "assessment": "Thiết bị có mã khóa và đã bị xóa dữ liệu từ xa trong vòng một giờ: không có "
                   "dấu hiệu truy cập dữ liệu, không phải thông báo.",
     "lag": (0.5, 4), "tell": 0, "contain_first": True, "evidence": ("minutes", "screenshot")},
    {"key": "ekyc_partner",
     "titles": ("Đối tác trả góp làm lộ ảnh CCCD và ảnh khuôn mặt eKYC",),
     "places": (("", "Cổng eKYC của công ty tài chính đối tác"),),
     "description": "Công ty tài chính đối tác thông báo: một đường dẫn tải hồ sơ eKYC không yêu "
                    "cầu đăng nhập, gồm ảnh CCCD và ảnh khuôn mặt của khách đăng ký trả góp qua "
                    "công ty.",
     "cause": "Lỗi phân quyền tại hệ thống của bên thứ ba",
     "categories": ("Mua hàng trả góp",),
     "subjects": (100, 2500), "per_subject": (2, 3),
     "consequences": "Lộ ảnh CCCD và dữ liệu sinh trắc học; nguy cơ bị mạo danh vay tiền",
     "measures": "Đề nghị đối tác vô hiệu hóa đường dẫn, gửi danh sách hồ sơ bị truy cập; tạm "
                 "dừng trả góp qua đối tác",
     "planned": "Đánh giá lại đối tác; bổ sung điều khoản báo sự cố trong 24 giờ",
     "reporter": "Phòng Kinh doanh", "parties": "Công ty tài chính đối tác (bên thứ ba)",
     "decision": "notify",
     "assessment": "Ảnh CCCD và dữ liệu sinh trắc học bị lộ: nguy cơ mạo danh gây thiệt hại về "
                   "tài sản.",
     "lag": (48, 360), "tell": 1, "evidence": ("email", "minutes")},
    {"key": "wrong_parcel",
     "titles": ("Giao nhầm kiện hàng, nhãn vận đơn lộ thông tin người nhận",),
     "places": (("", "Chung cư tại Phường Hải Châu, TP. Đà Nẵng"),
                ("", "Chung cư tại Phường Thanh Xuân, Hà Nội")),
     "description": "Nhân viên giao hàng giao nhầm kiện cho người ở cùng tòa nhà; nhãn vận đơn "
                    "có họ tên, số điện thoại và địa chỉ của người nhận đúng.",
     "cause": "Nhầm lẫn của nhân viên giao hàng",
     "categories": ("Khách hàng mua hàng trực tuyến",),
     "subjects": (1, 1), "per_subject": (1, 1),
     "consequences": "Nguy cơ thấp: người nhận nhầm đã trả lại kiện hàng còn nguyên",
     "measures": "Thu hồi kiện hàng; xin lỗi khách hàng",
     "planned": "Che một phần số điện thoại trên nhãn vận đơn",
     "reporter": "Tổ giao hàng", "parties": "", "decision": "no_notify",
     "assessment": "Một người, dữ liệu liên hệ cơ bản, kiện hàng đã được trả lại: nguy cơ gây "
                   "hại thấp, không phải thông báo.",
     "lag": (2, 30), "tell": 0, "evidence": ("photo",)},
)


CASES_PER_INCIDENT = 2500  # the history grows with the company: one breach per so many cases
MAX_GENERATED_INCIDENTS = 80
# The newest incidents are still being handled, one in each state: (state reached, decision,
# discovered so many days ago).
OPEN_ENDINGS = (("discovered", "notify", 1), ("assessed", "notify", 2),
                ("contained", "notify", 3), ("assessed", "no_notify", 6),
                ("authority_notified", "notify", 9), ("subjects_notified", "notify", 14))
LATE_REASONS = ("Cần thời gian xác minh phạm vi dữ liệu bị ảnh hưởng với bên xử lý dữ liệu",
                "Người phát hiện không báo ngay cho bộ phận bảo vệ dữ liệu cá nhân",
                "Người phụ trách bảo vệ dữ liệu đi công tác, việc bàn giao bị chậm",
                "Phải khôi phục hệ thống trước khi xác định được dữ liệu bị ảnh hưởng")
FOUND_LATE = ("Sự cố chỉ được phát hiện {delay} sau khi xảy ra; công ty thông báo ngay sau khi "
              "xác minh được phạm vi dữ liệu bị ảnh hưởng")


def incident_plans(today: date, count: int, *, seed: int = 1) -> list[tuple[dict, list, tuple]]:
    """`count` breaches over the two years before `today`, oldest first, as (facts, steps,
    evidence kinds); a step is (state, time, arguments of `incidents.transition`). The older
    ones have run their course (DOMAIN D4: notified in time or late with the reason, people
    told where their location or biometric data was involved, or assessed as not to notify);
    the newest are still open, one in each state. Every step lies before `today`."""
    rng = random.Random(seed * 6151 + 29)
    midnight = datetime.combine(today, time(0), clock.zone())
    endings = OPEN_ENDINGS[:count]
    older = count - len(endings)
    order = rng.sample(INCIDENT_TEMPLATES, len(INCIDENT_TEMPLATES))
    slots = [(730 - 700 * (n + rng.random()) / older, order[n % len(order)], None)
             for n in range(older)]  # evenly over the two years, up to a month ago
    for state, decision, days_ago in reversed(endings):
        fits = [t for t in INCIDENT_TEMPLATES if t["decision"] == decision
                and (state != "subjects_notified" or t["tell"] == 1)]
        slots.append((days_ago, rng.choice(fits), state))
    used: Counter = Counter()
    numbers: Counter = Counter()
    plans = []
    for days_ago, template, ending in slots:
        detected = datetime.combine(today - timedelta(days=int(days_ago)),
                                    time(rng.randint(7, 21), rng.randint(0, 59)), clock.zone())
        facts = _incident_facts(template, used[template["key"]], detected, rng)
        used[template["key"]] += 1
        steps = [s for s in _incident_steps(template, facts, rng, ending) if s[1] < midnight]
        for state, at, extra in steps:
            if state == "authority_notified":
                numbers[at.year] += 1
                extra["reference"] = f"{numbers[at.year]:02d}/{at.year}/TB-BVDL"
        plans.append((facts, steps, template["evidence"]))
    return plans


def _incident_facts(template: dict, nth: int, detected: datetime, rng: random.Random) -> dict:
    short, location = template["places"][nth % len(template["places"])]
    occurred = detected - timedelta(minutes=round(rng.uniform(*template["lag"]) * 60))
    subjects = rng.randint(*template["subjects"])
    return {"title": template["titles"][nth % len(template["titles"])].format(place=short),
            "occurred_at": occurred.isoformat(timespec="seconds"),
            "detected_at": detected.isoformat(timespec="seconds"), "location": location,
            "description": template["description"], "cause": template["cause"],
            "data_categories": list(template["categories"]), "subjects_count": subjects,
            "records_count": subjects * rng.randint(*template["per_subject"]),
            "consequences": template["consequences"], "measures": template["measures"],
            "measures_planned": template["planned"], "reporter": template["reporter"],
            "parties_involved": template["parties"]}


def _incident_steps(template: dict, facts: dict, rng: random.Random,
                    ending: str | None) -> list[tuple[str, datetime, dict]]:
    """The workflow as the DPO ran it; cut after `ending` for an incident still open."""
    from dpo_desk.core import incidents

    detected = datetime.fromisoformat(facts["detected_at"])

    def after(hours: float) -> datetime:
        return detected + timedelta(minutes=round(hours * 60))

    judged = {"decision": template["decision"], "assessment": template["assessment"]}
    if template.get("contain_first"):  # wipe the device first, judge the harm afterwards
        contained = rng.uniform(0.5, 4)
        assessed = contained + rng.uniform(1, 12)
        steps = [("contained", after(contained), {}), ("assessed", after(assessed), judged)]
    else:
        assessed = rng.uniform(1, 10)
        contained = assessed + rng.uniform(1, 20)
        steps = [("assessed", after(assessed), judged), ("contained", after(contained), {})]
    handled = max(assessed, contained)
    if template["decision"] == "no_notify":
        steps.append(("closed", after(handled + rng.uniform(48, 400)), {}))
    else:
        late = ending is None and rng.random() < 0.2
        sent = rng.uniform(80, 150) if late else rng.uniform(max(handled + 1, 18), 60)
        notice = {"channel": "portal" if rng.random() < 0.7 else "agency"}
        if after(sent) > incidents.notify_by(facts):  # DOMAIN D4.2: say why it is late
            found_after = detected - datetime.fromisoformat(facts["occurred_at"])
            hours = found_after.total_seconds() / 3600
            if incidents.regime(facts) == rules.REGIME_DECREE_13 and hours >= 24:
                # under Decree 13 the clock ran from the occurrence, before anyone knew
                delay = f"{round(hours)} giờ" if hours < 48 else f"{round(hours / 24)} ngày"
                notice["late_reason"] = FOUND_LATE.format(delay=delay)
            else:
                notice["late_reason"] = rng.choice(LATE_REASONS)
        steps.append(("authority_notified", after(sent), notice))
        if ending == "subjects_notified" or rng.random() < template["tell"]:
            steps.append(("subjects_notified", after(sent + rng.uniform(1, 8)), {}))
        steps.append(("closed", after(sent + rng.uniform(240, 1000)), {}))
    if ending is not None:
        reached = [n for n, step in enumerate(steps) if step[0] == ending]
        steps = steps[:reached[-1] + 1] if reached else []
    return steps


def _add_generated_incidents(desk: Desk, count: int, *, seed: int, profile: dict,
                             today: date) -> None:
    """The breach history (`incident_plans`), written through the incident workflow, with
    the evidence of most incidents inserted in one go."""
    from dpo_desk.core import incidents

    files = random.Random(seed * 7717 + 11)
    midnight = datetime.combine(today, time(0), clock.zone())
    rows = []
    for facts, steps, evidence in incident_plans(today, count, seed=seed):
        incident_id = incidents.create(desk, facts)
        for state, at, extra in steps:
            incidents.transition(desk, incident_id, state,
                                 at=at.isoformat(timespec="seconds"), **extra)
        if files.random() < 0.1:
            continue  # not every incident has files
        detected = datetime.fromisoformat(facts["detected_at"])
        last = steps[-1][1] if steps else midnight - timedelta(minutes=1)
        for kind in evidence:
            added = min(detected + timedelta(minutes=files.randint(20, 240)), last)
            name, content = _evidence_file(kind, facts, files, profile, added)
            rows.append(attachment_row("incidents", incident_id, name, content,
                                       added.isoformat(timespec="seconds")))
    desk.insert_many("attachments", rows, note="demo evidence")


def _evidence_file(kind: str, facts: dict, rng: random.Random, profile: dict,
                   at: datetime) -> tuple[str, bytes]:
    if kind == "log":
        return "nhat-ky-truy-cap.log", access_log(facts, rng)
    if kind == "screenshot":
        return "anh-chup-man-hinh.png", screenshot(rng)
    if kind == "photo":
        return "anh-hien-truong.png", scene_photo(rng)
    if kind == "email":
        return "email-bao-cao.eml", report_email(facts, profile, at)
    return "bien-ban-ghi-nhan.txt", incident_minutes(facts, profile, at)


def access_log(facts: dict, rng: random.Random) -> bytes:
    """The system's access log around the incident, as exported for the file."""
    start = datetime.fromisoformat(facts["occurred_at"]) - timedelta(minutes=30)
    end = datetime.fromisoformat(facts["detected_at"]) + timedelta(minutes=30)
    span = max(60, int((end - start).total_seconds()))
    users = ("nv.cskh07", "nv.kho12", "admin", "svc-backup", "nv.kd03", "unknown")
    actions = (("login", "success"), ("login", "failed"), ("view", "ok"), ("search", "ok"),
               ("export", "ok"), ("download", "ok"))
    lines = []
    for offset in sorted(rng.randrange(span) for _ in range(rng.randint(40, 90))):
        moment = (start + timedelta(seconds=offset)).isoformat(timespec="seconds")
        action, result = rng.choice(actions)
        ip = (f"203.0.113.{rng.randint(2, 254)}" if rng.random() < 0.3
              else f"10.0.{rng.randint(0, 9)}.{rng.randint(2, 254)}")
        level = "WARN" if result == "failed" or action == "export" else "INFO"
        lines.append(f"{moment} {level:<4} user={rng.choice(users)} ip={ip} action={action} "
                     f"result={result}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def report_email(facts: dict, profile: dict, at: datetime) -> bytes:
    """The first report of the incident as it reached the DPO's mailbox."""
    domain = profile["email"].partition("@")[2] or "example.vn"
    return (f"From: {facts['reporter']} <baocao@{domain}>\n"
            f"To: {profile['dpo_name']} <{profile['dpo_email'] or profile['email']}>\n"
            f"Subject: Báo cáo sự cố: {facts['title']}\n"
            f"Date: {format_datetime(at)}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"Kính gửi bộ phận bảo vệ dữ liệu cá nhân,\n\n{facts['description']}\n\n"
            f"Thời điểm phát hiện: {facts['detected_at']}\nĐịa điểm: {facts['location']}\n"
            f"Biện pháp ban đầu: {facts['measures']}\n\nTrân trọng,\n{facts['reporter']}\n"
            ).encode()


def incident_minutes(facts: dict, profile: dict, at: datetime) -> bytes:
    """The internal record drawn up when the incident was reported."""
    return (f"{profile['company_name']}\n\nBIÊN BẢN GHI NHẬN SỰ CỐ DỮ LIỆU CÁ NHÂN\n\n"
            f"Thời gian lập: {at.strftime('%H:%M ngày %d/%m/%Y')}\n"
            f"Địa điểm xảy ra: {facts['location']}\n"
            f"Thành phần: {profile['dpo_name']} (bảo vệ dữ liệu cá nhân); đại diện "
            f"{facts['reporter']}\n\n1. Diễn biến: {facts['description']}\n"
            f"2. Nguyên nhân ban đầu: {facts['cause']}\n"
            f"3. Dữ liệu liên quan: {'; '.join(facts['data_categories'])}\n"
            f"4. Số chủ thể dữ liệu: {facts['subjects_count']}\n"
            f"5. Biện pháp đã áp dụng: {facts['measures']}\n\n"
            f"Biên bản lập thành 02 bản, mỗi bên giữ 01 bản.\n").encode()


# -- filling a database ---------------------------------------------------------------------

BATCH = 5000


def _add_complaints(desk: Desk, count: int, *, seed: int, profile: dict,
                    now: datetime) -> None:
    """`count` cases with their register links and files, inserted in bulk."""
    rows = complaints_rows(desk, count, seed=seed, now=now)
    files, links = case_evidence(rows, seed=seed, company=profile["company_name"],
                                 checked_by=profile["dpo_name"] or "demo")
    ids = []
    for start in range(0, len(rows), BATCH):
        ids += desk.insert_many("complaints", rows[start:start + BATCH], note="demo data")
    entries = {fold(r["name"]): r["id"] for r in desk.rows("SELECT id, name FROM register_entries")}
    link_rows = [{"complaint_id": ids[n], "entry_id": entries[fold(name)]}
                 for n, names in links.items() for name in names if fold(name) in entries]
    file_rows = [attachment_row("complaints", ids[n], name, content, added)
                 for n, found in files.items() for name, content, added in found]
    for table, batch in (("complaint_register_links", link_rows), ("attachments", file_rows)):
        for start in range(0, len(batch), BATCH):
            desk.insert_many(table, batch[start:start + BATCH], note="demo data")


def fill(desk: Desk, *, seed: int = 1, complaints: int = 0, incidents: bool = True,
         generated_incidents: int | None = None, now: datetime | None = None
         ) -> dict[str, str]:
    """Write the demo company (audited): its profile, its register, its incidents and
    `complaints` cases; returns the profile. Entries already in the register (by name) are
    left as they are; incidents are added only to a database without any.

    The incidents: the four written by hand, plus a generated breach history of
    `generated_incidents`, by default one per 2,500 cases (at most 80): a company that
    receives 100,000 requests in two years is a big one, while the small demos keep their
    four incidents (and the figures of reports made from them).

    Everything is dated up to `now` (default: the clock's), never after it."""
    now = now or clock.now()
    rng = random.Random(seed)
    name, tax_code, address_line, domain = rng.choice(COMPANIES)
    profile = {
        "company_name": name,
        "tax_code": tax_code,
        "address": address_line,
        "phone": f"028 {rng.randint(3800, 3999)} {rng.randint(1000, 9999)}",
        "email": f"lienhe@{domain}",
        "dpo_name": rng.choice(DPO_NAMES),
        "dpo_title": rng.choice(DPO_TITLES),
        "dpo_phone": f"09{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
        "dpo_email": f"dpo@{domain}",
    }
    if generated_incidents is None:
        generated_incidents = min(complaints // CASES_PER_INCIDENT, MAX_GENERATED_INCIDENTS)
    with desk.transaction():
        stored = settings.update(desk, profile)
        present = register.folded_names(desk)
        for entry in REGISTER:
            if fold(entry["name"]) not in present:
                register.create(desk, entry)
        if incidents and not desk.scalar("SELECT count(*) FROM incidents"):
            _add_incidents(desk, now)
            _add_generated_incidents(desk, generated_incidents, seed=seed, profile=stored,
                                     today=now.date())
        if complaints:
            _add_complaints(desk, complaints, seed=seed, profile=stored, now=now)
    return stored
