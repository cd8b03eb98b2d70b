"""The Sync page's import progress bar: "3 of 8 files" in the user's digits, coalesced reports.

The worker reports after every file, and files already imported pass by the hundred in a fraction
of a second; a progress bar repaints at once on every new value (about a millisecond each): 200
reports arriving together stood the window still for 200 ms. Only the latest report is shown, once
per turn of the event loop, and no more often than ``SHOWN_PER_SECOND`` times a second: 200 small new
bundles, each in a turn of its own, painted the bar twice for each (its value at once, its words at the
next turn): 350 paints in 1.4 s, 250 a second, where a person reads a count a few times a second. The
first report is shown at the next turn, the last one when the import ends (``finish``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QProgressBar, QWidget

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.scroll_frame import bring_into_view

# What a person can follow of a count going up; the bar's paints are kept to this many a second.
SHOWN_PER_SECOND = 20


class ImportProgress(QProgressBar):
    """``start`` an import, ``report`` from the worker, ``finish`` with the last report shown."""

    def __init__(self, language: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._searching = False  # a dropped folder is being searched for bundles
        # The files chosen are being told apart (bundles, team updates, others): how many will be
        # imported is not known yet ("0 of 11 files" became "0 of 10" with a team update among them).
        self._sorting = False
        self._pending: tuple[int, int] | None = None  # (done, total) not shown yet
        self._shown = QElapsedTimer()  # since a report was last shown (not started: none shown yet)
        self._next = QTimer(self)  # shows the report pending, at the next turn or when the bar may repaint again
        self._next.setSingleShot(True)
        self._next.timeout.connect(self.show_pending)
        # The running import's state: None when none runs, else whether it was asked to stop.
        self.stopping: Callable[[], bool] | None = None

    def start(self, files: int, *, searching: bool, stopping: Callable[[], bool], sorting: bool = False) -> None:
        """A dropped folder (a USB stick) is searched on the worker: until then the bar says so (a bar
        with no range would move, but shows no text). ``sorting``: the files chosen are told apart first,
        and the bar counts none until the import says how many it imports (``files`` is not used)."""
        self._searching, self._sorting, self.stopping = searching, sorting, stopping
        self._next.stop()
        self._pending = None
        self._shown.invalidate()
        self.setRange(0, 1 if searching or sorting else files)
        self.setValue(0)
        self.relabel()
        bring_into_view(self)  # under the Import button, below the window's edge at a large text size

    def report(self, done: int, total: int) -> None:
        self._pending = (done, total)
        if not self._next.isActive():
            since = self._shown.elapsed() if self._shown.isValid() else 1000
            self._next.start(max(0, 1000 // SHOWN_PER_SECOND - since))

    def show_pending(self) -> None:
        self._next.stop()
        if self._pending is None:
            return
        done, total = self._pending
        self._pending = None
        self._shown.start()
        self._searching = self._sorting = False  # the worker knows how many files there are
        # Painted once, at the next turn: the new value painted itself at once, then its words again.
        self.setUpdatesEnabled(False)
        self.setRange(0, total)
        self.setValue(done)
        self.relabel()
        self.setUpdatesEnabled(True)

    def finish(self, *, show_last: bool) -> None:
        """The import ended: its last report shown (or dropped, after a failure), the bar on the files read
        (the summary's count); no import runs. Its "Stopping after the file being read" goes: the summary
        says how far it got, and the bar shown again for a team update (the page's next job) said it still."""
        if show_last:
            self.show_pending()
        self._next.stop()
        self._pending = None
        self.stopping = None
        self.relabel()

    def relabel(self) -> None:
        # QProgressBar prints its percentage in the locale's digits; the user's digit setting rules.
        if self.stopping is None:  # no import running: an empty bar, not "0 of 100"
            self.setFormat("")
            return
        if self._searching:
            self.setFormat(self.tr("Looking for bundles in the folder…"))
            return
        if self._sorting:
            self.setFormat(self.tr("Stopping before any file is imported…") if self.stopping()
                           else self.tr("Looking at the chosen files…"))
            return
        total = self.maximum()
        text = (self.tr("Stopping after the file being read (%1 of %n file(s) done)…", "", total)
                if self.stopping() else self.tr("%1 of %n file(s)", "", total))
        fmt = self._language.format_number
        self.setFormat(self._language.count_digits(text, total).replace("%1", fmt(self.value())))
