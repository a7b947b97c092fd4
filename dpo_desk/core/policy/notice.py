"""The company's privacy notice, written from the register and the company profile, as PDF
(core/pdf.py, the bundled Noto Serif), DOCX (python-docx, editable) or HTML.

It tells the person what Law 91 asks (`law.NOTICE_CONTENT`, each section citing its source):
who controls the data, each data category with its items (sensitive ones marked with their
article), purposes and legal basis, recipients and transfers abroad, retention, the rights
and how to exercise them with the law's and the company's deadlines, the breach commitment
and the data protection contact. What the register and profile cannot fill is left as a
visible blank and returned, so the command can list it.
"""

from __future__ import annotations

import html
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import clock, register, rules, settings, vocab
from dpo_desk.core.catalogue import Lookup
from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.core.policy.law import NOTICE_CONTENT

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

BLANK = "……………………"
FORMATS = (".pdf", ".docx", ".html", ".htm")

WORDS = {
    "vi": {
        "title": "THÔNG BÁO XỬ LÝ DỮ LIỆU CÁ NHÂN",
        "subtitle": "(Chính sách bảo vệ dữ liệu cá nhân)",
        "intro": "{company} thông báo về việc xử lý dữ liệu cá nhân theo Luật Bảo vệ dữ liệu "
                 "cá nhân số 91/2025/QH15 và Nghị định số 356/2025/NĐ-CP.",
        "company": "Tên doanh nghiệp", "address": "Địa chỉ", "tax_code": "Mã số thuế",
        "phone": "Điện thoại", "email": "Email", "website": "Website",
        "subjects": "Chủ thể dữ liệu", "items": "Dữ liệu", "sensitive": "nhạy cảm",
        "purposes": "Mục đích", "legal_basis": "Cơ sở xử lý", "recipients": "Bên nhận",
        "abroad": "Chuyển ra nước ngoài", "no_abroad": "Không",
        "none": "Không có", "retention": "Thời hạn lưu trữ",
        "rights_intro": f"Bạn có các quyền sau (khoản 1 Điều 4 {rules.LAW_91}):",
        "rights": ["được biết về hoạt động xử lý dữ liệu cá nhân của mình;",
                   "đồng ý hoặc không đồng ý, yêu cầu rút lại sự đồng ý;",
                   "xem, chỉnh sửa hoặc yêu cầu chỉnh sửa dữ liệu;",
                   "yêu cầu cung cấp, xóa, hạn chế xử lý dữ liệu; phản đối xử lý dữ liệu;",
                   "khiếu nại, tố cáo, khởi kiện, yêu cầu bồi thường thiệt hại;",
                   "yêu cầu áp dụng biện pháp bảo vệ dữ liệu cá nhân của mình."],
        "duties_intro": f"Bạn có các nghĩa vụ sau (khoản 2 Điều 4 {rules.LAW_91}):",
        "duties": ["tự bảo vệ dữ liệu cá nhân của mình;",
                   "tôn trọng, bảo vệ dữ liệu cá nhân của người khác;",
                   "cung cấp đầy đủ, chính xác dữ liệu cá nhân của mình theo quy định của pháp "
                   "luật, theo hợp đồng hoặc khi đồng ý cho phép xử lý;",
                   "chấp hành pháp luật về bảo vệ dữ liệu cá nhân, tham gia phòng, chống hoạt "
                   "động xâm phạm dữ liệu cá nhân."],
        "extension": "Nếu một yêu cầu phức tạp cần thêm thời gian, chúng tôi gia hạn một lần, "
                     "không quá thời hạn luật định, và báo bạn lý do.",
        "marketing": f"Quảng cáo, tiếp thị (khoản 3 Điều 28 {rules.LAW_91}): chúng tôi chỉ dùng "
                     "dữ liệu của bạn để giới thiệu sản phẩm khi bạn đồng ý. Nội dung, hình "
                     "thức và tần suất: {how}. Bạn có thể từ chối bất cứ lúc nào bằng cách "
                     "gửi yêu cầu tới {contact}.",
        "how": "Gửi yêu cầu tới {contact}. Chúng tôi xác nhận đã nhận trong {ack} ngày làm "
               "việc và giải quyết trong thời hạn dưới đây, tính từ ngày nhận "
               f"(Điều 5 {rules.DECREE_356}):",
        "deadline_head": ["Yêu cầu", "Thời hạn luật định", "Cam kết của chúng tôi"],
        "kinds": {"access": "Xem, chỉnh sửa, cung cấp dữ liệu",
                  "withdraw_consent": "Rút lại sự đồng ý, hạn chế, phản đối xử lý",
                  "deletion": "Xóa dữ liệu", "protection": "Yêu cầu biện pháp bảo vệ",
                  "complaint": "Khiếu nại"},
        "days": "{n} ngày", "promise": "{simple} ngày (phức tạp: {complex} ngày)",
        "no_law": "Không quy định",
        "breach": "Khi phát hiện vi phạm quy định về bảo vệ dữ liệu cá nhân, chúng tôi thông "
                  "báo cho Cơ quan chuyên trách bảo vệ dữ liệu cá nhân (Bộ Công an) chậm nhất "
                  f"{{hours}} giờ kể từ khi phát hiện (Điều 23 {rules.LAW_91}).",
        "breach_subjects": "Nếu vi phạm liên quan đến dữ liệu vị trí hoặc sinh trắc học, "
                           "chúng tôi thông báo cho người bị ảnh hưởng trong {hours} giờ "
                           f"(Điều 29 {rules.DECREE_356}).",
        "dpo": "Người phụ trách bảo vệ dữ liệu cá nhân", "title_label": "Chức danh",
        "dated": "Cập nhật ngày {date}.", "source": "Căn cứ: {source}.",
    },
    "en": {
        "title": "PRIVACY NOTICE",
        "subtitle": "(Personal data processing notice)",
        "intro": "{company} tells you how it processes personal data under the Personal Data "
                 "Protection Law No. 91/2025/QH15 and Decree No. 356/2025/ND-CP.",
        "company": "Company", "address": "Address", "tax_code": "Tax code",
        "phone": "Phone", "email": "Email", "website": "Website",
        "subjects": "Whose data", "items": "Data", "sensitive": "sensitive",
        "purposes": "Purposes", "legal_basis": "Legal basis", "recipients": "Recipients",
        "abroad": "Transferred abroad to", "no_abroad": "No",
        "none": "None", "retention": "Retention",
        "rights_intro": "You have these rights (Law 91/2025, Art. 4(1)):",
        "rights": ["to be informed about the processing of your personal data;",
                   "to consent or refuse, and to withdraw your consent;",
                   "to view your data and correct it or have it corrected;",
                   "to obtain a copy, to have your data deleted or its processing "
                   "restricted; to object to processing;",
                   "to complain, denounce, sue and claim damages;",
                   "to ask for measures to protect your personal data."],
        "duties_intro": "You have these obligations (Law 91/2025, Art. 4(2)):",
        "duties": ["to protect your own personal data;",
                   "to respect and protect other people's personal data;",
                   "to provide your personal data fully and accurately as the law or a "
                   "contract requires or when you consent to its processing;",
                   "to comply with the law on personal data protection and help prevent "
                   "breaches of personal data."],
        "extension": "If a complex request needs more time we extend it once, by no more than "
                     "the legal period, and tell you why.",
        "marketing": "Advertising and marketing (Law 91/2025, Art. 28(3)): we use your data to "
                     "introduce products only with your consent. Content, form and frequency: "
                     "{how}. You can refuse at any time by writing to {contact}.",
        "how": "Send your request to {contact}. We acknowledge it within {ack} working days "
               "and settle it within the periods below, counted from receipt "
               "(Decree 356/2025, Art. 5):",
        "deadline_head": ["Request", "Legal deadline", "Our promise"],
        "kinds": {"access": "View, correct, obtain a copy",
                  "withdraw_consent": "Withdraw consent, restrict, object",
                  "deletion": "Delete", "protection": "Protection measures",
                  "complaint": "Complaint"},
        "days": "{n} days", "promise": "{simple} days (complex cases: {complex} days)",
        "no_law": "None set",
        "breach": "When we discover a breach of the personal data protection rules we notify "
                  "the specialised personal data protection agency (Ministry of Public "
                  "Security) within {hours} hours of discovery (Law 91/2025, Art. 23).",
        "breach_subjects": "Where location or biometric data is involved we tell the people "
                           "affected within {hours} hours (Decree 356/2025, Art. 29).",
        "dpo": "Data protection contact", "title_label": "Title",
        "dated": "Updated on {date}.", "source": "Source: {source}.",
    },
}


