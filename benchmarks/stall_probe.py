"""The stall probes' shared pieces (bench_stall, bench_import_stall, bench_import_many): a 5 ms timer on
the UI thread whose longest gap between two ticks, per named step, is the stall a person would feel
(with the UI thread's own CPU time and Python's garbage collector's pauses in that turn), the sampler of
where the threads are while a tick is late (``--where``), a step timed from its click to its result on
screen, a reference over an idle window, and a main window opened on its Sync page."""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sync.page import SyncPage

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

    def timed(self, step: str, action: Callable[[], object], done: Callable[[], bool], timeout_s: float = 900,
              drawn_ms: int = 300) -> float:
        """``action`` done as a click would, the timer ticking from the click until ``done()`` and
        ``drawn_ms`` more (the result drawn and the pages refreshed): seconds from the click to done."""
        self.start()
        started = time.perf_counter()
        self.run(step, action, 0)
        wait_until(done, timeout_s=timeout_s)
        seconds = time.perf_counter() - started
        QTest.qWait(drawn_ms)
        self.pause()
        return seconds

    def figures(self, step: str, prefix: str = "") -> dict[str, float]:
        """The step's longest gap, the UI thread's CPU in its longest turn, and the longest gc pause (ms)."""
        return {f"{prefix}{what}": round(getattr(self, attr).get(step, 0.0), 1)
                for what, attr in (("stall_ms", "worst"), ("ui_cpu_ms", "worst_cpu"), ("gc_ms", "worst_gc"))}

    def sample_stacks(self) -> StallSampler:
        """Start sampling where the threads are while a tick is late (``--where``)."""
        self.sampler = StallSampler(self)
        self.sampler.start()
        return self.sampler

    def report_stacks(self, budget: float = BUDGET_MS) -> None:
        """Stop the sampler, if started, and print where the threads were in each step over ``budget``."""
        if self.sampler is not None:
            self.sampler.stop.set()
            self.sampler.report(self.worst, budget)


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
                     and "bench_stall" not in f.filename and "stall_probe" not in f.filename][-self.depth:]
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


def reference(step: str, duration_ms: int, work: Callable[[threading.Event], object] | None = None) -> float:
    """The longest gap over a window that does nothing for ``duration_ms``, while ``work`` (if any) runs
    on another thread until the event it is given is set."""
    from PySide6.QtWidgets import QLabel

    stop = threading.Event()
    label = QLabel(step)
    label.show()
    probe = Probe()
    worker = threading.Thread(target=work, args=(stop,), daemon=True) if work is not None else None
    if worker is not None:
        worker.start()
    probe.start()
    probe.step = step
    QTest.qWait(duration_ms)
    probe.timer.stop()
    if worker is not None:
        stop.set()
        worker.join()
    label.close()
    return probe.worst.get(step, 0.0)


def idle_reference(duration_ms: int) -> float:
    """The machine's own noise: the timer over an idle window."""
    return reference("idle", duration_ms)


def sync_page_window(store: Any, size: tuple[int, int], points: float | None = None) -> tuple[MainWindow, SyncPage]:
    """``store``'s main window in Kurdish, shown at ``size`` (text at ``points`` if given; 0: the usual
    size), gone to its Sync page as a person goes and the page read: (window, page)."""
    from desktop.ui.app import make_context
    from desktop.ui.main_window import MainWindow
    from desktop.ui.qt_i18n import LanguageManager
    from desktop.ui.sync.page import SyncPage

    language = LanguageManager()
    language.set_language("ckb")
    if points is not None:
        language.set_font_size(points or None)
    window = MainWindow(make_context(store, language), idle_ms=0)
    window.resize(*size)
    window.show()
    QTest.qWait(200)
    visit(window, "sync")
    wait_until(lambda: isinstance(window.current_page(), SyncPage))
    page = window.current_page()
    assert isinstance(page, SyncPage)
    wait_until(page.is_loaded)
    return window, page
