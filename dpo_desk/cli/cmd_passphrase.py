"""`dpo-desk passphrase` (re-key an encrypted database) and `dpo-desk encrypt` (encrypt a
plain one, a plain backup kept first): CONTRACT, Protecting the file."""

from __future__ import annotations

import sys
from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, NEW_ENV, asker, db_path, new_passphrase
from dpo_desk.core.errors import DeskError


def add_parser(sub, common) -> None:
    rekey = sub.add_parser("passphrase", parents=[common],
                           help="change the passphrase of an encrypted database")
    rekey.add_argument("--new-passphrase-file", type=Path, metavar="F",
                       help=f"the new passphrase is the first line of F (default: ${NEW_ENV}, "
                            "else a prompt, twice)")
    rekey.set_defaults(func=run_passphrase)

    encrypt = sub.add_parser("encrypt", parents=[common],
                             help="encrypt a plain database (a plain backup is kept first)")
    encrypt.set_defaults(func=run_encrypt)


def run_passphrase(args) -> int:
    from dpo_desk.core import encryption, keychain
    from dpo_desk.core.desk import Desk

    path = db_path(args)
    with Desk.open(path, passphrase=asker(args, path)) as desk:
        if desk.key is None:
            raise DeskError(f"{path}: is not encrypted; encrypt it with `dpo-desk encrypt`")
        old_salt = desk.key.salt
        remembered = keychain.is_remembered(old_salt)
        encryption.change_passphrase(desk, new_passphrase(args, new=True))
    print(f"The passphrase of {path} was changed.")
    if remembered and keychain.is_remembered(old_salt):
        print(f"dpo-desk: warning: the old key of {path} could not be removed from the system "
              f"keyring; remove the entry \"{keychain.account(old_salt)}\" of "
              f"\"{keychain.SERVICE}\" with the keyring's own app.", file=sys.stderr)
    elif remembered:
        print("The key remembered on this computer (system keyring) was removed with the old "
              "passphrase: the window asks for the new one at its next start.")
    return EXIT_OK


def run_encrypt(args) -> int:
    from dpo_desk.core import cipher, encryption
    from dpo_desk.core.desk import inspect_file
    from dpo_desk.core.errors import DatabaseMissing

    path = db_path(args)
    if not path.exists():
        raise DatabaseMissing(path)
    if cipher.is_encrypted(path):
        raise DeskError(f"{path}: is already encrypted; change its passphrase with "
                        "`dpo-desk passphrase`")
    inspect_file(path)  # a foreign or newer file is refused before asking for anything
    kept = encryption.encrypt(path, new_passphrase(args))
    print(f"Encrypted {path}.")
    print(f"dpo-desk: the plain copy {kept} was kept: check that the database opens with the "
          "passphrase, then delete that copy (it is not encrypted).", file=sys.stderr)
    return EXIT_OK
