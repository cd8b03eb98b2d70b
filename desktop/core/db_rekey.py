"""Changing the database's key in place (a passphrase change), and what an open store's engine keys
its new connections with (``_Keying``, set by ``db.make_engine``). Split from ``db.py``; the names stay
importable from there.
"""

from __future__ import annotations

import contextlib
import hmac
import threading
import weakref
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from desktop.core.errors import EnvironmentProblem, StoreError, WrongPassphrase
from desktop.core.sqlcipher_file import classify, derive_key, derived_alike, rekey_pragma, verify_key
from desktop.core.store_file import identity_of

if TYPE_CHECKING:
    from desktop.core.db import Store


class _Keying:
    """What an engine's new connections are keyed with. A passphrase change (``rekey``) sets it under
    ``lock`` in the same step as the file takes the new key: a connection asked for meanwhile (the UI
    thread reading while the DB worker rekeys) waits, then opens with the key the file has. Opened
    with the old key after the change, its first read would fail as a file rekeyed by another
    program does, and the window would lock for good."""

    def __init__(self, passphrase: str, raw_key: bytes | None, create: bool) -> None:
        self.lock = threading.RLock()  # re-entered by the rekey's own connection
        self.passphrase, self.raw_key = passphrase, raw_key
        # Only a new database's first connection makes the file. Any other, opened after the file was
        # moved away or deleted under the open store (a new pool connection for a read), made a new,
        # empty database at the old place, which the next start then took for the database.
        self.may_create = create


_KEYINGS: weakref.WeakKeyDictionary[Engine, _Keying] = weakref.WeakKeyDictionary()


def rekey(store: Store, new_passphrase: str) -> None:
    """Change the passphrase in place (SQLCipher re-encrypts every page, in one transaction: the file
    takes the new key whole or keeps the old one). The store goes on with the new key: the same
    engine, whose new connections are keyed with it from the moment the file has it (``_Keying``).
    ``desktop.core.passphrase_change`` is the whole change (checks, the backup, which key opens the
    file after a failure); this is its last step.

    Refused while another process has the database open: its connections would be left with a key
    that no longer opens the file.
    """
    if not new_passphrase:
        raise StoreError("the new passphrase is empty")
    store.check_file()
    keying = _KEYINGS[store.engine]
    # The new key derived here, once, from the file's salt (a rekey keeps it): the file is re-encrypted
    # with it and asked with it below. Keyed by the passphrase, SQLCipher derived it for the rekey and
    # verify_key derived it again (0.2 s of CPU each, seconds on a busy laptop). Only when SQLCipher
    # would derive another key from it (``derived_alike``) is the rekey keyed by the passphrase, so that
    # the passphrase opens the file in any program as before.
    new_key = derive_key(store.path, new_passphrase) if derived_alike(new_passphrase) else None
    was_exclusive = store.lock is None or store.lock.is_exclusive
    if store.lock is not None:
        store.lock.upgrade("change the passphrase")
    try:
        with keying.lock:  # no connection opens, with either key, until the engine has the file's
            store.engine.dispose()  # idle connections keep the old key: closed
            conn = store.engine.raw_connection()
            try:
                conn.driver_connection.execute(rekey_pragma(new_passphrase, new_key))  # type: ignore[union-attr]
            except Exception as exc:
                environment = classify(exc, store.path.parent)
                if environment is not None:  # a full disk, a write refused: said as such
                    raise environment from exc
                raise
            finally:
                conn.close()
                store.engine.dispose()  # the rekey's connection too, whatever key it was left with
            # SQLCipher answers "ok" also when the re-encrypted pages could not be written (a full
            # disk: the file keeps the old key). Taken at its word, the change was said to be made,
            # and the store went on with a key that opens nothing. The file itself is asked.
            try:
                raw_key = verify_key(store.path, new_passphrase, known=new_key)
            except WrongPassphrase:
                raise EnvironmentProblem(
                    "the passphrase was not changed: the disk is full or reported an error while the "
                    "database was encrypted again", reason="rekey_failed") from None
            use_key(store, new_passphrase, raw_key)
    finally:
        if store.lock is not None and not was_exclusive:
            store.lock.downgrade()


def use_key(store: Store, passphrase: str, raw_key: bytes | None = None) -> None:
    """From now on the store's new connections are keyed with ``passphrase``: the file has it now.
    ``raw_key``: the key ``verify_key`` derived with it (the salt stays: rekey keeps it)."""
    keying = _KEYINGS[store.engine]
    with keying.lock:
        store.engine.dispose()
        # Not when SQLCipher derives another key from it (``derived_alike``): derive_key's key then opens
        # nothing (verify_key returned None for that reason), and the store's next write failed as if
        # another program had changed the passphrase. Each connection derives the key itself then.
        if raw_key is None and derived_alike(passphrase):
            with contextlib.suppress(OSError):  # then each connection derives the key itself, as before
                raw_key = derive_key(store.path, passphrase)
        keying.passphrase, keying.raw_key = passphrase, raw_key
    store.identity = identity_of(store.path)


def current_passphrase(store: Store) -> str:
    """The passphrase the store's connections are keyed with (to check, after a failed change,
    which passphrase the file opens with)."""
    return _KEYINGS[store.engine].passphrase


def check_passphrase(store: Store, passphrase: str) -> None:
    """Raise ``WrongPassphrase`` unless ``passphrase`` opens the open ``store``'s file (asked before a
    backup or a passphrase change). The passphrase the store's connections are keyed with is asked of
    the file with the key they use, derived once at the unlock: Settings → Back up now and Change
    passphrase derived it again (0.2 s of CPU, seconds on a busy laptop) for a key the store held. Any
    other passphrase (or a file that no longer opens with that key) is derived and checked as
    ``verify_key`` does."""
    keying = _KEYINGS[store.engine]
    with keying.lock:
        same = hmac.compare_digest(keying.passphrase.encode("utf-8", "surrogatepass"),
                                   passphrase.encode("utf-8", "surrogatepass"))
        known = keying.raw_key if same else None
    verify_key(store.path, passphrase, known=known)
