"""`dpo-desk init [--no-encryption]`: create the database (CONTRACT: Protecting the file)."""

from __future__ import annotations

import sys

from dpo_desk.cli.context import EXIT_OK, db_path, new_passphrase


def add_parser(sub, common) -> None:
    init = sub.add_parser("init", parents=[common],
                          help="create the database (encrypted unless --no-encryption)")
    init.add_argument("--no-encryption", action="store_true",
                      help="a plain file that anyone with a copy can read")
    init.set_defaults(func=run)


def run(args) -> int:
    from dpo_desk.core.desk import Desk
    from dpo_desk.core.errors import DatabaseExists

    path = db_path(args)
    if path.exists() and not (path.is_file() and path.stat().st_size == 0):
        raise DatabaseExists(path)  # before asking for anything
    if args.no_encryption:
        Desk.create(path).close()
        print(f"dpo-desk: {path} is NOT encrypted (--no-encryption): anyone who gets a copy "
              "can read it. `dpo-desk encrypt` encrypts it later.", file=sys.stderr)
        print(f"Created {path} (not encrypted)")
        return EXIT_OK
    Desk.create(path, passphrase=new_passphrase(args)).close()
    print(f"Created {path}, encrypted. Keep the passphrase safe: without it the data cannot "
          "be recovered.")
    return EXIT_OK
