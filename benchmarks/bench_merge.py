"""Merge benchmark: import field-scale bundles vs a plain bulk insert of the same change records.

    .venv/bin/python benchmarks/bench_merge.py                 # 300 devices x 200 changes (default)
    .venv/bin/python benchmarks/bench_merge.py --scale         # 300 devices x 2,000 changes
    .venv/bin/python benchmarks/bench_merge.py --devices 50 --changes 100

Bundles are generated directly (real Ed25519 keys, real age encryption, real write_bundle), not
through 300 real device databases, to keep set-up short. Each device records sessions, transcript
turns (long text), participants and coded segments, then edits some turns and tombstones a few rows.

Measured:
* import: ``import_files`` over every bundle (decrypt, verify, dedupe, change log, row merge,
  conflicts, receipts; one transaction per bundle) into a fresh SQLCipher centre database;
* reference: SQLAlchemy Core ``executemany`` of the same change records into the change_log table
  of a fresh SQLCipher database (``create_store``: same schema, same pragmas), three ways: one
  single transaction (the plain bulk insert); one transaction per bundle with the store's
  synchronous=FULL; one transaction per bundle with synchronous=NORMAL (what the importer uses).

The target is import rows/s >= 0.5 x reference rows/s; every ratio is printed. Best of --repeat
runs (machines are noisy). Results go to benchmarks/results/merge.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert  # noqa: E402

from desktop.core import migrate  # noqa: E402
from desktop.core.changes import content_hash  # noqa: E402
from desktop.core.clock import Timestamp  # noqa: E402
from desktop.core.db import create_store  # noqa: E402
from desktop.core.ids import new_id  # noqa: E402
from desktop.core.models import ChangeLog, Device, Team  # noqa: E402
from desktop.sync import keys  # noqa: E402
from desktop.sync.bundle_format import bundle_file_name, save_bundle, write_bundle  # noqa: E402
from desktop.sync.importer import import_files  # noqa: E402

PASSPHRASE = "benchmark passphrase"
TEXT = "قال أحد المشاركين إن قانون الانتخابات يجب أن يضمن تمثيلاً عادلاً للمحافظات ولكل المكونات. "


def device_changes(rng: random.Random, device: str, epoch: str, count: int, start_ms: int) -> list[dict[str, Any]]:
    changes: list[dict[str, Any]] = []
    ms = start_ms
    turns: list[tuple[str, str]] = []
    session_id = ""

    def add(entity: str, row_id: str, op: str, data: dict[str, Any], base: dict[str, Any] | None = None) -> None:
        nonlocal ms
        ms += rng.randint(1, 50)
        changes.append({
            "seq": len(changes) + 1, "epoch": epoch, "hlc": str(Timestamp(ms, 0, device)), "entity": entity,
            "row_id": row_id, "op": op, "data": data, "base": base or {},
            "content_hash": content_hash(entity, row_id, op, data),
        })

    while len(changes) < count:
        roll = rng.random()
        if not session_id or roll < 0.04:
            session_id = new_id()
            add("session", session_id, "insert", {
                "kind": "focus_group", "title": "جلسة حوارية", "date": "2022-10-01", "start_time": "10:00",
                "end_time": "12:00", "governorate": "basra", "venue": "قاعة", "language": "ar",
                "facilitator": "F1", "note_taker": "N1", "status": "draft", "number": 1, "summary": "",
                "deleted": False})
        elif roll < 0.15:
            add("participant", new_id(), "insert", {
                "code": "BSR-FG01-P01", "real_name": None, "phone": None, "gender": "female",
                "age_band": "25-34", "governorate": "basra", "district": "", "setting": "urban",
                "occupation": "teacher", "language": "ar", "attributes": {}, "reconsent_needed": False,
                "deleted": False})
        elif roll < 0.70 or not turns:
            turn_id = new_id()
            add("transcript_turn", turn_id, "insert", {
                "session_id": session_id, "position": float(len(changes)), "participant_id": None,
                "text": TEXT * rng.randint(1, 4), "timestamp": "0:10:00", "deleted": False})
            turns.append((turn_id, changes[-1]["hlc"]))
        elif roll < 0.85:
            turn_id, version = rng.choice(turns)
            add("coded_segment", new_id(), "insert", {
                "code_id": new_id(), "doc_table": "transcript_turn", "doc_id": turn_id, "doc_field": "text",
                "start": 0, "end": 20, "coder": "demo", "memo": "", "quote": TEXT[:20], "deleted": False})
        elif roll < 0.98:
            index = rng.randrange(len(turns))
            turn_id, version = turns[index]
            add("transcript_turn", turn_id, "update", {"text": TEXT + " (مصحح)"}, {"text": version})
            turns[index] = (turn_id, changes[-1]["hlc"])
        else:
            turn_id, _ = rng.choice(turns)
            add("transcript_turn", turn_id, "delete", {"deleted": True})
    return changes


#: (device id, public key) of every device make_bundles made: the centre's roster for the benchmark.
ROSTER: list[tuple[str, str]] = []


def make_bundles(folder: Path, devices: int, per_device: int, team_id: str, recipient: str,
                 revision: str) -> tuple[list[Path], list[list[dict[str, Any]]]]:
    rng = random.Random(7)
    paths, all_changes = [], []
    ROSTER.clear()
    for n in range(devices):
        device = new_id()
        epoch = f"{rng.getrandbits(32):08x}"
        changes = device_changes(rng, device, epoch, per_device, 1_700_000_000_000 + n * 1000)
        signing_key = keys.generate_signing_key()
        ROSTER.append((device, keys.public_key_b64(signing_key)))
        bundle = write_bundle(
            changes, {}, kind="changes", team_id=team_id, device_id=device, device_name=f"field laptop {n}",
            epoch=int(epoch, 16), seq_from=1, seq_to=len(changes), prev_bundle_hash=None,
            schema_revision=revision, app_version="bench", recipients=[recipient],
            signing_key=signing_key,
        )
        path = folder / bundle_file_name(team_id, device, int(epoch, 16), 1, len(changes))
        save_bundle(path, bundle)
        paths.append(path)
        all_changes.append([{**c, "device_id": device} for c in changes])
    return paths, all_changes


def reference_insert(
    folder: Path, batches: list[list[dict[str, Any]]], per_bundle: bool, attempt: int, synchronous: str = ""
) -> float:
    """Core executemany of the change records into change_log; the store's pragmas unless told."""
    store = create_store(folder / f"reference-{per_bundle}-{synchronous}-{attempt}.db", PASSPHRASE, "reference")
    rows = [[{"device_id": c["device_id"], "epoch": c["epoch"], "seq": c["seq"], "hlc": c["hlc"],
              "entity": c["entity"], "row_id": c["row_id"], "op": c["op"], "data": c["data"], "base": c["base"],
              "content_hash": c["content_hash"], "received": True} for c in batch] for batch in batches]
    with store.engine.connect() as conn:
        if synchronous:
            conn.exec_driver_sql(f"PRAGMA synchronous = {synchronous}")
            conn.commit()
        start = time.perf_counter()
        if per_bundle:
            for batch in rows:
                conn.execute(insert(ChangeLog), batch)
                conn.commit()
        else:
            for batch in rows:
                conn.execute(insert(ChangeLog), batch)
            conn.commit()
        elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--changes", type=int, default=200, help="changes per device")
    parser.add_argument("--scale", action="store_true", help="field scale: 300 devices x 2,000 changes")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the import")
    parser.add_argument("--repeat", type=int, default=3, help="best of N runs (machines are noisy)")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("results") / "merge.json")
    args = parser.parse_args(argv)
    if args.scale:
        args.devices, args.changes = 300, 2000
    folder = Path(tempfile.mkdtemp(prefix="majlis-bench-"))
    try:
        identity = keys.generate_identity()
        keys.write_identity_file(folder / "team.key", [identity])
        team_id = new_id()
        revision = migrate.head_revision()
        t0 = time.perf_counter()
        paths, batches = make_bundles(folder, args.devices, args.changes, team_id, keys.recipient_of(identity),
                                      revision)
        generate_s = time.perf_counter() - t0
        total = sum(len(b) for b in batches)

        identities = [identity]
        import_s = float("inf")
        for attempt in range(args.repeat):
            centre = create_store(folder / f"centre-{attempt}.db", PASSPHRASE, "centre")
            with centre.transaction(replicating=True) as s:
                s.add(Team(id=team_id, name="bench", recipients=[keys.recipient_of(identity)], is_central=True))
                s.add_all(Device(id=device, name="", public_key=key, preregistered=True) for device, key in ROSTER)
            start = time.perf_counter()
            if args.profile:
                import cProfile
                import pstats

                profiler = cProfile.Profile()
                outcomes = profiler.runcall(import_files, centre, paths, identities)
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
            else:
                outcomes = import_files(centre, paths, identities)
            import_s = min(import_s, time.perf_counter() - start)
            centre.close()
            refused = [o for o in outcomes if o.status == "refused"]
            if refused or any(o.status == "held" for o in outcomes):
                print(f"refused or held: {[o for o in outcomes if o.status != 'imported'][:3]}", file=sys.stderr)
                return 2

        ref_bundle_s = min(reference_insert(folder, batches, True, n) for n in range(args.repeat))
        ref_normal_s = min(reference_insert(folder, batches, True, n, "NORMAL") for n in range(args.repeat))
        ref_single_s = min(reference_insert(folder, batches, False, n) for n in range(args.repeat))
        result = {
            "devices": args.devices,
            "changes_per_device": args.changes,
            "rows": total,
            "bundle_generation_s": round(generate_s, 3),
            "import_s": round(import_s, 3),
            "import_rows_per_s": round(total / import_s),
            "reference_per_bundle_tx_s": round(ref_bundle_s, 3),
            "reference_per_bundle_tx_rows_per_s": round(total / ref_bundle_s),
            "reference_per_bundle_tx_sync_normal_s": round(ref_normal_s, 3),
            "reference_per_bundle_tx_sync_normal_rows_per_s": round(total / ref_normal_s),
            "reference_single_tx_s": round(ref_single_s, 3),
            "reference_single_tx_rows_per_s": round(total / ref_single_s),
            "repeat": args.repeat,
            "ratio_vs_per_bundle_tx": round(ref_bundle_s / import_s, 3),
            "ratio_vs_per_bundle_tx_sync_normal": round(ref_normal_s / import_s, 3),
            "ratio_vs_single_tx": round(ref_single_s / import_s, 3),
            "target": 0.5,
        }
        result["meets_target_vs_single_tx"] = result["ratio_vs_single_tx"] >= 0.5
        result["meets_target_vs_per_bundle_tx"] = result["ratio_vs_per_bundle_tx"] >= 0.5
        for key, value in result.items():
            print(f"{key}: {value}")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
