"""Incident packets (CONTRACT: Incident packet): everything about one incident in a zip that
cannot be quietly altered, and the check that proves it.

A packet holds `manifest.json` (format, incident id, creation time, app version, and every
other file with its SHA-256 and size), `incident.json`, `timeline.csv`, `audit.json`, the
authority notice, minutes and subject notice PDFs, and every attachment. It is written to a
temporary file beside the target and renamed, so a crash never leaves half a packet under the
final name. `signature.json` beside the manifest is the company's Ed25519 signature over the
manifest's exact bytes (core/signing.py; CONTRACT: Evidence), and the manifest names the audit
head when the packet was made (`audit_head`, `N:<12 hex>`).

`check` recomputes every hash without extracting anything, streaming (bounded memory), checks
the signature and who made it, and refuses what an unzip could misread or abuse: names that
would escape a folder, links, devices and folders as members, names equal after Unicode NFC or
case folding, sizes that are absurd (zip bombs), a manifest over 4 MB or with unknown keys, a
file listed twice, a member not listed, a packet without its notice, bytes around the archive.
"""

from __future__ import annotations

import hashlib
import io
import json
import lzma
import os
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from dpo_desk import __version__
from dpo_desk.core import anchors, attachments, audit, clock, csvcells, incidents, signing
from dpo_desk.core.errors import DeskError
from dpo_desk.core.files import refuse_protected, replacing

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

FORMAT = "dpo-desk-packet/1"
MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
NOTICE = "documents/authority-notice.pdf"
MAX_MANIFEST_BYTES = 4 * 1024 * 1024  # checked on the declared size and while reading
MAX_SIGNATURE_BYTES = 64 * 1024
MANIFEST_KEYS = frozenset({"format", "incident_id", "created_at", "app_version", "notice",
                           "missing_notice_facts", "files", "audit_head", "as_sent"})
FILE_KEYS = frozenset({"path", "sha256", "bytes"})
MAX_FILE_BYTES = 1024 * 1024 * 1024  # 1 GB for one file
MAX_TOTAL_BYTES = 4 * 1024 * 1024 * 1024
MAX_RATIO = 200  # a deflated file that claims to grow more than this is a bomb
CHUNK = 1024 * 1024
# What reading a damaged zip can raise: zipfile's own errors, and those of the decompressors
# and of the format features it refuses (encryption, unknown methods: NotImplementedError and
# RuntimeError), and a manifest nested too deeply for json (RecursionError).
READ_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, struct.error,
               zlib.error, lzma.LZMAError)
_LOCAL_HEADER = struct.Struct("<4s5H3L2H")
_END_RECORD = struct.Struct("<4s4H2LH")

# name -> function(desk, incident_id, out_path, *, draft) that writes the PDF
DocumentWriter = Callable[..., object]


def _document_writers() -> dict[str, DocumentWriter]:
    from dpo_desk.core import letters

    return {"documents/authority-notice.pdf": letters.authority_notice,
            "documents/minutes.pdf": letters.minutes,
            "documents/subject-notice.pdf": letters.subject_notice}


# the breach document (incidents.DOCUMENT_FILES) each member of documents/ is
DOCUMENT_KINDS = {"documents/authority-notice.pdf": "authority",
                  "documents/minutes.pdf": "minutes",
                  "documents/subject-notice.pdf": "subjects"}


@dataclass
class _Entry:
    path: str
    sha256: str
    bytes: int


def _safe_name(name: str) -> str:
    """An attachment's file name as a plain name inside the packet."""
    cleaned = "".join(c if c not in '\\/:*?"<>|\0' else "_" for c in name).strip(". ")
    return cleaned or "file"


