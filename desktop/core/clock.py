"""Hybrid logical clock.

A timestamp is the string ``"<wall ms, 13 digits>:<counter, 5 digits>:<device id>"``. Both numbers
have a fixed width, so comparing two strings compares the wall time, then the counter, then the
device id: the total order that field-level last-writer-wins needs (ties broken by device id)
without parsing. Received timestamps are parsed strictly (:func:`Timestamp.parse`): a shorter or
longer number would sort out of time order (``…:100000`` before ``…:99999``).

The clock never moves to a received timestamp more than :data:`MAX_AHEAD_MS` past the local wall
clock: a forged or mistaken far-future time must not drag this device's clock (and every later
edit's version) into the future.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from desktop.core.ids import PLAIN_ID_PATTERN

WallClock = Callable[[], int]

WALL_DIGITS = 13
COUNTER_DIGITS = 5
COUNTER_MAX = 10**COUNTER_DIGITS - 1
#: How far past the importing machine's clock a received timestamp may lie (one day).
MAX_AHEAD_MS = 24 * 60 * 60 * 1000
#: Device ids are UUIDs, made as every row's id is: a device's id is a plain row id (``ids.PLAIN_ID_PATTERN``).
DEVICE_PATTERN = PLAIN_ID_PATTERN
# [0-9], not \d: \d also matches other scripts' digits ("١٧٦٧…"), which int() reads as the same time but
# which sort after every ASCII digit as text, so such a time stamp would win every comparison for ever.
_STRICT = re.compile(rf"([0-9]{{{WALL_DIGITS}}}):([0-9]{{{COUNTER_DIGITS}}}):({DEVICE_PATTERN})\Z")
HLC_PATTERN = _STRICT.pattern


def system_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, order=True)
class Timestamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}:{self.counter:05d}:{self.device}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        """ValueError unless ``text`` is exactly a fixed-width timestamp (what ``str()`` makes)."""
        match = _STRICT.match(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError("not a fixed-width hybrid logical clock timestamp")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))


def wall_ms_of(hlc: str) -> int:
    """The wall time of a timestamp already known to be well formed (this device's own, or checked)."""
    return int(hlc[:WALL_DIGITS])


_UNIX_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def utc_moment(ms: int) -> dt.datetime:
    """A moment in ms since 1970 as an aware UTC datetime; OverflowError past what dates can say.
    Counted from 1970, never ``fromtimestamp``: that reads this computer's zone unless told otherwise, and
    on Windows it fails (OSError) for any moment before 1970."""
    return _UNIX_EPOCH + dt.timedelta(milliseconds=ms)


def utc_day(ms: int) -> str:
    """The UTC day (YYYY-MM-DD) of a moment in ms since 1970: the same on every device, whatever its zone."""
    return utc_moment(ms).date().isoformat()


def is_timestamp(text: object) -> bool:
    return isinstance(text, str) and _STRICT.match(text) is not None


class GateBusy(Exception):
    """A transaction that took time stamps did not end in time for the gate to close."""


class StampGate:
    """Lets transactions take time stamps, except while this device's waiting work is re-dated.

    The app stamps its edits on two threads: the DB worker, and the window's thread when an editor
    saves at once (an autosave, an editor closing). Re-dating (desktop/sync/redate.py) runs on the
    worker and lowers the clock; an edit stamped meanwhile from the old, far-ahead clock would
    reach the database after it, still far ahead, and the clock warning would stay. So a
    transaction's first stamp enters the gate and the transaction leaves it when it ends
    (desktop/core/changes.py), and re-dating closes the gate: it waits for the transactions inside
    to end, and transactions about to stamp wait until it has lowered the clock and committed.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._inside = 0  # transactions that have stamped and not yet ended
        self._closed_by: int | None = None  # the thread re-dating
        self.waiting = 0  # transactions waiting to stamp (tests look)

    def enter(self) -> None:
        with self._cond:
            if self._closed_by not in (None, threading.get_ident()):
                self.waiting += 1
                try:
                    self._cond.wait_for(lambda: self._closed_by is None)
                finally:
                    self.waiting -= 1
            self._inside += 1

    def leave(self) -> None:
        with self._cond:
            self._inside -= 1
            self._cond.notify_all()

    @contextlib.contextmanager
    def closed(self, timeout: float) -> Iterator[None]:
        """No new stamps inside; GateBusy when the transactions already stamping do not end within
        ``timeout`` seconds."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._inside == 0 and self._closed_by is None, timeout):
                raise GateBusy()
            self._closed_by = threading.get_ident()
        try:
            yield
        finally:
            with self._cond:
                self._closed_by = None
                self._cond.notify_all()


class HybridClock:
    """Monotonic per device even if the laptop's clock jumps back; moves past timestamps received,
    but never past the local wall clock plus :data:`MAX_AHEAD_MS`."""

    def __init__(self, device: str, last: str | None = None, wall: WallClock = system_ms) -> None:
        """``last``: the latest timestamp in the change log, bounded like any received one (see
        :meth:`resume` for this device's own)."""
        self.device = device
        self._wall = wall
        self._lock = threading.Lock()  # two threads stamping must never get the same time stamp
        self.gate = StampGate()
        self._ms = 0
        self._counter = 0
        #: The wall time of ``last`` when it lay more than MAX_AHEAD_MS past this clock, else None:
        #: the database holds changes dated well after this computer's date. Either the date is
        #: wrong now (reset to the past), or it was set ahead when those were recorded (the centre
        #: refuses them until their date comes).
        self.log_ahead_ms: int | None = None
        if last and not self.observe(last) and is_timestamp(last):
            self.log_ahead_ms = Timestamp.parse(last).wall_ms

    def resume(self, own: str) -> None:
        """Continue after a timestamp this device stamped itself, however far past the wall clock.

        The bound of :meth:`observe` keeps other devices' far-future times out; this device's own
        edits must stay in order whatever its date did meanwhile. Had the clock restarted from a
        date reset to the past (a flat BIOS battery), every edit made now would carry an older time
        than the edits before it and lose to them, silently, at the centre."""
        try:
            ts = Timestamp.parse(own)
        except ValueError:
            return
        with self._lock:
            if ts.device == self.device and (ts.wall_ms, ts.counter) > (self._ms, self._counter):
                self._ms, self._counter = ts.wall_ms, ts.counter

    def wall_ms(self) -> int:
        return self._wall()

    def take_position(self, other: HybridClock, log_ahead_ms: int | None = None) -> None:
        """Continue from ``other``'s last timestamp, even an earlier one than this clock's: only for
        re-dating this device's waiting work (desktop/sync/redate.py), whose wrong, far-future
        timestamps this clock must no longer follow once they are gone from the database."""
        with self._lock:
            self._ms, self._counter = other._ms, other._counter
            self.log_ahead_ms = log_ahead_ms

    def now(self) -> str:
        wall = self._wall()
        with self._lock:
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            elif self._counter >= COUNTER_MAX:
                # The counter has a fixed width: borrow the next millisecond rather than widen it.
                self._ms, self._counter = self._ms + 1, 0
            else:
                self._counter += 1
            return str(Timestamp(self._ms, self._counter, self.device))

    def latest_ms(self) -> int:
        """The latest wall time a change may carry here: this computer's clock plus a day. The centre
        refuses later ones, and an export holds them back."""
        return self._wall() + MAX_AHEAD_MS

    def within_bounds(self, ts: Timestamp) -> bool:
        return ts.wall_ms <= self.latest_ms()

    def observe(self, remote: str) -> bool:
        """Move the clock past a timestamp seen in a received change; False (not moved) when the
        timestamp is malformed or lies more than a day past the wall clock."""
        try:
            ts = Timestamp.parse(remote)
        except ValueError:
            return False
        if not self.within_bounds(ts):
            return False
        with self._lock:
            if (ts.wall_ms, ts.counter) > (self._ms, self._counter):
                self._ms, self._counter = ts.wall_ms, ts.counter
        return True
