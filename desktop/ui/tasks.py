"""Long work off the UI thread: one worker thread for all database work, results back on the UI thread.

Modelled on Anki's single-worker task manager: SQLite wants one writer at a time anyway, and one
queue keeps the order of operations the order the user asked for them. Work that touches no database
(parsing a pasted transcript, decoding a file) runs on threads of its own (``run_apart``): on the
database worker, a second-long parse made every autosave and page read wait behind it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot


class Cancelled(Exception):
    """Raised inside a task that saw its cancel flag set."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)  # done, total


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[..., Any], signals: _Signals, token: CancelToken) -> None:
        super().__init__()
        self.fn, self.signals, self.token = fn, signals, token

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self.token, lambda done, total: self._emit("progress", done, total))
        except BaseException as exc:  # handed to the UI thread, which shows it
            self._emit("failed", exc)
        else:
            self._emit("finished", result)

    def _emit(self, name: str, *args: Any) -> None:
        """Emits unless the window that asked has closed meanwhile (the app is quitting): then the
        result has no one to go to, and emitting from a deleted source would only print a traceback."""
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:
            if shiboken6.isValid(self.signals):
                raise


def _gone(callback: Callable[..., Any]) -> bool:
    """A method of a widget that has been deleted meanwhile (a dialog closed and gone while its form was
    read): the result has no one to go to (called, it touched the deleted widget's parts)."""
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


#: Threads for work that touches no database: a file decoded while the text before it is still parsed.
APART_THREADS = 2


class TaskRunner:
    """``run(fn, on_done, on_error, on_progress)``; ``fn(token, progress)`` runs on the worker thread.
    ``run_apart`` is the same for work that touches no database, on threads of its own."""

    def __init__(self) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.apart = QThreadPool()  # never a store session here: the database worker stays free
        self.apart.setMaxThreadCount(APART_THREADS)
        self._alive: set[_Signals] = set()
        # Sees every failure first (the main window locks when the database file was replaced).
        self.failure_hook: Callable[[BaseException], None] | None = None

    def run(
        self,
        fn: Callable[[CancelToken, Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> CancelToken:
        return self._start(self.pool, fn, on_done, on_error, on_progress)

    def run_apart(
        self,
        fn: Callable[[CancelToken, Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> CancelToken:
        """As ``run``, on the threads for work that touches no database (it must open no store session)."""
        return self._start(self.apart, fn, on_done, on_error, on_progress)

    def _start(
        self,
        pool: QThreadPool,
        fn: Callable[[CancelToken, Callable[[int, int], None]], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_progress: Callable[[int, int], None] | None,
    ) -> CancelToken:
        token = CancelToken()
        signals = _Signals()
        self._alive.add(signals)  # keep the QObject alive until its signal is delivered

        def done(result: Any) -> None:
            self._alive.discard(signals)
            if on_done and not _gone(on_done):
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._alive.discard(signals)
            if self.failure_hook is not None:
                self.failure_hook(exc)
            if on_error:
                if not _gone(on_error):
                    on_error(exc)
            else:
                raise exc

        signals.finished.connect(done)
        signals.failed.connect(failed)
        if on_progress:
            signals.progress.connect(on_progress)
        pool.start(_Runnable(fn, signals, token))
        return token

    def wait(self, msecs: int = -1) -> bool:
        """Both the database worker and the threads apart have nothing left to run (-1: no end)."""
        if msecs < 0:
            return self.pool.waitForDone(-1) and self.apart.waitForDone(-1)
        deadline = QDeadlineTimer(msecs)
        return self.pool.waitForDone(msecs) and self.apart.waitForDone(max(0, deadline.remainingTime()))

    @property
    def busy(self) -> bool:
        """A task is queued, running, or its result has not reached the UI thread yet."""
        return bool(self._alive)

    def drain(self, msecs: int = 10_000) -> bool:
        """Wait until every task has run *and* its result has been handed over on the UI thread.

        ``wait`` alone returns while the results are still queued as events; tests and shutdown
        need the callbacks to have run too. Call on the UI thread only.
        """
        deadline = QDeadlineTimer(msecs)
        while self._alive and not deadline.hasExpired():
            self.wait(max(1, deadline.remainingTime()))
            QCoreApplication.processEvents()
        return not self._alive
