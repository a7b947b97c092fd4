"""Letters from templates, and the two letters to a requester (DOMAIN D3; CONTRACT: letter
acknowledge/reply): the acknowledgement of receipt and the reply, in Vietnamese or English.

The wording lives in text templates, `resources/letters/<lang>/<name>`; the DPO overrides one
by putting a file of the same name in `<user data folder>/letters/<lang>/` (`template_path`).
The format (resources/letters/README.md): the first block is the title and its subject
lines; blocks are separated by blank lines; `$name` placeholders; a block may start with
markers: `[if name]` (printed only when `name` is not empty), `[reference]`, `[to]`,
`[facts]` ("Label: value" lines), `[heading]`, `[lines]` (the "- Label: value" lines of an
official form, one per line, "+ " for sub-items), `[recipients]`, `[signature]`,
`[signatures]` (several parties side by side). A line of a list, a facts table, a form's
lines, an addressee, recipients or signature block that names an empty value is left out.

`render` turns any template and values into a PDF on the pdf layer. Besides the complaint
letters, this module writes the three breach documents (DOMAIN D4): the notice to the
authority on Mẫu số 08 / Mẫu số 03, the minutes confirming the violation and the notice to
the people affected (with the text of a public notice).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import (
    complaints,
    documents,
    events,
    files,
    pdf,
    rules,
    settings,
    signing,
)
from dpo_desk.core.errors import DeskError, FieldError, ValidationError
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.paths import APP_NAME, resource
from dpo_desk.core.pdf import Document, Letterhead, markup, short_date

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

LANGUAGES = settings.LANGUAGES
LABELS = "labels.txt"
ACKNOWLEDGE = "complaint_acknowledge.txt"
REPLY = "complaint_reply.txt"
EXTENSION = "complaint_extension.txt"
IDENTITY = "complaint_identity.txt"
MARKERS = ("reference", "to", "facts", "heading", "lines", "recipients", "signature",
           "signatures")
_MARKER = re.compile(r"\[(\w+)(?:\s+(\w+))?\]")


# -- finding templates -------------------------------------------------------------------

def override_dir(language: str) -> Path:
    """Where the DPO's own templates go: `<user data folder>/letters/<lang>/`."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "letters" / language


def template_path(name: str, language: str) -> Path:
    """The DPO's copy of template `name` if there is one, else the bundled one."""
    for folder in (override_dir(language), resource("letters", language)):
        if (folder / name).is_file():
            return folder / name
    raise DeskError(f"letter template {name} ({language}) not found in "
                    f"{override_dir(language)} or {resource('letters', language)}")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise DeskError(f"letter template {path} cannot be read ({exc})") from exc


