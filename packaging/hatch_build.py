"""Hatch build hook: every sdist and wheel carries compiled, up-to-date translations.

The `.qm` files are build outputs (git ignores them) that Qt's lrelease makes from
`resources/i18n/*.ts`. Before an sdist or a wheel is assembled, this hook compiles each `.qm`
that is missing or older than its `.ts`; the sdist lists them as artifacts (pyproject.toml), so a
wheel built from the sdist finds them fresh. The lrelease is PySide6's own: PySide6-Essentials
is a build requirement (pyproject.toml), so `python -m build` and `pip install .` work on a
clean clone. When a `.qm` must be made and no lrelease can be found (a build without isolation
in a Python without PySide6), the build stops and says what to do: a package without its
translations would silently show the app in English.

Editable installs (`pip install -e .`, done by `make` before PySide6 is even installed) are left
alone: they read `resources/` from the source tree, where `make translations` builds the `.qm`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

LRELEASE_ENV = "DPO_DESK_LRELEASE"


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name == "wheel" and version == "editable":
            return
        sources = sorted((Path(self.root) / "resources" / "i18n").glob("*.ts"))
        if not sources:
            raise RuntimeError(f"no translation sources (*.ts) in {self.root}/resources/i18n")
        stale = [ts for ts in sources if not _fresh(ts)]
        if stale:
            lrelease = find_lrelease(Path(self.root))
            if lrelease is None:
                names = ", ".join(ts.with_suffix(".qm").name for ts in stale)
                raise RuntimeError(
                    f"DPO Desk: {names} missing or older than the .ts source, and no Qt lrelease "
                    f"was found to build them. Run `make translations` first (or `make wheel`), "
                    f"or set {LRELEASE_ENV} to a pyside6-lrelease or lrelease program.")
            for ts in stale:
                compile_ts(lrelease, ts)
        for ts in sources:
            if not _fresh(ts):
                raise RuntimeError(f"DPO Desk: {ts.with_suffix('.qm')} was not written")


def _fresh(ts: Path) -> bool:
    qm = ts.with_suffix(".qm")
    return qm.is_file() and qm.stat().st_size > 0 and qm.stat().st_mtime >= ts.stat().st_mtime


def find_lrelease(root: Path) -> list[str] | None:
    """The command that runs Qt's lrelease: $DPO_DESK_LRELEASE, then the one of PySide6 in this
    Python (the build environment's), or in the project's .venv, then a Qt lrelease on PATH."""
    if os.environ.get(LRELEASE_ENV):
        return [os.environ[LRELEASE_ENV]]
    try:
        import PySide6
    except ImportError:
        pass
    else:
        binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
        if binary.is_file():
            return [str(binary)]
    scripts = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    project_tool = root / ".venv" / scripts / f"pyside6-lrelease{suffix}"
    if project_tool.is_file():
        return [str(project_tool)]
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_ts(lrelease: list[str], ts: Path) -> None:
    qm = ts.with_suffix(".qm")
    result = subprocess.run([*lrelease, "-silent", str(ts), "-qm", str(qm)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or not qm.is_file():
        print(result.stdout, result.stderr, file=sys.stderr)
        raise RuntimeError(f"DPO Desk: {' '.join(lrelease)} failed on {ts}")
