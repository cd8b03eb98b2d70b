"""Hybrid logical clock.

A timestamp is the string ``"<wall ms, 13 digits>:<counter, 5 digits>:<device id>"``: comparing two
strings compares the wall time, then the counter, then the device id, which gives the total order that
field-level last-writer-wins needs (ties broken by device id) without parsing.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

WallClock = Callable[[], int]


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
        wall, counter, device = text.split(":", 2)
        return cls(int(wall), int(counter), device)


class HybridClock:
    """Monotonic per device even if the laptop's clock jumps back; moves past any timestamp received."""

    def __init__(self, device: str, last: str | None = None, wall: WallClock = system_ms) -> None:
        self.device = device
        self._wall = wall
        self._ms = 0
        self._counter = 0
        if last:
            self.observe(last)

    def now(self) -> str:
        wall = self._wall()
        if wall > self._ms:
            self._ms, self._counter = wall, 0
        else:
            self._counter += 1
        return str(Timestamp(self._ms, self._counter, self.device))

    def observe(self, remote: str) -> None:
        """Move the clock past a timestamp seen in a received change."""
        ts = Timestamp.parse(remote)
        if (ts.wall_ms, ts.counter) > (self._ms, self._counter):
            self._ms, self._counter = ts.wall_ms, ts.counter
