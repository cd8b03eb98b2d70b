"""Open conflicts of long text fields, and a person's decision about one.

A resolution is an ordinary edit (logged, so it travels like any other) plus an AuditEvent, and the
conflict keeps its two versions with the choice made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.errors import Missing, ValidationError
from desktop.core.ids import fits_sqlite_integer
from desktop.core.models import MODEL_BY_TABLE, AuditEvent, Conflict

Choice = Literal["a", "b", "edit"]


class UnknownConflict(Missing):
    """No conflict has that id: "not there" (exit 3 in the CLI, as an unknown session or device)."""


class ConflictClosed(ValidationError):
    """The conflict was closed meanwhile: resolved, or closed by an erasure of the words it held (the
    Sync page's list, read before, still showed it)."""



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
    query = select(Conflict).order_by(Conflict.id)
    if not include_resolved:
        query = query.where(Conflict.status == "open")
    out = []
    with store.session() as s:
        for c in s.execute(query).scalars():
            row = s.get(MODEL_BY_TABLE[c.entity], c.row_id) if c.entity in MODEL_BY_TABLE else None
            current = str(getattr(row, c.field, "") or "") if row is not None else ""
            session_id = getattr(row, "session_id", None) if row is not None else None
            out.append(ConflictView(c.id, c.entity, c.row_id, c.field, c.version_a, c.value_a, c.version_b,
                                    c.value_b, current, c.status, session_id))
    return out


def resolve(store: Store, conflict_id: int, choice: Choice, *, text: str | None = None, actor: str = "") -> str:
    """Write the chosen text (``a``, ``b`` or an edited ``text``) and close the conflict; returns it."""
    if not fits_sqlite_integer(conflict_id):
        raise UnknownConflict(f"no conflict {conflict_id}; nothing was changed")
    with store.transaction() as s:
        conflict = s.get(Conflict, conflict_id)
        if conflict is None:
            raise UnknownConflict(f"no conflict {conflict_id}; nothing was changed")
        if conflict.status != "open":
            raise ConflictClosed(f"conflict {conflict_id} is already resolved")
        if choice == "a":
            chosen = conflict.value_a
        elif choice == "b":
            chosen = conflict.value_b
        elif choice == "edit" and text is not None:
            chosen = text.replace("\r\n", "\n")
        else:
            raise ValidationError("choose a, b, or give the edited text")
        model = MODEL_BY_TABLE.get(conflict.entity)
        row = s.get(model, conflict.row_id) if model is not None else None
        if row is None:
            raise ValidationError(f"the {conflict.entity} row of conflict {conflict_id} is not here")
        if getattr(row, conflict.field) != chosen:
            setattr(row, conflict.field, chosen)
        conflict.status = "resolved"
        conflict.resolution = {"a": "kept_a", "b": "kept_b"}.get(choice, "edited")
        conflict.resolved_by = actor or None
        s.add(
            AuditEvent(
                session_id=getattr(row, "session_id", None),
                action="conflict_resolved",
                reason=f"{conflict.entity}.{conflict.field} {conflict.row_id}: {conflict.resolution}",
                actor=actor,
            )
        )
    return chosen
