"""The register of personal data categories (DOMAIN D2, D5; CONTRACT: Register CSV).

An entry says what data of whom the company holds, why, on which legal basis, where, who
receives it, whether it goes abroad and how long it is kept. Entries are dicts with the
CONTRACT's field names; list-valued fields are Python lists (JSON arrays in the database).
Every write goes through `Desk.write` and so through the audit trail.
"""

from __future__ import annotations

import functools
import json
import re
from typing import TYPE_CHECKING

from dpo_desk.core import clock, limits, vocab
from dpo_desk.core.catalogue import Item, Lookup, custom_code, fold
from dpo_desk.core.errors import DeskError, FieldError, NotFound, ValidationError
from dpo_desk.core.eventlog import Event
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.text import storable

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = "register_entries"
LIST_FIELDS = ("subjects", "items", "purpose", "recipients", "cross_border_countries",
               "security_measures")
TEXT_FIELDS = ("name", "category_type", "legal_basis", "source", "storage_location",
               "retention", "owner_department", "notes")
FIELDS = ("name", "subjects", "category_type", "items", "purpose", "legal_basis", "source",
          "storage_location", "recipients", "cross_border", "cross_border_countries",
          "retention", "security_measures", "owner_department", "notes")
REQUIRED = ("name", "subjects", "items", "purpose", "legal_basis")
CATEGORY_TYPES = ("basic", "sensitive")
MAX_TEXT = limits.ENTRY_TEXT
SORTABLE = ("name", "category_type", "legal_basis", "storage_location", "retention",
            "cross_border", "owner_department", "updated_at", "created_at", "id")


def _error(field: str, template: str, **params) -> FieldError:
    return FieldError(field, template, params)


# -- validation ---------------------------------------------------------------------------

def clean(desk: Desk, values: dict, *, entry_id: int | None = None,
          lookup: Lookup | None = None, taken_names: set[str] | None = None) -> dict:
    """Check an entry and return it ready to store; raise ValidationError naming each field."""
    lookup = lookup or Lookup(desk)
    errors: list[FieldError] = []
    unknown = sorted(set(values) - set(FIELDS))
    errors += [_error(name, QT_TRANSLATE_NOOP("core", "Unknown field")) for name in unknown]
    out: dict = {}
    for name in TEXT_FIELDS:
        value = values.get(name, "")
        if value is None:
            value = ""
        if not isinstance(value, str) or not storable(value):
            errors.append(_error(name, QT_TRANSLATE_NOOP("core", "Must be text")))
            continue
        value = value.strip()
        if name in limits.NAMES and (error := limits.text_error(name, value)):
            errors.append(error)  # a name: shorter, on one line, no control character
        elif len(value) > MAX_TEXT:
            errors.append(_error(name, QT_TRANSLATE_NOOP(
                "core", "Too long (at most {limit} characters)"), limit=MAX_TEXT))
        out[name] = value
    for name in LIST_FIELDS:
        value = values.get(name) or []
        if isinstance(value, str):  # a CSV cell: the same cells recur row after row
            value, found = _list_cell(name, value)
            value = [dict(v) if isinstance(v, dict) else v for v in value]  # not shared
        else:
            value, found = _list_value(name, value)
        errors += found
        out[name] = value
    if out.get("legal_basis"):
        out["legal_basis"] = vocab.to_code(vocab.LEGAL_BASES, out["legal_basis"])
    out["cross_border"], border_error = _yes_no(values.get("cross_border", False))
    if border_error:
        errors.append(border_error)
    errors += _check_items(out, lookup)
    for name in REQUIRED:
        if not out.get(name) and not any(e.field == name for e in errors):
            errors.append(_error(name, QT_TRANSLATE_NOOP("core", "Required")))
    if out["cross_border"] and not out["cross_border_countries"]:
        errors.append(_error("cross_border_countries", QT_TRANSLATE_NOOP(
            "core", "Name the countries the data goes to")))
    if not out["cross_border"] and out["cross_border_countries"]:
        errors.append(_error("cross_border_countries", QT_TRANSLATE_NOOP(
            "core", "Countries are given but the transfer abroad is set to no")))
    if out.get("name") and _name_taken(desk, out["name"], entry_id, taken_names):
        errors.append(_error("name", QT_TRANSLATE_NOOP(
            "core", "An entry named \u201c{name}\u201d is already in the register"),
            name=out["name"]))
    if errors:
        order = {name: n for n, name in enumerate(FIELDS)}
        raise ValidationError(sorted(errors, key=lambda e: order.get(e.field, len(order))))
    return out


