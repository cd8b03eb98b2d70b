"""Python's cycle collector while a ``majlis-cli`` process loads a command's implementation.

A command imports its implementation when it runs (desktop.cli's docstring): SQLAlchemy, the models,
the store, for ``bundle import`` the importer — several hundred thousand objects made at once and kept
for the life of the process. Every few hundred of them woke the cycle collector, which walked those made
so far looking for cycles that none of them makes: about 180 collections and 60 ms of CPU in a day's
``bundle import`` (measured with ``gc.callbacks``), for nothing. While a command loads them the collector
is paused; what was loaded is then frozen (``gc.freeze``: never walked again, as a module's objects need
not be) and the collector resumes, as it was. Pausing without freezing costs more than it saves: the
first collection afterwards walks everything loaded, and again at each older generation.

Only in a process that is majlis-cli itself: ``desktop.cli.main`` called without an argument list (the
console program, ``python -m desktop.cli``). A program or a test calling ``main([...])`` keeps its
collector untouched: freezing there would keep whatever garbage it holds at that moment for good.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_own_process: list[bool] = []


def own_process() -> None:
    """This process is majlis-cli (its whole life is the command): ``loading`` may pause and freeze."""
    _own_process.append(True)


@contextlib.contextmanager
def loading() -> Iterator[None]:
    """Around a command's imports of its implementation (plain ``import`` statements inside the block)."""
    if not _own_process or not gc.isenabled():  # not ours, or paused by someone else: left as it is
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()
