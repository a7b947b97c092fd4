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


def write_register_csv(path: Path, rows: int = 10_000) -> Path:
    """A realistic register CSV: catalogue codes and labels, recipients, transfers abroad."""
    import csv
    import random

    from dpo_desk.core.register_csv import COLUMNS

    rng = random.Random(1)
    items = ["EMAIL", "PHONE", "B01", "DELIVERY_ADDRESS", "Số điện thoại", "ORDER_HISTORY",
             "COOKIES_DEVICE_IDS", "Bank card details"]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for n in range(rows):
            chosen = rng.sample(items, 3)
            sensitive = any(i in ("ORDER_HISTORY", "COOKIES_DEVICE_IDS", "Bank card details")
                            for i in chosen)
            abroad = rng.random() < 0.2
            writer.writerow([
                f"Hoạt động xử lý số {n}", "Khách hàng; employees",
                "sensitive" if sensitive else "basic", "; ".join(chosen),
                "Giao hàng; Chăm sóc khách hàng", "contract", "Website", "Máy chủ tại Việt Nam",
                "Giao Hàng Nhanh (processor); VNPAY (processor)", "yes" if abroad else "no",
                "Singapore" if abroad else "", "5 năm", "Mã hóa; Phân quyền", "ghi chú"])
    return path


def _median_of(fn: Callable[[int], None], runs: int = 3) -> float:
    times = []
    for run in range(runs):
        start = time.perf_counter()
        fn(run)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def register_import(_db_path: Path) -> Result:
    """A 10,000-row register CSV checked and imported (audited, one transaction), against
    `csv` parsing plus one `executemany` into a bare table."""
    import csv
    import sqlite3

    from dpo_desk.core import register_csv
    from dpo_desk.core.desk import Desk

    with tempfile.TemporaryDirectory(prefix="dpo-desk-bench-") as folder:
        source = write_register_csv(Path(folder) / "register.csv")

        def ours(run: int) -> None:
            with Desk.open(Path(folder) / f"ours-{run}.sqlite3") as desk:
                register_csv.import_csv(desk, source)

        def bare(run: int) -> None:
            conn = sqlite3.connect(Path(folder) / f"bare-{run}.sqlite3")
            with source.open(encoding="utf-8", newline="") as handle:
                rows = list(csv.reader(handle))
            columns = ", ".join(f"c{n} TEXT" for n in range(len(rows[0])))
            conn.execute(f"CREATE TABLE t ({columns})")
            marks = ", ".join("?" for _ in rows[0])
            conn.executemany(f"INSERT INTO t VALUES ({marks})", rows[1:])
            conn.commit()
            conn.close()

        baseline = _median_of(bare)
        value = _median_of(ours)
    ratio = value / baseline
    return Result("register_import", round(value, 3), "s", round(baseline, 3), round(ratio, 2),
                  "<= 2 s and ratio <= 4", value <= 2 and ratio <= 4)


BENCHMARKS: dict[str, Callable[[Path], Result]] = {"cold_start": cold_start,
                                                    "register_import": register_import}


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
