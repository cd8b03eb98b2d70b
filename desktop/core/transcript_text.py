"""A focus-group transcript typed elsewhere (a phone's notes, WhatsApp, a Word file), read into turns.

A chat exported from WhatsApp is read as transcript_chat.py says: each message a turn, its sender the
label, its time the stamp. The text is lines such as ``P3: نحن نريد قانوناً عادلاً``, ``٣: …``, ``المیسر: …``, ``Facilitator: …``,
``[00:12:34] P2: …`` or ``بەشداربوو ٤: …``. A line that begins with a short label and a colon starts a
turn; a line without one continues the turn before it (a new paragraph in it). An optional time stamp
before the label (``[hh:mm:ss]``, ``(hh:mm:ss)`` or ``hh:mm:ss``) becomes the turn's stamp, written
``H:MM:SS`` as the editor stamps (``format_stamp``) and never earlier than the stamp before it
(``settle_stamps``); a dash or a bullet between it and the label (``00:12:34 - P2: …``) is dropped.
In brackets a stamp may be minutes and seconds (``[01:02] P1: …``, a phone recorder's); a stamp alone
on its line stamps the next turn.

Nothing here raises on odd input (tests/core/test_transcript_text.py, with hypothesis): control
characters become spaces as every long text does (``field_text.fit``), bidi marks around a label are
not part of it, and a turn longer than a long text may be (``field_text.TEXT_LIMIT``) is cut into
turns of the same speaker. What a label means (a seat, the facilitator, a pseudonym) is guessed here
(``guess``); the dialog matches it to the session's participants.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session as OrmSession

from desktop.core import file_signatures, sessions, transcript_chat, transcripts
from desktop.core.field_text import BAD_IN_TEXT, TEXT_LIMIT, fit
from desktop.i18n import invisible
from desktop.i18n.normalise import normalise_for_search

#: The largest file or pasted text read, in bytes (characters for a paste): a three-hour transcript
#: is well under 1 MB of UTF-8.
MAX_BYTES = 5 * 1024 * 1024
#: The longest label read as a speaker's (a pseudonym such as BSR-FG03-P04, "بەشداربوو ٤").
LABEL_MAX = 40
LABEL_WORDS = 3
#: The most different labels a transcript is read with: a focus group has a dozen speakers, and a
#: note-taker a few headings (Note:, Question 2:). A text with more is a log or a list pasted by
#: mistake, refused (TextRefused "many_labels") as soon as it has one more, instead of a speaker list
#: built for each of its thousands of labels.
MAX_LABELS = 40

UTF8, UTF16, CP1256 = "UTF-8", "UTF-16", "Windows-1256"
UTF16_LE, UTF16_BE = "UTF-16 LE", "UTF-16 BE"  # UTF-16 without its byte order mark


class TextRefused(Exception):
    """The file or paste cannot be read as a transcript; ``code`` says why (too_big, not_text, empty,
    many_labels, team_key)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # UTF8, UTF16, UTF16_LE, UTF16_BE or CP1256


def decode(data: bytes) -> Decoded:
    """The text of a file: UTF-8 (with or without BOM), UTF-16 with its BOM or without it (``bare_utf16``),
    else Windows-1256. Refuses (TextRefused) a file over ``MAX_BYTES``, one holding no text and one that
    is not text."""
    if len(data) > MAX_BYTES:
        raise TextRefused("too_big")
    head = data[:4096]
    if file_signatures.plain_key_encoding(head) or file_signatures.kind_of(head) == "age_passphrase":
        # The team's key file (plain text, or sealed with a passphrase) chosen by mistake: its secret key
        # was shown in the box, to be imported as a transcript and sent in the next bundle.
        raise TextRefused("team_key")
    if data.startswith(codecs.BOM_UTF8):
        decoded = Decoded(data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), UTF8)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded = Decoded(data.decode("utf-16", errors="replace"), UTF16)
    elif (bare := bare_utf16(data)) is not None:
        decoded = bare
    else:
        try:
            decoded = Decoded(data.decode("utf-8"), UTF8)
        except UnicodeDecodeError:
            decoded = Decoded(data.decode("cp1256", errors="replace"), CP1256)
    check_text(decoded.text)
    return decoded


def bare_utf16(data: bytes) -> Decoded | None:
    """``data`` read as UTF-16 without a byte order mark, when it is that: zero bytes (which UTF-8 and
    Windows-1256 text never hold) as the high byte of many characters (spaces, line breaks, digits,
    colons, Latin letters: at least one in twenty) and almost never as the low one, an even length,
    a clean decoding, and spaces or line breaks in the text. Else None."""
    if len(data) < 2 or len(data) % 2 or 0 not in data:
        return None
    pairs, even, odd = len(data) // 2, data[0::2].count(0), data[1::2].count(0)
    for high, low, codec, name in ((odd, even, "utf-16-le", UTF16_LE), (even, odd, "utf-16-be", UTF16_BE)):
        if high * 20 < pairs or low * 20 > high:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            return None
        return Decoded(text, name) if " " in text or "\n" in text else None
    return None


