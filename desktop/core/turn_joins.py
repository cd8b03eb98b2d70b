"""Merging two neighbouring turns, and splitting one in two, with their codings kept in place.

A facilitator typing live often gives one speaker's words two turns (the wrong key pressed) or two
speakers one turn. Coded segments point into a turn's text (``doc_table="transcript_turn"``,
``doc_id``, ``doc_field="text"``, code-point offsets ``start``/``end``), so both move with the words:

- Merging: the second turn's text follows the first's after a space (none when either side already
  has white space there); the first turn keeps its speaker and its time stamp (the second's when the
  first had none). The second turn's segments move to the first, shifted by where its text now
  begins; the second turn is tombstoned.
- Splitting at a cut (a code-point index on a character boundary, text_cut.is_boundary): the white
  space around the cut is dropped, the text after it becomes a new turn right after, with the same
  speaker and the same time stamp (never before the turn above, never after the one below). Segments
  after the cut move to the new turn; a segment the cut would go through is refused
  (``CutThroughCoding``): its code would end up on half its words, or count twice.

Each is one transaction; ``unmerge`` and ``unsplit`` put back exactly what was there (the editor's
Ctrl+Z). The position of every other turn is unchanged: a new turn takes a position between two.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import sessions, text_cut, transcripts
from desktop.core.errors import ValidationError
from desktop.core.models import CodedSegment, Session, TranscriptTurn

_SAME = "\x00same"  # split_turn: the new turn has the split turn's speaker


class CutThroughCoding(ValidationError):
    code = "cut_through_coding"


class TurnsChanged(ValidationError):
    """The turns are not what the editor showed (edited, moved or deleted elsewhere meanwhile)."""

    code = "turns_changed"


@dataclass(frozen=True)
class Merged:
    first_id: str
    text: str  # the merged text
    timestamp: str  # the merged turn's stamp
    joint: int  # where the first turn's text ended (code points)
    gap: str  # what was put between the two texts
    first_timestamp: str  # the first turn's stamp before the merge
    second_id: str
    second_participant_id: str | None
    second_timestamp: str
    moved: int  # segments moved to the first turn


@dataclass(frozen=True)
class Split:
    first_id: str
    head: str  # the first turn's text now
    new_id: str
    tail: str  # the new turn's text
    participant_id: str | None  # the new turn's speaker
    timestamp: str  # the new turn's stamp
    gap: str  # the white space dropped at the cut
    moved: int  # segments moved to the new turn


def _editable(s: OrmSession, session_id: str) -> None:
    row = s.get(Session, session_id)
    if row is None or row.deleted:  # deleted elsewhere meanwhile: the refusal the editor's save gives
        raise sessions.SessionNotFound("the session does not exist")
    if row.status != "draft":
        raise sessions.SessionReadOnly("a final or locked session is read-only; unlock it first")


def _live_turn(s: OrmSession, session_id: str, turn_id: str) -> TranscriptTurn:
    turn = s.get(TranscriptTurn, turn_id)
    if turn is None or turn.deleted or turn.session_id != session_id:
        raise TurnsChanged("the turn is no longer in this session", field="turn_id")
    transcripts._check_not_redacted(s, turn)
    return turn


def _segments(s: OrmSession, turn_id: str) -> list[CodedSegment]:
    return list(s.scalars(select(CodedSegment).where(
        CodedSegment.doc_table == "transcript_turn", CodedSegment.doc_id == turn_id,
        CodedSegment.doc_field == "text", CodedSegment.deleted.is_(False))))


def _gap(first: str, second: str) -> str:
    if not first or not second or first[-1].isspace() or second[0].isspace():
        return ""
    return " "


def merge_turns(s: OrmSession, session_id: str, first_id: str, second_id: str, *,
                gap: str | None = None, expected: tuple[str, str] | None = None) -> Merged:
    """The second turn's words and codings joined to the first's (the turn right above it).
    ``expected``: the two texts the editor shows; others raise ``TurnsChanged``."""
    _editable(s, session_id)
    first, second = _live_turn(s, session_id, first_id), _live_turn(s, session_id, second_id)
    order = [turn_id for turn_id, _ in transcripts._live_positions(s, session_id)]
    if order.index(second_id) != order.index(first_id) + 1:
        raise TurnsChanged("the two turns are no longer next to each other", field="turn_id")
    if expected is not None and (first.text, second.text) != expected:
        raise TurnsChanged("the turns were edited elsewhere", field="text")
    joint, first_stamp = len(first.text), first.timestamp
    gap = _gap(first.text, second.text) if gap is None else gap
    shift = joint + len(gap)
    moving = _segments(s, second_id)
    first.text = first.text + gap + second.text
    if not first.timestamp:
        first.timestamp = second.timestamp
    s.flush()  # the first turn's own segments follow its edit (coding_anchor) before any joins them
    for seg in moving:
        seg.doc_id, seg.start, seg.end = first_id, seg.start + shift, seg.end + shift
    second.deleted = True
    s.flush()
    return Merged(first_id, first.text, first.timestamp, joint, gap, first_stamp, second_id,
                  second.participant_id, second.timestamp, len(moving))


def split_turn(s: OrmSession, session_id: str, turn_id: str, cut: int, *, tail_start: int | None = None,
               participant_id: str | None = _SAME, timestamp: str | None = None,
               expected: str | None = None) -> Split:
    """The text of ``turn_id`` after code point ``cut`` made a new turn right after it.

    The white space around the cut is dropped unless ``tail_start`` says where the new turn's text
    begins. The new turn has the same speaker and stamp unless ``participant_id``/``timestamp`` say.
    """
    _editable(s, session_id)
    turn = _live_turn(s, session_id, turn_id)
    text = turn.text
    if expected is not None and text != expected:
        raise TurnsChanged("the turn was edited elsewhere", field="text")
    if tail_start is not None:  # an undone merge: the parts exactly as they were, even an empty one
        if not 0 <= cut <= tail_start <= len(text):
            raise TurnsChanged("the merged turn was edited elsewhere", field="cut")
        head_end = cut
    else:
        if not 0 < cut < len(text) or not text_cut.is_boundary(text, cut):
            raise ValidationError("a turn is split between two characters inside its text", field="cut")
        head_end = len(text[:cut].rstrip())
        tail_start = len(text) - len(text[cut:].lstrip())
        if head_end == 0 or tail_start >= len(text):
            raise ValidationError("both parts of a split turn need words", field="cut")
    staying, moving = [], []
    for seg in _segments(s, turn_id):
        if seg.end <= tail_start and seg.start < head_end:
            staying.append(seg)
        elif seg.start >= head_end and seg.end > tail_start:
            moving.append(seg)
        else:
            raise CutThroughCoding("the cut goes through coded words", field="cut")
    head, tail, gap = text[:head_end], text[tail_start:], text[head_end:tail_start]
    speaker = turn.participant_id if participant_id == _SAME else participant_id
    stamp = turn.timestamp if timestamp is None else timestamp
    new = transcripts.add_turn(s, session_id, speaker, tail, after_id=turn_id, timestamp=stamp)
    for seg in moving:
        seg.doc_id = new.id
        seg.start, seg.end = max(seg.start, tail_start) - tail_start, seg.end - tail_start
        seg.quote = tail[seg.start:seg.end]
    for seg in staying:
        if seg.end > head_end:  # it ended on the white space dropped at the cut
            seg.end = head_end
            seg.quote = head[seg.start:seg.end]
    s.flush()
    turn.text = head
    s.flush()  # the segments left follow the shortened text (coding_anchor): they all end before it
    return Split(turn_id, head, new.id, new.text, speaker, new.timestamp, gap, len(moving))


def unmerge(s: OrmSession, session_id: str, merged: Merged) -> Split:
    """The merge undone: the second turn's words (with their codings) a turn of their own again."""
    split = split_turn(s, session_id, merged.first_id, merged.joint, tail_start=merged.joint + len(merged.gap),
                       participant_id=merged.second_participant_id, timestamp=merged.second_timestamp,
                       expected=merged.text)
    first = s.get(TranscriptTurn, merged.first_id)
    if first is not None and first.timestamp != merged.first_timestamp:
        first.timestamp = merged.first_timestamp
        s.flush()
    return split


def unsplit(s: OrmSession, session_id: str, split: Split) -> Merged:
    """The split undone: the two turns one again, as the text was."""
    return merge_turns(s, session_id, split.first_id, split.new_id, gap=split.gap,
                       expected=(split.head, split.tail))
