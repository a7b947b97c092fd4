"""`dpo-desk report register|complaints|incidents --out F.pdf [--from D --to D]` (CONTRACT:
report; DOMAIN D5): the printable reports, each a thin call into core/reports.py.

The register is printed as it stands today; complaints and incidents for a period, by
default this month and the eleven before it. A wrong date, or a period that starts after it
ends, is exit 2 naming `--from` or `--to`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, date_arg, open_desk
from dpo_desk.core.errors import FieldError, ValidationError

REPORT_HELP = {
    "register": "the record of processing: summary (sensitive data and why, transfers "
                "abroad, recipients by role), then every register entry",
    "complaints": "requests and complaints received in a period: counts by kind and status, "
                  "on-time rate, handling times, a chart by month, overdue cases, the cases",
    "incidents": "breaches discovered in a period: the 72-hour clock of each (notified on "
                 "time or late, and why), the data affected, the notices sent",
}
PERIOD_FIELDS = {"start": "--from", "end": "--to"}
OPTIONS = {**PERIOD_FIELDS, "out": "--out", "language": "--language"}  # core field -> option


def add_parser(sub, common) -> None:
    """Adds `report` and its kinds to the `dpo-desk` parser."""
    report = sub.add_parser("report", parents=[common], help="printable reports as PDF")
    kinds = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    for name, description in REPORT_HELP.items():
        _add_kind(kinds, common, name, description)


def _add_kind(kinds, common: argparse.ArgumentParser, name: str, description: str) -> None:
    parser = kinds.add_parser(name, parents=[common], help=description)
    parser.add_argument("--out", required=True, type=Path, metavar="F.pdf",
                        help="the PDF to write")
    parser.add_argument("--language", choices=("vi", "en"),
                        help="the report's language (default: the language setting)")
    if name != "register":
        parser.add_argument("--from", dest="start", metavar="YYYY-MM-DD",
                            help="first day of the period (default: the first day of the "
                                 "month eleven months before --to)")
        parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD",
                            help="last day of the period (default: today)")
    parser.set_defaults(func=run, start=None, end=None)


def run(args) -> int:
    from dpo_desk.core import reports

    period = {}
    for field, option in PERIOD_FIELDS.items():
        text = getattr(args, field)
        if text is not None:
            period[field] = date_arg(text, option)
    if len(period) == 2 and period["start"] > period["end"]:
        raise ValidationError.single("--from", "the period starts ({start}) after --to ({end})",
                                     start=period["start"].isoformat(),
                                     end=period["end"].isoformat())
    with open_desk(args) as desk:
        try:
            path = reports.REPORTS[args.kind](desk, args.out, language=args.language,
                                              **period)
        except ValidationError as error:  # the core names its own fields
            raise ValidationError([FieldError(OPTIONS.get(e.field, e.field), e.template,
                                              e.params) for e in error.errors]) from None
    print(f"Report written to {path}")
    return EXIT_OK
