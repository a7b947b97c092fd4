"""Fuzzing `packets.verify` (issue 8 point 5, hostile input; CONTRACT: Incident packet).

One real packet is built per module (the demo company's lost phone, with an evidence file).
Copies of it are damaged: random single-byte flips over the whole file, flips in every header
field, truncations, garbage appended or prepended, entries renamed or doubled, manifests
edited or corrupted, names that would escape a folder ("../x", "/etc/x", "C:\\x"), zip bombs,
random bytes. `verify` must name a problem (or raise DeskError for what is not a zip at all),
never crash and never extract anything.

Which bytes a flip may land on without being caught: `verify` cross-checks every structure of
the zip (see `packets._layout_problems`), so the only bytes nothing reads are the central
directory's own metadata fields below (`UNREAD`), and inside compressed data the few bits a
deflate stream does not use (the padding after a stored block's header or at the stream's
end): a flip there leaves every file's content byte-identical. Every other flip is caught.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import io
import json
import os
import random
import shutil
import struct
import tempfile
import warnings
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from dpo_desk.core import attachments, clock, demo, incidents, packets
from dpo_desk.core.desk import Desk
from dpo_desk.core.errors import DeskError
from tests.fuzz_profiles import examples, fuzz

# Central-directory fields that neither `verify` nor zipfile reads: the version and system
# of the zip tool that wrote the file, the unused byte after "version needed", the disk a
# file starts on, and the internal and external (OS permission) attributes: 11 bytes per
# file, no content.
UNREAD = {"central.version_made", "central.made_on", "central.reserved", "central.disk_start",
          "central.int_attr", "central.ext_attr"}

_LOCAL = (("sig", 4), ("version_needed", 2), ("flags", 2), ("method", 2), ("mtime", 2),
          ("mdate", 2), ("crc", 4), ("csize", 4), ("usize", 4), ("name_len", 2),
          ("extra_len", 2))
_CENTRAL = (("sig", 4), ("version_made", 1), ("made_on", 1), ("version_needed", 1),
            ("reserved", 1), ("flags", 2),
            ("method", 2), ("mtime", 2), ("mdate", 2), ("crc", 4), ("csize", 4), ("usize", 4),
            ("name_len", 2), ("extra_len", 2), ("comment_len", 2), ("disk_start", 2),
            ("int_attr", 2), ("ext_attr", 4), ("lh_offset", 4))
_END = (("sig", 4), ("disk", 2), ("cd_disk", 2), ("entries_disk", 2), ("entries_total", 2),
        ("cd_size", 4), ("cd_offset", 4), ("comment_len", 2))


def regions(data: bytes) -> list[str]:
    """The zip structure field each byte of an (intact) zip belongs to."""
    out = ["?"] * len(data)

    def mark(start: int, fields, prefix: str) -> int:
        for name, size in fields:
            out[start:start + size] = [f"{prefix}.{name}"] * size
            start += size
        return start

    def span(start: int, size: int, name: str) -> int:
        out[start:start + size] = [name] * size
        return start + size

    end = data.rindex(b"PK\x05\x06")
    mark(end, _END, "end")
    span(end + 22, len(data) - end - 22, "end.comment")
    cd_size, cd_offset = struct.unpack("<2L", data[end + 12:end + 20])
    position = cd_offset
    while position < cd_offset + cd_size:
        fields = struct.unpack("<4s6H3L5H2L", data[position:position + 46])
        name_len, extra_len, comment_len, offset, csize = (fields[10], fields[11], fields[12],
                                                           fields[16], fields[8])
        at = mark(position, _CENTRAL, "central")
        at = span(at, name_len, "central.name")
        at = span(at, extra_len, "central.extra")
        position = span(at, comment_len, "central.comment")
        local = struct.unpack("<4s5H3L2H", data[offset:offset + 30])
        at = mark(offset, _LOCAL, "local")
        at = span(at, local[9], "local.name")
        at = span(at, local[10], "local.extra")
        span(at, csize, "data")
    assert "?" not in out, "the packet has bytes outside any zip structure"
    return out


# -- the packet ----------------------------------------------------------------------------

@functools.cache
def packet_under_test() -> dict:
    """The packet of the lost phone (Law 91, location data) with one evidence file: its
    bytes, the region of each byte and the content of each member. Built once (the
    strategies need it too, so it is no fixture)."""
    folder = Path(tempfile.mkdtemp(prefix="dpo-desk-fuzz-packet-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    clock.freeze(datetime(2026, 3, 4, 1, 0, tzinfo=UTC))
    try:
        with Desk.create(folder / "demo.sqlite3") as desk:
            demo.fill(desk, seed=1)
            [incident] = [i for i in incidents.list_incidents(desk)
                          if "Mất điện thoại" in i["title"]]
            evidence = folder / "nhật-ký truy cập.log"
            evidence.write_text("21:02 đăng nhập từ thiết bị lạ\n" * 50, encoding="utf-8")
            attachments.add(desk, "incidents", incident["id"], evidence)
            path = packets.build(desk, incident["id"], folder / "packet.zip")
    finally:
        clock.set_clock(None)
    data = path.read_bytes()
    assert packets.verify(path) == []
    with zipfile.ZipFile(path) as packet:
        contents = {i.filename: packet.read(i) for i in packet.infolist()}
    return {"data": data, "regions": regions(data), "contents": contents, "folder": folder}


@pytest.fixture(scope="module")
def original() -> dict:
    return packet_under_test()


@pytest.fixture
def sandbox(original, tmp_path, monkeypatch):
    """Where the damaged copies are written, with the working folder inside tmp_path: an
    extraction of "../x" would land in tmp_path, and "/etc/x-<token>" is checked by name."""
    work = tmp_path / "work" / "cwd"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    return {"target": tmp_path / "damaged.zip", "root": tmp_path}


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def outcome(path: Path) -> str:
    """"problems" or "refused" (DeskError): caught; "intact": verify found nothing."""
    try:
        found = packets.verify(path)
    except DeskError as error:
        assert str(error).strip()
        return "refused"
    assert isinstance(found, list) and all(isinstance(p, str) and p for p in found)
    assert all("\n" not in p and "\r" not in p for p in found), found
    return "problems" if found else "intact"


def same_content(data: bytes, original: dict) -> bool:
    """Whether a damaged zip still reads as exactly the original files."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as packet:
            return {i.filename: packet.read(i) for i in packet.infolist()} == \
                original["contents"]
    except Exception:  # noqa: BLE001 - anything unreadable is not the same content
        return False


