"""`dpo-desk incidents list|add|update|show|export|status|attach|evidence`: breach
incidents."""

from __future__ import annotations

import sys
from pathlib import Path

from dpo_desk.cli.context import (
    EXIT_OK,
    add_export_options,
    add_json_input,
    counted,
    open_desk,
    print_json,
    read_json_object,
    write_records,
)
from dpo_desk.core.errors import ValidationError


def add_parser(sub, common) -> None:
    inc = sub.add_parser("incidents", parents=[common], help="breach incidents")
    inc_actions = inc.add_subparsers(dest="action", metavar="ACTION", required=True)
    i_list = inc_actions.add_parser("list", parents=[common], help="list incidents")
    i_list.add_argument("--status", help="only incidents in this state")
    i_list.add_argument("--json", action="store_true", help="print one JSON array")
    add_json_input(inc_actions.add_parser("add", parents=[common],
                                          help="log an incident from JSON"))
    i_update = inc_actions.add_parser("update", parents=[common],
                                      help="correct or complete the facts from JSON")
    i_update.add_argument("id", type=int, help="the incident's id")
    i_update.add_argument("--from-json", required=True, metavar="F",
                          help="a JSON object of the facts to change, - for stdin")
    i_update.add_argument("--correction", metavar="REASON",
                          help="after the notice was sent: why a fact it states is "
                               "corrected (required then; kept in the timeline)")
    i_update.add_argument("--revise-late", action="store_true",
                          help="with --correction: judge the notice's lateness again from "
                               "the corrected times (default: the verdict of the day it was "
                               "sent stands)")
    i_show = inc_actions.add_parser("show", parents=[common], help="one incident (JSON)")
    i_show.add_argument("id", type=int, help="the incident's id")
    i_show.add_argument("--json", action="store_true", help="JSON (the only form)")
    add_export_options(inc_actions.add_parser("export", parents=[common],
                                              help="export every incident"))
    i_status = inc_actions.add_parser("status", parents=[common], help="a workflow step")
    i_status.add_argument("id", type=int, help="the incident's id")
    i_status.add_argument("state", help="assessed, contained, authority_notified, "
                          "subjects_notified, closed")
    i_status.add_argument("--at", metavar="TIME", help="when, ISO 8601 with offset")
    i_status.add_argument("--reason", help="reason for a late notice")
    i_status.add_argument("--channel", choices=("agency", "portal"),
                          help="how the notice was sent")
    i_status.add_argument("--reference",
                          help="authority_notified: the reference the portal or agency gave "
                               "the submission (timeline, reports; the notice keeps the "
                               "company's own number)")
    i_status.add_argument("--decision", choices=("notify", "no_notify"),
                          help="the harm assessment")
    i_status.add_argument("--assessment", help="why (notify or not)")
    i_status.add_argument("--file", type=Path, metavar="F.pdf",
                          help="authority_notified / subjects_notified: the notice as it was "
                               "actually sent, kept with its SHA-256 (default: the notice is "
                               "rendered now from the facts and kept)")
    i_attach = inc_actions.add_parser("attach", parents=[common], help="attach evidence")
    i_attach.add_argument("id", type=int, help="the incident's id")
    i_attach.add_argument("file", type=Path, help="the file to store")
    _evidence_options(i_attach)
    i_evidence = inc_actions.add_parser(
        "evidence", parents=[common],
        help="title a piece of evidence, and choose whether it goes with the notice")
    i_evidence.add_argument("id", type=int, help="the incident's id")
    i_evidence.add_argument("attachment", type=int, help="the attachment's id (incidents show)")
    _evidence_options(i_evidence)
    inc.set_defaults(func=run, json=False)


def _evidence_options(parser) -> None:
    parser.add_argument("--title", help="the title the notice lists it by")
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--with-notice", action="store_true", default=None,
                        help="send it with the notice to the authority (needs a title)")
    chosen.add_argument("--not-with-notice", dest="with_notice", action="store_false",
                        help="keep it on file only")


