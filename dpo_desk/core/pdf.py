"""The PDF layer: A4 documents in the form of Vietnamese administrative letters, on reportlab.

Every letter, notice (Mẫu số 08), minutes and report is built the same way::

    doc = pdf.Document(title="Thông báo tiếp nhận", letterhead=pdf.Letterhead.from_settings(s),
                       language="vi", draft=False)
    doc.header(reference="12/TB-BVDL", on=date(2026, 11, 25))
    doc.title("THÔNG BÁO", subtitle=["Về việc tiếp nhận yêu cầu"])
    doc.addressee(["Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung"])
    doc.paragraph("Công ty đã nhận được ...")
    doc.facts([("Số hồ sơ", "12"), ("Hạn giải quyết", "05/12/2026")])
    doc.table([["1", "Họ và tên"]], header=["STT", "Loại dữ liệu"], widths=[15, None])
    doc.signature(title="CÁN BỘ BẢO VỆ DỮ LIỆU CÁ NHÂN", name="Trần Minh Đức",
                  recipients=["Như trên;", "Lưu: hồ sơ."])
    doc.save(path)  # atomic: a temp file beside `path`, then a rename

Text passed to these methods is plain text (escaped here; a newline is a line break); the
Noto Serif family bundled in resources/fonts keeps Vietnamese diacritics intact on any
machine. Layout follows the usual form of Vietnamese administrative documents (Nghị định
30/2020/NĐ-CP, Phụ lục I): organisation top left, national motto top right, "Số:" and the
place and date on one line, title centred, body justified with an indented first line,
signature block on the right with "Nơi nhận" on the left, pages numbered "Trang x/y".

reportlab is imported only inside functions: the app starts without it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from dpo_desk import __version__
from dpo_desk.core import clock, files
from dpo_desk.core.errors import DeskError
from dpo_desk.core.paths import resource
from dpo_desk.core.text import fold

FONT = "DpoSerif"  # the family name inside reportlab; faces below
FONT_FILES = {
    FONT: "NotoSerif-Regular.ttf",
    f"{FONT}-Bold": "NotoSerif-Bold.ttf",
    f"{FONT}-Italic": "NotoSerif-Italic.ttf",
}
# No bold italic face is bundled: bold italic text is set in bold.
FONT_BOLD_ITALIC = f"{FONT}-Bold"

MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 20}  # NĐ 30/2020, Phụ lục I
BODY_SIZE = 12
LEADING = 15.5
FRAME_PADDING = 12  # reportlab's frame keeps 6 pt on either side of the text width
MOTTO_COLUMN_MM = 88  # the motto's column; the organisation has the rest of the width
CELL_PADDING = 3

# The fixed words of the form, per language (letter wording lives in templates instead).
WORDS = {
    "vi": {
        "nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "motto": "Độc lập - Tự do - Hạnh phúc",
        "number": "Số:",
        "tax_code": "MST",
        "phone": "ĐT",
        "email": "Email",
        "website": "Website",
        "sign_note": "(Ký, ghi rõ họ tên, đóng dấu)",
        "recipients": "Nơi nhận:",
        "page": "Trang {page}/{pages}",
        "watermark": "BẢN NHÁP / DRAFT",
        "audit_head": "Nhật ký kiểm tra: {head}",
        "signing_key": "Khóa ký: {fingerprint}",
    },
    "en": {
        "nation": "SOCIALIST REPUBLIC OF VIETNAM",
        "motto": "Independence - Freedom - Happiness",
        "number": "No.:",
        "tax_code": "Tax code",
        "phone": "Tel",
        "email": "Email",
        "website": "Website",
        "sign_note": "(Signature, full name and seal)",
        "recipients": "Distribution:",
        "page": "Page {page} of {pages}",
        "watermark": "BẢN NHÁP / DRAFT",
        "audit_head": "Audit trail: {head}",
        "signing_key": "Signing key: {fingerprint}",
    },
}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
# Place names recognised in an address (folded text) -> the place line, per language.
PLACES = (
    (("hồ chí minh", "ho chi minh", "tp.hcm", "tphcm"), "TP. Hồ Chí Minh", "Ho Chi Minh City"),
    (("hà nội", "ha noi", "hanoi"), "Hà Nội", "Hanoi"),
    (("đà nẵng", "da nang"), "Đà Nẵng", "Da Nang"),
)

_font_lock = threading.Lock()
_fonts_registered = False


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["vi"])


# -- dates and places ---------------------------------------------------------------------

def short_date(day: date | str | None) -> str:
    """dd/mm/yyyy, as Vietnamese forms write dates ("" for no date)."""
    if not day:
        return ""
    if isinstance(day, str):
        day = date.fromisoformat(day[:10])
    return day.strftime("%d/%m/%Y")


def place_name(address: str, language: str = "vi") -> str:
    """The place of the date line, from the company address: the big cities by name, else
    the last comma-separated part of the address ("" for no address)."""
    folded = fold(address or "")
    for needles, vi, en in PLACES:
        if any(n in folded for n in needles):
            return en if language == "en" else vi
    parts = [p.strip() for p in (address or "").split(",") if p.strip()]
    return parts[-1] if parts else ""


def date_line(on: date, *, address: str = "", language: str = "vi") -> str:
    """"TP. Hồ Chí Minh, ngày 05 tháng 02 năm 2026" / "Ho Chi Minh City, 5 February 2026".

    Days below 10 and the months January and February take a leading zero in Vietnamese
    (NĐ 30/2020, Phụ lục I), so that the date cannot be altered by hand.
    """
    place = place_name(address, language)
    if language == "en":
        text = f"{on.day} {MONTHS_EN[on.month - 1]} {on.year}"
    else:
        month = f"{on.month:02d}" if on.month <= 2 else str(on.month)
        text = f"ngày {on.day:02d} tháng {month} năm {on.year}"
    return f"{place}, {text}" if place else text[:1].upper() + text[1:]


# -- the company ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Letterhead:
    """Who writes: printed top left. Empty fields are left out."""

    company_name: str
    address: str = ""
    tax_code: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""

    @classmethod
    def from_settings(cls, values: Mapping) -> Letterhead:
        """From the company profile (`settings.get_all`); keys it lacks stay empty."""
        return cls(**{f.name: str(values.get(f.name) or "").strip() for f in fields(cls)})


@dataclass(frozen=True)
class Mark:
    """What the footer proves the document came from (issue 14): the audit head when it was
    made (`N:<12 hex>`; `check --anchor` confirms the file still holds it) and, on the
    documents for the Ministry, the fingerprint of the key that signs the packets."""

    head: str
    fingerprint: str | None = None

    def text(self, words_: Mapping[str, str]) -> str:
        parts = [words_["audit_head"].format(head=self.head)]
        if self.fingerprint:
            parts.append(words_["signing_key"].format(fingerprint=self.fingerprint))
        return " · ".join(parts)


# -- fonts and styles ----------------------------------------------------------------------

def register_fonts() -> str:
    """Register the bundled Noto Serif family with reportlab once; returns its name."""
    global _fonts_registered
    with _font_lock:
        if not _fonts_registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            for name, filename in FONT_FILES.items():
                path = resource("fonts", filename)
                try:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                except Exception as exc:  # missing or damaged: reportlab raises many kinds
                    raise DeskError(f"{path}: the bundled font is missing or damaged ({exc}); "
                                    "reinstall DPO Desk to repair it") from exc
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold",
                                          italic=f"{FONT}-Italic", boldItalic=FONT_BOLD_ITALIC)
            addMapping(FONT, 1, 1, FONT_BOLD_ITALIC)
            _fonts_registered = True
    return FONT


def _styles() -> dict:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    # no paragraph leaves its first line alone at a page's foot, nor its last alone at the
    # next page's head (orphan and widow control, issue 15)
    base = ParagraphStyle("base", fontName=register_fonts(), fontSize=BODY_SIZE,
                          leading=LEADING, alignment=TA_LEFT, allowOrphans=0, allowWidows=0)

    def style(name: str, **kw) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    bold, italic = f"{FONT}-Bold", f"{FONT}-Italic"
    return {
        "body": style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=5),
        "plain": style("plain", spaceAfter=5),
        "bullet": style("bullet", alignment=TA_JUSTIFY, leftIndent=15 * mm,
                        bulletIndent=10 * mm, spaceAfter=1),
        "heading": style("heading", fontName=bold, spaceBefore=6, spaceAfter=4),
        "title": style("title", fontName=bold, fontSize=14, leading=19, alignment=TA_CENTER),
        "subtitle": style("subtitle", fontName=bold, alignment=TA_CENTER),
        "addressee": style("addressee", leftIndent=20 * mm, spaceAfter=2),
        "org": style("org", fontName=bold, fontSize=11, leading=14, alignment=TA_CENTER),
        "org_line": style("org_line", fontSize=9.5, leading=12, alignment=TA_CENTER),
        "nation": style("nation", fontName=bold, fontSize=11, leading=14, alignment=TA_CENTER),
        "motto": style("motto", fontName=bold, fontSize=12, leading=15, alignment=TA_CENTER),
        "number": style("number", fontSize=11.5, leading=14, alignment=TA_CENTER),
        "dateline": style("dateline", fontName=italic, fontSize=11.5, leading=14,
                          alignment=TA_CENTER),
        "cell": style("cell", fontSize=11, leading=14),
        "cell_bold": style("cell_bold", fontName=bold, fontSize=11, leading=14),
        "sign_title": style("sign_title", fontName=bold, alignment=TA_CENTER),
        "sign_note": style("sign_note", fontName=italic, fontSize=11, leading=14,
                           alignment=TA_CENTER),
        "sign_name": style("sign_name", fontName=bold, alignment=TA_CENTER),
        "recipients_label": style("recipients_label", fontName=FONT_BOLD_ITALIC,
                                  fontSize=11, leading=13),
        "recipients": style("recipients", fontSize=10, leading=12.5, leftIndent=7,
                            firstLineIndent=-7),
        "footer": style("footer", fontSize=9.5, alignment=TA_CENTER),
    }


def markup(text: str) -> str:
    """Plain text as reportlab paragraph markup: escaped, newlines as line breaks."""
    return escape(text).replace("\n", "<br/>")


# -- the document --------------------------------------------------------------------------

class Document:
    """An A4 document under construction: add content in reading order, then `save`.

    `title` is the PDF's metadata title; `letterhead` names the author (and is printed by
    `header`); `draft` lays "BẢN NHÁP / DRAFT" diagonally across every page.
    `flowables` is open for any other reportlab flowable (`add`).
    """

    def __init__(self, *, title: str, letterhead: Letterhead | None = None,
                 language: str = "vi", subject: str = "", draft: bool = False,
                 landscape: bool = False, mark: Mark | None = None):
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.pagesizes import landscape as turned
        from reportlab.lib.units import mm

        self.title_text = title
        self.letterhead = letterhead
        self.language = language if language in WORDS else "vi"
        self.subject = subject
        self.draft = draft
        self.mark = mark
        self.pagesize = turned(A4) if landscape else A4
        self.width = self.pagesize[0] - (MARGINS_MM["left"] + MARGINS_MM["right"]) * mm
        self.styles = _styles()
        self.flowables: list = []

    @property
    def words(self) -> dict[str, str]:
        return words(self.language)

    def add(self, flowable) -> Document:
        self.flowables.append(flowable)
        return self

    def _para(self, text: str, style: str, *, balance: float | None = None):
        """A paragraph; `balance`: the width in which centred lines are evened out."""
        from reportlab.platypus import Paragraph

        if balance:
            text = balanced(text, self.styles[style], balance)
        return Paragraph(markup(text), self.styles[style])

    # -- blocks ---------------------------------------------------------------------------

    def header(self, *, reference: str | None = None, on: date | None = None,
               motto: bool = True) -> Document:
        """The letterhead (left) and national motto (right); below them "Số: ..." and the
        place and date, on one line. `reference=None` leaves the number line out."""
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer, Table, TableStyle

        right_width = MOTTO_COLUMN_MM * mm
        left_width = self.width - right_width
        on = on or clock.today()
        head = self.letterhead or Letterhead("")
        left = self._letterhead_cell(head, left_width)
        right = self._motto_cell(right_width) if motto else []
        number = self._para(f"{self.words['number']} {reference}", "number") \
            if reference is not None else ""
        place = self._para(date_line(on, address=head.address, language=self.language),
                           "dateline")
        table = Table([[left, right], [number, place]], colWidths=[left_width, right_width])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # centres the short rules
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 2 * mm),
        ]))
        return self.add(table).add(Spacer(1, 6 * mm))

    def _letterhead_cell(self, head: Letterhead, width: float) -> list:
        w = self.words
        pairs = [[(w["tax_code"], head.tax_code), (w["phone"], head.phone)],
                 [(w["email"], head.email)], [(w["website"], head.website)]]
        lines = [head.address] + [" - ".join(f"{label}: {value}" for label, value in pair
                                              if value) for pair in pairs]
        inner = width - 2 * CELL_PADDING
        cell = [self._para(head.company_name, "org", balance=inner)]
        cell += [self._para(line, "org_line", balance=inner) for line in lines if line]
        return [*cell, _rule(width * 0.35, space_before=3)]

    def _motto_cell(self, width: float) -> list:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        motto = self.words["motto"]
        style = self.styles["motto"]
        underline = min(stringWidth(motto, style.fontName, style.fontSize), width)
        return [self._para(self.words["nation"], "nation"), self._para(motto, "motto"),
                _rule(underline, space_before=2)]

    def title(self, text: str, subtitle: Sequence[str] = ()) -> Document:
        """The centred title (set as given, e.g. "THÔNG BÁO") and its subject lines, with
        the short rule below them."""
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer

        # balanced in the frame's width: a line balanced wider would wrap once more and
        # break a phrase ("… dữ liệu cá / nhân")
        width = self.width - FRAME_PADDING
        parts = [self._para(text, "title", balance=width)]
        parts += [self._para(line, "subtitle", balance=width) for line in subtitle if line]
        parts += [_rule(30 * mm, space_before=4), Spacer(1, 5 * mm)]
        return self.add(KeepTogether(parts))

    def addressee(self, lines: Sequence[str]) -> Document:
        """"Kính gửi: ..." and the lines that go with it."""
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        for line in lines:
            self.add(self._para(line, "addressee"))
        return self.add(Spacer(1, 3 * mm))

    def heading(self, text: str) -> Document:
        """A bold section heading ("1. Thông tin về tổ chức, doanh nghiệp")."""
        return self.add(self._para(text, "heading"))

    def paragraph(self, text: str, *, style: str = "body") -> Document:
        """A paragraph of plain text; `style` "body" (justified, first line indented),
        "plain" (left aligned) or any other key of `styles`."""
        return self.add(self._para(text, style))

    def bullets(self, items: Iterable[str]) -> Document:
        """A list, each item after a dash, as in Vietnamese forms."""
        from reportlab.platypus import Paragraph, Spacer

        for item in items:
            self.add(Paragraph(markup(item), self.styles["bullet"], bulletText="-"))
        return self.add(Spacer(1, 4))

    def facts(self, rows: Sequence[tuple[str, str]], *, label_width: float = 0.36) -> Document:
        """Label / value pairs as a two-column table (a case file, an organisation's
        details). `label_width` is the share of the text width for the labels."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        widths = [self.width * label_width, self.width * (1 - label_width)]
        styles = self.styles["cell_bold"], self.styles["cell"]
        data = [[Paragraph(markup(unbroken(text, style, width - 10)), style)  # padding 5+5
                 for text, style, width in zip((label, value), styles, widths, strict=True)]
                for label, value in rows]
        if not data:
            return self
        table = Table(data, colWidths=widths, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.6, 0.6, 0.6)),
            ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.95, 0.95, 0.95)),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ]))
        return self.add(table).add(Spacer(1, 4 * mm))

    def table(self, rows: Sequence[Sequence[str]], *, header: Sequence[str] | None = None,
              widths: Sequence[float | None] | None = None, font_size: float = 11) -> Document:
        """A grid table of plain-text cells, the header row bold, shaded and repeated on
        every page. `widths` in millimetres; None columns share what is left."""
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        cell = ParagraphStyle("table", parent=self.styles["cell"], fontSize=font_size,
                              leading=font_size * 1.3)
        head = ParagraphStyle("table_head", parent=self.styles["cell_bold"],
                              fontSize=font_size, leading=font_size * 1.3)
        first = header or (rows[0] if rows else None)
        if not first:
            return self
        columns = self._column_widths(len(first), widths, mm)

        def cells(values, style) -> list:  # the default padding: 6 pt on either side
            return [Paragraph(markup(unbroken(str(v), style, w - 12)), style)
                    for v, w in zip(values, columns, strict=True)]

        data = [cells(header, head)] if header else []
        data += [cells(row, cell) for row in rows]
        table = Table(data, colWidths=columns,
                      repeatRows=1 if header else 0, hAlign="LEFT")
        commands = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.Color(0.5, 0.5, 0.5))]
        if header:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)))
        table.setStyle(TableStyle(commands))
        return self.add(table).add(Spacer(1, 4 * mm))

    def _column_widths(self, count: int, widths, mm: float) -> list[float]:
        given = list(widths or [None] * count)
        fixed = sum(w * mm for w in given if w)
        free = [w for w in given if not w]
        share = (self.width - fixed) / len(free) if free else 0
        return [w * mm if w else share for w in given]

    def spacer(self, height_mm: float) -> Document:
        from reportlab.lib.units import mm
        from reportlab.platypus import Spacer

        return self.add(Spacer(1, height_mm * mm))

    def page_break(self) -> Document:
        from reportlab.platypus import PageBreak

        return self.add(PageBreak())

    def signature(self, *, title: str, name: str, note: str | None = None,
                  recipients: Sequence[str] = (), space_mm: float = 18) -> Document:
        """The signature block on the right (title, "(Ký, ghi rõ họ tên, đóng dấu)", room to
        sign, the name) and "Nơi nhận:" with its list on the left; kept on one page."""
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

        note = self.words["sign_note"] if note is None else note
        # the title on the signature's side, its lines broken between phrases, never inside
        # one ("CHUYÊN VIÊN BẢO VỆ DỮ LIỆU CÁ / NHÂN")
        sign = [self._para(title, "sign_title", balance=self.width * SIGN_SHARE)]
        if note:
            sign.append(self._para(note, "sign_note"))
        sign += [Spacer(1, space_mm * mm), self._para(name, "sign_name")]
        left = []
        if recipients:
            left = [self._para(self.words["recipients"], "recipients_label")]
            left += [self._para(f"- {r}", "recipients") for r in recipients]
        table = Table([[left, sign]], colWidths=[self.width * (1 - SIGN_SHARE),
                                                 self.width * SIGN_SHARE])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return self.add(KeepTogether([Spacer(1, 1 * mm), table]))

    # -- output ---------------------------------------------------------------------------

    def save(self, path: Path | str | BinaryIO) -> Path | BinaryIO:
        """Lay out and write the PDF: to a file atomically and privately (core/files.py),
        so a reader never sees half a file and a failed run leaves none behind; or into an
        open binary stream (a packet keeps its documents in memory)."""
        if not isinstance(path, str | Path):
            self._build(path)
            return path
        return files.atomic_write(path, self._build)

    def _build(self, filename: str | BinaryIO) -> None:
        from reportlab.lib.units import mm
        from reportlab.platypus import SimpleDocTemplate

        author = self.letterhead.company_name if self.letterhead else ""
        template = SimpleDocTemplate(
            filename, pagesize=self.pagesize, title=self.title_text, author=author,
            subject=self.subject, creator=f"DPO Desk {__version__}", lang=self.language,
            leftMargin=MARGINS_MM["left"] * mm, rightMargin=MARGINS_MM["right"] * mm,
            topMargin=MARGINS_MM["top"] * mm, bottomMargin=MARGINS_MM["bottom"] * mm)
        draw = self._watermark if self.draft else _nothing
        template.build(list(self.flowables), onFirstPage=draw, onLaterPages=draw,
                       canvasmaker=_numbered_canvas(self._footer))

    def _watermark(self, canvas, _doc) -> None:
        """Under the page's text: the draft mark, large, light, diagonal."""
        width, height = self.pagesize
        canvas.saveState()
        canvas.setFillGray(0.85)
        canvas.setFont(f"{FONT}-Bold", 54)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(45)
        canvas.drawCentredString(0, -18, self.words["watermark"])
        canvas.restoreState()

    def _footer(self, canvas, page: int, pages: int) -> None:
        from reportlab.lib.units import mm

        canvas.saveState()
        canvas.setFont(FONT, 9.5)
        canvas.setFillGray(0.3)
        canvas.drawCentredString(self.pagesize[0] / 2, 10 * mm,
                                 self.words["page"].format(page=page, pages=pages))
        if self.mark is not None:  # small, under the page number (issue 14)
            canvas.setFont(FONT, 6.5)
            canvas.setFillGray(0.45)
            canvas.drawCentredString(self.pagesize[0] / 2, 6 * mm, self.mark.text(self.words))
        canvas.restoreState()


