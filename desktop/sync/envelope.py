"""The age layer around a bundle: encrypt to the team's recipients, decrypt in memory only.

``pyrage.decrypt_file`` is never used: on a cut-short file it raises but leaves unauthenticated
plaintext in its output file. ``pyrage.decrypt`` authenticates every chunk and returns nothing
unless the whole file is intact.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyrage
from pyrage import x25519

from desktop.sync.errors import (
    CorruptedBundleError,
    NoIdentityError,
    NotABundleError,
    TruncatedBundleError,
    WrongIdentityError,
)
from desktop.sync.keys import parse_recipient

AGE_MAGIC = b"age-encryption.org/v1\n"


def encrypt(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    ciphertext: bytes = pyrage.encrypt(plaintext, [parse_recipient(r) for r in recipients])
    return ciphertext


def looks_like_age(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC)


def decrypt(data: bytes, identities: Sequence[x25519.Identity]) -> bytes:
    """Plaintext of an age file, or a BundleError saying as precisely as age allows what went wrong."""
    if not looks_like_age(data):
        if data and AGE_MAGIC.startswith(data):
            # The first bytes of an age file and nothing more: a copy that stopped early.
            raise TruncatedBundleError()
        raise NotABundleError()
    if not identities:
        raise NoIdentityError()
    try:
        plaintext: bytes = pyrage.decrypt(data, list(identities))
    except pyrage.DecryptError as exc:
        raise _classify(str(exc)) from None
    return plaintext


def _classify(message: str) -> Exception:
    # The texts are the rage crate's (checked with pyrage 1.4). age cannot tell a wrong key from a
    # damaged recipient stanza (both fail to unwrap the file key), nor a cut-short payload from a
    # damaged last chunk: those share a code and a message that names both causes.
    lowered = message.lower()
    if "no matching keys" in lowered:
        return WrongIdentityError()
    if "failed to fill whole buffer" in lowered or "unexpected eof" in lowered:
        return TruncatedBundleError()
    # "Header is invalid", "Header MAC is invalid", "Unknown age format", "decryption error", ...
    return CorruptedBundleError()
