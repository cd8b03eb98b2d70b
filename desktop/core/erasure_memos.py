"""Memo rows on erased speech: a memo written on a participant's turn, or on a coding of their words.

Such a memo often repeats what was said ("she said her brother…"); the exports and search already
hid it once the speech was withdrawn. An erasure of everything empties it (title and text) with the
words, in the live row and its history (``desktop.core.erasure`` does the change log, conflicts and
the search index, as for the quotes), whoever wrote it: as a coding made at the centre on a laptop's
participant's words loses its quote, a coordinator's memo on them loses its words. Which participants
an erasure reaches is the erasure's rule (at the centre, a field laptop's erasure reaches only the
participants that laptop created); the memo's author does not widen or narrow it.

A memo on a code (the researcher's own note on what the code means) or on a session is not on anyone's
words and stays: no rule can tell whether it quotes someone (the erasure report names the codes used
on the erased words that have a memo or examples, for a person to read).

Plain Core SQL on a ``Connection``, no Qt: the same for a local withdrawal, a bundle import at the
centre and a team update on a laptop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import CodedSegment, Memo, TranscriptTurn

#: What stands in place of an erased memo's words.
FIELDS: dict[str, Any] = {"title": "", "text": ""}
#: The rows a memo on someone's words is written on.
ON_WORDS = ("transcript_turn", "coded_segment")
_CHUNK = 500


def _chunks(ids: Sequence[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def on_words(conn: Connection, turns: Sequence[str], segments: Sequence[str]) -> list[str]:
    """The memos (deleted ones too: their history holds the words) on these turns and codings."""
    found: set[str] = set()
    for table, ids in (("transcript_turn", sorted(turns)), ("coded_segment", sorted(segments))):
        for chunk in _chunks(ids):
            found.update(str(i) for i in conn.execute(
                select(Memo.id).where(Memo.target_table == table, Memo.target_id.in_(chunk))).scalars())
    return sorted(found)


def empty_live(conn: Connection, memos: Sequence[str]) -> int:
    """Empty these memos' title and text; how many held words."""
    done = 0
    for chunk in _chunks(memos):
        done += conn.execute(
            update(Memo).where(Memo.id.in_(chunk), (Memo.title != "") | (Memo.text != "")).values(**FIELDS)
        ).rowcount
    return done


def turns_of(conn: Connection, memos: Iterable[str]) -> set[str]:
    """The turns these memos are on, directly or through a coding (for an import's touched rows)."""
    turns: set[str] = set()
    segments: set[str] = set()
    for chunk in _chunks(sorted(set(memos))):
        for table, target in conn.execute(
            select(Memo.target_table, Memo.target_id).where(Memo.id.in_(chunk), Memo.target_table.in_(ON_WORDS))
        ).all():
            (turns if table == "transcript_turn" else segments).add(str(target))
    for chunk in _chunks(sorted(segments)):
        turns.update(str(d) for d in conn.execute(select(CodedSegment.doc_id).where(
            CodedSegment.id.in_(chunk), CodedSegment.doc_table == "transcript_turn")).scalars())
    return turns


def speaker(session: OrmSession, memo: Memo) -> str | None:
    """The participant whose words a memo is on (None: on a code, a session, the facilitator…)."""
    turn_id: str | None = None
    if memo.target_table == "transcript_turn":
        turn_id = memo.target_id
    elif memo.target_table == "coded_segment":
        segment = session.get(CodedSegment, memo.target_id)
        if segment is not None and segment.doc_table == "transcript_turn":
            turn_id = segment.doc_id
    turn = session.get(TranscriptTurn, turn_id) if turn_id else None
    return turn.participant_id if turn is not None else None
