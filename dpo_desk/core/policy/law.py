"""What the law asks of a privacy policy or notice: the gap codes of the CONTRACT with their
reason in Vietnamese and English and their source, and what a notice must tell the person.

Sources (texts checked through the published Law 91/2025/QH15 and Decree 356/2025/NĐ-CP;
extracts in DOMAIN.md and its law/ folder):
- Law 91 Art. 9(2): consent is valid only when the person knows (a) the kind of data and the
  purpose of processing, (b) the controller, (c) their rights and obligations.
- Law 91 Art. 4(1): the data subject's rights (to know; to consent, refuse, withdraw consent;
  to view and correct; to ask for a copy, deletion, restriction; to object; to complain, sue
  and claim damages; to ask for protection measures); Art. 4(2) their obligations, which
  Art. 9(2)(c) also asks the person be told.
- Law 91 Art. 28(3): using a customer's data for advertising needs their consent, knowing
  the content, method, form and frequency of the product introductions.
- Decree 356 Art. 5: the deadlines for requests (rules.LEGAL_DEADLINES; DOMAIN D3.2).
- Law 91 Art. 23(1): breach notice to the specialised agency within 72 hours of discovery
  (rules.BREACH_NOTICE_HOURS; DOMAIN D4.2).
- Decree 356 Art. 4(1)(l): behaviour-tracking and usage data of online services is sensitive
  (DOMAIN D2).
- Law 91 Art. 20: a transfer abroad (including the use of a platform abroad) needs a
  cross-border transfer impact dossier sent to the specialised agency.
- Law 91 Art. 28(3) and Art. 29: advertising on a customer's data needs their consent, with a
  way to refuse; social networks and online services must let users refuse cookies and
  tracking.
- Law 91 Art. 33(2): the company names a person or department responsible for data
  protection (small enterprises may defer it for five years, Art. 38(2)).
- Law 91 Art. 38(1): in force from 1 January 2026 (DOMAIN D1).
"""

from __future__ import annotations

from dataclasses import dataclass

from dpo_desk.core import rules


@dataclass(frozen=True)
class Gap:
    code: str
    vi: str
    en: str
    source: str


_ACCESS_DAYS = rules.LEGAL_DEADLINES["access"].complete_days