def load_labels(language: str) -> dict[str, str]:
    """The labels of codes (`kind.access: ...`) in `language`: the bundled file, then the
    DPO's `labels.txt`, whose lines win one by one."""
    labels: dict[str, str] = {}
    for path in (resource("letters", language, LABELS), override_dir(language) / LABELS):
        if not path.is_file():
            continue
        for number, line in enumerate(_read(path).split("\n"), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            key, colon, value = line.partition(":")
            if not colon:
                raise DeskError(f"letter labels {path}, line {number}: expected 'key: text'")
            labels[key.strip()] = value.strip()
    return labels


# -- the template format ------------------------------------------------------------------

@dataclass(frozen=True)
class Block:
    """One block of a template: its kind, condition and (line number, text) lines."""

    kind: str  # "title", "text" or one of MARKERS
    lines: tuple[tuple[int, str], ...]
    condition: str | None = None


def parse(text: str, source: str) -> list[Block]:
    """Split a template into blocks; markers are checked, placeholders not yet."""
    blocks: list[Block] = []
    chunk: list[tuple[int, str]] = []
    for number, line in enumerate([*text.split("\n"), ""], start=1):
        if line.startswith("#"):
            continue
        if line.strip():
            chunk.append((number, line.rstrip()))
            continue
        if chunk:
            block = _block(chunk, source, first=not blocks)
            if block is not None:
                blocks.append(block)
            chunk = []
    if not blocks or blocks[0].kind != "title":
        raise DeskError(f"letter template {source}: the first block must be the title")
    return blocks


def _block(chunk: list[tuple[int, str]], source: str, *, first: bool) -> Block | None:
    kind, condition = ("title" if first else "text"), None
    while chunk and (found := _MARKER.fullmatch(chunk[0][1].strip())):
        word, argument = found.groups()
        if word == "if" and argument:
            condition = argument
        elif word in MARKERS and not argument:
            kind = word
        else:
            raise DeskError(f"letter template {source}, line {chunk[0][0]}: unknown marker "
                            f"{chunk[0][1].strip()} (known: [if name], "
                            + ", ".join(f"[{m}]" for m in MARKERS) + ")")
        chunk = chunk[1:]
    return Block(kind, tuple(chunk), condition) if chunk else None


def check_placeholders(blocks: list[Block], values: dict, source: str) -> None:
    """Every `$name` and `[if name]` of the template must be a value this letter has."""
    for block in blocks:
        if block.condition is not None and block.condition not in values:
            _unknown(source, block.lines[0][0] - 1, block.condition, values)
        for number, line in block.lines:
            template = string.Template(line)
            if not template.is_valid():
                raise DeskError(f"letter template {source}, line {number}: a $ that starts no "
                                "placeholder (write $$ for a dollar sign)")
            for name in template.get_identifiers():
                if name not in values:
                    _unknown(source, number, name, values)


def _unknown(source: str, number: int, name: str, values: dict) -> None:
    raise DeskError(f"letter template {source}, line {number}: unknown placeholder ${name} "
                    f"(this letter has: {', '.join('$' + k for k in sorted(values))})")


@dataclass
class Filled:
    """A template with its values put in, ready to lay out."""

    title: str
    subtitle: list[str]
    reference: str | None = None
    body: list[tuple[str, object]] = field(default_factory=list)  # (kind, content)
    recipients: list[str] = field(default_factory=list)


def fill(name: str, language: str, values: dict[str, str]) -> Filled:
    """Template `name` in `language` with `values` (all text) put in.

    Raises DeskError naming the template file and the placeholder it does not know.
    """
    path = template_path(name, language)
    blocks = parse(_read(path), str(path))
    check_placeholders(blocks, values, str(path))
    values = {k: str(v or "").replace("\r\n", "\n").strip() for k, v in values.items()}
    title_lines = _lines(blocks[0], values, drop_empty=True)
    filled = Filled(title=title_lines[0] if title_lines else "", subtitle=title_lines[1:])
    for block in blocks[1:]:
        if block.condition is not None and not values[block.condition]:
            continue
        _add_block(filled, block, values, str(path))
    return filled


def _names_empty(line: str, values: dict[str, str]) -> bool:
    return any(not values[n] for n in string.Template(line).get_identifiers())


def _lines(block: Block, values: dict[str, str], *, drop_empty: bool) -> list[str]:
    return [string.Template(line).substitute(values) for _, line in block.lines
            if not (drop_empty and _names_empty(line, values))]


def _add_block(filled: Filled, block: Block, values: dict[str, str], source: str) -> None:
    if block.kind == "text":
        filled.body += _text_items(block, values)
        return
    if block.kind == "lines":
        filled.body.append(("lines", _form_lines(block, values)))
        return
    if block.kind == "signatures":
        filled.body.append(("signatures", _parties(block, values, source)))
        return
    lines = _lines(block, values, drop_empty=True)
    if block.kind == "reference":
        filled.reference = " ".join(lines)
    elif block.kind == "recipients":
        filled.recipients += [line.lstrip("- ").strip() for line in lines]
    elif block.kind == "facts":
        filled.body.append(("facts", _facts(block, values, source)))
    elif lines:
        filled.body.append((block.kind, lines))


def _facts(block: Block, values: dict[str, str], source: str) -> list[tuple[str, str]]:
    """"Label: value" lines; split before the values go in, which may hold colons."""
    rows = []
    for number, line in block.lines:
        label, colon, value = line.partition(":")
        if not colon:
            raise DeskError(f"letter template {source}, line {number}: a [facts] line must "
                            f"be 'Label: value', not {line.strip()!r}")
        if not _names_empty(line, values):
            rows.append((string.Template(label).substitute(values).strip(),
                         string.Template(value).substitute(values).strip()))
    return rows


def _form_lines(block: Block, values: dict[str, str]) -> list[tuple[str, str]]:
    """The lines of a form, each kept on its own: ("dash", text) for "- " lines, ("sub",
    text) for "+ " lines and ("line", text) for the others. A template line that starts
    with a space continues the one before; a value's own lines that start with "+ " are
    sub-items, its other lines plain lines."""
    joined: list[tuple[int, str]] = []
    for number, line in block.lines:
        if line[:1].isspace() and joined:
            joined[-1] = (joined[-1][0], f"{joined[-1][1]} {line.strip()}")
        else:
            joined.append((number, line))
    out: list[tuple[str, str]] = []
    for _, line in joined:
        if _names_empty(line, values):
            continue
        kind, text = ("dash", line[2:]) if line.startswith("- ") else \
            ("sub", line[2:]) if line.startswith("+ ") else ("line", line)
        parts = string.Template(text).substitute(values).split("\n")
        for index, part in enumerate(p.strip() for p in parts):
            if part.startswith("+ "):
                out.append(("sub", part[2:].strip()))
            elif part:
                out.append((kind if index == 0 else "line", part))
    return out


def _parties(block: Block, values: dict[str, str], source: str) -> list[tuple[str, ...]]:
    """`Title | name` or `Title | note | name` lines: one signing party each. An empty name
    stays empty (the party writes it by hand); the line is kept. A line that is one
    placeholder alone (`$participant_signatures`) gives a party for each line of its value,
    itself `Title | note | name`: the minutes' recorded participants (DOMAIN D4.4)."""
    parties = []
    for number, line in block.lines:
        names = string.Template(line.strip()).get_identifiers()
        if "|" not in line and len(names) == 1 and line.strip() == f"${names[0]}":
            parties += [tuple(c.strip() for c in row.split("|"))
                        for row in values[names[0]].split("\n") if row.strip()]
            continue
        cells = [string.Template(c.strip()).substitute(values) for c in line.split("|")]
        if len(cells) not in (2, 3):
            raise DeskError(f"letter template {source}, line {number}: a [signatures] line "
                            f"must be 'Title | name' or 'Title | note | name'")
        parties.append(tuple(cells))
    return parties


def _text_items(block: Block, values: dict[str, str]) -> list[tuple[str, str]]:
    """Paragraphs and "- " list items. Template lines of one paragraph are joined; a value
    with blank lines (a reply of several paragraphs) becomes several paragraphs."""
    items: list[list[str]] = []
    for _, line in block.lines:
        if line.startswith("- "):
            if not _names_empty(line, values):
                items.append(["bullet", string.Template(line[2:]).substitute(values)])
            continue
        text = string.Template(line.strip()).substitute(values)
        if items and (items[-1][0] == "paragraph" or line[:1].isspace()):
            items[-1][1] += " " + text
        else:
            items.append(["paragraph", text])
    out = []
    for kind, text in items:
        parts = [p.strip() for p in re.split(r"\n\s*\n", text)] if kind == "paragraph" \
            else [text.strip()]
        out += [(kind, p) for p in parts if p]
    return out


def _group_bullets(body: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """Consecutive list items become one list."""
    out: list[tuple[str, object]] = []
    for kind, content in body:
        if kind == "bullet" and out and out[-1][0] == "bullets":
            out[-1][1].append(content)
        elif kind == "bullet":
            out.append(("bullets", [content]))
        else:
            out.append((kind, content))
    return out


def compose(doc: Document, filled: Filled, *, on: date | None = None) -> Document:
    """Lay a filled template out on `doc`: header, title, body, signature. The signature
    never stands alone on a page (`_keep_together`)."""
    doc.header(reference=filled.reference, on=on)
    doc.title(filled.title, filled.subtitle)
    signed = False
    for kind, content in _group_bullets(filled.body):
        kept = _kept_from(doc) if kind in ("signature", "signatures") else None
        if kind == "paragraph":
            _paragraph(doc, content)
        elif kind == "bullets":
            doc.bullets(content)
        elif kind == "facts":
            doc.facts(content)
        elif kind == "to":
            doc.addressee([_unorphaned(doc, line) for line in content])
        elif kind == "heading":
            _heading(doc, "\n".join(content))
        elif kind == "lines":
            _form_block(doc, content)
        elif kind == "signatures":
            _signatures(doc, content, recipients=filled.recipients)
            signed = True
        elif kind == "signature":
            title = "\n".join(content[:-1]) if len(content) > 1 else content[0]
            name = content[-1] if len(content) > 1 else ""
            doc.signature(title=title, name=name, recipients=filled.recipients)
            signed = True
        if kept is not None:
            _keep_together(doc, kept)
    if filled.recipients and not signed:
        doc.bullets(filled.recipients)
    return doc


# What the signature takes with it to its page: the closing ("Trân trọng./.") and the one
# paragraph or list item above it, of which a long paragraph gives only its last lines
# (pdf.kept_end); the rest of the text flows, so that page 1 is not left half empty when
# the block does not fit (review of issue 15, P10).
KEPT_WITH_SIGNATURE = 2


def _kept_from(doc: Document) -> int:
    """Where the text kept with a signature begins: the last KEPT_WITH_SIGNATURE paragraphs
    (spacers do not count), with the lead-in paragraphs that keep with them."""
    first, found = len(doc.flowables), 0
    while first > 0 and found < KEPT_WITH_SIGNATURE:
        first -= 1
        found += not _is_spacer(doc.flowables[first])
    while first > 0 and doc.flowables[first - 1].getKeepWithNext():
        first -= 1
    return first


def _is_spacer(flowable) -> bool:
    from reportlab.platypus import Spacer

    return isinstance(flowable, Spacer)


def _keep_together(doc: Document, first: int) -> None:
    """The flowables from `first` on (the end of the text and the signature) as one block,
    so that a page break never leaves the signature alone on a page (NĐ 30/2020 practice:
    the signature page carries the end of the text)."""
    kept = pdf.flat(doc.flowables[first:])
    del doc.flowables[first:]
    doc.add(pdf.kept_end(kept))


def _paragraph(doc: Document, text: str) -> None:
    """A body paragraph; one ending in ":" introduces what follows and stays with it."""
    if not text.rstrip().endswith(":"):
        doc.paragraph(text)
        return
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("lead_in", parent=doc.styles["body"], keepWithNext=1)
    doc.add(Paragraph(markup(text), style))


def _unorphaned(doc: Document, line: str) -> str:
    """An addressee line too long for one line, broken evenly so that no word stands
    alone on the second ("Kính gửi: ... Bộ Công / an.")."""
    style = doc.styles["addressee"]
    return pdf.balanced(line, style, doc.width - style.leftIndent - pdf.FRAME_PADDING - 1)


def _heading(doc: Document, text: str) -> None:
    """A section heading of a form, kept on the page of the lines that follow it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    style = ParagraphStyle("form_heading", parent=doc.styles["heading"], keepWithNext=1)
    doc.add(Paragraph(markup(text), style))


def _form_styles(doc: Document) -> dict:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    dash = doc.styles["bullet"]
    return {"dash": dash,
            "line": ParagraphStyle("form_line", parent=dash),
            "sub": ParagraphStyle("form_sub", parent=dash, leftIndent=20 * mm,
                                  bulletIndent=15 * mm)}


def _form_block(doc: Document, items: list[tuple[str, str]]) -> None:
    """A form's lines: "- Label: value" at the list's indent, plain lines under it, "+ "
    sub-items one step in. A line ending in ":" stays with the line after it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Spacer

    styles = _form_styles(doc)
    for index, (kind, text) in enumerate(items):
        style = styles[kind]
        if text.endswith(":") and index + 1 < len(items):
            style = ParagraphStyle(f"{style.name}_next", parent=style, keepWithNext=1)
        bullet = {"dash": "-", "sub": "+"}.get(kind)
        doc.add(Paragraph(markup(text), style, bulletText=bullet))
    doc.add(Spacer(1, 4))


def _signatures(doc: Document, parties: list[tuple[str, ...]], *,
                recipients: list[str]) -> None:
    """Several signing parties side by side (minutes), each: title, note, room to sign,
    name; "Nơi nhận" above them when there is one. Kept on one page."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

    styles = doc.styles
    # at most three side by side (four as two rows of two); more go on further rows
    per_row = 2 if len(parties) == 4 else min(3, max(1, len(parties)))
    width = doc.width / per_row
    title_style = ParagraphStyle("parties_title", parent=styles["sign_title"], fontSize=11,
                                 leading=14)
    heads, names = [], []
    for party in parties:
        title, note, name = party if len(party) == 3 else (party[0], None, party[1])
        note = doc.words["sign_note"] if note is None else note
        title = pdf.balanced(title, title_style, width - 4)
        head = [Paragraph(markup(title), title_style)]
        if note:
            head.append(Paragraph(markup(note), styles["sign_note"]))
        heads.append(head)
        names.append(Paragraph(markup(name), styles["sign_name"]))
    # each row of parties: their titles and notes, then room to sign, then their names on
    # one line, however many lines a title takes
    rows: list[list] = []
    for start in range(0, len(parties), per_row):
        padding = [""] * (per_row - len(heads[start:start + per_row]))
        rows += [heads[start:start + per_row] + padding,
                 names[start:start + per_row] + padding]
    table = Table(rows, colWidths=[width] * per_row)
    table.setStyle(TableStyle(
        [("VALIGN", (0, 0), (-1, -1), "TOP"),
         ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
        + [("TOPPADDING", (0, row), (-1, row), 22 * mm) for row in range(1, len(rows), 2)]
        + [("BOTTOMPADDING", (0, row), (-1, row), 8) for row in range(1, len(rows), 2)]))
    block = [Spacer(1, 3 * mm), table]
    if recipients:
        block += [Spacer(1, 4 * mm), Paragraph(markup(doc.words["recipients"]),
                                               styles["recipients_label"])]
        block += [Paragraph(markup(f"- {r}"), styles["recipients"]) for r in recipients]
    doc.add(KeepTogether(block))


class FormDocument(Document):
    """A document whose header names only the organisation, in capitals, as the official
    forms do (Mẫu số 03, Mẫu số 08: "TÊN TỔ CHỨC"; NĐ 30/2020, Phụ lục I); the address
    still gives the date line's place."""

    def _letterhead_cell(self, head: Letterhead, width: float) -> list:
        return super()._letterhead_cell(Letterhead(head.company_name.upper()), width)


def render(name: str, values: dict[str, str], out: Path | str, *, letterhead: Letterhead,
           language: str = "vi", on: date | None = None, draft: bool = False,
           subject: str = "", form: bool = False, mark: pdf.Mark | None = None) -> Path:
    """Template `name` filled with `values`, laid out on the letterhead, written to `out`.
    `form`: the header names only the organisation (official forms); `mark`: the footer's
    audit head (and key fingerprint)."""
    filled = fill(name, language, values)
    kind = FormDocument if form else Document
    doc = kind(title=" - ".join([filled.title, *filled.subtitle]), letterhead=letterhead,
               language=language, subject=subject, draft=draft, mark=mark)
    return compose(doc, filled, on=on).save(files.writable(out))


# -- the complaint letters ----------------------------------------------------------------

def case_number(case: dict) -> str:
    """How a case is referred to in letters (the requester quotes it back)."""
    return str(case["id"])


_VI_CITATION = re.compile(r"(?:điểm (\w+) )?(?:khoản (\d+) )?Điều (\d+) Nghị định số (\S+)")


def legal_source(source: str | None, language: str) -> str:
    """The rules table cites the law in Vietnamese order ("khoản 3 Điều 5 Nghị định số
    356/2025/NĐ-CP"); English letters name it in English order ("Article 5(3) of Decree No.
    356/2025/NĐ-CP")."""
    if not source or language != "en":
        return source or ""
    found = _VI_CITATION.fullmatch(source)
    if not found:
        return source
    point, clause, article, number = found.groups()
    return (f"Article {article}" + (f"({clause})" if clause else "")
            + (f"({point})" if point else "") + f" of Decree No. {number}")


def _label(labels: dict[str, str], key: str, value: str | None) -> str:
    if not value:
        return ""
    return labels.get(f"{key}.{value}", value)


def _clause(text: str) -> str:
    """A reason the templates end with their own full stop."""
    return (text or "").strip().rstrip(".")


# DOMAIN D3.9: a complaint letter carries the date of its event, the first one recorded;
# and the deadline it answers to. The extension is told before the deadline it extends
# runs out (DOMAIN D3.8); the request for identity proof is dated by the identity_check
# step (DOMAIN D3.6: the clock runs meanwhile, so it answers to the binding due date).
LETTER_EVENTS = {"acknowledge": ("acknowledged_at",), "reply": ("answered_at", "closed_at"),
                 "extension": ("extended_at",), "identity": ("identity_check",)}
LETTER_DEADLINES = {"acknowledge": "ack_due", "reply": "due", "extension": "original_due",
                    "identity": "due"}
# DOMAIN D3.9: which procedure an acknowledgement states, per request kind (template blocks
# `[if proc_<group>]`).
PROCEDURES = {"access": "access", "provide": "provide", "correction": "correction",
              "deletion": "deletion", "withdraw_consent": "withdraw",
              "restriction": "restriction", "objection": "objection",
              "protection": "protection", "complaint": "complaint", "other": "complaint"}
# The requester is refused: the letter gives the reasons and the recourse (DOMAIN D3.9).
REFUSALS = ("rejected", "identity_not_verified")


def letter_date(desk: Desk, case: dict, kind: str, on: date | None = None) -> date:
    """The date of letter `kind` of `case`: `on` when given, else the day of its event
    (acknowledged; answered, else closed; extended) in the company's time zone, else today,
    while the event is not recorded (DOMAIN D3.9)."""
    if on is not None:
        return on
    return _on(desk, letter_moment(desk, case, kind)) or _today(desk)


def letter_moment(desk: Desk, case: dict, kind: str) -> str | None:
    """The time of the event letter `kind` is dated by (DOMAIN D3.9), None while it is not
    recorded: a column of the case, or for the identity-proof request the time the case
    entered the identity_check step."""
    if kind == "identity":
        return complaints.step_at(desk, case, "identity_check")
    return next((case[c] for c in LETTER_EVENTS[kind] if case.get(c)), None)


def late_letter(desk: Desk, complaint_id: int, kind: str,
                on: date | None = None) -> tuple[date, date] | None:
    """(the letter's date, its deadline) when letter `kind` is dated after its deadline:
    the acknowledgement after `ack_due`, the reply after the binding `due`; else None."""
    case = complaints.get(desk, complaint_id)
    deadline = case[LETTER_DEADLINES[kind]] if LETTER_DEADLINES[kind] else None
    day = letter_date(desk, case, kind, on)
    if deadline and day > date.fromisoformat(deadline):
        return day, date.fromisoformat(deadline)
    return None


def case_values(desk: Desk, case: dict, language: str, *, on: date | None = None,
                at: str | None = None) -> dict[str, str]:
    """Every placeholder of the complaint letters, as text (dates dd/mm/yyyy), for a letter
    dated `on` (today by default): a "reply by" date is never earlier than the letter.
    `at`: the time of the letter's event, when it is dated by it: an event recorded later
    that day is not in the letter (DOMAIN D3.9)."""
    profile = settings.get_all(desk)
    labels = load_labels(language)
    legal = rules.legal_deadline(case["kind"], date.fromisoformat(case["received_on"]))
    on = on or _today(desk)
    # DOMAIN D3.9: the case as it stood on the letter's date: an extension made later is
    # not in an earlier letter, which promised the due date of that day
    extended = bool(case["extension_days"]) and _happened_by(desk, case["extended_at"], on, at)
    due = case["due"] if extended or not case["extension_days"] else case["original_due"]
    signer = profile["dpo_title"] or labels.get("signer", "")
    ahead = due >= on.isoformat()  # never a "reply by" date before the letter's own
    law_due = case["legal_due"] or ""
    reply_by = short_date(due) if ahead else ""
    request = bool(rules.LEGAL_DEADLINES.get(case["kind"]))
    procedure = PROCEDURES.get(case["kind"], "complaint")
    limit, limit_source = complaints.extension_limit(case)
    received = date.fromisoformat(case["received_on"])
    return {
        "company_name": profile["company_name"], "company_address": profile["address"],
        "company_phone": profile["phone"], "company_email": profile["email"],
        "tax_code": profile["tax_code"],
        "dpo_name": profile["dpo_name"], "dpo_title": profile["dpo_title"],
        "dpo_phone": profile["dpo_phone"], "dpo_email": profile["dpo_email"],
        "signer_title": signer.upper(),
        "case_number": case_number(case),
        "requester_name": case["requester_name"],
        "requester_contact": case["requester_contact"],
        "kind_label": _label(labels, "kind", case["kind"]),
        "channel_label": _label(labels, "channel", case["channel"]),
        "summary": case["summary"],
        "received_on": short_date(case["received_on"]),
        "due": short_date(due),
        "original_due": short_date(case["original_due"]),
        "policy_due": short_date(case["policy_due"]),
        "legal_due": short_date(case["legal_due"]),
        "ack_due": short_date(case["ack_due"]),
        "legal_source": legal_source(legal.source if legal else None, language),
        "reply_by": reply_by,
        "due_passed": "" if ahead else "yes",
        # DOMAIN D3.2: the binding due date is the earlier of the promise and the law; the
        # promise is "earlier" only when it truly is.
        "law_binds": "yes" if ahead and law_due == due and not extended else "",
        "law_later": "yes" if ahead and law_due > due and not extended else "",
        # DOMAIN D3.6: requests about one's own data need the identity verified.
        "is_request": "yes" if request else "",
        "is_complaint": "" if request else "yes",
        # DOMAIN D3.9: the procedure of the request's kind ("thực hiện ... chậm nhất vào
        # ngày"), the one extension the law allows (or the company practice for complaints),
        # the cases that need no consent for a withdrawal, restriction or objection.
        **{f"proc_{name}": "yes" if name == procedure else ""
           for name in sorted(set(PROCEDURES.values()))},
        "carry_out_by": reply_by if request else "",
        "settle_by": "" if request else reply_by,
        "extension_max": str(limit) if limit else "",
        "extension_basis": legal_source(limit_source, language) if limit else "",
        # DOMAIN D3.2, D3.7: no law sets this extension, only the company's own rules
        "extension_policy": str(limit) if limit and not limit_source else "",
        "no_consent_basis": rules.no_consent_basis(received).in_language(language)
        if procedure in ("withdraw", "restriction", "objection") else "",
        "extended_on": short_date(_on(desk, case["extended_at"])),
        "extended": "yes" if extended else "",
        "extension_days": str(case["extension_days"] or ""),
        "extension_reason": _clause(case["extension_reason"]),
        "reply_text": case["reply_text"],
        "closed": "yes" if case["status"] == "closed" else "",
        "outcome_label": _label(labels, "outcome", case["outcome"]),
        "outcome_reason": _clause(case["outcome_reason"]),
        "closed_on": short_date(case["closed_at"]),
        "refused": "yes" if case["outcome"] in REFUSALS else "",
        "recourse_basis": rules.recourse_basis(on).in_language(language),
        "authority": rules.AUTHORITY.in_language(language),
    }


def _happened_by(desk: Desk, moment: str | None, on: date, at: str | None) -> bool:
    """Whether an event recorded at `moment` (None: not recorded, taken as by then) is part
    of a letter dated `on`: by its time when the letter is dated by its own event `at` (on
    that day), else by the day (DOMAIN D3.9: a letter shows what was so when it was made)."""
    if moment is None:
        return True
    if at is not None and _on(desk, at) == on:
        return datetime.fromisoformat(moment) <= datetime.fromisoformat(at)
    return _on(desk, moment) <= on


def _complaint_letter(desk: Desk, complaint_id: int, out: Path | str, kind: str, *,
                      language: str | None, draft: bool, on: date | None) -> Path:
    language = settings.document_language(language, desk)
    case = complaints.get(desk, complaint_id)
    missing = settings.missing_essentials(desk)
    if missing and not draft:  # a letter must say who writes and whom to contact
        raise ValidationError([FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Fill in the company profile before printing letters (or print a draft)"))
            for key in missing])
    _check_letter(desk, case, kind, on)
    profile = settings.get_all(desk)
    on = letter_date(desk, case, kind, on)
    out = files.writable(out)
    values = case_values(desk, case, language, on=on, at=letter_moment(desk, case, kind))
    values["letter_number"] = documents.number(desk, kind, complaints.TABLE, case["id"], on=on,
                                               draft=draft)
    return render(COMPLAINT_TEMPLATES[kind], values, out,
                  letterhead=Letterhead.from_settings(profile), language=language, on=on,
                  draft=draft, subject=f"#{case_number(case)}", mark=signing.document_mark(desk))


def _check_letter(desk: Desk, case: dict, kind: str, on: date | None) -> None:
    """What letter `kind` needs of the case: a reply text or a closed case for the reply
    (a refusal closed directly still gets its letter, with its reasons); a recorded
    extension for the extension notice, dated no earlier than it."""
    if kind == "reply" and not case["reply_text"].strip() and case["status"] != "closed":
        raise ValidationError.single("reply_text", QT_TRANSLATE_NOOP(
            "core", "Reply letters for a complaint without a reply text are refused"))
    if not complaints.letter_allowed(case, kind):
        raise ValidationError.single("extension_days", QT_TRANSLATE_NOOP(
            "core", "The case has not been extended: record the extension first"))
    extended_on = _on(desk, case["extended_at"])
    if kind == "extension" and on is not None and extended_on and on < extended_on:
        raise ValidationError.single("date", QT_TRANSLATE_NOOP(
            "core", "The extension was recorded on {day}: its notice cannot be dated "
            "earlier"), day=short_date(extended_on))


def acknowledge(desk: Desk, complaint_id: int, out: Path | str, *,
                language: str | None = None, draft: bool = False,
                on: date | None = None) -> Path:
    """The acknowledgement of receipt: what was received when, the case number, the
    procedure of the request's kind and the date it will be carried out by (and the law
    behind it), the DPO's contact (DOMAIN D3.9). `language` defaults to the settings; `on`
    is the letter's date (`letter_date`: the day it was acknowledged, else today)."""
    return _complaint_letter(desk, complaint_id, out, "acknowledge", language=language,
                             draft=draft, on=on)


def reply(desk: Desk, complaint_id: int, out: Path | str, *, language: str | None = None,
          draft: bool = False, on: date | None = None) -> Path:
    """The reply: the DPO's reply text, any extension with its reason, the outcome of a
    closed case; a refusal with its reasons and the requester's recourse (DOMAIN D3.9).
    Refused, naming `reply_text`, while an open case has no reply text. Dated the day the
    case was answered (else closed, else today) unless `on`."""
    return _complaint_letter(desk, complaint_id, out, "reply", language=language, draft=draft,
                             on=on)


def extension_notice(desk: Desk, complaint_id: int, out: Path | str, *,
                     language: str | None = None, draft: bool = False,
                     on: date | None = None) -> Path:
    """The notice of the one extension (DOMAIN D3.8): its reason, the days, the new date
    and the original one, the law's limit. Dated the day the extension was recorded."""
    return _complaint_letter(desk, complaint_id, out, "extension", language=language,
                             draft=draft, on=on)


def identity_request(desk: Desk, complaint_id: int, out: Path | str, *,
                     language: str | None = None, draft: bool = False,
                     on: date | None = None) -> Path:
    """The request for proof of identity (DOMAIN D3.6): which proof, how to give it, that
    the deadline keeps running. Dated `on`, else the day the case entered identity_check
    (DOMAIN D3.9), else today."""
    return _complaint_letter(desk, complaint_id, out, "identity", language=language,
                             draft=draft, on=on)


COMPLAINT_TEMPLATES = {"acknowledge": ACKNOWLEDGE, "reply": REPLY, "extension": EXTENSION,
                       "identity": IDENTITY}
COMPLAINT_WRITERS = {"acknowledge": acknowledge, "reply": reply,
                     "extension": extension_notice, "identity": identity_request}


# -- the breach documents (DOMAIN D4) -----------------------------------------------------

NOTICE_08 = "incident_notice_08.txt"  # Mẫu số 08, Decree 356/2025 (Law 91 incidents)
NOTICE_03 = "incident_notice_03.txt"  # Mẫu số 03, Decree 13/2023 (incidents before 2026)
MINUTES = "incident_minutes.txt"
SUBJECT_NOTICE = "incident_subjects.txt"
PUBLIC_NOTICE = "incident_public.txt"
# Official documents are Vietnamese unless English (a translation) is asked for.
BREACH_LANGUAGE = "vi"
# Points of a list: a), b) ... (Vietnamese legal texts skip f, j, w and z and use đ).
POINTS = {"vi": "abcdđeghiklmnopqrstuvxy", "en": "abcdefghijklmnopqrstuvwxyz"}
# The facts of the form whose answer can truly be none: printed "Không có" on the notice
# (DOMAIN D4.3). The registration certificate and the company's phone are required facts;
# the DPO gives a phone or an email (the other may be none).
OPTIONAL_NOTICE_VALUES = ("transaction_office", "website", "dpo_phone", "dpo_email", "parties",
                          "attached")


def _say(labels: dict[str, str], key: str, **params) -> str:
    """A label of labels.txt with its {placeholders} put in."""
    text = labels.get(key, key)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError) as exc:
        raise DeskError(f"letter label {key}: {text!r} has an unknown placeholder ({exc}); "
                        f"it may use: {', '.join('{' + k + '}' for k in params)}") from exc


def _breach_language(language: str | None) -> str:
    """A breach document's language: Vietnamese, the official one, unless asked otherwise."""
    return settings.document_language(language, default=BREACH_LANGUAGE)


def _count(number: int | None, language: str) -> str:
    """1.200 in Vietnamese, 1,200 in English ("" for unknown)."""
    if number is None:
        return ""
    return f"{number:,}".replace(",", "." if language == "vi" else ",")


def _long_date(day: date, labels: dict[str, str]) -> str:
    """"ngày 15 tháng 3 năm 2018" (months 1 and 2 with their zero, NĐ 30/2020)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return _say(labels, "breach.long_date", day=f"{day.day:02d}", month=month, year=day.year,
                month_name=pdf.MONTHS_EN[day.month - 1], day_number=day.day)


def _local(moment: str | None, zone) -> datetime | None:
    return datetime.fromisoformat(moment).astimezone(zone) if moment else None


def _moment(moment: datetime | None, labels: dict[str, str]) -> str:
    """"08 giờ 30 phút ngày 03/03/2026" / "08:30 on 03/03/2026"."""
    if moment is None:
        return ""
    return _say(labels, "breach.moment", hour=f"{moment.hour:02d}",
                minute=f"{moment.minute:02d}", date=short_date(moment.date()))


def _zone_note(moment: datetime, labels: dict[str, str]) -> str:
    """Which clock the times are read on: Vietnam's (UTC+07:00) or the one set."""
    offset = moment.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}"
    key = "breach.zone_vietnam" if offset == "+07:00" else "breach.zone_local"
    return _say(labels, key, offset=offset)


