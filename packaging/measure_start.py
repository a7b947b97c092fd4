"""Start-up time of built programs against each other: median of 5 runs of `--version` and
of `gui` until the main window is first painted (DPO_DESK_EXIT_WHEN_PAINTED=1, offscreen).

    .venv/bin/python packaging/measure_start.py dist/dpo-desk/dpo-desk .venv/bin/dpo-desk

Each program runs once untimed first, so the figures are of a started process with the files
in the operating system's cache (a second start), the case a DPO meets all day; the very first
start after boot is slower for both and depends on the disk.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5


def median_seconds(argv: list[str], env: dict) -> float:
    subprocess.run(argv, env=env, check=True, capture_output=True)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(argv, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(programs: list[str]) -> int:
    if not programs:
        print(__doc__)
        return 2
    with tempfile.TemporaryDirectory(prefix="dpo-desk-start-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DPO_DESK_EXIT_WHEN_PAINTED": "1",
               "XDG_CONFIG_HOME": f"{tmp}/config", "XDG_DATA_HOME": f"{tmp}/data"}
        env.pop("DPO_DESK_DB", None)
        db = Path(tmp) / "demo.sqlite3"
        subprocess.run([programs[0], "--db", str(db), "demo", "--complaints", "200"], env=env,
                       check=True, capture_output=True)
        print(f"{'program':<44} {'--version':>10} {'gui painted':>12}   (median of {RUNS})")
        for program in programs:
            version = median_seconds([program, "--version"], env)
            gui = median_seconds([program, "--db", str(db), "gui"], env)
            print(f"{program:<44} {version:>9.3f}s {gui:>11.3f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
