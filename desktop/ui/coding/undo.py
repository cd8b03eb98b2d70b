"""Ctrl+Z in the coding window: what was coded, coded in vivo or removed there, taken back in turn.

Each step is undone on the database worker, as an ordinary change (sent in the next bundle like any
other). A coding removed and brought back is a new coded segment with the same code, words, coder
and memo; if the text was edited since, so that the words are no longer where they were, it is
refused rather than put on other words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook, coding
from desktop.core.coding import CodingError
from desktop.core.consent_rules import REDACTED
from desktop.core.models import Code, CodedSegment
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP

LIMIT = 100  # steps kept; a day's coding rarely goes back further by Ctrl+Z
MOVED = QT_TRANSLATE_NOOP("CodingError", "the words were edited since: the coding cannot be brought back")
# Erased since (their speaker withdrew everything): "edited since" sent the coder looking for an edit no one made.
ERASED = QT_TRANSLATE_NOOP("CodingError", "the words were erased since (their speaker withdrew): the coding cannot "
                                          "be brought back")


class Step(Protocol):
    def undo(self, s: OrmSession) -> None: ...


@dataclass(frozen=True)
class Applied:
    """A coding made here: undone by removing it."""

    segment_id: str

    def undo(self, s: OrmSession) -> None:
        _remove_if_there(s, self.segment_id)


def _remove_if_there(s: OrmSession, segment_id: str) -> None:
    """Remove a coding unless it is gone already: its code deleted since (on the Codebook page, or by a
    team update) took it along, and the undo has nothing left to do."""
    seg = s.get(CodedSegment, segment_id)
    if seg is not None and not seg.deleted:
        coding.remove_coding(s, segment_id)


@dataclass(frozen=True)
class MadeInVivo:
    """A coding in vivo: removed, and its code too when the in-vivo coding made it and nothing else
    uses it yet (no other coding, no sub-code)."""

    segment_id: str
    code_id: str
    new_code: bool

    def undo(self, s: OrmSession) -> None:
        _remove_if_there(s, self.segment_id)
        s.flush()
        code = s.get(Code, self.code_id)
        if not self.new_code or code is None or code.deleted:
            return  # merged into another code meanwhile (that one keeps it), or deleted already
        used = s.scalars(select(CodedSegment.id).where(
            CodedSegment.code_id == self.code_id, CodedSegment.deleted.is_(False))).first()
        parent = s.scalars(select(Code.id).where(Code.parent_id == self.code_id, Code.deleted.is_(False))).first()
        if used is None and parent is None:
            codebook.delete(s, self.code_id)


@dataclass(frozen=True)
class Removed:
    """A coding removed here: brought back with its code, words, coder and memo."""

    code_id: str
    doc_table: str
    doc_id: str
    doc_field: str
    start: int
    end: int
    quote: str
    coder: str
    memo: str

    def undo(self, s: OrmSession) -> None:
        text = coding.document_text(s, self.doc_table, self.doc_id, self.doc_field)
        if text[self.start : self.end] != self.quote:
            raise CodingError(ERASED if text == REDACTED else MOVED)
        # Its code merged into another since: that one now stands for it. Deleted: get_live refuses,
        # in the Codebook's words ("this code no longer exists").
        coding.apply_code(s, codebook.resolve(s, self.code_id), self.doc_table, self.doc_id, self.doc_field, self.start, self.end,
                          self.coder, self.memo)


def remove_remembering(s: OrmSession, segment_id: str) -> Removed:
    """Remove a coding, keeping what brings it back."""
    seg = s.get(CodedSegment, segment_id)
    coding.remove_coding(s, segment_id)
    assert seg is not None  # remove_coding refused a missing one
    return Removed(seg.code_id, seg.doc_table, seg.doc_id, seg.doc_field, seg.start, seg.end,
                   seg.quote or "", seg.coder or "", seg.memo or "")


class UndoStack:
    def __init__(self) -> None:
        self._steps: list[Step] = []

    def push(self, step: Step) -> None:
        self._steps = [*self._steps, step][-LIMIT:]

    def pop(self) -> Step | None:
        return self._steps.pop() if self._steps else None

    def __bool__(self) -> bool:
        return bool(self._steps)
