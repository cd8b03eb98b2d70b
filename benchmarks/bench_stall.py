"""Stall probe: the longest time the event loop stands still while a person works.

A scripted first hour on a campaign-sized database (``datagen``): a facilitator opens the sessions
list, starts a focus group, adds participants, types a transcript from the keyboard, visits every
page, and exports a bundle; a coordinator imports it, opens the conflict list and the reports.
A 5 ms timer ticks throughout; the longest gap between two ticks after the first paint is the stall
a person would feel. Budget (DESIGN.md): 100 ms. The reference, measured in the same run, is the
same timer over an idle window for as long: the machine's own noise.

    python -m benchmarks.bench_stall [--sessions 10000]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from benchmarks import datagen
from benchmarks.harness import write_result

BUDGET_MS = 100.0
TICK_MS = 5


class Probe:
    """Longest gap between ticks, per named step."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.step = "start"
        self.worst: dict[str, float] = {}
        # The UI thread's own CPU time between two ticks: what the app did in that turn, which the
        # machine's load (other processes, the worker holding the GIL) does not inflate.
        self.worst_cpu: dict[str, float] = {}
        self.last_cpu = time.thread_time()
        # Python's own garbage collector stops every thread while it walks the heap: its longest
        # pause per step, so a stall it caused is not blamed on a page.
        self.worst_gc: dict[str, float] = {}
        self._gc_started = 0.0
        gc.callbacks.append(self._gc)
        self.last_tick = time.monotonic()
        self.running = False
        self.sampler: StallSampler | None = None
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.last = self.clock.elapsed()
        self.last_cpu = time.thread_time()
        self.last_tick = time.monotonic()
        self.running = True
        self.timer.start()

    def pause(self) -> None:
        self.timer.stop()
        self.running = False

    def _gc(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        elif self.running:
            ms = (time.perf_counter() - self._gc_started) * 1000
            self.worst_gc[self.step] = max(self.worst_gc.get(self.step, 0.0), ms)

    def _tick(self) -> None:
        self.last_tick = time.monotonic()
        now = self.clock.elapsed()
        gap = float(now - self.last - TICK_MS)
        self.worst[self.step] = max(self.worst.get(self.step, 0.0), gap)
        cpu = time.thread_time()
        self.worst_cpu[self.step] = max(self.worst_cpu.get(self.step, 0.0), (cpu - self.last_cpu) * 1000)
        self.last = now
        self.last_cpu = cpu

    def run(self, step: str, action: Callable[[], object], settle_ms: int = 150) -> None:
        """Do ``action`` as a click would (from the event loop), then let the loop run a while."""
        self.step = step
        QTimer.singleShot(0, action)
        QTest.qWait(settle_ms)


class StallSampler(threading.Thread):
    """Where the UI thread is while the loop stands still (``--where``): a watchdog thread looks at
    the main thread's stack (and the others') every few ms once a tick is late, and counts stacks
    per step. It needs the GIL too, so a thread holding the GIL in one long C call shows as the
    stack it is in when it lets go."""

    def __init__(self, probe: Probe, late_ms: float = 50.0, every_ms: float = 5.0) -> None:
        super().__init__(daemon=True)
        self.probe, self.late, self.every = probe, late_ms / 1000, every_ms / 1000
        self.main = threading.main_thread().ident
        self.samples: dict[str, Counter[str]] = {}
        self.starved: dict[str, float] = {}  # per step: seconds this thread itself waited to run
        self.depth = 22
        self.stop = threading.Event()

    def run(self) -> None:
        expected = time.monotonic() + self.every
        while not self.stop.wait(self.every):
            now = time.monotonic()
            woke_late, expected = now - expected, now + self.every
            if not self.probe.running or now - self.probe.last_tick < self.late:
                continue
            step = self.probe.step
            if woke_late > 0.02:  # this thread could not run either: the GIL was held, or no CPU
                self.starved[step] = self.starved.get(step, 0.0) + woke_late
            lines = self._stacks()
            self.samples.setdefault(step, Counter())["\n         ".join(sorted(lines))] += 1

    def _stacks(self) -> list[str]:
        # The frames die when this returns: a frame kept alive keeps its locals, and a Qt object
        # wrapped while it was being constructed would then keep its base-class wrapper.
        lines = []
        for ident, frame in sys._current_frames().items():
            if ident == self.ident:
                continue
            who = "UI" if ident == self.main else "worker"
            stack = [f for f in traceback.extract_stack(frame) if "importlib" not in f.filename
                     and "bench_stall" not in f.filename][-self.depth:]
            here = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(stack))
            lines.append(f"[{who}] {here}")
        return lines

    def report(self, worst: dict[str, float], budget: float) -> None:
        for step, ms in sorted(worst.items(), key=lambda kv: -kv[1]):
            if ms <= budget or step not in self.samples:
                continue
            print(f"\n== {step}: {ms:.0f} ms; the sampler itself waited {self.starved.get(step, 0) * 1000:.0f} ms "
                  f"(GIL or CPU); where (every {self.every * 1000:.0f} ms while late):")
            for stack, n in self.samples[step].most_common(4):
                print(f"  {n:4d} x {stack}")