def _citation(item, language: str, labels: dict[str, str]) -> str:
    """Why an item is sensitive, cited as Vietnamese texts cite ("điểm l khoản 1 Điều 4
    Nghị định số 356/2025/NĐ-CP"); the company's own items say they were marked so."""
    if item.custom:
        return _say(labels, "breach.sensitive_own")
    article = item.article_en if language == "en" else item.article
    if language == "vi" and article:
        article = rules.vietnamese_order(article)
    return _say(labels, "breach.sensitive_article", article=article, decree=item.decree)


def _data_lines(desk: Desk, incident: dict, language: str, labels: dict[str, str], *,
                cite: bool) -> list[str]:
    """The items this breach exposed (DOMAIN D4.3: chosen per incident, never every item of
    a register entry), basic ones then sensitive ones, as the list of the incident's law
    classifies them. With `cite` (the authority, the minutes) each group is named and the
    sensitive items carry the article that makes them so (DOMAIN D2); without it (the
    people) the words are plain. Items not confirmed by the DPO yet (an older incident)
    are the register's proposal and say so: such documents are drafts."""
    from dpo_desk.core import incidents

    chosen = incident["exposed_items"]
    details = incidents.item_details(
        desk, chosen if chosen is not None else incident["proposed_items"],
        regime_=incident["regime"])

    def text(detail: dict) -> str:
        item = detail["item"]
        if item is None:
            return detail["name"]
        if not (cite and item.sensitive):
            return item.label(language)
        return f"{item.label(language)} ({_citation(item, language, labels)})"

    groups = [[text(d) for d in details if not d["sensitive"]],
              [text(d) for d in details if d["sensitive"]]]
    if cite:
        lines = [_say(labels, key, items="; ".join(group)) for key, group in
                 zip(("breach.items_basic", "breach.items_sensitive"), groups, strict=True)
                 if group]
    else:
        lines = [t for group in groups for t in group]
    if lines and chosen is None:
        lines.append(_say(labels, "breach.items_unconfirmed"))
    if cite and incident["sensitive"] and not any(d["sensitive"] for d in details):
        lines.append(_say(labels, "breach.sensitive_incident"))
    return lines


