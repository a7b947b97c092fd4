"""The register of outgoing documents: each letter or notice the company sends gets its number
once, from one yearly sequence, with the kind of document and the company's symbol
("05/2026/TB-BVDLCN"; Decree 30/2020/NĐ-CP, Art. 15: numbered in order within the year).

A number is given the first time the document is made for real (not as a draft) and kept:
making the same document again prints the same number.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dpo_desk.core import clock, settings
from dpo_desk.core.eventlog import Event

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk

TABLE = "documents"
# The abbreviation of each kind of document (Decree 30/2020, Appendix III: TB thông báo,
# BB biên bản); the reply to a requester is a letter (TL, thư trả lời).
KINDS = {"acknowledge": "TB", "reply": "TL", "authority": "TB", "minutes": "BB",
         "subjects": "TB", "extension": "TB", "identity": "TB"}
# A draft leaves the number blank, to be written by hand ("Số:        /2026/TB-...").
DRAFT_NUMBER = "\u00a0" * 8


def reference(number: int | str, year: int, kind: str, symbol: str) -> str:
    """"05/2026/TB-BVDLCN"."""
    number = f"{number:02d}" if isinstance(number, int) else number
    return f"{number}/{year}/{KINDS[kind]}-{symbol}"


def find(desk: Desk, kind: str, table: str, record_id: int) -> str | None:
    """The number already given to this document, if any."""
    return desk.scalar(f"SELECT reference FROM {TABLE} WHERE kind = ? AND record_table = ? "
                       "AND record_id = ?", (kind, table, record_id))


def find_id(desk: Desk, kind: str, table: str, record_id: int) -> int | None:
    """The row of the number given to this document, if any."""
    return desk.scalar(f"SELECT id FROM {TABLE} WHERE kind = ? AND record_table = ? "
                       "AND record_id = ?", (kind, table, record_id))


def number(desk: Desk, kind: str, table: str, record_id: int, *, on: date,
           draft: bool = False) -> str:
    """The number of document `kind` about record `record_id` of `table`, dated `on`: the one
    it was given before, else the next of `on`'s year (stored, audited). A draft that has
    no number yet shows a blank to fill in and takes none."""
    found = find(desk, kind, table, record_id)
    if found is not None:
        return found
    symbol = settings.get(desk, "document_symbol")
    if draft:
        return reference(DRAFT_NUMBER, on.year, kind, symbol)
    with desk.transaction():
        last = desk.scalar(f"SELECT max(number) FROM {TABLE} WHERE year = ?", (on.year,))
        given = reference((last or 0) + 1, on.year, kind, symbol)
        desk.insert(TABLE, {"year": on.year, "number": (last or 0) + 1, "reference": given,
                            "kind": kind, "record_table": table, "record_id": record_id,
                            "issued_on": on.isoformat(), "created_at": clock.iso_now()},
                    note=Event("document_kept", {"name": given}))
    return given


def register(desk: Desk, year: int | None = None) -> list[dict]:
    """The documents given a number, in order (of one year when given)."""
    where, params = ("WHERE year = ?", (year,)) if year else ("", ())
    return desk.rows(f"SELECT * FROM {TABLE} {where} ORDER BY year, number", params)