_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffd]")


def check_text(text: str) -> None:
    """Refuses text over the size limit, with nothing in it, or that is binary junk (a NUL, or more
    than one character in twenty a control or undecodable one)."""
    if len(text) > MAX_BYTES:
        raise TextRefused("too_big")
    if "\x00" in text or len(_JUNK.findall(text)) * 20 > len(text):
        raise TextRefused("not_text")
    if not text.strip():
        raise TextRefused("empty")


# --- lines ---------------------------------------------------------------------------------------
_MARKS = f"[{invisible.char_class(invisible.DISPLAY_ONLY)}\\s]*"
_DIGIT = r"[0-9٠-٩۰-۹]"
_STAMP = re.compile(  # [hh:mm:ss], (hh:mm:ss), hh:mm:ss, or in brackets only, [mm:ss] and (mm:ss)
    f"^{_MARKS}(?:[\\[(]{_MARKS}(?P<a>{_DIGIT}{{1,3}}:{_DIGIT}{{2}}(?::{_DIGIT}{{2}})?){_MARKS}[\\])]"
    f"|(?P<b>{_DIGIT}{{1,3}}:{_DIGIT}{{2}}:{_DIGIT}{{2}})(?=\\s|{_MARKS}$))"
)
#: A dash or a bullet before a label («00:01:02 - P1: …», «• P1: …») is no part of it.
_LEADS = "-‐‑‒–—―•·*"
_LABEL = re.compile(f"^{_MARKS}(?P<label>[^:：\n]{{1,{LABEL_MAX + 8}}}?)[:：](?P<rest>.*)$", re.DOTALL)
_NOT_IN_LABEL = re.compile("[,;!?،؛؟«»\"“”()\\[\\]]")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def stamp_seconds(stamp: str) -> int | None:
    """The seconds of ``h:mm:ss`` (any digits), None when it is not a time."""
    parts = stamp.translate(_DIGITS).strip().split(":")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or int(parts[1]) > 59 or int(parts[2]) > 59:
        return None
    return int(parts[0]) * 3600 + int(parts[1]) * 60 + int(parts[2])


def _short_seconds(stamp: str) -> int | None:
    """The seconds of a stamp in brackets: ``h:mm:ss``, or ``mm:ss`` (minutes and seconds of a recording
    under an hour long, as a phone's recorder shows them; the minutes may go past 59)."""
    parts = stamp.translate(_DIGITS).split(":")
    if len(parts) == 2:
        return int(parts[0]) * 60 + int(parts[1]) if int(parts[1]) <= 59 else None
    return stamp_seconds(stamp)


def format_stamp(seconds: int) -> str:
    """As the editor stamps (desktop/ui/focus_group/transcript.format_elapsed): ``H:MM:SS``."""
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


# White space (what \s matches, str.isspace) and the display-only marks, for str.strip: a regular
# expression (^marks|marks$) tried its pattern at every place of every line, two fifths of a parse.
_EDGE_CHARS = invisible.DISPLAY_ONLY + "".join(
    chr(c) for c in (*range(0x09, 0x0E), *range(0x1C, 0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B),
                     0x2028, 0x2029, 0x202F, 0x205F, 0x3000))


def tidy(line: str) -> str:
    """A line without the spaces and display-only marks at its ends."""
    return line.strip(_EDGE_CHARS)


@dataclass(frozen=True, slots=True)
class Line:
    label: str | None  # the speaker's label as typed (marks and spaces at its ends dropped), None: none
    text: str  # after the label (or the whole line)
    seconds: int | None  # the stamp before the label
    whole: str  # the line as it was (for a label that is no speaker's)


def split_line(raw: str) -> Line:
    """One line of the transcript: its stamp, its label and its words."""
    whole = tidy(raw)
    seconds: int | None = None
    rest = raw
    stamp = _STAMP.match(raw)
    if stamp is not None:
        seconds = _short_seconds(stamp.group("a")) if stamp.group("a") else stamp_seconds(stamp.group("b") or "")
        if seconds is not None:
            rest = raw[stamp.end():]
    found = _LABEL.match(rest)
    if found is not None:
        label, after = tidy(tidy(found.group("label")).lstrip(_LEADS)), found.group("rest")
        if _is_label(label, after):
            return Line(label, tidy(after), seconds, whole)
    return Line(None, tidy(rest) if seconds is not None else whole, seconds, whole)


