"""majlis-cli start-up: whole ``majlis-cli`` processes against bare interpreters, in the same run.

    .venv/bin/python benchmarks/bench_cli_startup.py [--runs 5] [--before PATH] [--tree PATH] [--name cli_startup]

Coordinators script ``majlis-cli`` in loops: one ``bundle import`` per file, ``bundle status``,
``device pending --json``. Every call pays the interpreter's start, the modules the command imports,
and, for a command that opens the database, one key derivation. Measured, each as a process from
spawn to exit, interleaved so that all see the same load, best of --runs (wall time, and the child's
CPU time, steadier on a shared machine), Majlis's bytecode cached as an installed Majlis has it
(``harness.installed_env``):

* ``--version`` and ``--help`` against ``python -c pass`` (reference ``bare``): what the command line
  costs before it does anything;
* ``bundle status``, ``device pending --json``, ``status`` and ``bundle import`` of a small bundle
  already imported (200 changes from one laptop: the command opens the store, reads and verifies the
  file and finds it present) on a centre database, against a Python process that opens the same
  database with sqlcipher3 and the same passphrase and reads one row (reference ``open``: one key
  derivation, the least any command opening the database can do).

``--before PATH``: also run the ``majlis-cli`` of another checkout (e.g. a worktree of an older
commit, with the same schema revision), interleaved with the others, as "before: ..." rows;
``--tree PATH`` measures another checkout instead of this one. Results go to
benchmarks/results/cli_startup.json (``--name`` to change).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_import_process import PASSPHRASE, centre_identity, day_of_bundles
from benchmarks.harness import installed_env, write_result

ROOT = Path(__file__).resolve().parents[1]

# The reference for commands that open the database: open it as SQLCipher does, key it with the
# passphrase (one derivation, as Majlis makes), read one row.
_OPEN = (
    "import sys, sqlcipher3.dbapi2 as s\n"
    "c = s.connect(sys.argv[1])\n"
    "c.execute(\"PRAGMA key = '\" + sys.argv[2].replace(\"'\", \"''\") + \"'\")\n"
    "c.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
    "c.close()\n"
)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of one process from spawn to exit (it must exit 0)."""
    before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{cmd[2:6]} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return wall, _children_cpu() - before


@dataclass(frozen=True)
class Case:
    name: str
    cmd: list[str]
    cwd: Path
    reference: str = ""  # the name of the reference it is compared with ("": it is a reference)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--tree", type=Path, default=ROOT, help="the checkout whose majlis-cli is measured")
    parser.add_argument("--before", type=Path, help="also measure this checkout's majlis-cli, interleaved")
    parser.add_argument("--name", default="cli_startup", help="results go to benchmarks/results/NAME.json")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="majlis-bench-cli-"))
    try:
        identity, key, team_id = centre_identity(folder)
        paths, centre, _ = day_of_bundles(folder, 1, 200, identity, team_id)
        env = installed_env(folder / "pycache", MAJLIS_PASSPHRASE=PASSPHRASE)
        py = sys.executable
        db = ["--db", str(centre)]
        commands = [
            ("--version", ["--version"], "bare"),
            ("--help", ["--help"], "bare"),
            ("bundle status", ["bundle", "status", *db], "open"),
            ("device pending --json", ["device", "pending", *db, "--json"], "open"),
            ("status", ["status", *db], "open"),
            ("bundle import (already present)",
             ["bundle", "import", *db, "--identity-file", str(key), str(paths[0])], "open"),
        ]
        trees = [("", args.tree.resolve())] + ([("before: ", args.before.resolve())] if args.before else [])
        cases = [Case("bare", [py, "-c", "pass"], ROOT), Case("open", [py, "-c", _OPEN, str(centre), PASSPHRASE], ROOT)]
        cases += [Case(prefix + name, [py, "-m", "desktop.cli", *argv_], tree, ref)
                  for name, argv_, ref in commands for prefix, tree in trees]
        # Untimed: the bundle imported once (every timed import finds it present), and every command
        # once, which writes the bytecode and brings the files into the page cache.
        timed(cases[-1].cmd, env, cases[-1].cwd)
        for case in cases:
            timed(case.cmd, env, case.cwd)
        walls: dict[str, list[float]] = {case.name: [] for case in cases}
        cpus: dict[str, list[float]] = {case.name: [] for case in cases}
        load_start = os.getloadavg()
        for _ in range(args.runs):  # interleaved: every program sees the same machine load
            for case in cases:
                wall, cpu = timed(case.cmd, env, case.cwd)
                walls[case.name].append(wall)
                cpus[case.name].append(cpu)
        load_end = os.getloadavg()
        result: dict[str, Any] = {"references": {}, "commands": {}}
        for case in cases:
            row: dict[str, Any] = {"best_s": round(min(walls[case.name]), 4),
                                   "median_s": round(statistics.median(walls[case.name]), 4),
                                   "cpu_s": round(min(cpus[case.name]), 4)}
            if case.reference:
                ref = case.reference
                row.update({"reference": ref, "ratio": round(min(walls[case.name]) / min(walls[ref]), 2),
                            "ratio_cpu": round(min(cpus[case.name]) / min(cpus[ref]), 2),
                            "over_reference_s": round(min(walls[case.name]) - min(walls[ref]), 4)})
                result["commands"][case.name] = row
            else:
                result["references"][case.name] = row
        result.update({"runs": args.runs, "trees": {prefix.strip(": ") or "measured": str(t) for prefix, t in trees},
                       "load_average_1min": {"start": round(load_start[0], 2), "end": round(load_end[0], 2)},
                       "cpus": os.cpu_count()})
        for name, row in {**result["references"], **result["commands"]}.items():
            ratio = f"  {row['ratio']}x {row['reference']} (CPU {row['ratio_cpu']}x)" if "ratio" in row else ""
            print(f"{name:42s} best {row['best_s']:.3f} s  median {row['median_s']:.3f} s  CPU {row['cpu_s']:.3f} s{ratio}")
        print(f"load average {result['load_average_1min']}")
        write_result(args.name, result)
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
