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
