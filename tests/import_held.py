"""An import on the Sync page held after its third file until a close (or Cancel) stops it, as a slow USB
stick would hold it: a test of a close during an import needs the import still running when the close
comes. Waiting for the progress bar to say 3 was not enough: on a quick machine the 40 files were all read
before the close came (ci2), and under load the window's turn came too late to close before the last one
(a shuffled run of tests/ui, and 2 of 6 runs beside a busy loop per core). The real importer reads every
file; only the pause between the third and the fourth is added, and only to the first run of the test (the
files chosen again afterwards are read straight through)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from desktop.sync.importer import import_files as real_import_files
from desktop.ui.sync import import_run

HELD_AFTER = 3  # files read before the import waits to be stopped


def hold_first_import(monkeypatch: pytest.MonkeyPatch) -> None:
    held = [True]

    def held_after_three(*args: Any, cancelled: Callable[[], bool], progress: Callable[[int, int], None],
                         **kwargs: Any) -> Any:
        done = [0]

        def counted(n: int, total: int) -> None:
            done[0] = n
            progress(n, total)

        def stop_or_wait() -> bool:
            if held[0] and done[0] >= HELD_AFTER:
                held[0] = False
                deadline = time.monotonic() + 60
                while not cancelled() and time.monotonic() < deadline:
                    time.sleep(0.01)
            return cancelled()

        return real_import_files(*args, cancelled=stop_or_wait, progress=counted, **kwargs)

    monkeypatch.setattr(import_run, "import_files", held_after_three)
