"""What every majlis-cli command shares: the passphrase, opening the store, and clean failures."""

from __future__ import annotations

import argparse
import contextlib
import errno
import getpass
import io
import json
import os
import stat
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.loading import loading
from desktop.cli.passphrase_file import read_passphrase_file, refuse_past_the_window
from desktop.core.clock import utc_day
from desktop.core.errors import MajlisError, Missing, OutputExists, StoreError, WrongPassphrase

if TYPE_CHECKING:
    from desktop.core.db import Store

# The store (SQLAlchemy, the models: most of a command's start-up) is imported by the functions that
# open it, so that building the parser, --help, --version and usage errors start without it.

USAGE_EXIT = 64
#: An error not foreseen (a bug): EX_SOFTWARE of sysexits.h.
SOFTWARE_EXIT = 70
#: Stopped by Ctrl+C (128 + SIGINT, as shells report it).
INTERRUPTED_EXIT = 130
PASSPHRASE_ENV = "MAJLIS_PASSPHRASE"
#: ``MAJLIS_DEBUG=1``: an error not foreseen also prints its traceback, for a developer.
DEBUG_ENV = "MAJLIS_DEBUG"


class UsageError(MajlisError):
    """A flag's value that no run of the command could take (a number out of its range), found by the
    command rather than by argparse: a usage error all the same, exit 64 as README gives it."""

    code = "usage"
    exit_code = USAGE_EXIT


class Unforeseen(MajlisError):
    """An error no part of Majlis knows (a bug), said in one line naming only its kind: its own text
    may quote a participant's words, name or phone number. The error itself is its ``__cause__``."""

    code = "unexpected"
    exit_code = SOFTWARE_EXIT


def foreseen(failure: BaseException, *, stopped: str = "the command", kept: str = "") -> BaseException:
    """``failure`` as run_guarded says it in one line: as it is when it knows it (ours, the system's),
    else as :func:`as_our_error` says it. For a command that reports before the error's line (``bundle
    import``): it raises what this returns."""
    if isinstance(failure, (MajlisError, OSError)):
        return failure
    return as_our_error(failure, stopped=stopped, kept=kept)


def as_our_error(failure: BaseException, *, stopped: str = "the command", kept: str = "",
                 db: object = None) -> MajlisError:
    """An error that is neither ours nor the system's: the disk's answer to SQLite as ours, else
    :class:`Unforeseen`, naming its kind only: "… stopped ``stopped``", then ``; kept`` when the command
    can say what is kept (``bundle import``: the files imported before it). The one rule for every
    command: run_guarded applies it to what a command lets out. A database whose pages past the first
    are missing (cut short after a whole page) opens, then fails a query as "malformed": said to be
    damaged (``db``: the --db given), as when it fails to open, not as a bug."""
    from desktop.core.sqlcipher_file import classify, damaged

    env = classify(getattr(failure, "orig", failure)) or damaged(failure, None if db is None else str(db))
    said: MajlisError = env if env is not None else Unforeseen(
        f"[{Unforeseen.code}] an error not foreseen ({type(failure).__name__}) stopped {stopped}"
        + (f"; {kept}" if kept else ""))
    said.__cause__ = failure
    return said


def add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", required=True, type=Path, help="path of the Majlis database file")
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        help=f"read the passphrase from this file (first line; UTF-8 or UTF-16, BOM and CRLF welcome); otherwise ${PASSPHRASE_ENV} or a prompt",
    )


def out_path(text: str) -> Path:
    """An output given as ``--out``. A name ending in a slash means a folder: one that is not there
    is "missing" (exit 3) before anything is done, not a file named like the folder (``--out
    stick/`` wrote a bundle called ``stick``, counted as sent). Never empty: ``Path("")`` is the current
    folder, and ``bundle export --out ''`` (an unset shell variable) wrote the bundle where the command
    ran and counted it sent, ``export xlsx --out ''`` said ". is a folder": a usage error (exit 64).
    Raised while the arguments are read: ``main`` turns it into one line."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path names no file or folder (give . for the current folder); "
                                         "nothing was done")
    if text.endswith(("/", os.sep)) and not os.path.isdir(text):
        if os.path.exists(text.rstrip("/" + os.sep) or text):
            raise Missing(f"{text} is a file, not a folder; nothing was written")
        raise Missing(f"the folder {text} does not exist; nothing was written")
    return Path(text)


def in_path(text: str) -> Path:
    """A file or folder to read, given as ``bundle import``'s FILE. Never empty: ``Path("")`` is the
    current folder, which ``bundle import`` walks as an inbox, so ``bundle import --db c.db "$INBOX"``
    with the variable unset imported every bundle under the folder the script ran in (a home folder: old
    bundles, another team's stick). A usage error (exit 64), as an empty ``--out`` is."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path names no file or folder (give . for the current folder); "
                                         "nothing was done")
    return Path(text)


