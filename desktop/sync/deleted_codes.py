"""A code deleted or merged takes its codings along, whenever they arrive.

Deleting a code (``codebook.delete``) tombstones its segments, and merging one (``codebook.merge``)
moves them to the code it was merged into; but only the segments that database holds at that
moment. A laptop that goes on coding with the code before the team update reaches it sends those
codings later: at the centre they arrived live under a code that is gone, and came back in the
workbook's coded segments and every "all codes" count, under the deleted code's names. On the
laptop, the team update deleted the code but left its own codings of it live.

After a bundle is applied at the centre, and after a team update (or team file) is applied on a
laptop, every live segment of a deleted code is therefore treated as the deletion treated the others:
moved to the code it was merged into (following a chain of merges) while that one is live, else
tombstoned: each database applies the same rule to what it holds. A laptop applying a team update
says how many of its codings were moved and tombstoned (its facilitator's work); the centre is silent.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core.models import Code, CodedSegment
from desktop.sync.rows import table_of

# On the table, not the mapped class: one statement for many rows (executemany), and run through a
# session it names its table to the change set (the laptop's coding window then reloads).
_SEGMENTS = table_of("coded_segment")

# From the (few) deleted codes to their segments by the code_id index: as a join, SQLite walked every
# segment of the centre for each bundle imported.
_ORPHANS = select(CodedSegment.id, CodedSegment.code_id).where(
    CodedSegment.code_id.in_(select(Code.id).where(Code.deleted.is_(True))), CodedSegment.deleted.is_(False)
)
_MOVE = update(_SEGMENTS).where(_SEGMENTS.c.id == bindparam("segment")).values(code_id=bindparam("code"))
_TOMBSTONE = update(_SEGMENTS).where(_SEGMENTS.c.id == bindparam("segment")).values(deleted=True)


class Followed(NamedTuple):
    """The segments ``follow_the_codebook`` moved to a live code, and those it tombstoned."""
    moved: int = 0
    removed: int = 0


def follow_the_codebook(conn: Connection | OrmSession) -> Followed:
    """Move or tombstone the live segments of deleted codes; how many of each (a few index look-ups when
    none): a laptop applying a team update says so (its facilitator's codings went with the codes)."""
    orphans = conn.execute(_ORPHANS).all()
    if not orphans:
        return Followed()
    codes = {row.id: (row.deleted, row.merged_into)
             for row in conn.execute(select(Code.id, Code.deleted, Code.merged_into)).all()}
    moves, tombstones = [], []
    for segment_id, code_id in orphans:
        live = survivor(code_id, codes)
        if live is not None:
            moves.append({"segment": segment_id, "code": live})
        else:
            tombstones.append({"segment": segment_id})
    if moves:
        conn.execute(_MOVE, moves)
    if tombstones:
        conn.execute(_TOMBSTONE, tombstones)
    return Followed(len(moves), len(tombstones))


def survivor(code_id: str, codes: dict[str, tuple[bool, str | None]]) -> str | None:
    """The live code a deleted one was merged into (through a chain of merges), or None."""
    seen = {code_id}
    current = codes.get(code_id, (True, None))[1]
    while current and current not in seen:
        seen.add(current)
        deleted, merged_into = codes.get(current, (True, None))
        if not deleted:
            return current
        current = merged_into
    return None
