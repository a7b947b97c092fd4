"""`dpo-desk backup --out FILE` and `dpo-desk restore FILE`."""

from __future__ import annotations

from pathlib import Path

from dpo_desk.cli.context import EXIT_OK, open_desk


def add_parser(sub, common) -> None:
    backup = sub.add_parser("backup", parents=[common], help="consistent copy of the database")
    backup.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the backup file to write")
    backup.set_defaults(func=run_backup)

    restore = sub.add_parser("restore", parents=[common],
                             help="replace the database by a checked backup")
    restore.add_argument("file", type=Path, help="a backup made by `dpo-desk backup`")
    restore.set_defaults(func=run_restore)


def run_backup(args) -> int:
    from dpo_desk.core import backup

    with open_desk(args) as desk:
        target = backup.backup(desk, args.out)
    print(f"Backup written to {target}")
    return EXIT_OK


def run_restore(args) -> int:
    from dpo_desk.cli.context import asker, db_path
    from dpo_desk.core import backup
    from dpo_desk.core.desk import Desk, key_for

    target = db_path(args)
    if target.exists():  # an encrypted database: its key, to check that it is ours
        key_for(target, asker(args, target))
    kept = backup.restore(target, args.file, asker(args, args.file))
    with Desk.open(target) as desk:  # upgrades an older backup, after backing it up
        version = desk.schema_version
    print(f"Restored {args.file} into {target} (schema {version}).")
    if kept:
        print(f"The replaced database was kept as {kept}")
    return EXIT_OK
