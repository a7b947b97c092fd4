"""Where every `dpo-desk` command takes a passphrase from (CONTRACT: Protecting the file):
`--passphrase-file F` (its first line), else `DPO_DESK_PASSPHRASE`, else a prompt on a
terminal; a new passphrase for `passphrase` from `--new-passphrase-file F` or
`DPO_DESK_NEW_PASSPHRASE`, else a prompt (twice). Without any of them an encrypted file is
refused (exit 2), never waited for.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from dpo_desk.core.errors import DeskError, ValidationError, WrongPassphrase

ENV = "DPO_DESK_PASSPHRASE"
NEW_ENV = "DPO_DESK_NEW_PASSPHRASE"
MAX_FILE_BYTES = 4096  # a passphrase file holds one line


def add_common_option(common) -> None:
    """`--passphrase-file F` on every command, next to `--db`."""
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
