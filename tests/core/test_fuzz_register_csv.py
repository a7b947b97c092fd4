"""Fuzzing the register CSV import (issue 8 point 5, hostile input; CONTRACT: Register CSV).

Whatever the file holds, `plan_import`/`import_csv` either accept it (and then every entry is
sane and audited) or refuse it with a ValidationError whose every problem names the file or
`row N[, column C]`, and the database is then exactly as it was (every row of every table and
the number of audit entries). Files are realistic registers (catalogue codes and labels,
Vietnamese text, `;` lists, yes/no) and mutations of them: wrong encodings, BOMs, NUL bytes,
huge cells, missing/extra/duplicate columns, unbalanced quotes, CR/LF mixes, long lines,
random bytes.
"""

from __future__ import annotations

import csv
import io
import random
import re

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from dpo_desk.core import audit, demo, register, register_csv, vocab
from dpo_desk.core.catalogue import Lookup, fold, shipped
from dpo_desk.core.errors import DeskError, ValidationError
from tests.fuzz_profiles import Scratch, fuzz, make_template

ITEMS = shipped()
VI = ("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
ROW_FIELD = re.compile(r"row \d+(, column .*)?", re.DOTALL)

# Vietnamese as a register holds it (cheap to draw: most examples come from these), and now
# and then words of random letters.
PHRASES = sorted({i.vi for i in ITEMS} | {e["name"] for e in demo.REGISTER} | {
    p for e in demo.REGISTER for p in e.get("purpose", [])} | {
    "Giao hàng", "Chăm sóc khách hàng", "Trả lương", "Máy chủ tại Hà Nội", "5 năm",
    "Mã hóa TLS", "Phòng Nhân sự", "Đà Nẵng", "Bảo hiểm xã hội", "Tiếp thị"})
word = st.text(alphabet=VI + VI.upper() + "0123456789", min_size=1, max_size=8)
vi_text = st.one_of(
    st.sampled_from(PHRASES),
    st.tuples(st.sampled_from(PHRASES), st.integers(1, 9999)).map(lambda t: f"{t[0]} {t[1]}"),
    st.tuples(st.sampled_from(PHRASES), st.integers(1, 9999)).map(lambda t: f"{t[1]}. {t[0]}"),
    st.lists(word, min_size=1, max_size=3).map(" ".join))
# Text as people type it into a spreadsheet: commas, quotes, line breaks, tabs, emoji.
odd_text = st.one_of(vi_text, st.text(max_size=15),
                     st.sampled_from(['a, b', 'say "hi"', "dòng 1\ndòng 2", "x\r\ny", "\t",
                                      "😀", "=cmd|' /C calc'!A0", "\u202eRTL", " ", ";;", ";",
                                      "(processor)", "NaN", "null", "0"]))
item_name = st.one_of(
    st.sampled_from(ITEMS).flatmap(lambda i: st.sampled_from(
        [i.code, i.vi, i.en, i.code.lower(), i.vi.upper(), f"  {i.en}  "])),
    vi_text, st.sampled_from(["CUSTOM_X", "custom_", "B99", "S_Z"]))
subject = st.one_of(st.sampled_from([x for code, labels in vocab.SUBJECTS.items()
                                     for x in (code, *labels)]), vi_text)
legal_basis = st.one_of(st.sampled_from([x for code, labels in vocab.LEGAL_BASES.items()
                                         for x in (code, *labels)]), odd_text)
role = st.sampled_from([x for code, labels in vocab.RECIPIENT_ROLES.items()
                        for x in (code, *labels)] + ["", "unknown role"])
recipient = st.one_of(st.tuples(vi_text, role).map(
    lambda t: f"{t[0]} ({t[1]})" if t[1] else t[0]), odd_text)
country = st.sampled_from(["Singapore", "Hoa Kỳ", "Nhật Bản", "Hàn Quốc", "EU", "VN"])
yes_no = st.sampled_from(["yes", "no", "", "có", "không", "Yes", "NO", "1", "0", "true",
                          "maybe", "y", " n ", "có thể"])
category_type = st.sampled_from(["basic", "sensitive", "", "Basic", " SENSITIVE", "nhạy cảm",
                                 "cơ bản", "x"])


def cell_list(element, *, min_size=0, max_size=4):
    return st.tuples(st.lists(element, min_size=min_size, max_size=max_size),
                     st.sampled_from([";", "; ", " ;", ";;"])).map(lambda t: t[1].join(t[0]))


def _row_pool(size: int = 400, seed: int = 8) -> list[dict]:
    """Realistic rows made once (drawing every cell of every row through Hypothesis would
    make each example slow): catalogue items by code, Vietnamese or English label, the
    subjects, bases and roles of the pick lists, `;` lists, yes/no with countries."""
    rng = random.Random(seed)
    subjects = [x for code, labels in vocab.SUBJECTS.items() for x in (code, *labels)]
    bases = [x for code, labels in vocab.LEGAL_BASES.items() for x in (code, *labels)]
    roles = [x for code, labels in vocab.RECIPIENT_ROLES.items() for x in (code, *labels)]
    countries = ["Singapore", "Hoa Kỳ", "Nhật Bản", "Hàn Quốc", "EU"]
    pool = []
    for n in range(size):
        items = rng.sample(ITEMS, rng.randint(1, 4))
        sensitive = any(i.sensitive for i in items)
        abroad = rng.choice(["yes", "no", "", "có", "No", "không"])
        pool.append({
            "name": f"{rng.choice(PHRASES)} {n}",
            "subjects": "; ".join(rng.sample(subjects, rng.randint(1, 2))),
            "category_type": rng.choice(["sensitive", ""] if sensitive else
                                        ["basic", "", "sensitive"]),
            "items": rng.choice([";", "; "]).join(
                rng.choice([i.code, i.vi, i.en]) for i in items),
            "purpose": "; ".join(rng.sample(PHRASES, rng.randint(1, 2))),
            "legal_basis": rng.choice(bases),
            "source": rng.choice(["Website", "Trực tiếp", ""]),
            "storage_location": rng.choice(PHRASES),
            "recipients": "; ".join(f"{rng.choice(PHRASES)} ({rng.choice(roles)})"
                                    for _ in range(rng.randint(0, 2))),
            "cross_border": abroad,
            "cross_border_countries": "; ".join(rng.sample(countries, rng.randint(1, 2)))
            if abroad in ("yes", "có") else "",
            "retention": rng.choice(["5 năm", "10 năm", "", "Đến khi rút đồng ý"]),
            "security_measures": "; ".join(rng.sample(["Mã hóa TLS", "Phân quyền",
                                                       "Sao lưu"], rng.randint(0, 2))),
            "notes": rng.choice(["", "ghi chú", "dòng 1\ndòng 2", 'có "ngoặc"']),
        })
    return pool


ROW_POOL = _row_pool()
CELL = {
    "name": odd_text, "subjects": cell_list(subject, min_size=1), "category_type": category_type,
    "items": cell_list(item_name, min_size=1), "purpose": cell_list(odd_text, max_size=3),
    "legal_basis": legal_basis, "source": odd_text, "storage_location": odd_text,
    "recipients": cell_list(recipient, max_size=3), "cross_border": yes_no,
    "cross_border_countries": cell_list(country), "retention": odd_text,
    "security_measures": cell_list(odd_text), "notes": odd_text,
}


@st.composite
def rows(draw, *, valid_bias=True):
    """One row: a realistic one with a few cells drawn afresh (any catalogue item, any text,
    a wrong yes/no ...); more of them, and emptied ones, when not `valid_bias`."""
    row = dict(draw(st.sampled_from(ROW_POOL)))
    if draw(st.booleans()):
        row["name"] = draw(vi_text)
    for column in draw(st.lists(st.sampled_from(register_csv.COLUMNS),
                                max_size=1 if valid_bias else 4)):
        if valid_bias and column in ("cross_border", "cross_border_countries"):
            continue
        row[column] = draw(st.one_of(CELL[column], st.just("")) if not valid_bias else
                           CELL[column])
    return row


@st.composite
def csv_text(draw, *, valid_bias=True) -> str:
    """A register CSV as text: the header (maybe reordered, shortened, with unknown or doubled
    columns) and rows (maybe with cells missing or too many)."""
    columns = list(register_csv.COLUMNS)
    if draw(st.booleans()):
        columns = draw(st.permutations(columns))
    if not valid_bias:
        optional = [c for c in columns if c not in register_csv.REQUIRED_COLUMNS]
        for column in draw(st.lists(st.sampled_from(columns), max_size=2)):
            if column in columns and (column in optional or draw(st.booleans())):
                columns.remove(column)  # a missing column
        columns += draw(st.lists(st.sampled_from(["owner_department", "extra", "Name", "",
                                                  "items", " notes ", "ghi chú"]),
                                 max_size=2))
    header = [draw(st.sampled_from([c, c.upper(), f" {c} "])) if draw(st.booleans()) else c
              for c in columns]
    body = draw(st.lists(rows(valid_bias=valid_bias), min_size=0 if not valid_bias else 1,
                         max_size=5))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=draw(st.sampled_from(["\r\n", "\n"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])))
    writer.writerow(header)
    for row in body:
        cells = [row.get(c.strip().lower(), "") for c in columns]
        if not valid_bias and draw(st.integers(0, 5)) == 0:
            cells = cells[:draw(st.integers(0, len(cells)))] + \
                draw(st.lists(odd_text, max_size=2))
        writer.writerow(cells)
        if draw(st.integers(0, 7)) == 0:
            writer.writerow([])  # a blank line, as spreadsheets leave them
    return buffer.getvalue()


