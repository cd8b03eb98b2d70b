"""Stall probe for one very large bundle imported on the Sync page (the coordinator's window).

The import runs on the DB worker, but a worker that spends a long time inside one C call holding
Python's interpreter lock (decrypting the whole file, joining a few hundred MB into one bytes object)
stops the window all the same: the event loop cannot run a single Python slot until that call
returns. This probe imports, through the real Sync page of a real main window (offscreen), one
bundle at a time:

* ``changes-N``: a bundle whose changes.jsonl holds about N MB (``--changes-mb``, default 64 and 128;
  the reader's limit is 128 MiB);
* ``attachments-N``: a small bundle carrying about N MB of incompressible attachments in members of
  at most ~120 MB (``--attachments-mb``, default 360; the writer's limit is 384 MiB, the reader's 512);
* ``held-N``: the same kind of bundle from a device *not* on the centre's roster (``--held-mb``,
  default 360), measured twice: when it is imported (held: its verified archive stored in the
  database, unapplied) and when the coordinator approves the device on the Sync page's roster panel
  (the archive read back and applied);

and reports, per bundle, the longest gap between two ticks of a 5 ms timer from the click to the
result on screen, beside the UI thread's own CPU time in its longest turn (what the app itself did;
a gap with little UI CPU is a wait: for the lock, or for a core). References, in the same run: the
same timer over an idle window for as long (the machine's own noise), and over the same window while
a thread does plain Python work for as long (``busy``: what any work on a thread costs the window on
this machine, however often it offers the lock). Budget (DESIGN.md): 100 ms.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_import_stall [--changes-mb 64 128]
        [--attachments-mb 360] [--held-mb 360] [--where] [--repeat 1]

Results go to benchmarks/results/import_stall.json (``--name`` for another file).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.bench_import_process import big_bundle, centre_database
from benchmarks.bench_merge import ROSTER, device_changes
from benchmarks.harness import write_result
from benchmarks.stall_probe import BUDGET_MS, Probe, idle_reference, reference, sync_page_window, wait_until
from desktop.core import migrate
from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.bundle_format import save_bundle, write_bundle

PASSPHRASE = "benchmark passphrase"
ATTACHMENT_MEMBER_MB = 120  # below the reader's 128 MiB per member


def attachments_bundle(folder: Path, team_id: str, recipient: str, megabytes: int) -> tuple[Path, int, tuple[str, str]]:
    """A device's bundle of a few hundred changes and ``megabytes`` MB of random (incompressible)
    attachments, as scans would be: (path, attachment bytes, roster entry)."""
    rng = random.Random(12)
    device, epoch = new_id(), "0badc0de"
    changes = device_changes(rng, device, epoch, 300, int(time.time() * 1000) - 86_400_000)
    attachments: dict[str, bytes] = {}
    left = megabytes * 1_000_000
    while left > 0:
        size = min(left, ATTACHMENT_MEMBER_MB * 1_000_000)
        content = rng.randbytes(size)
        attachments[hashlib.sha256(content).hexdigest()] = content
        left -= size
    signing_key = keys.generate_signing_key()
    bundle = write_bundle(
        changes, attachments, kind="changes", team_id=team_id, device_id=device, device_name="scanner laptop",
        epoch=int(epoch, 16), seq_from=1, seq_to=len(changes), prev_bundle_hash=None,
        schema_revision=migrate.head_revision(), app_version="bench", recipients=[recipient],
        signing_key=signing_key,
    )
    path = folder / "attachments.majlis"
    save_bundle(path, bundle)
    return path, megabytes * 1_000_000, (device, keys.public_key_b64(signing_key))


def open_sync_page(pristine: Path, key: Path, step: str) -> tuple[Any, Any, Any, Path]:
    """A copy of the centre's database open in a real main window, on its Sync page, ready to import:
    (window, page, store, database path)."""
    from desktop.core.db import open_store

    target = pristine.with_name(f"centre-{step.replace(' ', '-')}.db")
    shutil.copy(pristine, target)
    store = open_store(target, PASSPHRASE)
    window, page = sync_page_window(store, (1180, 760))
    page.set_identity_path(key)
    QTest.qWait(300)
    return window, page, store, target


def close_sync_page(window: Any, store: Any, target: Path) -> None:
    window.ctx.tasks.drain(60_000)
    window.close()
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)


def probed_import(page: Any, bundle: Path, probe: Probe, step: str) -> tuple[Any, float]:
    """One import through the page's own import (as a dropped file); the probe runs from the click to
    the result on screen. (the outcome, seconds)"""
    page.last_outcomes = []
    seconds = probe.timed(step, lambda: page.import_paths([bundle]), lambda: bool(page.last_outcomes))
    return page.last_outcomes[0], seconds


def import_on_sync_page(pristine: Path, key: Path, bundle: Path, probe: Probe, step: str) -> dict[str, Any]:
    """One import through the coordinator's Sync page; the probe runs from the click to the result."""
    window, page, store, target = open_sync_page(pristine, key, step)
    outcome, seconds = probed_import(page, bundle, probe, step)
    close_sync_page(window, store, target)
    if outcome.status != "imported":  # a refused bundle is quick: it would measure nothing
        raise SystemExit(f"{step}: the bundle was {outcome.status} ({outcome.code}), not imported")
    return {"import_s": round(seconds, 2), "changes": outcome.new_changes}


