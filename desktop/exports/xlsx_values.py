"""Stored values as Excel values: real dates, times and durations where the text allows it.

Whatever a bundle or an older version left in a column (a number where text was expected, "25:99"
in a time, a dict), these never raise: a value that is not what it should be is written as text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_CLOCK = re.compile(r"^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$")


def as_text(value: Any) -> str:
    return "" if value is None else value if isinstance(value, str) else str(value)


def as_number(value: Any) -> int | float | None:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return value
    try:
        return float(str(value))
    except (TypeError, ValueError):
        return None


def as_date(value: Any) -> dt.date | str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    text = as_text(value)
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return text


def as_time(value: Any) -> dt.time | str | None:
    """"14:30" -> a time of day Excel formats as hh:mm; anything else as text."""
    text = as_text(value)
    if not text:
        return None
    match = _CLOCK.match(text)
    if match:
        hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
        if hours < 24 and minutes < 60 and seconds < 60:
            return dt.time(hours, minutes, seconds)
    return text


def as_offset(value: Any) -> dt.timedelta | str | None:
    """A transcript timestamp ("1:02:03", an offset into the session) -> a duration; else text."""
    text = as_text(value)
    if not text:
        return None
    parts = text.strip().split(":")
    if 1 <= len(parts) <= 3 and all(p.isdigit() and p.isascii() for p in parts):
        numbers = [int(p) for p in parts]
        while len(numbers) < 3:
            numbers.insert(0, 0)
        hours, minutes, seconds = numbers
        if minutes < 60 and seconds < 60:
            return dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)
    return text


def duration(start: Any, end: Any) -> dt.timedelta | None:
    """End minus start of a session, or nothing when either is missing or the end comes first."""
    a, b = as_time(start), as_time(end)
    if not isinstance(a, dt.time) or not isinstance(b, dt.time):
        return None
    seconds = (b.hour - a.hour) * 3600 + (b.minute - a.minute) * 60 + (b.second - a.second)
    return dt.timedelta(seconds=seconds) if seconds > 0 else None
