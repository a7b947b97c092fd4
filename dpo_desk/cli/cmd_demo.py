"""`dpo-desk demo [--complaints N] [--seed S]`: fill in a demo company."""

from __future__ import annotations

from dpo_desk.cli.context import EXIT_OK, open_desk
from dpo_desk.core.errors import ValidationError


def add_parser(sub, common) -> None:
    demo = sub.add_parser("demo", parents=[common], help="fill in a demo company")
    demo.add_argument("--complaints", type=int, default=0, metavar="N",
                      help="also N complaints and requests over two years")
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="the same seed gives the same company")
    demo.set_defaults(func=run)


def run(args) -> int:
    from dpo_desk.core import demo

    if args.complaints < 0:
        raise ValidationError.single("--complaints", "must be 0 or more")
    from dpo_desk.cli.context import create_for_demo, db_path

    with open_desk(args) if db_path(args).exists() else create_for_demo(args) as desk:
        profile = demo.fill(desk, seed=args.seed, complaints=args.complaints)
    print(f"Demo company written: {profile['company_name']}"
          + (f", with {args.complaints} complaints and requests" if args.complaints else ""))
    return EXIT_OK
