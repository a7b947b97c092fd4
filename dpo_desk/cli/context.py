"""What every `dpo-desk` command shares: the exit codes, opening the desk, printing JSON, and
reading or writing the files a command line names. Core modules are imported inside the
functions, as in the commands, so that importing this costs nothing on the window's start.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dpo_desk.core.errors import DeskError, ValidationError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class UsageError(DeskError):
    """A wrong command line the parser could not catch."""


def add_json_input(parser, *, source=None) -> None:
    """The options of an `add`: the JSON object to read, and how to print the new id.
    `source`: a required, mutually exclusive group to hold --from-json, when the command
    can take its input from elsewhere too."""
    (source or parser).add_argument("--from-json", required=source is None, metavar="F",
                                    help="a JSON object file, - for stdin")
    parser.add_argument("--json", action="store_true", help='print {"id": ...}')


def add_export_options(parser) -> None:
    """The options of an `export` that `write_records` writes."""
    parser.add_argument("--format", choices=("json", "csv"), default="json")
    parser.add_argument("--out", type=Path, metavar="F", help="file to write (default: stdout)")
    parser.add_argument("--bom", action="store_true", help="CSV with a UTF-8 BOM, for Excel")


def open_desk(args):
    """The database of `--db` (or the default one), upgraded if older, saying so on stderr."""
    from dpo_desk.cli.passphrases import asker, db_path
    from dpo_desk.core.desk import Desk

    path = db_path(args)
    desk = Desk.open(path, passphrase=asker(args, path))
    if desk.backup_path:
        print(f"Upgraded {desk.path} to schema {desk.schema_version}; "
              f"the previous file was saved as {desk.backup_path}", file=sys.stderr)
    return desk


def print_json(document) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def print_problems(problems: list, where, intact: str) -> None:
    """What a check found, one problem to a line, or the line that says all is well."""
    if not problems:
        print(intact)
        return
    print(f"{len(problems)} problem(s) in {where}:")
    for problem in problems:
        print(f"- {problem}")


def read_text(source: str | Path, limit: int, name: str | None = None) -> str:
    """The UTF-8 text of the file `source` (`-`: stdin), at most `limit` bytes; a folder,
    device, pipe or /proc file is refused before it is opened (core/files.py), naming
    `name` (default: the file)."""
    from dpo_desk.core import files

    name = name or str(source)
    if str(source) == "-":
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise files.too_large(name, limit)
    else:
        data = files.read_limited(source, limit, name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValidationError.single(name, "is not UTF-8 text ({reason})",
                                     reason=str(exc)) from exc


def read_json_object(source: str) -> dict:
    """The one JSON object in the file `source` (`-`: stdin); a clear error naming it."""
    from dpo_desk.core import limits

    text = read_text(source, limits.JSON_BYTES)
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValidationError.single(source, "is not valid JSON ({reason})",
                                     reason=str(exc)) from exc
    except RecursionError as exc:  # [[[[...]]]] deeper than the parser goes
        raise ValidationError.single(source, "is not valid JSON (nested too deeply)") from exc
    if not isinstance(data, dict):
        raise ValidationError.single(source, "must hold one JSON object")
    return data


def date_arg(text: str, name: str):
    """The date of option `name` written as YYYY-MM-DD, from 1900 to 2200."""
    from datetime import date

    from dpo_desk.core import limits

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValidationError.single(name, "not a real date (expected YYYY-MM-DD)") from None
    return limits.check_date(name, day)


def write_records(records: list[dict], fields, args) -> None:
    """JSON (default) or Excel-friendly CSV (no cell a spreadsheet would run as a formula),
    to stdout or privately and atomically to a file that is not the open database."""
    from dpo_desk.core import csvcells, files

    if args.format == "json":
        text = json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    else:
        text = csvcells.records_text(records, fields)
    if args.out is None:
        sys.stdout.write(text)
        return
    encoding = "utf-8-sig" if args.format == "csv" and args.bom else "utf-8"
    files.atomic_write(args.out, text, encoding=encoding)
    print(f"{len(records)} record(s) written to {args.out}", file=sys.stderr)


def counted(number: int, one: str, many: str) -> str:
    """"1 case", "2 cases": the count line under a list."""
    return f"{number} {one if number == 1 else many}"
