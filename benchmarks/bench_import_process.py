"""A day's import at the centre as a coordinator runs it: one ``majlis-cli bundle import`` process.

    .venv/bin/python benchmarks/bench_import_process.py            # 8 laptops x 6,250 changes
    .venv/bin/python benchmarks/bench_import_process.py --rss-mb 64 # + peak RSS for a big bundle

Measured, best of --repeat, in the same run:
* import: the whole process, start to exit (Python start-up, module imports, opening the store,
  decrypting, verifying, checking every value, applying, committing) on a copy of one centre
  database that has the 8 laptops on its roster;
* reference: SQLCipher ``executemany`` of the same change lines (each line of every
  changes.jsonl, as text) into a two-column table of a fresh SQLCipher database (key, WAL), one
  transaction, connection opened and committed inside the timing.
The import process runs with Majlis's bytecode cached, as an installed (pip or frozen) Majlis does,
whatever ``PYTHONDONTWRITEBYTECODE`` says (``harness.installed_env``).
Budget: import <= 4 x reference (wall time). The CPU time of each (the child's user + system time,
the reference's process time) is reported beside it: on a shared machine it is the steadier ratio.

``--rss-mb N``: one bundle whose changes.jsonl holds about N MB (plain), imported by a process
whose peak RSS (its own VmHWM) is compared with the plain size; budget 3 x plain size
above the RSS of the same process importing an empty bundle (the interpreter and its modules).
Results go to benchmarks/results/import_process.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlcipher3.dbapi2 as sqlcipher

from benchmarks.bench_merge import ROSTER, device_changes, make_bundles
from benchmarks.harness import installed_env
from desktop.core import migrate
from desktop.core.db import create_store
from desktop.core.ids import new_id
from desktop.core.models import Device, Team
from desktop.sync import keys
from desktop.sync.bundle_format import save_bundle, write_bundle
from desktop.sync.manifest import canonical_json

PASSPHRASE = "benchmark passphrase"
ROOT = Path(__file__).resolve().parents[1]


def centre_database(folder: Path, team_id: str, identity: Any) -> Path:
    path = folder / "centre-pristine.db"
    centre = create_store(path, PASSPHRASE, "centre")
    with centre.transaction(replicating=True) as s:
        s.add(Team(id=team_id, name="bench", recipients=[keys.recipient_of(identity)], is_central=True))
        s.add_all(Device(id=device, name="", public_key=key, preregistered=True) for device, key in ROSTER)
    centre.close()
    return path


def centre_identity(folder: Path) -> tuple[Any, Path, str]:
    """The centre's age identity, its key file in ``folder`` and a new team id."""
    identity = keys.generate_identity()
    key = folder / "team.key"
    keys.write_identity_file(key, [identity])
    return identity, key, new_id()


def day_of_bundles(folder: Path, devices: int, per_device: int, identity: Any,
                   team_id: str) -> tuple[list[Path], Path, list[str]]:
    """A day's bundles from ``devices`` laptops, a centre database with them on its roster, and the
    same changes as the reference's lines: (bundle paths, pristine centre database, lines)."""
    paths, batches = make_bundles(folder, devices, per_device, team_id, keys.recipient_of(identity),
                                  migrate.head_revision())
    return paths, centre_database(folder, team_id, identity), change_lines(batches)


def measured_import(folder: Path, pristine: Path, key: Path, paths: list[Path], attempt: str) -> tuple[float, int]:
    """The import process's wall time and its peak RSS (KiB); its CPU time goes to ``CPU_SECONDS``."""
    target = folder / f"centre-{attempt}.db"
    shutil.copy(pristine, target)
    env = child_env(folder)
    hwm = folder / f"hwm-{attempt}.txt"
    argv = [sys.executable, "-c", _REPORT_PEAK, str(hwm), "bundle", "import", "--db", str(target),
            "--identity-file", str(key), *map(str, paths)]
    before = _children_cpu()
    start = time.perf_counter()
    child = subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    CPU_SECONDS.append(_children_cpu() - before)
    if child.returncode != 0:
        raise SystemExit(f"import failed ({child.returncode}): {child.stderr.decode()[-500:]}")
    target.unlink()
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return elapsed, int(hwm.read_text())


def child_env(folder: Path) -> dict[str, str]:
    """The import process's environment: the passphrase, and Majlis's bytecode cached (in ``folder``)
    as an installed Majlis has it; written by one untimed run before the first timed one."""
    cache = folder / "pycache"
    warm = () if cache.exists() else ("desktop.cli", "desktop.sync.importer")
    return installed_env(cache, *warm, MAJLIS_PASSPHRASE=PASSPHRASE)


#: CPU time (user + system) of each import process measured: on a machine shared with other work the
#: wall times of a long process and a short reference are skewed differently, their CPU times much less.
CPU_SECONDS: list[float] = []


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# The child's own peak RSS (VmHWM, KiB), written at exit. Not ru_maxrss from wait4: Linux carries the
# parent's peak across fork and exec into the child's, and the parent here holds every bundle made.
# The command runs as the installed program runs it: ``main()`` reading the process's own command line
# (a process that is majlis-cli, desktop.cli.loading), not ``main(argv)`` as a caller embedding it.
_REPORT_PEAK = (
    "import atexit, sys\n"
    "out = sys.argv[1]\n"  # taken before the command line is made the command's own below
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(out, 'w').write(line.split()[1])\n"
    "atexit.register(peak)\n"
    "from desktop.cli import main\n"
    "sys.argv[1:] = sys.argv[2:]\n"
    "sys.exit(main())\n"
)


