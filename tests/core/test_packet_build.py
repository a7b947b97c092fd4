"""`packets.build` on the demo company's incidents, then `verify` on the real packet and on
copies altered byte by byte, with a file removed and with a file added."""

from __future__ import annotations

import hashlib
import json
import shutil
import unicodedata
import zipfile
from datetime import UTC, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from dpo_desk.core import attachments, clock, demo, incidents, letters, packets

EVIDENCE = "nhật-ký truy cập.log"
DOCUMENTS = ("documents/authority-notice.pdf", "documents/minutes.pdf",
             "documents/subject-notice.pdf")


def pdf_text(data: bytes) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


@pytest.fixture
def shop(desk):
    """The demo company with its incidents, on 4/3/2026 at 08:00 in Vietnam."""
    clock.freeze(datetime(2026, 3, 4, 1, 0, tzinfo=UTC))
    demo.fill(desk, seed=1)
    return desk


def demo_incident(desk, words: str) -> dict:
    [found] = [i for i in incidents.list_incidents(desk) if words in i["title"]]
    return found


@pytest.fixture
def packet(shop, tmp_path):
    """The packet of the lost phone (Law 91, location data), with one evidence file."""
    incident = demo_incident(shop, "Mất điện thoại")
    evidence = tmp_path / EVIDENCE
    evidence.write_text("21:02 đăng nhập từ thiết bị lạ\n", encoding="utf-8")
    attachment = attachments.add(shop, "incidents", incident["id"], evidence)
    for kind in ("authority", "subjects"):  # as its sending steps keep them (DOMAIN D4.7)
        incidents.keep_document(shop, incident["id"], kind, incidents.DOCUMENT_FILES[kind],
                                letters.render_document(shop, incident["id"], kind))
    out = packets.build(shop, incident["id"], tmp_path / "out" / "packet.zip")
    return {"path": out, "incident": incident, "attachment": attachment, "shop": shop}


def rewrite(path, *, drop=(), change=None, add=None):
    """A copy of the zip with members dropped, replaced (name -> bytes) or added."""
    copy = path.with_name("copy.zip")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w",
                                                          zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            target.writestr(info.filename, (change or {}).get(info.filename,
                                                              source.read(info.filename)))
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return copy


def test_the_packet_holds_every_document_and_verifies(packet):
    path, incident = packet["path"], packet["incident"]
    assert packets.verify(path) == []
    with zipfile.ZipFile(path) as zipped:
        names = set(zipped.namelist())
        manifest = json.loads(zipped.read("manifest.json"))
        record = json.loads(zipped.read("incident.json"))
        pdfs = {name: zipped.read(name) for name in DOCUMENTS}
        evidence = zipped.read(f"attachments/{packet['attachment']}-{EVIDENCE}")
    listed = {f["path"]: f for f in manifest["files"]}
    assert names == set(listed) | {"manifest.json", "signature.json"}
    assert {"incident.json", "timeline.csv", "audit.json", *DOCUMENTS} <= set(listed)
    assert manifest["format"] == packets.FORMAT and manifest["incident_id"] == incident["id"]
    # DOMAIN D4.7: the notices were kept when sent; the packet carries them byte for byte
    assert manifest["notice"] == "sent" and manifest["missing_notice_facts"] == []
    assert manifest["as_sent"] == ["documents/authority-notice.pdf",
                                   "documents/subject-notice.pdf"]
    for member, kind in (("documents/authority-notice.pdf", "authority"),
                         ("documents/subject-notice.pdf", "subjects")):
        kept = incidents.kept_document(packet["shop"], incident["id"], kind)
        assert listed[member]["sha256"] == kept["sha256"] == \
            hashlib.sha256(pdfs[member]).hexdigest()
        assert not any(p.startswith(f"attachments/{kept['id']}-") for p in listed)
    assert record["title"] == incident["title"] and record["regime"] == "law-91-2025"
    assert evidence.decode() == "21:02 đăng nhập từ thiết bị lạ\n"
    assert listed[f"attachments/{packet['attachment']}-{EVIDENCE}"]["sha256"] == \
        hashlib.sha256(evidence).hexdigest()
    notice = pdf_text(pdfs["documents/authority-notice.pdf"])
    assert "THÔNG BÁO" in notice and "Kính gửi: Cơ quan chuyên trách bảo vệ dữ liệu cá nhân" \
        in notice and "a) Biên bản xác nhận" in notice and "BẢN NHÁP" not in notice
    assert EVIDENCE not in notice  # attached after the sending: not in the notice as sent
    assert "BIÊN BẢN" in pdf_text(pdfs["documents/minutes.pdf"])
    assert "dữ liệu vị trí" in pdf_text(pdfs["documents/subject-notice.pdf"])
    assert [p.name for p in path.parent.iterdir()] == ["packet.zip"]  # no partial file left