@dataclass
class Notice:
    """The notice as blocks, one renderer per format: ("title", text, subtitle),
    ("heading", text), ("subheading", text), ("para", text), ("small", text),
    ("facts", [(label, value)]), ("bullets", [text]),
    ("table", header, rows)."""

    language: str
    company: str
    blocks: list[tuple] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def value(self, text: str, what: str) -> str:
        """`text`, or a visible blank noted as missing."""
        if str(text or "").strip():
            return str(text).strip()
        self.missing.append(what)
        return BLANK


def build(desk: Desk, *, language: str = "vi") -> Notice:
    entries = register.list_entries(desk)
    if not entries:
        raise DeskError("the register is empty: import the privacy policy (`dpo-desk policy "
                        "import FILE --apply`) or add entries before writing the notice")
    profile = settings.get_all(desk)
    w = WORDS[language]
    lookup = Lookup(desk)
    notice = Notice(language, "")
    notice.company = notice.value(profile["company_name"], "company_name")
    headings = {key: (en if language == "en" else vi, source)
                for key, vi, en, source in NOTICE_CONTENT}
    blocks = notice.blocks
    blocks.append(("title", w["title"], w["subtitle"]))
    blocks.append(("para", w["intro"].format(company=notice.company)))

    def section(n: int, key: str) -> None:
        blocks.append(("heading", f"{n}. {headings[key][0]}"))

    section(1, "controller")
    blocks.append(("facts", [
        (w["company"], notice.company),
        (w["address"], notice.value(profile["address"], "address")),
        (w["tax_code"], notice.value(profile["tax_code"], "tax_code")),
        (w["phone"], notice.value(profile["phone"], "phone")),
        (w["email"], notice.value(profile["email"], "email")),
        *([(w["website"], profile["website"])] if profile["website"] else []),
    ]))
    section(2, "categories")
    for n, entry in enumerate(entries, start=1):
        blocks.append(("subheading", f"2.{n}. {entry['name']}"))
        blocks.append(("facts", _category(notice, entry, lookup)))
    section(3, "rights")
    blocks.append(("para", w["rights_intro"]))
    blocks.append(("bullets", w["rights"]))
    # Law 91 Art. 9(2)(c): the person is told their rights and their obligations
    blocks.append(("para", w["duties_intro"]))
    blocks.append(("bullets", w["duties"]))
    contact = notice.value(", ".join(v for v in (profile["dpo_email"], profile["dpo_phone"])
                                     if v), "dpo_email or dpo_phone")
    blocks.append(("para", w["how"].format(
        contact=contact, ack=rules.LEGAL_DEADLINES["access"].ack_working_days)))
    rows = []
    for kind, label in w["kinds"].items():
        deadline = rules.LEGAL_DEADLINES[kind]
        rows.append([label, w["days"].format(n=deadline.complete_days) if deadline
                     else w["no_law"], _promise(w, profile, deadline)])
    blocks.append(("table", w["deadline_head"], rows))
    blocks.append(("para", w["extension"]))
    if any(_markets(entry) for entry in entries):
        blocks.append(("para", w["marketing"].format(
            how=notice.value("", "marketing content, form and frequency"), contact=contact)))
    section(4, "breach")
    blocks.append(("para", w["breach"].format(hours=rules.BREACH_NOTICE_HOURS)))
    if any(lookup.get(c).special for e in entries for c in e["items"]):
        blocks.append(("para", w["breach_subjects"].format(hours=rules.SUBJECT_NOTICE_HOURS)))
    section(5, "contact")
    blocks.append(("facts", [
        (w["dpo"], notice.value(profile["dpo_name"], "dpo_name")),
        *([(w["title_label"], profile["dpo_title"])] if profile["dpo_title"] else []),
        (w["email"], notice.value(profile["dpo_email"], "dpo_email")),
        (w["phone"], notice.value(profile["dpo_phone"], "dpo_phone")),
    ]))
    today = clock.today()
    blocks.append(("para", w["dated"].format(date=today.strftime("%d/%m/%Y"))))
    sources = "; ".join(dict.fromkeys(_cited(s, language) for _, s in headings.values()))
    blocks.append(("small", w["source"].format(source=sources)))
    notice.missing = list(dict.fromkeys(notice.missing))
    return notice


