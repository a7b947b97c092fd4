"""`dpo-desk complaints list|add|show|export|status|identity|extend|attach`: complaints and
requests."""

from __future__ import annotations

from pathlib import Path

from dpo_desk.cli.context import (
    EXIT_OK,
    add_export_options,
    add_json_input,
    counted,
    open_desk,
    print_json,
    read_json_object,
    read_text,
    write_records,
)
from dpo_desk.core.errors import ValidationError


def add_parser(sub, common) -> None:
    comp = sub.add_parser("complaints", parents=[common], help="complaints and requests")
    comp_actions = comp.add_subparsers(dest="action", metavar="ACTION", required=True)
    c_list = comp_actions.add_parser("list", parents=[common], help="list cases")
    c_list.add_argument("--status", help="a status, or 'open'")
    c_list.add_argument("--kind", help="a kind of request (docs/formats.md)")
    c_list.add_argument("--overdue", action="store_true", help="only cases past their due date")
    c_list.add_argument("--ack-overdue", action="store_true",
                        help="only open cases whose receipt was not acknowledged in time")
    c_list.add_argument("--json", action="store_true", help="print one JSON array")
    c_add = comp_actions.add_parser("add", parents=[common],
                                    help="take in a case from JSON or from an e-mail file")
    source = c_add.add_mutually_exclusive_group(required=True)
    add_json_input(c_add, source=source)
    source.add_argument("--from-email", metavar="F", type=Path,
                        help="a saved e-mail (.eml, or Outlook .msg): sender, day received, "
                             "subject and text; the message and its attachments kept")
    c_add.add_argument("--received", metavar="YYYY-MM-DD",
                       help="with --from-email: the day received, when the message has no "
                            "usable Date")
    c_add.add_argument("--kind", default="complaint",
                       help="with --from-email: the kind of request (default: complaint)")
    c_add.add_argument("--complexity", default="simple",
                       help="with --from-email: simple (default) or complex")
    c_show = comp_actions.add_parser("show", parents=[common], help="one case and its timeline")
    c_show.add_argument("id", type=int, help="the case's id")
    c_show.add_argument("--json", action="store_true", help="JSON (the only form)")
    add_export_options(comp_actions.add_parser("export", parents=[common],
                                               help="export every case"))
    c_status = comp_actions.add_parser("status", parents=[common], help="a workflow step")
    c_status.add_argument("id", type=int, help="the case's id")
    c_status.add_argument("state", help="acknowledged, identity_check, in_progress, on_hold, "
                          "answered, closed, or an outcome (completed, rejected ...)")
    c_status.add_argument("--reason", help="why (on_hold, rejected ...)")
    c_status.add_argument("--outcome", help="how a closed case ended (completed, rejected ...)")
    c_status.add_argument("--reply-text", help="the reply (answered)")
    c_status.add_argument("--reply-file", metavar="F", help="the reply, from a UTF-8 text file")
    c_status.add_argument("--at", metavar="YYYY-MM-DD[THH:MM]",
                          help="when the step happened (default: now; not in the future, not "
                          "before the previous step)")
    c_identity = comp_actions.add_parser("identity", parents=[common],
                                         help="record the requester's identity check")
    c_identity.add_argument("id", type=int, help="the case's id")
    c_identity.add_argument("result", choices=("verified", "not_verified"),
                            help="the result of the check")
    c_identity.add_argument("--note", default="", metavar="N",
                            help="how the identity was checked (required when verified)")
    c_identity.add_argument("--at", metavar="YYYY-MM-DD[THH:MM]",
                            help="when the check happened (default: now)")
    c_extend = comp_actions.add_parser("extend", parents=[common], help="extend once, with reason")
    c_extend.add_argument("id", type=int, help="the case's id")
    c_extend.add_argument("--days", required=True, type=int, help="days added to the due date")
    c_extend.add_argument("--reason", required=True, help="why more time is needed")
    c_extend.add_argument("--at", metavar="YYYY-MM-DD[THH:MM]",
                          help="when the extension was announced (default: now; before the "
                          "due date ran out, not in the future, not before the previous step)")
    c_attach = comp_actions.add_parser("attach", parents=[common],
                                       help="store a file with the case (SHA-256 kept)")
    c_attach.add_argument("id", type=int, help="the case's id")
    c_attach.add_argument("file", type=Path, help="the file to store")
    comp.set_defaults(func=run, json=False)


