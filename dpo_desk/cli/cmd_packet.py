"""`dpo-desk packet --incident ID --out F.zip` and `dpo-desk verify-packet F.zip`."""

from __future__ import annotations

from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, EXIT_PROBLEM, open_desk, print_json, print_problems
from dpo_desk.core.errors import ValidationError


def add_parser(sub, common) -> None:
    packet = sub.add_parser("packet", parents=[common],
                            help="the incident packet: notice, minutes, subject notice, "
                                 "record, timeline and evidence in one verifiable zip")
    packet.add_argument("--incident", required=True, type=int, metavar="ID",
                        help="the incident's id")
    packet.add_argument("--out", required=True, type=Path, metavar="F.zip",
                        help="the zip to write")
    packet.set_defaults(func=run_packet)

    verify = sub.add_parser("verify-packet", parents=[common],
                            help="check an incident packet against its manifest and its "
                                 "signature; with --db or --key, that the company signed it")
    verify.add_argument("file", type=Path, help="the packet (.zip)")
    verify.add_argument("--key", metavar="FINGERPRINT",
                        help="the company key's fingerprint as printed on the authority notice")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.set_defaults(func=run_verify)


def run_packet(args) -> int:
    from dpo_desk.core import packets

    with open_desk(args) as desk:
        out = packets.build(desk, args.incident, args.out)
    print(f"Packet of incident {args.incident} written to {out}")
    return EXIT_OK


def run_verify(args) -> int:
    from dpo_desk.core import files, packets, signing

    files.require_regular(args.file)  # a pipe or device would hang or flood the reader
    if args.key is not None and args.db is not None:
        raise ValidationError.single("--key", "give --db or --key, not both")
    company = None
    if args.key is not None:
        try:
            company = signing.normal_fingerprint(args.key)
        except ValueError as exc:
            raise ValidationError.single("--key", str(exc)) from None
    elif args.db is not None:
        with open_desk(args) as desk:
            company = signing.fingerprint(desk)
    verdict = packets.check(args.file, company_key=company)
    problems = verdict.problems
    if args.json:
        print_json({"ok": not problems, "problems": problems, "signer": verdict.signer,
                    "company_key": verdict.company, "audit_head": verdict.audit_head})
        return EXIT_PROBLEM if problems else EXIT_OK
    signer = f"signed with key {verdict.signer}" + (
        " (the company's)" if verdict.company else "") if verdict.signer else "not signed"
    print_problems(problems, args.file,
                   f"OK: {args.file} is intact; every file matches the manifest; {signer}.")
    return EXIT_PROBLEM if problems else EXIT_OK
