"""Focus-group transcripts: ordered speaker turns, and consent enforced on every speaker assignment.

Turns are ordered by a float ``position`` so a turn can be inserted between two others without
renumbering (and without touching, hence re-syncing, every following row). When two neighbours get
too close for a midpoint, the session's turns are renumbered once.

Consent first: a participant whose consent does not allow speech can never be made the speaker of a
turn, whoever asks (editor, CLI, import of a file). A withdrawn participant's turns are shown
redacted and cannot be edited, so the stored words are never overwritten by the redaction mark.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_rules, sessions
from desktop.core.db import Store
from desktop.core.errors import ValidationError
from desktop.core.field_text import fit_fields
from desktop.core.models import Participant, Session, TranscriptTurn
from desktop.i18n.normalise import clean_text

#: Closer than this, two positions are renumbered rather than split again.
MIN_GAP = 1e-6
TIMESTAMP_MAX = 12


class NoConsent(ValidationError):
    code = "no_consent"


class RedactedTurn(ValidationError):
    code = "redacted"


class TurnNotFound(ValidationError):
    code = "not_found"


@dataclass
class TurnView:
    """A turn as it may be displayed: the text is already redacted when consent was withdrawn."""

    id: str
    position: float
    participant_id: str | None
    speaker_code: str  # the pseudonym; "" for the facilitator
    text: str
    timestamp: str
    redacted: bool


def check_can_speak(s: OrmSession, participant_id: str | None, session_id: str) -> None:
    """Raise ``NoConsent`` unless this participant may be given speech in this session."""
    if participant_id is None:
        return  # the facilitator always may
    if not consent_rules.can_speak(s, participant_id, session_id):
        raise NoConsent(
            "this participant has no recorded consent to take part, so cannot be given speech",
            field="participant_id",
            participant_id=participant_id,
        )


def _turn(s: OrmSession, turn_id: str) -> TranscriptTurn:
    turn = s.get(TranscriptTurn, turn_id)
    if turn is None or turn.deleted:
        raise TurnNotFound("the turn does not exist", field="turn_id")
    return turn


def _check_not_redacted(s: OrmSession, turn: TranscriptTurn) -> None:
    if turn.participant_id is not None and consent_rules.policy(s, turn.participant_id, turn.session_id).redacted:
        raise RedactedTurn("this speaker withdrew consent; the turn cannot be edited", field="text")


def _live_positions(s: OrmSession, session_id: str) -> list[tuple[str, float]]:
    rows = s.execute(
        select(TranscriptTurn.id, TranscriptTurn.position)
        .where(TranscriptTurn.session_id == session_id, TranscriptTurn.deleted.is_(False))
        .order_by(TranscriptTurn.position, TranscriptTurn.created_at)
    ).all()
    return [(r[0], float(r[1])) for r in rows]


def renumber(s: OrmSession, session_id: str) -> None:
    """Spread positions out again (1, 2, 3...) keeping the order."""
    for index, (turn_id, _) in enumerate(_live_positions(s, session_id), start=1):
        turn = s.get(TranscriptTurn, turn_id)
        if turn is not None and turn.position != float(index):
            turn.position = float(index)
    s.flush()


def position_after(s: OrmSession, session_id: str, after_id: str | None) -> float:
    """A position just after ``after_id``, or before the first turn when ``after_id`` is None."""
    positions = _live_positions(s, session_id)
    if after_id is None:
        return positions[0][1] - 1.0 if positions else 1.0
    ids = [p[0] for p in positions]
    if after_id not in ids:
        raise TurnNotFound("the turn to insert after does not exist", field="after_id")
    index = ids.index(after_id)
    here = positions[index][1]
    if index + 1 == len(positions):
        return here + 1.0
    following = positions[index + 1][1]
    if following - here < MIN_GAP:
        renumber(s, session_id)
        return position_after(s, session_id, after_id)
    return (here + following) / 2.0


def end_position(s: OrmSession, session_id: str) -> float:
    top = s.scalar(
        select(func.max(TranscriptTurn.position)).where(
            TranscriptTurn.session_id == session_id, TranscriptTurn.deleted.is_(False)
        )
    )
    return float(top or 0.0) + 1.0


def _timestamp(value: str) -> str:
    text = clean_text(value).strip()
    if len(text) > TIMESTAMP_MAX:
        raise ValidationError("the time stamp is too long (H:MM:SS)", field="timestamp", value=text)
    return text


def live_session(s: OrmSession, session_id: str) -> Session:
    """The session turns are added to: refused, the same way for one turn or many, when it is not there
    or was deleted."""
    session = s.get(Session, session_id)
    if session is None or session.deleted:
        raise ValidationError("the session does not exist", field="session_id")
    return session


def add_turn(
    s: OrmSession,
    session_id: str,
    participant_id: str | None = None,
    text: str = "",
    *,
    after_id: str | None = None,
    position: float | None = None,
    at_end: bool = True,
    timestamp: str = "",
) -> TranscriptTurn:
    """Add a turn: at ``position`` if given, else after ``after_id``, else at the end (or start)."""
    live_session(s, session_id)
    check_can_speak(s, participant_id, session_id)
    if position is None:
        if after_id is not None or not at_end:
            position = position_after(s, session_id, after_id)
        else:
            position = end_position(s, session_id)
    return _insert_turn(s, session_id, participant_id, text, float(position), timestamp)


def add_turns(s: OrmSession, session_id: str, turns: Sequence[tuple[str | None, str, str]], start: float) -> None:
    """Add ``turns`` (speaker, text, time stamp) at ``start``, ``start + 1``, … in order, as ``add_turn``
    would one by one, refused at the same turn for the same reason. The session is read once and each
    speaker's consent checked once (nothing here changes either): per turn, those reads were a third
    of the time of importing a transcript of a few thousand turns.

    The turns are written by one flush at the end, not one each: every flush also asks the change log
    for its next number, holds the file and updates the search index, four fifths of the time of an
    import of 1,500 turns. What a flush refuses of a turn (a text or time stamp longer than its column,
    ``fit_fields``) is checked as each turn is added, so the refusal is still the first turn's in order."""
    live_session(s, session_id)
    may_speak: set[str | None] = set()
    for offset, (participant_id, text, timestamp) in enumerate(turns):
        if participant_id not in may_speak:
            check_can_speak(s, participant_id, session_id)
            may_speak.add(participant_id)
        turn = _insert_turn(s, session_id, participant_id, text, float(start + offset), timestamp, flush=False)
        fit_fields(turn, _TYPED)
    s.flush()