def wait_until(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the scripted step did not finish")
        QTest.qWait(20)


def visit(window: Any, key: str) -> None:
    """Go to a page as a person does (its Ctrl+N shortcut, the same as a click in the navigation)."""
    keys = [window.nav.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.nav.count())]
    window.go_to_row(keys.index(key))


def facilitator_and_coordinator(folder: Path, sessions: int, probe: Probe) -> None:
    from desktop.core.db import open_store
    from desktop.sync.team import create_team, join_team
    from desktop.ui.app import _preload_heavy_stack, make_context
    from desktop.ui.main_window import MainWindow
    from desktop.ui.qt_i18n import LanguageManager, load_fonts
    from desktop.ui.sync.page import SyncPage

    load_fonts()
    language = LanguageManager()
    language.set_language("ckb")
    _preload_heavy_stack("ckb").join()  # what the app loads while the passphrase is typed
    centre_path = folder / "centre.db"
    datagen.build(centre_path, sessions=sessions, words=sessions * 100, segments=sessions * 2)
    centre = open_store(centre_path, datagen.PASSPHRASE)
    team_file, identity = folder / "team.majlis-team", folder / "team.key"
    create_team(centre, name="Benchmark team", team_file=team_file, identity_file=identity)
    from desktop.core.db import create_store

    field = create_store(folder / "field.db", datagen.PASSPHRASE, "field laptop")
    join_team(field, team_file)

    # --- the facilitator ---------------------------------------------------------------------
    window = MainWindow(make_context(field, language), idle_ms=0)
    window.resize(1180, 760)
    window.show()
    QTest.qWait(200)  # the first paint: stalls before it are start-up, measured by bench_startup
    probe.start()
    probe.run("sessions list", lambda: visit(window, "sessions"))
    page = window.current_page()
    probe.run("new focus group", lambda: page.new_session("focus_group"), 600)  # type: ignore[attr-defined]
    wait_until(lambda: window.editor is not None)
    editor = window.editor
    assert editor is not None
    wait_until(lambda: bool(getattr(editor, "is_loaded", True)))
    for _ in range(3):
        probe.run("add participant", editor.add_button.click, 300)  # type: ignore[attr-defined]
    editor.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
    edit = editor.transcript.edit  # type: ignore[attr-defined]
    probe.step = "typing a transcript"
    for ch in "ئێمە دەمانەوێت دەنگمان بگات بە ئەنجومەن " * 4:
        QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
        QTest.qWait(15)
    QTest.qWait(2000)  # the autosave
    probe.run("close editor", editor.request_close, 300)
    for key in window.navigation_titles():
        probe.run(f"open page: {key}", lambda key=key: visit(window, key), 600)
    window.go_to("sync")
    sync = window.current_page()
    assert isinstance(sync, SyncPage)
    bundle = folder / "field.majlis"
    probe.run("export bundle", lambda: sync.export_to(bundle), 300)
    wait_until(bundle.exists)
    QTest.qWait(300)
    probe.pause()  # closing the window and starting the coordinator's are not a person working
    window.ctx.tasks.drain(60_000)
    window.close()

    # --- the coordinator ---------------------------------------------------------------------
    # Its start-up (before the first paint) is bench_startup's, as for the facilitator's window.
    centre_window = MainWindow(make_context(centre, language), idle_ms=0)
    centre_window.resize(1180, 760)
    centre_window.show()
    QTest.qWait(200)
    probe.start()
    probe.run("coordinator: sync page", lambda: visit(centre_window, "sync"), 600)
    wait_until(lambda: isinstance(centre_window.current_page(), SyncPage))
    csync = centre_window.current_page()
    assert isinstance(csync, SyncPage)
    csync.set_identity_path(identity)
    probe.run("coordinator: import", lambda: csync.import_paths([bundle]), 300)
    wait_until(lambda: bool(csync.last_outcomes))
    QTest.qWait(300)
    for key in ("sessions", "participants", "reports"):
        probe.run(f"coordinator: open page: {key}", lambda key=key: visit(centre_window, key), 800)
    probe.pause()
    centre_window.ctx.tasks.drain(60_000)
    centre_window.close()
    field.close()
    centre.close()


