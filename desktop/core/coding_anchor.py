"""Coded segments follow the text they code, whoever edits it.

A ``before_flush`` hook (installed ahead of the change recorder, so the moved segments are logged in
the same transaction) sees every edit of a codable text field and calls ``coding.text_changed``:
segments after the edit shift, segments the edit touched are re-anchored on their quote or flagged
``needs_review``. Editors need not remember to do it. Changes applied from bundles are left alone:
the device that made the edit also sent the segment changes it caused.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import UOWTransaction

from desktop.core.models import AgendaItem, Decision, Session, TranscriptTurn

#: model -> the text fields that coded segments point into
CODABLE: dict[type[Any], tuple[str, ...]] = {
    TranscriptTurn: ("text",),
    AgendaItem: ("notes",),
    Decision: ("text",),
    Session: ("summary",),
}


def _follow_edits(session: OrmSession, flush_context: UOWTransaction, instances: object) -> None:
    if session.info.get("replicating"):
        return
    from desktop.core import coding

    edits = []
    for obj in list(session.dirty):
        fields = CODABLE.get(type(obj))
        if not fields:
            continue
        state = sa_inspect(obj)
        for name in fields:
            hist = state.attrs[name].history
            if hist.has_changes() and hist.deleted:
                old, new = hist.deleted[0], getattr(obj, name)
                if isinstance(old, str) and isinstance(new, str):
                    edits.append((type(obj).__tablename__, obj.id, name, old, new))
    if not edits:
        return
    with session.no_autoflush:
        for table, row_id, name, old, new in edits:
            coding.text_changed(session, table, row_id, name, old, new)


def install(session_factory: Any) -> None:
    event.listen(session_factory, "before_flush", _follow_edits)
