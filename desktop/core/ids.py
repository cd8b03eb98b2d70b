"""Row identifiers: UUIDv7 strings (time-ordered, so indexes stay compact and rows sort by creation)."""

from __future__ import annotations

import os
import random
import time
import uuid


def new_id(rng: random.Random | None = None, ms: int | None = None) -> str:
    """A UUIDv7 as a string. With ``rng`` (and ``ms``) the id is reproducible, which the demo data needs."""
    if ms is None:
        ms = time.time_ns() // 1_000_000
    rand = rng.getrandbits(74) if rng is not None else int.from_bytes(os.urandom(10), "big") >> 6
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a (12 bits)
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)  # rand_b (62 bits)
    return str(uuid.UUID(int=value))


def fits_sqlite_integer(number: int) -> bool:
    """Whether ``number`` is a row number SQLite can hold (a signed 64-bit integer). A larger one, typed
    as an id, can name no row: asked of the database it was an OverflowError traceback."""
    return -(2**63) <= number < 2**63
