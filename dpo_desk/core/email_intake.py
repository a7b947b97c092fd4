"""A complaint or request that arrived by e-mail, read from the saved message (`.eml`, or
Outlook's `.msg`), as a draft case the DPO confirms (DOMAIN D3; CONTRACT: `complaints add
--from-email`).

The draft holds the sender's name and address, the day received (from the message's Date,
in the display time zone), the subject and the text as the summary, and the files: every
attachment, and the message itself, kept with the case as evidence with their SHA-256.

A message is untrusted input. Refused with a message naming the file, nothing written:
a file that is not a regular file (a FIFO would block the read), empty, or larger than
MAX_MESSAGE_BYTES; a message that is not e-mail; a sender that is missing, multiple, or
whose decoded name carries line breaks, control or direction characters or another address
(encoded-word tricks, RFC 2047); messages nested deeper than MAX_NESTING or with more than
MAX_PARTS parts. A missing or impossible Date is not refused: the draft has no received day,
and `create_case` asks for one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import getaddresses, parseaddr
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import attachments, clock, complaints, files
from dpo_desk.core.errors import ValidationError
from dpo_desk.core.eventlog import Event
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

# A message larger than this is refused before it is read (a mail server's usual limit is
# 25-35 MB; base64 makes attachments a third larger). Save its attachments one by one instead.
MAX_MESSAGE_BYTES = 50 * 1024 * 1024
MAX_NESTING = 3  # a forwarded message in a forwarded message in a forwarded message
MAX_PARTS = 200
EARLIEST = date(1990, 1, 1)  # a Date before this is a zero or broken date, not a real one
MAX_NAME = 120  # characters of an attachment's file name
MAX_SUMMARY = 20_000  # characters of subject and text kept as the summary
SUFFIXES = (".eml", ".msg")
# Line breaks, control characters and Unicode direction overrides: never in a real name.
_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ADDRESS = re.compile(r"[^\s<>\"']+@[^\s<>\"']+")
FORGED_SENDER = QT_TRANSLATE_NOOP(
    "core", "has a sender (From) with line breaks, control or text-direction characters "
            "once decoded: a forged header")


@dataclass
class Draft:
    """A case as the message tells it; `values` are `complaints` intake fields."""

    source: Path
    values: dict
    files: list[tuple[str, bytes]] = field(default_factory=list)  # (file name, content)

    @property
    def date_missing(self) -> bool:
        return not self.values["received_on"]


def _refuse(path: Path, template: str, **params) -> ValidationError:
    return ValidationError.single(str(path), template, **params)


# -- reading ------------------------------------------------------------------------------

def read(path: Path | str) -> Draft:
    """The draft case of the message file at `path`; ValidationError naming it otherwise."""
    path = Path(path)
    data = _read_file(path)
    if path.suffix.lower() == ".msg" or data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2 magic
        parsed = _parse_msg(path)
    else:
        parsed = _parse_eml(path, data)
    return _draft(path, data, parsed)


def _read_file(path: Path) -> bytes:
    files.require_regular(path)  # a FIFO or device would block or never end
    size = path.stat().st_size
    if size == 0:
        raise _refuse(path, QT_TRANSLATE_NOOP("core", "is empty (0 bytes): not an e-mail"))
    if size > MAX_MESSAGE_BYTES:  # refused unread
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "core", "is larger than {limit} MB: save its attachments and attach them to "
                    "the case one by one"), limit=MAX_MESSAGE_BYTES // 1024 // 1024)
    return files.read_limited(path, MAX_MESSAGE_BYTES)


@dataclass
class _Parsed:
    senders: list[tuple[str, str]]  # (name, address) as the From header gives them
    sent: datetime | None
    subject: str
    text: str
    files: list[tuple[str, bytes]]


def _parse_eml(path: Path, data: bytes) -> _Parsed:
    import email
    from email import policy

    message = email.message_from_bytes(data, policy=policy.default)
    if not any(h in message for h in ("From", "Date", "Subject", "Message-ID")):
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "core", "is not an e-mail message (no From, Date or Subject header)"))
    _check_shape(path, message)
    try:
        senders = [(a.display_name, a.addr_spec) for a in message["From"].addresses] \
            if "From" in message else []
    except ValueError as exc:  # the parser's own refusal: CR or LF inside an address part
        raise _refuse(path, FORGED_SENDER) from exc
    except Exception:  # noqa: BLE001 - a header the parser cannot take apart
        senders = getaddresses([str(message.get("From", ""))])
    return _Parsed(senders=senders, sent=_header_date(message), subject=_header_text(
        message, "Subject"), text=_body_text(message), files=_eml_files(message))


def _check_shape(path: Path, message, depth: int = 0, seen: list | None = None) -> None:
    """Refuse messages nested too deep or with too many parts (a zip bomb of e-mail)."""
    seen = [0] if seen is None else seen
    if depth > MAX_NESTING:
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "core", "holds messages nested more than {limit} deep"), limit=MAX_NESTING)
    for part in message.iter_parts() if message.is_multipart() else ():
        seen[0] += 1
        if seen[0] > MAX_PARTS:
            raise _refuse(path, QT_TRANSLATE_NOOP(
                "core", "has more than {limit} parts"), limit=MAX_PARTS)
        inner = part.get_payload(0) if part.get_content_type() == "message/rfc822" and \
            isinstance(part.get_payload(), list) and part.get_payload() else None
        _check_shape(path, inner if inner is not None else part,
                     depth + (1 if inner is not None else 0), seen)


def _header_date(message) -> datetime | None:
    try:
        header = message["Date"]
        moment = header.datetime if header is not None else None
    except Exception:  # noqa: BLE001 - an impossible date (month 13, year 0)
        return None
    if moment is not None and moment.tzinfo is None:  # "-0000": the zone is unknown
        moment = moment.replace(tzinfo=UTC)
    return moment


def _header_text(message, name: str) -> str:
    try:
        return str(message[name] or "")
    except Exception:  # noqa: BLE001 - an undecodable encoded word
        return ""


def _body_text(message) -> str:
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        content = body.get_content()
    except (LookupError, ValueError, AssertionError):  # an unknown charset, a bad encoding
        content = (body.get_payload(decode=True) or b"").decode("utf-8", "replace")
    if not isinstance(content, str):
        return ""
    return html_to_text(content) if body.get_content_type() == "text/html" else content


def _eml_files(message) -> list[tuple[str, bytes]]:
    files = []
    for number, part in enumerate(message.iter_attachments(), 1):
        if part.get_content_type() == "message/rfc822" and part.get_payload():
            inner = part.get_payload(0)
            name = part.get_filename() or f"{_header_text(inner, 'Subject')}.eml"
            files.append((safe_name(name, number, ".eml"), inner.as_bytes()))
            continue
        content = part.get_payload(decode=True) or b""
        files.append((safe_name(part.get_filename() or "", number,
                                _extension(part.get_content_type())), content))
    return files


def _extension(content_type: str) -> str:
    import mimetypes

    return mimetypes.guess_extension(content_type) or ".bin"


def _parse_msg(path: Path) -> _Parsed:
    import extract_msg
    from extract_msg.exceptions import ExMsgBaseException

    try:
        message = extract_msg.openMsg(str(path), delayAttachments=False)
    except (ExMsgBaseException, OSError, ValueError, KeyError, TypeError) as exc:
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "core", "is not an Outlook message (.msg) that can be read ({reason})"),
            reason=type(exc).__name__) from exc
    try:
        if not hasattr(message, "attachments"):  # a contact, an appointment ...
            raise _refuse(path, QT_TRANSLATE_NOOP("core", "is not an e-mail message"))
        name = message.getStringStream("__substg1.0_0C1A") or ""
        address = message.getStringStream("__substg1.0_5D01") or \
            message.getStringStream("__substg1.0_0C1F") or ""
        senders = [(name, address)] if (name or address) else \
            getaddresses([message.sender or ""])
        sent = message.receivedTime or message.date
        html = message.htmlBody
        text = message.body or (html_to_text(html.decode("utf-8", "replace")) if html else "")
        files = []
        for number, item in enumerate(message.attachments, 1):
            content = item.data
            if isinstance(content, bytes):  # an embedded message stays in the kept .msg
                files.append((safe_name(item.longFilename or item.shortFilename or "",
                                        number, ".bin"), content))
        return _Parsed(senders=[s for s in senders if any(s)], sent=sent,
                       subject=message.subject or "", text=text, files=files)
    finally:
        message.close()


# -- the draft ----------------------------------------------------------------------------

def _draft(path: Path, data: bytes, parsed: _Parsed) -> Draft:
    name, address = _sender(path, parsed.senders)
    received = parsed.sent.astimezone(clock.zone()).date() if parsed.sent else None
    if received is not None and received < EARLIEST:
        received = None  # "Thu, 01 Jan 1970": a zero date, not the day it came
    subject = _clean(parsed.subject)
    text = parsed.text.replace("\r\n", "\n").strip()
    summary = (f"{subject}\n\n{text}" if subject and text else subject or text)[:MAX_SUMMARY]
    values = {"received_on": received.isoformat() if received else "", "channel": "email",
              "requester_name": name or address, "requester_contact": address,
              "summary": summary}
    own = safe_name(path.name, 0, path.suffix.lower() or ".eml")
    return Draft(source=path, values=values, files=[(own, data), *parsed.files])


def _sender(path: Path, senders: list[tuple[str, str]]) -> tuple[str, str]:
    """The one sender's name and address; refused when there is none, several, or a name
    that hides something (RFC 2047 encoded words can carry any character)."""
    if not senders or not any(address for _name, address in senders):
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "core", "has no sender address (From): enter the requester by hand"))
    if len(senders) > 1:
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "core", "names {count} senders (From): a forged or broken header"),
            count=len(senders))
    name, address = (unicodedata.normalize("NFC", text.strip()) for text in senders[0])
    if _FORBIDDEN.search(name) or _FORBIDDEN.search(address):
        raise _refuse(path, FORGED_SENDER)
    if parseaddr(address)[1] != address or "@" not in address:
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "core", "has a sender address (From) that is not an e-mail address"))
    shown = [found for found in _ADDRESS.findall(name) if found.lower() != address.lower()]
    if shown:
        raise _refuse(path, QT_TRANSLATE_NOOP(
            "core", "has a sender name (From) showing {shown} while the message comes from "
                    "{address}: a forged header"), shown=shown[0], address=address)
    return name, address


def _clean(text: str) -> str:
    return " ".join(_FORBIDDEN.sub(" ", unicodedata.normalize("NFC", text)).split())


def safe_name(name: str, number: int, extension: str) -> str:
    """A file name to store: no folders (../../), no control characters, not too long."""
    name = _clean(name.replace("\\", "/").rsplit("/", 1)[-1]).strip(". ")
    if not name:
        name = f"attachment-{number}{extension}"
    stem, dot, suffix = name.rpartition(".")
    if len(name) > MAX_NAME:
        name = (stem[:MAX_NAME - len(suffix) - 1] + "." + suffix) if dot and len(suffix) < 10 \
            else name[:MAX_NAME]
    return name


class _TextOfHtml(HTMLParser):
    """The text of an HTML body: paragraphs and breaks as line breaks, no scripts or styles."""

    BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
              "blockquote"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title"):
            self.hidden = max(self.hidden - 1, 0)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# -- the case -----------------------------------------------------------------------------

def create_case(desk: Desk, draft: Draft, values: dict | None = None, *,
                register_entries: tuple[int, ...] = ()) -> int:
    """The case and its files in one transaction (nothing is written if any part fails).
    `values`: the intake fields as the DPO confirmed or completed them (kind, complexity,
    the received day when the message had none); they override the draft's."""
    merged = {**draft.values, **(values or {})}
    if not merged.get("received_on"):
        raise ValidationError.single("received_on", QT_TRANSLATE_NOOP(
            "core", "The message has no usable date (Date): enter the day it was received"))
    with desk.transaction():
        case_id = complaints.create(desk, merged, register_entries=register_entries)
        for name, content in draft.files:
            attachments.add_content(desk, complaints.TABLE, case_id, name, content,
                                    note=Event("from_email", {"source": draft.source.name,
                                                              "name": name}))
    return case_id