def _encode(draw, text: str) -> bytes:
    encoding = draw(st.sampled_from(["utf-8", "utf-8", "utf-8", "utf-8-sig", "cp1258",
                                     "utf-16", "utf-16-le", "latin-1"]))
    return text.encode(encoding, errors="replace")


MUTATIONS = ("nul", "bytes", "truncate", "bom", "huge_cell", "long_cell", "long_line",
             "quote", "crlf", "duplicate_line", "cp1258_line", "surrogate_bytes")


def _mutate(draw, data: bytes) -> bytes:
    kind = draw(st.sampled_from(MUTATIONS))
    event(f"mutation: {kind}")
    at = draw(st.integers(0, len(data)))
    if kind == "nul":
        return data[:at] + b"\x00" + data[at:]
    if kind == "bytes":
        return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    if kind == "truncate":
        return data[:at]
    if kind == "bom":
        return draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
                                     b"\xef\xbb\xbf\xef\xbb\xbf"])) + data
    if kind == "huge_cell":  # beyond the csv module's field limit (131,072)
        return data[:at] + b'"' + b"x" * 140_000 + b'",' + data[at:]
    if kind == "long_cell":  # longer than a text field may be (2,000)
        return data.replace(b"\n", b"\n" + "Khách".encode() * 500 + b",", 1)
    if kind == "long_line":
        return data + b"\n" + b",".join([b"x"] * draw(st.integers(15, 5000))) + b"\n"
    if kind == "quote":
        return data[:at] + b'"' + data[at:]
    if kind == "crlf":
        return data.replace(b"\n", draw(st.sampled_from([b"\r", b"\r\r\n", b"\n\n", b"\r\n"])))
    if kind == "duplicate_line":
        lines = data.split(b"\n")
        pick = draw(st.integers(0, len(lines) - 1))
        return b"\n".join(lines[:pick + 1] + [lines[pick]] + lines[pick + 1:])
    if kind == "cp1258_line":
        return data + "\nTên,Khách hàng,,EMAIL,Giao hàng,consent\n".encode("cp1258", "replace")
    return data[:at] + b"\xed\xa0\x80" + data[at:]  # an encoded lone surrogate: not UTF-8


