"""What a participant's consent allows: speaking in a transcript, being quoted, being shown at all.

One place for these rules, used by the transcript editor, retrieval, exports and bundles alike, so
that "consent first" cannot be honoured in one screen and forgotten in another.

A withdrawal is a field update on the consent record (``withdrawn_at``, ``withdrawal_scope``): it
travels in bundles like any change, carries no content, and every device that applies it redacts.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, bindparam, or_, select, type_coerce
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_given, consent_order
from desktop.core.errors import ValidationError
from desktop.core.models import CodedSegment, ConsentRecord, Session, TranscriptTurn

REDACTED = "[…]"  # what stands in place of withdrawn speech, in the UI and in every export
DO_NOT_QUOTE = "[do not quote]"  # marker that may replace a quote where a row must stay (exports)


@dataclass(frozen=True)
class SpeechPolicy:
    """What may be done with one participant's words in one session."""

    has_consent: bool  # a consent record to take part exists and was not refused
    can_speak: bool  # may be given speaker turns
    may_quote: bool  # segments may appear in quote listings and exports
    redacted: bool  # withdrawn: speech is replaced by REDACTED everywhere
    audio_allowed: bool
    refused: bool = False  # the record that counts says no to taking part (a form corrected after they spoke)

    @property
    def words_hidden(self) -> bool:
        """No words of theirs in any export (workbook, REFI-QDA, PDF): withdrawn, or the record that counts
        says no to taking part, so words typed before the correction are never used. Every export asks this."""
        return self.redacted or self.refused


NO_CONSENT = SpeechPolicy(False, False, False, False, False)
FACILITATOR = SpeechPolicy(True, True, True, False, True)


