"""`dpo-desk check [--json] [--anchor N:HEX ...]`: the file's integrity, its schema, its audit
trail and its anchors (exit 1 on a problem; CONTRACT: Evidence that proves itself)."""

from __future__ import annotations

from dpo_desk.cli.context import EXIT_OK, EXIT_PROBLEM, open_desk, print_json, print_problems
from dpo_desk.core.errors import ValidationError


def add_parser(sub, common) -> None:
    check = sub.add_parser("check", parents=[common],
                           help="check the file's integrity, schema and audit trail")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.add_argument("--anchor", action="append", default=[], metavar="N:HEX",
                       help="an audit head printed on a document (N:<12+ hex digits>): exit 1 "
                            "unless entry N still has that hash (repeatable)")
    check.set_defaults(func=run)


def run(args) -> int:
    from dpo_desk.core import anchors, audit

    wanted = []
    for text in args.anchor:
        try:
            wanted.append(anchors.parse(text))
        except ValueError as exc:
            raise ValidationError.single("--anchor", str(exc)) from None
    with open_desk(args) as desk:
        problems = audit.verify(desk)
        problems += [p for n, digits in wanted
                     if (p := audit.held_anchor(desk, n, digits)) is not None]
        entries = audit.count(desk)
        head = audit.last_entry(desk)
    if args.json:
        print_json({"ok": not problems, "audit_entries": entries,
                    "head": {"id": head[0], "hash": head[1]},
                    "problems": [p.as_dict() for p in problems]})
    else:
        held = f" It holds {', '.join(args.anchor)}." if args.anchor else ""
        print_problems(problems, args.db or desk.path,
                       f"OK: {desk.path} is intact; the audit trail of {entries} entries is "
                       f"unbroken (head {anchors.shown(head)}).{held}")
    return EXIT_PROBLEM if problems else EXIT_OK
