"""Pick lists of the register (codes with Vietnamese and English labels). A value that is not
on a list is kept as the text the DPO typed ("pick list with free text")."""

from __future__ import annotations

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

# Why processing is lawful. Consent is the rule; Law 91/2025 Art. 19 lists the cases that
# need no consent (performing a contract with the person, a duty under the law, protecting
# life and health in an emergency, tasks of state bodies). Product knowledge: DOMAIN D2/D5.
LEGAL_BASES = {
    "consent": ("Sự đồng ý của chủ thể dữ liệu", "Consent of the data subject"),
    "contract": ("Thực hiện hợp đồng với chủ thể dữ liệu", "Performance of a contract"),
    "legal_obligation": ("Thực hiện nghĩa vụ theo quy định của pháp luật", "Legal obligation"),
    "vital_interest": ("Bảo vệ tính mạng, sức khỏe trong tình huống khẩn cấp",
                       "Vital interest (emergency)"),
    "public_task": ("Nhiệm vụ của cơ quan nhà nước theo luật định", "Public task"),
}

RECIPIENT_ROLES = {
    "processor": ("Bên xử lý dữ liệu", "Processor"),
    "third_party": ("Bên thứ ba", "Third party"),
    "joint_controller": ("Bên kiểm soát chung", "Joint controller"),
    "authority": ("Cơ quan nhà nước", "Public authority"),
    "internal": ("Bộ phận nội bộ", "Internal department"),
}


def label(vocabulary: dict, value: str, language: str = "vi") -> str:
    """The label of a code in `language`; free text is shown as typed."""
    labels = vocabulary.get(value)
    if labels is None:
        return value
    return labels[1] if language == "en" else labels[0]


def _index(vocabulary: dict) -> dict[str, str]:
    return {fold(name): code for code, labels in vocabulary.items() for name in (code, *labels)}


_INDEXES = {id(v): _index(v) for v in (SUBJECTS, LEGAL_BASES, RECIPIENT_ROLES)}


def to_code(vocabulary: dict, text: str) -> str:
    """A code, a Vietnamese or an English label becomes the code; anything else stays text."""
    index = _INDEXES.get(id(vocabulary)) or _index(vocabulary)
    return index.get(fold(text), text.strip())
