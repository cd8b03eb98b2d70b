"""Start-up: the unlock window against a bare PySide6 window, and the main window after the passphrase.

Both are real processes started from scratch (interpreter start included), measured from spawn to
the moment the window has been shown and an event-loop turn has passed. Budgets (DESIGN.md): the
unlock window within 1.3x of the bare window; the main window within 1 s after the passphrase, on a
10,000-session database.

    python -m benchmarks.bench_startup [--sessions 10000] [--runs 5]
    python -m benchmarks.bench_startup --frozen dist/Majlis   # the PyInstaller folder

Frozen, the reference is a bare PySide6 window frozen the same way (PyInstaller onedir, built by
this script into a temporary folder), so both pay the bootloader and the unpacked imports.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import datagen
from benchmarks.harness import write_result

BARE_FILE = Path(__file__).with_name("bare_window.py")
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
    proc.wait(timeout=120)
    if seen is None:
        raise RuntimeError(f"{cmd[:3]} never printed {marker!r}: {proc.stderr.read() if proc.stderr else ''}")
    return seen, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--frozen", type=Path, help="a built Majlis folder (build.spec) to measure instead")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "MAJLIS_STARTUP_PROBE": "1", "MAJLIS_PASSPHRASE": datagen.PASSPHRASE}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "field.db"
        words = args.sessions * 170
        datagen.build(db, sessions=args.sessions, words=words, segments=args.sessions * 8, devices=300)
        env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = tmp  # a clean QSettings
        if args.frozen:
            bare_cmd = [str(_freeze_bare(Path(tmp)))]
            app_cmd = [str(args.frozen.resolve() / "Majlis"), "--db", str(db)]
        else:
            bare_cmd = [sys.executable, "-c", BARE]
            app_cmd = [sys.executable, "-m", "desktop.ui.app", "--db", str(db)]
        bare, unlock, main_after = [], [], []
        for _ in range(args.runs):  # interleaved, so both see the same machine load
            bare.append(_time_until(bare_cmd, "probe unlock-shown", env)[0])
            t, lines = _time_until(app_cmd, "probe unlock-shown", env)
            unlock.append(t)
            main_after += [float(x.split()[2]) for x in lines if x.startswith("probe main-shown")]
    result = {
        "bare_window_s": round(statistics.median(bare), 4),
        "unlock_window_s": round(statistics.median(unlock), 4),
        "unlock_ratio": round(statistics.median(unlock) / statistics.median(bare), 3),
        "unlock_budget_ratio": 1.3,
        "main_window_after_passphrase_s": round(statistics.median(main_after), 4) if main_after else None,
        "main_window_budget_s": 1.0,
        "sessions": args.sessions,
        "runs": args.runs,
        "frozen": bool(args.frozen),
    }
    print(result)
    write_result("startup_frozen" if args.frozen else "startup", result)


def _freeze_bare(tmp: Path) -> Path:
    """The bare window as a PyInstaller onedir program (the frozen reference)."""
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    subprocess.run([str(pyinstaller), str(BARE_FILE), "--onedir", "--noconfirm", "--log-level", "WARN",
                    "--name", "bare", "--distpath", str(tmp / "dist"), "--workpath", str(tmp / "work"),
                    "--specpath", str(tmp)], check=True)
    return tmp / "dist" / "bare" / "bare"


if __name__ == "__main__":
    main()