def _special_kinds(incident: dict) -> list[str]:
    """Location and/or biometric data among the exposed items (Decree 356 Art. 29)."""
    return rules.subject_notice_kinds(incident["exposed"])


def _attached(desk: Desk, incident: dict, labels: dict[str, str]) -> list[str]:
    """The documents sent with the notice (DOMAIN D4.3, 3. "Tài liệu kèm theo"): the minutes
    confirming the violation, always (Law 91 Art. 23(2)), with their number once they have
    one, then the evidence the DPO chose, each by its title (never a raw file name). Once
    the notice is kept as sent, a translation lists what the kept original lists: the
    minutes' number and the evidence only as they stood when it was kept (DOMAIN D4.7)."""
    from dpo_desk.core import attachments, incidents

    kept = incidents.kept_document(desk, incident["id"], "authority")
    number = documents.find(desk, "minutes", "incidents", incident["id"])
    if number and kept is not None and not _audited_before(
            desk, ("documents", documents.find_id(desk, "minutes", "incidents", incident["id"])),
            ("attachments", kept["id"])):
        number = None
    minutes = " ".join([_say(labels, "breach.attached_minutes")] + (
        [_say(labels, "breach.attached_number", number=number)] if number else []))
    return [minutes] + [f["title"] for f in attachments.list_for(
        desk, "incidents", incident["id"]) if f["with_notice"] and not f["document"]
        and (kept is None or f["id"] < kept["id"])]


