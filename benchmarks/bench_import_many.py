"""Stall probe for a coordinator's import day: some two hundred small bundles chosen at once on the Sync page.

The USB stick of ``tests/ui/test_sync_two_hundred_bundles.py`` (200 real bundles of 20 laptops on the
roster, two of them damaged, one from a laptop not on the roster, a newer Majlis's, another team's, a
Word file and a photo: 205 files, made by the real writer) is imported through the real Sync page of a
real main window (offscreen, Kurdish, 1366x768), twice in the same window: ``first`` (every bundle new)
and ``again`` (the same stick chosen once more: all already present, Results then holds both runs'
lines). A 5 ms timer ticks from the click to the result on screen; per run: the longest gap while the
files are read (``during``) and from the run's end (the summary, Results' lines, the refreshes: ``end``),
with the UI thread's own CPU time in its longest turn (what the window itself did, which the machine's
load does not inflate). Reference in the same run: the same timer over an idle window. Budget: 100 ms.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.bench_import_many [--repeat 3] [--where]

Results go to benchmarks/results/import_many.json (``--name`` for another file).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks.harness import write_result
from benchmarks.stall_probe import BUDGET_MS, Probe, idle_reference, sync_page_window


def one_window(store: Any, stick: Path, probe: Probe, label: str, profiled: bool = False, points: float = 0,
               times: int = 2) -> dict[str, Any]:
    """The centre's window on its Sync page at ``points`` (0: the usual size); the stick imported ``times``
    times (first, again, again 3…). ``profiled``: the
    UI thread's calls from each run's end printed (cProfile; it slows them: not for the figures)."""
    window, page = sync_page_window(store, (1366, 768), points)
    QTest.qWait(300)
    chosen = sorted(stick.iterdir())
    profile = cProfile.Profile() if profiled else None
    out: dict[str, Any] = {}
    for run in ["first", "again", *(f"again {n}" for n in range(3, times + 1))][:times]:
        during, end = f"{label} {run} during", f"{label} {run} end"
        imported = page._imported

        def at_end(result: Any, end: str = end, imported: Any = imported,
                   profile: cProfile.Profile | None = profile) -> None:
            probe.step = end
            if profile is not None:
                profile.enable()  # the UI thread's calls from the run's end on
            imported(result)

        page._imported = at_end  # type: ignore[method-assign,assignment]
        page.last_outcomes = []
        seconds = probe.timed(during, lambda: page.import_paths(chosen),
                              lambda: page._token is None and bool(page.last_outcomes) and page.is_loaded(),
                              timeout_s=600, drawn_ms=500)  # the lines drawn, the pages refreshed
        if profile is not None:
            profile.disable()
            print(f"== {label} {run}: the UI thread's calls from the run's end (cumulative)")
            pstats.Stats(profile).sort_stats("cumulative").print_stats(30)
            profile = cProfile.Profile()
        del page._imported
        statuses = [o.status for o in page.last_outcomes]
        out[run] = {"import_s": round(seconds, 2), "files": len(statuses), "lines": page.results.count(),
                    **probe.figures(during, "during_"), **probe.figures(end, "end_")}
    window.ctx.tasks.drain(60_000)
    window.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="windows, each importing the stick twice")
    parser.add_argument("--where", action="store_true", help="sample the stacks during stalls and print them")
    parser.add_argument("--points", type=float, default=0, help="the interface's text size (0: the usual)")
    parser.add_argument("--times", type=int, default=2, help="imports of the stick in each window (the lines add up)")
    parser.add_argument("--profile", action="store_true",
                        help="print where the UI thread spends the runs' ends (cProfile; not for the figures)")
    parser.add_argument("--name", default="import_many", help="results go to benchmarks/results/NAME.json")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from desktop.ui.qt_i18n import load_fonts
    from tests.sync_helpers import make_team
    from tests.ui.test_sync_two_hundred_bundles import usb_stick

    load_fonts()
    folder = Path(tempfile.mkdtemp(prefix="majlis-import-many-"))
    try:
        made = folder / "made"
        made.mkdir()
        team = make_team(made, devices=0)
        stick = usb_stick(team, made)
        team.centre.close()
        pristine = made / "centre.db"
        probe = Probe()
        if args.where:
            probe.sample_stacks()
        from desktop.core.db import open_store
        from tests.conftest import PASSPHRASE

        runs = []
        for attempt in range(args.repeat):
            copy = folder / f"centre-{attempt}.db"
            shutil.copy(pristine, copy)
            store = open_store(copy, PASSPHRASE)
            runs.append(one_window(store, stick, probe, f"#{attempt + 1}", args.profile, args.points,
                                   args.times))
            store.close()
        seconds = sum(r[k]["import_s"] for r in runs for k in r)
        idle = idle_reference(int(min(seconds * 1000, 20_000)))
        worst = max(r[k][f"{p}_stall_ms"] for r in runs for k in r for p in ("during", "end"))
        result = {"runs": runs, "idle_reference_ms": round(idle, 1), "budget_ms": BUDGET_MS,
                  "longest_stall_ms": worst, "load_average": [round(x, 2) for x in os.getloadavg()]}
        out = write_result(args.name, result)
        print(f"idle reference {result['idle_reference_ms']} ms, budget {BUDGET_MS} ms, load {result['load_average']}"
              f" -> {out}")
        print("  run          files lines import s | during: stall  UI CPU | end: stall  UI CPU  gc")
        for n, r in enumerate(runs, 1):
            for k, v in r.items():
                print(f"  #{n} {k:8s} {v['files']:6d} {v['lines']:5d} {v['import_s']:8.2f} | "
                      f"{v['during_stall_ms']:13.1f} {v['during_ui_cpu_ms']:7.1f} | "
                      f"{v['end_stall_ms']:10.1f} {v['end_ui_cpu_ms']:7.1f} {v['end_gc_ms']:4.1f}")
        probe.report_stacks(BUDGET_MS)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    del app


if __name__ == "__main__":
    main()