# The share of the page's width the signature block takes (the recipients have the rest):
# wide enough for a title such as "CHUYÊN VIÊN BẢO VỆ DỮ LIỆU CÁ NHÂN" on one line.
SIGN_SHARE = 0.6
# Vietnamese words of two or more syllables (and set phrases) that a balanced line never
# splits: "... dữ liệu cá / nhân" or "... yêu / cầu" reads as a broken word (issue 15).
UNBROKEN_PHRASES = ("dữ liệu cá nhân", "bảo vệ", "yêu cầu", "thời hạn", "giải quyết", "xử lý",
                    "đồng ý", "rút lại", "chủ thể", "hạn chế", "phản đối", "chỉnh sửa",
                    "cung cấp", "khiếu nại", "thông báo", "chuyên viên", "phụ trách",
                    "doanh nghiệp", "tổ chức", "đại diện", "giám đốc", "biện pháp",
                    "cá nhân", "dữ liệu", "truy cập", "gia hạn", "vi phạm", "sự cố",
                    "bảo vệ dữ liệu cá nhân", "phát hiện", "báo cáo",
                    # the words of the reports' tables and of company names
                    "72 giờ", "trạng thái", "cơ quan", "chức năng", "đúng hạn", "trễ hạn",
                    "quá hạn", "thời điểm", "hồ sơ", "tiếp nhận", "khách hàng", "hệ thống",
                    "công ty", "thương mại", "điện tử", "cổ phần", "dịch vụ", "trực tuyến",
                    "căn cước", "công dân", "ứng dụng", "điện thoại", "địa chỉ")


