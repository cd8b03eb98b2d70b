"""Per-field problems of a session, as stable codes the UI translates and shows next to the field.

Validation never blocks saving a draft: it only decides whether a session may be finalised, and
what the editor marks in place. Nothing here raises; callers decide what a problem blocks.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from desktop.core.field_text import blank_line
from desktop.core.reference import GOVERNORATE_BY_KEY

TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Problem:
    field: str  # the session field the message belongs next to ("title", "end_time", ...)
    code: str  # required | end_before_start | future_final | bad_time | unknown_governorate
    blocks_finalise: bool = True


def _parse_time(value: str) -> dt.time | None:
    if not value or not TIME_RE.match(value):
        return None
    hours, minutes = value.split(":")
    return dt.time(int(hours), int(minutes))


def session_problems(
    fields: dict[str, Any], *, finalising: bool = False, today: dt.date | None = None
) -> list[Problem]:
    """Problems of a session's fields (keys as in the Session model).

    ``finalising`` adds the checks that only matter for a final session (a date in the future).
    """
    today = today or dt.date.today()
    problems: list[Problem] = []
    for name in ("title", "date", "governorate"):
        value = fields.get(name)
        # A title of spaces, bidi marks or control characters only (pasted) is stored empty: required.
        if value is None or (isinstance(value, str) and blank_line(value)):
            problems.append(Problem(name, "required"))
    gov = fields.get("governorate") or ""
    if gov and gov not in GOVERNORATE_BY_KEY:
        problems.append(Problem("governorate", "unknown_governorate"))
    start_text = str(fields.get("start_time") or "")
    end_text = str(fields.get("end_time") or "")
    for name, text in (("start_time", start_text), ("end_time", end_text)):
        if text and _parse_time(text) is None:
            problems.append(Problem(name, "bad_time"))
    start, end = _parse_time(start_text), _parse_time(end_text)
    if start is not None and end is not None and end < start:
        problems.append(Problem("end_time", "end_before_start"))
    date = fields.get("date")
    if finalising and isinstance(date, dt.date) and date > today:
        problems.append(Problem("date", "future_final"))
    return problems


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.blocks_finalise]


#: The shortest new passphrase taken wherever one is chosen (the first-run wizard, Settings → Change
#: passphrase…, ``majlis-cli init`` and ``passwd``): shorter, ``passphrase_strength`` says "too short".
MIN_PASSPHRASE_LENGTH = 8
#: Why a new passphrase is refused (``new_passphrase_problem``): codes, so that the app says them in
#: its translated words and ``majlis-cli passwd`` in its English line, from one rule.
PASSPHRASE_TOO_WEAK = "too_weak"
PASSPHRASE_SAME_AS_CURRENT = "same_as_current"
PASSPHRASE_UNTYPABLE = "untypable"

# What no key can be made of, though a paste can bring it: a NUL (SQLCipher's key statement cannot take
# one, so a database made with it opened, but could never be backed up nor its passphrase changed) and
# a lone surrogate (no UTF-8 bytes to derive a key from); and what no one can type at the unlock window,
# though a variable filled from a text file brings it (`$(cat new.txt)` keeps a Windows file's carriage
# return and Notepad's byte-order mark): a line break or a byte-order mark, with which the database
# opened from that variable alone. A tab or an escape is kept, as typed or pasted.
_UNTYPABLE = re.compile("[\x00\r\n\ufeff\ud800-\udfff]")


def new_passphrase_problem(new: str, current: str | None = None) -> str | None:
    """Why ``new`` may not become the passphrase (replacing ``current``, when given), or None.

    The same as the current one is refused: the change would write a backup and encrypt the whole
    file again for nothing, and the person believes they have a new passphrase."""
    if _UNTYPABLE.search(new):
        return PASSPHRASE_UNTYPABLE
    if len(new) < MIN_PASSPHRASE_LENGTH:
        return PASSPHRASE_TOO_WEAK
    if current is not None and new == current:
        return PASSPHRASE_SAME_AS_CURRENT
    return None


def passphrase_strength(passphrase: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: a hint only, a long phrase of words beats symbols."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return 0
    classes = sum(
        (
            any(c.islower() for c in passphrase),
            any(c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),
            any(ord(c) > 127 and c.isalpha() for c in passphrase),  # Arabic or Kurdish letters
        )
    )
    words = len(passphrase.split())
    if len(passphrase) >= 20 or (len(passphrase) >= 14 and (classes >= 3 or words >= 3)):
        return 3
    if len(passphrase) >= 12 or classes >= 3:
        return 2
    return 1
