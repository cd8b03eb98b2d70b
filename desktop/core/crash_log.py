"""A local crash log without personal data, for the IT helper (Settings → Copy diagnostics names it).

``install()`` replaces ``sys.excepthook``: an uncaught exception appends one entry to
``crash.log`` in the data folder: the time, the Majlis and Python versions, the exception's type
and the stack as file names (relative to the package), line numbers and function names. Never
the exception's message and never variables: either may hold a participant's name, words or a
passphrase. The log keeps its last entries only (it never grows without end on a USB stick).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

from desktop import __version__
from desktop.core import app_paths

MAX_BYTES = 256 * 1024
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def _where(filename: str) -> str:
    """``desktop/ui/sessions/page.py`` or ``sqlalchemy/orm/session.py``: no user folder names."""
    parts = Path(filename).parts
    for anchor in ("desktop", "site-packages", "_internal", "lib"):
        if anchor in parts:
            index = len(parts) - 1 - parts[::-1].index(anchor)
            tail = parts[index + 1:] if anchor != "desktop" else parts[index:]
            if tail:
                return "/".join(tail)
    return Path(filename).name


def entry(exc_type: type[BaseException], tb: TracebackType | None, now: dt.datetime | None = None) -> str:
    """One log entry: no message, no values, only where the program was."""
    # Imported here, when a crash is being written: the hook is installed before the unlock window
    # shows, and these modules are not needed for that (start-up budget).
    import datetime as dt
    import platform
    import traceback

    when = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [f"--- {when} · Majlis {__version__} · Python {platform.python_version()} · {sys.platform}",
             f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}")
    return "\n".join(lines) + "\n"


def write(text: str, path: Path | None = None) -> Path | None:
    """Append ``text``; keep only the newest part of the file. Never raises (a crash is in progress)."""
    target = path or app_paths.crash_log_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        old = target.read_text(encoding="utf-8") if target.exists() else ""
        combined = old + text
        if len(combined.encode("utf-8")) > MAX_BYTES:
            combined = combined[-MAX_BYTES // 2:]
            combined = combined[combined.find("--- "):]
        target.write_text(combined, encoding="utf-8")
        return target
    except OSError:
        return None


def install(path: Path | None = None) -> Hook:
    """Log every uncaught exception, then let the previous hook report it as before."""
    previous: Hook = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        write(entry(exc_type, tb), path)
        previous(exc_type, exc, tb)

    sys.excepthook = hook
    return previous