def _promise(w: dict, profile: dict, deadline: rules.LegalDeadline | None) -> str:
    """The company's promise for a kind of request, never later than the law's deadline
    (the earlier date binds: DOMAIN D3.2), so the notice never promises what is unlawful."""
    simple, complex_ = int(profile["complaint_days_simple"]), int(
        profile["complaint_days_complex"])
    if deadline is not None:
        simple, complex_ = (min(d, deadline.complete_days) for d in (simple, complex_))
    if simple == complex_:
        return w["days"].format(n=simple)
    return w["promise"].format(simple=simple, complex=complex_)


def _markets(entry: dict) -> bool:
    """Whether an entry uses the data for advertising or marketing (Law 91 Art. 28(3): the
    person must know the content, form and frequency, and be able to refuse)."""
    from dpo_desk.core.policy.analyse import purpose_keys

    return "marketing" in purpose_keys(entry["purpose"])


def _cited(source: str, language: str) -> str:
    """A source as `law.NOTICE_CONTENT` cites it, in English for an English notice
    ("Luật 91/2025, Điều 9 khoản 2 điểm a" -> "Law 91/2025, Art. 9 cl. 2 pt. a")."""
    if language != "en":
        return source
    for vi, en in (("Luật", "Law"), ("Nghị định", "Decree"), ("Điều", "Art."),
                   ("khoản", "cl."), ("điểm", "pt.")):
        source = source.replace(vi, en)
    return source


