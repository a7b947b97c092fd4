"""The documentation in the repository matches the program (STYLE: sqlite-utils' test_docs):
docs/commands.md is what the parser generates, the README names every subcommand, and
docs/formats.md names every field the program reads or writes."""

import argparse
import re
from pathlib import Path

import pytest

from dpo_desk.cli import build_parser
from dpo_desk.cli.docs import reference
from dpo_desk.core import complaints, incidents, register, register_csv, settings

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
DOCS = ROOT / "docs"


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


def test_the_command_reference_is_what_the_parser_says():
    written = (DOCS / "commands.md").read_text(encoding="utf-8")
    assert written == reference(), "docs/commands.md is stale: run `make docs`"


def test_the_reference_has_every_command_option_and_help(monkeypatch):
    """Not blind: each command, each sub-action and each option is in it, and the terminal's
    width does not change it."""
    text = reference()
    for name in subcommands():
        assert f"\n## dpo-desk {name}\n" in text
    for words in (["register", "export"], ["letter", "subjects"], ["holidays", "add-off"]):
        assert f"\n### dpo-desk {' '.join(words)}\n" in text
    assert "| `--public-text F.txt` | also write the public notice" in text
    assert "[--format csv|json]" in text and "`--format csv\\|json`" in text
    monkeypatch.setenv("COLUMNS", "30")
    assert reference() == text


def documented_fields(section: str) -> set[str]:
    """The `names` in backticks of one `## section` of docs/formats.md."""
    text = (DOCS / "formats.md").read_text(encoding="utf-8")
    part = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"`([a-z_]+)`", part))


@pytest.mark.parametrize(("section", "fields"), [
    ("Settings", [s.key for s in settings.SETTINGS]),
    ("Register entries", register.FIELDS),
    ("Register CSV", register_csv.COLUMNS),
    ("Complaints and requests", (*complaints.EXPORT_FIELDS, "register_entries")),
    ("Breach incidents", incidents.EXPORT_FIELDS),
])
def test_the_formats_name_every_field(section, fields):
    missing = sorted(set(fields) - documented_fields(section))
    assert missing == [], f"docs/formats.md, section {section!r}, does not name: {missing}"