#: The most characters a team's or a device's name holds (Team.name, Device.name: String(200)), as
#: the app's fields keep them (text_limits.limit_line).
NAME_MAX = 200


def name_given(text: str) -> str:
    """A device's name given as ``--device-name`` or ``--name``, as the app's fields keep it (the first-run
    wizard, Register a device…): on one line, the invisible marks that only steer display and the outer
    spaces dropped (``field_text.one_line``; one of marks only is no name, as ``--device-name ""``), at most
    NAME_MAX characters: a longer one is a usage error (exit 64), nothing done. It was stored as given: a
    name of marks only, blank on every screen, and a pasted page kept whole in a 200-character column."""
    from desktop.core.field_text import one_line

    name = one_line(text)
    if len(name) > NAME_MAX:
        raise argparse.ArgumentTypeError(f"a name is at most {NAME_MAX} characters, not {len(name)}; nothing was done")
    return name


def file_not_folder(path: Path | None, what: str) -> None:
    """An output that must be a file, given as a folder that is there: said as such (exit 3), not
    "exists; never overwritten", which sends a coordinator looking for a file."""
    if path is not None and path.is_dir():
        raise OutputExists(f"{path} is a folder; {what} needs a file name in it; nothing was written")


def print_json(value: object) -> int:
    """What ``--json`` prints: ``value`` indented, its Arabic and Kurdish as they are (not \\u escapes),
    and a final line break; returns 0, the command's exit code. A control character, an escape
    sequence or a bidirectional override in a value (a team or device name from a file) is written
    as its \\u escape: the same value to a JSON reader, nothing that steers a terminal."""
    from desktop.core.sanitise import json_escaped

    sys.stdout.write(json_escaped(json.dumps(value, ensure_ascii=False, indent=2)))
    sys.stdout.write("\n")
    return 0


def missing_action(parser: argparse.ArgumentParser) -> Callable[[argparse.Namespace], int]:
    """A command group given without its action (``majlis-cli team``): a usage error, one line on
    stderr naming the actions, exit 64, as every other usage error."""
    def refuse(_args: argparse.Namespace) -> int:
        # argparse has no public way to list a parser's subcommands.
        actions = next((", ".join(a.choices or ()) for a in parser._actions
                        if isinstance(a, argparse._SubParsersAction)), "")
        sys.stderr.write(f"majlis-cli: name an action ({actions}): see {parser.prog} --help\n")
        return USAGE_EXIT

    return refuse


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False, env: str = PASSPHRASE_ENV,
                    file_attr: str = "passphrase_file", prompt: str = "Passphrase: ", made: str = "") -> str:
    """The passphrase from ``--file-attr``, ``$env`` or a prompt. ``made``: the passphrase is being made
    (a new database, a new passphrase, a key file), named so: one no one can type is refused, and one
    longer than the unlock window takes (a passphrase file's first line already was)."""
    path: Path | None = getattr(args, file_attr, None)
    flag = f"--{file_attr.replace('_', '-')}"
    if path is not None:
        return read_passphrase_file(path, made=made)
    if os.environ.get(env):
        if made:
            from desktop.core.validation import PASSPHRASE_UNTYPABLE, new_passphrase_problem

            if new_passphrase_problem(os.environ[env]) == PASSPHRASE_UNTYPABLE:
                raise StoreError(
                    f"the {made} holds a character that cannot be typed at the unlock window (a line break, a byte-order "
                    f"mark, a NUL or a broken character): read from a text file into {env}? give the file with "
                    f"{flag}, which takes its first line; nothing was changed")
            _refuse_past_the_window(os.environ[env], f"the {made} in {env}", made)
        return os.environ[env]
    if not sys.stdin.isatty():
        # Set but empty ($(cat missing.txt)): it was told to set what was set.
        if env in os.environ:
            raise StoreError(f"no passphrase: {env} is empty; set it to the passphrase or use {flag}")
        raise StoreError(f"no passphrase: set {env} or use {flag}")
    first = _ask(prompt)
    if confirm and _ask("Repeat: ") != first:
        raise StoreError("the two passphrases differ")
    if not first:
        raise StoreError("the passphrase is empty")
    if made:
        _refuse_past_the_window(first, f"the {made} typed", made)
    return first


