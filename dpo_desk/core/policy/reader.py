"""Reading a published privacy policy (.txt, .html, .docx, .pdf) into plain text, safely.

A policy is a few pages; anything far bigger, a zip that inflates out of all proportion, a
file that is not a regular file (a pipe, a device, a folder) or a PDF without a text layer
is refused with a message naming the file (CLI exit 2), before anything is written.

The text returned is what every finding quotes: NFC, one paragraph per line, spaces inside a
line collapsed. Scripts, styles and other non-text parts of HTML are dropped.
"""

from __future__ import annotations

import io
import os
import re
import stat
import unicodedata
import zipfile
from pathlib import Path

from dpo_desk.core.errors import ValidationError

MAX_BYTES = 5 * 1024 * 1024  # published policies are tens of kilobytes
MAX_INFLATED = 30 * 1024 * 1024  # a .docx's parts, inflated, all together
MAX_RATIO = 200  # a part that inflates more than this is a zip bomb, not a document
MAX_PDF_PAGES = 300
KINDS = {".txt": "txt", ".text": "txt", ".md": "txt", ".html": "html", ".htm": "html",
         ".xhtml": "html", ".docx": "docx", ".pdf": "pdf"}
DROPPED_HTML = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
                "canvas", "head", "button", "select", "form", "nav")  # nav: the site's menu
BLOCK_HTML = ("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr",
              "table", "section", "article", "header", "footer", "aside",
              "blockquote", "dd", "dt", "dl", "main", "hr", "pre", "address", "figcaption")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def _refuse(path: Path, template: str, **params) -> ValidationError:
    return ValidationError.single(str(path), template, **params)


def read_policy(path: Path | str) -> str:
    """The text of the policy at `path`; ValidationError naming the file if it cannot be."""
    path = Path(path)
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise _refuse(path, "unknown kind of file (expected .txt, .html, .docx or .pdf)")
    data = _read_bytes(path)
    text = normalise(_READERS[kind](data, path))
    if not text.strip():
        raise _refuse(path, "holds no text to read" + (
            " (a scanned PDF without a text layer? Export it with text or use a .txt copy)"
            if kind == "pdf" else ""))
    return text


def _read_bytes(path: Path) -> bytes:
    try:
        found = os.stat(path)
    except OSError as exc:
        raise _refuse(path, "cannot be read ({reason})", reason=exc.strerror) from exc
    if not stat.S_ISREG(found.st_mode):
        raise _refuse(path, "is not a regular file (a folder, pipe or device)")
    if found.st_size > MAX_BYTES:
        raise _refuse(path, "is too large ({size:.1f} MB; a privacy policy is read up to "
                      "{limit} MB)", size=found.st_size / 2**20, limit=MAX_BYTES // 2**20)
    try:
        # O_NONBLOCK: a file swapped for a pipe after the check must not hang the read
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _refuse(path, "cannot be read ({reason})", reason=exc.strerror) from exc
    if len(data) > MAX_BYTES:
        raise _refuse(path, "is too large (over {limit} MB)", limit=MAX_BYTES // 2**20)
    if not data:
        raise _refuse(path, "is empty")
    return data


def normalise(text: str) -> str:
    """NFC, no invisible characters, one paragraph per line, single spaces inside lines."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _decode(data: bytes) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")  # Vietnamese Windows text


def _text(data: bytes, path: Path) -> str:
    return _decode(data)


def _html(data: bytes, path: Path) -> str:
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(data, "html.parser")
        for tag in soup.find_all(DROPPED_HTML):
            tag.decompose()
        for tag in soup.find_all(BLOCK_HTML):
            tag.insert_before("\n")
            tag.insert_after("\n")
        for row in soup.find_all("tr"):  # a table row on one line, as a .docx's
            for cell in row.find_all(("td", "th"), recursive=False)[1:]:
                cell.insert_before(" | ")
        return soup.get_text()
    except RecursionError as exc:  # tags nested thousands deep
        raise _refuse(path, "is HTML nested too deeply to read") from exc


def _docx(data: bytes, path: Path) -> str:
    _check_zip(data, path)
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
        lines = []
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.append(Paragraph(child, document).text)
            elif tag == "tbl":
                for row in Table(child, document).rows:
                    cells = []
                    for cell in row.cells:  # a merged cell repeats: keep it once
                        if not cells or cell.text != cells[-1]:
                            cells.append(cell.text)
                    lines.append(" | ".join(c.replace("\n", " ") for c in cells))
        return "\n".join(lines)
    except Exception as exc:  # python-docx raises many kinds on a damaged package
        raise _refuse(path, "is not a readable .docx ({reason})",
                      reason=type(exc).__name__) from exc


def _check_zip(data: bytes, path: Path) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise _refuse(path, "is not a .docx (not a zip package)") from exc
    total = sum(i.file_size for i in infos)
    if total > MAX_INFLATED or any(
            i.file_size > MAX_RATIO * max(i.compress_size, 1) and i.file_size > 2**20
            for i in infos):
        raise _refuse(path, "inflates to {size} MB: refused as a zip bomb",
                      size=total // 2**20)


def _pdf(data: bytes, path: Path) -> str:
    import pypdfium2

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise _refuse(path, "is not a readable PDF ({reason})", reason=str(exc)) from exc
    try:
        if len(document) > MAX_PDF_PAGES:
            raise _refuse(path, "has {pages} pages; a privacy policy is read up to {limit}",
                          pages=len(document), limit=MAX_PDF_PAGES)
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        document.close()
    return "\n".join(_unwrap(page) for page in pages)


_LINE_START = re.compile(r"^(?:[-•*–+]|\d+[.)]|[IVXLC]+\.|[a-zđ]\)|Điều \d)", re.IGNORECASE)


def _unwrap(page: str) -> str:
    """A PDF page's lines joined back into paragraphs. A line runs on into the next when it
    is nearly as wide as the page's widest (the word processor wrapped it) and does not end a
    sentence, and the next does not start a list item or a numbered heading; a short line is
    a heading or a paragraph's last line."""
    lines = [line.strip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    widest = max((len(line) for line in lines), default=0)
    out: list[str] = []
    previous = ""
    for line in lines:
        joinable = out and len(previous) >= 0.6 * widest and \
            not re.search(r"[.!?:;]$", previous) and not _LINE_START.match(line) and \
            not _heading_like(previous)
        if joinable:
            hyphenated = out[-1].endswith("-") and line[:1].islower()
            out[-1] = (out[-1][:-1] if hyphenated else out[-1] + " ") + line
        else:
            out.append(line)
        previous = line
    return "\n".join(out)


def _heading_like(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


_READERS = {"txt": _text, "html": _html, "docx": _docx, "pdf": _pdf}
