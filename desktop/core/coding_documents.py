"""The codable documents of one session, in reading order, as plain data for the workspace."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import consent_rules
from desktop.core.models import AgendaItem, CodedSegment, Decision, Participant, Session, TranscriptTurn
from desktop.core.text_direction import language_is_rtl


@dataclass(frozen=True)
class Labels:
    facilitator: str
    decision: str
    summary: str
    # The screen's digits (the interface's setting: Arabic-Indic or Latin) for a turn's time and a
    # decision's number; the core knows no setting.
    digits: Callable[[str], str] = str
    number: Callable[[int], str] = str


@dataclass(frozen=True)
class Doc:
    table: str
    id: str
    field: str
    label: str
    text: str
    codable: bool = True
    # The session's language is Arabic or Kurdish: its words read as the focus-group editor lays them
    # out (desktop/core/text_direction.py), a turn beginning "UNDP ..." right to left.
    rtl_session: bool = False


def session_documents(s: OrmSession, session_id: str, labels: Labels) -> tuple[str, list[Doc]]:
    session = s.get(Session, session_id)
    if session is None:
        return "", []
    docs: list[Doc] = []
    rtl = language_is_rtl(session.language)
    if session.summary:
        docs.append(Doc("session", session.id, "summary", labels.summary, session.summary, rtl_session=rtl))
    turns = s.scalars(
        select(TranscriptTurn)
        .where(TranscriptTurn.session_id == session_id, TranscriptTurn.deleted.is_(False))
        .order_by(TranscriptTurn.position)
    ).all()
    people = {p.id: p.code for p in s.scalars(
        select(Participant).where(Participant.id.in_({t.participant_id for t in turns if t.participant_id}))
    )}
    policies: dict[str | None, consent_rules.SpeechPolicy] = {}
    for t in turns:
        if t.participant_id not in policies:
            policies[t.participant_id] = consent_rules.policy(s, t.participant_id, session_id)
        redacted = policies[t.participant_id].redacted
        speaker = people.get(t.participant_id or "", "") if t.participant_id else labels.facilitator
        label = f"{speaker}  {labels.digits(t.timestamp or '')}".strip()
        docs.append(Doc("transcript_turn", t.id, "text", label,
                        consent_rules.REDACTED if redacted else t.text, codable=not redacted, rtl_session=rtl))
    for item in s.scalars(
        select(AgendaItem)
        .where(AgendaItem.session_id == session_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position)
    ):
        docs.append(Doc("agenda_item", item.id, "notes", item.title, item.notes, rtl_session=rtl))
    for n, d in enumerate(s.scalars(
        select(Decision)
        .where(Decision.session_id == session_id, Decision.deleted.is_(False))
        .order_by(Decision.position)
    ), start=1):
        docs.append(Doc("decision", d.id, "text", f"{labels.decision} {labels.number(n)}", d.text,
                        rtl_session=rtl))
    return session.title, docs


@dataclass(frozen=True)
class Coded:
    """What the workspace shows of a coded segment (read as plain columns: building thousands of
    ORM objects was most of the time the window took to follow each coding made)."""

    id: str
    code_id: str
    doc_table: str
    doc_id: str
    doc_field: str
    start: int
    end: int
    memo: str
    needs_review: bool
    quote: str


def segments_of(s: OrmSession, docs: list[Doc]) -> list[Coded]:
    out: list[Coded] = []
    by_table: dict[str, list[str]] = {}
    for d in docs:
        if d.codable:
            by_table.setdefault(d.table, []).append(d.id)
    columns = [getattr(CodedSegment, name) for name in Coded.__dataclass_fields__]
    for table, ids in by_table.items():
        for i in range(0, len(ids), 500):
            rows = s.execute(select(*columns).where(
                CodedSegment.doc_table == table, CodedSegment.doc_id.in_(ids[i : i + 500]),
                CodedSegment.deleted.is_(False)).order_by(CodedSegment.start, CodedSegment.end))
            out.extend(Coded(*row) for row in rows)
    return out


def title_and_summary(s: OrmSession, session_id: str) -> tuple[str, str] | None:
    session = s.get(Session, session_id)
    return (session.title or "", session.summary or "") if session is not None else None


def session_text(s: OrmSession, session_id: str, labels: Labels) -> tuple[str, list[Doc], list[Coded]]:
    """Everything the coding workspace shows for one session: title, documents, their codings."""
    title, docs = session_documents(s, session_id, labels)
    return title, docs, segments_of(s, docs)