def _phrases(text: str, longest: int) -> list[str]:
    """`text` split at the spaces a line may break at: between words, never inside one of
    UNBROKEN_PHRASES of at most `longest` words (any case; the longest phrase first)."""
    words_ = text.split(" ")
    bare = [w.strip("()[],.;:!?\"'").casefold() for w in words_]  # "(thông báo," matches
    starting = _phrases_by_first_word(longest)
    tokens: list[str] = []
    index = 0
    while index < len(words_):
        size = next((len(p) for p in starting.get(bare[index], ())
                     if bare[index:index + len(p)] == p), 1)
        tokens.append(" ".join(words_[index:index + size]))
        index += size
    return tokens


@cache
def _phrases_by_first_word(longest: int) -> dict[str, list[list[str]]]:
    table: dict[str, list[list[str]]] = {}
    for phrase in sorted((p.split(" ") for p in UNBROKEN_PHRASES), key=len, reverse=True):
        if len(phrase) <= longest:
            table.setdefault(phrase[0], []).append(phrase)
    return table


def unbroken(text: str, style, width: float) -> str:
    """`text` with non-breaking spaces inside the two-word UNBROKEN_PHRASES that fit
    `width`, for narrow table cells: "Hạn / thông báo" rather than "Hạn thông / báo"
    (a longer phrase, or one wider than the cell, may still break between its words)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return " ".join(token.replace(" ", "\u00a0")
                    if stringWidth(token, style.fontName, style.fontSize) <= width else token
                    for token in _phrases(text, 2))


def balanced(text: str, style, width: float) -> str:
    """Line breaks that spread centred text evenly over its lines, so that a company name
    or a title does not end on one lone word, nor break inside a Vietnamese word of several
    syllables (UNBROKEN_PHRASES: the longest phrases kept whole that fit the width, in the
    fewest lines). Text with its own line breaks is left as is."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def measure(part: str) -> float:
        return stringWidth(part, style.fontName, style.fontSize)

    if "\n" in text or measure(text) <= width:
        return text

    def wrap(tokens: list[str], limit: float) -> list[str]:
        lines: list[str] = []
        for token in tokens:
            trial = f"{lines[-1]} {token}" if lines else token
            if lines and measure(trial) <= limit:
                lines[-1] = trial
            else:
                lines.append(token)
        return lines

    # whole phrases (the longest that fit, in the fewest lines); plain words only when
    # not even the two-word phrases fit the width
    tiers = [_phrases(text, longest) for longest in (5, 4, 2)]
    fitting = [t for t in tiers if all(measure(token) <= width for token in t)] or \
        [_phrases(text, 1)]
    tokens = min(fitting, key=lambda t: len(wrap(t, width)))  # the first of the fewest
    wanted = len(wrap(tokens, width))
    low, high = width / wanted, width
    for _ in range(12):  # the narrowest width that still needs no more lines
        middle = (low + high) / 2
        low, high = (low, middle) if len(wrap(tokens, middle)) <= wanted else (middle, high)
    return "\n".join(wrap(tokens, high))


