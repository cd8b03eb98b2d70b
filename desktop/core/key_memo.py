"""Keys derived once per operation: within ``keys_remembered``, ``sqlcipher_file.derive_key`` derives the
key of each (salt, passphrase) once.

An operation that opens the same files several times over paid the derivation (PBKDF2, 0.2 s of CPU,
seconds on a slow laptop) at every open: a restore (the backup, the database replaced and the restored
one, each opened again by every step that carries something across) derived eight keys where two
salts were ever read; ``erasure report --rewrite-backups`` opened the database twice. The key is the
same bytes (the same salt and passphrase give the same key), and every open still checks it against
the file. The keys are forgotten when the operation ends, and are seen in its thread (context) only.
Apart from ``sqlcipher_file`` (and free of SQLCipher) so that majlis-cli can open the scope around any
command without loading the database library for the commands that need none.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

# The keys derived inside ``keys_remembered`` (by salt and passphrase), None outside one.
_remembered: contextvars.ContextVar[dict[tuple[bytes, str], bytes] | None] = contextvars.ContextVar(
    "remembered_keys", default=None)


def remembered() -> dict[tuple[bytes, str], bytes] | None:
    """The keys of the operation under way, to read and add to; None outside ``keys_remembered``."""
    return _remembered.get()


@contextlib.contextmanager
def keys_remembered() -> Iterator[None]:
    """Each key derived in it is derived once (a scope within a scope shares the outer one's keys)."""
    token = _remembered.set(_remembered.get() if _remembered.get() is not None else {})
    try:
        yield
    finally:
        _remembered.reset(token)
