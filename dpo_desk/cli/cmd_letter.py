"""`dpo-desk letter ...` (CONTRACT: letter acknowledge/reply/authority/minutes/subjects; added:
extension, identity).

One sub-subcommand per letter; each is a thin call into core/letters.py. The complaint
letters take `--complaint ID`, the breach documents (DOMAIN D4) `--incident ID`; a breach
document that lacks a required fact is refused naming each one (exit 2, no file) unless
`--draft`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, date_arg, open_desk
from dpo_desk.core.errors import ValidationError

INCIDENT_LETTERS = {
    "authority": "notice to the Ministry of Public Security on Mẫu số 08 (Mẫu số 03 before "
                 "2026); refused naming the missing facts unless --draft",
    "minutes": "minutes confirming the violation, for signature",
    "subjects": "notice to the people affected (--public-text: the website notice too)",
}
COMPLAINT_LETTERS = {
    "acknowledge": "acknowledgement of receipt, with the procedure of the request and the "
                   "date it will be carried out by",
    "reply": "the reply to the requester; a refusal gives its reasons and the requester's "
             "recourse (refused while an open case has no reply text)",
    "extension": "notice of the case's one extension: reason, days, new date (refused "
                 "while the case is not extended)",
    "identity": "request to the requester for proof of identity",
}
# the event each letter is dated by (DOMAIN D3.9), for --date's help
LETTER_EVENTS = {"acknowledge": "acknowledged", "reply": "answered, else closed",
                 "extension": "extended", "identity": "the identity_check step"}


def add_parser(sub, common) -> None:
    """Adds `letter` and its kinds to the `dpo-desk` parser."""
    letter = sub.add_parser("letter", parents=[common], help="letters and notices as PDF")
    kinds = letter.add_subparsers(dest="kind", metavar="KIND", required=True)
    for name, description in COMPLAINT_LETTERS.items():
        parser = _add_letter(kinds, common, name, description, ("--complaint", "the case's id"),
                             language="the letter's language (default: the language setting)",
                             draft="lay 'BẢN NHÁP / DRAFT' across every page")
        parser.add_argument("--date", metavar="YYYY-MM-DD",
                            help="the letter's date (default: the day of its event: "
                            f"{LETTER_EVENTS[name]}; today while not recorded)")
        parser.set_defaults(func=run_complaint_letter)
    for name, description in INCIDENT_LETTERS.items():
        parser = _add_letter(kinds, common, name, description, ("--incident", "the incident's id"),
                             language="vi (default: the official text) or en (a translation "
                                      "for internal use)",
                             draft="print even with facts missing, 'BẢN NHÁP / DRAFT' across "
                                   "every page")
        if name == "minutes":
            parser.add_argument("--final", action="store_true",
                                help="the minutes as signed: kept with their SHA-256 and from "
                                     "then on written as kept, never drawn up again")
        if name == "subjects":
            parser.add_argument("--public-text", type=Path, metavar="F.txt",
                                help="also write the public notice for the website or app "
                                     "(Decree 356, Art. 29(3)) as UTF-8 text")
        parser.set_defaults(func=run_incident_letter, public_text=None, final=False)


def _add_letter(kinds, common: argparse.ArgumentParser, name: str, description: str,
                record: tuple[str, str], *, language: str, draft: str) -> argparse.ArgumentParser:
    """One kind of letter: the record it is about (`--complaint` or `--incident` ID), the PDF
    to write, its language and `--draft`."""
    parser = kinds.add_parser(name, parents=[common], help=description)
    option, what = record
    parser.add_argument(option, required=True, type=int, metavar="ID", help=what)
    parser.add_argument("--out", required=True, type=Path, metavar="F.pdf",
                        help="the PDF to write")
    parser.add_argument("--language", choices=("vi", "en"), help=language)
    parser.add_argument("--draft", action="store_true", help=draft)
    return parser


def run_complaint_letter(args) -> int:
    """The letter, dated by its event or `--date` (DOMAIN D3.9); dated after its deadline,
    it is still written, with a warning on stderr."""
    from dpo_desk.core import letters

    write = letters.COMPLAINT_WRITERS[args.kind]
    on = date_arg(args.date, "--date") if args.date else None
    with open_desk(args) as desk:
        path = write(desk, args.complaint, args.out, language=args.language, draft=args.draft,
                     on=on)
        late = letters.late_letter(desk, args.complaint, args.kind, on)
    print(f"Letter written to {path}")
    if late:
        deadline = {"acknowledge": "acknowledge by", "extension": "the deadline it extends"}\
            .get(args.kind, "due")
        print(f"warning: the letter is dated {late[0].isoformat()}, after its deadline "
              f"({deadline} {late[1].isoformat()})", file=sys.stderr)
    return EXIT_OK


def run_incident_letter(args) -> int:
    from dpo_desk.core import files, incidents, letters

    write = {"authority": letters.authority_notice, "minutes": letters.minutes,
             "subjects": letters.subject_notice}[args.kind]
    if args.public_text is not None and not args.public_text.parent.is_dir():
        raise ValidationError.single("--public-text", "the folder {folder} does not exist",
                                     folder=str(args.public_text.parent))
    with open_desk(args) as desk:
        text = None
        if args.public_text is not None:  # refused before any file is written
            files.refuse_protected(args.public_text)
            text = letters.public_notice_text(desk, args.incident, args.language,
                                              draft=args.draft)
        extra = {"final": True} if args.final else {}
        path = write(desk, args.incident, args.out, language=args.language, draft=args.draft,
                     **extra)
        kept = incidents.kept_document(desk, args.incident, args.kind)
        drafted = kept is None and letters.is_draft(desk, args.incident, args.kind, args.draft)
        if text is not None:
            files.atomic_write(args.public_text, text)
    print(f"{'Draft' if drafted else 'Document'} written to {path}")
    if drafted and not args.draft:
        print("note: the notice to the people is not recorded as sent, so this is a draft "
              "without a number; record the sending (incidents status ID subjects_notified "
              "--at ...) to make the final notice, kept as sent", file=sys.stderr)
    if kept is not None and (args.language or "vi") == "vi":
        print(f"{'Kept as final' if args.final else 'As kept when sent'}: {kept['filename']} "
              f"(SHA-256 {kept['sha256']})")
    if text is not None:
        print(f"Public notice text written to {args.public_text}")
    return EXIT_OK