def check_flip(sandbox, original, offset: int, mask: int, stats: Counter) -> None:
    data = bytearray(original["data"])
    data[offset] ^= mask
    sandbox["target"].write_bytes(data)
    result = outcome(sandbox["target"])
    region = original["regions"][offset]
    stats[result] += 1
    if result == "intact":
        stats[f"intact in {region}"] += 1
        assert region in UNREAD or same_content(bytes(data), original), \
            f"flip of byte {offset} ({region}) by {mask:#04x} not caught"


def _seed() -> int:
    return int(os.environ.get("DPO_DESK_FUZZ_SEED") or random.SystemRandom().randrange(2**32))


def _report(name: str, seed: int, stats: Counter) -> str:
    done = stats["problems"] + stats["refused"] + stats["intact"]
    caught = stats["problems"] + stats["refused"]
    why = {k: v for k, v in stats.items() if k.startswith("intact in")}
    line = (f"{name}: {done} flips (seed {seed}), {caught} caught ({caught / done:.3%}: "
            f"{stats['problems']} named problems, {stats['refused']} refused as no zip), "
            f"{stats['intact']} not caught {why}")
    print(line)
    return line


def test_fuzz_random_single_byte_flips_over_the_whole_file_are_caught(sandbox, original):
    """A random byte anywhere in the file gets a random other value; ~50 flips (fast),
    1,000 (deep). Every flip is caught except on the unread bytes described above."""
    seed, stats = _seed(), Counter()
    rng = random.Random(seed)
    size = len(original["data"])
    for _ in range(examples(50, 1000)):
        check_flip(sandbox, original, rng.randrange(size), rng.randrange(1, 256), stats)
    line = _report("random flips", seed, stats)
    assert stats["intact"] == sum(v for k, v in stats.items() if k.startswith("intact in")), line