@functools.lru_cache(maxsize=8192)
def _list_cell(name: str, text: str) -> tuple[tuple, tuple[FieldError, ...]]:
    """A list field given as one cell of text ('a; b; c'), normalised. Cached: an import
    of thousands of rows repeats the same few subjects, purposes and recipients."""
    value, errors = _list_value(name, split_list(text))
    return tuple(value), tuple(errors)


def _list_value(name: str, value) -> tuple[list, list[FieldError]]:
    """A list field checked and normalised: codes for subjects, recipients parsed, repeats
    and blanks dropped (items are checked against the catalogue later)."""
    if not isinstance(value, list):
        return [], [_error(name, QT_TRANSLATE_NOOP("core", "Must be a list"))]
    if name != "recipients" and not all(
            isinstance(v, str) and storable(v) for v in value):  # not [1], [{}], [[]]
        return [], [_error(name, QT_TRANSLATE_NOOP("core", "Must be a list of names"))]
    if any(isinstance(v, str) and len(v) > MAX_TEXT for v in value):
        return [], [_error(name, QT_TRANSLATE_NOOP(
            "core", "Too long (at most {limit} characters)"), limit=MAX_TEXT)]
    if name == "subjects":
        return _unique(vocab.to_code(vocab.SUBJECTS, s) for s in _texts(value)), []
    if name == "recipients":
        return _recipients(value)
    if name == "items":
        return value, []
    return _unique(_texts(value)), []


def _texts(values: list) -> list[str]:
    """The non-empty values of a list, as trimmed text."""
    return [text for text in (str(v).strip() for v in values) if text]


def _unique(values) -> list:
    """The values without repeats (compared folded), first spelling kept, in order."""
    out: dict = {}
    for value in values:
        out.setdefault(fold(value) if isinstance(value, str) else value, value)
    return list(out.values())


def split_list(text: str) -> list[str]:
    """A list cell: values separated by ';' (CONTRACT: Register CSV)."""
    return [part.strip() for part in text.split(";") if part.strip()]


def _yes_no(value) -> tuple[bool, FieldError | None]:
    if isinstance(value, bool):
        return value, None
    if isinstance(value, int) and value in (0, 1):
        return bool(value), None
    text = fold(str(value or ""))
    if text in ("yes", "y", "true", "1", "có"):
        return True, None
    if text in ("", "no", "n", "false", "0", "không"):
        return False, None
    return False, _error("cross_border", QT_TRANSLATE_NOOP("core", "Must be yes or no"))


RECIPIENT_TEXT = re.compile(r"^(?P<name>.*?)\s*\((?P<role>[^()]*)\)\s*$")


def parse_recipient(text: str) -> dict:
    """'Giao Hàng Nhanh (processor)' -> {"name": "Giao Hàng Nhanh", "role": "processor"}."""
    match = RECIPIENT_TEXT.match(text.strip())
    if match and match["name"]:
        return {"name": match["name"].strip(),
                "role": vocab.to_code(vocab.RECIPIENT_ROLES, match["role"])}
    return {"name": text.strip(), "role": ""}


def _recipients(raw: list) -> tuple[list[dict], list[FieldError]]:
    out, errors = [], []
    for value in raw:
        recipient = parse_recipient(value) if isinstance(value, str) else value
        if not isinstance(recipient, dict) or not isinstance(recipient.get("name"), str) or \
                not isinstance(recipient.get("role") or "", str) or \
                not recipient["name"].strip() or not storable(recipient["name"]) or \
                not storable(recipient.get("role") or "") or \
                len(recipient["name"]) > MAX_TEXT:
            errors.append(_error("recipients", QT_TRANSLATE_NOOP(
                "core", "Each recipient needs a name")))
            continue
        role = str(recipient.get("role") or "").strip()
        out.append({"name": str(recipient["name"]).strip(),
                    "role": vocab.to_code(vocab.RECIPIENT_ROLES, role) if role else ""})
    return out, errors


def _check_items(out: dict, lookup: Lookup) -> list[FieldError]:
    errors, codes = [], []
    for code in out["items"]:
        if code not in lookup.by_code:
            errors.append(_error("items", QT_TRANSLATE_NOOP(
                "core", "Unknown data item {item}"), item=code))
        else:
            codes.append(code)
    out["items"] = _unique(codes)
    sensitive = [lookup.get(c) for c in out["items"] if lookup.get(c).sensitive]
    declared = out.get("category_type") or ""
    if declared and declared not in CATEGORY_TYPES:
        errors.append(_error("category_type", QT_TRANSLATE_NOOP(
            "core", "Must be basic or sensitive")))
    elif declared == "basic" and sensitive:
        errors.append(_error("category_type", QT_TRANSLATE_NOOP(
            "core", "Marked basic but holds sensitive data: {items}"),
            items=", ".join(i.vi for i in sensitive)))
    else:
        # DOMAIN D2: an entry is sensitive as soon as one of its items is.
        out["category_type"] = "sensitive" if sensitive else (declared or "basic")
    return errors


