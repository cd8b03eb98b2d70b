"""Memos on codes: the researcher's notes on what a code is coming to mean, beside its definition.

A code's memo is a ``Memo`` row on it (``target_table`` "code"), as the REFI-QDA export writes it: a
``Note`` the code refers to by a ``NoteRef``. The search index finds it (a memo on a code belongs
to no session) and the workbook's Codes sheet prints it. One memo a code: the oldest live row
(two laptops that each wrote one before they met leave two; the first is the one shown and
edited, the other still travels and is exported). Clearing the words removes the row (a tombstone,
so the removal travels), as clearing a coding's memo leaves it empty.

Before, memos on codes could be exported and searched but nothing in the app wrote one.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook
from desktop.core.models import Memo

TARGET = "code"


def _rows(s: OrmSession, code_id: str) -> list[Memo]:
    return list(s.scalars(select(Memo).where(Memo.target_table == TARGET, Memo.target_id == code_id,
                                             Memo.deleted.is_(False)).order_by(Memo.created_at, Memo.id)))


def memo_of(s: OrmSession, code_id: str) -> str:
    """The memo on ``code_id`` ("" when there is none)."""
    rows = _rows(s, code_id)
    return rows[0].text if rows else ""


def memos_by_code(s: OrmSession) -> dict[str, str]:
    """Every code's memo, by code id (the one :func:`memo_of` shows)."""
    out: dict[str, str] = {}
    for row in s.scalars(select(Memo).where(Memo.target_table == TARGET, Memo.deleted.is_(False))
                         .order_by(Memo.created_at, Memo.id)):
        out.setdefault(row.target_id, row.text)
    return out


def set_memo(s: OrmSession, code_id: str, text: str, author: str = "") -> None:
    """Write ``text`` as the memo on ``code_id`` (a live code, or CodebookError); blank removes it.

    Any code may carry one, a team code on a field laptop too: the memo is the researcher's
    note, not the code's definition, which only the centre changes."""
    codebook.get_live(s, code_id)
    rows = _rows(s, code_id)
    if rows:
        if rows[0].text != text:
            rows[0].text = text
        if not text.strip():
            rows[0].deleted = True
    elif text.strip():
        s.add(Memo(target_table=TARGET, target_id=code_id, text=text, author=author))
