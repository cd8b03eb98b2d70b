"""Work-around for a PySide6 6.12 bug on Python 3.11: every call of a Qt method returning void
drops one reference to ``None`` (Python >= 3.12 has an immortal None and does not care). After a few
thousand such calls Python aborts with "none_dealloc: deallocating None".

The coding workspace makes thousands of void calls when it paints highlights (two
``QTextCursor.setPosition`` per segment), so it hands back what it takes: ``keep(n)`` adds ``n`` to
None's reference count (CPython 3.11 layout: the count is the object's first field). Detection runs
once; with a fixed PySide6 (6.11.3 is fine) or Python >= 3.12 ``keep`` does nothing. The real fix is
a PySide6 without the bug.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QPoint


def _give_back(n: int) -> None:
    # A list of Nones would do, until interpreter shutdown frees it and takes them all back.
    ctypes.c_ssize_t.from_address(id(None)).value += n


def _leak_per_void_call() -> int:
    probe = QPoint()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setX(1)
    lost = before - sys.getrefcount(None)
    if lost > 0:
        _give_back(lost)  # what the probe itself took
    return max(0, round(lost / 8))


LEAK_PER_CALL = _leak_per_void_call() if sys.version_info < (3, 12) else 0


def keep(void_calls: int) -> None:
    """Call after making ``void_calls`` Qt void calls from Python."""
    if LEAK_PER_CALL and void_calls > 0:
        _give_back(void_calls * LEAK_PER_CALL)