GAPS = {g.code: g for g in (
    Gap("no_retention_period",
        "Chính sách không nêu rõ thời hạn lưu trữ dữ liệu.",
        "The policy gives no clear retention period.",
        "Luật 91/2025, Điều 9 khoản 2; Điều 4 khoản 1 điểm a"),
    Gap("no_request_deadline",
        "Chính sách không nêu thời hạn giải quyết yêu cầu, khiếu nại của chủ thể dữ liệu.",
        "The policy gives no deadline for data-subject requests or complaints.",
        "Nghị định 356/2025, Điều 5"),
    Gap("request_deadline_exceeds_law",
        "Thời hạn hứa giải quyết yêu cầu dài hơn thời hạn luật định "
        f"(xem, chỉnh sửa, cung cấp: {_ACCESS_DAYS} ngày).",
        "The promised deadline for requests is longer than the law's "
        f"(access, correction, copy: {_ACCESS_DAYS} days).",
        "Nghị định 356/2025, Điều 5"),
    Gap("no_breach_commitment",
        "Chính sách không cam kết thông báo khi xảy ra vi phạm, sự cố dữ liệu.",
        "The policy makes no commitment to notify a data breach.",
        "Luật 91/2025, Điều 23"),
    Gap("breach_notice_not_72h",
        f"Cam kết thông báo sự cố không nêu thời hạn {rules.BREACH_NOTICE_HOURS} giờ kể từ khi "
        "phát hiện.",
        f"The breach commitment does not say {rules.BREACH_NOTICE_HOURS} hours from discovery.",
        "Luật 91/2025, Điều 23 khoản 1"),
    Gap("no_dpo_contact",
        "Không có liên hệ của bộ phận, nhân sự bảo vệ dữ liệu cá nhân.",
        "No contact of the person or department responsible for data protection.",
        "Luật 91/2025, Điều 33 khoản 2"),
    Gap("tracking_is_sensitive",
        "Dữ liệu theo dõi hành vi, cookie là dữ liệu cá nhân nhạy cảm nhưng chính sách không "
        "xử lý như dữ liệu nhạy cảm.",
        "Tracking and cookie data are sensitive personal data, but the policy does not treat "
        "them as such.",
        "Nghị định 356/2025, Điều 4 khoản 1 điểm l"),
    Gap("no_withdraw_consent_right",
        "Chính sách không nêu quyền rút lại sự đồng ý.",
        "The policy does not state the right to withdraw consent.",
        "Luật 91/2025, Điều 4 khoản 1 điểm b"),
    Gap("no_rights_stated",
        "Chính sách không nêu quyền của chủ thể dữ liệu.",
        "The policy states none of the data subject's rights.",
        "Luật 91/2025, Điều 4 khoản 1; Điều 9 khoản 2 điểm c"),
    Gap("predates_law_91",
        "Chính sách được lập trước Luật Bảo vệ dữ liệu cá nhân (hiệu lực 01/01/2026) hoặc dựa "
        "trên văn bản đã hết hiệu lực.",
        "The policy predates the Personal Data Protection Law (in force 1 January 2026) or "
        "rests on repealed rules.",
        "Luật 91/2025, Điều 38 khoản 1"),
    Gap("cross_border_needs_dossier",
        "Dữ liệu được chuyển ra nước ngoài (kể cả qua nền tảng nước ngoài): cần hồ sơ đánh giá "
        "tác động chuyển dữ liệu cá nhân xuyên biên giới.",
        "Data goes abroad (a foreign platform counts): a cross-border transfer impact dossier "
        "is needed.",
        "Luật 91/2025, Điều 20"),
    Gap("profiling_without_opt_out",
        "Quảng cáo, phân tích hành vi dựa trên dữ liệu cá nhân mà không có cách từ chối.",
        "Behavioural advertising or profiling without a way to refuse it.",
        "Luật 91/2025, Điều 28 khoản 3; Điều 29"),
    Gap("no_company_identity",
        "Chính sách không nêu tên bên kiểm soát dữ liệu (doanh nghiệp).",
        "The policy does not name the controller (the company).",
        "Luật 91/2025, Điều 9 khoản 2 điểm b"),
    Gap("register_mismatch",
        "Chính sách và sổ đăng ký không khớp: {what}.",
        "The policy and the register disagree: {what_en}.",
        "Luật 91/2025, Điều 9 khoản 2 điểm a"),
)}

# What a privacy notice must tell the person, in the order the generated notice tells it:
# (key, Vietnamese heading, English heading, source).
NOTICE_CONTENT = (
    ("controller", "Bên kiểm soát dữ liệu cá nhân", "The data controller",
     "Luật 91/2025, Điều 9 khoản 2 điểm b"),
    ("categories", "Dữ liệu cá nhân được xử lý: loại dữ liệu, mục đích, cơ sở xử lý, bên nhận, "
     "chuyển ra nước ngoài, thời hạn lưu trữ",
     "Personal data processed: the data, purposes, legal basis, recipients, transfers abroad, "
     "retention",
     "Luật 91/2025, Điều 9 khoản 2 điểm a; Điều 19; Điều 20; Nghị định 356/2025, Điều 3, 4"),
    ("rights", "Quyền, nghĩa vụ của chủ thể dữ liệu và cách thực hiện quyền",
     "Your rights and obligations, and how to exercise your rights",
     "Luật 91/2025, Điều 4 khoản 1, 2; Điều 9 khoản 2 điểm c; Điều 28 khoản 3; "
     "Nghị định 356/2025, Điều 5"),
    ("breach", "Khi xảy ra vi phạm", "If a breach occurs", "Luật 91/2025, Điều 23"),
    ("contact", "Liên hệ bảo vệ dữ liệu cá nhân", "Data protection contact",
     "Luật 91/2025, Điều 33 khoản 2"),
)