def _refuse_past_the_window(passphrase: str, what: str, made: str) -> None:
    field = "the app's field for a key file's passphrase" if made.startswith("key") else "the unlock window"
    refuse_past_the_window(passphrase, what, f"{field} takes")


def _ask(prompt: str) -> str:
    """One passphrase typed at the terminal. Ctrl+D there is getpass's EOFError: the person chose
    not to give one, said in one line (exit 1) rather than a traceback through getpass."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        # getpass leaves the prompt's line open on EOF; end it so the refusal is a line of its own.
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        raise StoreError("no passphrase given") from None


def open_from_args(args: argparse.Namespace, passphrase: str | None = None) -> Store:
    """The store of ``--db``, opened with ``passphrase`` (read from the arguments when not given:
    ``passwd`` reads it first, to compare the new one with it)."""
    with loading():  # SQLAlchemy, the models, the store: the collector paused, then frozen (loading.py)
        from desktop.core.db import open_store

    store = open_store(args.db, read_passphrase(args) if passphrase is None else passphrase)
    if store.rollback is not None:
        r = store.rollback
        found = (f"its last team update is {r.database_seq}, this centre had already sent {r.exported_seq}"
                 if r.what == "team updates" else
                 f"its changes reach {r.database_seq}, this laptop had already sent {r.exported_seq}")
        sys.stderr.write(
            f"majlis-cli: note: this database is an older copy ({found}); a new epoch {r.new_epoch} has "
            "started so nothing is sent twice\n"
        )
    if store.clock.log_ahead_ms is not None:
        sys.stderr.write(
            f"majlis-cli: warning: this computer's clock ({utc_day(store.clock.wall_ms())}) is more than a day "
            f"behind changes in this database (dated up to {utc_day(store.clock.log_ahead_ms)}): if the date is "
            "wrong, set it right (until then no bundle can be sent); if it was set ahead when those were "
            "recorded, the centre refuses them until then, unless `majlis-cli clock redate` gives the waiting work "
            "today's date\n"
        )
    return store


def run_guarded(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command; expected failures become one line on stderr and a non-zero exit code."""
    _library_logs_kept_off_stderr()
    try:
        code = func(args)
        try:
            sys.stdout.flush()  # here, not at exit: a reader gone away is then handled below
        except OSError as exc:
            if isinstance(exc, BrokenPipeError) or exc.errno not in _WRITE_REFUSED:
                raise
            return _output_unwritten(exc)
        return code
    except MajlisError as exc:
        return _say(exc, args)
    except KeyboardInterrupt:
        sys.stderr.write("majlis-cli: interrupted\n")
        return INTERRUPTED_EXIT
    except BrokenPipeError:
        # The reader of the output went away (``majlis-cli status | head -1``): nothing to tell it,
        # and no second complaint when Python flushes stdout at exit.
        _let_go_of_the_output()
        return 1
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError) as exc:
        # A file or folder given that is not there (or a folder where a file is wanted): "missing",
        # exit 3 as for a missing database, not the environment's 4.
        sys.stderr.write(f"majlis-cli: {os_error_line(exc)}\n")
        return 3
    except OSError as exc:
        if exc.filename is None and exc.errno in _WRITE_REFUSED and _output_on_a_full_disk():
            return _output_unwritten(exc)  # as it prints: a long output, or stdout written through
        sys.stderr.write(f"majlis-cli: {os_error_line(exc)}\n")
        return 4
    except Exception as exc:
        return _say(as_our_error(exc, db=getattr(args, "db", None)), args)  # ours and the system's: above


def _library_logs_kept_off_stderr() -> None:
    """What a library logs never reaches stderr. With no logging set up, Python prints a library's
    warnings and errors there through its last-resort handler: a Ctrl+C as the database closed (SQLite
    copying its log into the file at the end of an import) was logged by SQLAlchemy's connection pool as
    ``Exception closing connection …`` with a whole traceback, before ``majlis-cli: interrupted``; a
    failed rollback as a connection goes back to the pool is logged the same way. The error itself still
    reaches the command and is said in its one line. A program that set up logging (one calling ``main``
    with handlers of its own, a test) keeps it as it is."""
    import logging  # here, not at the top: --help and usage errors start without it (SQLAlchemy loads it anyway)

    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())


def _output_unwritten(exc: OSError) -> int:
    """`… --json > /media/stick/p.json` on a full stick: said of the output (it named nothing, and the
    coordinator could not tell it from the database or an export); exit 4."""
    sys.stderr.write(f"majlis-cli: the command's output could not be written ({exc.strerror or exc}): is it "
                     "redirected to a full disk? What the command did before that stands\n")
    _let_go_of_the_output()
    return 4


