"""The command reference, docs/commands.md, written from the parser itself:
`python -m dpo_desk.cli.docs > docs/commands.md` (`make docs`). tests/cli/test_docs.py fails
when the file and the parser differ, as sqlite-utils' test_docs.py does.

The text is rendered here from the parser's actions, not by argparse's help formatter, so it
is the same whatever the terminal's width or the Python version.
"""

from __future__ import annotations

import argparse
import sys

from dpo_desk.cli import build_parser

HEADER = """\
# Command reference

<!-- Generated from the parser by `make docs` (python -m dpo_desk.cli.docs); do not edit.
     tests/cli/test_docs.py fails when this file and the parser differ. -->

`dpo-desk` is installed with DPO Desk (`pip install -e .`, done by `make`); `python main.py`
and `python -m dpo_desk` are the same program. With no command it opens the main window.
`dpo-desk --version` prints the version and the database schema version; `-h` or `--help`
after any command prints its options.

Every command takes `--db PATH`: the database file (default: `$DPO_DESK_DB`, else
`dpo-desk.sqlite3` in the per-user data folder, on Linux `~/.local/share/dpo-desk/`).
Commands that print data take `--json` and then print exactly one JSON document. The JSON
objects that `add` commands read and the files that exports write are described in
[formats.md](formats.md).

Exit codes: **0** success; **1** a check found a problem (`check`, `verify-packet`); **2** bad
input or usage: one line per problem on stderr, `dpo-desk: error: FIELD: problem`, naming the
field, row or file, never a traceback.
"""

SKIPPED = {"help", "db", "version"}  # -h, the common --db, --version: said once above


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return found[0] if found else None


def _arguments(parser: argparse.ArgumentParser) -> list[argparse.Action]:
    return [a for a in parser._actions
            if a.dest not in SKIPPED and not isinstance(a, argparse._SubParsersAction)]


def _value(action: argparse.Action) -> str:
    """How the value of an argument is written: its metavar, its choices, or its name."""
    if action.metavar:
        name = action.metavar
    elif action.choices:
        name = "|".join(action.choices)
    else:
        name = action.dest.upper()
    return f"{name} ..." if action.nargs == "+" else name


def _usage_part(action: argparse.Action) -> str:
    if not action.option_strings:
        return _value(action)
    option = max(action.option_strings, key=len)
    text = option if action.nargs == 0 else f"{option} {_value(action)}"
    return text if action.required else f"[{text}]"


def _meaning(action: argparse.Action) -> str:
    parts = [action.help] if action.help else []
    if action.choices and action.metavar:  # else the choices are the value's name
        parts.append("one of: " + ", ".join(f"`{c}`" for c in action.choices))
    if action.default not in (None, False, argparse.SUPPRESS) and action.nargs != 0:
        parts.append(f"default: `{action.default}`")
    if action.required and action.option_strings:
        parts.append("required")
    return _cell("; ".join(parts))


def _cell(text: str, *, code: bool = False) -> str:
    """Text in a Markdown table cell (where `|` must be escaped even in code)."""
    if code:
        return f"`{text}`".replace("|", "\\|")
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;") or " "


def _section(lines: list[str], parser: argparse.ArgumentParser, words: list[str],
             summary: str) -> None:
    sub = _subparsers(parser)
    usage = ["dpo-desk", *words, *(_usage_part(a) for a in _arguments(parser))]
    if sub is not None:
        usage.append(sub.metavar if sub.required else f"[{sub.metavar}]")
    lines += [f"{'#' * min(len(words) + 1, 4)} dpo-desk {' '.join(words)}", ""]
    if summary:
        lines += [summary[0].upper() + summary[1:] + ".", ""]
    lines += ["```", " ".join(usage), "```", ""]
    arguments = _arguments(parser)
    if arguments:
        lines += ["| argument | meaning |", "|---|---|"]
        lines += [f"| {_cell(_usage_part(a).strip('[]'), code=True)} | {_meaning(a)} |"
                  for a in arguments]
        lines.append("")
    if sub is not None:
        helps = {a.dest: a.help or "" for a in sub._choices_actions}
        if sub.required:
            lines += [f"{sub.metavar} is one of:", ""]
        else:
            lines += [f"Without {sub.metavar} it lists; {sub.metavar} is one of:", ""]
        lines += [f"- `{name}`: {helps[name]}" for name in sub.choices]
        lines.append("")
        for name, child in sub.choices.items():
            _section(lines, child, [*words, name], helps[name])


def reference() -> str:
    """docs/commands.md as the parser describes the commands today."""
    parser = build_parser()
    sub = _subparsers(parser)
    helps = {a.dest: a.help or "" for a in sub._choices_actions}
    lines = [HEADER, "| command | does |", "|---|---|"]
    lines += [f"| [`{name}`](#dpo-desk-{name}) | {_cell(helps[name])} |" for name in sub.choices]
    lines.append("")
    for name, child in sub.choices.items():
        _section(lines, child, [name], helps[name])
    return "\n".join(lines).rstrip("\n") + "\n"


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8", newline="\n")
    sys.stdout.write(reference())
