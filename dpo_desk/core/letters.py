"""Letters from templates, and the two letters to a requester (DOMAIN D3; CONTRACT: letter
acknowledge/reply): the acknowledgement of receipt and the reply, in Vietnamese or English.

The wording lives in text templates, `resources/letters/<lang>/<name>`; the DPO overrides one
by putting a file of the same name in `<user data folder>/letters/<lang>/` (`template_path`).
The format (resources/letters/README.md): the first block is the title and its subject
lines; blocks are separated by blank lines; `$name` placeholders; a block may start with
markers: `[if name]` (printed only when `name` is not empty), `[reference]`, `[to]`,
`[facts]` ("Label: value" lines), `[recipients]`, `[signature]`. A line of a list, a facts
table, an addressee, recipients or signature block that names an empty value is left out.

`render` turns any template and values into a PDF on the pdf layer; the breach notice,
minutes and reports can use it the same way as the complaint letters below.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import complaints, rules, settings
from dpo_desk.core.errors import DeskError, FieldError, ValidationError
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.paths import APP_NAME, resource
from dpo_desk.core.pdf import Document, Letterhead, short_date

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

LANGUAGES = ("vi", "en")
LABELS = "labels.txt"
ACKNOWLEDGE = "complaint_acknowledge.txt"
REPLY = "complaint_reply.txt"
MARKERS = ("reference", "to", "facts", "recipients", "signature")
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
    """Lay a filled template out on `doc`: header, title, body, signature."""
    doc.header(reference=filled.reference, on=on)
    doc.title(filled.title, filled.subtitle)
    signed = False
    for kind, content in _group_bullets(filled.body):
        if kind == "paragraph":
            doc.paragraph(content)
        elif kind == "bullets":
            doc.bullets(content)
        elif kind == "facts":
            doc.facts(content)
        elif kind == "to":
            doc.addressee(content)
        elif kind == "signature":
            title = "\n".join(content[:-1]) if len(content) > 1 else content[0]
            name = content[-1] if len(content) > 1 else ""
            doc.signature(title=title, name=name, recipients=filled.recipients)
            signed = True
    if filled.recipients and not signed:
        doc.bullets(filled.recipients)
    return doc


def render(name: str, values: dict[str, str], out: Path | str, *, letterhead: Letterhead,
           language: str = "vi", on: date | None = None, draft: bool = False,
           subject: str = "") -> Path:
    """Template `name` filled with `values`, laid out on the letterhead, written to `out`."""
    filled = fill(name, language, values)
    doc = Document(title=" - ".join([filled.title, *filled.subtitle]), letterhead=letterhead,
                   language=language, subject=subject, draft=draft)
    return compose(doc, filled, on=on).save(_writable(out))


def _writable(out: Path | str) -> Path:
    out = Path(out)
    if not out.parent.is_dir():
        raise ValidationError.single("out", QT_TRANSLATE_NOOP(
            "core", "The folder {folder} does not exist"), folder=str(out.parent))
    return out


# -- the complaint letters ----------------------------------------------------------------

def case_number(case: dict) -> str:
    """How a case is referred to in letters (the requester quotes it back)."""
    return str(case["id"])


def legal_source(source: str | None, language: str) -> str:
    """The rules table cites the law in Vietnamese; English letters name it in English."""
    if not source or language != "en":
        return source or ""
    found = re.fullmatch(r"Nghị định (\S+), Điều (\d+) khoản (\d+)", source)
    return f"Decree No. {found[1]}, Article {found[2]}({found[3]})" if found else source


def _language(desk: Desk, language: str | None) -> str:
    language = language or settings.get(desk, "language")
    if language not in LANGUAGES:
        raise ValidationError.single("language", QT_TRANSLATE_NOOP(
            "core", "Must be one of: {allowed}"), allowed=", ".join(LANGUAGES))
    return language


def _label(labels: dict[str, str], key: str, value: str | None) -> str:
    if not value:
        return ""
    return labels.get(f"{key}.{value}", value)


def _clause(text: str) -> str:
    """A reason the templates end with their own full stop."""
    return (text or "").strip().rstrip(".")


def case_values(desk: Desk, case: dict, language: str) -> dict[str, str]:
    """Every placeholder of the complaint letters, as text (dates dd/mm/yyyy)."""
    profile = settings.get_all(desk)
    labels = load_labels(language)
    legal = rules.legal_deadline(case["kind"], date.fromisoformat(case["received_on"]))
    extended = bool(case["extension_days"])
    signer = profile["dpo_title"] or labels.get("signer", "")
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
        "due": short_date(case["due"]),
        "original_due": short_date(case["original_due"]),
        "policy_due": short_date(case["policy_due"]),
        "legal_due": short_date(case["legal_due"]),
        "ack_due": short_date(case["ack_due"]),
        "legal_source": legal_source(legal.source if legal else None, language),
        # DOMAIN D3.2: the binding due date is the earlier of the promise and the law.
        "law_binds": "yes" if legal and case["binding"] == "law" and not extended else "",
        "law_later": "yes" if legal and case["binding"] == "policy" and not extended else "",
        # DOMAIN D3.6: requests about one's own data need the identity verified.
        "is_request": "yes" if rules.LEGAL_DEADLINES.get(case["kind"]) else "",
        "extended": "yes" if extended else "",
        "extension_days": str(case["extension_days"] or ""),
        "extension_reason": _clause(case["extension_reason"]),
        "reply_text": case["reply_text"],
        "closed": "yes" if case["status"] == "closed" else "",
        "outcome_label": _label(labels, "outcome", case["outcome"]),
        "outcome_reason": _clause(case["outcome_reason"]),
        "closed_on": short_date(case["closed_at"]),
    }


def _complaint_letter(desk: Desk, complaint_id: int, out: Path | str, template: str, *,
                      language: str | None, draft: bool, on: date | None,
                      needs_reply: bool = False) -> Path:
    language = _language(desk, language)
    case = complaints.get(desk, complaint_id)
    missing = settings.missing_essentials(desk)
    if missing and not draft:  # a letter must say who writes and whom to contact
        raise ValidationError([FieldError(key, QT_TRANSLATE_NOOP(
            "core", "Fill in the company profile before printing letters (or print a draft)"))
            for key in missing])
    if needs_reply and not case["reply_text"].strip():
        raise ValidationError.single("reply_text", QT_TRANSLATE_NOOP(
            "core", "Reply letters for a complaint without a reply text are refused"))
    profile = settings.get_all(desk)
    return render(template, case_values(desk, case, language), out,
                  letterhead=Letterhead.from_settings(profile), language=language, on=on,
                  draft=draft, subject=f"#{case_number(case)}")


def acknowledge(desk: Desk, complaint_id: int, out: Path | str, *,
                language: str | None = None, draft: bool = False,
                on: date | None = None) -> Path:
    """The acknowledgement of receipt: what was received when, the case number, the binding
    due date (and the law behind it), the DPO's contact. `language` defaults to the
    settings; `on` is the letter's date (today)."""
    return _complaint_letter(desk, complaint_id, out, ACKNOWLEDGE, language=language,
                             draft=draft, on=on)


def reply(desk: Desk, complaint_id: int, out: Path | str, *, language: str | None = None,
          draft: bool = False, on: date | None = None) -> Path:
    """The reply: the DPO's reply text, any extension with its reason, the outcome of a
    closed case. Refused, naming `reply_text`, while the case has no reply text."""
    return _complaint_letter(desk, complaint_id, out, REPLY, language=language, draft=draft,
                             on=on, needs_reply=True)
