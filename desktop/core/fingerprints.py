"""Key fingerprints as people compare them by phone: one format on every screen and command."""

from __future__ import annotations

import base64
import binascii
import hashlib

from sqlalchemy import Connection, select
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.orm import Session as OrmSession


def key_fingerprint(public_key: str) -> str:
    """The first 80 bits of SHA-256 of the raw 32-byte key (given in base64), in five groups of four
    hex digits: ``3f2a 9c41 07be d5e0 6a18``. Empty for a malformed key."""
    try:
        raw = base64.b64decode(public_key.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return ""
    if len(raw) != 32:
        return ""
    digest = hashlib.sha256(raw).hexdigest()[:20]
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def key_fingerprints(conn: Connection | OrmSession, keys: QueryableAttribute[str]) -> frozenset[str]:
    """The fingerprints of the keys a table keeps (``RevokedKey.public_key``, ``RejectedDevice.public_key``),
    read in one statement: one spelling per key, whatever base64 a manifest used. A malformed key has no
    fingerprint and is none of them (``""`` would otherwise match every other malformed key)."""
    return frozenset(f for f in map(key_fingerprint, conn.execute(select(keys)).scalars()) if f)
