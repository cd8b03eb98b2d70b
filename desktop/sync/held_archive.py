"""A held bundle's archive in the database, a piece at a time (``held_bundle_chunk``).

A bundle from a device not on the roster waits with its decrypted, verified ZIP kept inside the
encrypted database. That ZIP may be a few hundred megabytes of scans. Kept as one value, it was bound
by one INSERT and fetched by one SELECT: SQLite copies (and SQLCipher decrypts) the value inside
that one call while Python's interpreter lock is held, so the coordinator's window stood still for
as long (0.4 s to hold a 360 MB bundle, 1.6 s to read it back on approve, although both ran on the
DB worker). Here every piece is written and read by its own statement, so the lock passes to the
window between pieces (``benchmarks/bench_import_stall.py``, ``held-N``). The pieces are joined with
``bytes.join``, which lets the lock go while it copies.

A reader does not depend on the size of the pieces (a migrated database may have others): it joins
whatever pieces a bundle has, in order of their number.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, bindparam, delete, insert, select

from desktop.core.models import HeldBundle, HeldBundleChunk

#: About 1 ms of copying per piece here (a few under load): well inside the window's 100 ms budget.
CHUNK_BYTES = 1 << 20

_INSERT_PIECE = insert(HeldBundleChunk)
_PIECE_NUMBERS = (
    select(HeldBundleChunk.number)
    .where(HeldBundleChunk.held_bundle_id == bindparam("held"))
    .order_by(HeldBundleChunk.number)
)
_PIECE = select(HeldBundleChunk.content).where(
    HeldBundleChunk.held_bundle_id == bindparam("held"), HeldBundleChunk.number == bindparam("number")
)


def store(conn: Connection, held_id: int, archive: bytes) -> int:
    """Write ``archive`` for the held bundle ``held_id`` (in the caller's transaction); the number
    of pieces. An empty archive is kept as one empty piece, so every held bundle has a first piece."""
    view = memoryview(archive)
    count = 0
    for number, start in enumerate(range(0, max(len(view), 1), CHUNK_BYTES)):
        conn.execute(_INSERT_PIECE, {"held_bundle_id": held_id, "number": number,
                                     "content": view[start:start + CHUNK_BYTES]})
        count += 1
    return count


def load(conn: Connection, held_id: int) -> bytes:
    """The archive of the held bundle ``held_id``, read a piece per statement."""
    numbers = list(conn.execute(_PIECE_NUMBERS, {"held": held_id}).scalars())
    pieces = [conn.execute(_PIECE, {"held": held_id, "number": number}).scalar_one() for number in numbers]
    archive = b"".join(pieces)
    while pieces:  # freed one by one: a list of a few hundred pieces freed at once held the lock ~50 ms
        pieces.pop()
    return archive


def discard(conn: Connection, held_ids: Select[Any] | Iterable[int]) -> int:
    """Delete held bundles and every piece of their archives (in the caller's transaction; the
    database's ``secure_delete`` overwrites what they held); the number of bundles deleted."""
    ids = held_ids if isinstance(held_ids, Select) else list(held_ids)
    conn.execute(delete(HeldBundleChunk).where(HeldBundleChunk.held_bundle_id.in_(ids)))
    result = conn.execute(delete(HeldBundle).where(HeldBundle.id.in_(ids)))
    return int(getattr(result, "rowcount", 0) or 0)