def test_an_incomplete_incident_gets_draft_documents(shop, tmp_path):
    admin = demo_incident(shop, "quản trị website")  # no counts, no measures yet
    path = packets.build(shop, admin["id"], tmp_path / "draft.zip")
    assert packets.verify(path) == []
    with zipfile.ZipFile(path) as zipped:
        manifest = json.loads(zipped.read("manifest.json"))
        texts = [pdf_text(zipped.read(name)) for name in DOCUMENTS]
    assert manifest["notice"] == "draft"
    # DOMAIN D4.3: the exposed items are not confirmed yet (the investigation goes on)
    assert manifest["missing_notice_facts"] == ["exposed_items", "subjects_count", "measures"]
    assert manifest["as_sent"] == []
    assert all("BẢN NHÁP / DRAFT" in text for text in texts)
    assert "[cần bổ sung]" in texts[0]


def test_a_flipped_byte_inside_the_zip_is_named(packet, tmp_path):
    altered = tmp_path / "flipped.zip"
    shutil.copy(packet["path"], altered)
    name = f"attachments/{packet['attachment']}-{EVIDENCE}"
    with zipfile.ZipFile(altered) as zipped:
        info = zipped.getinfo(name)
    data = bytearray(altered.read_bytes())
    name_length = int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], "little")
    extra_length = int.from_bytes(data[info.header_offset + 28:info.header_offset + 30],
                                  "little")
    start = info.header_offset + 30 + name_length + extra_length
    data[start + info.compress_size // 2] ^= 0x01  # inside the member's stored bytes
    altered.write_bytes(bytes(data))
    [problem] = packets.verify(altered)
    assert problem.startswith(f"altered: {name}")


def test_a_changed_document_is_named(packet):
    forged = rewrite(packet["path"], change={"incident.json": b'{"title": "forged"}'})
    assert packets.verify(forged) == [
        "altered: incident.json (SHA-256 or size differs from the manifest)"]


def test_a_removed_file_is_named(packet):
    gone = rewrite(packet["path"], drop={"documents/minutes.pdf"})
    assert packets.verify(gone) == ["missing: documents/minutes.pdf"]


def test_an_added_file_is_named(packet):
    with zipfile.ZipFile(packet["path"], "a") as zipped:
        zipped.writestr("attachments/ghi-chú.txt", "thêm sau".encode())
    assert packets.verify(packet["path"]) == [
        "extra: attachments/ghi-chú.txt (not in the manifest)"]


def test_several_problems_are_all_named(packet):
    broken = rewrite(packet["path"], drop={"timeline.csv"},
                     change={"documents/authority-notice.pdf": b"%PDF-1.4 forged"},
                     add={"notes.txt": b"x"})
    assert packets.verify(broken) == [
        "missing: timeline.csv", "extra: notes.txt (not in the manifest)",
        "altered: documents/authority-notice.pdf (SHA-256 or size differs from the manifest)"]