def _name_taken(desk: Desk, name: str, entry_id: int | None, taken: set[str] | None) -> bool:
    """Names compare after NFC and case folding ("KHÁCH HÀNG" == "Khách hàng"), which SQLite's
    NOCASE cannot do beyond ASCII. An import passes the folded names it already holds."""
    if taken is not None:
        return fold(name) in taken
    wanted = fold(name)
    return any(fold(other) == wanted and other_id != entry_id
               for other, other_id in desk.conn.execute(f"SELECT name, id FROM {TABLE}"))


def folded_names(desk: Desk) -> set[str]:
    return {fold(row[0]) for row in desk.conn.execute(f"SELECT name FROM {TABLE}")}


# -- storing ------------------------------------------------------------------------------

_JSON = json.JSONEncoder(ensure_ascii=False)


_ENCODED: dict[tuple, str] = {}  # list value -> its JSON: an import repeats the same lists


def _encoded(values: list) -> str:
    """`values` as JSON; cached for what clean entries hold (text, recipients as dicts of
    text). Anything else (a hand-edited file) is encoded each time: 1 == True as a key."""
    key = tuple(value if type(value) is str else tuple(value.items())
                if type(value) is dict and all(type(v) is str for v in value.values())
                else None for value in values)
    if None in key:
        return _JSON.encode(values)
    found = _ENCODED.get(key)
    if found is None:
        if len(_ENCODED) > 20_000:
            _ENCODED.clear()
        found = _ENCODED[key] = _JSON.encode(values)
    return found


def _to_row(entry: dict) -> dict:
    row = {name: entry[name] for name in FIELDS}
    for name in LIST_FIELDS:
        row[name] = _encoded(entry[name])
    row["cross_border"] = int(entry["cross_border"])
    return row


def _from_row(row: dict) -> dict:
    entry = dict(row)
    for name in LIST_FIELDS:
        entry[name] = json.loads(row[name] or "[]")
    entry["cross_border"] = bool(row["cross_border"])
    return entry


def create(desk: Desk, values: dict, *, note: str | Event | None = None) -> int:
    entry = clean(desk, values)
    now = clock.iso_now()
    return desk.insert(TABLE, {**_to_row(entry), "created_at": now, "updated_at": now},
                       note=note)


def update(desk: Desk, entry_id: int, values: dict, *, expected: dict | None = None) -> None:
    """Change the fields given. `expected`: the stored row as the editor loaded it
    (`desk.get(TABLE, entry_id)`); if another window changed the entry since, the change is
    refused with `ConflictError`. Read and write are one transaction, so a change made
    elsewhere to other fields is never overwritten with their old values."""
    with desk.transaction():
        if expected is not None:
            desk.expect(TABLE, entry_id, expected)
        current = get(desk, entry_id)
        merged = {name: current[name] for name in FIELDS} | values
        entry = clean(desk, merged, entry_id=entry_id)
        row = _to_row(entry)
        if all(row[k] == _to_row(current)[k] for k in row):
            return
        desk.update(TABLE, entry_id, {**row, "updated_at": clock.iso_now()})


def get(desk: Desk, entry_id: int) -> dict:
    row = desk.get(TABLE, entry_id)
    if row is None:
        raise NotFound(f"register entry {entry_id} does not exist")
    return _from_row(row)


def duplicate(desk: Desk, entry_id: int, *, copy_word: str = "bản sao") -> int:
    """A copy named "<name> (bản sao)", "<name> (bản sao 2)" ... for a quick similar entry."""
    source = get(desk, entry_id)
    name, n = f"{source['name']} ({copy_word})", 2
    while _name_taken(desk, name, None, None):
        name, n = f"{source['name']} ({copy_word} {n})", n + 1
    values = {k: source[k] for k in FIELDS} | {"name": name}
    return create(desk, values, note=Event("duplicate", {"entry": entry_id}))


def references(desk: Desk, entry_id: int) -> list[str]:
    """Records that point at this entry (complaints, incidents ...), named "<table> <id>".

    Found through the foreign keys of the schema, so later tables are covered too.
    """
    found = []
    for table in desk.table_names():
        for fk in desk.conn.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            if fk[2] == TABLE:
                column = fk[3]
                pk = desk.primary_key(table)
                found += [f"{table} {r[0]}" for r in desk.conn.execute(
                    f"SELECT [{pk}] FROM [{table}] WHERE [{column}] = ?", (entry_id,))]
    return found