def _audited_before(desk: Desk, first: tuple[str, int], second: tuple[str, int]) -> bool:
    """Whether record `first` (table, id) was created before record `second`, by the order
    of their first audit entries."""
    def entry(table: str, record_id: int) -> int:
        return desk.scalar("SELECT min(id) FROM audit_log WHERE table_name = ? AND "
                           "record_id = ?", (table, str(record_id))) or 0

    return entry(*first) < entry(*second)


def _registration(profile: dict, labels: dict[str, str], need) -> str:
    """"0312345678 do Sở Kế hoạch và Đầu tư ... cấp ngày 15 tháng 3 năm 2018 tại ...", from
    what the profile knows. The number and the issuer are required facts of the notice
    (DOMAIN D4.3: every company has them); `need` marks them in a draft."""
    number = need(profile["registration_number"], "profile.registration_number")
    issuer = need(profile["registration_issuer"], "profile.registration_issuer")
    place, issued = profile["registration_place"], profile["registration_date"]
    if not (number or issuer or issued or place):
        return ""
    parts = [number] if number else []
    if issuer:
        parts.append(_say(labels, "breach.registration_issuer", issuer=issuer))
    if issued:
        day = _long_date(date.fromisoformat(issued), labels)
        key = "breach.registration_on" if issuer else "breach.registration_issued_on"
        parts.append(_say(labels, key, date=day))
    if place:
        parts.append(_say(labels, "breach.registration_place", place=place))
    return " ".join(parts)


