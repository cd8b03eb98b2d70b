"""Memos on codes: the researcher's notes on what a code is coming to mean, beside its definition.

A code's memo is a ``Memo`` row on it (``target_table`` "code"), as the REFI-QDA export writes it: a
``Note`` the code refers to by a ``NoteRef``. The search index finds it (a memo on a code belongs
to no session) and the workbook's Codes sheet prints it. One memo a code, as shown: a code merged
into another brings its memo along (its words after the survivor's), as do two rows written on two
laptops before they met; they are read together, in the order written, and the next save makes them
one row (the code's own, the others tombstoned: their words are in it). Clearing the words removes
it (a tombstone, so the removal travels). A memo on a deleted code goes with it (not shown, found,
nor exported). The merge is followed when read, not moved at the merge: a merge a team update brings
to a laptop moves none of the laptop's rows.

Before, memos on codes could be exported and searched but nothing in the app wrote one.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core import codebook
from desktop.core.field_text import blank_line
from desktop.core.models import Code, Memo

TARGET = "code"


def _by_code(s: OrmSession) -> dict[str, list[Memo]]:
    """The live memos on live codes, by the code that stands for theirs now (merges followed): the
    code's own first, then those of the codes merged into it, each in the order written."""
    codes = {c.id: c for c in s.scalars(select(Code))}
    out: dict[str, list[Memo]] = {}
    rows = s.scalars(select(Memo).where(Memo.target_table == TARGET, Memo.deleted.is_(False))
                     .order_by(Memo.created_at, Memo.id))
    for row in sorted(rows, key=lambda r: codes[r.target_id].merged_into is not None if r.target_id in codes else True):
        code = codebook.resolve(s, row.target_id)
        if code in codes and not codes[code].deleted:
            out.setdefault(code, []).append(row)
    return out


def _joined(rows: list[Memo]) -> str:
    """The rows' words, one after the other (a blank one, or one the same as an earlier, left out);
    a single memo exactly as stored, so that what the box shows is what was saved."""
    kept: list[Memo] = []
    for row in rows:
        if row.text.strip() and all(row.text.strip() != k.text.strip() for k in kept):
            kept.append(row)
    return kept[0].text if len(kept) == 1 else "\n\n".join(k.text.strip() for k in kept)


def memo_of(s: OrmSession, code_id: str) -> str:
    """The memo on ``code_id`` ("" when there is none)."""
    return _joined(_by_code(s).get(code_id, []))


def memos_by_code(s: OrmSession) -> dict[str, str]:
    """Every live code's memo, by code id (as :func:`memo_of` shows it)."""
    return {code: _joined(rows) for code, rows in _by_code(s).items()}


def set_memo(s: OrmSession, code_id: str, text: str, author: str = "", *, shown: str | None = None) -> None:
    """Write ``text`` as the memo on ``code_id`` (a live code, or CodebookError); blank removes it.

    ``shown`` is the memo as the person saw it before typing (None: as it is now). When rows came
    since (a bundle, another window), only the code's own row is written: the others were never
    read, and folding them into the words saved would have lost theirs.

    Any code may carry one, a team code on a field laptop too: the memo is the researcher's
    note, not the code's definition, which only the centre changes."""
    codebook.get_live(s, code_id)
    rows = _by_code(s).get(code_id, [])
    own = next((r for r in rows if r.target_id == code_id), None)
    seen_all = shown is None or shown == _joined(rows)
    # Blank: only spaces, or bidi marks and control characters pasted, which show nothing (a memo stored
    # so was counted as a memo to read in the erasure report, and was sent to the centre).
    blank = blank_line(text)
    for row in rows:
        if seen_all and (row is not own or blank):
            row.deleted = True  # its words are in the memo saved (or the memo was cleared)
        elif row is own and blank:
            row.deleted = True
    if own is not None and not blank and own.text != text:
        own.text = text
    elif own is None and not blank:
        s.add(Memo(target_table=TARGET, target_id=code_id, text=text, author=author))


def codes_of(s: OrmSession, memo_ids: Iterable[str]) -> dict[str, tuple[str, dict[str, str]]]:
    """For each of ``memo_ids`` that is a memo on a code: the code that stands for it now (merges
    followed) and its name in each language (a search hit says which code it is about)."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    ids = list(memo_ids)
    if not ids:
        return out
    for memo in s.scalars(select(Memo).where(Memo.id.in_(ids), Memo.target_table == TARGET)):
        code = s.get(Code, codebook.resolve(s, memo.target_id))
        if code is not None:
            out[memo.id] = (code.id, {lang: codebook.display_name(code, lang) for lang in codebook.LANGS})
    return out