def delete(desk: Desk, entry_id: int) -> None:
    with desk.transaction():  # no reference can be added between the check and the delete
        get(desk, entry_id)
        used = references(desk, entry_id)
        if used:
            raise DeskError(f"register entry {entry_id} cannot be deleted: it is referred to "
                            "by " + ", ".join(used))
        desk.delete(TABLE, entry_id)


def add_custom_item(desk: Desk, label: str, category_type: str) -> Item:
    """The company's own data item, mapped to basic or sensitive."""
    label = label.strip()
    errors = []
    if not label:
        errors.append(_error("label", QT_TRANSLATE_NOOP("core", "Required")))
    if category_type not in CATEGORY_TYPES:
        errors.append(_error("category_type", QT_TRANSLATE_NOOP(
            "core", "Must be basic or sensitive")))
    lookup = Lookup(desk)
    if label and lookup.find(label):
        errors.append(_error("label", QT_TRANSLATE_NOOP(
            "core", "The catalogue already has \u201c{label}\u201d"), label=label))
    if errors:
        raise ValidationError(errors)
    code = custom_code(label, set(lookup.by_code))
    desk.insert("custom_items", {"code": code, "label": label, "category_type": category_type,
                                 "created_at": clock.iso_now()})
    return Item(code=code, category_type=category_type, vi=label, en=label)


# -- listing ------------------------------------------------------------------------------

def list_entries(desk: Desk, *, text: str = "", subject: str = "", sensitive: bool | None = None,
                 cross_border: bool | None = None, recipient: str = "",
                 order_by: str = "name", descending: bool = False) -> list[dict]:
    """Entries matching every given filter, sorted in SQL."""
    clauses, params = [], []
    if text:
        like = f"%{fold(text)}%"  # fold(): Vietnamese case folding; the register is small
        columns = ("name", "subjects", "purpose", "legal_basis", "source", "storage_location",
                   "recipients", "cross_border_countries", "retention", "security_measures",
                   "owner_department", "notes", "items")
        parts = [f"fold({c}) LIKE ?" for c in columns]
        params += [like] * len(columns)
        for code in _codes_matching(desk, text):
            parts.append("items LIKE ?")
            params.append(f'%"{code}"%')
        for code in _vocab_codes_matching(vocab.SUBJECTS, text):
            parts.append("subjects LIKE ?")
            params.append(f'%"{code}"%')
        clauses.append("(" + " OR ".join(parts) + ")")
    if subject:
        clauses.append("subjects LIKE ?")
        params.append(f'%{json.dumps(vocab.to_code(vocab.SUBJECTS, subject), ensure_ascii=False)}%')
    if sensitive is not None:
        clauses.append("category_type = ?")
        params.append("sensitive" if sensitive else "basic")
    if cross_border is not None:
        clauses.append("cross_border = ?")
        params.append(int(cross_border))
    if recipient:
        clauses.append("fold(recipients) LIKE ?")
        params.append(f"%{fold(recipient)}%")
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    column = order_by if order_by in SORTABLE else "name"
    direction = "DESC" if descending else "ASC"
    rows = desk.rows(f"SELECT * FROM {TABLE}{where} ORDER BY {column} COLLATE VI {direction},"
                     f" id {direction}", params)
    return [_from_row(r) for r in rows]


def _codes_matching(desk: Desk, text: str) -> list[str]:
    wanted = fold(text)
    lookup = Lookup(desk)
    return sorted({i.code for i in lookup.by_code.values()
                   if wanted in fold(i.vi) or wanted in fold(i.en)})


def _vocab_codes_matching(vocabulary: dict, text: str) -> list[str]:
    wanted = fold(text)
    return [code for code, (vi, en) in vocabulary.items() if wanted in fold(vi) or
            wanted in fold(en)]


def count(desk: Desk) -> int:
    return desk.scalar(f"SELECT count(*) FROM {TABLE}")


def subjects_in_use(desk: Desk) -> list[str]:
    found: list[str] = []
    for row in desk.conn.execute(f"SELECT subjects FROM {TABLE}"):
        found += json.loads(row[0])
    return _unique(sorted(found, key=fold))


def sensitive_items(desk: Desk, entry: dict, lookup: Lookup | None = None) -> list[Item]:
    lookup = lookup or Lookup(desk)
    return [lookup.get(c) for c in entry["items"] if lookup.get(c).sensitive]