def _is_label(label: str, after: str) -> bool:
    if not label or len(label) > LABEL_MAX or len(label.split()) > LABEL_WORDS or _NOT_IN_LABEL.search(label):
        return False
    if after.startswith("//"):  # a web address
        return False
    # "at 12:30" is a time in a sentence, not the speaker "at 12"
    return not (label[-1].translate(_DIGITS).isdigit() and after[:1].translate(_DIGITS).isdigit())


# --- turns ---------------------------------------------------------------------------------------
@dataclass(slots=True)
class ParsedTurn:
    label: str  # "" for text before the first label
    text: str
    seconds: int | None = None
    timestamp: str = ""  # set by settle_stamps
    when: transcript_chat.When | None = None  # a WhatsApp message's date and time (``transcript_chat.offsets``)


@dataclass
class Parsed:
    turns: list[ParsedTurn]
    labels: list[str]  # every label found, in the order first met ("" first when text came before any)
    counts: Counter[str] = field(default_factory=Counter)  # the turns of each label


def parse(text: str, not_speakers: Collection[str] = (), checkpoint: Callable[[], object] | None = None,
          most_labels: int | None = None) -> Parsed:
    """The turns of ``text``. A label in ``not_speakers`` starts no turn: its line continues the turn
    before it, as typed. Empty turns are left out; a turn too long for the database is cut.
    ``checkpoint`` is called every hundred lines (about a millisecond): it raises to stop a parse no longer
    wanted, and may let other threads run. With ``most_labels``, a text with more different labels is
    refused (TextRefused "many_labels") at the line that has one more."""
    pause = checkpoint if checkpoint is not None else _nothing
    text = fit(text[: MAX_BYTES + 1], BAD_IN_TEXT)
    pause()  # between the steps that read the whole text at once
    lines = text.splitlines()
    pause()
    turns: list[ParsedTurn] = []
    labels: list[str] = []
    seen: set[str] = set()  # the labels met: a list looked up at each line took 23 s for 60,000 labels
    current: ParsedTurn | None = None
    paragraphs: list[str] = []
    waiting: int | None = None  # a stamp alone on its line: the next turn's
    chat = False  # a WhatsApp chat (transcript_chat): a line that begins no message goes on with the one above
    held: ParsedTurn | None = None  # a sender's message that was WhatsApp's words: the lines below are theirs

    def close() -> None:
        if current is not None:
            current.text = "\n".join(p for p in paragraphs if p)
            if current.text:
                turns.extend(_cut(current))

    def meet(label: str) -> None:
        if label not in seen:  # a label said to be no speaker's is listed too, so it can be changed back
            seen.add(label)
            labels.append(label)
            if most_labels is not None and len(seen) > most_labels:
                raise TextRefused("many_labels")

    a_chat: bool | None = None  # whether a message with a sender follows: asked at a dated line without one
    for number, raw in enumerate(lines):
        if number % 100 == 99:
            pause()
        message = transcript_chat.header(raw)
        if message is not None and message.sender is None and not chat:
            # «12/05/2026, 10:00 - Basra session» is WhatsApp's own line (left out) only in a chat
            a_chat = transcript_chat.chat_below(lines, number + 1, pause) if a_chat is None else a_chat
            message = message if a_chat else None
        if message is None and chat:  # a message's next line, whatever it holds
            words = tidy(transcript_chat.unedited(raw))
            if words and held is not None and held.label not in not_speakers:  # a photo's caption
                meet(held.label)
                current, paragraphs = held, []
            if words:
                held = None
                if current is not None:
                    paragraphs.append(words)
            continue
        if message is not None:
            chat, held = chat or message.sender is not None, None
            if message.sender is None or message.system:  # WhatsApp's own line, left out
                close()
                current = None
                if message.sender is not None:
                    held = ParsedTurn(message.sender, "", when=message.when)
                continue
        line = split_line(raw) if message is None else Line(message.sender, tidy(message.body), None, tidy(raw))
        if line.label is not None:
            meet(line.label)
        if line.label is not None and line.label not in not_speakers:
            close()
            seconds = line.seconds if line.seconds is not None else waiting
            when = message.when if message is not None else None
            current, paragraphs, waiting = ParsedTurn(line.label, "", seconds, when=when), [line.text], None
            continue
        if line.label is None and line.seconds is not None and not line.text:
            waiting = line.seconds  # «[00:01:03]» above «P1: …» stamps P1's turn, no words of the turn above
            continue
        if not line.whole:
            continue
        if current is None:  # text before the first speaker (or in a chat, after a line left out)
            if labels[:1] != [""]:
                labels.insert(0, "")
            current, paragraphs = ParsedTurn("", ""), []
        paragraphs.append(line.whole)
    close()
    transcript_chat.offsets(turns)
    return Parsed(turns, labels, Counter(t.label for t in turns))