def _notice_signer(profile: dict, labels: dict[str, str], need) -> dict[str, str]:
    """Who signs the notice under "TM. TỔ CHỨC, DOANH NGHIỆP" (DOMAIN D4.3): the legal
    representative with their position, or, signing for them (KT.) or by their authority
    (TUQ.), the person the profile names, under the representative's position."""
    def position(key: str) -> str:  # in capitals, as signature blocks are (not a blank)
        return profile[key].upper() or need("", f"profile.{key}")

    head = position("legal_representative_title")
    if profile["signer_mode"] == "tm":
        return {"signer_authority": "", "signer_position": head,
                "signer_name": need(profile["legal_representative"],
                                    "profile.legal_representative")}
    return {"signer_authority": _say(labels, f"breach.sign_{profile['signer_mode']}",
                                     title=head),
            "signer_position": position("signer_title"),
            "signer_name": need(profile["signer_name"], "profile.signer_name")}


# Forms of address that stand before a name in the list of participants but not under a
# signature ("Bà Lê Hoàng Yến" signs "Lê Hoàng Yến").
HONORIFICS = ("ông/bà", "ông", "bà", "anh", "chị", "mr/ms", "mr", "mrs", "ms", "dr")


def _participant_signatures(participants: list[str], profile: dict,
                            labels: dict[str, str]) -> str:
    """The minutes' signature block from their recorded participants (DOMAIN D4.4), one
    `TITLE | note | name` line each: a participant written "name, role" signs under the
    role in capitals, without the form of address; the legal representative (or the person
    signing for them) signs with the company's seal."""
    from dpo_desk.core.text import fold

    sealed = {fold(profile[k]) for k in ("legal_representative", "signer_name") if profile[k]}
    lines = []
    for participant in participants:
        name, _, role = (part.strip() for part in participant.partition(","))
        words = name.split()
        if len(words) > 1 and fold(words[0].rstrip(".")) in HONORIFICS:
            name = " ".join(words[1:])
        key = "breach.sign_note_seal" if fold(name) in sealed else "breach.sign_note"
        title = role.upper() or _say(labels, "breach.participant")
        lines.append(" | ".join(c.replace("|", "/") for c in (title, _say(labels, key), name)))
    return "\n".join(lines)


def _points(names: list[str], language: str, *, numbered: bool = False) -> str:
    """a) first\nb) second ... (or 1. first\n2. second ... for Mẫu số 03)."""
    letters = POINTS[language]
    return "\n".join(f"{i}. {n}" if numbered else f"{letters[(i - 1) % len(letters)]}) {n}"
                     for i, n in enumerate(names, start=1))


def breach_values(desk: Desk, incident: dict, language: str,
                  missing: tuple[str, ...] | list[str] = (), *,
                  on: date | None = None) -> dict[str, str]:
    """Every placeholder of the breach documents, as text. Optional facts not known are
    empty; required facts named in `missing` (incidents.missing_notice_facts) print as
    "[cần bổ sung]", for a draft. `on`: the document's date (else the day the notice was
    sent, else today), which fixes the form's numbering and the article the minutes cite.
    The minutes speak of their meeting (DOMAIN D4.4): its time, place, participants,
    findings and the decision as they stood then."""
    from dpo_desk.core import clock

    profile = settings.get_all(desk)
    labels = load_labels(language)

    def need(value: str, fact: str) -> str:
        return value or (_say(labels, "breach.to_complete") if fact in missing else "")

    zone = clock.zone(profile["timezone"])
    occurred = _local(incident["occurred_at"], zone)
    detected = _local(incident["detected_at"], zone)
    notified = _local(incident["notified_at"], zone)
    now = clock.now().astimezone(zone)
    law_91 = incident["regime"] == rules.REGIME_LAW_91
    dated = on or (notified or now).date()
    kinds = _special_kinds(incident)
    types = _data_lines(desk, incident, language, labels, cite=True) or \
        [need("", "exposed_items")]
    plain = _data_lines(desk, incident, language, labels, cite=False) or types
    meeting = _local(incident["minutes_at"], zone)
    held = meeting or now
    # the minutes tell the sending only when it came before their meeting
    sent_before = notified if notified and notified <= held else None
    deadline = _local(incident["notify_by"], zone)
    to_notify = incident["notify_decision"] == "notify" and not sent_before
    participants = incident["minutes_participants"]
    subjects = need(_count(incident["subjects_count"], language), "subjects_count")
    records = _count(incident["records_count"], language)
    counts = [_say(labels, "breach.subjects", count=subjects) if subjects else "",
              _say(labels, "breach.records", count=records) if records else ""]
    taken = need(incident["measures"], "measures")
    planned = incident["measures_planned"]
    measures = [f"+ {_say(labels, 'breach.taken')}: {_clause(taken)}"]
    if planned:
        measures.append(f"+ {_say(labels, 'breach.planned')}: {_clause(planned)}")
    description = need(incident["description"], "description")
    act = description
    if incident["description"] and incident["cause"]:
        act = f"{_clause(act)}. {_say(labels, 'breach.cause', cause=_clause(incident['cause']))}."
    occurred_text = _moment(occurred, labels) or _say(labels, "breach.unknown_time")
    contact = "profile.dpo_phone_or_email"
    title = profile["dpo_title"] or labels.get("signer", "")
    notice_number = documents.find(desk, "authority", "incidents", incident["id"]) or ""
    return {
        "company_name": need(profile["company_name"], "profile.company_name"),
        "company_address": need(profile["address"], "profile.address"),
        "transaction_office": profile["transaction_office"],
        "registration": _registration(profile, labels, need),
        "tax_code": need(profile["tax_code"], "profile.tax_code"),
        "company_phone": need(profile["phone"], "profile.phone"),
        "company_email": profile["email"],
        "website": profile["website"],
        "dpo_name": need(profile["dpo_name"], "profile.dpo_name"), "dpo_title": title,
        "dpo_phone": need(profile["dpo_phone"], contact),
        "dpo_email": need(profile["dpo_email"], contact),
        "signer_title": title.upper(), **_notice_signer(profile, labels, need),
        "incident_id": str(incident["id"]), "incident_title": incident["title"],
        # the company's own number of the notice as sent (the minutes quote it), from the
        # register of outgoing documents; the submission reference (a portal receipt) is
        # never the notice's "Số:" (issue 15 point 5)
        "notice_number": notice_number if notified else "",
        "minutes_notice_number": notice_number if sent_before else "",
        "submission_reference": incident["notice_reference"] if notified else "",
        "document_number": "",
        "occurred": occurred_text, "detected": _moment(detected, labels),
        "zone_note": _zone_note(detected, labels),
        "times": _say(labels, "breach.times", occurred=occurred_text,
                      detected=_moment(detected, labels), zone=_zone_note(detected, labels)),
        "location": need(incident["location"], "location"), "act": act,
        "description": description, "cause": incident["cause"],
        "parties": incident["parties_involved"], "reporter": incident["reporter"],
        "data_types": "\n".join(f"+ {t}" for t in types),
        "data_items": "\n".join(f"+ {t}" for t in plain),
        "subjects_count": subjects, "records_count": records,
        "data_count": "; ".join(c for c in counts if c),
        "special": "yes" if kinds else "",
        "location_data": "yes" if "location" in kinds else "",
        "biometric_data": "yes" if "biometric" in kinds else "",
        "special_kinds": _say(labels, "breach.kind." + ("both" if len(kinds) == 2 else
                                                        kinds[0])) if kinds else "",
        "sensitive": "yes" if incident["sensitive"] else "",
        # DOMAIN D4.5: the DPO's assessment for the people, never an automatic phrase
        "severity": need(incident["severity"], "severity"),
        "assessment": incident["assessment"],
        "consequences": need(incident["consequences"], "consequences"),
        "measures": ";\n".join(measures) + ".",
        "measures_taken": taken, "measures_planned": planned,
        "late": "yes" if incident["late"] else "",
        "late_reason": need(incident["late_reason"], "late_reason"),
        "law_91": "yes" if law_91 else "", "decree_13": "" if law_91 else "yes",
        "notify_by": _moment(_local(incident["notify_by"], zone), labels),
        "notified": "yes" if notified else "", "notified_at": _moment(notified, labels),
        "channel_label": _label(labels, "breach.channel", incident["submission_channel"]),
        "attached": _points(_attached(desk, incident, labels), language,
                            numbered=rules.notice_form(dated) == rules.FORM_03),
        "minutes_basis": getattr(rules.MINUTES_BASIS[rules.minutes_basis(
            on or held.date())], language),
        # the authority a notice sent after the meeting goes to: the one of the law in force
        # that day (DOMAIN D1, D4.3: a Decree 13 violation notified in 2026 goes to the
        # specialised agency of Law 91), whatever law fixed its deadline
        "minutes_authority": _say(labels, "breach.authority." + rules.minutes_basis(
            on or held.date())),
        "drawn_at": _moment(meeting, labels) or need("", "minutes_at"),
        "drawn_place": need(incident["minutes_place"], "minutes_place"),
        "participants": "\n".join(f"{n}. {p};" if n < len(participants) else f"{n}. {p}."
                                  for n, p in enumerate(participants, start=1)),
        "default_participants": "" if participants else "yes",
        "participant_signatures": _participant_signatures(participants, profile, labels),
        "findings": incident["minutes_findings"],
        "minutes_notified": "yes" if sent_before else "",
        "minutes_notified_at": _moment(sent_before, labels),
        "minutes_to_notify_91": "yes" if to_notify and deadline >= held and law_91 else "",
        "minutes_to_notify_13": "yes" if to_notify and deadline >= held and not law_91
        else "",
        "minutes_late": "yes" if sent_before and incident["late"] else "",
        "minutes_sent_with_notice": "yes" if incident["notify_decision"] == "notify" else "",
        "minutes_overdue": "yes" if to_notify and deadline < held else "",
        "minutes_no_notify": "yes" if incident["notify_decision"] == "no_notify" else "",
        "minutes_undecided": "" if incident["notify_decision"] else need(
            "", "notify_decision"),
        "today": short_date(now.date()),
    }