def kept_end(flowables: Sequence, head: int = 0):
    """The end of a text and its signature kept on one page, as a letter's last page
    carries them (NĐ 30/2020 practice). When they do not fit where they stand, the first
    of them breaks if it is a paragraph or a table: its last lines (two at least, the
    widow control of `_styles`) or its last two rows go with the rest to the next page,
    the lines before stay; one too short to break goes whole. A block longer than a page
    still splits. The `head` flowables before the one that breaks (a report entry's
    heading) stay with it, the whole moving to the next page when it fits there."""
    return _kept_end_class()(list(flowables), head)


@cache
def _kept_end_class() -> type:
    from reportlab.platypus import KeepTogether, Paragraph, Table
    from reportlab.platypus.flowables import _listWrapOn

    def tail_split(first, aW, aH):  # noqa: N803 - reportlab's names
        """`first` split so that its end goes on (a paragraph: one line, which the widow
        control makes two; a table: two rows); None when it cannot break so."""
        height = first.wrap(aW, aH)[1]
        if isinstance(first, Paragraph):
            carried = first.style.leading / 2
        elif isinstance(first, Table) and len(first._rowHeights) > 2:
            carried = sum(first._rowHeights[-2:]) - 0.5
        else:
            return None
        parts = first.split(aW, min(aH, height - carried))
        return parts if len(parts) == 2 else None

    class KeptEnd(KeepTogether):
        """`head` (the flowables before the one that breaks) stays with it: the whole
        goes to the next page when it fits there, as a KeepTogether."""

        def __init__(self, flowables, head: int = 0):
            super().__init__(flowables)
            self._head = head

        def split(self, aW, aH):  # noqa: N803 - reportlab's names
            if getattr(self, "_wrapInfo", None) != (aW, aH):
                self.wrap(aW, aH)
            frame = getattr(self, "_frame", None)
            at_top = getattr(frame, "_atTop", False)
            head, first = self._content[:self._head], self._content[self._head]
            rest = self._content[self._head + 1:]
            if head and (aH >= self._H or frame is None):  # the end still kept with its
                return [*head, KeptEnd(self._content[self._head:])]  # signature: estimates err
            if aH >= self._H or not rest or frame is None:
                return super().split(aW, aH)
            if head and not at_top:  # on the next page, still kept (content would not be)
                return [self.FrameBreak(), self]
            room = aH - (_listWrapOn(head, aW, self.canv)[1] if head else 0)
            parts = tail_split(first, aW, room) if room > 0 else None
            if parts:
                return [*head, parts[0], KeepTogether([parts[1], *rest])]
            return super().split(aW, aH)

    return KeptEnd