def preview(text: str, not_speakers: Collection[str] = (), floor: int = 0,
            checkpoint: Callable[[], object] | None = None) -> Parsed:
    """What the dialog shows of ``text``, in one call it can run off the interface's thread: refused as
    ``check_text`` refuses or with more than ``MAX_LABELS`` different labels, else parsed (``parse``)
    with its stamps settled after ``floor``."""
    if checkpoint is not None:
        checkpoint()
    check_text(text)
    if checkpoint is not None:
        checkpoint()
    parsed = parse(text, not_speakers, checkpoint, MAX_LABELS)
    settle_stamps(parsed.turns, floor)
    return parsed


def _nothing() -> None:
    return None


def _cut(turn: ParsedTurn) -> list[ParsedTurn]:
    """``turn``, in pieces no longer than TEXT_LIMIT, cut at a line break or a space where one is."""
    if len(turn.text) <= TEXT_LIMIT:
        return [turn]
    pieces: list[ParsedTurn] = []
    text, seconds, when = turn.text, turn.seconds, turn.when
    while text:
        if len(text) <= TEXT_LIMIT:
            piece, text = text, ""
        else:
            at = max(text.rfind("\n", 0, TEXT_LIMIT), text.rfind(" ", 0, TEXT_LIMIT))
            at = at if at > TEXT_LIMIT // 2 else TEXT_LIMIT
            piece, text = text[:at], text[at:].lstrip("\n ")
        if piece:
            pieces.append(ParsedTurn(turn.label, piece, seconds, when=when))
            seconds, when = None, None
    return pieces


def settle_stamps(turns: list[ParsedTurn], floor: int = 0) -> None:
    """Each turn's stamp as the editor writes it, never earlier than ``floor`` (the latest stamp of
    the transcript so far) nor than a stamp above it."""
    latest = floor
    for turn in turns:
        if turn.seconds is None:
            turn.timestamp = ""
            continue
        latest = max(latest, turn.seconds)
        turn.timestamp = format_stamp(latest)


# --- what a label means ----------------------------------------------------------------------------
SEAT, FACILITATOR, NAME = "seat", "facilitator", "name"

_FACILITATOR_WORDS = frozenset(normalise_for_search(w) for w in (
    "facilitator", "moderator", "interviewer", "f",
    "الميسّر", "الميسر", "ميسر", "الميسرة", "ميسرة", "المنسق", "المنسقة", "المحاور", "المحاورة", "المدير",
    "ئاسانکار", "ئاسانکارەکە", "ڕێکخەر", "ڕێکخەرەکە", "بەڕێوەبەر",
))
_SEAT_WORDS = "|".join(sorted((re.escape(normalise_for_search(w)) for w in (
    "p", "پ", "م", "participant", "part", "مشارك", "المشارك", "مشاركة", "المشاركة",
    "بەشداربوو", "بەشداربووی", "بەشدار",
)), key=len, reverse=True))
_SEAT = re.compile(f"^(?:(?:{_SEAT_WORDS})\\s*[-#.]?\\s*)?(?P<n>[0-9]{{1,3}})$")


@dataclass(frozen=True)
class Guess:
    kind: str  # SEAT, FACILITATOR or NAME
    seat: int = 0
    key: str = ""  # the label folded for matching a pseudonym (``name_key``)


def name_key(text: str) -> str:
    """A label or pseudonym folded for matching: case, Arabic letter forms, digits, marks, spaces."""
    return "".join(normalise_for_search(text).split())


def guess(label: str) -> Guess:
    """What ``label`` most likely names: a seat (P3, ٣, پ٣, بەشداربوو ٤; seat 0 is the facilitator, as
    Ctrl+0), the facilitator in Arabic, Kurdish or English words, else a name to look up."""
    folded = " ".join(normalise_for_search(label).split())
    seat = _SEAT.match(folded)
    if seat is not None:
        number = int(seat.group("n"))
        return Guess(FACILITATOR) if number == 0 else Guess(SEAT, number)
    if folded in _FACILITATOR_WORDS:
        return Guess(FACILITATOR)
    return Guess(NAME, key=name_key(label))


# --- writing ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NewTurn:
    participant_id: str | None  # None: the facilitator
    text: str
    timestamp: str = ""


def append(s: OrmSession, session_id: str, turns: Sequence[NewTurn]) -> list[transcripts.TurnView]:
    """Add ``turns`` after the session's last turn, in order, in the caller's one transaction (a refusal,
    a speaker without consent among them, writes none). Returns the whole transcript as it now is."""
    row = transcripts.live_session(s, session_id)
    if row.status != "draft":
        raise sessions.SessionReadOnly("a final or locked session is read-only; unlock it first")
    start = transcripts.end_position(s, session_id)
    transcripts.add_turns(s, session_id, [(turn.participant_id, turn.text, turn.timestamp) for turn in turns], start)
    return transcripts.load(s, session_id)
