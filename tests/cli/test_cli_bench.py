"""`dpo-desk bench` (CONTRACT: its JSON shape). Figures are never asserted here: speed is
measured by running the benchmarks, not by timed tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys

KEYS = {"name", "value", "unit", "baseline", "ratio", "goal", "ok"}


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "dpo_desk", "bench", *args], env=env,
                          capture_output=True, text=True, timeout=300)


def test_bench_json_has_the_contract_shape_and_consistent_ratios():
    done = run("--json", "--only", "letter_pdf")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert list(document) == ["results"]
    [result] = document["results"]
    assert set(result) == KEYS
    assert result["name"] == "letter_pdf" and result["unit"] == "ms"
    assert result["value"] > 0 and result["baseline"] > 0
    assert abs(result["ratio"] - result["value"] / result["baseline"]) < 0.02
    assert isinstance(result["ok"], bool)
    value, ratio = result["value"], result["value"] / result["baseline"]
    if value < 49.9 and ratio < 2.49:  # clear of the goal's edge, where rounding could differ
        assert result["ok"] is True
    if value > 50.1 or ratio > 2.51:
        assert result["ok"] is False


def test_an_unknown_benchmark_is_named_with_exit_2():
    done = run("--only", "warp_speed")
    assert done.returncode == 2
    assert "--only" in done.stderr and "warp_speed" in done.stderr
    assert "cold_start" in done.stderr  # the known names are listed
    assert "Traceback" not in done.stderr


def test_a_missing_big_database_is_named_with_exit_2(tmp_path):
    missing = tmp_path / "nope.sqlite3"
    done = run("--db", str(missing), "--only", "cold_start")
    assert done.returncode == 2
    assert str(missing) in done.stderr and "Traceback" not in done.stderr
    assert not missing.exists()
