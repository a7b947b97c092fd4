"""`dpo-desk policy import|generate|gaps|resolve`: the company's published privacy policy
read into register entries and a checklist of gaps, and the privacy notice written from the
register (CONTRACT: Privacy policy and register)."""

from __future__ import annotations

import sys
from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, open_desk, print_json


def add_parser(sub, common) -> None:
    policy = sub.add_parser("policy", parents=[common],
                            help="read a privacy policy into the register; write the notice")
    actions = policy.add_subparsers(dest="action", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import", parents=[common],
        help="read a published policy (.txt, .html, .docx, .pdf): items, gaps and the "
             "sentence behind each; with --db also where it and the register disagree")
    load.add_argument("file", type=Path, help="the policy file")
    load.add_argument("--json", action="store_true", help="print one JSON object")
    load.add_argument("--apply", action="store_true",
                      help="add the proposed register entries and save the gaps as a checklist")
    write = actions.add_parser("generate", parents=[common],
                               help="write the privacy notice from the register and profile")
    write.add_argument("--out", type=Path, required=True, metavar="F",
                       help="F.pdf, F.docx or F.html")
    write.add_argument("--language", choices=("vi", "en"), default="vi")
    listing = actions.add_parser("gaps", parents=[common], help="the checklist of policy gaps")
    listing.add_argument("--all", action="store_true", help="resolved gaps too")
    listing.add_argument("--json", action="store_true", help="print one JSON array")
    done = actions.add_parser("resolve", parents=[common], help="mark a policy gap resolved")
    done.add_argument("id", type=int, help="the gap's id")
    policy.set_defaults(func=run, json=False)


def run(args) -> int:
    if args.action == "import":
        return _import(args)
    if args.action == "generate":
        from dpo_desk.core.policy import notice

        with open_desk(args) as desk:
            missing = notice.write(desk, args.out, language=args.language)
        for what in missing:
            print(f"not in the register or profile (left blank): {what}", file=sys.stderr)
        print(f"Privacy notice written to {args.out}", file=sys.stderr)
        return EXIT_OK
    from dpo_desk.core.policy import apply

    with open_desk(args) as desk:
        if args.action == "resolve":
            apply.resolve(desk, args.id)
            print(f"Policy gap {args.id} resolved")
            return EXIT_OK
        rows = apply.gaps(desk, include_resolved=args.all)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['id']:>5}  {row['status']:<8}  {row['code']}: {row['text']}")
        print(f"{len(rows)} gap(s)")
    return EXIT_OK


def _import(args) -> int:
    from dpo_desk.core import register
    from dpo_desk.core.policy import analyse, apply, reader

    text = reader.read_policy(args.file)  # a bad file stops here: nothing opened or written
    source = args.file.name
    if args.db is None and not args.apply:
        result = analyse.analyse(text)
        proposals = apply.propose(result, source=source)
        applied = None
    else:
        compare = args.db is not None  # CONTRACT: with --db, where policy and register differ
        with open_desk(args) as desk:
            entries = register.list_entries(desk) if compare and not args.apply else None
            result = analyse.analyse(text, register=entries)
            proposals = apply.propose(result, source=source,
                                      taken=register.folded_names(desk))
            applied = apply.apply(desk, result, proposals, source=source, compare=compare) \
                if args.apply else None
    if args.json:
        document = result.as_dict() | {"entries": [p.as_dict() for p in proposals]}
        if applied:
            document["applied"] = {"entries": applied[0], "gaps": applied[1]}
        print_json(document)
    else:
        _print(result, proposals, applied, args.file)
    return EXIT_OK


def _print(result, proposals, applied, path) -> None:
    data = result.as_dict()
    print(f"Policy {path}")
    print(f"Company: {data['company'] or '(not found)'}")
    print(f"Dated: {data['updated'] or '(no date found)'}")
    print(f"Data items ({len(data['items'])}):")
    for item in data["items"]:
        flag = f"  SENSITIVE, {item['article']}" if item["sensitive"] else ""
        print(f"  - {item['label']} [{item['code']}]{flag}")
        print(f"      “{item['evidence']}”")
    for title, values in (("Purposes", data["purposes"]), ("Recipients", data["recipients"]),
                          ("Rights stated", data["rights"])):
        print(f"{title}: {'; '.join(values) if values else '(none found)'}")
    abroad = {True: "yes", False: "no", None: "(not stated)"}[data["cross_border"]]
    print(f"Transfers abroad: {abroad}")
    print(f"Retention: {data['retention'] or '(not found)'}")
    days = ", ".join(str(d) for d in data["request_days"]) or "(none found)"
    print(f"Request/complaint days: {days}")
    print(f"Gaps ({len(data['gaps'])}):")
    for gap in data["gaps"]:
        print(f"  - {gap['code']}: {gap['text']} / {gap['text_en']}")
        print(f"      {'“' + gap['evidence'] + '”' if gap['evidence'] else '(not found)'}")
    print(f"Proposed register entries ({len(proposals)}):")
    for proposal in proposals:
        values = proposal.values
        print(f"  - {values['name']}: {len(values['items'])} items, "
              f"{'; '.join(values['purpose'])}")
    if applied:
        print(f"Added {len(applied[0])} register entries and {len(applied[1])} gaps to the "
              "checklist.")
