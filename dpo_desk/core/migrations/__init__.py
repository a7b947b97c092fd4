"""Numbered schema migrations: `NNNN_name.sql`, applied in order (STYLE: calibre's upgrades).

Migration N brings a database from `PRAGMA user_version` N-1 to N. Never edit a shipped file;
add the next number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load() -> list[Migration]:
    found = []
    # the files beside this module (a wheel, a source tree and PyInstaller's folder all keep
    # them there); importlib.resources would cost ~15 ms of imports at every start
    for entry in Path(__file__).parent.iterdir():
        match = re.fullmatch(r"(\d{4})_(\w+)\.sql", entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    expected = list(range(1, len(found) + 1))
    if [m.version for m in found] != expected:
        numbers = [m.version for m in found]
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {numbers}")
    return found


MIGRATIONS = load()
SCHEMA_VERSION = MIGRATIONS[-1].version
