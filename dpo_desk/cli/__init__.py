"""The `dpo-desk` command (CONTRACT: Command line). Each subcommand is a thin call into core.

One module per command group, `cmd_<group>.py`, as calibre's `db/cli/cmd_*.py`: each adds its
parsers (`add_parser(sub, common)`, naming its run function as the parsers' `func`) and runs
them; they share `context.py`. This module only builds the parser from the modules of
`COMMANDS`, runs the chosen function and turns errors into messages.

Exit codes: 0 success, 1 a check found a problem, 2 bad input or usage (one message naming
the field, row or file on stderr; never a traceback).
"""

from __future__ import annotations

import os
import sys
from importlib import import_module
from typing import TYPE_CHECKING

from dpo_desk.cli.context import EXIT_OK, EXIT_USAGE
from dpo_desk.core.errors import DeskError, ValidationError

if TYPE_CHECKING:
    import argparse

# The command groups, in the order `dpo-desk --help` lists them: dpo_desk/cli/cmd_<name>.py.
COMMANDS = ("gui", "init", "settings", "check", "backup", "passphrase", "demo", "register",
            "deadline", "complaints", "erase", "incidents", "letter", "report", "packet", "policy",
            "bench")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (the everyday window start does without it:
    `_plain_window_start`)."""
    import argparse

    from dpo_desk import __version__
    from dpo_desk.cli.context import add_common_option as add_passphrase_option
    from dpo_desk.core.migrations import SCHEMA_VERSION

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS, metavar="PATH",
                        help="database file (default: $DPO_DESK_DB or the per-user data folder)")
    add_passphrase_option(common)
    parser = argparse.ArgumentParser(
        prog="dpo-desk", parents=[common],
        description="DPO Desk: register, requests and breach notices for a Vietnamese DPO.")
    parser.add_argument("--version", action="version",
                        version=f"dpo-desk {__version__} (database schema {SCHEMA_VERSION})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        import_module(f"dpo_desk.cli.cmd_{name}").add_parser(sub, common)
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

    from dpo_desk.cli import cmd_gui

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
    return SimpleNamespace(command="gui", db=db, screenshot=None, func=cmd_gui.run)


def _database_error() -> type[Exception]:
    from dpo_desk.core import cipher

    return cipher.DatabaseError


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _plain_window_start(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if args.command is None:
        from dpo_desk.cli import cmd_gui

        args.screenshot = None
        args.func = cmd_gui.run
    try:
        code = args.func(args)
        sys.stdout.flush()  # a reader that went away shows here, not at the exit
        return code
    except BrokenPipeError:
        # CONTRACT: output to a closed pipe (`| head`) ends quietly: exit 0 for the part
        # written; what is still buffered goes nowhere rather than to a second error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
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
    except _database_error() as exc:  # a read the disk or a damaged file refused
        from dpo_desk.core.paths import default_db_path

        print(f"dpo-desk: error: {args.db or default_db_path()}: cannot read the database "
              f"({exc}); run `dpo-desk check`", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
