"""`dpo-desk erase`: erase a closed case's personal data (DOMAIN D6, core/erasure.py), or
list the closed cases past the retention setting (`erase_after_years`)."""

from __future__ import annotations

import argparse
import sys

from dpo_desk.cli.context import EXIT_OK, UsageError, open_desk, print_json


def add_parser(sub, common) -> None:
    erase = sub.add_parser(
        "erase", parents=[common],
        help="erase a closed case's personal data (the audit trail keeps its hashes)")
    what = erase.add_mutually_exclusive_group(required=True)
    what.add_argument("--complaint", type=int, metavar="ID", help="the closed case to erase")
    what.add_argument("--candidates", action="store_true",
                      help="list the closed cases older than the erase_after_years setting")
    erase.add_argument("--reason", metavar="R",
                       help="why the case is erased (required with --complaint; recorded)")
    erase.add_argument("--json", action="store_true", help="print JSON")
    erase.set_defaults(func=run_erase)


def run_erase(args: argparse.Namespace) -> int:
    from dpo_desk.core import erasure

    with open_desk(args) as desk:
        if args.candidates:
            found = erasure.candidates(desk)
            cutoff = erasure.cutoff(desk).isoformat()
            if args.json:
                print_json({"closed_before": cutoff, "candidates": found})
            else:
                print(f"{len(found)} closed case(s) closed before {cutoff}:")
                for case in found:
                    print(f"#{case['id']}  closed {case['closed_at'][:10]}  {case['kind']}  "
                          f"{case['requester_name']}")
            return EXIT_OK
        if not args.reason:
            raise UsageError("--reason: say why the case is erased (the audit trail records it)")
        done = erasure.erase_complaint(desk, args.complaint, args.reason)
    if not done["rewritten"]:
        print("Warning: the file could not be rewritten afterwards (is the disk full?); "
              "older copies of the erased text may remain in its free space until the next "
              "erasure rewrites it",
              file=sys.stderr)
    if args.json:
        print_json(done)
    else:
        print(f"Erased complaint {done['complaint']}: {', '.join(done['fields']) or 'no field'}"
              f", {done['attachments']} attachment(s), {done['entries']} audit entries "
              f"redacted; erasure recorded as audit entry #{done['entry']}.")
    return EXIT_OK
