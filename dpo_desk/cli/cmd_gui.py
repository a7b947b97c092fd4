"""`dpo-desk [gui] [--screenshot DIR]`: the main window (the command when none is given)."""

from __future__ import annotations

from pathlib import Path


def add_parser(sub, common) -> None:
    gui = sub.add_parser("gui", parents=[common], help="open the main window")
    gui.add_argument("--screenshot", metavar="DIR", type=Path,
                     help="render every view and dialog to DIR/<name>.png offscreen and exit")
    gui.set_defaults(func=run)


def run(args) -> int:
    from dpo_desk.ui.app import run as run_app

    return run_app(db_path=args.db, screenshot_dir=args.screenshot)