def _breach_document(desk: Desk, incident_id: int, *, language: str | None, draft: bool,
                     kind: str = "subjects", on: date | None = None
                     ) -> tuple[dict, dict[str, str], str]:
    """The incident, the values of its document `kind` (authority, minutes, subjects) and
    their language. Refused, naming every missing fact (DOMAIN D4.3, D4.4), unless `draft`:
    then missing facts print as "[cần bổ sung]"."""
    from dpo_desk.core import incidents

    language = _breach_language(language)
    incident = incidents.get(desk, incident_id)
    missing = incidents.missing_facts(desk, incident, kind)
    if missing and not draft:
        raise ValidationError([FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Missing: required for the breach documents; fill it in or print a "
            "draft")) for key in missing])
    return incident, breach_values(desk, incident, language, missing, on=on), language


def _on(desk: Desk, moment: str | None) -> date | None:
    """A document's date: the day of its event when it happened, else None (today)."""
    from dpo_desk.core import clock

    zone = clock.zone(settings.get(desk, "timezone"))
    return datetime.fromisoformat(moment).astimezone(zone).date() if moment else None


def _today(desk: Desk) -> date:
    """Today in the company's time zone."""
    from dpo_desk.core import clock

    return clock.now().astimezone(clock.zone(settings.get(desk, "timezone"))).date()


def _kept_copy(desk: Desk, incident_id: int, kind: str, out: Path | str,
               language: str | None) -> Path | None:
    """The document as it was sent (or finalised), written to `out`, when one is kept and
    the official language is asked for (DOMAIN D4.7: never re-rendered); None otherwise.
    A translation (`language="en"`) or a document for another date (`on`) is rendered,
    for internal use."""
    from dpo_desk.core import attachments, incidents

    kept = incidents.kept_document(desk, incident_id, kind)
    if kept is None or _breach_language(language) != BREACH_LANGUAGE:
        return None
    content = attachments.content(desk, kept["id"])
    if isinstance(out, (str, Path)):
        return files.atomic_write(out, content)
    out.write(content)
    return out


def authority_notice(desk: Desk, incident_id: int, out: Path | str, *, draft: bool = False,
                     language: str | None = None, on: date | None = None) -> Path:
    """The notice to the Ministry of Public Security (DOMAIN D4.3): Mẫu số 08 of Decree 356
    when sent from 2026, Mẫu số 03 of Decree 13 before (`rules.notice_form`), every field in the
    form's order and wording; facts not known print "Không có", never dotted blanks; the
    reason for lateness whenever the notice is late. Refused naming every missing required
    fact unless `draft`. Vietnamese unless `language="en"` (a translation for internal
    use). Dated the day it was sent, once it was, else today. Once sent, the notice kept
    then is what is written (DOMAIN D4.7)."""
    from dpo_desk.core import incidents

    notified = incidents.get(desk, incident_id)["notified_at"]  # NotFound for a wrong id
    if on is None and (kept := _kept_copy(desk, incident_id, "authority", out, language)):
        return kept
    sent = on or _on(desk, notified) or _today(desk)
    incident, values, language = _breach_document(desk, incident_id, language=language,
                                                  draft=draft, kind="authority", on=sent)
    labels = load_labels(language)
    for name in OPTIONAL_NOTICE_VALUES:
        values[name] = values[name] or _say(labels, "breach.none")
    template = NOTICE_08 if rules.notice_form(sent) == rules.FORM_08 else NOTICE_03
    profile = settings.get_all(desk)
    # the company's yearly number, never the submission reference (issue 15 point 5)
    values["notice_number"] = _numbered(desk, "authority", incident_id, out, sent, draft)
    return render(template, values, out, letterhead=Letterhead.from_settings(profile),
                  language=language, on=sent, draft=draft, subject=f"#{incident_id}",
                  form=True, mark=signing.document_mark(desk, with_key=True))


def minutes(desk: Desk, incident_id: int, out: Path | str, *, draft: bool = False,
            language: str | None = None, on: date | None = None,
            final: bool = False) -> Path:
    """The minutes confirming the violation (biên bản xác nhận, Law 91 Art. 23(2); Decree 13
    Art. 23(5); DOMAIN D4.4), drawn up from the recorded facts of their meeting (time,
    place, participants, findings, the decision) and dated by it, for the participants to
    sign. `final`: the minutes as signed, kept with their SHA-256 (refused when some are
    kept already); from then on they are what is written, never re-rendered."""
    from dpo_desk.core import incidents

    incident = incidents.get(desk, incident_id)
    if final:
        if incidents.kept_document(desk, incident_id, "minutes") is not None:
            raise ValidationError.single("final", QT_TRANSLATE_NOOP(
                "core", "The minutes are final already (kept as signed); they are written "
                        "as kept, never drawn up again"))
        if _breach_language(language) != BREACH_LANGUAGE or draft:
            raise ValidationError.single("final", QT_TRANSLATE_NOOP(
                "core", "The final minutes are the Vietnamese original, never a draft"))
        files.writable(out)
        with desk.transaction():
            content = render_document(desk, incident_id, "minutes")
            incidents.keep_document(desk, incident_id, "minutes",
                                    incidents.DOCUMENT_FILES["minutes"], content)
        return _kept_copy(desk, incident_id, "minutes", out, language)
    if on is None and (kept := _kept_copy(desk, incident_id, "minutes", out, language)):
        return kept
    on = on or _on(desk, incident["minutes_at"]) or _today(desk)
    incident, values, language = _breach_document(desk, incident_id, language=language,
                                                  draft=draft, kind="minutes", on=on)
    profile = settings.get_all(desk)
    values["document_number"] = _numbered(desk, "minutes", incident_id, out, on, draft)
    return render(MINUTES, values, out, letterhead=Letterhead.from_settings(profile),
                  language=language, on=on, draft=draft, subject=f"#{incident_id}", form=True,
                  mark=signing.document_mark(desk, with_key=True))