def _category(notice: Notice, entry: dict, lookup: Lookup) -> list[tuple[str, str]]:
    """One data category of the register: its items (sensitive ones with their article),
    purposes, legal basis, recipients, transfers abroad and retention."""
    language, w = notice.language, WORDS[notice.language]
    items = []
    for code in entry["items"]:
        item = lookup.get(code)
        mark = f" ({w['sensitive']}: {item.reason(language)})" if item.sensitive else ""
        items.append(f"- {item.label(language)}{mark}")
    basis = vocab.label(vocab.LEGAL_BASES, entry["legal_basis"], language)
    recipients = "\n".join(
        f"- {r['name']}" + (f" ({vocab.label(vocab.RECIPIENT_ROLES, r['role'], language)})"
                            if r.get("role") else "") for r in entry["recipients"]) or w["none"]
    abroad = ", ".join(entry["cross_border_countries"]) if entry["cross_border"] \
        else w["no_abroad"]
    name = entry["name"]
    return [
        (w["subjects"], ", ".join(vocab.label(vocab.SUBJECTS, s, language)
                                  for s in entry["subjects"])),
        (w["items"], "\n".join(items)),
        (w["purposes"], "\n".join(f"- {p}" for p in entry["purpose"])),
        (w["legal_basis"], notice.value(basis, f"legal basis of “{name}”")),
        (w["recipients"], recipients),
        (w["abroad"], abroad),
        (w["retention"], notice.value(entry["retention"], f"retention of “{name}”")),
    ]