def idle_reference(duration_ms: int) -> float:
    from PySide6.QtWidgets import QLabel

    label = QLabel("idle")
    label.show()
    probe = Probe()
    probe.start()
    probe.step = "idle"
    QTest.qWait(duration_ms)
    probe.timer.stop()
    label.close()
    return probe.worst.get("idle", 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--where", action="store_true", help="sample the stacks during stalls and print them")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    probe = Probe()
    if args.where:
        probe.sampler = StallSampler(probe)
        probe.sampler.start()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="majlis-stall-") as tmp:
        facilitator_and_coordinator(Path(tmp), args.sessions, probe)
    scripted_ms = int((time.perf_counter() - started) * 1000)
    idle = idle_reference(min(scripted_ms, 20_000))
    worst_step = max(probe.worst, key=lambda k: probe.worst[k])
    result = {
        "sessions": args.sessions,
        "longest_stall_ms": round(probe.worst[worst_step], 1),
        "longest_stall_step": worst_step,
        "idle_reference_ms": round(idle, 1),
        "budget_ms": BUDGET_MS,
        "within_budget": probe.worst[worst_step] <= BUDGET_MS,
        "per_step_ms": {k: round(v, 1) for k, v in sorted(probe.worst.items(), key=lambda kv: -kv[1])},
        # The same stalls counted in the UI thread's CPU time: the work the app itself did in one turn.
        "longest_ui_cpu_ms": round(max(probe.worst_cpu.values()), 1),
        "per_step_ui_cpu_ms": {k: round(probe.worst_cpu.get(k, 0.0), 1) for k in probe.worst},
        "longest_gc_pause_ms": round(max(probe.worst_gc.values(), default=0.0), 1),
        "load_average_1min": round(os.getloadavg()[0], 2),
    }
    path = write_result("stall", result)
    print(f"longest stall {result['longest_stall_ms']} ms during {worst_step!r} "
          f"(idle reference {result['idle_reference_ms']} ms, budget {BUDGET_MS} ms) -> {path}")
    print("      wall  UI CPU  longest gc  step")
    for step, ms in result["per_step_ms"].items():  # type: ignore[union-attr]
        print(f"  {ms:8.1f} {probe.worst_cpu.get(step, 0.0):7.1f} {probe.worst_gc.get(step, 0.0):11.1f}  {step}")
    if probe.sampler is not None:
        probe.sampler.stop.set()
        probe.sampler.report(probe.worst, BUDGET_MS)
    del app


if __name__ == "__main__":
    main()
