"""Fuzzing the JSON intake of complaints, incidents and register entries (issue 8 point 5,
hostile input; CONTRACT: every `add --from-json`).

`create()` gets what `json.loads` can give: arbitrary JSON values, objects with the right keys
and wrong types (lists, nulls, floats, huge ints, NaN-like strings), impossible dates
("2026-02-30"), times without an offset, lone surrogates, unknown keys. It either accepts the
record (which can then be read back with its computed fields, every value sane) or raises a
ValidationError naming each wrong field, and the database is then exactly as it was.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, timedelta

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from dpo_desk.core import clock, complaints, incidents, register
from dpo_desk.core.errors import DeskError, ValidationError
from tests.fuzz_profiles import Scratch, fuzz, make_template

SQLITE_MAX = 2**63 - 1
REQUIRED = {*complaints.REQUIRED, "title", "detected_at", *register.REQUIRED}

# -- JSON values -----------------------------------------------------------------------------

json_scalar = st.one_of(
    st.none(), st.booleans(),
    st.integers(), st.integers(min_value=2**62, max_value=2**70), st.sampled_from([10**30,
                                                                                   -(10**30)]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(["", " ", "NaN", "nan", "Infinity", "-Infinity", "null", "None", "true",
                     "false", "0", "-1", "1e309", "\ud800", "a\udfffb", "\x00", "\u202e"]),
    st.integers(2001, 6000).map(lambda n: "x" * n))
json_value = st.recursive(json_scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)

dates = st.one_of(
    st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
    st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 6, 30)).map(date.isoformat),
    st.sampled_from(["2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01", "0001-01-01",
                     "1899-12-31", "1900-01-01", "9999-12-31", "2026-1-5", "20260105",
                     "2026-W02-1", "2026-005", " 2026-01-05 ", "2026-01-05T10:00:00",
                     "05/01/2026", "2026/01/05", "٢٠٢٦-٠١-٠٥", "2026-01-05\n", "2025-12-31"]),
    st.integers(), st.floats(), st.none())
times = st.one_of(
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                 timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.datetimes(min_value=datetime(2023, 1, 1), max_value=datetime(2026, 6, 30)).flatmap(
        lambda d: st.sampled_from([d.isoformat(), d.isoformat() + "+07:00",
                                   d.isoformat() + "Z", d.isoformat() + "-12:00",
                                   d.isoformat() + "+14:00", d.isoformat() + "+23:59"])),
    st.sampled_from(["2026-03-02T09:30:00+07:00", "2026-03-02T09:30:00", "2026-02-30T09:30+07:00",
                     "0001-01-01T00:00:00+14:00", "0001-01-01T00:00:00-14:00",
                     "9999-12-31T23:59:59-23:59", "2026-03-02T24:00:00+07:00",
                     "2026-03-02 09:30+07:00", "20260302T093000+0700", "2026-03-02",
                     "2026-03-02T09:30:00+25:00", "yesterday", "1772418600"]),
    st.integers(), st.none())
vi_text = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạễệ ĐƯ0123456789", max_size=30)

# -- complaints ------------------------------------------------------------------------------

COMPLAINT_VALID = {
    "received_on": st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 1, 31)).map(
        date.isoformat),
    "channel": st.sampled_from(complaints.CHANNELS),
    "requester_name": vi_text.filter(str.strip),
    "requester_contact": vi_text,
    "kind": st.sampled_from(complaints.KINDS),
    "complexity": st.sampled_from(complaints.COMPLEXITIES),
    "third_party_involved": st.sampled_from([True, False, "true", "no"]),
    "summary": vi_text,
}
COMPLAINT_HOSTILE = {**{k: json_value for k in COMPLAINT_VALID}, "received_on": dates,
                     "third_party_involved": st.one_of(json_scalar, st.sampled_from(
                         ["TRUE", "Yes", "1", "có", 1, 0]))}

# -- incidents -------------------------------------------------------------------------------

INCIDENT_VALID = {
    "title": vi_text.filter(str.strip),
    "occurred_at": st.sampled_from(["2025-05-01T08:00:00+07:00", "", None]),
    "detected_at": st.datetimes(min_value=datetime(2025, 6, 1), max_value=datetime(2026, 1, 31))
    .map(lambda d: d.isoformat(timespec="seconds") + "+07:00"),
    "location": vi_text, "description": vi_text, "cause": vi_text,
    "data_categories": st.lists(st.sampled_from(["Họ tên", "Số điện thoại", "EMAIL", "S_A",
                                                 "Tài khoản khách hàng", "tự đặt"]), max_size=3),
    "sensitive": st.booleans(),
    "subjects_count": st.integers(0, 10**6), "records_count": st.integers(0, 10**9),
    "consequences": vi_text, "measures": vi_text, "measures_planned": vi_text,
    "reporter": vi_text, "parties_involved": vi_text, "late_reason": vi_text,
    "notify_decision": st.sampled_from(incidents.DECISIONS),
    "assessment": vi_text, "submission_channel": st.sampled_from(incidents.CHANNELS),
    "notice_reference": vi_text,
}
INCIDENT_HOSTILE = {**{k: json_value for k in INCIDENT_VALID}, "occurred_at": times,
                    "detected_at": times,
                    "subjects_count": st.one_of(json_scalar, st.integers(-5, 2**70)),
                    "records_count": st.one_of(json_scalar, st.integers(-5, 2**70)),
                    "data_categories": st.one_of(json_value, st.lists(json_scalar, max_size=3),
                                                 st.text(max_size=20))}

# -- register entries (`register add --from-json`) ---------------------------------------------

REGISTER_VALID = {
    "name": vi_text.filter(str.strip),
    "subjects": st.lists(st.sampled_from(["customers", "Người lao động", "tự đặt"]),
                         min_size=1, max_size=2),
    "items": st.lists(st.sampled_from(["EMAIL", "PHONE", "S_A", "Số điện thoại", "B01"]),
                      min_size=1, max_size=3),
    "purpose": st.lists(vi_text.filter(str.strip), min_size=1, max_size=2),
    "legal_basis": st.sampled_from(["consent", "contract", "Nghĩa vụ pháp lý"]),
    "recipients": st.lists(st.one_of(st.just("Giao Hàng Nhanh (processor)"),
                                     st.fixed_dictionaries({"name": vi_text.filter(str.strip),
                                                            "role": st.just("processor")})),
                           max_size=2),
    "notes": vi_text,
}
REGISTER_HOSTILE = {**{k: json_value for k in REGISTER_VALID},
                    "items": st.one_of(json_value, st.lists(json_value, max_size=3)),
                    "subjects": st.one_of(json_value, st.lists(json_value, max_size=3)),
                    "recipients": st.one_of(json_value, st.lists(json_value, max_size=3)),
                    "cross_border": json_scalar,
                    "cross_border_countries": st.one_of(json_value, st.lists(json_value))}


@st.composite
def intake(draw, valid: dict, hostile: dict) -> dict:
    """One in ten: any object; three in ten: a valid one (optional fields left out at
    times); else a valid one with fields made hostile, left out or added."""
    mode = draw(st.integers(0, 9))
    if mode == 0:
        event("intake: any object")
        return draw(st.dictionaries(st.one_of(st.sampled_from(sorted(valid)), st.text(
            max_size=10)), json_value, max_size=6))
    values = {k: draw(s) for k, s in valid.items()}
    if mode <= 3:
        event("intake: valid")
        return {k: v for k, v in values.items() if k in REQUIRED or draw(st.integers(0, 3))}
    event("intake: hostile")
    for key in draw(st.lists(st.sampled_from(sorted(values)), max_size=2)):
        values.pop(key, None)
    for key in draw(st.lists(st.sampled_from(sorted(hostile)), min_size=1, max_size=3)):
        values[key] = draw(hostile[key])
    if draw(st.integers(0, 3)) == 0:
        values[draw(st.text(max_size=12))] = draw(json_value)
    return values


# -- the property ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-intake")
    db = Scratch(make_template(folder / "template.sqlite3"), folder)
    yield db
    db.close()


def submit(scratch: Scratch, create, values: dict, fields: tuple[str, ...]):
    """create(desk, values): refused -> named fields, nothing written; accepted -> the id."""
    before = scratch.digest()
    sent = json.loads(json.dumps(values))  # what the CLI would hand over is the same
    assert _same(sent, values)
    try:
        record_id = create(scratch.desk, values)
    except DeskError as error:
        assert isinstance(error, ValidationError), repr(error)
        assert error.errors
        for problem in error.errors:
            assert problem.field in fields or problem.field in values, problem
            assert problem.message.strip()
        assert scratch.digest() == before, "a refused record changed the database"
        event("refused")
        return None
    event("accepted")
    after = scratch.digest()
    assert after[1] == before[1] + 1  # exactly one audited insert
    return record_id


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


def _sane_text(value) -> bool:
    return isinstance(value, str) and value == value.strip() and \
        not re.search("[\ud800-\udfff]", value)


@fuzz()
@given(values=intake(COMPLAINT_VALID, COMPLAINT_HOSTILE))
def test_fuzz_complaint_intake(scratch, values):
    case_id = submit(scratch, complaints.create, values, complaints.INTAKE_FIELDS)
    if case_id is None:
        return
    case = complaints.get(scratch.desk, case_id)  # computed fields work
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", case["received_on"])
    received = date.fromisoformat(case["received_on"])
    assert date(1900, 1, 1) <= received <= clock.today()
    assert case["channel"] in complaints.CHANNELS and case["kind"] in complaints.KINDS
    assert case["complexity"] in complaints.COMPLEXITIES
    assert case["requester_name"] and _sane_text(case["requester_name"])
    assert all(_sane_text(case[k]) for k in ("requester_contact", "summary"))
    assert case["third_party_involved"] in (True, False)
    assert case["due"] >= case["received_on"]
    scratch.reset()


@fuzz()
@given(values=intake(INCIDENT_VALID, INCIDENT_HOSTILE))
def test_fuzz_incident_intake(scratch, values):
    incident_id = submit(scratch, incidents.create, values, incidents.FIELDS)
    if incident_id is None:
        return
    incident = incidents.get(scratch.desk, incident_id)  # computed fields work
    detected = datetime.fromisoformat(incident["detected_at"])
    assert detected.tzinfo is not None and detected.year >= 1900
    assert timedelta(hours=-12) <= detected.utcoffset() <= timedelta(hours=14)
    if incident["occurred_at"]:
        assert datetime.fromisoformat(incident["occurred_at"]) <= detected
    assert detected <= clock.now() + timedelta(minutes=5)
    for name in ("subjects_count", "records_count"):
        assert incident[name] is None or 0 <= incident[name] <= SQLITE_MAX
    assert incident["title"] and _sane_text(incident["title"])
    assert all(_sane_text(c) and c for c in incident["data_categories"])
    assert incident["notify_decision"] in incidents.DECISIONS
    assert incident["submission_channel"] in incidents.CHANNELS
    incidents.missing_notice_facts(scratch.desk, incident)
    scratch.reset()


@fuzz()
@given(values=intake(REGISTER_VALID, REGISTER_HOSTILE))
def test_fuzz_register_entry_intake(scratch, values):
    entry_id = submit(scratch, register.create, values, register.FIELDS)
    if entry_id is None:
        return
    entry = register.get(scratch.desk, entry_id)
    assert entry["name"] and _sane_text(entry["name"])
    for name in register.LIST_FIELDS:
        for value in entry[name]:
            text = value["name"] if name == "recipients" else value
            assert _sane_text(text) and text and len(text) <= register.MAX_TEXT, (name, value)
            if name == "recipients":
                assert isinstance(value["role"], str)
    scratch.reset()


@fuzz()
@given(values=json_value)
def test_fuzz_any_json_value_is_refused_or_a_valid_record(scratch, values):
    """Whatever JSON value the core gets as an object's content (the CLI refuses a
    non-object itself): no crash."""
    if not isinstance(values, dict):
        values = {"summary": values, "title": values, "name": values}
    for create, fields in ((complaints.create, complaints.INTAKE_FIELDS),
                           (incidents.create, incidents.FIELDS),
                           (register.create, register.FIELDS)):
        if submit(scratch, create, values, fields) is not None:
            scratch.reset()
