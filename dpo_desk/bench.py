"""`dpo-desk bench`: figures measured against a baseline taken in the same run (CONTRACT).

The machine is noisy, so each figure is the median of several runs and what counts is its
ratio to the baseline. Later issues add their benchmarks to BENCHMARKS.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

RUNS = 5

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


@dataclass
class Result:
    name: str
    value: float
    unit: str
    baseline: float
    ratio: float
    goal: str
    ok: bool


def _median_seconds(command: list[str], env: dict) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold_start(db_path: Path) -> Result:
    """Process start until the main window is painted, against a bare PySide6 window."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "DPO_DESK_EXIT_WHEN_PAINTED": "1"}
    baseline = _median_seconds([sys.executable, "-c", BARE_WINDOW], env)
    value = _median_seconds([sys.executable, "-m", "dpo_desk", "--db", str(db_path), "gui"], env)
    ratio = value / baseline
    return Result("cold_start", round(value, 3), "s", round(baseline, 3), round(ratio, 2),
                  "ratio <= 1.5", ratio <= 1.5)


BENCHMARKS: dict[str, Callable[[Path], Result]] = {"cold_start": cold_start}


def run_all(db_path: Path | None = None) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="dpo-desk-bench-") as folder:
        if db_path is None:
            from dpo_desk.core import demo
            from dpo_desk.core.desk import Desk

            db_path = Path(folder) / "bench.sqlite3"
            with Desk.open(db_path) as desk:
                demo.fill(desk, seed=1)
        return [bench(db_path) for bench in BENCHMARKS.values()]


def as_json(results: list[Result]) -> dict:
    return {"results": [asdict(r) for r in results]}
