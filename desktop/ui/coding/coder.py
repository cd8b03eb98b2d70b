"""Who is coding: the name written on every coded segment."""

from __future__ import annotations

from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import Session


def coder_for(s: OrmSession, session_id: str, person: str) -> str:
    """The person coding: the one named in Settings, else the people who ran the session (a lone
    facilitator codes her own sessions); never the laptop's name. Runs on the database worker."""
    if person.strip():
        return person.strip()
    session = s.get(Session, session_id)
    people = (session.note_taker, session.facilitator) if session is not None else ()
    return next((p.strip() for p in people if p and p.strip()), "")
