"""Signed packets against a knowledgeable attacker (issue 14): each attack on a real packet
is named by `packets.check`, nothing is extracted, memory stays bounded."""

import hashlib
import json
import stat
import zipfile

import pytest

from dpo_desk.core import demo, packets, signing
from dpo_desk.core.desk import Desk
from tests.core.test_packet_verify import signature_of


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """A real packet of a demo incident, and the company key's fingerprint."""
    folder = tmp_path_factory.mktemp("packet")
    with Desk.create(folder / "desk.sqlite3") as desk:
        demo.fill(desk, seed=1)
        incident = desk.scalar("SELECT min(id) FROM incidents")
        path = packets.build(desk, incident, folder / "packet.zip")
        return {"path": path, "fingerprint": signing.fingerprint(desk)}


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as packet:
        return {i.filename: packet.read(i) for i in packet.infolist()}


def rewrite(path, target, files: dict[str, bytes], *, infos=()) -> object:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as packet:
        for name, data in files.items():
            packet.writestr(name, data)
        for info, data in infos:
            packet.writestr(info, data)
    return target


def rehashed(files: dict[str, bytes], name: str, data: bytes) -> dict[str, bytes]:
    """`name` replaced by `data` and its manifest entry recomputed (the old attack)."""
    files = dict(files)
    files[name] = data
    manifest = json.loads(files["manifest.json"])
    for item in manifest["files"]:
        if item["path"] == name:
            item["sha256"], item["bytes"] = hashlib.sha256(data).hexdigest(), len(data)
    files["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
    return files


def test_the_packet_is_signed_by_the_company(made):
    verdict = packets.check(made["path"], company_key=made["fingerprint"])
    assert verdict.problems == []
    assert verdict.signer == made["fingerprint"] and verdict.company is True
    assert verdict.audit_head and ":" in verdict.audit_head
    document = json.loads(members(made["path"])["signature.json"])
    assert set(document) == {"algorithm", "public_key", "signature"}


def test_an_edited_and_rehashed_file_is_forged(made, tmp_path):
    files = rehashed(members(made["path"]), "incident.json", b'{"id": 1, "title": "nothing"}')
    verdict = packets.check(rewrite(made["path"], tmp_path / "p.zip", files))
    assert verdict.problems == ["forged: the signature does not match manifest.json"]
    assert verdict.signer is None


def test_an_edited_file_without_rehashing_is_altered(made, tmp_path):
    files = {**members(made["path"]), "incident.json": b"{}"}
    assert packets.verify(rewrite(made["path"], tmp_path / "p.zip", files)) == [
        "altered: incident.json (SHA-256 or size differs from the manifest)"]


def test_an_unsigned_packet_is_named(made, tmp_path):
    files = members(made["path"])
    del files["signature.json"]
    assert packets.verify(rewrite(made["path"], tmp_path / "p.zip", files)) == [
        "unsigned: signature.json is missing"]


def test_a_packet_resigned_with_another_key_names_the_foreign_key(made, tmp_path):
    files = rehashed(members(made["path"]), "incident.json", b"{}")
    files["signature.json"] = signature_of(files["manifest.json"])
    path = rewrite(made["path"], tmp_path / "p.zip", files)
    alone = packets.check(path)
    assert alone.problems == [] and alone.signer != made["fingerprint"]  # only a key can tell
    verdict = packets.check(path, company_key=made["fingerprint"])
    assert verdict.company is False
    assert verdict.problems == [f"foreign key: signed with key {alone.signer}, not the "
                                f"company's key {made['fingerprint']}"]


@pytest.mark.parametrize("mode, kind", [
    (stat.S_IFLNK | 0o777, "link"), (stat.S_IFCHR | 0o600, "device or other special file"),
    (stat.S_IFIFO | 0o600, "device or other special file"), (stat.S_IFDIR | 0o755, "folder"),
])
def test_a_link_device_or_folder_member_is_refused(made, tmp_path, mode, kind):
    info = zipfile.ZipInfo("attachments/evil")
    info.create_system = 3
    info.external_attr = mode << 16
    path = rewrite(made["path"], tmp_path / "p.zip", members(made["path"]),
                   infos=[(info, b"/etc/passwd")])
    assert packets.verify(path) == [
        f"unsafe member: attachments/evil is a {kind}, not a regular file"]


def test_a_folder_entry_hiding_data_is_refused(made, tmp_path):
    files = {**members(made["path"]), "attachments/": b"hidden data"}
    assert packets.verify(rewrite(made["path"], tmp_path / "p.zip", files)) == [
        "unsafe member: attachments/ is a folder, not a regular file"]


@pytest.mark.parametrize("twin", ["INCIDENT.json", "Incident.JSON"])
def test_case_twins_are_refused(made, tmp_path, twin):
    files = {**members(made["path"]), twin: b"{}"}
    [problem] = packets.verify(rewrite(made["path"], tmp_path / "p.zip", files))
    assert problem.startswith("twin names: ") and "incident.json" in problem


def test_nfc_twins_are_refused(made, tmp_path):
    composed, decomposed = "attachments/Nguy\u1ec5n.txt", "attachments/Nguye\u0302\u0303n.txt"
    files = {**members(made["path"]), composed: b"a", decomposed: b"b"}
    [problem] = packets.verify(rewrite(made["path"], tmp_path / "p.zip", files))
    assert problem.startswith("twin names: ") and "Unicode normalisation" in problem


def test_a_file_listed_twice_is_named(made, tmp_path):
    files = members(made["path"])
    manifest = json.loads(files["manifest.json"])
    manifest["files"].append(dict(manifest["files"][0]))
    files["manifest.json"] = json.dumps(manifest).encode()
    files["signature.json"] = signature_of(files["manifest.json"])
    assert packets.verify(rewrite(made["path"], tmp_path / "p.zip", files)) == [
        "duplicate: incident.json is listed twice in manifest.json"]


def test_an_unlisted_member_and_unknown_manifest_keys_are_named(made, tmp_path):
    files = members(made["path"])
    manifest = json.loads(files["manifest.json"])
    manifest["run"] = "curl evil"
    files["manifest.json"] = json.dumps(manifest).encode()
    files["signature.json"] = signature_of(files["manifest.json"])
    files["readme.txt"] = b"open me"
    assert packets.verify(rewrite(made["path"], tmp_path / "p.zip", files)) == [
        "manifest.json: unknown keys run", "extra: readme.txt (not in the manifest)"]


def test_a_packet_without_its_notice_is_named(made, tmp_path):
    files = members(made["path"])
    del files[packets.NOTICE]
    manifest = json.loads(files["manifest.json"])
    manifest["files"] = [f for f in manifest["files"] if f["path"] != packets.NOTICE]
    files["manifest.json"] = json.dumps(manifest).encode()
    files["signature.json"] = signature_of(files["manifest.json"])
    assert packets.verify(rewrite(made["path"], tmp_path / "p.zip", files)) == [
        f"incomplete: the packet has no authority notice ({packets.NOTICE})"]


def test_bytes_after_the_archive_are_named(made, tmp_path):
    path = tmp_path / "p.zip"
    path.write_bytes(made["path"].read_bytes() + b"#!/bin/sh\necho hidden\n")
    problems = packets.verify(path)
    assert problems and all("end of the zip" in p or "bytes were added" in p for p in problems)


def test_a_fat_manifest_is_refused_unread(made, tmp_path):
    """~2 MB of zip whose manifest inflates to 256 MB: refused on its declared size."""
    files = members(made["path"])
    path = tmp_path / "fat.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as packet:
        for name, data in files.items():
            if name != "manifest.json":
                packet.writestr(name, data)
        with packet.open("manifest.json", "w", force_zip64=True) as handle:
            handle.write(b'{"format": "dpo-desk-packet/1", "pad": "')
            block = b" " * (1024 * 1024)
            for _ in range(256):
                handle.write(block)
            handle.write(b'"}')
    assert path.stat().st_size < 3 * 1024 * 1024
    [problem] = packets.verify(path)
    assert problem.startswith("absurd size: 'manifest.json' claims 268435498 bytes")


def test_a_manifest_over_the_cap_is_refused_unread(made, tmp_path):
    """5 MB that deflate poorly (no bomb ratio): refused on the cap, before parsing."""
    import os

    files = members(made["path"])
    files["manifest.json"] = b'{"pad": "' + os.urandom(5 * 512 * 1024).hex().encode() + b'"}'
    assert packets.verify(rewrite(made["path"], tmp_path / "p.zip", files)) == [
        "manifest.json is larger than 4 MB: refused unread"]


def test_a_manifest_lying_about_its_size_is_stopped_while_inflating(made, tmp_path):
    """The directory says 100 bytes; the inflated stream is 8 MB: reading stops at 4 MB."""
    files = members(made["path"])
    path = tmp_path / "liar.zip"
    big = b'{"format": "dpo-desk-packet/1", "pad": "' + b" " * (8 * 1024 * 1024) + b'"}'
    rewrite(made["path"], path, {**files, "manifest.json": big})
    data = bytearray(path.read_bytes())
    # patch the uncompressed size of manifest.json in the central directory only
    at = data.rindex(b"PK\x01\x02", 0, data.rindex(b"manifest.json"))
    data[at + 24:at + 28] = (100).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    problems = packets.verify(path)
    assert "manifest.json is larger than 4 MB: refused unread" in problems or any(
        p.startswith("manifest.json cannot be read") for p in problems)
