"""What every `dpo-desk` command shares: the exit codes, opening the desk, printing JSON, and
reading or writing the files a command line names. Core modules are imported inside the
functions, as in the commands, so that importing this costs nothing on the window's start.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

from dpo_desk.core.errors import DeskError, ValidationError, WrongPassphrase

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
    from dpo_desk.core.desk import Desk

    path = db_path(args)
    desk = Desk.open(path, passphrase=asker(args, path))
    if desk.backup_path:
        print(f"Upgraded {desk.path} to schema {desk.schema_version}; "
              f"the previous file was saved as {desk.backup_path}", file=sys.stderr)
    if desk.narrowed:
        print(f"dpo-desk: {desk.narrowed_message()}", file=sys.stderr)
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


# -- passphrases (CONTRACT: Protecting the file) ------------------------------------------
# Every command takes the passphrase of an encrypted database from `--passphrase-file F` (its
# first line), else `DPO_DESK_PASSPHRASE`, else a prompt on a terminal; a new passphrase for
# `passphrase` from `--new-passphrase-file F` or `DPO_DESK_NEW_PASSPHRASE`, else a prompt
# (twice). Without any of them an encrypted file is refused (exit 2), never waited for.

ENV = "DPO_DESK_PASSPHRASE"
NEW_ENV = "DPO_DESK_NEW_PASSPHRASE"
MAX_FILE_BYTES = 4096  # a passphrase file holds one line


def add_common_option(common) -> None:
    """`--passphrase-file F` on every command, next to `--db`."""
    import argparse  # not on the window's start

    common.add_argument("--passphrase-file", type=Path, metavar="F", default=argparse.SUPPRESS,
                        help=f"the database's passphrase is the first line of F (default: "
                             f"${ENV}, else a prompt on a terminal)")


def read_file(path: Path, option: str) -> str:
    """The first line of `path`, without its line break; an error naming the option."""
    try:
        if not path.is_file():  # a FIFO or a device would block or never end
            raise ValidationError.single(option, "{path}: not a regular file", path=str(path))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES)
    except OSError as exc:
        raise ValidationError.single(option, "{path}: cannot be read ({reason})",
                                     path=str(path), reason=exc.strerror) from exc
    try:
        line = data.decode("utf-8-sig").split("\n", 1)[0].removesuffix("\r")
    except UnicodeDecodeError as exc:
        raise ValidationError.single(option, "{path}: is not UTF-8 text",
                                     path=str(path)) from exc
    if not line:
        raise ValidationError.single(option, "{path}: its first line is empty", path=str(path))
    return line


def given(args, *, new: bool = False) -> str | None:
    """The passphrase the command line gives: its file, else the environment; or None."""
    option = "new_passphrase_file" if new else "passphrase_file"
    path = getattr(args, option, None)
    if path is not None:
        return read_file(path, "--" + option.replace("_", "-"))
    return os.environ.get(NEW_ENV if new else ENV) or None


def _terminal() -> bool:
    return sys.stdin.isatty()


def asker(args, path: Path | str | None) -> Callable[[], str | None]:
    """For `Desk.open`: asked only when the file is encrypted and its key not yet known."""

    def ask() -> str | None:
        found = given(args)
        if found:
            return found
        if _terminal():
            import getpass

            return getpass.getpass(f"Passphrase of {path}: ")
        raise WrongPassphrase(path, f"it is encrypted, and no passphrase was given: set {ENV} "
                              "or use --passphrase-file")

    return ask


def new_passphrase(args, *, new: bool = False) -> str:
    """A passphrase for a new key: given, or typed twice on a terminal; long enough."""
    from dpo_desk.core import cipher

    env = NEW_ENV if new else ENV
    option = "--new-passphrase-file" if new else "--passphrase-file"
    found = given(args, new=new)
    name = option if getattr(args, option[2:].replace("-", "_"), None) else env
    if found is None:
        if not _terminal():
            raise DeskError(f"no passphrase: set {env} or use {option} (there is no terminal "
                            "to ask on); nothing was changed")
        import getpass

        found = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat it: ") != found:
            raise DeskError("the two passphrases differ; nothing was changed")
        name = "passphrase"
    if cipher.strength(found) == 0:
        raise ValidationError.single(name, "must have at least {n} characters",
                                     n=cipher.MIN_LENGTH)
    return found


def db_path(args) -> Path:
    from dpo_desk.core.paths import default_db_path

    return Path(args.db).expanduser().absolute() if args.db else default_db_path()


def create_for_demo(args):
    """`demo` on a missing file: created encrypted when a passphrase is given (file or
    environment), else plain, said on stderr (demo data is fictional); never prompts."""
    from dpo_desk.core.desk import Desk

    path = db_path(args)
    passphrase = given(args)
    desk = Desk.create(path, passphrase=passphrase)
    if passphrase is None:
        print(f"dpo-desk: created {path} without encryption (no passphrase given); fine for "
              "the fictional demo company, not for real data.", file=sys.stderr)
    return desk
