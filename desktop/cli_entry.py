"""The ``majlis-cli`` program's entry point (pyproject's ``[project.scripts]``, build.spec's console
program): Ctrl+C is set before the rest of the command line is imported.

Importing ``desktop.cli`` takes a moment (every command's parser, the errors, the sanitiser); a Ctrl+C
that came then (pressed as the command started) raised KeyboardInterrupt in the middle of an import,
where nothing catches it: a Python traceback, and not the exit code 130 a script checks. Here a
Ctrl+C during the imports is noted and said once they are done (``majlis-cli: interrupted``, exit 130,
nothing run); from then on the command's own handling stands (``run_guarded``; ``bundle import``
finishing the file in hand). A Ctrl+C ignored by the caller (a script's background job) stays ignored.

Only the standard library is imported at the top: this module is small on purpose, and imports the rest
with plain imports (PyInstaller sees them; a module missing is an error, never swallowed)."""

from __future__ import annotations

import signal
import sys
from types import FrameType

INTERRUPTED_EXIT = 130  # as desktop.cli.common.INTERRUPTED_EXIT (not imported: that is the point)
_pressed: list[int] = []


def _noted(signum: int, frame: FrameType | None) -> None:
    _pressed.append(signum)


def main() -> int:
    ours = signal.getsignal(signal.SIGINT) is signal.default_int_handler
    if ours:
        try:
            signal.signal(signal.SIGINT, _noted)
        except ValueError:  # called from another thread than the main one (a caller embedding it)
            ours = False
    try:
        from desktop.cli import main as run_command

        if ours:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        if _pressed:
            return _interrupted()
        return run_command()
    except KeyboardInterrupt:  # pressed while the arguments are read, before the command's own handling
        return _interrupted()


def _interrupted() -> int:
    sys.stderr.write("majlis-cli: interrupted\n")
    return INTERRUPTED_EXIT


if __name__ == "__main__":  # the frozen console program (build.spec) runs this file as a script
    sys.exit(main())