def held_then_approved(pristine: Path, key: Path, bundle: Path, probe: Probe, hold: str,
                       approval: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """A bundle from a device not on the roster imported (held) through the Sync page, then its
    device approved on the page's roster panel (the coordinator's Yes given for them): the probe runs
    from each click to its result on screen."""
    from PySide6.QtWidgets import QMessageBox

    window, page, store, target = open_sync_page(pristine, key, hold)
    outcome, held_s = probed_import(page, bundle, probe, hold)
    if outcome.status != "held":
        raise SystemExit(f"{hold}: the bundle was {outcome.status} ({outcome.code}), not held")
    panel = page.roster_panel
    wait_until(lambda: panel.selected() is not None)  # the waiting device listed (the page refreshed it)
    original = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
    decided: list[bool] = []
    panel.decided.connect(lambda: decided.append(True))
    try:
        approve_s = probe.timed(approval, panel.approve_button.click, lambda: bool(decided))
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    result = panel.result_label.text()
    with store.session() as s:
        from sqlalchemy import func, select

        from desktop.core.models import ChangeLog, HeldBundle

        applied = s.execute(select(func.count()).select_from(ChangeLog).where(ChangeLog.received)).scalar_one()
        left = s.execute(select(func.count()).select_from(HeldBundle)).scalar_one()
    close_sync_page(window, store, target)
    if not applied or left:
        raise SystemExit(f"{approval}: not applied ({applied} changes received, {left} still held): {result}")
    return {"import_s": round(held_s, 2), "changes": 0}, {"import_s": round(approve_s, 2), "changes": applied}


def busy_reference(duration_ms: int) -> float:
    """The idle window's longest stall while another thread runs short Python steps (JSON of small
    maps, as an import's checks do) without ever holding the lock in one long C call."""
    import json
    import threading

    def work(stop: threading.Event) -> None:
        change = {"entity": "transcript_turn", "row_id": "r1", "data": {"text": "قال أحد المشاركين " * 8}}
        while not stop.is_set():
            json.loads(json.dumps(change))

    return reference("busy", duration_ms, work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--changes-mb", type=int, nargs="*", default=[64, 128])
    parser.add_argument("--attachments-mb", type=int, nargs="*", default=[360])
    parser.add_argument("--held-mb", type=int, nargs="*", default=[360],
                        help="bundles of attachments from a device not on the roster: held, then approved")
    parser.add_argument("--repeat", type=int, default=1, help="imports of each bundle (best is reported)")
    parser.add_argument("--where", action="store_true", help="sample the stacks during stalls and print them")
    parser.add_argument("--name", default="import_stall", help="results go to benchmarks/results/NAME.json")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from desktop.ui.qt_i18n import load_fonts

    load_fonts()
    folder = Path(tempfile.mkdtemp(prefix="majlis-import-stall-"))
    try:
        identity = keys.generate_identity()
        key = folder / "team.key"
        keys.write_identity_file(key, [identity])
        team_id, recipient = new_id(), keys.recipient_of(identity)
        bundles: list[tuple[str, Path, int]] = []
        ROSTER.clear()
        for mb in args.changes_mb:
            sub = folder / f"changes-{mb}"
            sub.mkdir()
            path, plain, entry = big_bundle(sub, team_id, recipient, mb)
            ROSTER.append(entry)
            bundles.append((f"changes-{mb}", path, plain))
        for mb in args.attachments_mb:
            sub = folder / f"attachments-{mb}"
            sub.mkdir()
            path, plain, entry = attachments_bundle(sub, team_id, recipient, mb)
            ROSTER.append(entry)
            bundles.append((f"attachments-{mb}", path, plain))
        held: list[tuple[str, Path, int]] = []
        for mb in args.held_mb:
            sub = folder / f"held-{mb}"
            sub.mkdir()
            path, plain, _stranger = attachments_bundle(sub, team_id, recipient, mb)  # never on the roster
            held.append((f"held-{mb}", path, plain))
        pristine = centre_database(folder, team_id, identity)
        probe = Probe()
        if args.where:
            probe.sample_stacks()
        cases: dict[str, dict[str, Any]] = {}
        busy_s = 0.0
        for step, path, plain in bundles:
            runs = []
            for attempt in range(args.repeat):
                name = f"import {step}" + (f" #{attempt + 1}" if args.repeat > 1 else "")
                outcome = import_on_sync_page(pristine, key, path, probe, name)
                busy_s += outcome["import_s"]
                runs.append({**outcome, **probe.figures(name)})
            best = min(runs, key=lambda r: r["stall_ms"])
            cases[step] = {"plain_bytes": plain, "file_bytes": path.stat().st_size,
                           **best, "stalls_ms": [r["stall_ms"] for r in runs]}
        for step, path, plain in held:
            runs_by_phase: dict[str, list[dict[str, Any]]] = {"hold": [], "approve": []}
            for attempt in range(args.repeat):
                suffix = f" #{attempt + 1}" if args.repeat > 1 else ""
                names = {"hold": f"hold {step}{suffix}", "approve": f"approve {step}{suffix}"}
                outcomes = held_then_approved(pristine, key, path, probe, names["hold"], names["approve"])
                for phase, outcome in zip(("hold", "approve"), outcomes, strict=True):
                    busy_s += outcome["import_s"]
                    name = names[phase]
                    runs_by_phase[phase].append({**outcome, **probe.figures(name)})
            for phase, runs in runs_by_phase.items():
                best = min(runs, key=lambda r: r["stall_ms"])
                cases[f"{step} {phase}"] = {"plain_bytes": plain, "file_bytes": path.stat().st_size,
                                            **best, "stalls_ms": [r["stall_ms"] for r in runs]}
        idle = idle_reference(int(min(busy_s * 1000, 20_000)))
        busy = busy_reference(int(min(busy_s * 1000, 20_000)))
        worst_step = max(cases, key=lambda k: cases[k]["stall_ms"])
        result = {
            "cases": cases,
            "longest_stall_ms": cases[worst_step]["stall_ms"],
            "longest_stall_case": worst_step,
            "idle_reference_ms": round(idle, 1),
            "stall_over_idle": round(cases[worst_step]["stall_ms"] / max(idle, 1.0), 1),
            "busy_thread_reference_ms": round(busy, 1),
            "stall_over_busy_thread": round(cases[worst_step]["stall_ms"] / max(busy, 1.0), 2),
            "budget_ms": BUDGET_MS,
            "within_budget": cases[worst_step]["stall_ms"] <= BUDGET_MS,
            "load_average": [round(x, 2) for x in os.getloadavg()],
        }
        out = write_result(args.name, result)
        print(f"idle reference {result['idle_reference_ms']} ms, busy-thread reference {result['busy_thread_reference_ms']} "
              f"ms, budget {BUDGET_MS} ms, "
              f"load {result['load_average']} -> {out}")
        print("  stall ms  UI CPU ms  import s  case (file MB)")
        for step, case in cases.items():
            print(f"  {case['stall_ms']:8.1f} {case['ui_cpu_ms']:10.1f} {case['import_s']:9.2f}  {step} "
                  f"({case['file_bytes'] / 1e6:.0f})  runs {case['stalls_ms']}")
        probe.report_stacks(BUDGET_MS)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    del app


if __name__ == "__main__":
    main()
