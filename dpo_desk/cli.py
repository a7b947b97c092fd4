"""The `dpo-desk` command (CONTRACT: Command line). Each subcommand is a thin call into core.

Exit codes: 0 success, 1 a check found a problem, 2 bad input or usage (one message naming
the field, row or file on stderr; never a traceback).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from dpo_desk import __version__
from dpo_desk.core.errors import DeskError, ValidationError
from dpo_desk.core.migrations import SCHEMA_VERSION

if TYPE_CHECKING:
    import argparse

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class UsageError(DeskError):
    """A wrong command line the parser could not catch."""


def _open(args):
    from dpo_desk.core.desk import Desk

    desk = Desk.open(args.db)
    if desk.backup_path:
        print(f"Upgraded {desk.path} to schema {desk.schema_version}; "
              f"the previous file was saved as {desk.backup_path}", file=sys.stderr)
    return desk


def _print_json(document) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


# -- commands ----------------------------------------------------------------------------

def cmd_gui(args) -> int:
    from dpo_desk.ui.app import run

    return run(db_path=args.db, screenshot_dir=args.screenshot)


def cmd_settings(args) -> int:
    from dpo_desk.core import settings

    with _open(args) as desk:
        if args.action == "set":
            settings.update(desk, {args.key: args.value})
        elif args.action == "import":
            settings.import_file(desk, args.file)
        values = settings.get_all(desk)
    if args.action == "show":
        if args.json:
            _print_json(values)
        else:
            width = max(len(k) for k in values)
            for key, value in values.items():
                print(f"{key:<{width}}  {value}")
    return EXIT_OK


def cmd_check(args) -> int:
    from dpo_desk.core import audit

    with _open(args) as desk:
        problems = audit.verify(desk)
        entries = audit.count(desk)
    if args.json:
        _print_json({"ok": not problems, "audit_entries": entries,
                     "problems": [p.as_dict() for p in problems]})
    elif problems:
        print(f"{len(problems)} problem(s) in {args.db or desk.path}:")
        for problem in problems:
            print(f"- {problem}")
    else:
        print(f"OK: {desk.path} is intact; the audit trail of {entries} entries is unbroken.")
    return EXIT_PROBLEM if problems else EXIT_OK


def cmd_backup(args) -> int:
    from dpo_desk.core import backup

    with _open(args) as desk:
        target = backup.backup(desk, args.out)
    print(f"Backup written to {target}")
    return EXIT_OK


def cmd_restore(args) -> int:
    from dpo_desk.core import backup
    from dpo_desk.core.desk import Desk
    from dpo_desk.core.paths import default_db_path

    target = Path(args.db) if args.db else default_db_path()
    kept = backup.restore(target, args.file)
    with Desk.open(target) as desk:  # upgrades an older backup, after backing it up
        version = desk.schema_version
    print(f"Restored {args.file} into {target} (schema {version}).")
    if kept:
        print(f"The replaced database was kept as {kept}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from dpo_desk.core import demo

    if args.complaints < 0:
        raise ValidationError.single("--complaints", "must be 0 or more")
    with _open(args) as desk:
        profile = demo.fill(desk, seed=args.seed, complaints=args.complaints)
    print(f"Demo company written: {profile['company_name']}"
          + (f", with {args.complaints} complaints and requests" if args.complaints else ""))
    return EXIT_OK


def _read_json_object(source: str) -> dict:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8-sig")
        data = json.loads(text)
    except OSError as exc:
        raise ValidationError.single(source, "cannot be read ({reason})",
                                     reason=exc.strerror) from exc
    except ValueError as exc:
        raise ValidationError.single(source, "is not valid JSON ({reason})",
                                     reason=str(exc)) from exc
    except RecursionError as exc:  # [[[[...]]]] deeper than the parser goes
        raise ValidationError.single(source, "is not valid JSON (nested too deeply)") from exc
    if not isinstance(data, dict):
        raise ValidationError.single(source, "must hold one JSON object")
    return data


def cmd_register(args) -> int:
    from dpo_desk.core import register, register_csv

    with _open(args) as desk:
        if args.action == "list":
            entries = register.list_entries(desk, text=args.search or "",
                                            sensitive=True if args.sensitive else None,
                                            cross_border=True if args.cross_border else None)
            if args.json:
                _print_json([{"id": e["id"], **{k: e[k] for k in register.FIELDS}}
                             for e in entries])
            else:
                for e in entries:
                    flag = "SENSITIVE" if e["category_type"] == "sensitive" else "basic"
                    abroad = " abroad:" + ",".join(e["cross_border_countries"]) \
                        if e["cross_border"] else ""
                    print(f"{e['id']:>5}  {flag:<9}  {e['name']}  [{len(e['items'])} items]"
                          f"{abroad}")
                print(f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}")
        elif args.action == "show":
            entry = register.get(desk, args.id)
            _print_json({"id": entry["id"], **{k: entry[k] for k in register.FIELDS},
                         "created_at": entry["created_at"], "updated_at": entry["updated_at"]})
        elif args.action == "add":
            entry_id = register.create(desk, _read_json_object(args.from_json))
            _print_json({"id": entry_id}) if args.json else print(entry_id)
        elif args.action == "delete":
            register.delete(desk, args.id)
            print(f"Deleted register entry {args.id}")
        elif args.action == "import":
            plan = register_csv.plan_import(desk, args.file)
            ids = [] if args.dry_run else register_csv.apply_import(desk, plan)
            new = [i.vi for i in plan.new_items]
            if args.json:
                _print_json({"imported": len(ids), "checked": len(plan.entries), "ids": ids,
                             "new_items": new, "dry_run": args.dry_run})
            else:
                verb = "Checked" if args.dry_run else "Imported"
                print(f"{verb} {len(plan.entries)} entries from {args.file}.")
                if new:
                    print(f"New custom items ({len(new)}): " + "; ".join(new))
        elif args.action == "export":
            if args.format == "json":
                text = register_csv.write_json(desk, args.out)
                if args.out is None:
                    print(text)
            elif args.out is None:
                register_csv.export_csv(desk, sys.stdout, language=args.language)
            else:
                register_csv.export_csv(desk, args.out, bom=args.bom, language=args.language)
            if args.out is not None:
                print(f"Register written to {args.out}", file=sys.stderr)
    return EXIT_OK


def _date_arg(text: str, name: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError.single(name, "not a real date (expected YYYY-MM-DD)") from None


def cmd_deadline(args) -> int:
    from dpo_desk.core import deadlines

    received = _date_arg(args.received, "--received")
    if args.days < 0:
        raise ValidationError.single("--days", "must be 0 or more")
    from dpo_desk.core.paths import default_db_path

    if not (Path(args.db) if args.db else default_db_path()).exists():
        calendar = deadlines.Calendar()  # no database yet: the law's calendar, nothing created
    else:
        with _open(args) as desk:  # the DPO's overrides count everywhere (DOMAIN D3.4)
            calendar = deadlines.load_calendar(desk)
    due = deadlines.due_date(received, args.days, working=args.working, roll=not args.no_roll,
                             calendar=calendar)
    result = {"received": received.isoformat(), "days": args.days,
              "mode": "working" if args.working else "calendar", "due": due.isoformat()}
    _print_json(result) if args.json else print(due.isoformat())
    return EXIT_OK


def cmd_holidays(args) -> int:
    from dpo_desk.core import clock, deadlines

    with _open(args) as desk:
        if args.action == "add-off":
            deadlines.add_day_off(desk, args.date, args.name)
            print(f"{args.date} is now a day off: {args.name}")
        elif args.action == "add-workday":
            deadlines.add_working_day(desk, args.date, args.name)
            print(f"{args.date} is now a working day: {args.name}")
        elif args.action == "remove":
            print(f"{args.date}: {deadlines.remove_day(desk, args.date)}")
        else:
            year = args.year or clock.today().year
            if not 1900 <= year <= 2200:
                raise ValidationError.single("--year", "must be between 1900 and 2200")
            calendar = deadlines.load_calendar(desk)
            result = {"year": year, "weekly_rest": list(calendar.weekly_rest),
                      "days_off": calendar.days_off(year),
                      "working_days": calendar.working_days(year)}
            if args.json:
                _print_json(result)
            else:
                print(f"{year}: weekly rest {', '.join(calendar.weekly_rest)}")
                for day in result["days_off"]:
                    mark = " (override)" if day["source"] == "override" else ""
                    print(f"  {day['date']}  off      {day['name']}{mark}")
                for day in result["working_days"]:
                    print(f"  {day['date']}  working  {day['name']}")
    return EXIT_OK


def cmd_complaints(args) -> int:
    from dpo_desk.core import attachments, complaints

    with _open(args) as desk:
        if args.action == "add":
            values = _read_json_object(args.from_json)
            links = values.pop("register_entries", [])
            if not isinstance(links, list) or not all(isinstance(i, int) for i in links):
                raise ValidationError.single("register_entries", "must be a list of entry ids")
            case_id = complaints.create(desk, values, register_entries=tuple(links))
            _print_json({"id": case_id}) if args.json else print(case_id)
        elif args.action == "list":
            query = complaints.Query(status=args.status or "", overdue=args.overdue,
                                     kind=args.kind or "")
            cases = complaints.list_cases(desk, query)
            if args.json:
                _print_json([{k: c[k] for k in complaints.EXPORT_FIELDS} for c in cases])
            else:
                for c in cases:
                    late = "  OVERDUE" if c["overdue"] else ""
                    print(f"#{c['id']:<6} {c['received_on']}  {c['kind']:<16} {c['status']:<14}"
                          f" due {c['due']} ({c['binding']}){late}  {c['requester_name']}")
                print(f"{len(cases)} case(s)")
        elif args.action == "attach":
            attachment_id = attachments.add(desk, "complaints", args.id, args.file)
            print(f"Attached {args.file.name} to complaint {args.id} (attachment {attachment_id})")
        elif args.action == "show":
            case = complaints.get(desk, args.id)
            case["register_entries"] = complaints.linked_entries(desk, args.id)
            case["attachments"] = attachments.list_for(desk, "complaints", args.id)
            case["timeline"] = complaints.timeline(desk, args.id)
            _print_json(case)
        elif args.action == "export":
            records = complaints.export_records(desk)
            _write_records(records, complaints.EXPORT_FIELDS, args)
        elif args.action == "status":
            case = complaints.transition(desk, args.id, args.state, reason=args.reason or "",
                                         outcome=args.outcome, reply_text=_reply(args))
            print(f"Complaint {args.id} is now {case['status']}"
                  + (f" ({case['outcome']})" if case["outcome"] else ""))
        elif args.action == "extend":
            case = complaints.extend(desk, args.id, args.days, args.reason)
            print(f"Complaint {args.id} extended by {args.days} days: due {case['due']} "
                  f"(originally {case['original_due']})")
    return EXIT_OK


def cmd_incidents(args) -> int:
    from dpo_desk.core import attachments, incidents

    with _open(args) as desk:
        if args.action == "add":
            incident_id = incidents.create(desk, _read_json_object(args.from_json))
            _print_json({"id": incident_id}) if args.json else print(incident_id)
        elif args.action == "update":
            incidents.update(desk, args.id, _read_json_object(args.from_json))
            print(f"Incident {args.id} updated")
        elif args.action == "list":
            found = incidents.list_incidents(desk, status=args.status or "")
            if args.json:
                _print_json([{k: i.get(k) for k in incidents.EXPORT_FIELDS} for i in found])
            else:
                for i in found:
                    clock = "LATE" if i["late"] else (
                        "sent" if i["notified_at"] else f"{i['hours_left']:+.1f} h")
                    flag = " sensitive" if i["sensitive"] else ""
                    print(f"#{i['id']:<4} {i['detected_at'][:16]}  {i['status']:<18} notify by "
                          f"{i['notify_by'][:16]} [{clock}]{flag}  {i['title']}")
                print(f"{len(found)} incident(s)")
        elif args.action == "show":
            incident = incidents.get(desk, args.id)
            incident["attachments"] = attachments.list_for(desk, "incidents", args.id)
            incident["timeline"] = incidents.timeline(desk, args.id)
            incident["missing_notice_facts"] = incidents.missing_notice_facts(desk, incident)
            _print_json(incident)
        elif args.action == "export":
            _write_records(incidents.export_records(desk), incidents.EXPORT_FIELDS, args)
        elif args.action == "status":
            incident = incidents.transition(
                desk, args.id, args.state, at=args.at, late_reason=args.reason,
                channel=args.channel, reference=args.reference, decision=args.decision,
                assessment=args.assessment)
            print(f"Incident {args.id} is now {incident['status']}"
                  + (" (notice late)" if incident["late"] else ""))
        elif args.action == "attach":
            attachment_id = attachments.add(desk, "incidents", args.id, args.file)
            print(f"Attached {args.file.name} to incident {args.id} (attachment {attachment_id})")
    return EXIT_OK


def cmd_packet(args) -> int:
    from dpo_desk.core import packets

    with _open(args) as desk:
        out = packets.build(desk, args.incident, args.out)
    print(f"Packet of incident {args.incident} written to {out}")
    return EXIT_OK


def cmd_verify_packet(args) -> int:
    from dpo_desk.core import packets

    problems = packets.verify(args.file)
    if args.json:
        _print_json({"ok": not problems, "problems": problems})
    elif problems:
        print(f"{len(problems)} problem(s) in {args.file}:")
        for problem in problems:
            print(f"- {problem}")
    else:
        print(f"OK: {args.file} is intact; every file matches the manifest.")
    return EXIT_PROBLEM if problems else EXIT_OK


def _reply(args) -> str | None:
    if args.reply_file:
        try:
            return Path(args.reply_file).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise ValidationError.single("--reply-file", "cannot be read ({reason})",
                                         reason=exc.strerror) from exc
    return args.reply_text


def _write_records(records: list[dict], fields, args) -> None:
    """JSON (default) or Excel-friendly CSV, to a file or stdout."""
    import csv
    import io

    if args.format == "json":
        text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(fields))
        writer.writeheader()
        writer.writerows(records)
        text = buffer.getvalue()
    if args.out is None:
        sys.stdout.write(text)
        return
    partial = args.out.with_name(args.out.name + ".partial")
    encoding = "utf-8-sig" if args.format == "csv" and args.bom else "utf-8"
    partial.write_text(text, encoding=encoding, newline="")
    partial.replace(args.out)
    print(f"{len(records)} record(s) written to {args.out}", file=sys.stderr)


def cmd_bench(args) -> int:
    from dpo_desk import bench

    def show(r) -> None:
        if not args.json:
            verdict = "ok" if r.ok else "MISSED"
            print(f"{r.name:<18} {r.value:>9} {r.unit:<3} baseline {r.baseline:>9} {r.unit:<3} "
                  f"ratio {r.ratio:>6}  goal {r.goal:<28} {verdict}", flush=True)

    unknown = sorted(set(args.only or ()) - set(bench.BENCHMARKS))
    if unknown:
        raise ValidationError.single("--only", "unknown benchmark(s): {names} (known: {known})",
                                     names=", ".join(unknown),
                                     known=", ".join(bench.BENCHMARKS))
    if args.db is not None and not Path(args.db).exists():
        raise ValidationError.single("--db", "{path} does not exist", path=str(args.db))
    results = bench.run_all(args.db, args.only, report=show)
    if args.json:
        _print_json(bench.as_json(results))
    return EXIT_OK


def add_letter_parser(sub, common) -> None:
    """`dpo-desk letter ...`: the letters and notices (dpo_desk/cli_letter.py)."""
    from dpo_desk.cli_letter import add_parser

    add_parser(sub, common)


def add_report_parser(sub, common) -> None:
    """`dpo-desk report ...`: the printable reports (dpo_desk/cli_report.py)."""
    from dpo_desk.cli_report import add_parser

    add_parser(sub, common)


# -- parser ------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    """The whole command line (the everyday window start does without it:
    `_plain_window_start`)."""
    import argparse
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                        help="database file (default: $DPO_DESK_DB or the per-user data folder)")
    parser = argparse.ArgumentParser(
        prog="dpo-desk", parents=[common],
        description="DPO Desk: register, requests and breach notices for a Vietnamese DPO.")
    parser.add_argument("--version", action="version",
                        version=f"dpo-desk {__version__} (database schema {SCHEMA_VERSION})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help="open the main window")
    gui.add_argument("--screenshot", metavar="DIR", type=Path,
                     help="render every view and dialog to DIR/<name>.png offscreen and exit")
    gui.set_defaults(func=cmd_gui)

    settings = sub.add_parser("settings", parents=[common], help="company profile, preferences")
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help="print every setting")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    put = actions.add_parser("set", parents=[common], help="change one setting")
    put.add_argument("key")
    put.add_argument("value")
    load = actions.add_parser("import", parents=[common], help="settings from a JSON object file")
    load.add_argument("file", type=Path)
    settings.set_defaults(func=cmd_settings, json=False)

    check = sub.add_parser("check", parents=[common],
                           help="check the file's integrity and its audit trail")
    check.add_argument("--json", action="store_true", help="print one JSON object")
    check.set_defaults(func=cmd_check)

    backup = sub.add_parser("backup", parents=[common], help="consistent copy of the database")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", parents=[common],
                             help="replace the database by a checked backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(func=cmd_restore)

    demo = sub.add_parser("demo", parents=[common], help="fill in a demo company")
    demo.add_argument("--complaints", type=int, default=0, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.set_defaults(func=cmd_demo)

    reg = sub.add_parser("register", parents=[common], help="the data category register")
    reg_actions = reg.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = reg_actions.add_parser("list", parents=[common], help="list the entries")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.add_argument("--search", metavar="TEXT", help="text in any field or item name")
    listing.add_argument("--sensitive", action="store_true", help="only sensitive entries")
    listing.add_argument("--cross-border", action="store_true", help="only transfers abroad")
    show_entry = reg_actions.add_parser("show", parents=[common], help="print one entry")
    show_entry.add_argument("id", type=int)
    add = reg_actions.add_parser("add", parents=[common], help="add one entry from JSON")
    add.add_argument("--from-json", required=True, metavar="F",
                     help="a JSON object file, - for stdin")
    add.add_argument("--json", action="store_true", help='print {"id": ...}')
    remove = reg_actions.add_parser("delete", parents=[common], help="delete one entry")
    remove.add_argument("id", type=int)
    load = reg_actions.add_parser("import", parents=[common],
                                  help="import a register CSV (all or nothing)")
    load.add_argument("file", type=Path)
    load.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    load.add_argument("--json", action="store_true", help="print one JSON object")
    dump = reg_actions.add_parser("export", parents=[common], help="export the register")
    dump.add_argument("--format", choices=("csv", "json"), default="csv")
    dump.add_argument("--out", type=Path, metavar="F", help="file to write (default: stdout)")
    dump.add_argument("--bom", action="store_true", help="CSV with a UTF-8 BOM, for Excel")
    dump.add_argument("--language", choices=("vi", "en"),
                      help="labels in the CSV (default: the language setting)")
    reg.set_defaults(func=cmd_register, json=False)

    deadline = sub.add_parser("deadline", parents=[common],
                              help="the due date by Vietnamese counting rules (DOMAIN D3)")
    deadline.add_argument("--received", required=True, metavar="YYYY-MM-DD")
    deadline.add_argument("--days", required=True, type=int, metavar="N")
    deadline.add_argument("--working", action="store_true", help="count working days")
    deadline.add_argument("--no-roll", action="store_true",
                          help="do not move a last day that is a day off")
    deadline.add_argument("--json", action="store_true", help="print one JSON object")
    deadline.set_defaults(func=cmd_deadline)

    hol = sub.add_parser("holidays", parents=[common], help="the working-day calendar")
    hol.add_argument("--year", type=int)
    hol.add_argument("--json", action="store_true", help="print one JSON object")
    hol_actions = hol.add_subparsers(dest="action", metavar="ACTION")
    off = hol_actions.add_parser("add-off", parents=[common], help="add a day off")
    off.add_argument("date")
    off.add_argument("name")
    work = hol_actions.add_parser("add-workday", parents=[common],
                                  help="declare a working day (a swapped Saturday)")
    work.add_argument("date")
    work.add_argument("name")
    strike = hol_actions.add_parser("remove", parents=[common],
                                    help="remove a day off or an override")
    strike.add_argument("date")
    hol.set_defaults(func=cmd_holidays)

    comp = sub.add_parser("complaints", parents=[common], help="complaints and requests")
    comp_actions = comp.add_subparsers(dest="action", metavar="ACTION", required=True)
    c_list = comp_actions.add_parser("list", parents=[common], help="list cases")
    c_list.add_argument("--status", help="a status, or 'open'")
    c_list.add_argument("--kind")
    c_list.add_argument("--overdue", action="store_true")
    c_list.add_argument("--json", action="store_true")
    c_add = comp_actions.add_parser("add", parents=[common], help="take in a case from JSON")
    c_add.add_argument("--from-json", required=True, metavar="F")
    c_add.add_argument("--json", action="store_true")
    c_show = comp_actions.add_parser("show", parents=[common], help="one case and its timeline")
    c_show.add_argument("id", type=int)
    c_export = comp_actions.add_parser("export", parents=[common], help="export every case")
    c_export.add_argument("--format", choices=("json", "csv"), default="json")
    c_export.add_argument("--out", type=Path, metavar="F")
    c_export.add_argument("--bom", action="store_true", help="CSV with a UTF-8 BOM, for Excel")
    c_status = comp_actions.add_parser("status", parents=[common], help="a workflow step")
    c_status.add_argument("id", type=int)
    c_status.add_argument("state", help="acknowledged, identity_check, in_progress, on_hold, "
                          "answered, closed, or an outcome (completed, rejected ...)")
    c_status.add_argument("--reason")
    c_status.add_argument("--outcome")
    c_status.add_argument("--reply-text")
    c_status.add_argument("--reply-file", metavar="F")
    c_extend = comp_actions.add_parser("extend", parents=[common], help="extend once, with reason")
    c_extend.add_argument("id", type=int)
    c_extend.add_argument("--days", required=True, type=int)
    c_extend.add_argument("--reason", required=True)
    c_attach = comp_actions.add_parser("attach", parents=[common],
                                       help="store a file with the case (SHA-256 kept)")
    c_attach.add_argument("id", type=int)
    c_attach.add_argument("file", type=Path)
    comp.set_defaults(func=cmd_complaints, json=False)

    inc = sub.add_parser("incidents", parents=[common], help="breach incidents")
    inc_actions = inc.add_subparsers(dest="action", metavar="ACTION", required=True)
    i_list = inc_actions.add_parser("list", parents=[common], help="list incidents")
    i_list.add_argument("--status")
    i_list.add_argument("--json", action="store_true")
    i_add = inc_actions.add_parser("add", parents=[common], help="log an incident from JSON")
    i_add.add_argument("--from-json", required=True, metavar="F")
    i_add.add_argument("--json", action="store_true")
    i_update = inc_actions.add_parser("update", parents=[common],
                                      help="correct or complete the facts from JSON")
    i_update.add_argument("id", type=int)
    i_update.add_argument("--from-json", required=True, metavar="F")
    i_show = inc_actions.add_parser("show", parents=[common], help="one incident (JSON)")
    i_show.add_argument("id", type=int)
    i_export = inc_actions.add_parser("export", parents=[common], help="export every incident")
    i_export.add_argument("--format", choices=("json", "csv"), default="json")
    i_export.add_argument("--out", type=Path, metavar="F")
    i_export.add_argument("--bom", action="store_true")
    i_status = inc_actions.add_parser("status", parents=[common], help="a workflow step")
    i_status.add_argument("id", type=int)
    i_status.add_argument("state", help="assessed, contained, authority_notified, "
                          "subjects_notified, closed")
    i_status.add_argument("--at", metavar="TIME", help="when, ISO 8601 with offset")
    i_status.add_argument("--reason", help="reason for a late notice")
    i_status.add_argument("--channel", choices=("agency", "portal"),
                          help="how the notice was sent")
    i_status.add_argument("--reference", help="reference number of the notice")
    i_status.add_argument("--decision", choices=("notify", "no_notify"),
                          help="the harm assessment")
    i_status.add_argument("--assessment", help="why (notify or not)")
    i_attach = inc_actions.add_parser("attach", parents=[common], help="attach evidence")
    i_attach.add_argument("id", type=int)
    i_attach.add_argument("file", type=Path)
    inc.set_defaults(func=cmd_incidents, json=False)

    add_letter_parser(sub, common)
    add_report_parser(sub, common)

    packet = sub.add_parser("packet", parents=[common],
                            help="the incident packet: notice, minutes, subject notice, "
                                 "record, timeline and evidence in one verifiable zip")
    packet.add_argument("--incident", required=True, type=int, metavar="ID")
    packet.add_argument("--out", required=True, type=Path, metavar="F.zip")
    packet.set_defaults(func=cmd_packet)

    verify = sub.add_parser("verify-packet", parents=[common],
                            help="check an incident packet against its manifest")
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cmd_verify_packet)

    bench = sub.add_parser("bench", parents=[common],
                           help="measure speed against baselines taken in the same run")
    bench.add_argument("--json", action="store_true", help="print one JSON document")
    bench.add_argument("--only", nargs="+", metavar="NAME", help="run only these benchmarks")
    bench.set_defaults(func=cmd_bench)
    return parser


def _one_line(text: str, *, name: bool = False) -> str:
    """A part of an error message on one line: control characters (a line break in a name
    the user typed) escaped. A `name` (the field or row) that is empty or has spaces at its
    ends (" ") is quoted so that it can be seen."""
    shown = text if text.isprintable() else repr(text)[1:-1]
    if name and (not text or text != text.strip()):
        return f'"{shown}"'
    return shown or '""'


def _plain_window_start(argv: list[str]):
    """The arguments of the everyday start (`dpo-desk`, `dpo-desk gui`, either with
    `--db PATH`) read without argparse, whose import and parsers cost ~25 ms of the window's
    start (issue 8); None for any other command line, which argparse reads."""
    from types import SimpleNamespace

    rest, db = list(argv), None
    named_gui = rest[:1] == ["gui"]
    if named_gui:
        rest = rest[1:]
    if rest[:1] == ["--db"] and len(rest) >= 2 and rest[1] and not rest[1].startswith("-"):
        db, rest = rest[1], rest[2:]
    elif rest[:1] and rest[0].startswith("--db=") and len(rest[0]) > len("--db="):
        db, rest = rest[0][len("--db="):], rest[1:]
    if rest == ["gui"] and not named_gui:
        rest = []
    if rest:
        return None
    return SimpleNamespace(command="gui", db=db, screenshot=None, func=cmd_gui)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _plain_window_start(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if args.command is None:
        args.screenshot = None
        args.func = cmd_gui
    try:
        return args.func(args)
    except ValidationError as exc:
        for error in exc.errors:
            print(f"dpo-desk: error: {_one_line(error.field, name=True)}: "
                  f"{_one_line(error.message)}",
                  file=sys.stderr)
        return EXIT_USAGE
    except DeskError as exc:
        print(f"dpo-desk: error: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:  # a file the user named cannot be read or written
        print(f"dpo-desk: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.DatabaseError as exc:  # a read the disk or a damaged file refused
        from dpo_desk.core.paths import default_db_path

        print(f"dpo-desk: error: {args.db or default_db_path()}: cannot read the database "
              f"({exc}); run `dpo-desk check`", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
