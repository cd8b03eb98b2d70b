"""Row identifiers: UUIDv7 strings (time-ordered, so indexes stay compact and rows sort by creation)."""

from __future__ import annotations

import os
import random
import re
import time
import uuid

# A row's id as every device writes and checks it: 1-36 ASCII letters, digits and dashes. The app makes
# UUIDs (36 characters, new_id); the pattern takes any short id of that alphabet (older and demo ids), and
# nothing that needs escaping in JSON, SQL text or a file name. A device's id is one too (clock.DEVICE_PATTERN).
# The one place its alphabet and length are written: core (retention_kept), the clock, and sync's checks
# of what a bundle or team update holds all read it from here.
PLAIN_ID_PATTERN = r"[0-9A-Za-z-]{1,36}"
# The whole text is one such id (use with .match: \Z anchors the end, match the start).
PLAIN_ID = re.compile(rf"{PLAIN_ID_PATTERN}\Z")


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
