"""Register CSV import and CSV/JSON export (CONTRACT: Register CSV).

Import is all or nothing: the whole file is checked first and every bad row is reported as
`row N, column C: problem` (the header is row 1, as a spreadsheet shows it); only a clean
file is written, in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk.core import clock, csvcells, files, register, settings, vocab
from dpo_desk.core.catalogue import Item, Lookup, custom_code, fold
from dpo_desk.core.errors import DeskError, FieldError, ValidationError
from dpo_desk.core.eventlog import Event
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

COLUMNS = ("name", "subjects", "category_type", "items", "purpose", "legal_basis", "source",
           "storage_location", "recipients", "cross_border", "cross_border_countries",
           "retention", "security_measures", "notes")
REQUIRED_COLUMNS = ("name", "subjects", "items", "purpose", "legal_basis")
LIST_COLUMNS = ("subjects", "items", "purpose", "recipients", "cross_border_countries",
                "security_measures")
MAX_BYTES = 50 * 1024 * 1024


class ImportCancelled(DeskError):
    """The DPO cancelled a running import; nothing was written."""


@dataclass
class ImportPlan:
    """What a checked file will add: entries (clean, in file order) and new custom items."""

    entries: list[dict] = field(default_factory=list)
    new_items: list[Item] = field(default_factory=list)


def _cell_error(row: int, column: str, template: str, **params) -> FieldError:
    return FieldError(f"row {row}, column {column}", template, params)


def read_rows(path: Path | str) -> list[list[str]]:
    """The CSV's rows; UTF-8 with or without BOM. The `'` an export put before a cell a
    spreadsheet would run as a formula is taken off again (core/csvcells.py)."""
    path = Path(path)
    try:
        text = files.read_limited(path, MAX_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError.single(str(path), QT_TRANSLATE_NOOP(
            "core", "is not UTF-8 text (save it from Excel as \u201cCSV UTF-8\u201d)")) from exc
    try:
        return [[csvcells.unguard(cell) for cell in row]
                for row in csv.reader(io.StringIO(text, newline=""))]
    except csv.Error as exc:
        raise ValidationError.single(str(path), QT_TRANSLATE_NOOP(
            "core", "is not a valid CSV file ({reason})"), reason=str(exc)) from exc


def _header(rows: list[list[str]], path: Path | str) -> list[str]:
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise ValidationError.single(str(path), QT_TRANSLATE_NOOP(
            "core", "is empty: the first row must name the columns"))
    header = [cell.strip().lower() for cell in rows[0]]
    errors = []
    for index, name in enumerate(header):
        if name not in COLUMNS:
            errors.append(_cell_error(1, name or f"#{index + 1}", QT_TRANSLATE_NOOP(
                "core", "unknown column (expected: {expected})"), expected=", ".join(COLUMNS)))
        elif header.index(name) != index:
            errors.append(_cell_error(1, name, QT_TRANSLATE_NOOP("core", "column given twice")))
    for name in REQUIRED_COLUMNS:
        if name not in header:
            errors.append(_cell_error(1, name, QT_TRANSLATE_NOOP("core", "missing column")))
    if errors:
        raise ValidationError(errors)
    return header


def plan_import(desk: Desk, path: Path | str) -> ImportPlan:
    """Check the whole file; raise one ValidationError naming every bad row and column."""
    rows = read_rows(path)
    header = _header(rows, path)
    lookup = Lookup(desk)
    plan, errors = ImportPlan(), []
    new_by_name: dict[str, Item] = {}
    names = register.folded_names(desk)
    for number, cells in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank lines, as spreadsheets leave them
        if len(cells) > len(header):
            errors.append(FieldError(f"row {number}", QT_TRANSLATE_NOOP(
                "core", "more cells ({cells}) than columns ({columns})"),
                {"cells": len(cells), "columns": len(header)}))
            continue
        values = dict(zip(header, cells, strict=False))
        values["items"] = _resolve_items(values, lookup, new_by_name)
        try:
            entry = register.clean(desk, values, lookup=lookup, taken_names=names)
        except ValidationError as error:
            errors += [_cell_error(number, e.field, e.template, **e.params) for e in error.errors]
            continue
        names.add(fold(entry["name"]))
        plan.entries.append(entry)
    if errors:
        raise ValidationError(errors)
    plan.new_items = list(new_by_name.values())
    return plan


def _resolve_items(values: dict, lookup: Lookup, new_by_name: dict[str, Item]) -> list[str]:
    """Item names become codes; a name neither the catalogue nor the company knows becomes a
    new custom item, basic or sensitive as the row says."""
    codes = []
    declared = (values.get("category_type") or "").strip().lower()
    for name in register.split_list(values.get("items", "")):
        item = lookup.find(name)
        if item is None:
            key = fold(name)
            item = new_by_name.get(key)
            if item is None:  # the first row that names it decides basic or sensitive
                kind = "sensitive" if declared == "sensitive" else "basic"
                code = custom_code(name, set(lookup.by_code))
                item = Item(code=code, category_type=kind, vi=name, en=name)
                new_by_name[key] = item
                lookup.by_code[code] = item
        codes.append(item.code)
    return codes


def apply_import(desk: Desk, plan: ImportPlan,
                 progress: Callable[[int, int], bool | None] | None = None) -> list[int]:
    """Write a checked plan in one transaction. `progress(done, total)` may return False to
    cancel, which writes nothing."""
    ids: list[int] = []
    total = len(plan.entries)
    chunk = 500
    with desk.transaction():
        now = clock.iso_now()
        desk.insert_many("custom_items", [
            {"code": i.code, "label": i.vi, "category_type": i.category_type, "created_at": now}
            for i in plan.new_items], note=Event("csv_import"))
        for start in range(0, total, chunk):
            rows = [{**register._to_row(entry), "created_at": now, "updated_at": now}
                    for entry in plan.entries[start:start + chunk]]
            ids += desk.insert_many(register.TABLE, rows, note=Event("csv_import"))
            if progress and progress(len(ids), total) is False:
                raise ImportCancelled("import cancelled; nothing was written")
    return ids


def import_csv(desk: Desk, path: Path | str, progress=None) -> list[int]:
    return apply_import(desk, plan_import(desk, path), progress)


# -- export -------------------------------------------------------------------------------

def _language(desk: Desk, language: str | None) -> str:
    return language or settings.get(desk, "language")


def export_rows(desk: Desk, language: str | None = None) -> list[list[str]]:
    """The register as CSV rows (header first), labels in `language`."""
    language = _language(desk, language)
    lookup = Lookup(desk)
    out = [list(COLUMNS)]
    for entry in register.list_entries(desk):
        cells = {
            **{name: entry[name] for name in COLUMNS if name not in LIST_COLUMNS},
            "subjects": [vocab.label(vocab.SUBJECTS, s, language) for s in entry["subjects"]],
            "items": [lookup.get(c).label(language) for c in entry["items"]],
            "purpose": entry["purpose"],
            "recipients": [_recipient_text(r, language) for r in entry["recipients"]],
            "cross_border": "yes" if entry["cross_border"] else "no",
            "cross_border_countries": entry["cross_border_countries"],
            "security_measures": entry["security_measures"],
            "legal_basis": vocab.label(vocab.LEGAL_BASES, entry["legal_basis"], language),
        }
        out.append(["; ".join(cells[c]) if isinstance(cells[c], list) else str(cells[c])
                    for c in COLUMNS])
    return out


def _recipient_text(recipient: dict, language: str) -> str:
    role = vocab.label(vocab.RECIPIENT_ROLES, recipient["role"], language)
    return f"{recipient['name']} ({role})" if role else recipient["name"]


def export_csv(desk: Desk, out: Path | str | io.TextIOBase, *, bom: bool = False,
               language: str | None = None) -> None:
    """Excel-friendly CSV: UTF-8 (with a BOM if asked, which Excel needs to see UTF-8), no
    cell a spreadsheet would run as a formula (core/csvcells.py)."""
    text = csvcells.rows_text(export_rows(desk, language))
    if isinstance(out, io.TextIOBase):
        out.write(text)
        return
    files.atomic_write(out, text, encoding="utf-8-sig" if bom else "utf-8")


def export_json(desk: Desk) -> list[dict]:
    """Every entry with the CONTRACT field names (codes, not labels), its id and computed
    fields: the sensitive items and why they are sensitive."""
    lookup = Lookup(desk)
    out = []
    for entry in register.list_entries(desk, order_by="id"):
        sensitive = [lookup.get(c) for c in entry["items"] if lookup.get(c).sensitive]
        out.append({"id": entry["id"], **{k: entry[k] for k in register.FIELDS},
                    "sensitive_items": [{"code": i.code, "reason": i.reason("vi")}
                                        for i in sensitive],
                    "created_at": entry["created_at"], "updated_at": entry["updated_at"]})
    return out


def write_json(desk: Desk, out: Path | str | None) -> str:
    text = json.dumps(export_json(desk), ensure_ascii=False, indent=2)
    if out is not None:
        files.atomic_write(out, text + "\n")
    return text
