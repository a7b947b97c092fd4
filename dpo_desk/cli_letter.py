"""`dpo-desk letter ...` (CONTRACT: letter acknowledge/reply/authority/minutes/subjects)."""

from __future__ import annotations


def add_parser(sub, common) -> None:
    """Adds the `letter` subcommand; its kinds arrive with the letters module."""