@st.composite
def hostile_csv(draw) -> bytes:
    data = _encode(draw, draw(csv_text(valid_bias=draw(st.booleans()))))
    for _ in range(draw(st.integers(0, 3))):
        data = _mutate(draw, data)
    return data


# -- the property ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz-csv")
    db = Scratch(make_template(folder / "template.sqlite3"), folder)
    yield db
    db.close()


def check_import(scratch: Scratch, data: bytes, note=event) -> str:
    """Import `data`; either accepted and sane, or refused with named problems and nothing
    written. Returns "accepted" or "refused"."""
    path = scratch.path.with_name("register.csv")
    path.write_bytes(data)
    desk = scratch.desk
    before = scratch.digest()
    try:
        ids = register_csv.import_csv(desk, path)
    except DeskError as error:
        assert isinstance(error, ValidationError), repr(error)
        assert error.errors
        for problem in error.errors:
            assert problem.field == str(path) or ROW_FIELD.fullmatch(problem.field), problem
            assert problem.message.strip(), problem
        assert scratch.digest() == before, "a refused file changed the database"
        note("refused")
        return "refused"
    _check_accepted(scratch, data, ids, before)
    note("accepted")
    scratch.reset()
    return "accepted"


def _check_accepted(scratch: Scratch, data: bytes, ids: list[int], before) -> None:
    desk = scratch.desk
    text = data.decode("utf-8-sig")
    body = list(csv.reader(io.StringIO(text, newline="")))[1:]
    assert len(ids) == sum(1 for cells in body if any(c.strip() for c in cells))
    lookup = Lookup(desk)
    names = [fold(e["name"]) for e in register.list_entries(desk)]
    assert len(names) == len(set(names)), "two entries with the same name"
    for entry_id in ids:
        entry = register.get(desk, entry_id)
        assert entry["name"] and entry["name"] == entry["name"].strip()
        assert len(entry["name"]) <= register.MAX_TEXT
        assert entry["category_type"] in register.CATEGORY_TYPES
        sensitive = [c for c in entry["items"] if lookup.get(c).sensitive]
        assert entry["category_type"] == ("sensitive" if sensitive else entry["category_type"])
        assert all(c in lookup.by_code for c in entry["items"]) and entry["items"]
        assert entry["subjects"] and entry["purpose"] and entry["legal_basis"]
        assert entry["cross_border"] == bool(entry["cross_border_countries"])
        for name in register.LIST_FIELDS:
            for value in entry[name]:
                text_value = value["name"] if name == "recipients" else value
                assert isinstance(text_value, str) and text_value.strip()
                assert len(text_value) <= register.MAX_TEXT
    new_items = desk.scalar("SELECT count(*) FROM custom_items") - \
        scratch_count(scratch, "custom_items")
    assert scratch.digest()[1] == before[1] + len(ids) + new_items
    assert audit.verify(desk) == []