_TYPED = ("text", "timestamp")  # a turn's columns whose words come from the text imported


def _insert_turn(s: OrmSession, session_id: str, participant_id: str | None, text: str, position: float,
                 timestamp: str, *, flush: bool = True) -> TranscriptTurn:
    turn = TranscriptTurn(
        session_id=session_id,
        position=position,
        participant_id=participant_id,
        text=clean_text(text),
        timestamp=_timestamp(timestamp),
    )
    s.add(turn)
    if flush:
        s.flush()
    return turn


def set_speaker(s: OrmSession, turn_id: str, participant_id: str | None) -> TranscriptTurn:
    turn = _turn(s, turn_id)
    if turn.participant_id != participant_id:
        _check_not_redacted(s, turn)
        check_can_speak(s, participant_id, turn.session_id)
        turn.participant_id = participant_id
        s.flush()
    return turn


def set_text(s: OrmSession, turn_id: str, text: str) -> TranscriptTurn:
    turn = _turn(s, turn_id)
    cleaned = clean_text(text)
    if turn.text != cleaned:
        _check_not_redacted(s, turn)
        turn.text = cleaned
        s.flush()
    return turn


def set_timestamp(s: OrmSession, turn_id: str, timestamp: str) -> TranscriptTurn:
    turn = _turn(s, turn_id)
    value = _timestamp(timestamp)
    if turn.timestamp != value:
        turn.timestamp = value
        s.flush()
    return turn


def delete_turn(s: OrmSession, turn_id: str) -> None:
    """Tombstone a turn (deletions travel in bundles like any other change)."""
    turn = _turn(s, turn_id)
    turn.deleted = True
    s.flush()


def load(s: OrmSession, session_id: str) -> list[TurnView]:
    """The live turns of a session in order, as they may be shown (withdrawn speech redacted)."""
    rows = s.execute(
        select(TranscriptTurn, Participant.code)
        .outerjoin(Participant, Participant.id == TranscriptTurn.participant_id)
        .where(TranscriptTurn.session_id == session_id, TranscriptTurn.deleted.is_(False))
        .order_by(TranscriptTurn.position, TranscriptTurn.created_at)
    ).all()
    redacted: dict[str, bool] = {}  # one consent lookup per speaker, not per turn
    out = []
    for turn, code in rows:
        hidden = False
        if turn.participant_id is not None:
            if turn.participant_id not in redacted:
                redacted[turn.participant_id] = consent_rules.policy(s, turn.participant_id, session_id).redacted
            hidden = redacted[turn.participant_id]
        out.append(
            TurnView(
                id=turn.id,
                position=float(turn.position),
                participant_id=turn.participant_id,
                speaker_code=code or "",
                text=consent_rules.REDACTED if hidden else turn.text,
                timestamp=turn.timestamp,
                redacted=hidden,
            )
        )
    return out


@dataclass
class TurnChange:
    """One turn as the editor holds it, to be written by ``save_editor``.

    ``key`` is the editor's handle: the turn id, or a temporary key for a turn not yet saved.
    ``after_key`` names the turn it follows (None: first), so new turns land where they were typed.
    """

    key: str
    turn_id: str | None
    participant_id: str | None
    text: str
    timestamp: str = ""
    after_key: str | None = None
    deleted: bool = False


def save_turns(s: OrmSession, session_id: str, changes: Sequence[TurnChange]) -> dict[str, str]:
    """Write the editor's changed turns, in order. Returns ``{key: id}`` of the turns it inserted."""
    new_ids: dict[str, str] = {}
    for change in changes:
        if change.turn_id is None:
            if change.deleted:
                continue
            after = new_ids.get(change.after_key or "", change.after_key)
            turn = add_turn(
                s, session_id, change.participant_id, change.text,
                after_id=after, at_end=after is not None, timestamp=change.timestamp,
            )
            new_ids[change.key] = turn.id
        elif change.deleted:
            delete_turn(s, change.turn_id)
        else:
            set_speaker(s, change.turn_id, change.participant_id)
            set_text(s, change.turn_id, change.text)
            set_timestamp(s, change.turn_id, change.timestamp)
    return new_ids


def save_editor(
    store: Store, session_id: str, fields: dict[str, Any] | None, changes: Sequence[TurnChange]
) -> dict[str, str]:
    """One autosave of a focus group: header fields and changed turns in a single transaction.

    A final or locked session refuses the whole save (``sessions.SessionReadOnly``), a deleted one too
    (``sessions.SessionNotFound``).
    """
    with store.transaction() as s:
        row = s.get(Session, session_id)
        if row is None or row.deleted:  # deleted elsewhere meanwhile: the refusal the roundtable's save gives
            raise sessions.SessionNotFound("the session does not exist")
        if row.status != "draft":
            raise sessions.SessionReadOnly("a final or locked session is read-only; unlock it first")
        if fields:
            sessions._update_fields(row, fields)  # same rule as the roundtable editor's autosave
        return save_turns(s, session_id, changes)
