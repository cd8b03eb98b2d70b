"""Ctrl+C pressed as ``majlis-cli`` starts (within the first few tenths of a second) arrived while the
entry point still imported the command line's modules: KeyboardInterrupt in the middle of an import,
a Python traceback, and not the exit code 130 a script checks. The console entry point
(pyproject's ``[project.scripts]``, which build.spec's console program runs too) now notes a Ctrl+C
during those imports and says it in one line, exit 130. Real processes, real SIGINT, sent at several
moments of the start."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def entry_point() -> tuple[str, str]:
    """The console script ``majlis-cli`` as pyproject names it: (module, function)."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    module, function = scripts["majlis-cli"].split(":")
    return module, function


def started_as_installed(*argv: str) -> subprocess.Popen[str]:
    """What pip's ``majlis-cli`` wrapper does (import the entry point, exit with what it returns), once
    the interpreter has started: it says so on stderr first. (A Ctrl+C while Python itself starts, before
    any program of it runs, is Python's own fatal error, whatever the program; so is one in the few
    milliseconds the entry point's own lines take to load, hence the first signal after 50 ms.)"""
    module, function = entry_point()
    code = (f"import sys\nsys.stderr.write('started\\n')\nsys.stderr.flush()\n"
            f"from {module} import {function}\nsys.exit({function}())\n")
    proc = subprocess.Popen([sys.executable, "-c", code, *argv], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None and proc.stderr.readline() == "started\n"
    return proc


@pytest.mark.slow  # whole processes: CI runs it
@pytest.mark.skipif(sys.platform == "win32", reason="a POSIX signal sent to one process")
@pytest.mark.parametrize("argv", [("--help",), ("bundle", "import", "--help")])
def test_ctrl_c_as_the_command_starts_is_one_line_and_exit_130(argv: tuple[str, ...]) -> None:
    for delay in (0.05, 0.08, 0.12, 0.16, 0.2, 0.3):
        proc = started_as_installed(*argv)
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        assert "Traceback" not in err + out, (delay, err)
        if proc.returncode in (0, -signal.SIGINT) and out.startswith("usage: majlis-cli"):
            # Done before the signal came (a fast computer); or as Python ended, with Ctrl+C its
            # default again: the process ends by the signal, which a shell says as 130 too.
            continue
        assert (proc.returncode, err) == (130, "majlis-cli: interrupted\n"), (delay, proc.returncode, err)


def test_the_entry_point_runs_the_command_line() -> None:
    proc = started_as_installed("--version")
    out, err = proc.communicate(timeout=60)
    assert (proc.returncode, out, err) == (0, "majlis 0.1.0\n", ""), (out, err)


def test_ctrl_c_ignored_by_the_caller_stays_ignored() -> None:
    """A script's background job starts with Ctrl+C ignored: the entry point does not take it back."""
    proc = subprocess.Popen([sys.executable, "-c",
                             "import signal, sys\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                             f"from {entry_point()[0]} import main\nmain()\n"
                             "print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)\n", "--version"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate(timeout=60)
    assert out.splitlines()[-1] == "True", (out, err)
