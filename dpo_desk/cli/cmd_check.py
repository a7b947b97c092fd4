"""`dpo-desk check`: the file's integrity and its audit trail (exit 1 on a problem)."""

from __future__ import annotations

from dpo_desk.cli.context import EXIT_OK, EXIT_PROBLEM, open_desk, print_json, print_problems


def add_parser(sub, common) -> None:
    check = sub.add_parser("check", parents=[common],
                           help="check the file's integrity and its audit trail")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=run)


def run(args) -> int:
    from dpo_desk.core import audit

    with open_desk(args) as desk:
        problems = audit.verify(desk)
        entries = audit.count(desk)
    if args.json:
        print_json({"ok": not problems, "audit_entries": entries,
                    "problems": [p.as_dict() for p in problems]})
    else:
        print_problems(problems, args.db or desk.path,
                       f"OK: {desk.path} is intact; the audit trail of {entries} entries is "
                       "unbroken.")
    return EXIT_PROBLEM if problems else EXIT_OK
