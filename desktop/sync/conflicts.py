"""Open conflicts of long text fields, and a person's decision about one.

A resolution is an ordinary edit (logged, so it travels like any other) plus an AuditEvent, and the
conflict keeps its two versions with the choice made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import busy_wait
from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem, Missing, ValidationError
from desktop.core.ids import fits_sqlite_integer
from desktop.core.models import MODEL_BY_TABLE, AuditEvent, Conflict, Session

Choice = Literal["a", "b", "edit"]
#: How long a listing waits for another writer before it leaves closing conflicts to a later one: a
#: read (`bundle status`, the Sync page) is not held up by a running import.
_CLOSE_WAIT_MS = 50


class UnknownConflict(Missing):
    """No conflict has that id: "not there" (exit 3 in the CLI, as an unknown session or device)."""


class ConflictClosed(ValidationError):
    """The conflict was closed meanwhile: resolved (another window, majlis-cli), or closed by an erasure
    of the words it held (the Sync page's list, read before, still showed it). ``details["resolution"]``
    says how (``kept_a``, ``kept_b``, ``edited``, ``erased``, ``row_deleted``)."""


class ConflictRowDeleted(ValidationError):
    """The text's row was deleted meanwhile (a session, an agenda item, a turn deleted at the centre or
    by a bundle): nothing is left to decide, so the conflict is closed (``row_deleted``) and no text is
    written. (The chosen text went into the deleted row, and the Sync page said "Conflict resolved.")"""


@dataclass(frozen=True)
class ConflictView:
    id: int
    entity: str
    row_id: str
    field: str
    version_a: str
    value_a: str
    version_b: str
    value_b: str
    current: str
    status: str
    session_id: str | None

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    """The open conflicts (every conflict with ``include_resolved``), oldest first. An open conflict
    whose text was deleted meanwhile (by a later bundle, or here) is closed first, as ``row_deleted``:
    it stayed listed as open until someone opened it, to be told there was nothing left to decide."""
    live, orphans = [], []
    with store.session() as s:  # one read of each open conflict's row: listed, or closed below
        for c in s.execute(select(Conflict).where(Conflict.status == "open").order_by(Conflict.id)).scalars():
            row, session_id, gone = _text_of(s, c)
            if gone:
                orphans.append(c.id)  # nothing to decide, listed or not, even if not closed yet (below)
            else:
                live.append(_view(c, row, session_id))
    if orphans:
        try:
            with busy_wait.brief_waits(_CLOSE_WAIT_MS):
                _close_orphans(store, orphans)
        except EnvironmentProblem:
            pass  # another program writing (an import), a read-only copy: closed at a later listing
    if not include_resolved:
        return live
    with store.session() as s:
        return [_view(c, *_text_of(s, c)[:2]) for c in s.execute(select(Conflict).order_by(Conflict.id)).scalars()]


def _view(c: Conflict, row: Any, session_id: str | None) -> ConflictView:
    current = str(getattr(row, c.field, "") or "") if row is not None else ""
    return ConflictView(c.id, c.entity, c.row_id, c.field, c.version_a, c.value_a, c.version_b, c.value_b,
                        current, c.status, session_id)


def _text_of(s: OrmSession, conflict: Conflict) -> tuple[Any, str | None, bool]:
    """The row holding the conflict's text, its session's id, and whether the text is gone: the row
    tombstoned or missing, or its session deleted whole (a session's turns and agenda items are not
    tombstoned one by one)."""
    model = MODEL_BY_TABLE.get(conflict.entity)
    row = s.get(model, conflict.row_id) if model is not None else None
    session_id = getattr(row, "session_id", None) if row is not None else None
    session = s.get(Session, session_id) if session_id else None
    gone = row is None or bool(getattr(row, "deleted", False)) or (session is not None and session.deleted)
    return row, session_id, gone


def _close_orphans(store: Store, ids: list[int]) -> None:
    with store.transaction() as s:
        for conflict_id in ids:
            conflict = s.get(Conflict, conflict_id)
            if conflict is None or conflict.status != "open":
                continue  # closed meanwhile
            _row, session_id, gone = _text_of(s, conflict)
            if not gone:
                continue
            conflict.status, conflict.resolution = "resolved", ROW_DELETED_RESOLUTION
            s.add(AuditEvent(session_id=session_id, action="conflict_closed",
                             reason=f"{conflict.entity}.{conflict.field} {conflict.row_id}: {ROW_DELETED_RESOLUTION}"))


#: How a conflict is closed whose row was deleted before anyone decided (``conflicts list --all``).
ROW_DELETED_RESOLUTION = "row_deleted"


def resolve(store: Store, conflict_id: int, choice: Choice, *, text: str | None = None, actor: str = "") -> str:
    """Write the chosen text (``a``, ``b`` or an edited ``text``) and close the conflict; returns it.
    A row deleted meanwhile closes the conflict with nothing written and raises ConflictRowDeleted."""
    if not fits_sqlite_integer(conflict_id):
        raise UnknownConflict(f"no conflict {conflict_id}; nothing was changed")
    gone = False
    with store.transaction() as s:
        conflict = s.get(Conflict, conflict_id)
        if conflict is None:
            raise UnknownConflict(f"no conflict {conflict_id}; nothing was changed")
        if conflict.status != "open":
            raise ConflictClosed(f"conflict {conflict_id} is already resolved", resolution=conflict.resolution)
        if choice == "a":
            chosen = conflict.value_a
        elif choice == "b":
            chosen = conflict.value_b
        elif choice == "edit" and text is not None:
            chosen = text.replace("\r\n", "\n")
        else:
            raise ValidationError("choose a, b, or give the edited text")
        # Nothing is left to decide where the text is gone. (The text went into the deleted row, and the
        # Sync page said "Conflict resolved.")
        row, session_id, gone = _text_of(s, conflict)
        if gone:
            conflict.resolution = ROW_DELETED_RESOLUTION
        else:
            if getattr(row, conflict.field) != chosen:
                setattr(row, conflict.field, chosen)
            conflict.resolution = {"a": "kept_a", "b": "kept_b"}.get(choice, "edited")
        conflict.status = "resolved"
        conflict.resolved_by = actor or None
        s.add(
            AuditEvent(
                session_id=session_id,
                action="conflict_resolved",
                reason=f"{conflict.entity}.{conflict.field} {conflict.row_id}: {conflict.resolution}",
                actor=actor,
            )
        )
        entity = conflict.entity
    if gone:
        raise ConflictRowDeleted(f"the text of conflict {conflict_id} was deleted meanwhile (its {entity} row is "
                                 "deleted): nothing is left to decide, and the conflict is closed; nothing was "
                                 "written", entity=entity)
    return chosen