def _warn_unknown(incident: dict) -> None:
    """Names that matched no catalogue item (nor register entry): kept as typed, but the
    sensitive flag and the Art. 29 rule cannot see them (DOMAIN D4.3, D4.5)."""
    for detail in incident["categories"]:
        if not detail["known"]:
            print(f"warning: data category {detail['name']!r} is neither a register entry nor "
                  "a catalogue item; kept as typed", file=sys.stderr)
    if incident["items_confirmed"]:
        for detail in incident["exposed"]:
            if not detail["known"]:
                print(f"warning: exposed item {detail['name']!r} matches no catalogue item; "
                      "kept as the company's own item (mark the incident sensitive if it is)",
                      file=sys.stderr)


def run(args) -> int:
    from dpo_desk.core import attachments, incidents

    with open_desk(args) as desk:
        if args.action == "add":
            incident_id = incidents.create(desk, read_json_object(args.from_json))
            _warn_unknown(incidents.get(desk, incident_id))
            print_json({"id": incident_id}) if args.json else print(incident_id)
        elif args.action == "update":
            incident = incidents.update(desk, args.id, read_json_object(args.from_json),
                                        correction=args.correction,
                                        revise_late=args.revise_late)
            _warn_unknown(incident)
            print(f"Incident {args.id} updated")
            if incident["late"] != incident["late_by_facts"]:  # DOMAIN D4.7
                print("note: the notice stays judged "
                      f"{'late' if incident['late'] else 'on time'} as when it was sent; the "
                      "corrected times would make it "
                      f"{'late' if incident['late_by_facts'] else 'on time'} "
                      "(--revise-late with --correction to judge it again)", file=sys.stderr)
        elif args.action == "list":
            found = incidents.list_incidents(desk, status=args.status or "")
            if args.json:
                print_json([{k: i.get(k) for k in incidents.EXPORT_FIELDS} for i in found])
            else:
                for i in found:
                    clock = "LATE" if i["late"] else (
                        "sent" if i["notified_at"] else f"{i['hours_left']:+.1f} h")
                    flag = " sensitive" if i["sensitive"] else ""
                    print(f"#{i['id']:<4} {i['detected_at'][:16]}  {i['status']:<18} notify by "
                          f"{i['notify_by'][:16]} [{clock}]{flag}  {i['title']}")
                print(counted(len(found), "incident", "incidents"))
        elif args.action == "show":
            incident = incidents.get(desk, args.id)
            incident["attachments"] = attachments.list_for(desk, "incidents", args.id)
            incident["timeline"] = incidents.timeline(desk, args.id)
            incident["missing_notice_facts"] = incidents.missing_notice_facts(desk, incident)
            print_json(incident)
        elif args.action == "export":
            write_records(incidents.export_records(desk), incidents.EXPORT_FIELDS, args)
        elif args.action == "status":
            sent = incidents.read_sent_file(args.file) if args.file is not None else None
            incident = incidents.transition(
                desk, args.id, args.state, at=args.at, late_reason=args.reason,
                channel=args.channel, reference=args.reference, decision=args.decision,
                assessment=args.assessment, sent_file=sent)
            print(f"Incident {args.id} is now {incident['status']}"
                  + (" (notice late)" if incidents.late_at_step(incident) else ""))
            kind = incidents.SENT_DOCUMENTS.get(args.state)
            if kind and (kept := incidents.kept_document(desk, args.id, kind)):
                print(f"Kept as sent: {kept['filename']} (attachment {kept['id']}, SHA-256 "
                      f"{kept['sha256']})")
        elif args.action == "attach":
            attachment_id = attachments.add(desk, "incidents", args.id, args.file,
                                            title=args.title or "",
                                            with_notice=bool(args.with_notice))
            print(f"Attached {args.file.name} to incident {args.id} (attachment {attachment_id})")
        elif args.action == "evidence":
            if args.attachment not in {a["id"] for a in attachments.list_for(
                    desk, "incidents", args.id)}:
                raise ValidationError.single("attachment", "incident {incident} has no "
                                             "attachment {attachment}", incident=args.id,
                                             attachment=args.attachment)
            change = attachments.describe(desk, args.attachment, title=args.title,
                                          with_notice=args.with_notice)
            print(f"Attachment {args.attachment}: {change['title'] or '(no title)'}, "
                  + ("sent with the notice" if change["with_notice"] else "kept on file only"))
    return EXIT_OK
