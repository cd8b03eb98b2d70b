"""What a participant's consent allows: speaking in a transcript, being quoted, being shown at all.

One place for these rules, used by the transcript editor, retrieval, exports and bundles alike, so
that "consent first" cannot be honoured in one screen and forgotten in another.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import ConsentRecord

REDACTED = "[…]"  # what stands in place of withdrawn speech, in the UI and in every export


@dataclass(frozen=True)
class SpeechPolicy:
    """What may be done with one participant's words in one session."""

    has_consent: bool  # a consent record to take part exists and was not refused
    can_speak: bool  # may be given speaker turns
    may_quote: bool  # segments may appear in quote listings and exports
    redacted: bool  # withdrawn: speech is replaced by REDACTED everywhere
    audio_allowed: bool


NO_CONSENT = SpeechPolicy(False, False, False, False, False)


def consent_records(s: OrmSession, participant_id: str, session_id: str | None) -> list[ConsentRecord]:
    """Records for this participant that apply to the session (session-specific or standing), newest last."""
    query = select(ConsentRecord).where(
        ConsentRecord.participant_id == participant_id,
        ConsentRecord.deleted.is_(False),
    )
    if session_id is not None:
        query = query.where(or_(ConsentRecord.session_id == session_id, ConsentRecord.session_id.is_(None)))
    return list(s.scalars(query.order_by(ConsentRecord.recorded_at, ConsentRecord.created_at)))


def policy(s: OrmSession, participant_id: str | None, session_id: str | None) -> SpeechPolicy:
    if participant_id is None:  # the facilitator
        return SpeechPolicy(True, True, True, False, True)
    records = consent_records(s, participant_id, session_id)
    withdrawn_all = any(r.withdrawn_at and r.withdrawal_scope == "all" for r in records)
    withdrawn_quotes = any(r.withdrawn_at and r.withdrawal_scope == "quotes" for r in records)
    current = next((r for r in reversed(records) if not r.withdrawn_at), None)
    if withdrawn_all:
        return SpeechPolicy(current is not None, False, False, True, False)
    if current is None:
        return NO_CONSENT
    answers = current.answers or {}
    participates = bool(answers.get("participate"))
    return SpeechPolicy(
        has_consent=participates,
        can_speak=participates,
        may_quote=participates and bool(answers.get("quote")) and not withdrawn_quotes,
        redacted=False,
        audio_allowed=participates and bool(answers.get("audio")),
    )


def can_speak(s: OrmSession, participant_id: str | None, session_id: str) -> bool:
    return policy(s, participant_id, session_id).can_speak


def may_quote(s: OrmSession, participant_id: str | None, session_id: str) -> bool:
    return policy(s, participant_id, session_id).may_quote


def visible_text(s: OrmSession, participant_id: str | None, session_id: str, text: str) -> str:
    """The text of a turn as it may be shown or exported: redacted after a full withdrawal."""
    return REDACTED if policy(s, participant_id, session_id).redacted else text
