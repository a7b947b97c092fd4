"""Every `dpo-desk` subcommand is documented in the README (STYLE: sqlite-utils' test_docs)."""

import argparse
import re
from pathlib import Path

import pytest

from dpo_desk.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def subcommands() -> list[str]:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(sub.choices)


def undocumented(readme: str, names: list[str]) -> list[str]:
    return [n for n in names if not re.search(rf"\bdpo-desk {re.escape(n)}\b", readme)]


def test_the_parser_has_the_foundation_commands():
    assert {"gui", "settings", "check", "backup", "restore", "demo"} <= set(subcommands())


@pytest.mark.parametrize("name", subcommands())
def test_subcommand_is_in_the_readme(name):
    assert undocumented(README.read_text(encoding="utf-8"), [name]) == []


def test_the_check_notices_a_missing_command():
    readme = "| `dpo-desk settings show` | ... |\n`dpo-desk checkup` is not `check`; dpo-desk"
    assert undocumented(readme, ["settings", "check", "backup"]) == ["check", "backup"]
