"""`dpo-desk [gui] [--screenshot DIR]`: the main window (the command when none is given)."""

from __future__ import annotations

from pathlib import Path

from dpo_desk.cli.context import given


def add_parser(sub, common) -> None:
    gui = sub.add_parser("gui", parents=[common], help="open the main window")
    gui.add_argument("--screenshot", metavar="DIR", type=Path,
                     help="render every view and dialog to DIR/<name>.png offscreen and exit")
    gui.add_argument("--size", metavar="WxH", type=_size, default=(1280, 800),
                     help="with --screenshot: the window's size (default 1280x800)")
    gui.add_argument("--language", choices=("vi", "en"),
                     help="with --screenshot: the interface language (default: the user's)")
    gui.set_defaults(func=run)


def _size(text: str) -> tuple[int, int]:
    import argparse

    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 960x700, not {text!r}")
    return int(width), int(height)


def run(args) -> int:
    # The window is painted before its file is opened (ui/app.py `run`; cold start, issues 8
    # and 13): core's storage is imported after the paint. The default file's folder is
    # found before it, with platformdirs imported before PySide6, whose `__feature__` import
    # hook reads the source of every module imported after it (~0.2 ms a module).
    if not args.db:
        import platformdirs  # noqa: F401

    # CONTRACT: the passphrase from --passphrase-file, as every command takes it
    passphrase = given(args) if getattr(args, "passphrase_file", None) else None
    from dpo_desk.ui.app import run as run_app

    return run_app(db_path=args.db, screenshot_dir=args.screenshot,
                   screenshot_size=getattr(args, "size", (1280, 800)),
                   language=getattr(args, "language", None), passphrase=passphrase)