def scratch_count(scratch: Scratch, table: str) -> int:
    """Rows of `table` in the template (before the import)."""
    import sqlite3

    with sqlite3.connect(scratch.template) as conn:
        return conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


@fuzz()
@given(data=csv_text(valid_bias=True).map(lambda t: t.encode("utf-8")))
def test_fuzz_realistic_registers_are_imported_or_refused_by_row(scratch, data):
    check_import(scratch, data)


@fuzz()
@given(data=hostile_csv())
def test_fuzz_mutated_registers_never_crash_or_write_half(scratch, data):
    check_import(scratch, data)


@fuzz()
@given(data=st.one_of(st.binary(max_size=2000),
                      st.binary(max_size=200).map(lambda b: b"\xef\xbb\xbf" + b),
                      st.text(max_size=300).map(lambda t: t.encode("utf-16")),
                      st.text(max_size=300).map(lambda t: t.encode("utf-8"))))
def test_fuzz_random_bytes_are_refused_naming_the_file(scratch, data):
    check_import(scratch, data)


def test_fuzz_a_clean_register_with_every_catalogue_item_is_accepted(scratch):
    """The strategies above can produce files that must pass: one, as a sanity check."""
    header = ",".join(register_csv.COLUMNS)
    rows = [f"Mục {n},customers,{'sensitive' if i.sensitive else 'basic'},{i.code},"
            f"Mục đích {n},consent,,,,no,,,," for n, i in enumerate(ITEMS)]
    data = "\n".join([header, *rows]).encode()
    assert check_import(scratch, data, note=lambda _: None) == "accepted"
