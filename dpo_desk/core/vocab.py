"""Pick lists of the register (codes with Vietnamese and English labels). A value that is not
on a list is kept as the text the DPO typed ("pick list with free text")."""

from __future__ import annotations

from dpo_desk.core import rules
from dpo_desk.core.catalogue import fold

# Whose data: the usual groups of a small company.
SUBJECTS = {
    "customers": ("Khách hàng", "Customers"),
    "prospects": ("Khách hàng tiềm năng", "Prospects"),
    "website_users": ("Người dùng website/ứng dụng", "Website and app users"),
    "employees": ("Người lao động", "Employees"),
    "candidates": ("Ứng viên", "Job candidates"),
    "employee_families": ("Người thân của người lao động", "Employees' family members"),
    "visitors": ("Khách đến công ty", "Visitors"),
    "supplier_contacts": ("Đầu mối nhà cung cấp, đối tác", "Supplier and partner contacts"),
    "shareholders": ("Cổ đông", "Shareholders"),
}

# Why processing is lawful, in Law 91/2025's own terms: the data subject's consent (Art. 9),
# or one of the cases of Art. 19(1) that need no consent. The law's wording is the label; the
# citation is in LEGAL_BASIS_ARTICLES.
LEGAL_BASES = {
    "consent": ("Sự đồng ý của chủ thể dữ liệu cá nhân", "Consent of the data subject"),
    "emergency": ("Bảo vệ tính mạng, sức khỏe, danh dự, nhân phẩm, quyền, lợi ích hợp pháp "
                  "trong tình huống khẩn cấp",
                  "Protecting life, health, honour, dignity, rights or legitimate interests "
                  "in an emergency"),
    "public_order": ("Tình trạng khẩn cấp, an ninh quốc gia; phòng, chống bạo loạn, khủng bố, "
                     "tội phạm, vi phạm pháp luật",
                     "Emergencies, national security; preventing riots, terrorism, crime and "
                     "violations of the law"),
    "state_activity": ("Phục vụ hoạt động của cơ quan nhà nước, quản lý nhà nước theo quy "
                       "định của pháp luật",
                       "Activities of state bodies and state management under the law"),
    "agreement": ("Thực hiện thỏa thuận của chủ thể dữ liệu với cơ quan, tổ chức, cá nhân có "
                  "liên quan", "Performing the data subject's agreement with the agency, "
                  "organisation or person concerned"),
    "other_law": ("Trường hợp khác theo quy định của luật", "Other cases provided by law"),
}
_LAW_91 = (rules.LAW_91, "the Law on Personal Data Protection No. 91/2025/QH15")
LEGAL_BASIS_ARTICLES = {
    "consent": ("Điều 9", "Article 9"),
    "emergency": ("điểm a khoản 1 Điều 19", "Article 19(1)(a)"),
    "public_order": ("điểm b khoản 1 Điều 19", "Article 19(1)(b)"),
    "state_activity": ("điểm c khoản 1 Điều 19", "Article 19(1)(c)"),
    "agreement": ("điểm d khoản 1 Điều 19", "Article 19(1)(d)"),
    "other_law": ("điểm đ khoản 1 Điều 19", "Article 19(1)(đ)"),
}

# Who receives the data, in Law 91 Art. 2(7)-(10)'s terms.
RECIPIENT_ROLES = {
    "controller": ("Bên kiểm soát dữ liệu cá nhân", "Personal data controller"),
    "controller_processor": ("Bên kiểm soát và xử lý dữ liệu cá nhân",
                             "Personal data controller and processor"),
    "processor": ("Bên xử lý dữ liệu cá nhân", "Personal data processor"),
    "third_party": ("Bên thứ ba", "Third party"),
}

# The values stored before Law 91's terms (schema 12 migrates them: 0012_law_91_terms.sql),
# still read from CSV files and JSON: code or label -> today's code.
LEGACY_LEGAL_BASES = {
    "contract": "agreement", "Thực hiện hợp đồng với chủ thể dữ liệu": "agreement",
    "Performance of a contract": "agreement",
    "legal_obligation": "other_law",
    "Thực hiện nghĩa vụ theo quy định của pháp luật": "other_law",
    "Legal obligation": "other_law",
    "vital_interest": "emergency",
    "Bảo vệ tính mạng, sức khỏe trong tình huống khẩn cấp": "emergency",
    "Vital interest (emergency)": "emergency",
    "public_task": "state_activity",
    "Nhiệm vụ của cơ quan nhà nước theo luật định": "state_activity",
    "Public task": "state_activity",
    "Sự đồng ý của chủ thể dữ liệu": "consent",
}
LEGACY_RECIPIENT_ROLES = {
    "joint_controller": "controller", "Bên kiểm soát chung": "controller",
    "Joint controller": "controller",
    # a state body given data under the law: a third party in Law 91 Art. 2(10)'s sense
    "authority": "third_party", "Cơ quan nhà nước": "third_party",
    "Public authority": "third_party",
    # the company's own department: the company itself decides and processes
    "internal": "controller_processor", "Bộ phận nội bộ": "controller_processor",
    "Internal department": "controller_processor",
    "Bên xử lý dữ liệu": "processor", "Processor": "processor",
}


def basis_citation(code: str, language: str = "vi") -> str:
    """"điểm d khoản 1 Điều 19 Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15" (Vietnamese
    order) or "Article 19(1)(d) of the Law ..." for a legal basis code ("" for free text)."""
    article = LEGAL_BASIS_ARTICLES.get(code)
    if article is None:
        return ""
    index = 1 if language == "en" else 0
    return f"{article[index]} " + ("of " if language == "en" else "") + _LAW_91[index]


def label(vocabulary: dict, value: str, language: str = "vi") -> str:
    """The label of a code in `language`; free text is shown as typed."""
    labels = vocabulary.get(value)
    if labels is None:
        return value
    return labels[1] if language == "en" else labels[0]


def _index(vocabulary: dict, legacy: dict | None = None) -> dict[str, str]:
    index = {fold(old): code for old, code in (legacy or {}).items()}
    index.update({fold(name): code for code, labels in vocabulary.items()
                  for name in (code, *labels)})
    return index


_INDEXES = {id(SUBJECTS): _index(SUBJECTS),
            id(LEGAL_BASES): _index(LEGAL_BASES, LEGACY_LEGAL_BASES),
            id(RECIPIENT_ROLES): _index(RECIPIENT_ROLES, LEGACY_RECIPIENT_ROLES)}


def to_code(vocabulary: dict, text: str) -> str:
    """A code, a Vietnamese or an English label becomes the code (an old code or label of
    the register's legal bases and roles becomes today's); anything else stays text."""
    index = _INDEXES.get(id(vocabulary)) or _index(vocabulary)
    return index.get(fold(text), text.strip())
