"""Start-up timing for benchmarks/bench_startup.py, switched on by ``MAJLIS_STARTUP_PROBE=1``.

When on, the app prints ``probe unlock-shown cpu=S`` once the unlock window has been painted (S: the
CPU seconds the process used so far, which a busy machine disturbs less than the wall clock), waits
for the background imports that run while a person types, types the passphrase from
``MAJLIS_PASSPHRASE`` as a user would, prints ``probe main-shown SECONDS cpu=S`` (time from
submitting the passphrase to the painted main window), then ``probe main-filled SECONDS cpu=S`` once
its first page has the rows it reads on the DB worker, and quits. Nothing here runs otherwise.
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def enabled() -> bool:
    return os.environ.get("MAJLIS_STARTUP_PROBE") == "1"


def _say(line: str) -> None:
    sys.stdout.write(f"probe {line}\n")
    sys.stdout.flush()


def attach(unlock_window: Any, holder: dict[str, Any]) -> None:
    """Report the unlock window, then drive the unlock and report the main window."""

    def unlock_painted() -> None:
        _say(f"unlock-shown cpu={time.process_time():.4f}")
        type_passphrase()

    def type_passphrase() -> None:
        # A person takes seconds to type a passphrase; the heavy imports (started on the first
        # event-loop turn, after the paint) finish in that time.
        preload = holder.get("preload")
        if preload is None:
            QTimer.singleShot(5, type_passphrase)
            return
        preload.join()
        started, cpu = time.perf_counter(), time.process_time()

        def main_painted() -> None:
            main = holder.get("main")
            if main is None or not main.isVisible():
                QTimer.singleShot(5, main_painted)
                return
            QApplication.processEvents()
            _say(f"main-shown {time.perf_counter() - started:.4f} cpu={time.process_time() - cpu:.4f}")
            rows_in(main)

        def rows_in(main: Any) -> None:
            # The first page reads its rows on the DB worker after the window is up: say when they are in.
            page = main.pages.get("sessions")
            if page is not None and not getattr(page, "loads", 1):
                QTimer.singleShot(5, lambda: rows_in(main))
                return
            QApplication.processEvents()
            _say(f"main-filled {time.perf_counter() - started:.4f} cpu={time.process_time() - cpu:.4f}")
            QApplication.quit()

        unlock_window.passphrase.setText(os.environ.get("MAJLIS_PASSPHRASE", ""))
        unlock_window.submit()
        QTimer.singleShot(0, main_painted)

    QTimer.singleShot(0, unlock_painted)
