"""`dpo-desk register list|show|add|delete|import|export`: the data category register."""

from __future__ import annotations

import sys
from pathlib import Path

from dpo_desk.cli.context import (
    EXIT_OK,
    add_json_input,
    counted,
    open_desk,
    print_json,
    read_json_object,
)


def add_parser(sub, common) -> None:
    reg = sub.add_parser("register", parents=[common], help="the data category register")
    reg_actions = reg.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = reg_actions.add_parser("list", parents=[common], help="list the entries")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    listing.add_argument("--search", metavar="TEXT", help="text in any field or item name")
    listing.add_argument("--sensitive", action="store_true", help="only sensitive entries")
    listing.add_argument("--cross-border", action="store_true", help="only transfers abroad")
    show_entry = reg_actions.add_parser("show", parents=[common], help="print one entry")
    show_entry.add_argument("id", type=int, help="the entry's id")
    show_entry.add_argument("--json", action="store_true", help="JSON (the only form)")
    add_json_input(reg_actions.add_parser("add", parents=[common], help="add one entry from JSON"))
    remove = reg_actions.add_parser("delete", parents=[common], help="delete one entry")
    remove.add_argument("id", type=int, help="the entry's id")
    load = reg_actions.add_parser("import", parents=[common],
                                  help="import a register CSV (all or nothing)")
    load.add_argument("file", type=Path, help="a register CSV (docs/formats.md)")
    load.add_argument("--dry-run", action="store_true", help="check the file, write nothing")
    load.add_argument("--json", action="store_true", help="print one JSON object")
    dump = reg_actions.add_parser("export", parents=[common], help="export the register")
    dump.add_argument("--format", choices=("csv", "json"), default="csv")
    dump.add_argument("--out", type=Path, metavar="F", help="file to write (default: stdout)")
    dump.add_argument("--bom", action="store_true", help="CSV with a UTF-8 BOM, for Excel")
    dump.add_argument("--language", choices=("vi", "en"),
                      help="labels in the CSV (default: the language setting)")
    reg.set_defaults(func=run, json=False)


def run(args) -> int:
    from dpo_desk.core import register, register_csv

    with open_desk(args) as desk:
        if args.action == "list":
            entries = register.list_entries(desk, text=args.search or "",
                                            sensitive=True if args.sensitive else None,
                                            cross_border=True if args.cross_border else None)
            if args.json:
                print_json([{"id": e["id"], **{k: e[k] for k in register.FIELDS}}
                            for e in entries])
            else:
                for e in entries:
                    flag = "SENSITIVE" if e["category_type"] == "sensitive" else "basic"
                    abroad = " abroad:" + ",".join(e["cross_border_countries"]) \
                        if e["cross_border"] else ""
                    print(f"{e['id']:>5}  {flag:<9}  {e['name']}  "
                          f"[{counted(len(e['items']), 'item', 'items')}]"
                          f"{abroad}")
                print(counted(len(entries), "entry", "entries"))
        elif args.action == "show":
            entry = register.get(desk, args.id)
            print_json({"id": entry["id"], **{k: entry[k] for k in register.FIELDS},
                        "created_at": entry["created_at"], "updated_at": entry["updated_at"]})
        elif args.action == "add":
            entry_id = register.create(desk, read_json_object(args.from_json))
            print_json({"id": entry_id}) if args.json else print(entry_id)
        elif args.action == "delete":
            register.delete(desk, args.id)
            print(f"Deleted register entry {args.id}")
        elif args.action == "import":
            plan = register_csv.plan_import(desk, args.file)
            ids = [] if args.dry_run else register_csv.apply_import(desk, plan)
            new = [i.vi for i in plan.new_items]
            if args.json:
                print_json({"imported": len(ids), "checked": len(plan.entries), "ids": ids,
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