def run(args) -> int:
    from dpo_desk.core import attachments, complaints, email_intake

    if args.action == "add" and args.from_email:  # a bad file is refused before the database
        draft = email_intake.read(args.from_email)
    with open_desk(args) as desk:
        if args.action == "add" and args.from_email:
            case_id = email_intake.create_case(desk, draft, {
                k: v for k, v in (("kind", args.kind), ("complexity", args.complexity),
                                  ("received_on", args.received)) if v})
            print_json({"id": case_id}) if args.json else print(case_id)
        elif args.action == "add":
            values = read_json_object(args.from_json)
            links = values.pop("register_entries", [])
            if not isinstance(links, list) or not all(isinstance(i, int) for i in links):
                raise ValidationError.single("register_entries", "must be a list of entry ids")
            case_id = complaints.create(desk, values, register_entries=tuple(links))
            print_json({"id": case_id}) if args.json else print(case_id)
        elif args.action == "list":
            query = complaints.Query(status=args.status or "", overdue=args.overdue,
                                     kind=args.kind or "", ack_overdue=args.ack_overdue)
            cases = complaints.list_cases(desk, query)
            if args.json:
                print_json([{k: c[k] for k in complaints.EXPORT_FIELDS} for c in cases])
            else:
                for c in cases:
                    late = "  OVERDUE" if c["overdue"] else ""
                    late += "  NOT ACKNOWLEDGED" if c["ack_overdue"] else ""
                    print(f"#{c['id']:<6} {c['received_on']}  {c['kind']:<16} {c['status']:<14}"
                          f" due {c['due']} ({c['binding']}){late}  {c['requester_name']}")
                print(counted(len(cases), "case", "cases"))
        elif args.action == "attach":
            attachment_id = attachments.add(desk, "complaints", args.id, args.file)
            print(f"Attached {args.file.name} to complaint {args.id} (attachment {attachment_id})")
        elif args.action == "show":
            case = complaints.get(desk, args.id)
            case["register_entries"] = complaints.linked_entries(desk, args.id)
            case["attachments"] = attachments.list_for(desk, "complaints", args.id)
            case["timeline"] = complaints.timeline(desk, args.id)
            print_json(case)
        elif args.action == "export":
            records = complaints.export_records(desk)
            write_records(records, complaints.EXPORT_FIELDS, args)
        elif args.action == "status":
            case = complaints.transition(desk, args.id, args.state, reason=args.reason or "",
                                         outcome=args.outcome, reply_text=_reply(args),
                                         at=args.at)
            print(f"Complaint {args.id} is now {case['status']}"
                  + (f" ({case['outcome']})" if case["outcome"] else ""))
        elif args.action == "identity":
            case = complaints.check_identity(desk, args.id, args.result, method=args.note,
                                             at=args.at)
            print(f"Complaint {args.id}: identity {args.result} "
                  f"(case {case['status']}, checked {case['identity_checked_at']})")
        elif args.action == "extend":
            case = complaints.extend(desk, args.id, args.days, args.reason, at=args.at)
            legal = case["extended_legal_due"]
            print(f"Complaint {args.id} extended by {args.days} days: due {case['due']} "
                  f"({case['binding']}; originally {case['original_due']}); the law's limit "
                  f"{legal or 'none'}, the company's promise {case['extended_policy_due']}")
    return EXIT_OK


def _reply(args) -> str | None:
    if args.reply_file:
        from dpo_desk.core import limits

        return read_text(args.reply_file, limits.REPLY_BYTES, "--reply-file")
    return args.reply_text
