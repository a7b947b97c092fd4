"""CSV cells a spreadsheet will not run (CONTRACT: Protecting the file).

Excel and LibreOffice treat a cell that starts with `=`, `+`, `-` or `@` (and, after a tab or
carriage return, the same) as a formula: `=HYPERLINK("http://…?"&A1)` in a requester's name
would send the row away when the DPO opens an export. Every CSV the app writes (register,
complaints, incidents, a packet's timeline.csv) puts a `'` before such a cell; the register
import takes it off again, so an export read back is the same data.

To keep the round trip lossless, a text that already starts with apostrophes followed by one
of those characters gets one more, and the import removes exactly one.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

FORMULA_STARTS = "=+-@\t\r"
_GUARDED = re.compile(f"'*[{re.escape(FORMULA_STARTS)}]")


def guard(value):
    """`value` as a CSV cell: a text a spreadsheet would run gets a leading `'`. Other
    values (numbers, None) pass as they are."""
    if isinstance(value, str) and _GUARDED.match(value):
        return "'" + value
    return value


def unguard(cell: str) -> str:
    """The text `guard` was given: one leading `'` taken off, only where `guard` put one."""
    if cell.startswith("'") and _GUARDED.match(cell, 1):
        return cell[1:]
    return cell


def rows_text(rows: Iterable[Sequence]) -> str:
    """CSV text of `rows`, every cell guarded."""
    buffer = io.StringIO()
    csv.writer(buffer).writerows([guard(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def records_text(records: Iterable[dict], fields: Sequence[str]) -> str:
    """CSV text of `records` (a header of `fields`, then one row each), every cell guarded."""
    return rows_text([list(fields), *([record.get(f) for f in fields] for record in records)])
