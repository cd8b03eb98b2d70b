"""A held bundle's archive in the database, a piece at a time (``held_bundle_chunk``).

A bundle from a device not on the roster waits with its decrypted, verified ZIP kept inside the
encrypted database. That ZIP may be a few hundred megabytes of scans. Kept as one value, it was bound
by one INSERT and fetched by one SELECT: SQLite copies (and SQLCipher decrypts) the value inside
that one call while Python's interpreter lock is held, so the coordinator's window stood still for
as long (0.4 s to hold a 360 MB bundle, 1.6 s to read it back on approve, although both ran on the
DB worker). Here every piece is written and read by its own statement, so the lock passes to the
window between pieces (``benchmarks/bench_import_stall.py``, ``held-N``). The pieces read back are
never joined: :class:`ArchivePieces` reads them as one file (what the ZIP reader needs), and gives
them back one at a time when closed (a few hundred megabytes freed at once, as one object or one
list, held the lock ~50 ms more).

A reader does not depend on the size of the pieces (a migrated database may have others): it joins
whatever pieces a bundle has, in order of their number.
"""

from __future__ import annotations

import io
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate
from typing import IO, Any

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


def store(conn: Connection, held_id: int, archive: bytes | IO[bytes]) -> int:
    """Write ``archive`` (the ZIP, or a file holding it) for the held bundle ``held_id``, in the
    caller's transaction; the number of pieces. An empty archive is kept as one empty piece."""
    count = 0
    for number, piece in enumerate(_pieces_of(archive)):
        conn.execute(_INSERT_PIECE, {"held_bundle_id": held_id, "number": number, "content": piece})
        count += 1
    return count


def _pieces_of(archive: bytes | IO[bytes]) -> Iterable[bytes | memoryview]:
    if isinstance(archive, bytes | bytearray | memoryview):
        view = memoryview(archive)
        return (view[start:start + CHUNK_BYTES] for start in range(0, max(len(view), 1), CHUNK_BYTES))
    archive.seek(0)
    return _read_pieces(archive)


def _read_pieces(stream: IO[bytes]) -> Iterable[bytes]:
    piece = stream.read(CHUNK_BYTES)
    yield piece
    while piece := stream.read(CHUNK_BYTES):
        yield piece


def load(conn: Connection, held_id: int) -> ArchivePieces:
    """The archive of the held bundle ``held_id``, read a piece per statement (close it when done)."""
    numbers = list(conn.execute(_PIECE_NUMBERS, {"held": held_id}).scalars())
    return ArchivePieces([conn.execute(_PIECE, {"held": held_id, "number": number}).scalar_one()
                          for number in numbers])


class ArchivePieces(io.RawIOBase):
    """A held archive's pieces read as one read-only, seekable file, without joining them."""

    def __init__(self, pieces: list[bytes]) -> None:
        super().__init__()
        self._pieces = pieces
        self._starts = [0, *accumulate(len(piece) for piece in pieces)]  # the last one is the size
        self._position = 0

    @property
    def size(self) -> int:
        return self._starts[-1]

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._position = base + offset
        return self._position

    def readinto(self, buffer: Any) -> int:
        if self.closed:
            raise ValueError("read from a closed archive")
        target = memoryview(buffer).cast("B")
        done = 0
        while done < len(target) and self._position < self.size:
            index = bisect_right(self._starts, self._position) - 1
            piece = self._pieces[index]
            at = self._position - self._starts[index]
            count = min(len(target) - done, len(piece) - at)
            target[done:done + count] = memoryview(piece)[at:at + count]
            done += count
            self._position += count
        return done

    def close(self) -> None:
        while self._pieces:  # given back one by one (see the module's note)
            self._pieces.pop()
        super().close()


def discard(conn: Connection, held_ids: Select[Any] | Iterable[int]) -> int:
    """Delete held bundles and every piece of their archives (in the caller's transaction; the
    database's ``secure_delete`` overwrites what they held); the number of bundles deleted."""
    ids = held_ids if isinstance(held_ids, Select) else list(held_ids)
    conn.execute(delete(HeldBundleChunk).where(HeldBundleChunk.held_bundle_id.in_(ids)))
    result = conn.execute(delete(HeldBundle).where(HeldBundle.id.in_(ids)))
    return int(getattr(result, "rowcount", 0) or 0)
