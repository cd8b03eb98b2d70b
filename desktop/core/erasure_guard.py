"""Before a local flush: a write from an editor that still holds erased words never restores them.

``install`` attaches :func:`guard` to each Store's sessionmaker (``desktop.core.db``); the rules and
the stand-ins are ``desktop.core.erasure``'s. No Qt.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session as OrmSession

from desktop.core import erasure_memos
from desktop.core.erasure import replacements, rules
from desktop.core.models import CodedSegment, ConsentRecord, Erasure, Memo, Participant, TranscriptTurn


def guard(session: OrmSession) -> None:
    """Before a local flush: a write from an editor that still holds erased words never restores them.

    Cheap when nothing erasable is being written; otherwise one query for the erasure rules.
    """
    relevant = [
        obj for obj in (*session.new, *session.dirty)
        if isinstance(obj, Participant | ConsentRecord | TranscriptTurn | CodedSegment | Memo)
    ]
    if not relevant:
        return
    conn = session.connection()
    if conn.execute(select(Erasure.id).where(Erasure.deleted.is_(False)).limit(1)).first() is None:
        return
    known = rules(conn)
    for obj in relevant:
        participant = _owner(session, obj)
        if participant is None:
            continue
        created, origin = _created_of(session, participant)
        for rule in known:
            covered = rule.participant_id == participant or (
                not rule.participant_id and bool(created) and created < rule.created_at
                and participant not in rule.kept)  # a retention run's kept: as it was made
            if not covered or (rule.only_from and origin != rule.only_from):
                continue
            for key, value in replacements(obj.__tablename__, rule.scope).items():
                if getattr(obj, key) != value:
                    setattr(obj, key, value)


def _guard_hook(session: OrmSession, flush_context: Any, instances: object) -> None:
    if not session.info.get("replicating"):
        guard(session)


def install(session_factory: Any) -> None:
    """Attach the guard to a new sessionmaker (each Store makes its own, once); never skipped on
    ``event.contains``, which can answer for another, closed store's sessionmaker (search_sqlite.install)."""
    event.listen(session_factory, "before_flush", _guard_hook)


def _owner(session: OrmSession, obj: Any) -> str | None:
    if isinstance(obj, Participant):
        return obj.id
    if isinstance(obj, ConsentRecord | TranscriptTurn):
        return obj.participant_id
    if isinstance(obj, CodedSegment) and obj.doc_table == "transcript_turn":
        turn = session.get(TranscriptTurn, obj.doc_id)
        return turn.participant_id if turn is not None else None
    if isinstance(obj, Memo):
        return erasure_memos.speaker(session, obj)
    return None


def _created_of(session: OrmSession, participant_id: str) -> tuple[str, str]:
    """(created_at, origin device) of a stored participant; ("", "") for a new or unknown one."""
    person = session.get(Participant, participant_id)
    if person is None or sa_inspect(person).pending:
        return "", ""
    return str(person.created_at or ""), str(person.origin_device or "")
