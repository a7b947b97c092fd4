"""`verify` of incident packets on hand-made zips: it names every missing, extra and altered
file, and refuses unsafe names and zip bombs without extracting anything."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from dpo_desk.core import packets
from dpo_desk.core.errors import DeskError

FILES = {"incident.json": b'{"id": 1}', "timeline.csv": b"at,actor\n",
         "documents/authority-notice.pdf": b"%PDF-1.4 notice",
         "attachments/1-log.txt": "nhật ký".encode()}


def signature_of(data: bytes, key=None) -> bytes:
    """signature.json for `data`, made with `key` (a new Ed25519 key if None)."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    key = key or Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return json.dumps({"algorithm": "ed25519", "public_key": base64.b64encode(public).decode(),
                       "signature": base64.b64encode(key.sign(data)).decode()}).encode()


def make(path, files=FILES, *, listed=None, fmt=packets.FORMAT, extra=None,
         compression=zipfile.ZIP_DEFLATED):
    """A hand-made packet: `files`, a manifest listing `listed`, signed with a new key."""
    listed = files if listed is None else listed
    manifest = {"format": fmt, "incident_id": 1, "created_at": "2026-03-04T08:00:00+07:00",
                "files": [{"path": p, "sha256": hashlib.sha256(d).hexdigest(), "bytes": len(d)}
                          for p, d in listed.items()]}
    raw = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", compression) as packet:
        for name, data in {**files, **(extra or {})}.items():
            packet.writestr(name, data)
        packet.writestr("manifest.json", raw)
        packet.writestr("signature.json", signature_of(raw))
    return path


def test_an_intact_packet_has_no_problem(tmp_path):
    assert packets.verify(make(tmp_path / "p.zip")) == []


def test_missing_extra_and_altered_files_are_each_named(tmp_path):
    altered = {**FILES, "timeline.csv": b"at,actor\nforged\n"}
    files = {k: v for k, v in altered.items() if k != "incident.json"}
    path = make(tmp_path / "p.zip", files, listed=FILES, extra={"notes.txt": b"hi"})
    assert packets.verify(path) == [
        "missing: incident.json",
        "extra: notes.txt (not in the manifest)",
        "altered: timeline.csv (SHA-256 or size differs from the manifest)",
    ]


def test_a_flipped_byte_is_found(tmp_path):
    path = make(tmp_path / "p.zip", compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    data[data.index(b'{"id": 1}') + 7] ^= 0x01  # inside the stored file's bytes
    path.write_bytes(bytes(data))
    [problem] = packets.verify(path)
    assert problem.startswith("altered: incident.json")


def test_wrong_format_tag_and_missing_manifest(tmp_path):
    assert packets.verify(make(tmp_path / "a.zip", fmt="other/1")) == [
        "manifest.json: format is 'other/1', expected 'dpo-desk-packet/1'"]
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as packet:
        packet.writestr("incident.json", b"{}")
    assert packets.verify(tmp_path / "b.zip") == ["manifest.json is missing"]


def test_path_traversal_is_refused_without_extracting(tmp_path):
    path = make(tmp_path / "p.zip", extra={"../../evil.sh": b"rm -rf /", "/etc/x": b"x"})
    found = packets.verify(path)
    assert "unsafe path: '../../evil.sh' would escape the folder" in found
    assert "unsafe path: '/etc/x' would escape the folder" in found
    assert not (tmp_path.parent / "evil.sh").exists()


def test_a_zip_bomb_is_refused_before_reading(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packet:
        packet.writestr("manifest.json", json.dumps({"format": packets.FORMAT, "files": []}))
        with packet.open("big.bin", "w", force_zip64=True) as handle:
            chunk = bytes(1024 * 1024)
            for _ in range(64):  # 64 MB of zeros deflate to ~64 KB
                handle.write(chunk)
    [problem] = packets.verify(path)
    assert problem.startswith("absurd size: 'big.bin' claims 67108864 bytes")


def test_not_a_zip_is_refused(tmp_path):
    bad = tmp_path / "not.zip"
    bad.write_text("hello")
    with pytest.raises(DeskError, match="not a readable zip"):
        packets.verify(bad)
