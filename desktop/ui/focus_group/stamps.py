"""Time stamps of turns: the elapsed time since the session started, never before a stamp above.

A stamp reads "H:MM:SS" (elapsed since the session's start). The clock runs from the session's start
time when it is today, else from the opening of the editor, and never from before the transcript's
latest stamp (start_of_clock): reopening the editor mid-session restarted it at 0:00:00 and new turns
were stamped before earlier ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.ui.focus_group.turns_model import TurnRow


def format_elapsed(seconds: float) -> str:
    total = max(0, int(seconds))
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def stamp_seconds(stamp: str) -> int | None:
    """The seconds a turn's stamp ("1:05:30", "05:30") says, None for one that is not a time."""
    parts = stamp.strip().split(":")
    if not 2 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        return None
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + int(part)
    return seconds


def latest_stamp(rows: Sequence[TurnRow], upto: int) -> int:
    """The latest stamp (in seconds) of the turns above row ``upto``; 0 when none is stamped."""
    stamps = (stamp_seconds(r.timestamp) for r in rows[:upto])
    return max((s for s in stamps if s is not None), default=0)


def start_of_clock(began: dt.datetime, rows: Sequence[TurnRow]) -> dt.datetime:
    """When the elapsed time runs from: ``began``, or earlier so the latest stamp is not in the future."""
    return min(began, dt.datetime.now() - dt.timedelta(seconds=latest_stamp(rows, len(rows))))


def elapsed_at(started_at: dt.datetime, rows: Sequence[TurnRow], row: int) -> str:
    """The stamp for row ``row`` now: the time since ``started_at``, never earlier than a stamp above it."""
    since = int((dt.datetime.now() - started_at).total_seconds())
    return format_elapsed(max(since, latest_stamp(rows, max(row, 0))))
