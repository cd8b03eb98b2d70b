"""The age layer around a bundle: encrypt to the team's recipients, decrypt in memory only; both streamed.

``pyrage.decrypt_file`` is never used: on a cut-short file it raises but leaves unauthenticated
plaintext in its output file. Decryption streams into memory (``pyrage.decrypt_io``), and the
plaintext is handed on only when the whole file decrypted without an error (age authenticates
every chunk, and a file cut short is an error at its end); on any error it is dropped.

Why streaming and not ``pyrage.decrypt``: that one call holds Python's interpreter lock from the
first byte to the last (about a second for a few hundred MB here), and while it runs on the import
worker the window cannot run a single Python slot: it freezes ("Not Responding" on Windows).
``decrypt_io`` hands each decrypted piece to a Python method, and Python lets another thread have
the lock at the start of a Python call, so the window keeps turning (benchmarks/bench_import_stall.py).
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import pyrage
from pyrage import x25519

from desktop.core.bounded_read import FIRST_BYTES
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync.errors import (
    CorruptedBundleError,
    NoIdentityError,
    NotABundleError,
    TruncatedBundleError,
    WrongIdentityError,
)
from desktop.sync.keys import parse_recipient
from desktop.sync.sniff import AGE_HEADER, kind_of

AGE_MAGIC = AGE_HEADER + b"\n"  # the age format's first line
_A_TEAM_KEY = QT_TRANSLATE_NOOP(
    "BundleError", "This is the team's key file, not a bundle: keep it private (it opens every bundle), not "
    "among the bundles. Choose it with Team key file… (or give it with --identity-file), or keep the key in "
    "the centre's database.")


def encrypt(plaintext: bytes, recipients: Sequence[str]) -> bytes:
    """The age file of ``plaintext``, streamed for the same reason as :func:`decrypt`: a laptop's
    Export of a bundle with scanned forms would otherwise freeze its window (pyrage.encrypt held
    the lock for about two seconds for 360 MB)."""
    if not recipients:
        raise ValueError("a bundle needs at least one recipient")
    sink = _Pieces()
    pyrage.encrypt_io(io.BytesIO(plaintext), sink, [parse_recipient(r) for r in recipients])
    return sink.joined()


def looks_like_age(data: bytes) -> bool:
    return data.startswith(AGE_MAGIC)


def refuse_unless_age(head: bytes) -> None:
    """What a file is when its first bytes (``FIRST_BYTES`` of them, or all of a shorter file) are no age
    file's, raised as a BundleError; nothing when they are. They say as much as the whole file would:
    a file far larger than any bundle is refused as what it is without being read."""
    if kind_of(head) == "team_key":
        # Beside the bundles on the stick: sealed with a passphrase it was "not encrypted for any of the
        # team keys loaded here", plain "not an age-encrypted file"; it is neither a bundle nor harmless.
        raise NotABundleError(_A_TEAM_KEY)
    if head and not head.strip(b"\0"):
        # Zero bytes only: a copy to a USB stick pulled out before any of it was written (Windows sets a
        # copy's length first). The bundle, damaged on the way, not "something else was sent".
        raise CorruptedBundleError()
    if not looks_like_age(head):
        if AGE_MAGIC.startswith(head):
            # The first bytes of an age file and nothing more: a copy that stopped early. None at all
            # too (a file made on the stick, its copy never written): not "something else was sent".
            raise TruncatedBundleError()
        raise NotABundleError()


def decrypt(data: bytes, identities: Sequence[x25519.Identity]) -> bytes:
    """Plaintext of an age file, or a BundleError saying as precisely as age allows what went wrong."""
    refuse_unless_age(data[:FIRST_BYTES])
    if not identities:
        raise NoIdentityError()
    sink = _Pieces()
    try:
        pyrage.decrypt_io(io.BytesIO(data), sink, list(identities))
    except (pyrage.DecryptError, OSError) as exc:
        # A bad header or key raises DecryptError; a bad payload chunk comes back through the
        # stream's copy as an OSError with age's own text ("decryption error", "age file is truncated").
        raise _classify(str(exc)) from None
    return sink.joined()


class _Pieces:
    """Where ``decrypt_io`` and ``encrypt_io`` write: the pieces (8 KiB or so), joined once at the end.

    ``write`` is a Python method on purpose: each call is a point where the interpreter lock can
    pass to the UI thread. ``b"".join`` releases the lock itself while it copies a large result."""

    def __init__(self) -> None:
        self._pieces: list[bytes] = []

    def write(self, piece: bytes) -> int:
        self._pieces.append(piece)
        return len(piece)

    def flush(self) -> None:
        pass

    def joined(self) -> bytes:
        pieces, self._pieces = self._pieces, []
        return b"".join(pieces)


def _classify(message: str) -> Exception:
    # The texts are the rage crate's (checked with pyrage 1.4). age cannot tell a wrong key from a
    # damaged recipient stanza (both fail to unwrap the file key), nor a cut-short payload from a
    # damaged last chunk: those share a code and a message that names both causes. A file cut
    # inside its header says "failed to fill whole buffer" read from bytes, "Incomplete header"
    # read as a stream (``decrypt_io``): the same truncation.
    lowered = message.lower()
    if "no matching keys" in lowered:
        return WrongIdentityError()
    if "failed to fill whole buffer" in lowered or "unexpected eof" in lowered or "incomplete header" in lowered:
        return TruncatedBundleError()
    # "Header is invalid", "Header MAC is invalid", "Unknown age format", "decryption error", ...
    return CorruptedBundleError()
