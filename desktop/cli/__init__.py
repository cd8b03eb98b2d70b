"""majlis-cli: the headless face of Majlis for coordinators and automation.

Commands and flags named in the issues are a public contract; add to them, never rename them.
"""

from __future__ import annotations

import argparse
import functools
import io
import sys
from collections.abc import Callable, Sequence
from typing import Any

from desktop import __version__
from desktop.cli import (
    advocacy_commands,
    clock_commands,
    codebook_commands,
    conflict_commands,
    device_commands,
    erasure_commands,
    export_commands,
    session_commands,
    store_commands,
    sync_commands,
    team_commands,
)
from desktop.cli.common import USAGE_EXIT, run_guarded
from desktop.cli.loading import own_process
from desktop.core.errors import MajlisError
from desktop.core.key_memo import keys_remembered

# Each command module contributes ``add_commands(subparsers)``. Plain imports (PyInstaller sees them,
# and a missing module is an error, not a silently missing command). A command module imports at its
# top only what building its parser needs (argparse, the errors, constants); each command imports its
# implementation (the store and SQLAlchemy, the importer, age, the exports) inside its function, so
# --help, --version and a usage error load none of them and a command loads only what it uses
# (tests/cli/test_cli_startup_imports.py; benchmarks/bench_cli_startup.py).
COMMAND_MODULES: list[Callable[[Any], None]] = [
    store_commands.add_commands,
    advocacy_commands.add_commands,
    erasure_commands.add_commands,
    session_commands.add_commands,
    codebook_commands.add_commands,
    team_commands.add_commands,  # the team group first, then bundle (as --help lists them)
    sync_commands.add_commands,
    device_commands.add_commands,
    conflict_commands.add_commands,
    clock_commands.add_commands,
    export_commands.add_commands,
]


class OneLineParser(argparse.ArgumentParser):
    """Usage errors in one line and exit code 64 (EX_USAGE), not argparse's usage dump and 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"majlis-cli: {message} (see majlis-cli --help)\n")
        raise SystemExit(USAGE_EXIT)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="majlis-cli", description="Majlis command line")
    parser.add_argument("--version", action="version", version=f"majlis {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for add in COMMAND_MODULES:
        add(sub)
    return parser


@functools.cache
def _the_parser() -> argparse.ArgumentParser:
    """The parser, built once per process: building it (some 60 commands and their arguments, and
    argparse asking gettext for its own words each time) costs about 20 ms, paid on every ``main`` of a
    process that runs several commands (a script calling ``main``; the test suite runs thousands). A
    parse leaves the parser as it was: each parse makes its own namespace, argparse copies an appended
    list's default before adding to it, and no command writes into a default it was given."""
    return build_parser()


def utf8_output() -> None:
    """Write UTF-8 wherever the output goes. Redirected to a file or a pipe on Windows (``bundle
    import … > log.txt``), Python writes the ANSI code page, which has no Kurdish letters (cp1256)
    or no Arabic at all (cp1252): the first device name or path in Kurdish raised out of the command
    in the middle of an import, with a traceback. A console already takes UTF-8; so do POSIX
    terminals, almost always."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """``argv`` None: the process's own command line, so this process is majlis-cli (the console program,
    ``python -m desktop.cli``), and a command loads its implementation with the collector paused
    (desktop.cli.loading); a caller giving an argument list keeps its collector as it is."""
    if argv is None:
        own_process()
    utf8_output()
    given = list(sys.argv[1:] if argv is None else argv)
    bad = next((arg for arg in given if not _is_text(arg)), None)
    if bad is not None:
        # A byte that is not UTF-8 (a name from a stick written in another system's encoding) comes in as
        # a lone surrogate, which no database text, export record or bundle can hold: exports were written
        # and then never recorded (erasure report missed them), lookups ended in a traceback.
        shown = bad.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        sys.stderr.write(f"majlis-cli: the argument '{shown}' is not UTF-8 text (a name written in another "
                         "system's encoding?): rename it or give another; nothing was done\n")
        return USAGE_EXIT
    parser = _the_parser()
    try:
        args = parser.parse_args(given)
    except SystemExit as exc:  # --help, --version and usage errors
        return int(exc.code or 0)
    except MajlisError as exc:  # an argument checked as it is read (common.out_path)
        sys.stderr.write(f"majlis-cli: {exc.message}\n")
        return exc.exit_code
    if not getattr(args, "func", None):
        parser.print_help()
        return USAGE_EXIT
    with keys_remembered():  # a command that opens a file twice derives its key once
        return run_guarded(args.func, args)


def _is_text(arg: str) -> bool:
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