def build(desk: Desk, incident_id: int, out: Path | str, *,
          progress: Callable[[int, int], bool | None] | None = None,
          writers: dict[str, DocumentWriter] | None = None) -> Path:
    """Write the packet of one incident to `out` (atomically); returns the path.

    The documents sent (or finalised) are carried as they were kept, byte for byte, and
    named in the manifest's `as_sent` (DOMAIN D4.7); the others are rendered now, drafts
    while their facts are incomplete."""
    out = Path(out)
    incident = incidents.get(desk, incident_id)
    writers = writers if writers is not None else _document_writers()
    missing = incidents.missing_notice_facts(desk, incident)
    kept = {path: incidents.kept_document(desk, incident_id, kind)
            for path, kind in DOCUMENT_KINDS.items()}
    files = desk.rows("SELECT id, filename, bytes FROM attachments WHERE owner_table = ? "
                      "AND owner_id = ? AND document IS NULL ORDER BY id",
                      ("incidents", incident_id))
    steps = 4 + len(writers) + len(files)
    done = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    refuse_protected(out)  # before any work
    entries: list[_Entry] = []
    # A private temporary file, renamed over `out` when complete (core/files.py).
    with replacing(out) as temp, zipfile.ZipFile(
            temp.stream, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as packet:
            def put(path: str, data: bytes) -> None:
                nonlocal done
                packet.writestr(path, data)
                entries.append(_Entry(path, hashlib.sha256(data).hexdigest(), len(data)))
                done += 1
                if progress and progress(done, steps) is False:
                    raise DeskError("packet cancelled; nothing was written")

            put("incident.json", json.dumps(incident, ensure_ascii=False, indent=2).encode())
            put("timeline.csv", _timeline_csv(desk, incident_id))
            put("audit.json", json.dumps(_audit_entries(
                desk, incident_id, files + [k for k in kept.values() if k]),
                                         ensure_ascii=False, indent=2).encode())
            for path, writer in writers.items():
                if kept.get(path) is not None:
                    put(path, attachments.content(desk, kept[path]["id"]))
                    continue
                kind = DOCUMENT_KINDS.get(path)
                lacking = incidents.missing_facts(desk, incident, kind) if kind else missing
                pdf = io.BytesIO()  # in memory: no copy of a document on the disk
                writer(desk, incident_id, pdf, draft=bool(lacking))
                put(path, pdf.getvalue())
            for file in files:
                put(f"attachments/{file['id']}-{_safe_name(file['filename'])}",
                    attachments.content(desk, file["id"]))
            manifest = {"format": FORMAT, "incident_id": incident_id,
                        "created_at": clock.iso_now(), "app_version": __version__,
                        "notice": "sent" if kept[NOTICE] else "draft" if missing else "final",
                        "missing_notice_facts": [] if kept[NOTICE] else missing,
                        "as_sent": [p for p in writers if kept.get(p) is not None],
                        "audit_head": anchors.shown(audit.last_entry(desk)),
                        "files": [e.__dict__ for e in entries]}
            manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            packet.writestr(MANIFEST, manifest_bytes)
            # the company's signature over the manifest's exact bytes (issue 14)
            packet.writestr(SIGNATURE, json.dumps(signing.sign(desk, manifest_bytes),
                                                  indent=2))
    return out


def _timeline_csv(desk: Desk, incident_id: int) -> bytes:
    rows = [["at", "actor", "step", "changes"]]
    for step in incidents.timeline(desk, incident_id):
        changes = "; ".join(f"{name}: {old} -> {new}" for name, old, new in step["changes"]
                            if name not in ("updated_at",))
        rows.append([step["at"], step["actor"], step["note"] or "", changes])
    text = csvcells.rows_text(rows)  # no cell a spreadsheet would run as a formula
    return ("\ufeff" + text).encode("utf-8")  # Excel reads UTF-8 with a BOM


def _audit_entries(desk: Desk, incident_id: int, files: list[dict]) -> list[dict]:
    found = audit.entries(desk, table="incidents", record_id=str(incident_id), limit=100_000)
    for file in files:
        found += audit.entries(desk, table="attachments", record_id=str(file["id"]),
                               limit=100_000)
    return sorted(found, key=lambda e: e["id"])


# -- verify -------------------------------------------------------------------------------

@dataclass
class Verdict:
    """What `check` found: every problem (empty when intact), the fingerprint of the key
    whose signature holds (None if none does), whether that is the company's key (None when
    no key was given to compare with) and the audit head the packet names."""

    problems: list[str] = field(default_factory=list)
    signer: str | None = None
    company: bool | None = None
    audit_head: str | None = None


def verify(path: Path | str) -> list[str]:
    """Every problem of a packet, named; empty when intact (see `check`)."""
    return check(path).problems


def check(path: Path | str, *, company_key: str | None = None) -> Verdict:
    """Every missing, extra or altered file of a packet, its signature and who made it;
    `company_key`: the fingerprint the signer must have (exit 1 of `verify-packet --db`).

    Raises DeskError when the file is not a readable zip at all.
    """
    path = Path(path)
    try:
        packet = zipfile.ZipFile(path)
    except READ_ERRORS as exc:
        raise DeskError(f"{path}: not a readable zip file ({exc})") from exc
    verdict = Verdict()
    with packet:
        verdict.problems = _check(packet, verdict)
    if verdict.signer is not None and company_key is not None:
        verdict.company = verdict.signer == company_key
        if not verdict.company:
            verdict.problems.append(f"foreign key: signed with key {verdict.signer}, not the "
                                    f"company's key {company_key}")
    return verdict


def _check(packet: zipfile.ZipFile, verdict: Verdict) -> list[str]:
    problems = _unsafe_members(packet)
    if problems:
        return problems  # nothing of an unsafe packet is read further
    counts = Counter(i.filename for i in packet.infolist())
    problems += [f"duplicate: {_shown(name)} is in the zip {n} times"
                 for name, n in sorted(counts.items()) if n > 1]
    try:
        problems += _layout_problems(packet)
    except READ_ERRORS as exc:
        problems.append(f"altered: the zip's structure cannot be read ({exc})")
    try:
        raw = _read_bounded(packet, MANIFEST, MAX_MANIFEST_BYTES)
        manifest = json.loads(raw)
    except KeyError:
        return [*problems, f"{MANIFEST} is missing"]
    except _TooLarge:
        return [*problems, f"{MANIFEST} is larger than {MAX_MANIFEST_BYTES // (1024 * 1024)} "
                "MB: refused unread"]
    except (*READ_ERRORS, RecursionError) as exc:
        return [*problems, f"{MANIFEST} cannot be read ({_shown(str(exc))})"]
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        found = manifest.get("format") if isinstance(manifest, dict) else None
        return [*problems, f"{MANIFEST}: format is {found!r}, expected {FORMAT!r}"]
    problems += _signature_problems(packet, raw, verdict)
    unknown = sorted(set(manifest) - MANIFEST_KEYS)
    if unknown:
        problems.append(f"{MANIFEST}: unknown keys {_shown(', '.join(unknown))}")
    if isinstance(manifest.get("audit_head"), str):
        verdict.audit_head = _shown(manifest["audit_head"])
    listed = {}
    files = manifest.get("files")
    if not isinstance(files, list):
        problems.append(f"{MANIFEST}: \"files\" is not a list: {_shown(repr(files)[:80])}")
        files = []
    for item in files:
        if isinstance(item, dict) and isinstance(item.get("path"), str) and \
                set(item) <= FILE_KEYS:
            if item["path"] in listed:
                problems.append(f"duplicate: {_shown(item['path'])} is listed twice in "
                                f"{MANIFEST}")
            listed[item["path"]] = item
        else:
            problems.append(f"{MANIFEST}: a file entry is malformed: "
                            f"{_shown(repr(item)[:120])}")
    if NOTICE not in listed:
        problems.append(f"incomplete: the packet has no authority notice ({NOTICE})")
    present = {i.filename for i in packet.infolist()} - {MANIFEST, SIGNATURE}
    for name in sorted(set(listed) - present):
        problems.append(f"missing: {_shown(name)}")
    for name in sorted(present - set(listed)):
        problems.append(f"extra: {_shown(name)} (not in the manifest)")
    for name in sorted(present & set(listed)):
        digest, size = _hash_member(packet, name)
        expected = listed[name]
        if digest is None:
            problems.append(f"altered: {_shown(name)} (cannot be read)")
        elif size != packet.getinfo(name).file_size:
            problems.append(f"altered: {_shown(name)} (its size differs from the zip "
                            "directory)")
        elif digest != expected.get("sha256") or size != expected.get("bytes"):
            problems.append(f"altered: {_shown(name)} "
                            "(SHA-256 or size differs from the manifest)")
    return problems


class _TooLarge(Exception):
    pass


def _read_bounded(packet: zipfile.ZipFile, name: str, cap: int) -> bytes:
    """A member's bytes, refused (`_TooLarge`) past `cap`: on its declared size before
    reading, and while inflating (a size in the directory can lie)."""
    if packet.getinfo(name).file_size > cap:
        raise _TooLarge(name)
    with packet.open(name) as handle:
        data = handle.read(cap + 1)
    if len(data) > cap:
        raise _TooLarge(name)
    return data


def _signature_problems(packet: zipfile.ZipFile, manifest: bytes, verdict: Verdict) -> list[str]:
    try:
        document = json.loads(_read_bounded(packet, SIGNATURE, MAX_SIGNATURE_BYTES))
    except KeyError:
        return [f"unsigned: {SIGNATURE} is missing"]
    except _TooLarge:
        return [f"{SIGNATURE} is too large: refused unread"]
    except (*READ_ERRORS, RecursionError) as exc:
        return [f"{SIGNATURE} cannot be read ({_shown(str(exc))})"]
    key, problem = signing.verify(document, manifest)
    if problem is not None:
        return [problem]
    verdict.signer = signing.fingerprint_of(key)
    return []


def _shown(name: str) -> str:
    """A name as a problem shows it: control characters escaped, one problem to a line."""
    return name if name.isprintable() else repr(name)[1:-1]


def _layout_problems(packet: zipfile.ZipFile) -> list[str]:
    """The hashes cover the files' content; this covers the zip around it. Every byte must
    belong to a file or to the directory (nothing added before, between or after), and each
    file's local header must repeat its directory entry (a streaming unzip reads the local
    header, zipfile the directory: both must see the same file)."""
    handle, problems, position = packet.fp, [], 0
    directory_size = 0
    for info in packet.infolist():  # in directory order: each entry's lengths as read
        lengths = (len(info.orig_filename.encode("utf-8" if info.flag_bits & 0x800 else
                                                 "cp437")), len(info.extra), len(info.comment))
        handle.seek(packet.start_dir + directory_size + 28)
        if handle.read(6) != struct.pack("<3H", *lengths):
            problems.append(f"altered: {_shown(info.filename)} (its directory entry is cut off)")
        directory_size += 46 + sum(lengths)
    for info in sorted(packet.infolist(), key=lambda i: i.header_offset):
        name = _shown(info.filename)
        if info.header_offset != position:
            problems.append(f"altered: {name} (bytes before it were added or removed)")
        handle.seek(info.header_offset)
        raw = handle.read(_LOCAL_HEADER.size)
        if len(raw) != _LOCAL_HEADER.size:
            problems.append(f"altered: {name} (its local header is cut off)")
            return problems
        (signature, version, flags, method, dos_time, dos_date, crc, compressed, size,
         name_length, extra_length) = _LOCAL_HEADER.unpack(raw)
        year, month, day, hour, minute, second = info.date_time
        expected = (b"PK\x03\x04", info.extract_version, info.flag_bits, info.compress_type,
                    hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day)
        sizes = [(crc, info.CRC)]
        if compressed != 0xFFFFFFFF and size != 0xFFFFFFFF:  # else in a zip64 field
            sizes += [(compressed, info.compress_size), (size, info.file_size)]
        if (signature, version, flags, method, dos_time, dos_date) != expected or (
                not flags & 0x08 and any(a != b for a, b in sizes)):
            problems.append(f"altered: {name} (its local header differs from the directory)")
        position = info.header_offset + _LOCAL_HEADER.size + name_length + extra_length + \
            info.compress_size
        if flags & 0x08:  # a data descriptor follows the data
            handle.seek(position)
            position += (4 if handle.read(4) == b"PK\x07\x08" else 0) + (
                20 if max(info.compress_size, info.file_size) > 0xFFFFFFFF else 12)
    if position != packet.start_dir:
        problems.append("altered: bytes were added or removed before the zip directory")
    handle.seek(packet.start_dir + directory_size)
    raw = handle.read(_END_RECORD.size)
    if raw[:4] == b"PK\x06\x06":
        return problems  # a zip64 end record: not written by `build`, its fields not checked
    count = len(packet.infolist())
    end = handle.tell()
    handle.seek(0, os.SEEK_END)
    if len(raw) != _END_RECORD.size or _END_RECORD.unpack(raw) != (
            b"PK\x05\x06", 0, 0, count, count, directory_size, packet.start_dir,
            len(packet.comment)) or handle.tell() != end + len(packet.comment):
        problems.append("altered: the end of the zip does not match its directory "
                        "(bytes were added, removed or changed)")
    return problems


def _unsafe_members(packet: zipfile.ZipFile) -> list[str]:
    problems, total = [], 0
    folded: dict[str, set[str]] = {}
    for info in packet.infolist():
        name = info.filename
        folded.setdefault(unicodedata.normalize("NFC", name).casefold(), set()).add(name)
        kind = _member_kind(info)
        if kind != "file":
            problems.append(f"unsafe member: {_shown(name)} is a {kind}, not a regular file")
        pure = PurePosixPath(name.replace("\\", "/"))
        if name.startswith(("/", "\\")) or pure.is_absolute() or ".." in pure.parts or \
                (len(name) > 1 and name[1] == ":"):
            problems.append(f"unsafe path: {name!r} would escape the folder")
        if info.file_size > MAX_FILE_BYTES or (
                info.compress_size and info.file_size > 10 * CHUNK and
                info.file_size / info.compress_size > MAX_RATIO):
            problems.append(f"absurd size: {name!r} claims {info.file_size} bytes "
                            f"({info.compress_size} compressed)")
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        problems.append(f"absurd size: the packet claims {total} bytes in all")
    for names in folded.values():
        if len(names) > 1:  # an unzip on Windows or macOS writes them to one file
            problems.append("twin names: " + " and ".join(_shown(n) for n in sorted(names))
                            + " are the same name after Unicode normalisation or case folding")
    return problems


def _member_kind(info: zipfile.ZipInfo) -> str:
    """"file", or what else a member is: a folder, a link, a device (which an unzip would
    create as such: a link pointing outside the folder, data hidden in a folder entry)."""
    mode = info.external_attr >> 16
    if info.is_dir() or info.external_attr & 0x10:
        return "folder"
    if info.create_system == 3 and stat.S_IFMT(mode):  # Unix: st_mode's file type bits
        if stat.S_ISLNK(mode):
            return "link"
        if stat.S_ISDIR(mode):
            return "folder"
        if not stat.S_ISREG(mode):
            return "device or other special file"
    return "file"


def _hash_member(packet: zipfile.ZipFile, name: str) -> tuple[str | None, int]:
    digest, size = hashlib.sha256(), 0
    try:
        with packet.open(name) as handle:
            while chunk := handle.read(CHUNK):
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    return None, size
                digest.update(chunk)
    except READ_ERRORS:
        return None, size
    return digest.hexdigest(), size