class ConsentRequired(ValidationError):
    """An act the participant's consent does not allow (a speaker turn, a recording)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def consent_records(s: OrmSession, participant_id: str, session_id: str | None) -> list[ConsentRecord]:
    """Records for this participant that apply to the session (session-specific or standing), the one
    that counts last (``consent_order``: by the earlier of ``recorded_at`` and the record's stamp)."""
    query = select(ConsentRecord).where(
        ConsentRecord.participant_id == participant_id,
        ConsentRecord.deleted.is_(False),
    )
    if session_id is not None:
        query = query.where(or_(ConsentRecord.session_id == session_id, ConsentRecord.session_id.is_(None)))
    return consent_order.oldest_first(s.scalars(query))


@dataclass(frozen=True)
class _Record:
    """What a policy reads of a consent record (``policy_from_records`` takes these or ORM records)."""

    answers: Any
    withdrawn_at: str | None
    withdrawal_scope: str | None
    session_id: str | None = None


def records_as_read(s: OrmSession, participant_id: str, session_id: str | None) -> list[_Record]:
    """:func:`consent_records`, each with the participant's withdrawal that covers it
    (``consent_given``: a withdrawal takes back every consent given on or before its day, marked or not)."""
    records = consent_records(s, participant_id, None)
    read = _covered(records, consent_given.session_days(s, (r.session_id for r in records)))
    return [r for r in read if session_id is None or r.session_id in (session_id, None)]


def _covered(records: Sequence[Any], days: Mapping[str, str]) -> list[_Record]:
    """A participant's ``records`` (all of them, oldest first) as a policy reads them (``records_as_read``)."""
    return [_Record(r.answers, when, scope, r.session_id)
            for r, (when, scope) in zip(records, consent_given.covering(records, days), strict=True)]


def stored_answers(record: ConsentRecord | _Record) -> dict[str, bool]:
    """A record's answers as clause -> yes/no, whatever was stored: only a JSON ``true`` is a yes.

    A bundle or an older version may have left a plain string, a list or "no" (a non-empty string,
    so truthy) in the column; none of them may ever read as consent, or crash a page or an export.
    """
    return answers_of(record.answers)


def answers_of(raw: object) -> dict[str, bool]:
    """A record's stored ``answers`` column as clause -> yes/no (see ``stored_answers``)."""
    if not isinstance(raw, dict):
        return {}
    return {str(k): v is True for k, v in raw.items()}


def policy_from_records(records: Sequence[ConsentRecord | _Record]) -> SpeechPolicy:
    """The policy given the applicable records, oldest first (pure: no database)."""
    withdrawn_all = any(r.withdrawn_at and r.withdrawal_scope == "all" for r in records)
    withdrawn_quotes = any(r.withdrawn_at and r.withdrawal_scope == "quotes" for r in records)
    if withdrawn_all:
        return SpeechPolicy(False, False, False, True, False)
    # A withdrawal of quotes only leaves the participation itself standing.
    current = records[-1] if records else None
    if current is None:
        return NO_CONSENT
    answers = stored_answers(current)
    participates = bool(answers.get("participate"))
    return SpeechPolicy(
        has_consent=participates,
        can_speak=participates,
        may_quote=participates and bool(answers.get("quote")) and not withdrawn_quotes,
        redacted=False,
        audio_allowed=participates and bool(answers.get("audio")),
        refused=not participates,
    )


def replaced_when(records: Iterable[ConsentRecord]) -> dict[str, str]:
    """Record id -> when a newer record of the same person in the same session was taken (a consent
    recorded again, to correct it): the newer stands (``policy_from_records`` reads the last)."""
    out: dict[str, str] = {}
    last: dict[tuple[str, str | None], ConsentRecord] = {}
    for r in consent_order.oldest_first(records):
        if (key := (r.participant_id, r.session_id)) in last:
            out[last[key].id] = r.recorded_at
        last[key] = r
    return out


def quotes_withdrawn(records: Sequence[ConsentRecord | _Record]) -> bool:
    """Whether, after a withdrawal of consent to be quoted, none of the participant's sessions may
    quote them: each session decided as the exports decide it (``PolicyCache.get``: the records of
    that session and the standing ones), the standing records alone for a session without its own.
    False once consent to be quoted was given again for a later session (its words are quoted), and
    when nothing was withdrawn for quotes. ``records``: the participant's, oldest first."""
    if not any(r.withdrawn_at and r.withdrawal_scope == "quotes" for r in records):
        return False
    sessions = {r.session_id for r in records}
    return not any(policy_from_records([r for r in records if r.session_id in (sid, None)]).may_quote
                   for sid in sessions)


def policy(s: OrmSession, participant_id: str | None, session_id: str | None) -> SpeechPolicy:
    if participant_id is None:  # the facilitator
        return FACILITATOR
    return policy_from_records(records_as_read(s, participant_id, session_id))


def can_speak(s: OrmSession, participant_id: str | None, session_id: str) -> bool:
    return policy(s, participant_id, session_id).can_speak


def may_quote(s: OrmSession, participant_id: str | None, session_id: str) -> bool:
    return policy(s, participant_id, session_id).may_quote


def visible_text(s: OrmSession, participant_id: str | None, session_id: str, text: str) -> str:
    """The text of a turn as it may be shown or exported: redacted after a full withdrawal."""
    return REDACTED if policy(s, participant_id, session_id).redacted else text


def require_speech(s: OrmSession, participant_id: str | None, session_id: str) -> None:
    """Guard for giving a speaker turn: raises ``ConsentRequired("no_consent")``."""
    if not can_speak(s, participant_id, session_id):
        raise ConsentRequired("no_consent", "this participant has no consent to take part in this session")


def require_audio(s: OrmSession, participant_ids: Iterable[str | None], session_id: str) -> None:
    """Guard for attaching a recording: every speaker must have agreed to the audio clause.

    There is no audio feature yet; whatever attaches recordings must call this first.
    """
    if not all(policy(s, pid, session_id).audio_allowed for pid in participant_ids):
        raise ConsentRequired("no_audio_consent", "a participant did not agree to audio recording")


class PolicyCache:
    """Policies for many (participant, session) pairs from one query: for exports and listings."""

    def __init__(self, s: OrmSession, participant_ids: Iterable[str] | None = None) -> None:
        # Only what a policy reads, as plain rows: never the signature images and scans, no ORM object
        # per record, and the answers as their stored text (a recommendation reads thousands of records,
        # and most say the same few things: each different text is decoded once, see ``get``).
        c = ConsentRecord.__table__.c
        # With the day of each record's session: a withdrawal covers the consents given on or before its day.
        query = select(c.participant_id, c.session_id, type_coerce(c.answers, Text).label("answers"),
                       c.withdrawn_at, c.withdrawal_scope, c.recorded_at, c.created_at,
                       Session.date.label("session_day")).join(
            Session, Session.id == c.session_id, isouter=True).where(c.deleted.is_(False))
        params: dict[str, Any] = {}
        if participant_ids is not None:
            # One expanding parameter: a thousand ids are handed to SQLite, not made a thousand literals.
            query = query.where(c.participant_id.in_(bindparam("participants", expanding=True)))
            params["participants"] = list(set(participant_ids))
        self._by_participant: dict[str, list[Any]] = defaultdict(list)  # rows, then each a _Record
        for r in s.execute(query, params):
            self._by_participant[r.participant_id].append(r)
        for pid, records in self._by_participant.items():
            ordered = consent_order.oldest_first(records)
            days = {r.session_id: r.session_day.isoformat() for r in ordered if r.session_id and r.session_day}
            self._by_participant[pid] = _covered(ordered, days)
        self._memo: dict[tuple[str, str | None], SpeechPolicy] = {}
        self._by_content: dict[tuple[tuple[Any, ...], ...], SpeechPolicy] = {}

    def get(self, participant_id: str | None, session_id: str | None) -> SpeechPolicy:
        if participant_id is None:
            return FACILITATOR
        key = (participant_id, session_id)
        found = self._memo.get(key)
        if found is None:
            records = [
                r
                for r in self._by_participant.get(participant_id, [])
                if session_id is None or r.session_id in (session_id, None)
            ]
            content = tuple((r.answers, bool(r.withdrawn_at), r.withdrawal_scope) for r in records)
            found = self._by_content.get(content)
            if found is None:
                found = self._by_content[content] = policy_from_records(
                    [_Record(_decoded(r.answers), r.withdrawn_at, r.withdrawal_scope) for r in records])
            self._memo[key] = found
        return found

    def quotes_withdrawn(self, participant_id: str) -> bool:
        """:func:`quotes_withdrawn` of this participant's records."""
        records = self._by_participant.get(participant_id, [])
        if not any(r.withdrawn_at and r.withdrawal_scope == "quotes" for r in records):
            return False
        return quotes_withdrawn([_Record(_decoded(r.answers), r.withdrawn_at, r.withdrawal_scope, r.session_id)
                                 for r in records])


def _decoded(text: str | None) -> Any:
    """Stored answers text as the JSON column would give it; unreadable text is no answer (no consent)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def segment_speaker(s: OrmSession, segment: CodedSegment) -> tuple[str | None, str | None]:
    """(participant, session) whose words a segment codes; (None, None) for non-transcript text."""
    if segment.doc_table != "transcript_turn":
        return None, None
    turn = s.get(TranscriptTurn, segment.doc_id)
    if turn is None:
        return None, None
    return turn.participant_id, turn.session_id


def quotable(s: OrmSession, segment: CodedSegment) -> bool:
    """May this segment appear in a quote listing or export ("do not quote" otherwise)?"""
    participant_id, session_id = segment_speaker(s, segment)
    return policy(s, participant_id, session_id).may_quote


def segment_quote(s: OrmSession, segment: CodedSegment) -> str | None:
    """The quote text as it may be shown: None when it must be left out, REDACTED after withdrawal."""
    participant_id, session_id = segment_speaker(s, segment)
    p = policy(s, participant_id, session_id)
    if p.redacted:
        return REDACTED
    return segment.quote if p.may_quote else None
