"""benchmarks/bench_import_process.py end to end on a tiny day: its import children (``_REPORT_PEAK``, a
``majlis-cli bundle import`` process reporting its own peak RSS) run, and the JSON it writes holds the ratios
and the peaks, sane. a4f1f767 made the child's command line the command's own before the child read the file
to report into: the benchmark stopped with FileNotFoundError (and left a file named ``bundle`` in the
checkout), and no test ran it (a92dbc14)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_the_import_process_benchmark_runs_and_reports_its_ratio_and_peak_rss(tmp_path: Path) -> None:
    out = tmp_path / "import_process.json"
    stray = ROOT / "bundle"  # where the child reported its peak when it read the command's own line
    there_before = stray.exists()
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_import_process.py"), "--devices", "2", "--changes", "50",
         "--repeat", "1", "--rss-mb", "1", "--out", str(out)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert stray.exists() == there_before
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["devices"] == 2 and result["changes"] == 100 and result["repeat"] == 1
    assert result["bundle_bytes"] > 0
    # The day's import process and the reference, timed: wall and CPU, and their ratios.
    assert 0 < result["import_process_s"] < 60 and 0 < result["reference_executemany_s"] < 60
    assert 0 < result["import_process_cpu_s"] < 60 and 0 < result["reference_executemany_cpu_s"] < 60
    assert result["ratio"] == pytest.approx(result["import_process_s"] / result["reference_executemany_s"], rel=0.05)
    assert result["cpu_ratio"] == pytest.approx(
        result["import_process_cpu_s"] / result["reference_executemany_cpu_s"], rel=0.05)
    assert result["budget_ratio"] == 4.0 and result["meets_budget"] == (result["ratio"] <= 4.0)
    # The peaks each child reported of itself (KiB read from /proc/self/status, in MiB): the interpreter, its
    # modules and an open store are tens of MiB; a bundle of about 1 MB of changes adds to it, not a gigabyte.
    assert result["rss_bundle_plain_bytes"] >= 1_000_000
    assert 20 < result["rss_baseline_mib"] < result["rss_peak_mib"] < 1024
    growth = (result["rss_peak_mib"] - result["rss_baseline_mib"]) * 1024 * 1024 / result["rss_bundle_plain_bytes"]
    assert result["rss_growth_over_plain"] == pytest.approx(growth, abs=0.2)  # of MiB rounded to 0.1
    assert result["rss_budget_over_plain"] == 3.0
    assert result["rss_meets_budget"] == (result["rss_growth_over_plain"] <= 3.0)
    assert 0 < result["rss_import_s"] < 60
