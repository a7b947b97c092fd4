"""The engine never imports Qt (STYLE: core vs ui), so the CLI runs without a display."""

import json
import pkgutil
import subprocess
import sys

import dpo_desk.core

NAMED = ("desk", "audit", "settings", "backup", "demo", "clock", "paths", "errors",
         "migrations", "i18n")

PROBE = """
import importlib, json, sys
for name in sys.argv[2:]:
    importlib.import_module(name)
from dpo_desk import cli
from dpo_desk.core.desk import Desk
Desk.create(sys.argv[1]).close()
# Running commands must not pull Qt in either (only `gui` may).
codes = [cli.main(["--db", sys.argv[1], "settings", "set", "company_name", "Sen Vàng"]),
         cli.main(["--db", sys.argv[1], "check"])]
print(json.dumps({"codes": codes, "loaded": [m for m in sys.modules if m in sys.argv[2:]],
                  "qt": sorted(m for m in sys.modules if m.startswith("PySide6"))}))
"""


def core_modules() -> list[str]:
    return sorted(f"dpo_desk.core.{m.name}" for m in pkgutil.iter_modules(dpo_desk.core.__path__))


def test_every_named_module_exists():
    found = core_modules()
    missing = [name for name in NAMED if f"dpo_desk.core.{name}" not in found]
    assert not missing


def test_core_and_cli_do_not_import_qt(tmp_path):
    modules = ["dpo_desk.core", *core_modules(), "dpo_desk.cli"]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "desk.sqlite3"), *modules],
        capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["codes"] == [0, 0]
    assert sorted(report["loaded"]) == sorted(modules)
    assert report["qt"] == []


def test_the_probe_would_see_qt(tmp_path):
    """The check above is not blind: importing Qt does show up in sys.modules."""
    code = ("import sys, PySide6.QtCore; "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, timeout=60)
    assert result.stdout.strip() == "True"
