"""`dpo-desk deadline` (a due date by Vietnamese counting rules, DOMAIN D3) and
`dpo-desk holidays` (the working-day calendar and the DPO's overrides)."""

from __future__ import annotations

from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, date_arg, open_desk, print_json
from dpo_desk.core.errors import ValidationError


def add_parser(sub, common) -> None:
    deadline = sub.add_parser("deadline", parents=[common],
                              help="the due date by Vietnamese counting rules")
    deadline.add_argument("--received", required=True, metavar="YYYY-MM-DD",
                          help="the day the request arrived")
    deadline.add_argument("--days", required=True, type=int, metavar="N",
                          help="the number of days to count")
    deadline.add_argument("--working", action="store_true", help="count working days")
    deadline.add_argument("--no-roll", action="store_true",
                          help="do not move a last day that is a day off")
    deadline.add_argument("--json", action="store_true", help="print one JSON object")
    deadline.set_defaults(func=run_deadline)

    hol = sub.add_parser("holidays", parents=[common], help="the working-day calendar")
    hol.add_argument("--year", type=int, help="the year to list (default: this year)")
    hol.add_argument("--json", action="store_true", help="print one JSON object")
    hol_actions = hol.add_subparsers(dest="action", metavar="ACTION")
    off = hol_actions.add_parser("add-off", parents=[common],
                                 help="add a day off (also makes a government or unconfirmed "
                                      "day count)")
    off.add_argument("date", help="YYYY-MM-DD")
    off.add_argument("name", help="what the day is")
    work = hol_actions.add_parser("add-workday", parents=[common],
                                  help="declare a working day (a swapped Saturday)")
    work.add_argument("date", help="YYYY-MM-DD")
    work.add_argument("name", help="why it is worked")
    strike = hol_actions.add_parser("remove", parents=[common],
                                    help="remove a day off or an override")
    strike.add_argument("date", help="YYYY-MM-DD")
    hol.set_defaults(func=run_holidays)


def run_deadline(args) -> int:
    from dpo_desk.core import deadlines, limits

    received = date_arg(args.received, "--received")
    limits.check_days("--days", args.days)
    from dpo_desk.core.paths import default_db_path

    if not (Path(args.db) if args.db else default_db_path()).exists():
        calendar = deadlines.Calendar()  # no database yet: the law's calendar, nothing created
    else:
        with open_desk(args) as desk:  # the DPO's overrides count everywhere (DOMAIN D3.4)
            calendar = deadlines.load_calendar(desk)
    due = deadlines.due_date(received, args.days, working=args.working, roll=not args.no_roll,
                             calendar=calendar)
    result = {"received": received.isoformat(), "days": args.days,
              "mode": "working" if args.working else "calendar", "due": due.isoformat()}
    print_json(result) if args.json else print(due.isoformat())
    return EXIT_OK


def run_holidays(args) -> int:
    from dpo_desk.core import clock, deadlines

    with open_desk(args) as desk:
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
                print_json(result)
            else:
                print(f"{year}: weekly rest {', '.join(calendar.weekly_rest)}")
                # DOMAIN D3.4: every day with its source; only law and override days count
                rows = [("off", d) for d in result["days_off"]] + \
                    [("working", d) for d in result["working_days"]]
                for kind, day in sorted(rows, key=lambda r: r[1]["date"]):
                    counted = "" if day["counts"] else " (not counted)"
                    print(f"  {day['date']}  {kind:<8} {day['source']:<12} {day['name']}"
                          f"{counted}")
                print("Only law and override days count for deadlines; `dpo-desk holidays "
                      "add-off DATE NAME` (or `add-workday` for a Saturday) makes another "
                      "day count.")
    return EXIT_OK
