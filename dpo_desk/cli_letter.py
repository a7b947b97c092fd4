"""`dpo-desk letter ...` (CONTRACT: letter acknowledge/reply/authority/minutes/subjects).

One sub-subcommand per letter; each is a thin call into core (letters.py for the complaint
letters). The incident letters (`authority`, `minutes`, `subjects`) are added beside the
complaint ones by their own `_add_...` function.
"""

from __future__ import annotations

import argparse
from pathlib import Path

COMPLAINT_LETTERS = {
    "acknowledge": "acknowledgement of receipt, with the due date",
    "reply": "the reply to the requester (refused while the case has no reply text)",
}


def add_parser(sub, common) -> None:
    """Adds `letter` and its kinds to the `dpo-desk` parser."""
    letter = sub.add_parser("letter", parents=[common], help="letters and notices as PDF")
    kinds = letter.add_subparsers(dest="kind", metavar="KIND", required=True)
    _add_complaint_letters(kinds, common)


def _add_complaint_letters(kinds, common: argparse.ArgumentParser) -> None:
    for name, description in COMPLAINT_LETTERS.items():
        parser = kinds.add_parser(name, parents=[common], help=description)
        parser.add_argument("--complaint", required=True, type=int, metavar="ID")
        parser.add_argument("--out", required=True, type=Path, metavar="F.pdf")
        parser.add_argument("--language", choices=("vi", "en"),
                            help="the letter's language (default: the language setting)")
        parser.add_argument("--draft", action="store_true",
                            help="lay 'BẢN NHÁP / DRAFT' across every page")
        parser.set_defaults(func=cmd_complaint_letter)


def cmd_complaint_letter(args) -> int:
    from dpo_desk.cli import EXIT_OK, _open
    from dpo_desk.core import letters

    write = {"acknowledge": letters.acknowledge, "reply": letters.reply}[args.kind]
    with _open(args) as desk:
        path = write(desk, args.complaint, args.out, language=args.language, draft=args.draft)
    print(f"Letter written to {path}")
    return EXIT_OK
