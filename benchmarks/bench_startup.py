"""Start-up: the unlock window against a bare PySide6 window, and the main window after the passphrase.

Both are real processes started from scratch (interpreter start included), measured from spawn to
the moment the window has been shown and an event-loop turn has passed. Budgets (DESIGN.md): the
unlock window within 1.3x of the bare window; the main window within 1 s after the passphrase, on a
10,000-session database.

    python -m benchmarks.bench_startup [--sessions 10000] [--runs 7] [--db field.db]
    python -m benchmarks.bench_startup --frozen dist/Majlis   # the PyInstaller folder

Unfrozen, the children run with their bytecode cached (in a temporary PYTHONPYCACHEPREFIX, after one
untimed warm-up run each), as an installed Majlis does; a ``PYTHONDONTWRITEBYTECODE`` in the
environment would otherwise make the app, and not the bare window, compile its sources at every start.

Frozen, the reference is a bare PySide6 window frozen the same way (``benchmarks/bare_window.spec``:
onedir, modules as .pyc files beside the executable, stripped, the same trimmed ICU), so both pay the
bootloader and the unpacked imports.

The machine is shared (two cores, other work running): runs are interleaved so that both programs
see the same load, and the ratio is taken on the best run of each (the one least disturbed), with
the medians beside it. The load average at the start and the end is recorded with the result.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import datagen
from benchmarks.harness import write_result

BARE_FILE = Path(__file__).with_name("bare_window.py")
BARE_SPEC = Path(__file__).with_name("bare_window.spec")
BARE = BARE_FILE.read_text(encoding="utf-8")


def _time_until(cmd: list[str], marker: str, env: dict[str, str]) -> tuple[float, list[str]]:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    seen = None
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.append(line.strip())
        if seen is None and line.startswith(marker):
            seen = time.perf_counter() - start
    proc.wait(timeout=300)
    if seen is None:
        raise RuntimeError(f"{cmd[:3]} never printed {marker!r}: {proc.stderr.read() if proc.stderr else ''}")
    return seen, lines


def _cpu(line: str) -> float:
    return float(line.rsplit("cpu=", 1)[1])


def _line(lines: list[str], marker: str) -> str:
    found = [x for x in lines if x.startswith(marker)]
    if not found:
        raise RuntimeError(f"never printed {marker!r}: " + " | ".join(lines[-5:]))
    return found[0]


def _main_after(lines: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds from the passphrase to the painted main window."""
    line = _line(lines, "probe main-shown")
    return float(line.split()[2]), _cpu(line)


def _filled_after(lines: list[str]) -> float:
    """Wall seconds from the passphrase to the main window's first page with its rows in."""
    return float(_line(lines, "probe main-filled").split()[2])


def measure(bare_cmd: list[str], app_cmd: list[str], env: dict[str, str], runs: int) -> dict[str, Any]:
    # One untimed run each: bytecode written, files in the page cache, as on any later start.
    _time_until(bare_cmd, "probe unlock-shown", env)
    _main_after(_time_until(app_cmd, "probe unlock-shown", env)[1])
    bare, unlock, main_after, filled_after = [], [], [], []
    bare_cpu, unlock_cpu, main_cpu = [], [], []
    load_start = os.getloadavg()
    for _ in range(runs):  # interleaved, so both see the same machine load
        t, lines = _time_until(bare_cmd, "probe unlock-shown", env)
        bare.append(t)
        bare_cpu.append(_cpu(_line(lines, "probe unlock-shown")))
        t, lines = _time_until(app_cmd, "probe unlock-shown", env)
        unlock.append(t)
        unlock_cpu.append(_cpu(_line(lines, "probe unlock-shown")))
        wall, cpu = _main_after(lines)
        main_after.append(wall)
        main_cpu.append(cpu)
        filled_after.append(_filled_after(lines))
    load_end = os.getloadavg()
    return {
        "bare_window_s": round(min(bare), 4),
        "unlock_window_s": round(min(unlock), 4),
        "unlock_ratio": round(min(unlock) / min(bare), 3),
        "unlock_ratio_median": round(statistics.median(unlock) / statistics.median(bare), 3),
        # CPU seconds each process used until its window was shown: less disturbed by other work.
        "unlock_ratio_cpu": round(min(unlock_cpu) / min(bare_cpu), 3),
        "unlock_budget_ratio": 1.3,
        "main_window_after_passphrase_s": round(min(main_after), 4),
        "main_window_after_passphrase_median_s": round(statistics.median(main_after), 4),
        "main_window_after_passphrase_cpu_s": round(min(main_cpu), 4),
        "main_window_budget_s": 1.0,
        # The sessions list reads its rows on the DB worker once the window is up.
        "main_window_rows_in_s": round(min(filled_after), 4),
        "main_window_rows_in_median_s": round(statistics.median(filled_after), 4),
        "runs": runs,
        "all_runs_s": {"bare": [round(x, 4) for x in bare], "unlock": [round(x, 4) for x in unlock],
                       "main_after": [round(x, 4) for x in main_after],
                       "rows_in": [round(x, 4) for x in filled_after],
                       "bare_cpu": bare_cpu, "unlock_cpu": unlock_cpu, "main_after_cpu": main_cpu},
        "load_average_1min": {"start": round(load_start[0], 2), "end": round(load_end[0], 2)},
        "cpus": os.cpu_count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="an existing benchmark database (datagen, its passphrase) to reuse")
    parser.add_argument("--frozen", type=Path, help="a built Majlis folder (build.spec) to measure instead")
    parser.add_argument("--bare", type=Path, help="with --frozen: an already frozen bare window (its executable)")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "MAJLIS_STARTUP_PROBE": "1", "MAJLIS_PASSPHRASE": datagen.PASSPHRASE}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as tmp:
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        if args.db is not None:
            db = Path(tmp) / "field.db"
            shutil.copy(args.db, db)  # the app may write (WAL, a new epoch): never into the given file
        else:
            db = Path(tmp) / "field.db"
            words = args.sessions * 170
            datagen.build(db, sessions=args.sessions, words=words, segments=args.sessions * 8, devices=300)
        env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = tmp  # a clean QSettings and data folder
        if args.frozen:
            bare_cmd = [str(args.bare or _freeze_bare(Path(tmp)))]
            app_cmd = [str(args.frozen.resolve() / "Majlis"), "--db", str(db)]
        else:
            bare_cmd = [sys.executable, "-c", BARE]
            app_cmd = [sys.executable, "-m", "desktop.ui.app", "--db", str(db)]
        result = {**measure(bare_cmd, app_cmd, env, args.runs), "sessions": _sessions(db, args),
                  "frozen": bool(args.frozen)}
    print(result)
    write_result("startup_frozen" if args.frozen else "startup", result)


def _sessions(db: Path, args: argparse.Namespace) -> int:
    if args.db is None:
        return int(args.sessions)
    from sqlalchemy import func, select

    from desktop.core.db import open_store
    from desktop.core.models import Session

    store = open_store(db, datagen.PASSPHRASE)
    try:
        with store.session() as s:
            return int(s.execute(select(func.count()).select_from(Session)).scalar_one())
    finally:
        store.close()


def _freeze_bare(tmp: Path) -> Path:
    """The bare window as a PyInstaller onedir program built like the app (the frozen reference)."""
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller), str(BARE_SPEC), "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "work")], check=True)
    return tmp / "dist" / "bare" / "bare"


if __name__ == "__main__":
    main()
