"""requirements.lock: the exact versions, with their hashes, that `make run` and `make test`
install (pip install --require-hashes), for Python 3.11+ on every platform (markers inside).

    python packaging/lock.py write   # `make lock`: resolve pyproject.toml's bounds again (uv)
    python packaging/lock.py check   # exit 1, saying so, when pyproject.toml changed since

What is locked: the app's dependencies, the `test` and `dev` extras, and the build backend
(`make` installs the app itself, editable, with --no-build-isolation from the same lock). The
lock's first line records a digest of those requirements as pyproject.toml states them, so a
bound added or changed there without `make lock` is caught before anything is installed.
Standard library only, so that it runs before any virtual environment exists.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = ROOT / "pyproject.toml"
LOCK = ROOT / "requirements.lock"
EXTRAS = ("test", "dev")
# hatchling asks for it to install the app editable (get_requires_for_build_editable).
EDITABLE_BACKEND = ["editables~=0.3"]
STAMP = "# pyproject.toml requirements sha256: "


def requirements(pyproject: Path = PYPROJECT) -> list[str]:
    """Every requirement the lock must satisfy, as pyproject.toml writes it."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    found = list(data["project"]["dependencies"])
    for extra in EXTRAS:
        found += data["project"]["optional-dependencies"][extra]
    found += data["build-system"]["requires"]
    return found + EDITABLE_BACKEND


def digest(reqs: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(r.replace(" ", "") for r in reqs)).encode()).hexdigest()


def recorded(lock: Path = LOCK) -> str | None:
    if not lock.is_file():
        return None
    first = lock.read_text(encoding="utf-8").partition("\n")[0]
    return first.removeprefix(STAMP) if first.startswith(STAMP) else None


def check(pyproject: Path = PYPROJECT, lock: Path = LOCK) -> int:
    if recorded(lock) == digest(requirements(pyproject)):
        return 0
    state = "is missing" if not lock.is_file() else "is older than pyproject.toml's requirements"
    print(f"{lock.name} {state}: run `make lock` to resolve them again, review the changes "
          f"(git diff {lock.name}) and commit the lock with pyproject.toml.", file=sys.stderr)
    return 1


def uv() -> str:
    beside = Path(sys.executable).parent / ("uv.exe" if os.name == "nt" else "uv")
    found = str(beside) if beside.is_file() else shutil.which("uv")
    if not found:
        sys.exit("`make lock` needs uv: pip install uv")
    return found


def write() -> int:
    reqs = requirements()
    command = [uv(), "pip", "compile", "-", "--universal", "--python-version", "3.11",
               "--generate-hashes", "--no-header", "--quiet"]
    result = subprocess.run(command, input="\n".join(reqs) + "\n", capture_output=True,
                            text=True, cwd=ROOT, check=False)
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
        return result.returncode
    header = (f"{STAMP}{digest(reqs)}\n"
              "# Made by `make lock` (packaging/lock.py) from pyproject.toml: do not edit.\n"
              "# The app's dependencies, the test and dev extras and the build backend, for\n"
              "# Python 3.11+; `make run` and `make test` install exactly these.\n")
    LOCK.write_text(header + result.stdout, encoding="utf-8")
    print(f"{LOCK.name}: {result.stdout.count('==')} packages")
    return 0


if __name__ == "__main__":
    actions = {"check": check, "write": write}
    if len(sys.argv) != 2 or sys.argv[1] not in actions:
        sys.exit(f"usage: {sys.argv[0]} {'|'.join(actions)}")
    sys.exit(actions[sys.argv[1]]())