def _numbered(desk: Desk, kind: str, incident_id: int, out, on: date,
              draft: bool) -> str:
    """The register number of breach document `kind` (checked writable first, so that a
    wrong folder takes no number)."""
    files.writable(out)
    return documents.number(desk, kind, "incidents", incident_id, on=on, draft=draft)


def is_draft(desk: Desk, incident_id: int, kind: str, draft: bool = False) -> bool:
    """Whether breach document `kind` is written as a draft: when asked, and the notice to
    the people while its sending is not recorded (issue 15 point 5: the register numbers
    documents sent, so an unsent one takes no number; `subjects_notified` makes and keeps
    the final notice, numbered and dated by that step)."""
    from dpo_desk.core import incidents

    if kind != "subjects" or draft:
        return draft
    return not incidents.get(desk, incident_id)["subjects_notified_at"]


def subject_notice(desk: Desk, incident_id: int, out: Path | str, *, draft: bool = False,
                   language: str | None = None, on: date | None = None) -> Path:
    """The notice to the people affected (Decree 356 Art. 29(2) a-e; DOMAIN D4.5): when and
    how the breach was found, the data (location, biometric or both when so), the severity
    as the DPO assessed it and the risks, measures taken and planned, guidance, contacts;
    never the DPO's internal notify/no-notify reasoning. One notice per group. Until
    `subjects_notified` is recorded it is a draft (watermarked, no number taken); once
    sent, the notice kept then is what is written (DOMAIN D4.7)."""
    from dpo_desk.core import incidents

    incidents.get(desk, incident_id)  # NotFound for a wrong id
    if on is None and (kept := _kept_copy(desk, incident_id, "subjects", out, language)):
        return kept
    draft = is_draft(desk, incident_id, "subjects", draft)
    incident, values, language = _breach_document(desk, incident_id, language=language,
                                                  draft=draft, kind="subjects")
    profile = settings.get_all(desk)
    on = on or _on(desk, incident["subjects_notified_at"]) or _today(desk)
    values["document_number"] = _numbered(desk, "subjects", incident_id, out, on, draft)
    # DOMAIN D4.5: one notice per group of people, each about data of theirs only, in one
    # file (what was sent is kept as one document)
    groups = incidents.subject_groups(desk, incident)
    parts = [fill(SUBJECT_NOTICE, language, {**values, **_group_values(
        desk, incident, group, language, single=len(groups) == 1)}) for group in groups]
    doc = Document(title=" - ".join([parts[0].title, *parts[0].subtitle]),
                   letterhead=Letterhead.from_settings(profile), language=language,
                   subject=f"#{incident_id}", draft=draft, mark=signing.document_mark(desk))
    for number, part in enumerate(parts):
        if number:
            doc.page_break()
        compose(doc, part, on=on)
    return doc.save(files.writable(out))


def _group_values(desk: Desk, incident: dict, group: dict, language: str, *,
                  single: bool) -> dict[str, str]:
    """The values of the notice to one group of people (`incidents.subject_groups`): whom
    it is addressed to, their data and whether location or biometric data of theirs are
    involved (Decree 356 Art. 29). The number of people is the incident's: printed only
    when one notice goes to everyone."""
    from dpo_desk.core import incidents, vocab

    labels = load_labels(language)
    theirs = {**incident, "proposed_items": group["items"],
              "exposed_items": group["items"] if incident["exposed_items"] is not None
              else None}
    details = incidents.item_details(desk, group["items"], regime_=incident["regime"])
    kinds = rules.subject_notice_kinds(details)
    addressee = _say(labels, "breach.addressee_group", group=vocab.label(
        vocab.SUBJECTS, group["subjects"], language)) if group["subjects"] else \
        _say(labels, "breach.addressee_all")
    out = {"addressee": addressee,
           "data_items": "\n".join(f"+ {t}" for t in _data_lines(
               desk, theirs, language, labels, cite=False)),
           "special": "yes" if kinds else "",
           "location_data": "yes" if "location" in kinds else "",
           "biometric_data": "yes" if "biometric" in kinds else "",
           "special_kinds": _say(labels, "breach.kind." + (
               "both" if len(kinds) == 2 else kinds[0])) if kinds else ""}
    if not single:
        out["subjects_count"] = ""
    return out


def render_document(desk: Desk, incident_id: int, kind: str) -> bytes:
    """Breach document `kind` (authority, minutes, subjects) rendered now, final (never a
    draft), in the official language."""
    import io

    writer = {"authority": authority_notice, "minutes": minutes,
              "subjects": subject_notice}[kind]
    buffer = io.BytesIO()
    writer(desk, incident_id, buffer)
    return buffer.getvalue()


def _keep_sent(desk: Desk, *, incident_id: int, kind: str,
               sent_file: tuple[str, bytes] | None) -> None:
    """The document of a sending step kept as sent (DOMAIN D4.7): the file sent, else the
    document rendered now (refused, naming what is missing, when the facts are incomplete);
    inside the step's transaction (events.DOCUMENT_SENT)."""
    from dpo_desk.core import incidents

    if sent_file is not None:
        incidents.keep_document(desk, incident_id, kind, *sent_file)
        return
    try:
        content = render_document(desk, incident_id, kind)
    except ValidationError as exc:
        raise ValidationError([*exc.errors, FieldError("file", QT_TRANSLATE_NOOP(
            "core", "The document cannot be made without the facts above: complete them, "
                    "or give the file that was sent"))]) from exc
    incidents.keep_document(desk, incident_id, kind, incidents.DOCUMENT_FILES[kind], content)


events.listen(events.DOCUMENT_SENT, _keep_sent)


def public_notice_text(desk: Desk, incident_id: int, language: str | None = None, *,
                       draft: bool = False) -> str:
    """The plain text of a public notice on the company's website or app, for when the
    people affected cannot all be told in time (Decree 356 Art. 29(3); DOMAIN D4.5)."""
    _, values, language = _breach_document(desk, incident_id, language=language, draft=draft)
    text = plain_text(fill(PUBLIC_NOTICE, language, values))
    return f"{pdf.words(language)['watermark']}\n\n{text}" if draft else text


def plain_text(filled: Filled) -> str:
    """A filled template as plain text: title lines, then blocks separated by blank lines;
    list items after "- ", sub-items after "  + "."""
    blocks = ["\n".join([filled.title, *filled.subtitle])]
    for kind, content in _group_bullets(filled.body):
        if kind == "paragraph":
            blocks.append(content)
        elif kind == "bullets":
            blocks.append("\n".join(f"- {c}" for c in content))
        elif kind == "facts":
            blocks.append("\n".join(f"{label}: {value}" for label, value in content))
        elif kind == "lines":
            marks = {"dash": "- ", "sub": "  + ", "line": "  "}
            blocks.append("\n".join(marks[k] + t for k, t in content))
        elif kind == "signatures":
            blocks.append("\n".join(party[-1] for party in content if party[-1]))
        else:
            blocks.append("\n".join(content))
    return "\n\n".join(b for b in blocks if b.strip()) + "\n"