def write(desk: Desk, path: Path | str, *, language: str = "vi") -> list[str]:
    """Write the notice to `path` (.pdf, .docx or .html, atomically); returns what the
    register and profile could not fill (left blank in the notice)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError.single("--out", "must end in .pdf, .docx or .html")
    if language not in WORDS:
        raise ValidationError.single("--language", "must be vi or en")
    notice = build(desk, language=language)
    if suffix == ".pdf":
        _pdf(notice, path)
    elif suffix == ".docx":
        _atomic(path, lambda temp: _docx(notice, temp))
    else:
        _atomic(path, lambda temp: Path(temp).write_text(_html(notice), encoding="utf-8"))
    return notice.missing


def _atomic(path: Path, writer) -> None:
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(handle)
    try:
        writer(temp)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _pdf(notice: Notice, path: Path) -> None:
    from dpo_desk.core import pdf

    doc = pdf.Document(title=WORDS[notice.language]["title"], language=notice.language)
    for block in notice.blocks:
        kind = block[0]
        if kind == "title":
            doc.title(block[1], subtitle=[block[2], notice.company])
        elif kind == "heading":
            doc.heading(block[1])
        elif kind == "subheading":
            doc.paragraph(block[1], style="plain")
        elif kind in ("para", "small"):
            doc.paragraph(block[1], style="body" if kind == "para" else "plain")
        elif kind == "facts":
            doc.facts(block[1], label_width=0.3)
        elif kind == "bullets":
            doc.bullets(block[1])
        elif kind == "table":
            doc.table(block[2], header=block[1], widths=[None, 40, 50], font_size=10)
    doc.save(path)


def _docx(notice: Notice, path: str) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    for block in notice.blocks:
        kind = block[0]
        if kind == "title":
            for text in (block[1], block[2], notice.company):
                paragraph = document.add_paragraph()
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                paragraph.add_run(text).bold = text == block[1]
        elif kind == "heading":
            document.add_heading(block[1], level=2)
        elif kind == "subheading":
            document.add_heading(block[1], level=3)
        elif kind in ("para", "small"):
            document.add_paragraph(block[1])
        elif kind == "bullets":
            for text in block[1]:
                document.add_paragraph(text, style="List Bullet")
        elif kind in ("facts", "table"):
            rows = [list(r) for r in block[1]] if kind == "facts" else [block[1], *block[2]]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
                    if (kind == "facts" and c == 0) or (kind == "table" and r == 0):
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            document.add_paragraph()
    document.save(path)


_CSS = """body{font-family:"Noto Serif",Georgia,serif;max-width:48em;margin:2em auto;
line-height:1.5;padding:0 1em}h1{text-align:center;font-size:1.4em}p.sub{text-align:center}
table{border-collapse:collapse;width:100%;margin:.5em 0 1em}th,td{border:1px solid #999;
padding:.3em .5em;vertical-align:top;text-align:left}th{background:#eee}
.blank{background:#fff3b0}.small{font-size:.85em;color:#555}"""


def _html(notice: Notice) -> str:
    def esc(text: str) -> str:
        return html.escape(text).replace(BLANK, f'<span class="blank">{BLANK}</span>') \
            .replace("\n", "<br>")

    parts = [f'<!DOCTYPE html>\n<html lang="{notice.language}">\n<head>\n<meta charset="utf-8">'
             f"\n<title>{esc(WORDS[notice.language]['title'])}</title>\n<style>{_CSS}</style>"
             "\n</head>\n<body>"]
    for block in notice.blocks:
        kind = block[0]
        if kind == "title":
            parts.append(f"<h1>{esc(block[1])}</h1>\n<p class=\"sub\">{esc(block[2])}<br>"
                         f"{esc(notice.company)}</p>")
        elif kind == "heading":
            parts.append(f"<h2>{esc(block[1])}</h2>")
        elif kind == "subheading":
            parts.append(f"<h3>{esc(block[1])}</h3>")
        elif kind == "para":
            parts.append(f"<p>{esc(block[1])}</p>")
        elif kind == "small":
            parts.append(f'<p class="small">{esc(block[1])}</p>')
        elif kind == "bullets":
            parts.append("<ul>" + "".join(f"<li>{esc(t)}</li>" for t in block[1]) + "</ul>")
        elif kind == "facts":
            parts.append("<table>" + "".join(f"<tr><th>{esc(a)}</th><td>{esc(b)}</td></tr>"
                                             for a, b in block[1]) + "</table>")
        elif kind == "table":
            head = "".join(f"<th>{esc(h)}</th>" for h in block[1])
            body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                           for row in block[2])
            parts.append(f"<table><tr>{head}</tr>{body}</table>")
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)
