"""A chat exported from WhatsApp (Export chat, without media), read as a transcript (transcript_text.parse).

A message begins a line with its date, time and sender, on an iPhone
``[12/05/2026, 10:15:32] Ahmed: …`` and on Android ``12/05/2026, 10:15 - Ahmed: …``; the digits may be
Arabic-Indic, the clock of 12 hours (``10:15 PM``, ``١٠:١٥ م``, Kurdish ``د.ن``), and WhatsApp puts bidi marks at the
line's start and between the date's parts. The sender is the turn's label (matched to a seat as any
label), and the time of each message its stamp, counted from the first message kept (``offsets``):
the first is 0:00:00. A message goes on over the lines below it until the next message, whatever they
hold («P2: …» too). WhatsApp's own lines are left out: those without a sender (a group made, someone
added, "Messages and calls are end-to-end encrypted"), and a sender's "<Media omitted>", "This message
was deleted", or on an iPhone any message that begins with a left-to-right mark (an attachment, a
sticker). The words a sender wrote under such a message (a photo's caption) are still theirs.

Dates are day first (12/05/2026 is 12 May) unless the chat has a day after the twelfth in second place
(then month first), or a year first (2026-05-12). Nothing here needs Qt.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from desktop.i18n import invisible

_HIDDEN = invisible.DISPLAY_ONLY
_M = f"[{invisible.char_class(_HIDDEN)}\\s]*"
_D = "[0-9٠-٩۰-۹]"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_DATE = f"(?P<d1>{_D}{{1,4}}){_M}[/.\\-]{_M}(?P<d2>{_D}{{1,2}}){_M}[/.\\-]{_M}(?P<d3>{_D}{{2,4}})"
_TIME = (f"(?P<h>{_D}{{1,2}})[:.](?P<m>{_D}{{2}})(?:[:.](?P<s>{_D}{{2}}))?"
         f"(?:{_M}(?P<half>[AaPp]\\.?{_M}[Mm]\\.?|ص|م|[بد]\\.ن|[قب]\\.ظ))?")
#: The afternoon's marks: PM, Arabic م, Kurdish د.ن, Persian ب.ظ (AM: ص, ب.ن, ق.ظ).
_AFTERNOON = ("P", "p", "م", "د.ن", "ب.ظ")
# Never two runs of marks and spaces side by side (``{_M}[,،]?{_M}``): a line of a date and 20,000
# spaces took the pattern 12 s, every place between the two runs tried.
_WHEN = f"{_DATE}(?:{_M}[,،])?{_M}{_TIME}"
_IPHONE = re.compile(f"^{_M}\\[{_M}{_WHEN}{_M}\\]{_M}(?P<rest>.*)$", re.DOTALL)
_ANDROID = re.compile(f"^{_M}{_WHEN}{_M}[-–]{_M}(?P<rest>.*)$", re.DOTALL)
_STARTS = re.compile(f"^{_M}[\\[0-9٠-٩۰-۹]")
#: The sender, up to the first colon and space: no quotes (a system line quoting a group's new name
#: «Ahmed changed the subject to "Basra: …"» has none), no longer than a label may be.
_SENDER = re.compile("^(?P<sender>[^:\n\"“”«»]{1,60}?):(?: |$)(?P<body>.*)$", re.DOTALL)
SENDER_MAX = 40
#: The longest offset written (999:59:59, three digits of hours as the editor reads stamps).
MOST_SECONDS = 999 * 3600 + 3599

_SYSTEM_WORDS = frozenset(w.casefold() for w in (
    "<Media omitted>", "This message was deleted", "You deleted this message", "Waiting for this message",
    "Missed voice call", "Missed video call", "null", "<تم استبعاد الوسائط>", "<الوسائط غير مضمنة>",
    "تم حذف هذه الرسالة", "لقد حذفت هذه الرسالة", "حذفت هذه الرسالة", "في انتظار هذه الرسالة",
))
_SYSTEM_STARTS = tuple(w.casefold() for w in (
    "Messages and calls are end-to-end encrypted", "<attached:", "الرسائل والمكالمات مشفرة",
))
_OMITTED = re.compile(r"^<?(?:image|video|audio|sticker|gif|document|contact card|media)(?: file)? omitted>?$")
#: Android's mark of an edited message, at its end: not words of the sender.
_EDITED = ("<this message was edited>", "<تم تعديل هذه الرسالة>")


@dataclass(frozen=True, slots=True)
class When:
    first: int  # the date's parts as written (day, month, year in some order)
    second: int
    third: int
    seconds: int  # of the day


@dataclass(frozen=True, slots=True)
class Message:
    when: When
    sender: str | None  # None: a line of WhatsApp's own, with no sender
    body: str  # the message's first line ("" when it is WhatsApp's, such as <Media omitted>)
    system: bool  # WhatsApp's own words, not the sender's


def _shown(text: str) -> str:
    shown = "".join(c for c in text if c not in _HIDDEN).strip()
    # Newer iPhone exports mark a sender who is not in the phone's contacts «~ Name»: the name is theirs.
    # A name that is the mark alone stays a name: read as no sender, the message was dropped as WhatsApp's.
    return shown[1:].strip() or shown if shown.startswith("~") else shown


def header(raw: str) -> Message | None:
    """The message that ``raw`` begins, when it is a WhatsApp message's first line, else None."""
    if _STARTS.match(raw) is None:  # most lines: no regular expression beyond this one
        return None
    found = _IPHONE.match(raw) or _ANDROID.match(raw)
    if found is None:
        return None
    numbers = {k: int(v.translate(_DIGITS)) for k, v in found.groupdict().items()
               if v is not None and k not in ("half", "rest")}
    hour, minute, second = numbers["h"], numbers["m"], numbers.get("s", 0)
    half = found.group("half")
    if half is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.startswith(_AFTERNOON) else 0)
    if hour > 23 or minute > 59 or second > 59:
        return None
    when = When(numbers["d1"], numbers["d2"], numbers["d3"], hour * 3600 + minute * 60 + second)
    rest = found.group("rest")
    said = _SENDER.match(rest)
    sender = _shown(said.group("sender")) if said is not None else ""
    if said is None or not sender or len(sender) > SENDER_MAX:
        return Message(when, None, _shown(rest), True)
    body = said.group("body")
    if body.startswith(invisible.LRM) or is_system(body):  # an iPhone marks WhatsApp's words with a LRM
        return Message(when, sender, "", True)
    return Message(when, sender, unedited(body), False)