def test_fuzz_flips_in_every_header_field_are_caught_unless_unread(sandbox, original):
    """The zip's own structures (local headers, central directory, end record) are a few
    hundred bytes that random flips rarely hit: flip them on purpose. Deep: every header byte
    with each single bit and with all eight; fast: a sample."""
    seed, stats = _seed(), Counter()
    rng = random.Random(seed)
    headers = [i for i, r in enumerate(original["regions"]) if r != "data"]
    cases = [(i, m) for i in headers for m in (1, 2, 4, 8, 16, 32, 64, 128, 255)]
    for offset, mask in rng.sample(cases, min(len(cases), examples(60, len(cases)))):
        check_flip(sandbox, original, offset, mask, stats)
    _report("header flips", seed, stats)
    uncaught_regions = {k.removeprefix("intact in ") for k in stats if k.startswith("intact in")}
    assert uncaught_regions <= UNREAD


# -- structured damage ------------------------------------------------------------------------

TRAVERSAL = ["../x-{t}", "../../x-{t}", "/etc/x-{t}", "C:\\x-{t}", "C:x-{t}", "..\\x-{t}",
             "a/../../x-{t}", "\\\\server\\share\\x-{t}", "attachments/../../x-{t}"]


def rebuild(original: dict, *, rename=None, drop=(), add=(), manifest=None, first=()) -> bytes:
    """The packet written again member by member, changed as asked."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as packet:
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": wanted here
        for name, data in first:
            packet.writestr(name, data)
        for name, data in original["contents"].items():
            if name in drop:
                continue
            if name == packets.MANIFEST and manifest is not None:
                data = manifest
            packet.writestr((rename or {}).get(name, name), data)
        for name, data in add:
            packet.writestr(name, data)
    return out.getvalue()


@st.composite
def manifest_edits(draw, original: dict) -> bytes:
    manifest = json.loads(original["contents"][packets.MANIFEST])
    files = manifest["files"]
    kind = draw(st.sampled_from(["drop_entry", "hash", "bytes", "path", "format", "files_type",
                                 "entry_type", "extra_entry", "invalid_json", "not_utf8",
                                 "not_object", "empty", "bom", "huge"]))
    event(f"manifest: {kind}")
    if kind == "drop_entry":
        files.pop(draw(st.integers(0, len(files) - 1)))
    elif kind == "hash":
        entry = draw(st.sampled_from(files))
        at = draw(st.integers(0, 63))
        digit = draw(st.sampled_from([c for c in "0123456789abcdef" if c != entry["sha256"][at]]))
        entry["sha256"] = entry["sha256"][:at] + digit + entry["sha256"][at + 1:]
    elif kind == "bytes":
        entry = draw(st.sampled_from(files))
        entry["bytes"] = draw(st.one_of(st.integers(), st.floats(), st.text(max_size=5),
                                        st.none()).filter(lambda v: v != entry["bytes"]))
    elif kind == "path":
        entry = draw(st.sampled_from(files))
        entry["path"] = draw(st.one_of(st.text(max_size=20), st.sampled_from(
            ["../incident.json", "/incident.json", "INCIDENT.JSON", "incident.json\n", ""]))
            .filter(lambda p: p != entry["path"]))
    elif kind == "format":
        manifest["format"] = draw(st.one_of(st.text(max_size=20), st.none(), st.integers())
                                  .filter(lambda f: f != packets.FORMAT))
    elif kind == "files_type":
        manifest["files"] = draw(st.one_of(st.integers(), st.text(max_size=10), st.none(),
                                           st.dictionaries(st.text(max_size=5), st.integers(),
                                                           max_size=2), st.booleans()))
        if not manifest["files"] and manifest["files"] not in (0, False):
            manifest["files"] = 7
    elif kind == "entry_type":
        files[draw(st.integers(0, len(files) - 1))] = draw(st.one_of(
            st.integers(), st.text(max_size=10), st.none(), st.lists(st.integers(), max_size=2),
            st.fixed_dictionaries({"path": st.integers()})))
    elif kind == "extra_entry":
        files.append({"path": draw(st.text(min_size=1, max_size=20)), "sha256": "0" * 64,
                      "bytes": 1})
    elif kind == "invalid_json":
        text = json.dumps(manifest)
        return text[:draw(st.integers(0, len(text) - 1))].encode()
    elif kind == "not_utf8":  # (UTF-16 would be no damage: json reads it as the same object)
        return json.dumps(manifest, ensure_ascii=False).encode("cp1258", "replace")
    elif kind == "not_object":
        return json.dumps(draw(st.one_of(st.lists(st.integers(), max_size=3), st.integers(),
                                         st.text(max_size=5), st.none()))).encode()
    elif kind == "empty":
        return b""
    elif kind == "bom":
        manifest["format"] = "\ufeff" + packets.FORMAT
    else:
        files.extend({"path": f"f{n}", "sha256": "0" * 64, "bytes": n} for n in range(5000))
    return json.dumps(manifest, ensure_ascii=False).encode()


@functools.cache
def bombs() -> dict:
    """A member of 20 MB of zeros (about 20 kB deflated), and the packet with a member whose
    directory entry claims almost 4 GB."""
    original = packet_under_test()
    zeros = io.BytesIO()
    with zipfile.ZipFile(zeros, "w", zipfile.ZIP_DEFLATED) as packet:
        packet.writestr("attachments/9-zeros.bin", bytes(20 * 1024 * 1024))
    claim = bytearray(original["data"])
    end = claim.rindex(b"PK\x05\x06")
    cd_offset = struct.unpack("<L", claim[end + 16:end + 20])[0]
    claim[cd_offset + 24:cd_offset + 28] = struct.pack("<L", 0xFFFF0000)  # first usize
    return {"zeros": zeros.getvalue(), "claim": bytes(claim)}


def _merge(original: dict, extra_zip: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(extra_zip)) as extra:
        add = [(i.filename, extra.read(i)) for i in extra.infolist()]
    return rebuild(original, add=add)


TOKEN = f"{os.getpid()}-dpo-fuzz"


@st.composite
def damaged(draw) -> tuple[str, bytes]:
    original, token = packet_under_test(), TOKEN
    data = original["data"]
    names = sorted(original["contents"])
    kind = draw(st.sampled_from(["flips", "truncate", "append", "prepend", "rename", "drop",
                                 "duplicate_first", "duplicate_last", "manifest", "traversal",
                                 "bomb", "claim", "random", "empty", "directory", "insert"]))
    event(kind)
    if kind == "flips":
        out = bytearray(data)
        for offset in draw(st.lists(st.integers(0, len(out) - 1), min_size=2, max_size=8,
                                    unique=True)):
            out[offset] ^= draw(st.integers(1, 255))
        return kind, bytes(out)
    if kind == "truncate":
        return kind, data[:draw(st.integers(0, len(data) - 1))]
    if kind == "append":
        return kind, data + draw(st.binary(min_size=1, max_size=300))
    if kind == "prepend":
        return kind, draw(st.binary(min_size=1, max_size=300)) + data
    if kind == "insert":  # bytes hidden inside a member's data
        at = draw(st.integers(0, len(data)))
        return kind, data[:at] + draw(st.binary(min_size=1, max_size=20)) + data[at:]
    if kind == "rename":
        old = draw(st.sampled_from(names))
        new = draw(st.one_of(st.text(min_size=1, max_size=30), st.sampled_from(
            [old.upper(), old + " ", "x/" + old, old.replace("/", "\\"), *names]))
            .filter(lambda n: n != old and "\x00" not in n))
        return kind, rebuild(original, rename={old: new})
    if kind == "drop":
        return kind, rebuild(original, drop=(draw(st.sampled_from(names)),))
    if kind in ("duplicate_first", "duplicate_last"):
        name = draw(st.sampled_from(names))
        forged = draw(st.binary(max_size=200))
        if kind == "duplicate_first":
            return kind, rebuild(original, first=((name, forged),))
        return kind, rebuild(original, add=((name, original["contents"][name]),))
    if kind == "manifest":
        return kind, rebuild(original, manifest=draw(manifest_edits(original)))
    if kind == "traversal":
        name = draw(st.sampled_from(TRAVERSAL)).format(t=token)
        return kind, rebuild(original, add=((name, b"#!/bin/sh\necho pwned\n"),))
    if kind == "bomb":
        return kind, _merge(original, bombs()["zeros"])
    if kind == "claim":
        return kind, bombs()["claim"]
    if kind == "random":
        return kind, draw(st.sampled_from([b"", b"PK\x03\x04", b"PK\x05\x06"])) + \
            draw(st.binary(max_size=3000))
    if kind == "empty":
        return kind, b""
    return kind, rebuild(original, add=(("attachments/", b""), ("attachments/sub/", b"")))


@fuzz()
@given(case=damaged())
def test_fuzz_damaged_packets_are_named_never_crash_never_extract(sandbox, original, case):
    kind, data = case
    escape = [sandbox["root"] / "work" / f"x-{TOKEN}", sandbox["root"] / f"x-{TOKEN}",
              Path(f"/etc/x-{TOKEN}"), Path(f"/x-{TOKEN}"), Path(f"C:\\x-{TOKEN}")]
    sandbox["target"].unlink(missing_ok=True)
    before = tree(sandbox["root"])
    sandbox["target"].write_bytes(data)
    result = outcome(sandbox["target"])
    event(f"{kind}: {result}")
    if result == "intact":  # an empty folder entry, or flips on unread bytes only
        assert kind == "directory" or kind == "flips" and same_content(data, original), kind
    assert tree(sandbox["root"]) == before | {"damaged.zip"}, "verify wrote a file"
    assert not any(p.exists() for p in escape), "verify extracted a file"


@pytest.mark.parametrize("name", TRAVERSAL)
def test_fuzz_every_escaping_name_is_refused_without_extracting(sandbox, original, name):
    """Each escaping name once for certain (a long Hypothesis run favours the kinds of damage
    that reach new code, and may draw these rarely)."""
    name = name.format(t=TOKEN)
    before = tree(sandbox["root"])
    sandbox["target"].write_bytes(rebuild(original, add=((name, b"echo pwned\n"),)))
    found = packets.verify(sandbox["target"])
    assert f"unsafe path: {name!r} would escape the folder" in found
    assert tree(sandbox["root"]) == before | {"damaged.zip"}
    assert not (sandbox["root"] / "work" / f"x-{TOKEN}").exists()
    assert not Path(f"/etc/x-{TOKEN}").exists()


@pytest.mark.parametrize("where", ["first", "last"])
def test_fuzz_a_doubled_entry_is_named(sandbox, original, where):
    name = "incident.json"
    forged = ((name, b'{"forged": true}'),)
    data = rebuild(original, first=forged) if where == "first" else \
        rebuild(original, add=forged)
    sandbox["target"].write_bytes(data)
    assert f"duplicate: {name} is in the zip 2 times" in packets.verify(sandbox["target"])


def test_fuzz_a_bomb_is_refused_without_inflating_it(sandbox, original):
    """Memory, not time, shows the bomb was not inflated: the 20 MB of zeros never exist."""
    import tracemalloc

    for data in (_merge(original, bombs()["zeros"]), bombs()["claim"]):
        sandbox["target"].write_bytes(data)
        tracemalloc.start()
        try:
            found = packets.verify(sandbox["target"])
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert any(p.startswith("absurd size") for p in found), found
        assert peak < 8 * 1024 * 1024, f"verify held {peak:,} bytes at its peak"


def test_fuzz_the_packet_is_intact_and_hashes_match_the_manifest(original):
    manifest = json.loads(original["contents"][packets.MANIFEST])
    for entry in manifest["files"]:
        assert hashlib.sha256(original["contents"][entry["path"]]).hexdigest() == \
            entry["sha256"]
    assert any(p.startswith("attachments/") for p in original["contents"])
