"""Operating-system file locks, shared or exclusive, never waiting: ``flock`` on POSIX, ``LockFileEx`` on Windows.

The kernel drops these locks when the process ends, however it ends (a crash, kill -9, a power
cut), so a stale lock never blocks anybody. Locks belong to an open file handle: two handles in
one process conflict like two processes do, which is what a CLI command that opens the store and
then wants the file to itself needs to know (it converts the handle it holds).
"""

from __future__ import annotations

import os
import sys

if sys.platform == "win32":
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2
    # Far past any real data: Windows byte-range locks are mandatory, and nobody reads this range.
    _OFFSET_HIGH = 0x40000000

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_size_t),
            ("InternalHigh", ctypes.c_size_t),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _kernel32.LockFileEx.argtypes = [
        wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
        ctypes.POINTER(_Overlapped),
    ]
    _kernel32.LockFileEx.restype = wintypes.BOOL
    _kernel32.UnlockFileEx.argtypes = [
        wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD, ctypes.POINTER(_Overlapped),
    ]
    _kernel32.UnlockFileEx.restype = wintypes.BOOL

    def _overlapped() -> _Overlapped:
        ov = _Overlapped()
        ov.OffsetHigh = _OFFSET_HIGH
        return ov

    def try_lock(fd: int, *, exclusive: bool) -> bool:
        """Take the lock on ``fd`` if nobody else holds a conflicting one; never wait."""
        handle = msvcrt.get_osfhandle(fd)
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        ov = _overlapped()
        return bool(_kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(ov)))

    def unlock(fd: int) -> None:
        ov = _overlapped()
        _kernel32.UnlockFileEx(msvcrt.get_osfhandle(fd), 0, 1, 0, ctypes.byref(ov))

    def convert(fd: int, *, exclusive: bool) -> bool:
        """Windows cannot convert a lock in place: release, then take the other kind (or take back the old)."""
        unlock(fd)
        if try_lock(fd, exclusive=exclusive):
            return True
        try_lock(fd, exclusive=not exclusive)
        return False

else:
    import fcntl

    def try_lock(fd: int, *, exclusive: bool) -> bool:
        """Take the lock on ``fd`` if nobody else holds a conflicting one; never wait."""
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def convert(fd: int, *, exclusive: bool) -> bool:
        """Change the kind of lock ``fd`` holds. flock may drop the old lock on the way, so on a
        refusal the old kind is taken back (it cannot conflict: it was held a moment ago)."""
        if try_lock(fd, exclusive=exclusive):
            return True
        try_lock(fd, exclusive=not exclusive)
        return False


def open_lock_file(path: str | os.PathLike[str]) -> int:
    """A descriptor on ``path`` (created empty and private if missing) to hold locks on."""
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    fd = os.open(path, flags, 0o600)
    if hasattr(os, "set_inheritable"):
        os.set_inheritable(fd, False)  # a child process must not keep the database locked
    return fd