def change_lines(batches: list[list[dict[str, Any]]]) -> list[str]:
    return [canonical_json({k: v for k, v in c.items() if k != "device_id"}).decode("utf-8")
            for batch in batches for c in batch]


def reference(folder: Path, lines: list[str], attempt: int) -> float:
    """Wall time of the reference; its CPU time (this process's, SQLCipher included) goes to
    ``REFERENCE_CPU_SECONDS``."""
    path = folder / f"reference-{attempt}.db"
    cpu = time.process_time()
    start = time.perf_counter()
    conn = sqlcipher.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE change_line (n INTEGER PRIMARY KEY, line TEXT NOT NULL)")
    conn.executemany("INSERT INTO change_line (n, line) VALUES (?, ?)", enumerate(lines, start=1))
    conn.commit()
    conn.close()
    elapsed = time.perf_counter() - start
    REFERENCE_CPU_SECONDS.append(time.process_time() - cpu)
    return elapsed


REFERENCE_CPU_SECONDS: list[float] = []


def big_bundle(folder: Path, team_id: str, recipient: str, megabytes: int) -> tuple[Path, int, tuple[str, str]]:
    """One device's bundle whose changes.jsonl is about ``megabytes`` MB: (path, plain bytes, roster entry)."""
    rng = random.Random(11)
    device, epoch = new_id(), "0badcafe"
    changes: list[dict[str, Any]] = []
    size = 0
    start_ms = int(time.time() * 1000) - 86_400_000
    while size < megabytes * 1_000_000:
        more = device_changes(rng, device, epoch, 2_000, start_ms + len(changes) * 60)
        for change in more:
            change["seq"] = len(changes) + 1
            changes.append(change)
            size += len(canonical_json(change)) + 1
    signing_key = keys.generate_signing_key()
    bundle = write_bundle(
        changes, {}, kind="changes", team_id=team_id, device_id=device, device_name="big laptop",
        epoch=int(epoch, 16), seq_from=1, seq_to=len(changes), prev_bundle_hash=None,
        schema_revision=migrate.head_revision(), app_version="bench", recipients=[recipient],
        signing_key=signing_key,
    )
    path = folder / "big.majlis"
    save_bundle(path, bundle)
    return path, size, (device, keys.public_key_b64(signing_key))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=8)
    parser.add_argument("--changes", type=int, default=6_250, help="changes per device")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rss-mb", type=int, default=0, help="also measure peak RSS for a bundle of N MB")
    parser.add_argument("--rss-only", action="store_true", help="only the peak RSS measurement")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results") / "import_process.json")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="majlis-bench-process-"))
    try:
        identity, key, team_id = centre_identity(folder)
        result: dict[str, Any] = {}
        if not args.rss_only:
            paths, pristine, lines = day_of_bundles(folder, args.devices, args.changes, identity, team_id)
            import_s = min(measured_import(folder, pristine, key, paths, str(n))[0] for n in range(args.repeat))
            reference_s = min(reference(folder, lines, n) for n in range(args.repeat))
            import_cpu_s, reference_cpu_s = min(CPU_SECONDS), min(REFERENCE_CPU_SECONDS)
            result.update({
                "devices": args.devices,
                "changes": len(lines),
                "bundle_bytes": sum(p.stat().st_size for p in paths),
                "import_process_s": round(import_s, 3),
                "reference_executemany_s": round(reference_s, 3),
                "ratio": round(import_s / reference_s, 2),
                "budget_ratio": 4.0,
                "import_process_cpu_s": round(import_cpu_s, 3),
                "reference_executemany_cpu_s": round(reference_cpu_s, 3),
                "cpu_ratio": round(import_cpu_s / reference_cpu_s, 2),
                "repeat": args.repeat,
                "load_average": [round(x, 2) for x in os.getloadavg()],
            })
            result["meets_budget"] = result["ratio"] <= 4.0
        if args.rss_mb:
            big, plain, entry = big_bundle(folder, team_id, keys.recipient_of(identity), args.rss_mb)
            ROSTER.clear()
            ROSTER.append(entry)
            (folder / "big").mkdir()
            pristine_big = centre_database(folder / "big", team_id, identity)
            _, baseline_kib = measured_import_baseline(folder, pristine_big)
            big_s, big_kib = measured_import(folder, pristine_big, key, [big], "rss-big")
            growth = (big_kib - baseline_kib) * 1024
            result.update({
                "rss_bundle_plain_bytes": plain,
                "rss_bundle_file_bytes": big.stat().st_size,
                "rss_baseline_mib": round(baseline_kib / 1024, 1),
                "rss_peak_mib": round(big_kib / 1024, 1),
                "rss_growth_over_plain": round(growth / plain, 2),
                "rss_budget_over_plain": 3.0,
                "rss_import_s": round(big_s, 2),
            })
            result["rss_meets_budget"] = result["rss_growth_over_plain"] <= 3.0
        for k, v in result.items():
            print(f"{k}: {v}")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measured_import_baseline(folder: Path, pristine: Path) -> tuple[float, int]:
    """The same process opening the store and importing nothing (``bundle status``, with the importer
    loaded): its peak is the interpreter, its modules and the open database, the part that does not
    grow with a bundle."""
    target = folder / "centre-baseline.db"
    shutil.copy(pristine, target)
    env = child_env(folder)
    hwm = folder / "hwm-baseline.txt"
    argv = [sys.executable, "-c", "import desktop.sync.importer\n" + _REPORT_PEAK, str(hwm), "bundle", "status",
            "--db", str(target)]
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start, int(hwm.read_text())


if __name__ == "__main__":
    sys.exit(main())
