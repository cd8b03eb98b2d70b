"""Small shared pieces of the benchmarks: timing, percentiles, and writing results as JSON.

Benchmarks state ratios against a reference measured in the same run (machines are noisy), plus
the absolute numbers for context. Results go to benchmarks/results/<name>.json.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).with_name("results")


def best_of(fn: Callable[[], Any], repeat: int = 3) -> float:
    """Best wall time of ``repeat`` runs: the least disturbed by other work on the machine."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def summary_ms(values_s: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values_s]
    return {
        "p50_ms": round(percentile(ms, 50), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "mean_ms": round(statistics.fmean(ms), 3) if ms else float("nan"),
        "n": len(ms),
    }


def write_result(name: str, data: dict[str, Any]) -> Path:
    RESULTS.mkdir(exist_ok=True)
    data = {
        **data,
        "machine": {"python": platform.python_version(), "processor": platform.machine(),
                    "system": platform.system()},
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def installed_env(cache: Path, *warm_imports: str, **extra: str) -> dict[str, str]:
    """The environment of a child process timed as an installed Majlis runs: with its bytecode.

    A wheel is compiled when pip installs it and a frozen folder holds .pyc files, but a
    ``PYTHONDONTWRITEBYTECODE`` in this environment (CI images set it) would make every timed child
    compile Majlis from source again (about 0.2 s here). The bytecode goes to ``cache``, written by
    one untimed run importing ``warm_imports``.
    """
    env = {**os.environ, **extra, "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if warm_imports:
        code = "".join(f"import {name}\n" for name in warm_imports)
        subprocess.run([sys.executable, "-c", code], env=env, cwd=Path(__file__).resolve().parents[1], check=True)
    return env
