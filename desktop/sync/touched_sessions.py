"""Which sessions (meetings) an import wrote, so a view of one session lets the others' imports pass.

An import writes through SQLAlchemy Core in bulk, past the flush hook that names the sessions of an
ordinary save (``core/change_set.Touched``); without this, every open coding window built its whole
text again after any import (a second with a long transcript, the reader's place lost), whichever
sessions the bundles held. The names come from the records themselves where they carry them (a
session row, a new turn's ``session_id``), else from the rows just written (an edit carries only the
fields it changed); both inside the bundle's transaction.

Words are shown differently in sessions none of whose rows were written, too: a participant's new
pseudonym or consent (a withdrawal redacts every turn they spoke). Those participants are gathered
per bundle and looked up once per run (``sessions_of_speakers``: a seek per speaker in the turns'
speaker index). An erasure rule may scrub words anywhere: a bundle bringing one concerns any session
(None).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import Connection

from desktop.core.change_set import Touched
from desktop.core.models import MODEL_BY_TABLE
from desktop.sync.change_records import ChangeRecord
from desktop.sync.erasure_sync import ENTITY as ERASURE
from desktop.sync.rows import CHUNK, table_of

if TYPE_CHECKING:
    from desktop.sync.import_batch import ImportOutcome

#: The tables whose rows belong to one session, by their ``session_id``.
_OF_A_SESSION = frozenset(name for name, model in MODEL_BY_TABLE.items()
                          if "session_id" in model.__table__.c)
#: The tables whose rows change how a participant's words are shown, and the column naming them.
_SPEAKER_COLUMN = {"participant": "id", "consent_record": "participant_id"}


class Concerned(NamedTuple):
    """What one bundle's changes concern: ``sessions`` (None: any) and the ``speakers`` (participants)
    whose turns, in whatever session, may be shown differently now."""

    sessions: frozenset[str] | None
    speakers: frozenset[str] = frozenset()



def concerned(conn: Connection, records: Iterable[ChangeRecord]) -> Concerned:
    """The sessions and speakers of the records just written (in their transaction)."""
    sessions: set[str] = set()
    speakers: set[str] = set()
    look_up: dict[tuple[str, str], set[str]] = {}  # (table, column) -> ids of rows whose record did not say
    for r in records:
        if r.entity == ERASURE:
            return Concerned(None)
        if r.entity == "session":
            sessions.add(r.row_id)
        elif r.entity in _OF_A_SESSION and not _note(r, "session_id", sessions, look_up):
            return Concerned(None)
        column = _SPEAKER_COLUMN.get(r.entity)
        if column == "id":
            speakers.add(r.row_id)
        elif column is not None and not _note(r, column, speakers, look_up):
            return Concerned(None)
    for (entity, column), ids in look_up.items():
        (sessions if column == "session_id" else speakers).update(_column_of(conn, entity, column, ids))
    return Concerned(frozenset(sessions), frozenset(speakers))


def _note(r: ChangeRecord, column: str, found: set[str], look_up: dict[tuple[str, str], set[str]]) -> bool:
    """Note the value of ``column`` of the row ``r`` wrote; False when it cannot be told: an edit of the
    column itself moved the row away from a session or participant that the record does not name."""
    if column not in r.fields:
        look_up.setdefault((r.entity, column), set()).add(r.row_id)  # read once the bundle is written
        return True
    if r.op != "insert":
        return False
    value = r.values[r.fields.index(column)]
    if isinstance(value, str):
        found.add(value)
    return True  # None: a consent record or audit line of no session


def _column_of(conn: Connection, entity: str, column: str, ids: Iterable[str]) -> set[str]:
    """The values of ``column`` in the rows ``ids`` of ``entity``'s table, in plain SQL made once per
    shape: asked per bundle, a statement built through SQLAlchemy (a new IN list each time, compiled
    anew) cost ten times what SQLite needs to answer it (a sixth of importing 300 bundles of 20 changes)."""
    wanted = sorted(ids)
    out: set[str] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        rows = conn.exec_driver_sql(_column_sql(entity, column, len(chunk)), tuple(chunk)).all()
        out.update(v for (v,) in rows if isinstance(v, str))
    return out


@functools.cache
def _column_sql(entity: str, column: str, ids: int) -> str:
    table = table_of(entity)
    return f'SELECT "{table.c[column].name}" FROM "{table.name}" WHERE id IN ({",".join("?" * ids)})'


def sessions_of_speakers(conn: Connection, speakers: Iterable[str]) -> dict[str, set[str]]:
    """For each of ``speakers``, the sessions in which they have a turn: once per import run rather
    than per bundle, a seek per speaker in the turns' speaker index (it read every turn of the
    database before: a cost that grew with each day the centre kept)."""
    wanted = sorted(set(speakers))
    out: dict[str, set[str]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        for participant, session in conn.exec_driver_sql(_speakers_sql(len(chunk)), tuple(chunk)):
            out.setdefault(participant, set()).add(session)
    return out


@functools.cache
def _speakers_sql(ids: int) -> str:
    return ("SELECT DISTINCT participant_id, session_id FROM transcript_turn"
            f" WHERE participant_id IN ({','.join('?' * ids)})")


def with_their_turns(conn: Connection, concerns: Sequence[Concerned]) -> list[frozenset[str] | None]:
    """Each bundle's sessions, with those in which its speakers have a turn."""
    spoken = sessions_of_speakers(conn, (p for c in concerns if c.sessions is not None for p in c.speakers))
    return [None if c.sessions is None else
            c.sessions.union(*(spoken.get(p, ()) for p in c.speakers)) for c in concerns]


def union(sessions: Sequence[frozenset[str] | None]) -> frozenset[str] | None:
    """The sessions of several outcomes together; None (any) if any of them could not say."""
    out: set[str] = set()
    for named in sessions:
        if named is None:
            return None
        out |= named
    return frozenset(out)


def announced(outcomes: Sequence[ImportOutcome], also: Iterable[str] = ()) -> Touched:
    """What an import (or an approval, a take-over applying held bundles) tells the pages it changed: the
    tables its bundles really wrote (a memo, a survey, attendance: a fixed list left those pages stale),
    with ``also`` (the device row an approval writes), and the sessions they name."""
    tables = set(also).union(*(o.tables for o in outcomes))
    return Touched(tables, union([o.sessions for o in outcomes]), imported=True)
