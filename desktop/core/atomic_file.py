"""Write a whole file or nothing: exports, bundles, key files and backups never leave half a file.

Every writer goes through a private temporary file (0600, a dot name that says nothing about the
data: ``.majlis-<random>.tmp``) in the target's own folder, so the final rename stays on one file
system and is atomic. The temporary file is removed on every error, KeyboardInterrupt included;
on success it is flushed, fsynced, given its final mode and renamed over the target, or, with
``replace=False`` (bundles and key files: a file that may not have been sent or copied yet), put in
place only where no file of that name exists (FileExistsError otherwise; nothing is overwritten).

A process killed outright (kill -9, power cut) cannot clean up after itself: while a writer works
it holds a lock on its temporary file, and the next atomic write into the same folder removes
temporary files nobody holds any more (:func:`remove_stale_temporaries`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from desktop.core import file_lock

TEMP_PREFIX = ".majlis-"
TEMP_SUFFIX = ".tmp"
#: A full disk or quota, or a file too large for it (FAT's 4 GiB).
_DISK_FULL = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG})
#: The FileNotFoundError's words when the target's folder is not there (majlis-cli says it its own way).
NO_SUCH_FOLDER = "no such folder"


class TargetNotReplaced(PermissionError):
    """The finished file could not take the place of the file of that name: the folder took the new
    file, so it is not the folder that refuses. On Windows the old file is open in another program
    (last week's export, still open in Excel) or read-only. Named after the person's file, not the
    private temporary one; that file is as it was."""


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def remove_stale_temporaries(folder: str | os.PathLike[str], suffix: str = TEMP_SUFFIX) -> int:
    """Remove ``.majlis-*.tmp`` files (``suffix``: a backup's ``.partial``, a restore's
    ``.restoring``) left by a killed writer; return how many went.

    A live writer holds a lock on its file (POSIX) or simply has it open (Windows, where an open
    file cannot be deleted), so only orphans are removed.
    """
    removed = 0
    for candidate in Path(folder).glob(f"{TEMP_PREFIX}*{suffix}"):
        try:
            fd = os.open(candidate, os.O_RDWR | getattr(os, "O_BINARY", 0))
        except OSError:
            continue
        try:
            if not file_lock.try_lock(fd, exclusive=True):
                continue
            if sys.platform == "win32":
                os.close(fd)  # Windows refuses to delete a file this process holds open
                fd = -1
            with contextlib.suppress(OSError):
                os.remove(candidate)
                removed += 1
        finally:
            if fd >= 0:
                os.close(fd)
    return removed


def new_temporary(folder: Path, suffix: str = TEMP_SUFFIX) -> tuple[int, Path]:
    """A locked, private temporary file in ``folder`` (retrying if a cleaner removed it first); the
    lock lasts while ``fd`` is open."""
    for _ in range(5):
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=suffix, dir=folder)
        if sys.platform == "win32":
            return fd, Path(name)  # an open file cannot be deleted there: no lock needed
        file_lock.try_lock(fd, exclusive=True)
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(name))
        except FileNotFoundError:
            same = False
        if same:
            return fd, Path(name)
        os.close(fd)  # a stale-file cleaner unlinked it between creation and lock: take another
    raise OSError("could not create a temporary file in the target folder")


def refuse_existing(target: str | os.PathLike[str]) -> None:
    """FileExistsError (with the file name) when ``target`` exists: for the kinds never overwritten."""
    if os.path.lexists(target):
        raise FileExistsError(errno.EEXIST, "a file of this name exists and is never replaced", str(target))


def free_name(folder: str | os.PathLike[str], name: str) -> Path:
    """``name`` in ``folder``, or ``stem (2).suffix``, ``stem (3).suffix``... when a file already has
    it: the way file managers name a second copy. For writers given a folder that never overwrite
    (bundles, team updates); the no-replace write itself still refuses a name taken meanwhile."""
    path = Path(folder) / name
    stem, suffix = path.stem, path.suffix
    n = 1
    while os.path.lexists(path):
        n += 1
        path = Path(folder) / f"{stem} ({n}){suffix}"
    return path


def _place(tmp: Path, target: Path, replace: bool) -> None:
    """Give the finished temporary file its final name."""
    if replace:
        try:
            os.replace(tmp, target)
        except PermissionError as exc:
            raise TargetNotReplaced(exc.errno, exc.strerror, str(target)) from exc
    elif sys.platform == "win32":
        os.rename(tmp, target)  # Windows refuses to rename onto an existing file
    else:
        try:
            os.link(tmp, target)  # atomic, and refuses an existing target
        except FileExistsError:
            raise
        except OSError:  # a file system without hard links (a FAT or exFAT USB stick): look, then rename
            refuse_existing(target)
            os.replace(tmp, target)
        else:
            os.unlink(tmp)


def _check_names(target: Path, replace: bool) -> None:
    """Said about the names the person gave, before any work: otherwise the error would name the
    private temporary file (``.majlis-….tmp``), which means nothing to them."""
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, "is a folder: give a file name", str(target))
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, NO_SUCH_FOLDER, str(target.parent))
    if not replace:
        refuse_existing(target)  # before any work: the common case refuses at once


def probe_folder(path: str | os.PathLike[str], *, replace: bool = True) -> None:
    """Raise now what :func:`atomic_output` to ``path`` would raise about its name and its folder (a folder
    given, no such folder, a write-protected USB stick), before work that asks the person for something or
    takes seconds (a passphrase typed twice, then scrypt): a private temporary file is made there and
    removed. A full disk still shows only when the file is written."""
    target = Path(path)
    _check_names(target, replace)
    fd, tmp = new_temporary(target.parent)
    os.close(fd)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(tmp)


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], *, mode: int = 0o600, replace: bool = True) -> Iterator[BinaryIO]:
    """``with atomic_output(target) as fh: fh.write(...)``: the target appears only when the block ends well."""
    target = Path(path)
    folder = target.parent
    _check_names(target, replace)
    remove_stale_temporaries(folder)
    fd, tmp = new_temporary(folder)
    try:
        with os.fdopen(fd, "w+b") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
            if sys.platform != "win32":
                os.fchmod(out.fileno(), mode)
            # The rename happens while the file is still open and locked (POSIX allows it), so a
            # cleaner never mistakes a finished file for an orphan in between.
            if sys.platform != "win32":
                _place(tmp, target, replace)
        if sys.platform == "win32":
            os.chmod(tmp, mode)
            _place(tmp, target, replace)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and exc.filename is None and exc.errno in _DISK_FULL:
            # A write or flush says "No space left on device" and no more: which disk is the one
            # the file was going to (majlis-cli says it of that folder, as for a read-only one).
            exc.filename = str(tmp)
        raise
    _fsync_folder(folder)


def write_atomic(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600, replace: bool = True) -> Path:
    """Write ``data`` to ``path`` whole or not at all; the file gets ``mode`` (private by default)."""
    with atomic_output(path, mode=mode, replace=replace) as out:
        out.write(data)
    return Path(path)
