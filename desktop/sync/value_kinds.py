"""What a value of each kind must be: the checks that ``values`` puts on incoming fields.

Each check takes a field's value and returns a short fixed phrase naming what is wrong with it, or None
when it fits: never the value, which may be a participant's name or words. The makers (:func:`one_of`,
:func:`matches`, :func:`scalar_map`, :func:`list_of`) build a check from what a field allows; the rest
are checks of one kind (a day, a date and time, plain JSON, a required text). Which field gets which is
``values.EXTRA_RULES`` and ``values._type_check``; limits that are the schema's (text lengths, integer
range, how many attributes) stay in ``values`` and are passed in.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any

from desktop.core.field_text import BAD_IN_LINE, BAD_IN_TEXT, JSON_VALUES_MAX, TEXT_LIMIT

#: A problem with a value: a short fixed phrase, or None when the value is fine.
Check = Callable[[Any], str | None]

#: Plain JSON (a JSON field without a shape of its own): values nested at most this deep, at most
#: ``JSON_VALUES_MAX`` values in all.
JSON_DEPTH_MAX = 6

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def one_of(*allowed: object) -> Check:
    values = frozenset(allowed)

    def check(value: Any) -> str | None:
        return None if value in values else "not one of the allowed values"

    return check


def matches(pattern: str, what: str) -> Check:
    compiled = re.compile(pattern + r"\Z")

    def check(value: Any) -> str | None:
        return None if isinstance(value, str) and compiled.match(value) else f"not {what}"

    return check


def day(v: Any) -> str | None:
    """A ``Date`` column's value: ``YYYY-MM-DD``, a day that exists."""
    if type(v) is not str or not _DATE.match(v):
        return "not a date (YYYY-MM-DD)"
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return "not a date (YYYY-MM-DD)"
    return None


#: The first day a session may be dated, as the app refuses an earlier one (the session editors'
#: "too_early"). Their date boxes start there, their stand-in for "no date": a session dated before it
#: showed no date in its editor, and the editor's first save emptied its date. (A status or an outreach
#: record dated before 2000, which the app refuses too, only sorts first: not refused here, so that a
#: centre holding one from before that rule can still publish its statuses in a team update.)
EARLIEST_DAY = "2000-01-01"


def not_before_2000(value: Any) -> str | None:
    return None if value >= EARLIEST_DAY else "before 2000"


#: How the app writes a consent record's time (``consent.now_iso``: 2026-03-01T10:00:00+03:00): the
#: day in full, then a ``T``. Records were ordered by this text, which is time order only in this form:
#: Python reads 20260301T100000+0300 and 2026-W09-7T10:00 too, and each sorted after every time of the
#: same year written in full, so a record sent so stood over the records made after it for up to a year.
#: They are ordered by moment now (``desktop.core.consent_order``); other readers (exports, the Consent
#: page, a withdrawal's day) still read its first ten characters as the day.
RECORDED_FORM = re.compile(r"\d{4}-\d{2}-\d{2}(?:T.*)?\Z", re.DOTALL)


def recorded_time(value: Any) -> str | None:
    if value != "" and (type(value) is not str or not RECORDED_FORM.match(value)):
        return "not a date and time (YYYY-MM-DDTHH:MM:SS)"
    return iso_datetime(value)


def iso_datetime(value: Any) -> str | None:
    if value == "":
        return None
    try:
        dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return "not a date and time (ISO 8601)"
    return None


def scalar_map(key_check: Callable[[str], bool], value_check: Callable[[Any], bool], what: str,
               most: int) -> Check:
    """A JSON object of at most ``most`` entries, each key and value passing its check."""
    def check(value: Any) -> str | None:
        if type(value) is not dict:
            return f"not {what}"
        if len(value) > most:
            return "too many entries"
        for key, item in value.items():
            if not key_check(key) or not value_check(item):
                return f"not {what}"
        return None

    return check


def plain_json(value: Any) -> str | None:
    """Plain JSON (objects with text keys, lists, text, numbers, true/false, null), bounded in depth
    and size; text bounded like a long text, without control characters other than tab and newlines."""
    budget = JSON_VALUES_MAX
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        budget -= 1
        if budget < 0:
            return "too large"
        kind = type(item)
        if item is None or kind is bool:
            continue
        if kind is int:
            if abs(item) > 2**63 - 1:
                return "not a number in range"
        elif kind is float:
            if not math.isfinite(item):
                return "not a number in range"
        elif kind is str:
            if len(item) > TEXT_LIMIT or BAD_IN_TEXT.search(item):
                return "not plain text"
        elif kind is list or kind is dict:
            if depth >= JSON_DEPTH_MAX:
                return "nested too deep"
            if kind is dict:
                for key in item:
                    if type(key) is not str or len(key) > 200 or BAD_IN_LINE.search(key):
                        return "not a plain map"
                stack.extend((v, depth + 1) for v in item.values())
            else:
                stack.extend((v, depth + 1) for v in item)
        else:
            return "not plain JSON"
    return None


def list_of(item_ok: Callable[[Any], bool], what: str) -> Check:
    """Plain JSON that is a list whose every item passes ``item_ok``: the shape its readers index into
    (a survey's answer rows, its column names), so that stored data never breaks a page or an export."""
    def check(value: Any) -> str | None:
        problem = plain_json(value)
        if problem is not None:
            return problem
        return None if type(value) is list and all(item_ok(item) for item in value) else f"not {what}"

    return check


def is_text(item: Any) -> bool:
    return type(item) is str


def is_answer_row(item: Any) -> bool:
    # plain_json has checked every value inside: only the nesting is left to check.
    return type(item) is list and not any(type(value) in (list, dict) for value in item)


def not_blank(value: Any) -> str | None:
    # A field the app never leaves empty (desktop/core/participants.py refuses an empty pseudonym):
    # a participant without one could not be told apart, withdrawn or exported by pseudonym.
    return None if isinstance(value, str) and value.strip() else "empty, but required"
