"""Running the real `dpo-desk` program in a subprocess, in a clean environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def cli_env(tmp_path) -> dict:
    """The environment of one test's commands: its own per-user folders, no DPO_DESK_DB."""
    env = {k: v for k, v in os.environ.items() if k != "DPO_DESK_DB"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(tmp_path / "home" / name.lower())
    env["PYTHONIOENCODING"] = "utf-8"
    # the same user on the same computer as the test's own calls into core: one seal key
    # and one anchor store (core/anchors.py), so files made either way check as ours
    from dpo_desk.core import anchors

    env[anchors.STATE_ENV] = str(anchors.state_dir())
    return env


@pytest.fixture
def run(tmp_path, cli_env):
    """run("settings", "show", db=path) -> CompletedProcess; never shows a traceback."""

    def run_cli(*args, db: Path | None = None, env: dict | None = None,
                command: list[str] | None = None) -> subprocess.CompletedProcess:
        argv = [*(command or [sys.executable, "-m", "dpo_desk"]), *map(str, args)]
        if db is not None:
            argv += ["--db", str(db)]
        result = subprocess.run(argv, capture_output=True, text=True, encoding="utf-8",
                                cwd=tmp_path, env={**cli_env, **(env or {})}, timeout=60)
        assert "Traceback" not in result.stderr, result.stderr
        return result

    return run_cli