def _output_on_a_full_disk() -> bool:
    """Whether standard output is a file on a disk with no room left: a write refused that names no
    file was then the output's (a file Majlis writes is named: atomic_file)."""
    try:
        fd = sys.stdout.fileno()
        return stat.S_ISREG(os.fstat(fd).st_mode) and hasattr(os, "fstatvfs") and os.fstatvfs(fd).f_bavail == 0
    except (OSError, ValueError, io.UnsupportedOperation):
        return False


def _let_go_of_the_output() -> None:
    """Standard output to nowhere: what is left in its buffer is not written again at exit."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _say(exc: MajlisError, args: argparse.Namespace) -> int:
    """The error's one line on stderr; its exit code. An error not foreseen is first shown whole, with
    its traceback, only to a developer who asked for it (``MAJLIS_DEBUG=1``): never by default, since
    its text may quote a participant's words."""
    if isinstance(exc, Unforeseen) and os.environ.get(DEBUG_ENV) == "1" and exc.__cause__ is not None:
        sys.stdout.flush()
        traceback.print_exception(exc.__cause__, file=sys.stderr)
    sys.stderr.write(f"majlis-cli: {_naming_the_database(exc, args)}{_read_from_a_file(exc, args)}\n")
    return exc.exit_code


def _read_from_a_file(exc: MajlisError, args: argparse.Namespace) -> str:
    """What to add to a wrong passphrase that came from ``$MAJLIS_PASSPHRASE`` filled from a text file
    (``$(cat pass.txt)`` keeps a Windows file's carriage return and Notepad's byte-order mark, which no
    passphrase can hold, see validation): said, since the coordinator is sure of the passphrase."""
    if not isinstance(exc, WrongPassphrase):
        return ""
    # The database's first (it opens before a key file is read), then a key file's (bundle import).
    for env, attr in ((PASSPHRASE_ENV, "passphrase_file"), ("MAJLIS_KEY_PASSPHRASE", "key_passphrase_file")):
        if hasattr(args, attr) and getattr(args, attr) is None and any(c in os.environ.get(env, "") for c in "\r\n\ufeff"):
            return (f"; {env} holds a line break or a byte-order mark, as read from a text file (no passphrase can "
                    f"hold one): give the file with --{attr.replace('_', '-')}, which takes its first line")
    return ""


def _naming_the_database(exc: MajlisError, args: argparse.Namespace) -> str:
    """The error's line, naming the database when SQLite's answer was about its disk.

    SQLite says only "the disk is full" (or read-only, or an error): a coordinator whose centre
    database sits on another disk than the bundles (a second drive, a USB stick) must not guess
    which one filled up. The database's absolute path is added, as ``status`` names it."""
    from desktop.core.sqlcipher_file import DISK_PHRASES

    database = getattr(args, "db", None)
    if database is None or exc.message not in DISK_PHRASES:
        return exc.message
    return f"{exc.message} (database: {Path(database).resolve()})"


#: What a disk answers a write it refuses: read-only, full, or a file too large for it.
_WRITE_REFUSED = frozenset({errno.EROFS, errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})


def os_error_line(exc: OSError) -> str:
    """An error of the operating system as one line about what the person named. A write refused
    (a read-only folder or write-protected stick, a full disk) fails on the private temporary file
    every writer starts with (``/media/stick/.majlis-x8f2.tmp``), a name that means nothing to
    them: the line names the folder instead, and says that nothing was written (the writer removed
    its temporary file; the target, if any, is as it was)."""
    from desktop.core.atomic_file import NO_SUCH_FOLDER, TEMP_PREFIX

    reason = exc.strerror or str(exc)
    name = os.fsdecode(exc.filename) if exc.filename is not None else ""
    if exc.filename2 is not None and exc.errno in _WRITE_REFUSED:
        # A copy (shutil.copyfile: restore's private copy of the backup) names its source first and
        # its destination second: a full or read-only disk is the destination's, not the backup's.
        name = os.fsdecode(exc.filename2)
    if isinstance(exc, FileNotFoundError) and exc.strerror == NO_SUCH_FOLDER:
        return f"the folder {name} does not exist; nothing was written"
    if name and Path(name).name.startswith(TEMP_PREFIX):
        folder = Path(name).parent
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return (f"the folder {folder} cannot be written to ({reason}: a read-only folder or a "
                    "write-protected USB stick?); nothing was written")
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
            return f"the disk of the folder {folder} is full ({reason}); nothing was written"
        return f"could not write in the folder {folder} ({reason}); nothing was written"
    return f"{reason}: {name}" if name else reason
