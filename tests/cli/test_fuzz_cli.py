"""Fuzzing the command line with hostile files (issue 8 point 5; CONTRACT: Command line, exit
codes): `complaints add`, `incidents add` and `register add --from-json` (a file or stdin),
`register import` and `verify-packet`.

Whatever the file holds, the command exits 0 (accepted), 1 (`verify-packet` found a problem)
or 2 with one line per problem on stderr, each `dpo-desk: error: ...` naming the field, row or
file, never a traceback; and a refused input leaves the database exactly as it was. Most
examples call `cli.main` in this process (an exception escaping it is the traceback a user
would see); a few run the real program in a subprocess, which costs ~0.4 s each.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from dpo_desk import cli
from dpo_desk.core import complaints, incidents, register
from tests.core.test_fuzz_intake import (
    COMPLAINT_HOSTILE,
    COMPLAINT_VALID,
    INCIDENT_HOSTILE,
    INCIDENT_VALID,
    REGISTER_HOSTILE,
    REGISTER_VALID,
    intake,
    json_value,
)
from tests.core.test_fuzz_packets import damaged
from tests.core.test_fuzz_register_csv import hostile_csv
from tests.fuzz_profiles import Scratch, fuzz, make_template

ADD = {"complaints": (COMPLAINT_VALID, COMPLAINT_HOSTILE,
                      (*complaints.INTAKE_FIELDS, "register_entries")),
       "incidents": (INCIDENT_VALID, INCIDENT_HOSTILE, incidents.FIELDS),
       "register": (REGISTER_VALID, REGISTER_HOSTILE, register.FIELDS)}
ERROR_LINE = re.compile(r"dpo-desk: error: \S.*")


def _raw_json(draw, text: str) -> bytes:
    """The JSON text as a file might really hold it, sometimes damaged."""
    kind = draw(st.sampled_from(["plain"] * 6 + [
        "bom", "utf16", "nul", "truncated", "trailing", "deep", "huge_number", "nan",
        "duplicate_keys", "surrogate_escape", "not_object", "empty", "bytes", "cp1258"]))
    event(f"json: {kind}")
    data = text.encode("utf-8", "surrogatepass")
    if kind == "bom":
        return b"\xef\xbb\xbf" + data
    if kind == "utf16":
        return text.encode("utf-16", "surrogatepass")
    if kind == "nul":
        at = draw(st.integers(0, len(data)))
        return data[:at] + b"\x00" + data[at:]
    if kind == "truncated":
        return data[:draw(st.integers(0, max(0, len(data) - 1)))]
    if kind == "trailing":
        return data + draw(st.sampled_from([b" x", b"{}", b"\x00", b"\n\n}"]))
    if kind == "deep":
        depth = draw(st.integers(1000, 200_000))
        return b"[" * depth + b"]" * depth
    if kind == "huge_number":
        return b'{"subjects_count": ' + b"9" * draw(st.integers(20, 20_000)) + b"}"
    if kind == "nan":
        return b'{"received_on": NaN, "title": Infinity, "name": -Infinity}'
    if kind == "duplicate_keys":
        return b'{"title": "a", "title": 5, "summary": "x", "summary": ["y"]}'
    if kind == "surrogate_escape":
        return b'{"title": "\\ud800", "requester_name": "a\\udc80b", "name": "\\udfff"}'
    if kind == "not_object":
        return json.dumps(draw(json_value.filter(lambda v: not isinstance(v, dict)))).encode()
    if kind == "empty":
        return b""
    if kind == "bytes":
        return draw(st.binary(max_size=500))
    if kind == "cp1258":
        return text.encode("cp1258", "replace")
    return data


@st.composite
def add_input(draw) -> tuple[str, bytes, dict | None]:
    """(kind of record, file bytes, the object written if any)."""
    kind = draw(st.sampled_from(sorted(ADD)))
    valid, hostile, _ = ADD[kind]
    values = draw(intake(valid, hostile))
    if kind == "complaints" and draw(st.integers(0, 4)) == 0:
        values["register_entries"] = draw(st.one_of(
            st.lists(st.integers(-3, 20), max_size=3), st.lists(st.integers(), max_size=2),
            json_value, st.just([True]), st.just([2**64]), st.just([1.0])))
    return kind, _raw_json(draw, json.dumps(values)), values


# -- running the program ---------------------------------------------------------------------

def run_main(*argv) -> tuple[int, str, str]:
    """`dpo-desk ARGV` in this process: exit code, stdout, stderr. An exception escaping
    `main` fails the test: it is the traceback the user would see."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exit_:  # argparse
            code = exit_.code
    return code, out.getvalue(), err.getvalue()


