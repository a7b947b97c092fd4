"""`dpo-desk settings show|set|import`: the company profile and preferences."""

from __future__ import annotations

from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, open_desk, print_json


def add_parser(sub, common) -> None:
    settings = sub.add_parser("settings", parents=[common], help="company profile, preferences")
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help="print every setting")
    show.add_argument("--json", action="store_true", help="print one JSON object")
    put = actions.add_parser("set", parents=[common], help="change one setting")
    put.add_argument("key", help="a setting key (docs/formats.md)")
    put.add_argument("value", help="its new value")
    load = actions.add_parser("import", parents=[common], help="settings from a JSON object file")
    load.add_argument("file", type=Path, help="a JSON object of key: value; all or nothing")
    settings.set_defaults(func=run, json=False)


def run(args) -> int:
    from dpo_desk.core import settings

    with open_desk(args) as desk:
        if args.action == "set":
            settings.update(desk, {args.key: args.value})
        elif args.action == "import":
            settings.import_file(desk, args.file)
        values = settings.get_all(desk)
    if args.action == "show":
        if args.json:
            print_json(values)
        else:
            width = max(len(k) for k in values)
            for key, value in values.items():
                print(f"{key:<{width}}  {value}")
    return EXIT_OK
