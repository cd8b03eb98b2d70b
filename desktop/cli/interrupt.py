"""Ctrl+C during a run over many files (``bundle import``): stop after the file in hand.

Each bundle is imported all or nothing, so an import stopped halfway has imported the files before
it for good. Python's own Ctrl+C raised out of the import with the outcomes not yet printed:
the coordinator saw ``majlis-cli: interrupted`` and nothing of what went in. The first Ctrl+C here
only asks the import to stop between files (its ``cancelled``), so every file read is reported and
counted; a second one stops at once, as Python would (the bundle in hand is rolled back)."""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType, TracebackType
from typing import Any

# What ``bundle import`` is doing when Ctrl+C comes, as its first Ctrl+C says it (``doing``).
SORTING = "stopping once the files are sorted, before any is applied or imported"
APPLYING = "stopping after the team update being applied"
IMPORTING = "stopping after the file being imported"


class StopAfterCurrentFile:
    """A context in which the first Ctrl+C sets :meth:`asked` instead of raising, and says ``doing``
    (one of the above). With ``doing`` empty, Ctrl+C raises as Python's does (a passphrase being
    asked for: nothing to finish)."""

    def __init__(self, doing: str = IMPORTING) -> None:
        self.doing = doing
        self._asked = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> StopAfterCurrentFile:
        # Only the main thread may set a signal handler (an embedding caller elsewhere keeps Python's).
        # Ctrl+C ignored when the command started (a background job of a script, `nohup`: the shell's
        # way of keeping it running when the terminal's Ctrl+C stops the rest) stays ignored.
        if threading.current_thread() is threading.main_thread() and \
                signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
            self._previous = signal.signal(signal.SIGINT, self._on_ctrl_c)
            self._installed = True
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)

    def _on_ctrl_c(self, signum: int, frame: FrameType | None) -> None:
        if self._asked or not self.doing:
            raise KeyboardInterrupt
        self._asked = True
        sys.stderr.write(f"majlis-cli: {self.doing} (Ctrl+C again to stop at once)\n")
        sys.stderr.flush()

    def asked(self) -> bool:
        return self._asked