def check_refusal(code: int, stderr: str, names: list[str]) -> None:
    """Exit 2; each line one problem, naming a field, a row or the file."""
    assert code == 2, (code, stderr)
    lines = stderr.splitlines()
    assert lines, "exit 2 without a message"
    for line in lines:
        assert ERROR_LINE.fullmatch(line), f"not one error on one line: {line!r}"
        assert any(name and name in line for name in names), f"names nothing: {line!r}"


def _one_line(text: str) -> str:
    """A field name as the CLI prints it."""
    return cli._one_line(text, name=True)


def _keys(data: bytes) -> list[str]:
    """The keys of the object a file really holds (the raw damage may replace it)."""
    try:
        found = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return []
    return [k for k in found] if isinstance(found, dict) else []


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-cli")
    db = Scratch(make_template(folder / "template.sqlite3"), folder)
    yield db
    db.close()


def check_add(scratch: Scratch, kind: str, data: bytes, values, runner) -> None:
    path = scratch.path.with_name("record.json")
    path.write_bytes(data)
    before = scratch.digest(fresh=True)
    code, out, err = runner(kind, "add", "--from-json", path, "--db", scratch.path)
    event(f"{kind} add: exit {code}")
    if code == 0:
        assert int(out.strip()) > 0, out
        assert scratch.digest(fresh=True)[1] > before[1]
        scratch.reset()
        return
    fields = ADD[kind][2]
    keys = _keys(data) + (list(values) if isinstance(values, dict) else [])
    check_refusal(code, err, [str(path), *fields, *(_one_line(k) for k in keys)])
    assert scratch.digest(fresh=True) == before, "a refused record changed the database"


def check_import(scratch: Scratch, data: bytes, runner) -> None:
    path = scratch.path.with_name("register.csv")
    path.write_bytes(data)
    before = scratch.digest(fresh=True)
    code, out, err = runner("register", "import", path, "--db", scratch.path)
    event(f"register import: exit {code}")
    if code == 0:
        assert out.startswith("Imported "), out
        scratch.reset()
        return
    check_refusal(code, err, [str(path), "row "])
    assert scratch.digest(fresh=True) == before, "a refused file changed the database"


def check_verify(scratch: Scratch, data: bytes, runner) -> None:
    path = scratch.path.with_name("packet.zip")
    path.write_bytes(data)
    code, out, err = runner("verify-packet", path)
    event(f"verify-packet: exit {code}")
    if code == 2:
        check_refusal(code, err, [str(path)])
        return
    assert code in (0, 1), (code, err)
    if code == 1:
        lines = out.splitlines()
        count = int(lines[0].split()[0])
        assert len(lines) == count + 1 and all(ln.startswith("- ") for ln in lines[1:]), out


# -- in this process ----------------------------------------------------------------------------

@fuzz()
@given(case=add_input())
def test_fuzz_cli_add_from_json(scratch, case):
    kind, data, values = case
    check_add(scratch, kind, data, values, run_main)


@fuzz()
@given(data=hostile_csv())
def test_fuzz_cli_register_import(scratch, data):
    check_import(scratch, data, run_main)


@fuzz()
@given(case=damaged())
def test_fuzz_cli_verify_packet(scratch, case):
    check_verify(scratch, case[1], run_main)


# -- the real program, in a subprocess (sparingly) -------------------------------------------------

@st.composite
def any_command(draw):
    which = draw(st.sampled_from(["add", "add", "stdin", "import", "verify"]))
    if which in ("add", "stdin"):
        return which, draw(add_input())
    if which == "import":
        return which, draw(hostile_csv())
    return which, draw(damaged())[1]


@fuzz(fast=20, deep=300)
@given(case=any_command())
def test_fuzz_cli_subprocess(scratch, cli_env, case):
    """The same checks on the real program, which must never print a traceback."""
    which, payload = case

    def runner(*argv, stdin: str | None = None):
        result = subprocess.run([sys.executable, "-m", "dpo_desk", *map(str, argv)],
                                input=stdin, capture_output=True, text=True,
                                encoding="utf-8", errors="replace", env=cli_env, timeout=60,
                                cwd=scratch.path.parent)
        assert "Traceback" not in result.stderr, result.stderr
        return result.returncode, result.stdout, result.stderr

    if which == "add":
        check_add(scratch, payload[0], payload[1], payload[2], runner)
    elif which == "stdin":
        kind, data, values = payload
        before = scratch.digest(fresh=True)
        code, out, err = runner(kind, "add", "--from-json", "-", "--db", scratch.path,
                                stdin=data.decode("utf-8", "replace"))
        event(f"{kind} add from stdin: exit {code}")
        if code == 0:
            scratch.reset()
        else:
            check_refusal(code, err, ["-: ", *ADD[kind][2], *(_one_line(k) for k in [
                *_keys(data), *(values or {})])])
            assert scratch.digest(fresh=True) == before, "a refused record changed the database"
    elif which == "import":
        check_import(scratch, payload, runner)
    else:
        check_verify(scratch, payload, runner)
