"""Where a day's import spends its time, and the floor the storage design puts under it.

    .venv/bin/python benchmarks/bench_import_floor.py     # 8 laptops x 6,250 changes, as bench_import_process

``bench_import_process.py`` times the whole ``majlis-cli bundle import`` process against SQLCipher
``executemany`` of the same change lines (budget 4x). This one splits the same import, in one
fresh interpreter per attempt, into:

* modules: importing what the command needs (``desktop.cli``: SQLAlchemy, the models, pyrage...);
* open: opening the store (one key derivation, the schema check);
* sql: the time spent inside SQLite (every statement and commit the import makes, the final
  checkpoint included), measured with SQLAlchemy's cursor events around each statement;
* python: the rest of the import (decrypting, parsing, checking every value, merging, building rows).

``floor = modules + open + sql`` is what the import would take with no Python work at all; its
ratio to the reference (measured in the same run, best of --repeat) says whether any tuning of
the Python side can reach the budget. Results go to benchmarks/results/import_floor.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_import_process import centre_identity, child_env, day_of_bundles, reference

ROOT = Path(__file__).resolve().parents[1]

# Run in a fresh interpreter: module import time counts only there. Prints one JSON object.
_CHILD = r"""
import json, sys, time
start = time.perf_counter()
import desktop.cli  # the parser; `bundle import` then imports the store and the importer when it runs:
from desktop.core.db import open_store
from desktop.sync.importer import import_files
from desktop.sync.keys import load_identity_file
from sqlalchemy import event
modules = time.perf_counter() - start
db, key, *paths = sys.argv[1:]
start = time.perf_counter()
store = open_store(db, __import__("os").environ["MAJLIS_PASSPHRASE"])
opened = time.perf_counter() - start
sql = [0.0]
def before(conn, cursor, statement, parameters, context, executemany):
    conn.info["t"] = time.perf_counter()
def after(conn, cursor, statement, parameters, context, executemany):
    sql[0] += time.perf_counter() - conn.info.pop("t")
event.listen(store.engine, "before_cursor_execute", before)
event.listen(store.engine, "after_cursor_execute", after)
dialect = store.engine.dialect
plain_commit = dialect.do_commit
def timed_commit(dbapi_connection):
    t = time.perf_counter()
    plain_commit(dbapi_connection)
    sql[0] += time.perf_counter() - t
dialect.do_commit = timed_commit
start = time.perf_counter()
outcomes = import_files(store, paths, load_identity_file(key))
run = time.perf_counter() - start
store.close()
assert all(o.status == "imported" for o in outcomes), [o.status for o in outcomes]
print(json.dumps({"modules": modules, "open": opened, "import": run, "sql": sql[0]}))
"""


def measured(folder: Path, pristine: Path, key: Path, paths: list[Path], attempt: int) -> dict[str, float]:
    target = folder / f"centre-floor-{attempt}.db"
    shutil.copy(pristine, target)
    env = child_env(folder)
    argv = [sys.executable, "-c", _CHILD, str(target), str(key), *map(str, paths)]
    child = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if child.returncode != 0:
        raise SystemExit(f"import failed: {child.stderr[-800:]}")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    parts: dict[str, float] = json.loads(child.stdout.strip().splitlines()[-1])
    return parts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=8)
    parser.add_argument("--changes", type=int, default=6_250, help="changes per device")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results") / "import_floor.json")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="majlis-bench-floor-"))
    try:
        identity, key, team_id = centre_identity(folder)
        paths, pristine, lines = day_of_bundles(folder, args.devices, args.changes, identity, team_id)
        runs = [measured(folder, pristine, key, paths, n) for n in range(args.repeat)]
        best = min(runs, key=lambda r: r["modules"] + r["open"] + r["import"])
        reference_s = min(reference(folder, lines, n) for n in range(args.repeat))
        floor = best["modules"] + best["open"] + best["sql"]
        total = best["modules"] + best["open"] + best["import"]
        result: dict[str, Any] = {
            "changes": len(lines),
            "reference_executemany_s": round(reference_s, 3),
            "modules_s": round(best["modules"], 3),
            "open_s": round(best["open"], 3),
            "sql_s": round(best["sql"], 3),
            "python_s": round(best["import"] - best["sql"], 3),
            "in_process_total_s": round(total, 3),
            "in_process_ratio": round(total / reference_s, 2),
            "floor_s": round(floor, 3),
            "floor_ratio": round(floor / reference_s, 2),
            "sql_ratio": round(best["sql"] / reference_s, 2),
            "budget_ratio": 4.0,
            "repeat": args.repeat,
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
        for k, v in result.items():
            print(f"{k}: {v}")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