def unedited(line: str) -> str:
    """``line`` without Android's mark of an edited message at its end. (Not a pattern ending ``\\s*$``:
    tried at each place of a line of spaces, 100,000 of them took it 20 s.)"""
    kept = line.rstrip()
    for mark in _EDITED:
        if kept[-len(mark):].casefold() == mark:
            return kept[:-len(mark)].rstrip()
    return line


def chat_below(lines: Sequence[str], start: int, pause: Callable[[], object]) -> bool:
    """Whether a line from ``start`` on begins a message with a sender; ``pause`` is called every hundred
    lines (transcript_text.parse's checkpoint)."""
    for number in range(start, len(lines)):
        if number % 100 == 99:
            pause()
        message = header(lines[number])
        if message is not None and message.sender is not None:
            return True
    return False


def is_system(body: str) -> bool:
    """Whether a message's words are WhatsApp's (a media file left out, a message deleted)."""
    shown = _shown(body).casefold()
    return shown in _SYSTEM_WORDS or shown.startswith(_SYSTEM_STARTS) or _OMITTED.match(shown) is not None


class _Stamped(Protocol):
    when: When | None
    seconds: int | None


def offsets(turns: Sequence[_Stamped]) -> None:
    """Each turn read from a message stamped with its time after the first such turn's (in seconds),
    never less than 0 nor more than ``MOST_SECONDS``; a date that is none (31/02) leaves it unstamped."""
    whens = [t.when for t in turns if t.when is not None]
    if not whens:
        return
    order = _order(whens)
    base: dt.datetime | None = None
    for turn in turns:
        if turn.when is None:
            continue
        moment = _moment(turn.when, order)
        if moment is None:
            turn.seconds = None
            continue
        base = moment if base is None else base
        turn.seconds = min(max(0, int((moment - base).total_seconds())), MOST_SECONDS)


def _order(whens: Sequence[When]) -> str:
    if any(w.first > 31 for w in whens):
        return "ymd"
    if any(w.first > 12 for w in whens):
        return "dmy"
    return "mdy" if any(w.second > 12 for w in whens) else "dmy"


def _moment(when: When, order: str) -> dt.datetime | None:
    if order == "ymd":
        year, month, day = when.first, when.second, when.third
    elif order == "mdy":
        month, day, year = when.first, when.second, when.third
    else:
        day, month, year = when.first, when.second, when.third
    try:
        return dt.datetime(year + 2000 if year < 100 else year, month, day) + dt.timedelta(seconds=when.seconds)
    except (ValueError, OverflowError):
        return None