def keep_signature(doc: Document, first: int) -> None:
    """The signature added from `first` on kept with the end of what precedes it: the last
    table before it, or the last paragraph (`kept_end`); inside a block kept on one page
    (a report's last entry) the block keeps its head and ends with them."""
    from reportlab.platypus import KeepTogether, Paragraph, Table

    signature = flat(doc.flowables[first:])
    del doc.flowables[first:]
    at = len(doc.flowables)  # after the last text, table or block (not a spacer)
    while at > 0 and not isinstance(doc.flowables[at - 1], Paragraph | Table | KeepTogether):
        at -= 1
    if at == 0:
        doc.add(KeepTogether(signature))
        return
    block = doc.flowables[at - 1]
    if isinstance(block, KeepTogether):
        content = block._content
        tables = [n for n, f in enumerate(content) if isinstance(f, Table)]
        start = tables[-1] if tables else len(content) - 1
        doc.flowables[at - 1:] = [kept_end([*content, *doc.flowables[at:], *signature],
                                           head=start)]
    else:
        doc.flowables[at - 1:] = [kept_end([*doc.flowables[at - 1:], *signature])]


def flat(flowables: Sequence) -> list:
    """One level of KeepTogether opened: one inside another counts as taller than any
    page."""
    from reportlab.platypus import KeepTogether

    out = []
    for flowable in flowables:
        out += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
    return out


def _nothing(_canvas, _doc) -> None:
    return None


def _rule(width: float, *, space_before: float = 0):
    """A short centred line: under the organisation, the motto, the title."""
    from reportlab.platypus.flowables import HRFlowable

    return HRFlowable(width=width, thickness=0.6, color="black", hAlign="CENTER",
                      spaceBefore=space_before, spaceAfter=0)


def _numbered_canvas(footer: Callable) -> type:
    """A canvas class that holds every page until the end, so each footer can say "x/y"."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            pages = list(self._pages)
            for number, state in enumerate(pages, start=1):
                self.__dict__.update(state)
                footer(self, number, len(pages))
                super().showPage()
            super().save()

    return NumberedCanvas
